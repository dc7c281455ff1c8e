// An int (uint, byte, float) operand beside a double is converted by C# itself: the emitter writes no cast
// there, and ints computed in double put `.0` on a literal right operand (`k / 2.0`, not `(double)k / 2`).
// Both spellings are the same IL (an implicit and an explicit conversion to double); the diff case "ints,
// floats, uints and bytes beside a double; ints in double with a literal on the right"
// (test/diff/cases/print-size.ts) runs them in Node and mono. Issue 14's size: about 50 characters of WorkQueue.
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function emitted(expr: string): string {
  const source = [
    `import { MyGridProgram, UpdateType, int, toFloat } from "pbts/se";`,
    `export class Program extends MyGridProgram {`,
    `  Main(argument: string, updateSource: UpdateType): void {`,
    `    const x = argument.length * 1.5; const k: int = argument.length; const n: int = k + 3; const f = toFloat(x);`,
    `    this.Echo(\`\${${expr}}\`);`,
    `  }`,
    `}`,
  ].join("\n");
  const r = compile({ sources: { [join(ROOT, ".tmp/double-operands/p.ts")]: source }, cwd: ROOT });
  expect(r.diagnostics).toEqual([]);
  const main = /Js\.Str\((.*)\)\);/.exec(r.files.map((f) => f.code).join("\n"));
  return main ? main[1] : "";
}

it("an operand beside a double gets no cast", () => {
  expect(emitted("k * 1.1 + 2")).toBe("k * 1.1 + 2");
  expect(emitted("x - k")).toBe("x - k");
  expect(emitted("k * n + x")).toBe("(double)k * n + x");
  expect(emitted("f * x")).toBe("f * x");
});

it("ints computed in double: a literal right operand takes .0, else the left operand a cast", () => {
  expect(emitted("k / 2")).toBe("k / 2.0");
  expect(emitted("(k - n) % 10")).toBe("(k - n) % 10.0");
  expect(emitted("k / n")).toBe("(double)k / n");
  expect(emitted("2 / k")).toBe("2.0 / k");
  // a negative literal keeps the cast on the left (its sign stays out of the literal's text)
  expect(emitted("k * -2")).toBe("(double)k * -2");
});

it("floats alone still compute in double (C# would compute float * float in float)", () => {
  expect(emitted("f * f")).toBe("(double)f * (double)f");
});

// `x ** 2` and `Math.pow(x, 2)` of a name or literal are printed `x * x`: V8's pow (fdlibm's) returns x*x for an
// exponent of exactly 2, so the bits are the same (the diff case "squares by ** 2 ..." in test/diff/cases/numbers.ts
// runs them in Node and mono), and the script does not carry Js.Pow (about 5,200 characters at `none`).
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function emitted(statement: string): string {
  const source = [
    `import { MyGridProgram, UpdateType, int } from "pbts/se";`,
    `export class Program extends MyGridProgram {`,
    `  Main(argument: string, updateSource: UpdateType): void {`,
    `    const x = argument.length * 1.5; const k: int = argument.length;`,
    `    ${statement}`,
    `  }`,
    `}`,
  ].join("\n");
  const r = compile({ sources: { [join(ROOT, ".tmp/pow-square/p.ts")]: source }, cwd: ROOT });
  expect(r.diagnostics).toEqual([]);
  return r.files.map((f) => f.code).join("\n");
}

it("a square of a name or a literal is x * x, with no Js.Pow in the script", () => {
  const cs = emitted("this.Echo(`${x ** 2} ${Math.pow(x, 2)} ${(x) ** 2.0} ${k ** 2} ${3 ** 2}`);");
  expect(cs).toContain("Js.Str(x * x)");
  expect(cs).toContain("(double)k * (double)k");
  expect(cs).not.toMatch(/\bPow\(/);
});

it("any other operands call Js.Pow (an expression would be evaluated twice; other exponents are fdlibm's steps)", () => {
  for (const e of ["(x + 1) ** 2", "x ** 3", "Math.pow(x, 2.5)", "x ** k", "Math.pow(x + k, 2)"]) {
    expect(emitted(`this.Echo(\`\${${e}}\`);`), e).toContain("Js.Pow(");
  }
});

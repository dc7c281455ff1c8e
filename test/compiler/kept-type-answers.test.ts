// The emitter keeps each checker type's C# type per compile (compiler/emit/typing.ts fromTsType), what it throws
// included. A type pbts refuses is refused at every place it is met, not only the first: the kept problem is thrown
// again and each place reports it at its own node.
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const SOURCE = `import { MyGridProgram, UpdateType } from "pbts/se";
class A { a = 1; }
class B { b = 2; }
export class Program extends MyGridProgram {
  first(k: boolean): void {
    const x = k ? new A() : new B();
    this.Echo(String(x !== null));
  }
  Main(argument: string, updateSource: UpdateType): void {
    const y = argument === "" ? new A() : new B();
    this.Echo(String(y !== null));
    this.first(true);
  }
}
`;

it("an inferred union met in two methods is refused at each declaration and each use", () => {
  const r = compile({ sources: { "kept-type-answers.ts": SOURCE } });
  expect(r.ok).toBe(false);
  expect(r.diagnostics.map((d) => `${d.code} ${d.line}:${d.col}`)).toEqual(["PBTS1003 6:15", "PBTS1003 7:22", "PBTS1003 10:15", "PBTS1003 11:22"]);
  for (const d of r.diagnostics) expect(d.message).toContain("union type 'A | B'");
});

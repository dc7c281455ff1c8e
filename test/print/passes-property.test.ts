// A property over the printer's passes that rewrite conditions and locals at every level (compiler/print/compact.ts
// literalLocals, asConditions; foreach.ts on the way): generated statement sequences (bool locals whose initializers
// have side effects and read the locals before them, `x instanceof Sub && x.ok()` of locals, parameters and fields
// inside `!`, `||`, `?:` and `===`), each printed at none, lite and full, compiled by mcs and run under mono:
// the output must be Node's. A fixed seed (the same programs each run); a counterexample becomes a named diff case
// in test/diff/cases/adversary-rv-print.ts.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { runSuite, type CaseRun, type DiffCase } from "../diff/harness.ts";

const top = `class Base { tag = "b"; }
class Sub extends Base { n = 0; ok(): boolean { this.n++; return this.n % 3 !== 0; } get on(): boolean { return this.n > 1; } }
class Other extends Base {}
function pick(j: number): Base { return j % 3 === 0 ? new Other() : new Sub(); }
function test(x: Base, c: boolean): boolean { return c && x instanceof Sub && x.ok() || !c && !(x instanceof Sub && x.on); }`;
const members = `f: Base = new Sub(); g: Base | null = null; k = 0; inc(): number { this.k++; return this.k; }`;

/** a bool expression over what is declared so far: `b0..b{n-1}`, the locals `o`, `p`, the fields `f`, `g` */
const boolExpr = (n: number): fc.Arbitrary<string> => {
  const c = fc.integer({ min: 0, max: 6 });
  const b = n > 0 ? fc.integer({ min: 0, max: n - 1 }).map((i) => `b${i}`) : fc.constant("true");
  const obj = fc.constantFrom("o", "p");
  const field = fc.constantFrom("this.f", "this.g");
  const is = fc.oneof(
    obj.map((x) => `${x} instanceof Sub && ${x}.ok()`),
    obj.map((x) => `${x} instanceof Sub && ${x}.on`),
    field.map((x) => `${x} instanceof Sub && ${x}.ok()`),
  );
  return fc.oneof(
    c.map((v) => `this.inc() === ${v}`),
    c.map((v) => `this.k >= ${v}`),
    fc.tuple(b, c).map(([x, v]) => `${x} && this.inc() > ${v}`),
    fc.tuple(b, c).map(([x, v]) => `${x} || this.k === ${v}`),
    is,
    is.map((e) => `!(${e})`),
    fc.tuple(is, b).map(([e, x]) => `(${e}) === ${x}`),
    fc.tuple(is, b, c).map(([e, x, v]) => `${e} ? ${x} : this.k > ${v}`),
    fc.tuple(b, is).map(([x, e]) => `${x} || ${e}`),
    fc.tuple(obj, b).map(([x, y]) => `test(${x}, ${y})`),
  );
};

/** a run of statements: bool locals (consecutive ones are what literalLocals merges), prints, changes of o, p, g */
const program = fc.integer({ min: 3, max: 9 }).chain((len) => {
  const steps: fc.Arbitrary<string>[] = [];
  for (let i = 0; i < len; i++) {
    steps.push(
      fc.oneof(
        { weight: 4, arbitrary: boolExpr(i).map((e) => `const b${i} = ${e};`) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }).map((j) => `const b${i} = true; o = pick(${j}); this.g = o;`) },
        { weight: 1, arbitrary: fc.constant(`const b${i} = false; s += String(this.k);`) },
      ),
    );
  }
  return fc.tuple(...steps).map((ss) => {
    const shown = ss.map((_, i) => `String(b${i})`).join(" + ");
    return `let o: Base = pick(1); const p: Base = pick(3); let s = "";\n${ss.join("\n")}\nthis.Echo(s + ${shown} + String(this.k));`;
  });
});

const PROGRAMS = 12;
const cases: DiffCase[] = fc.sample(program, { seed: 2212, numRuns: PROGRAMS }).map((main, i) => ({ name: `generated ${i}`, top, members, main }));
const skipCs = csChecksUnavailable();

for (const level of ["none", "lite", "full"] as const) {
  describe(`printer passes property at ${level}`, () => {
    let runs: CaseRun[] = [];
    beforeAll(async () => {
      if (!skipCs) runs = await runSuite(`print-property-${level}`, cases, true, level);
    }, 300_000);
    it.skipIf(!!skipCs)(`${PROGRAMS} generated programs print the same in Node and in C# at ${level}`, () => {
      expect(runs.length).toBe(PROGRAMS);
      for (const r of runs) {
        expect(r.compileError, `compile failed for:\n${r.source}`).toBeUndefined();
        expect(r.cs, `C# differs at ${level} for:\n${r.source}`).toEqual(r.node);
      }
    });
  });
}
if (skipCs) console.warn(`[print property] skipped: ${skipCs}`);

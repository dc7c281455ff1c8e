// Declared-int arithmetic throws on overflow in C# (README, known limits) wherever it is written: method
// bodies get a `checked` block; expressions outside one (expression-bodied lambdas, field initializers,
// base-constructor arguments, top-level initializers) get `checked(...)`. Without it C# wraps silently.
import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { caseSource, runSuite } from "../diff/harness.ts";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";

function program(top: string, main = ""): string {
  const r = compile({ sources: { ".tmp/checked/case.ts": caseSource({ name: "c", top, main }) }, cwd: process.cwd() });
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  return r.files.find((f) => f.isProgram)!.body;
}

it("an expression-bodied lambda with int arithmetic is checked", () => {
  expect(program("", "const f = (x: int): int => x * x; this.Echo(String(f(3)));")).toContain("=> checked(x * x)");
});

it("a void expression-bodied lambda with int arithmetic is a checked block", () => {
  expect(program("function use(v: int): void {}", "const f = (x: int): void => use(x * x); f(2);")).toContain("=> { checked { use(x * x); } }");
});

it("a field initializer with int arithmetic is checked", () => {
  expect(program("class C { static readonly A: int = 3; n: int = C.A * C.A; }", "this.Echo(String(new C().n));")).toContain("this.n = checked(C.A * C.A);");
});

it("a base-constructor argument with int arithmetic is checked", () => {
  const body = program("class A { constructor(public n: int) {} } class B extends A { constructor(k: int) { super(k * k); } }", "this.Echo(String(new B(3).n));");
  expect(body).toContain(": base(checked(k * k))");
});

it("double arithmetic is not wrapped", () => {
  expect(program("", "const f = (x: number): number => x * x; this.Echo(String(f(3)));")).not.toContain("checked");
});

// Session 10: the emitter leaves out a `checked` inside checked code (CHECKED in compiler/emit/tree/syntax.ts:
// the body that turns out checked takes the deferred keyword out), where a token pass of the printer did it
// before, so the MDK2 files (which no printer pass touches) have none either.

/** The `checked` regions of C# text, as [open, close] offsets of their parentheses or braces. */
function checkedRegions(cs: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of cs.matchAll(/\bchecked\s*([({])/g)) {
    const open = m.index! + m[0].length - 1;
    const [o, c] = m[1] === "(" ? ["(", ")"] : ["{", "}"];
    let depth = 0;
    for (let i = open; i < cs.length; i++) {
      if (cs[i] === o) depth++;
      else if (cs[i] === c && --depth === 0) {
        out.push([open, i]);
        break;
      }
    }
  }
  return out;
}

const APPLY = "function sink(v: int): void {} function apply(f: (a: number) => void, x: number): void { f(x); }";

const inside = (rs: [number, number][], i: number) => rs.some(([a, b]) => a < i && i < b);

it("toInt in a method doing int arithmetic: the conversion's checked goes, the body's block stays", () => {
  const body = program("", "let k: int = 1; const d = [2.5][0]; k = k * toInt(d); this.Echo(String(k));");
  expect(body).toContain("k = k * (int)d;");
  expect(body).not.toMatch(/checked\s*\(/);
  expect(checkedRegions(body).length).toBe(1);
});

it("toInt in a method without int arithmetic keeps its own checked", () => {
  expect(program("", "const d = [2.5][0]; this.Echo(String(toInt(d)));")).toContain("checked((int)d)");
});

it("(cc-adv17, C143) a lambda doing int arithmetic in a checked method keeps a checked of its own (mcs does not carry the method's block into it)", () => {
  const body = program(APPLY, "let k: int = 2; k = k * k; apply((x: number): void => sink(toInt(x) * 2), k); [k].forEach((x) => { k = k + toInt(x); }); this.Echo(String(k));");
  expect(body).toContain("=> { checked { sink((int)x * 2); } }");
  expect(body).toMatch(/=>\s*\{\s*checked\s*\{\s*k = k \+ \(int\)x\w*;/);
  // the method's block and each lambda's own
  expect(checkedRegions(body).length).toBe(3);
  expect(program("", "let k: int = 2; k = k * k; const f = (x: int): int => x + 2147483647; this.Echo(String(f(k)));")).toContain("=> checked(x + 2147483647)");
});

it("(cc-adv17, C143) under mono, a declared int's overflow in a lambda inside a checked method throws, as in the method's own body", async () => {
  const why = csChecksUnavailable();
  if (why) {
    console.warn(`[checked] C143's mono run skipped: ${why}`);
    return;
  }
  // The method's body is a checked block (k * k); mcs compiled the lambdas in it unchecked: they wrapped silently.
  const runs = await runSuite("checked-c143", [
    { name: "expression body", main: "const xs = [1, 2, 3]; let k: int = xs.length; k = k * k; const f = (x: int): int => x + 2147483647; try { this.Echo(String(f(k))); } catch (e) { this.Echo('throws'); }" },
    { name: "block body", main: "const xs = [1, 2, 3]; let k: int = xs.length; k = k * k; const ys: int[] = []; const ks: int[] = [k]; try { ks.forEach((x) => { ys.push(x + 2147483647); }); this.Echo(ys.join()); } catch (e) { this.Echo('throws'); }" },
  ], true);
  for (const r of runs) {
    expect(r.compileError).toBeUndefined();
    // (JS computes the larger number: README, Known limits, a declared int overflows in C#)
    expect(r.node[0]).not.toBe(">throws");
    expect(r.cs, r.name).toEqual([">throws"]);
  }
});

it("generated nests of lambdas, conversions and int arithmetic: no checked inside checked, no conversion outside one", () => {
  type S = { k: "conv" } | { k: "int" } | { k: "exprLambda"; arith: boolean } | { k: "blockLambda"; body: S[] } | { k: "forEach"; body: S[] };
  const stmt: fc.Memo<S> = fc.memo((d) =>
    d <= 1
      ? fc.oneof(fc.constant<S>({ k: "conv" }), fc.constant<S>({ k: "int" }), fc.boolean().map<S>((arith) => ({ k: "exprLambda", arith })))
      : fc.oneof(
          fc.constant<S>({ k: "conv" }),
          fc.constant<S>({ k: "int" }),
          fc.boolean().map<S>((arith) => ({ k: "exprLambda", arith })),
          fc.array(stmt(d - 1), { maxLength: 3 }).map<S>((body) => ({ k: "blockLambda", body })),
          fc.array(stmt(d - 1), { maxLength: 3 }).map<S>((body) => ({ k: "forEach", body })),
        ),
  );
  fc.assert(
    fc.property(fc.array(stmt(3), { minLength: 1, maxLength: 4 }), (ss) => {
      let n = 0;
      const ts = (s: S): string => {
        const i = n++;
        switch (s.k) {
          case "conv":
            return `sink(toInt(d * ${i + 1}));`;
          case "int":
            return `k = k * ${i + 2};`;
          case "exprLambda":
            return `apply((a: number): void => sink(toInt(a)${s.arith ? ` + ${i}` : ""}), d);`;
          case "blockLambda":
            return `apply((a: number): void => { ${s.body.map(ts).join(" ")} }, d);`;
          case "forEach":
            return `[d].forEach((x) => { ${s.body.map(ts).join(" ")} });`;
        }
      };
      const main = `let k: int = 1; const d = [2.5][0]; ${ss.map(ts).join(" ")} this.Echo(String(k));`;
      const body = program(APPLY, main);
      const rs = checkedRegions(body);
      // no checked inside checked but a lambda's own (C143: `=> checked(` or `=> { checked {`)
      for (const [a] of rs) if (!/=>\s*(\{\s*)?checked\s*$/.test(body.slice(0, a))) expect(inside(rs, a), body).toBe(false);
      for (const m of body.matchAll(/\(int\)/g)) expect(inside(rs, m.index!), body).toBe(true);
      // as many conversions as toInt calls (none lost)
      expect(body.match(/\(int\)/g)?.length ?? 0).toBe((main.match(/toInt\(/g) ?? []).length);
    }),
    unseeded(40),
  );
});

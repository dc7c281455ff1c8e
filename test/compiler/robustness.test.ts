// The compiler never crashes: random programs built from valid and invalid fragments either get
// diagnostics (with a code and a position, never PBTS9999) or C# that mcs accepts.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";
import { csChecksUnavailable, mcs } from "../../compiler/csharp/mono.ts";
import { buildStubs } from "../../compiler/csharp/stubs.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DIR = join(ROOT, ".tmp", "robustness");

const STATEMENTS = [
  "let a = 1; a += 2; this.Echo(`${a}`);",
  "const xs: number[] = [1, 2, 3]; for (const x of xs) this.Echo(String(x * 2));",
  "let s = ''; for (let i = 0; i < 3; i++) { s += i; } this.Echo(s);",
  "const m = new Map<string, number>(); m.set('a', 1); if (m.has('a')) this.Echo(String(m.get('a')!));",
  "const st = new Set<string>(); st.add('x'); this.Echo(String(st.size));",
  "try { throw new Error('boom'); } catch (e) { if (e instanceof Error) this.Echo(e.message); }",
  "switch (argument) { case 'a': this.Echo('A'); break; default: this.Echo('other'); }",
  "const f = (x: number): number => x * x; this.Echo(String(f(3)));",
  "const n: int = toInt(7.9); this.Echo(String(n / 2));",
  "let q: string | null = null; this.Echo(q ?? 'none');",
  "const sb = new StringBuilder(); sb.Append('x').AppendLine(); this.Echo(sb.ToString());",
  "this.Echo(String(Math.round(2.5) + Math.floor(-1.5)));",
  "const ys = [3, 1, 2].sort((a, b) => a - b); this.Echo(ys.join('-'));",
  "let w = 0; while (w < 3) { w++; if (w === 2) continue; } this.Echo(String(w));",
  "do { this.Echo('once'); } while (false);",
  "const c = new Counter(); c.inc(); this.Echo(String(c.value));",
  "this.Echo(Shape.Circle === Shape.Square ? 'same' : 'different');",
  "this.Echo(String(helper(2)));",
  // Outside the subset: each must be a diagnostic, never a crash.
  "var bad = 1;",
  "const o = { a: 1 };",
  "const [p, r] = [1, 2];",
  "const anyv: any = 3;",
  "const u: string | number = 3;",
  "if (1) { }",
  "this.Echo(String(undefined));",
  "const g = function () { return 1; };",
  "const t = typeof argument;",
  "console.log('x');",
  "const rx = /a+/;",
  "for (const k in [1, 2]) { }",
  "label: for (;;) { break label; }",
  "const big = 1 == 1;",
  "const z = [...[1, 2]];",
  "const rnd = Math.random();",
  "let dd: int = 1.5 * 2;",
  "const bits = 1.5 | 0;",
  "const fns: (() => void)[] = []; for (let i = 0; i < 2; i++) fns.push(() => this.Echo(String(i)));",
  "const ts1 = TimeSpan.FromSeconds(1); const same = ts1 === TimeSpan.FromSeconds(1);",
  "async () => 1;",
  "const tpl = `${{}}`;",
  "argument.foo();",
  "this.nope = 3;",
  "const deep = ((((1))));",
  "let k = 0; k = k + 'x';",
];

const TOP = [
  "class Counter { value = 0; inc(): void { this.value++; } }",
  "enum Shape { Circle, Square }",
  "function helper(x: number): number { return x + 1; }",
];

const IMPORTS = `import { MyGridProgram, UpdateType, StringBuilder, TimeSpan, toInt } from "pbts/se";\nimport type { int } from "pbts/se";\n`;

function program(stmts: string[]): string {
  return `${IMPORTS}${TOP.join("\n")}\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    ${stmts.join("\n    ")}\n  }\n}\n`;
}

const skipCs = csChecksUnavailable();
if (skipCs) console.warn(`[robustness] mcs check of accepted programs skipped: ${skipCs}`);

describe("compiler robustness", () => {
  it("never crashes; accepted programs compile with mcs", () => {
    mkdirSync(DIR, { recursive: true });
    const accepted: string[] = [];
    let n = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATEMENTS), { minLength: 1, maxLength: 4 }), (stmts) => {
        const src = program(stmts);
        const file = join(DIR, "input.ts");
        let res;
        try {
          res = compile({ sources: { [file]: src }, namespace: `R${n}`, cwd: ROOT });
        } catch (e) {
          throw new Error(`compiler threw on:\n${src}\n${(e as Error).stack}`);
        }
        for (const d of res.diagnostics) {
          expect(d.code, `${d.message}\n${src}`).not.toBe("PBTS9999");
          expect(d.code).toMatch(/^PBTS\d{4}$/);
          expect(d.line).toBeGreaterThan(0);
          expect(d.col).toBeGreaterThan(0);
        }
        if (res.ok) {
          expect(res.files.length).toBeGreaterThan(0);
          for (const f of res.files) {
            const p = join(DIR, `r${n}_${f.name}`);
            writeFileSync(p, f.code);
            accepted.push(p);
          }
          n++;
        } else expect(res.files).toEqual([]);
      }),
      { numRuns: 150, seed: 20261122 },
    );
    expect(n, "some random programs are inside the subset").toBeGreaterThan(5);
    if (skipCs) return;
    const r = mcs(accepted, join(DIR, "accepted.dll"), { target: "library", refs: [buildStubs()] });
    expect(r.output).toBe("");
  });
});

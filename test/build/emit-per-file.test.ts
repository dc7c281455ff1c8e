// A file's C# does not depend on which other files its compile emits (issue 17): `pbts build` compiles
// each mixin with the mixins it imports, and a mixin's C# must be the same whether or not the compile
// emitted an imported file before it (the temporaries were numbered across the whole compile: the
// Failover mixin's C# depended on console.ts being emitted in the same compile). And an error in a
// file two compiles read is reported once per build.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unseeded, unseededTimeout } from "../unseeded.ts";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, readConfig } from "../../compiler/build.ts";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TMP = join(ROOT, ".tmp", "emit-per-file-test");

/** A module `m<i>.ts` whose function loops `loops` times (each loop takes temporaries), calling the modules it imports. */
function moduleText(i: number, loops: number, imports: number[]): string {
  const lines = imports.map((j) => `import { f${j} } from "./m${j}.ts";`);
  lines.push(`export function f${i}(xs: number[]): number {`, "  let s = 0;");
  for (let k = 0; k < loops; k++) lines.push(`  for (const x of [...xs, ${k}]) s += x${imports.length ? ` + f${imports[k % imports.length]}(xs)` : ""};`);
  lines.push("  return s;", "}", "");
  return lines.join("\n");
}

/** Modules m0..m<n-1>, each importing some of the ones before it (a compile of one reads those too). */
const modules = fc
  .array(fc.record({ loops: fc.integer({ min: 1, max: 3 }), imports: fc.array(fc.nat(), { maxLength: 2 }) }), { minLength: 2, maxLength: 4 })
  .map((ms) => ms.map((m, i) => moduleText(i, m.loops, i ? [...new Set(m.imports.map((j) => j % i))] : [])));

/** The C# of each file a compile of `files` (in `dir`, with what they import) emits: C# file name → code. */
const codeOf = (dir: string, files: string[], skipEmit?: string[]): Map<string, string> => {
  const r = compile({ files: files.map((f) => join(dir, f)), cwd: dir, ...(skipEmit ? { skipEmit: skipEmit.map((f) => join(dir, f)) } : {}) });
  expect(r.diagnostics).toEqual([]);
  return new Map(r.files.filter((f) => f.source).map((f) => [f.name, f.code]));
};

describe("a file's C# does not depend on the other files its compile emits", () => {
  it("generated modules: each file's C# is the same in every compile that emits it, in any order, and with skipEmit", () => {
    fc.assert(
      fc.property(modules, fc.infiniteStream(fc.nat()), (texts, picks) => {
        const dir = join(TMP, "generated");
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        texts.forEach((t, i) => writeFileSync(join(dir, `m${i}.ts`), t));
        const names = texts.map((_, i) => `m${i}.ts`);
        // each module compiled on its own (with what it imports, emitted after it)
        const alone = new Map(names.map((n) => [n, codeOf(dir, [n]).get(n.replace(/\.ts$/, ".cs"))!]));
        const it = picks[Symbol.iterator]();
        const order = [...names];
        for (let i = order.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const all = codeOf(dir, order);
        for (const n of names) expect(all.get(n.replace(/\.ts$/, ".cs")), `${n} in a compile of ${order.join(", ")}`).toBe(alone.get(n));
        // a compile that skips the emit of some files: the others' C# is unchanged, the skipped have none
        const skipped = names.filter(() => (it.next().value as number) % 2 === 0);
        const some = codeOf(dir, order, skipped);
        for (const n of names) expect(some.get(n.replace(/\.ts$/, ".cs")), `${n}, skipping ${skipped.join(", ")}`).toBe(skipped.includes(n) ? undefined : alone.get(n));
      }),
      unseeded(12),
    );
  }, unseededTimeout(600_000));

  it("the Failover mixin's C# is the same compiled with or without console.ts emitted", () => {
    const files = [join(ROOT, "mixins/failover.ts"), join(ROOT, "mixins/failover-role.ts")];
    const full = compile({ files, cwd: ROOT });
    const skipping = compile({ files, cwd: ROOT, skipEmit: [join(ROOT, "mixins/console.ts")] });
    expect(full.ok && skipping.ok).toBe(true);
    expect(full.files.map((f) => f.name)).toContain("console.cs");
    expect(skipping.files.map((f) => f.name)).not.toContain("console.cs");
    for (const f of skipping.files.filter((f) => f.source)) expect(f.code).toBe(full.files.find((g) => g.name === f.name)!.code);
  }, 300_000);
});

describe("pbts build reports an error once", () => {
  it("an error in a mixin another mixin imports is reported once, not by both compiles", () => {
    const dir = join(TMP, "twice");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "src"), { recursive: true });
    for (const f of ["console.ts", "failover.ts"]) cpSync(join(ROOT, "mixins", f), join(dir, "src", f));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "t", private: true, pbts: { mixins: { Console: ["src/console.ts"], Failover: ["src/failover.ts"] } } }));
    // a subset error (PBTS, no TypeScript error) and a TypeScript error, both in console.ts
    const text = readFileSync(join(dir, "src/console.ts"), "utf8");
    writeFileSync(join(dir, "src/console.ts"), `${text}\nexport function probeVar(): number {\n  var v = 1;\n  return v;\n}\n`);
    const subset = build(dir, readConfig(dir));
    expect(subset.ok).toBe(false);
    expect(subset.errors.length).toBeGreaterThan(0);
    expect(subset.errors.filter((e) => e.includes("src/console.ts"))).toEqual(subset.errors);
    expect(new Set(subset.errors).size).toBe(subset.errors.length);
    writeFileSync(join(dir, "src/console.ts"), `${text}\nexport function probeType(): number {\n  return "x";\n}\n`);
    const typed = build(dir, readConfig(dir));
    expect(typed.errors.filter((e) => / error PBTS0001: /.test(e))).toHaveLength(1);
    expect(typed.errors).toHaveLength(1);
  }, 300_000);
});

// `pbts build --watch` keeps a Project per compile whose unchanged files keep their nodes (compiler/compile.ts
// keepUnchanged): an emitter's answer kept on such a node must not outlive its compile when it read another
// file (compiler/emit/per-compile.ts). Each case: a build, a change to the second file, the rebuild, which must
// fail as a cold build of the changed files does.
import { describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CompileCache, build, readConfig } from "../../compiler/build.ts";

const TMP = join(resolve(import.meta.dirname, "../.."), ".tmp", "watch-answers-test");

const CASES: { name: string; a: string; before: string; after: string; code: string }[] = [
  {
    // C171: statics.ts changesOf kept the first compile's "nothing assigns Cfg.n" on a.ts's declaration
    name: "C171: a static initializer reads a static the changed file now assigns (PBTS1096)",
    a: "export class Cfg {\n  static n: number = 1;\n}\nexport class Reader {\n  static snap: number = Cfg.n;\n}\n",
    before: 'import { Cfg } from "./a.ts";\nexport function peek(): number {\n  return Cfg.n;\n}\n',
    after: 'import { Cfg } from "./a.ts";\nexport function bump(): void {\n  Cfg.n = 5;\n}\n',
    code: "PBTS1096",
  },
  {
    // C172: struct-type-args.ts kept the first compile's "find does not compare T" on a.ts's function
    name: "C172: a generic function whose callee in the changed file now compares T, given a struct (PBTS1020)",
    a: 'import { Vector3D } from "pbts/se";\nimport { has } from "./b.ts";\nexport function find<T>(xs: T[], x: T): boolean {\n  return has(xs, x);\n}\nexport function probe(v: Vector3D): boolean {\n  return find([v], v);\n}\n',
    before: "export function has<T>(xs: T[], x: T): boolean {\n  return xs.length > 0;\n}\n",
    after: "export function has<T>(xs: T[], x: T): boolean {\n  return xs.includes(x);\n}\n",
    code: "PBTS1020",
  },
];

describe("pbts build --watch: no answer of an earlier compile", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = join(TMP, c.code);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(dir, "src"), { recursive: true });
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "watch-answers", private: true, pbts: { mixins: { M: ["src/a.ts", "src/b.ts"] }, scripts: {} } }));
      writeFileSync(join(dir, "src/a.ts"), c.a);
      writeFileSync(join(dir, "src/b.ts"), c.before);
      const cache = new CompileCache();
      expect(build(dir, readConfig(dir), cache).errors).toEqual([]);
      writeFileSync(join(dir, "src/b.ts"), c.after);
      const cold = build(dir, readConfig(dir), new CompileCache());
      expect(cold.errors.join("\n")).toContain(c.code);
      const rebuilt = build(dir, readConfig(dir), cache);
      expect(rebuilt.errors).toEqual(cold.errors);
    });
  }
});

// `pbts build --watch` keeps a ts-morph Project per compile that runs again (compiler/build.ts
// CompileCache, compiler/compile.ts keepUnchanged): the files that did not change stay parsed, bound and
// wrapped from one rebuild to the next. Whatever sequence of changes comes, each rebuild must write what a
// cold build of the same files writes (and fail with the same errors). The changes are toggles (each
// on or off), so generated sequences reach many states: a change to the file another compile imports
// (its types and members), a type error there, a file imported that was not (the files of the compile change),
// a loop whose counter a lambda captures (per-compile state kept on nodes), comment-only changes, a subset
// error in a file two compiles read (said once per build).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unseeded, unseededTimeout } from "../unseeded.ts";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CompileCache, build, readConfig } from "../../compiler/build.ts";
import { tree as fileTree } from "./file-tree.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TMP = join(ROOT, ".tmp", "watch-kept-test");

interface Toggle {
  name: string;
  file: string;
  /** The file's text with the change, from its text without it. */
  on(text: string): string;
  /** A file the change creates next to it (removed when the change is off). */
  creates?: [string, string];
}

const TOGGLES: Toggle[] = [
  { name: "comment in console.ts", file: "src/console.ts", on: (t) => `${t}// a comment-only change\n` },
  // Failover calls con.Info: a new parameter with a default changes what its call means
  { name: "Info gets a parameter", file: "src/console.ts", on: (t) => t.replace("Info(message: string): void {", 'Info(message: string, prefix: string = ""): void {\n    message = prefix + message;') },
  // Failover calls con.Warn: renamed, Failover no longer type-checks
  { name: "Warn renamed (a type error in Failover)", file: "src/console.ts", on: (t) => t.replace("Warn(message: string): void {", "Warning(message: string): void {") },
  {
    name: "a loop whose counter a lambda captures, in console.ts",
    file: "src/console.ts",
    on: (t) => `${t}\nexport function probeLoop(n: int): int {\n  let s: int = 0;\n  for (let i: int = 0; i < n; i++) {\n    const f = (): int => i;\n    s += f();\n  }\n  return s;\n}\n`,
  },
  // (the files of the compile change while no folder's listing does)
  {
    name: "failover.ts imports a file it did not",
    file: "src/failover.ts",
    on: (t) => `import { probeHelper } from "./probe-helper.ts";\n${t}\nexport function probeUse(): number {\n  return probeHelper() + 1;\n}\n`,
  },
  {
    name: "failover.ts imports a new file",
    file: "src/failover.ts",
    on: (t) => `import { probeNew } from "./probe-new.ts";\n${t}\nexport function probeUseNew(): number {\n  return probeNew() + 2;\n}\n`,
    creates: ["src/probe-new.ts", "export function probeNew(): number {\n  return 40;\n}\n"],
  },
  { name: "a function appended to failover.ts", file: "src/failover.ts", on: (t) => `${t}\nexport function watchProbe(): number {\n  return 7;\n}\n` },
  // a subset error (no TypeScript error) in the file both mixins' compiles read: Console's compile says
  // it, Failover's compile checks console.ts without emitting it (compile.ts skipEmit), the build says it once
  { name: "a `var` in console.ts (PBTS error)", file: "src/console.ts", on: (t) => `${t}\nexport function probeVar(): number {\n  var v = 1;\n  return v;\n}\n` },
];

/** A project of the two mixins (Failover imports Console) and WorkQueue (imports both). */
function project(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  for (const f of ["console.ts", "failover.ts"]) cpSync(join(ROOT, "mixins", f), join(dir, "src", f));
  cpSync(join(ROOT, "mixins/examples/work-queue.ts"), join(dir, "src/work-queue.ts"));
  const wq = readFileSync(join(dir, "src/work-queue.ts"), "utf8").replaceAll('from "../', 'from "./');
  writeFileSync(join(dir, "src/work-queue.ts"), wq);
  writeFileSync(join(dir, "src/probe-helper.ts"), "export function probeHelper(): number {\n  return 41;\n}\n");
  const pbts = { mixins: { Console: ["src/console.ts"], Failover: ["src/failover.ts"] }, scripts: { WorkQueue: { entry: "src/work-queue.ts" } } };
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "watch-kept-test", private: true, pbts }, null, 2));
  return dir;
}

/** Every file under `dir` (none when it does not exist): relative path → content. */
function tree(dir: string): Map<string, string> {
  return existsSync(dir) ? fileTree(dir) : new Map();
}

/** Writes the project's files with the toggles that are on. */
function apply(dir: string, base: Map<string, string>, state: Set<number>): void {
  const texts = new Map(base);
  for (const [i, t] of TOGGLES.entries()) {
    if (t.creates) {
      const p = join(dir, t.creates[0]);
      if (state.has(i)) writeFileSync(p, t.creates[1]);
      else rmSync(p, { force: true });
    }
    if (state.has(i)) texts.set(t.file, t.on(texts.get(t.file)!));
  }
  for (const [f, text] of texts) if (readFileSync(join(dir, f), "utf8") !== text) writeFileSync(join(dir, f), text);
}

/** The watch's rebuild and a cold build of the same files give the same result and the same files. */
function sameAsCold(dir: string, cache: CompileCache, what: string): void {
  const warm = build(dir, readConfig(dir), cache);
  const warmFiles = tree(join(dir, "dist"));
  const cold = build(dir, readConfig(dir));
  const coldFiles = tree(join(dir, "dist"));
  expect({ ok: warm.ok, errors: warm.errors }, what).toEqual({ ok: cold.ok, errors: cold.errors });
  expect(new Set(warm.errors).size, `${what}: an error said twice`).toBe(warm.errors.length);
  expect([...warmFiles.keys()], what).toEqual([...coldFiles.keys()]);
  for (const [f, text] of coldFiles) expect(warmFiles.get(f), `${what}: ${f}`).toBe(text);
}

describe("pbts build --watch keeps the unchanged files of a compile between rebuilds", () => {
  it("each toggle on, then off, one after the other: every rebuild writes what a cold build writes", () => {
    const dir = project(join(TMP, "sequence"));
    const base = new Map(["src/console.ts", "src/failover.ts"].map((f) => [f, readFileSync(join(dir, f), "utf8")]));
    const cache = new CompileCache();
    expect(build(dir, readConfig(dir), cache).ok).toBe(true);
    const state = new Set<number>();
    const steps: number[] = [0, 0, ...TOGGLES.map((_, i) => i), ...TOGGLES.map((_, i) => i)];
    for (const i of steps) {
      if (state.has(i)) state.delete(i);
      else state.add(i);
      apply(dir, base, state);
      sameAsCold(dir, cache, `after "${TOGGLES[i]!.name}" ${state.has(i) ? "on" : "off"} (on: ${[...state].map((s) => TOGGLES[s]!.name).join(", ") || "none"})`);
    }
  }, 900_000);

  it("generated sequences of toggles: every rebuild writes what a cold build writes", () => {
    const dir = project(join(TMP, "generated"));
    const base = new Map(["src/console.ts", "src/failover.ts"].map((f) => [f, readFileSync(join(dir, f), "utf8")]));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: TOGGLES.length - 1 }), { minLength: 3, maxLength: 5 }), (seq) => {
        apply(dir, base, new Set());
        const cache = new CompileCache();
        expect(build(dir, readConfig(dir), cache).ok).toBe(true);
        const state = new Set<number>();
        for (const i of seq) {
          if (state.has(i)) state.delete(i);
          else state.add(i);
          apply(dir, base, state);
          sameAsCold(dir, cache, `sequence ${seq.join(",")}: after toggle ${i}`);
        }
      }),
      // [4, 4, 0]: found by CI's run of session 13 (seed 687441696): TypeScript's checker threw on the kept
      // Project after two fallback compiles (build.ts CompileCache.compile drops the Project and compiles cold)
      { ...unseeded(3), examples: [[[4, 4, 0]]] },
    );
  }, unseededTimeout(900_000));
});

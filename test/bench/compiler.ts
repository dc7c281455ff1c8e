// `npm run bench -- compiler`: the CPU time of a cold `pbts check` of a generated program of a few
// thousand lines and of the mixins, next to TypeScript's own check of the same files through ts-morph
// (test/bench/tsmorph-check.mjs), each in a fresh process, measured side by side; for the generated
// program also TypeScriptToLua (TS -> Lua, type-check and emit) on the same program with the few
// pbts/se names it uses declared as ambient stubs. TypeScriptToLua needs TypeScript 6.0.2 as its
// peer, which clashes with pbts's devDependency typescript 7, so it lives in .tmp/bench-tstl with
// its own package.json (exact versions), installed by this bench on first use.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { median, ratioText, reps, spread, table } from "./cpu.ts";
// @ts-expect-error plain JS helpers without types
import { V8_FLAGS } from "../../compiler/bin/v8-tuning.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const DIR = join(ROOT, ".tmp", "bench-compiler");

/** A script of `classes` classes, each with fields, methods, loops, strings and collections. */
export function generateProgram(classes: number): string {
  const parts = [`import { MyGridProgram, UpdateType, UpdateFrequency, StringBuilder } from "pbts/se";`, `import type { int } from "pbts/se";`];
  for (let i = 0; i < classes; i++) {
    parts.push(`
export class Worker${i} {
  private items: number[] = [];
  private names = new Map<string, number>();
  private total = 0;
  constructor(private readonly id: int) {}
  add(x: number): void {
    this.items.push(x * ${i + 1});
    this.total += x;
    this.names.set(\`k\${this.items.length}\`, x);
  }
  sum(): number {
    let s = 0;
    for (let k = 0; k < this.items.length; k++) s += this.items[k];
    for (const v of this.items) if (v > ${i}) s -= 0.5;
    return s;
  }
  describe(sb: StringBuilder): void {
    sb.Append(\`worker \${this.id}: \${this.sum()} of \${this.total}\`).AppendLine();
    if (this.names.has("k1")) sb.Append("has k1");
    switch (this.id % 3) {
      case 0: sb.Append("zero"); break;
      case 1: sb.Append("one"); break;
      default: sb.Append("other");
    }
  }
}`);
  }
  parts.push(`
export class Program extends MyGridProgram {
  private sb = new StringBuilder();
  constructor() { super(); this.Runtime.UpdateFrequency = UpdateFrequency.Update100; }
  Main(argument: string, updateSource: UpdateType): void {
    this.sb.Clear();
${Array.from({ length: classes }, (_, i) => `    { const w = new Worker${i}(${i}); w.add(${i}); w.describe(this.sb); }`).join("\n")}
    this.Echo(this.sb.ToString());
  }
}`);
  return parts.join("\n");
}

/** CPU milliseconds of a fresh `node <args>` process (test/bench/cpu-exit.mjs reports them at exit). */
function cpuOfNode(args: string[], env: Record<string, string> = {}): { ms: number; ok: boolean; out: string } {
  const file = join(DIR, `cpu-${process.pid}.txt`);
  writeFileSync(file, "");
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(ROOT, "test/bench/cpu-exit.mjs")).href, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env, PBTS_CPU_OUT: file },
  });
  const lines = readFileSync(file, "utf8").trim().split("\n").filter(Boolean);
  return { ms: lines.length ? Number(lines[lines.length - 1]) / 1000 : NaN, ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const TSTL_DIR = join(ROOT, ".tmp", "bench-tstl");
const TSTL_VERSIONS = { "typescript-to-lua": "1.37.1", typescript: "6.0.2" };
/** What the generated program imports from pbts/se, as ambient declarations for TypeScriptToLua. */
const TSTL_GLOBALS = `type int = number;
declare const enum UpdateType { None = 0, Update1 = 32 }
declare const enum UpdateFrequency { None = 0, Update1 = 1, Update10 = 2, Update100 = 4, Once = 8 }
declare class StringBuilder { Append(s: string): StringBuilder; AppendLine(): StringBuilder; Clear(): StringBuilder; ToString(): string; }
declare abstract class MyGridProgram { Runtime: { UpdateFrequency: UpdateFrequency }; Echo(s: string): void; }
`;

/** The tstl entry, installed into .tmp/bench-tstl when missing; null (with the reason) when that fails. */
function tstl(): { bin: string | null; why: string } {
  const bin = join(TSTL_DIR, "node_modules/typescript-to-lua/dist/tstl.js");
  if (existsSync(bin)) return { bin, why: "" };
  mkdirSync(TSTL_DIR, { recursive: true });
  writeFileSync(join(TSTL_DIR, "package.json"), JSON.stringify({ name: "pbts-bench-tstl", private: true, dependencies: TSTL_VERSIONS }, null, 2) + "\n");
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: TSTL_DIR, encoding: "utf8" });
  return existsSync(bin) ? { bin, why: "" } : { bin: null, why: `npm install of typescript-to-lua ${TSTL_VERSIONS["typescript-to-lua"]} failed: ${(r.stderr || r.stdout || "").trim().split("\n").pop()}` };
}

/** A TypeScriptToLua project of the generated program (imports dropped, the pbts/se names as ambient stubs); returns its tsconfig. */
function tstlProject(program: string): string {
  const dir = join(TSTL_DIR, "in");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "generated.ts"), program.split("\n").filter((l) => !l.startsWith("import ")).join("\n"));
  writeFileSync(join(dir, "globals.d.ts"), TSTL_GLOBALS);
  const tsconfig = join(dir, "tsconfig.json");
  writeFileSync(
    tsconfig,
    JSON.stringify({ compilerOptions: { target: "ES2022", lib: ["ES2022"], module: "ESNext", moduleResolution: "bundler", strict: true, skipLibCheck: true, types: [], outDir: "../out" }, files: ["generated.ts", "globals.d.ts"], tstl: { luaTarget: "5.4" } }),
  );
  return tsconfig;
}

interface Measured {
  label: string;
  files: number;
  lines: number;
  pbts: number[];
  /** pbts check without its compile cache (compiler/bin/compile-cache.mjs): a first run. */
  pbtsCold: number[];
  tsmorph: number[];
  /** The same check with the V8 flags pbts sets for itself (compiler/bin/v8-tuning.mjs): like for like. */
  tsmorphTuned: number[];
  startup: number[];
  tstl: number[];
  tstlTuned: number[];
}

function measure(files: string[], label: string, runs: number, tstlRun: ((flags: string[]) => number) | null): Measured {
  let lines = 0;
  for (const f of files) lines += readFileSync(f, "utf8").split("\n").length;
  const m: Measured = { label, files: files.length, lines, pbts: [], pbtsCold: [], tsmorph: [], tsmorphTuned: [], startup: [], tstl: [], tstlTuned: [] };
  // Untimed: a check that writes the compile cache if this pbts has none yet (as a user's first run does).
  cpuOfNode([join(ROOT, "compiler/bin/pbts.mjs"), "check", ...files]);
  for (let i = 0; i < runs; i++) {
    // Side by side: each repetition runs all three fresh processes, so machine load hits them alike.
    const a = cpuOfNode([join(ROOT, "compiler/bin/pbts.mjs"), "check", ...files]);
    if (!a.ok) throw new Error(`pbts check failed:\n${a.out}`);
    const a0 = cpuOfNode([join(ROOT, "compiler/bin/pbts.mjs"), "check", ...files], { PBTS_COMPILE_CACHE: "0" });
    if (!a0.ok) throw new Error(`pbts check failed:\n${a0.out}`);
    const b = cpuOfNode([join(ROOT, "test/bench/tsmorph-check.mjs"), ...files]);
    if (!b.ok) throw new Error(`ts-morph check failed:\n${b.out}`);
    const bt = cpuOfNode([V8_FLAGS, join(ROOT, "test/bench/tsmorph-check.mjs"), ...files]);
    if (!bt.ok) throw new Error(`ts-morph check failed:\n${bt.out}`);
    // Start-up of a check: node, the CLI and the compiler's modules (ts-morph, TypeScript) loaded, nothing compiled.
    const c = cpuOfNode(["--input-type=module", "-e", `(await import(${JSON.stringify(pathToFileURL(join(ROOT, "compiler/bin/v8-tuning.mjs")).href)})).tuneV8(); (await import(${JSON.stringify(pathToFileURL(join(ROOT, "compiler/bin/compile-cache.mjs")).href)})).installCompileCache(); await import(${JSON.stringify(pathToFileURL(join(ROOT, "compiler/bin/build-js.mjs")).href)}).then((b) => b.ensureBuilt()); await import(${JSON.stringify(pathToFileURL(join(ROOT, "js/compiler/cli.js")).href)}); await import(${JSON.stringify(pathToFileURL(join(ROOT, "js/compiler/compile.js")).href)});`]);
    m.pbts.push(a.ms);
    m.pbtsCold.push(a0.ms);
    m.tsmorph.push(b.ms);
    m.tsmorphTuned.push(bt.ms);
    m.startup.push(c.ms);
    if (tstlRun) {
      m.tstl.push(tstlRun([]));
      m.tstlTuned.push(tstlRun([V8_FLAGS]));
    }
  }
  return m;
}

/** A copy of the mixins (and, for `whole`, the example scripts and package.json's pbts field) to change. */
function watchProject(whole: boolean): string {
  const dir = join(DIR, whole ? "watch-all" : "watch-mixins");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "mixins"), { recursive: true });
  const pbts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).pbts as { mixins: Record<string, string[]>; scripts: Record<string, unknown> };
  if (whole) cpSync(join(ROOT, "mixins"), join(dir, "mixins"), { recursive: true });
  // (every file package.json's mixin lists name: the mixins are split over several modules)
  else for (const f of new Set(Object.values(pbts.mixins).flat())) cpSync(join(ROOT, f), join(dir, f));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bench-watch", private: true, pbts: whole ? pbts : { mixins: pbts.mixins, scripts: {} } }));
  return dir;
}

export async function benchCompiler(): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const n = reps(3);
  const gen = join(DIR, "generated.ts");
  writeFileSync(gen, generateProgram(120));
  const inputs: [string, string[]][] = [["generated", [gen]]];
  const mixinFiles = existsSync(join(ROOT, "mixins")) ? readdirSync(join(ROOT, "mixins")).filter((f) => f.endsWith(".ts")).map((f) => join(ROOT, "mixins", f)) : [];
  if (mixinFiles.length) inputs.push(["mixins", mixinFiles]);
  const lua = tstl();
  const tsconfig = lua.bin ? tstlProject(readFileSync(gen, "utf8")) : "";
  const tstlRun = (flags: string[]): number => {
    rmSync(join(TSTL_DIR, "out"), { recursive: true, force: true });
    const r = cpuOfNode([...flags, lua.bin!, "-p", tsconfig]);
    if (!r.ok) throw new Error(`TypeScriptToLua failed:\n${r.out}`);
    return r.ms;
  };
  const rows: string[][] = [];
  for (const [label, files] of inputs) {
    const m = measure(files, label, n, label === "generated" && lua.bin ? tstlRun : null);
    const ratio = m.pbts.map((p, i) => p / m.tsmorph[i]!);
    const tunedRatio = m.pbts.map((p, i) => p / m.tsmorphTuned[i]!);
    const luaRatio = m.tstl.length ? ratioText(spread(m.pbts.map((p, i) => p / m.tstl[i]!)), 2) : "-";
    const luaTunedRatio = m.tstl.length ? ratioText(spread(m.pbts.map((p, i) => p / m.tstlTuned[i]!)), 2) : "-";
    rows.push([label, String(m.files), String(m.lines), median(m.pbts).toFixed(0), median(m.pbtsCold).toFixed(0), median(m.startup).toFixed(0), median(m.tsmorph).toFixed(0), ratioText(spread(ratio), 2), median(m.tsmorphTuned).toFixed(0), ratioText(spread(tunedRatio), 2), m.tstl.length ? median(m.tstl).toFixed(0) : "-", luaRatio, m.tstlTuned.length ? median(m.tstlTuned).toFixed(0) : "-", luaTunedRatio]);
  }
  // What `pbts build --watch` does on a change: the rebuild in the same process (test/bench/watch-rebuild.mjs,
  // a fresh process of the precompiled pbts: a first build, then a change to one file and the rebuild, n times).
  const watchRows: string[][] = [];
  // A watch session rebuilds many times and the first rebuilds of a process still run code V8 has not optimized
  // (one process: 542, 492, 474 ... 362 ms): a median over at least 8 rebuilds, with the first rebuild shown alone.
  const rebuilds = Math.max(n, 8);
  if (mixinFiles.length) {
    const pbts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).pbts as { mixins: object; scripts: object };
    const whole = `package.json's pbts (${Object.keys(pbts.mixins).length} mixins, ${Object.keys(pbts.scripts).length} scripts)`;
    for (const [label, all, changed, edit] of [
      ["mixins (Console, Failover)", false, "failover.ts", "comment"],
      ["mixins (Console, Failover)", false, "console.ts", "comment"],
      [whole, true, "failover.ts", "comment"],
      [whole, true, "failover.ts", "code"],
    ] as const) {
      // with the Projects the watch keeps, and with one shared Project (PBTS_WATCH_KEEP=0), one after the other
      const run = (keep: boolean): { first: number; rebuilds: number[] } => {
        const dir = watchProject(all);
        const env = { ...process.env, PBTS_WATCH_KEEP: keep ? "1" : "0", PBTS_WATCH_EDIT: edit };
        const r = spawnSync(process.execPath, [join(ROOT, "test/bench/watch-rebuild.mjs"), dir, join(dir, "mixins", changed), String(rebuilds)], { cwd: ROOT, encoding: "utf8", env, maxBuffer: 64 << 20 });
        if (r.status !== 0) throw new Error(`watch bench failed:\n${r.stdout}${r.stderr}`);
        return JSON.parse(r.stdout.trim().split("\n").pop()!) as { first: number; rebuilds: number[] };
      };
      const kept = run(true);
      const shared = run(false);
      const sp = spread(kept.rebuilds);
      const ratio = spread(kept.rebuilds.map((k, i) => k / shared.rebuilds[i]!));
      watchRows.push([label, `mixins/${changed}`, edit, kept.first.toFixed(0), kept.rebuilds[0]!.toFixed(0), sp.median.toFixed(0), `${sp.min.toFixed(0)}-${sp.max.toFixed(0)}`, sp.median <= 500 ? "yes" : "no", shared.first.toFixed(0), median(shared.rebuilds).toFixed(0), ratioText(ratio, 2)]);
    }
  }
  return [
    `Compiler: cold \`pbts check\` (a fresh process: start-up, type-check, subset checks, emit) vs TypeScript's own check of the same files through ts-morph (a fresh plain-JS process, pbts's compiler options), CPU ms (user + system), median of ${n} side-by-side repetitions`,
    table(["input", "files", "lines", "pbts check", "without code cache", "start-up (modules loaded)", "ts-morph check", "pbts / ts-morph", "ts-morph, pbts's V8 flags", "pbts / that", "TypeScriptToLua", "pbts / TSTL", "TSTL, pbts's V8 flags", "pbts / that"], rows),
    `pbts check: with the V8 code cache of TypeScript that pbts keeps between runs (compiler/bin/compile-cache.mjs; what every run but a new pbts's first gets); without it: PBTS_COMPILE_CACHE=0 (the ratios use the cached runs; ts-morph and TypeScriptToLua have no such cache). pbts sets \`${V8_FLAGS}\` for itself (compiler/bin/v8-tuning.mjs: V8 optimizes later; PBTS_V8_TUNING=0 turns it off); "ts-morph" and "TypeScriptToLua" run with Node's defaults, as their users run them; the "pbts's V8 flags" columns run them with that flag too (like for like)`,
    `goal (issue 17): pbts / ts-morph <= 1.5x, pbts / TSTL <= 1.0x. TypeScriptToLua ${TSTL_VERSIONS["typescript-to-lua"]} (TypeScript ${TSTL_VERSIONS.typescript}): a fresh \`tstl -p\` of the generated program (type-check, Lua emit and write), its pbts/se names declared as ambient stubs; mixins: not compared (they need pbts/se)${lua.bin ? "" : `; not measured: ${lua.why}`}`,
    "",
    `\`pbts build --watch\`: CPU ms of the rebuild after a one-file change (a comment line appended, or a line of code: an exported constant; a fresh process of the precompiled pbts builds a copy of the project once, then changes and rebuilds ${rebuilds} times: test/bench/watch-rebuild.mjs); goal (issue 17): <= 500 ms`,
    table(["project", "changed", "edit", "first build", "first rebuild", "rebuild median", "min-max", "<= 500 ms", "shared Project: first build", "rebuild median", "kept / shared"], watchRows),
    "a rebuild compiles again only what reads the changed file (compiler/build.ts CompileCache; a mixin's compile emits its own files, the mixins it imports are only checked), makes a script's paste-ready texts again only when its C# changed (a comment edit: not) and writes only the files whose bytes changed. The watch keeps a ts-morph Project per compile (the first 4): a compile that runs again parses, binds and wraps only its changed files (compiler/compile.ts keepUnchanged); \"shared Project\": every compile in one Project whose user files are read again each time (PBTS_WATCH_KEEP=0, what `pbts build` does), measured right after",
  ].join("\n");
}

// Runs generated programs on both sides with test/diff's machinery, in batches: every program runs
// in Node and is compiled by pbts; the accepted ones go into ONE mcs compile and ONE mono run.
// mcs errors are attributed to a program by file name (p<i>_*.cs) and the rest is recompiled; a
// mono crash is bisected. Verdict per program: same output, or a PBTS diagnostic, else a failure.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { mcs, mono } from "../../compiler/csharp/mono.ts";
import { buildStubs } from "../../compiler/csharp/stubs.ts";
import { findDisallowed, formatReference, loadWhitelist, type Whitelist } from "../../compiler/csharp/whitelist.ts";
import { caseSource, HOST, levelFiles, runNode } from "../diff/harness.ts";
import type { MinifyLevel } from "../../compiler/minify.ts";
import { toCase, type FuzzProgram } from "./gen.ts";

const ROOT = resolve(import.meta.dirname, "../..");
export const FUZZ_TMP = join(ROOT, ".tmp", "fuzz");

export type Kind =
  | "same" // identical Echo output
  | "rejected" // a PBTS diagnostic (allowed)
  | "diff" // mono printed something else than Node
  | "mcs" // pbts emitted C# that mcs rejects
  | "crash" // PBTS9999 or the compiler threw
  | "illtyped" // PBTS0001: the generator made a program TS rejects (a generator bug)
  | "mono" // mono itself died running the program
  | "whitelist"; // the emitted C# uses API outside MDK2's whitelist

export interface Verdict {
  index: number;
  source: string;
  kind: Kind;
  /** Diagnostics, mcs errors, or the crash text. */
  detail: string;
  node: string[];
  cs?: string[];
}

export const isFailure = (v: Verdict) => v.kind !== "same" && v.kind !== "rejected";

/** A short class name for a failure, to group and to keep shrinking on the same defect. */
export function signature(v: Verdict): string {
  if (v.kind === "mcs") return `mcs ${[...new Set(v.detail.match(/error CS\d{4}/g) ?? [])].map((x) => x.slice(6)).sort().join(",")}`;
  if (v.kind === "crash") return `crash ${v.detail.split("\n")[0].slice(0, 80)}`;
  if (v.kind === "rejected") return `rejected ${[...new Set(v.detail.match(/PBTS\d{4}/g) ?? [])].sort().join(",")}`;
  if (v.kind === "diff") return `diff ${diffClass(v)}`;
  return v.kind;
}

/** A coarse class of the first differing line, so shrinking keeps to the same defect. */
function diffClass(v: Verdict): string {
  const cs = v.cs ?? [];
  const k = v.node.findIndex((l, i) => l !== cs[i]);
  const [n, c] = k >= 0 ? [v.node[k], cs[k] ?? "<end>"] : ["<end>", cs[v.node.length] ?? "<end>"];
  if (n === "!exception" || c === "!exception") return "exception";
  if (c.includes("\\uFFFD") && !n.includes("\\uFFFD")) return "U+FFFD";
  if (n.includes("undefined") && c.includes("null")) return "undefined";
  if (/\d/.test(n) && n.replace(/[\d.e+-]+/g, "#") === c.replace(/[\d.e+-]+/g, "#")) return "number";
  return "text";
}

const caseName = (i: number) => `p${i}`;

let wlCache: Whitelist | null | undefined;
function whitelist(): Whitelist | null {
  if (wlCache === undefined) wlCache = loadWhitelist();
  return wlCache;
}

/** Run programs; `withCs` false runs only Node and the compiler. */
let runId = 0;
const lastDir = new Map<string, string>();

/** `level`: the C# as the paste-ready script at that minify level (PBTS_DIFF_LEVEL's when not given; none: the MDK2 files). */
export async function runPrograms(progs: FuzzProgram[], batch: string, withCs: boolean, level?: MinifyLevel): Promise<Verdict[]> {
  // A fresh folder per call: Node caches imported modules by path, so a reused p0.ts would rerun the old program.
  const dir = join(FUZZ_TMP, `${batch}-${process.pid}-${++runId}`);
  const prev = lastDir.get(batch);
  if (prev) rmSync(prev, { recursive: true, force: true });
  else removeStale(batch);
  lastDir.set(batch, dir);
  mkdirSync(join(dir, "cs"), { recursive: true });
  const verdicts: Verdict[] = [];
  const csFiles = new Map<number, string[]>();
  for (let i = 0; i < progs.length; i++) {
    const source = caseSource(toCase(progs[i], caseName(i)));
    const file = join(dir, `${caseName(i)}.ts`);
    writeFileSync(file, source);
    const v: Verdict = { index: i, source, kind: "same", detail: "", node: await runNode(file) };
    verdicts.push(v);
    let res;
    try {
      res = compile({ files: [file], namespace: `Fuzz${i}`, cwd: ROOT });
    } catch (e) {
      v.kind = "crash";
      v.detail = `compiler threw: ${(e as Error).stack}`;
      continue;
    }
    if (!res.ok) {
      v.detail = res.diagnostics.map(formatDiagnostic).join("\n");
      const codes = res.diagnostics.map((d) => d.code);
      v.kind = codes.includes("PBTS9999") ? "crash" : codes.includes("PBTS0001") ? "illtyped" : "rejected";
      continue;
    }
    const files: string[] = [];
    // (PBTS_DIFF_LEVEL=full: the paste-ready script at that minify level, as test/diff does)
    for (const f of levelFiles(res.files, `Fuzz${i}`, level)) {
      const p = join(dir, "cs", `${caseName(i)}_${f.name}`);
      writeFileSync(p, f.code);
      files.push(p);
    }
    csFiles.set(i, files);
  }
  if (!withCs || csFiles.size === 0) return verdicts;

  const stubs = buildStubs();
  const lib = join(dir, "cases.dll");
  // Compile what is left; drop the programs mcs names in its errors; repeat.
  for (;;) {
    const r = mcs([...csFiles.values()].flat(), lib, { target: "library", refs: [stubs] });
    if (r.ok) break;
    const blamed = new Set<number>();
    for (const line of r.output.split("\n")) {
      const m = /\/p(\d+)_[^/(]*\(\d+,\d+\): error/.exec(line);
      if (m && csFiles.has(Number(m[1]))) {
        const i = Number(m[1]);
        blamed.add(i);
        verdicts[i].kind = "mcs";
        verdicts[i].detail += `${line.replace(/^.*\//, "")}\n`;
      }
    }
    if (blamed.size === 0) {
      // Not attributable by file: compile each alone.
      for (const [i, files] of csFiles) {
        const one = mcs(files, join(dir, `p${i}.dll`), { target: "library", refs: [stubs] });
        if (!one.ok) {
          verdicts[i].kind = "mcs";
          verdicts[i].detail = one.output;
          blamed.add(i);
        }
      }
      if (blamed.size === 0) throw new Error(`mcs fails on the batch but on no program alone:\n${r.output}`);
    }
    for (const i of blamed) csFiles.delete(i);
    if (csFiles.size === 0) return verdicts;
  }
  // The emitted C# may only use whitelisted API (as in test/diff); a reference names its program's namespace.
  const wl = whitelist();
  if (wl) {
    for (const ref of findDisallowed(lib, [stubs], wl)) {
      const m = /Fuzz(\d+)\./.exec(`${ref.from ?? ""} ${ref.type}`);
      const v = m ? verdicts[Number(m[1])] : undefined;
      if (!v) throw new Error(`non-whitelisted reference not attributable to a program: ${formatReference(ref)}`);
      v.kind = "whitelist";
      v.detail += `${formatReference(ref)}\n`;
    }
  }
  runMono(dir, lib, stubs, [...csFiles.keys()], verdicts, 0);
  return verdicts;
}

/** Folders of earlier processes (dead ones only: a fuzz run and a test may run side by side). */
function removeStale(batch: string): void {
  if (!existsSync(FUZZ_TMP)) return;
  for (const name of readdirSync(FUZZ_TMP)) {
    const m = /^(.*)-(\d+)-\d+$/.exec(name);
    if (!m || m[1] !== batch) continue;
    let alive = true;
    try {
      process.kill(Number(m[2]), 0);
    } catch (e) {
      alive = (e as NodeJS.ErrnoException).code === "EPERM";
    }
    if (!alive) rmSync(join(FUZZ_TMP, name), { recursive: true, force: true });
  }
}

/** One mono run for the given programs; if mono dies, bisect to find the program that kills it. */
function runMono(dir: string, lib: string, stubs: string, idx: number[], verdicts: Verdict[], depth: number): void {
  const host = join(dir, `host${depth}.cs`);
  const exe = join(dir, `host${depth}_${idx[0]}.exe`);
  writeFileSync(host, HOST.replace("__RUNS__", idx.map((i) => `        Run(${JSON.stringify(caseName(i))}, typeof(Fuzz${i}.Program));`).join("\n")));
  const built = mcs([host], exe, { target: "exe", refs: [stubs, lib] });
  if (!built.ok) throw new Error(`the fuzz host does not compile:\n${built.output}`);
  // A culture with ',' decimals, as in test/diff.
  const r = mono(exe, [], { timeoutMs: 300_000, env: { LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8", MONO_PATH: `${dirname(stubs)}:${dirname(lib)}` } });
  if (r.status !== 0) {
    if (idx.length === 1) {
      verdicts[idx[0]].kind = "mono";
      verdicts[idx[0]].detail = `mono exited ${r.status}: ${r.stderr.slice(0, 2000)}`;
      return;
    }
    const half = idx.length >> 1;
    runMono(dir, lib, stubs, idx.slice(0, half), verdicts, depth + 1);
    runMono(dir, lib, stubs, idx.slice(half), verdicts, depth + 1);
    return;
  }
  const byName = new Map<string, string[]>();
  let cur: string[] | null = null;
  for (const line of r.stdout.split("\n")) {
    if (line.startsWith("@@CASE ")) byName.set(line.slice(7), (cur = []));
    else if (cur && line !== "") cur.push(line);
  }
  for (const i of idx) {
    const v = verdicts[i];
    v.cs = byName.get(caseName(i)) ?? ["<no output>"];
    if (v.kind === "same" && (v.cs.length !== v.node.length || v.cs.some((l, k) => l !== v.node[k]))) v.kind = "diff";
  }
}

/** The first line where two outputs differ, for reports. */
export function firstDifference(v: Verdict): string {
  const cs = v.cs ?? [];
  for (let k = 0; k < Math.max(cs.length, v.node.length); k++) {
    if (cs[k] !== v.node[k]) return `line ${k + 1}: node ${JSON.stringify(v.node[k] ?? "<end>")} vs mono ${JSON.stringify(cs[k] ?? "<end>")}`;
  }
  return "";
}

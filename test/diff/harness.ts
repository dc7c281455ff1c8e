// Differential testing in the spirit of TypeScriptToLua's expectToMatchJsResult: the same TS snippet
// runs in Node and, compiled to C#, under mono; the Echo output must be identical.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compile, type CompiledFile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { mcs, mono } from "../../compiler/csharp/mono.ts";
import { buildStubs, readPrologue } from "../../compiler/csharp/stubs.ts";
import { composeScript } from "../../compiler/build.ts";
import type { MinifyLevel } from "../../compiler/minify.ts";

/** PBTS_DIFF_LEVEL=full (or another minify level): run the paste-ready script at that level instead of the MDK2 files. */
const LEVEL = process.env.PBTS_DIFF_LEVEL as MinifyLevel | undefined;
import { createProgram } from "../../compiler/se/program.ts";
import { TimeSpan, UpdateType, type MyGridProgram } from "../../compiler/se/index.ts";

export interface DiffCase {
  name: string;
  /** Statements of Main(argument: string, updateSource: UpdateType). */
  main: string;
  /** Declarations before Program (classes, enums, functions). */
  top?: string;
  /** Members of Program besides Main. */
  members?: string;
}

export interface CaseRun {
  name: string;
  source: string;
  node: string[];
  cs?: string[];
  compileError?: string;
}

const ROOT = resolve(import.meta.dirname, "../..");
export const DIFF_DIR = join(ROOT, ".tmp", "diff");

/** The library of a suite's compiled cases (for the whitelist check). */
export function suiteLibrary(suite: string): string {
  return join(DIFF_DIR, suite, "cases.dll");
}

const IMPORTS = `import { MyGridProgram, UpdateType, UpdateFrequency, StringBuilder, TimeSpan, MyIni, MyIniParseResult, Out, toInt, toLong, toFloat, toDouble } from "pbts/se";
import type { int, long, float } from "pbts/se";`;

export function caseSource(c: DiffCase): string {
  return `${IMPORTS}
${c.top ?? ""}
export class Program extends MyGridProgram {
${c.members ?? ""}
  Main(argument: string, updateSource: UpdateType): void {
${c.main}
  }
}
`;
}

/** Escapes code units, so non-ASCII text (and lone surrogates) compare exactly whatever the console encoding. */
function escapeLine(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n")
    .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** Run one case in Node: Echo lines, then `!exception` if Main threw. */
export async function runNode(file: string): Promise<string[]> {
  const out: string[] = [];
  try {
    const mod = await import(pathToFileURL(file).href);
    const runtime = { UpdateFrequency: 0, TimeSinceLastRun: TimeSpan.Zero, LastRunTimeMs: 0, MaxInstructionCount: 50000, CurrentInstructionCount: 0, MaxCallChainDepth: 1000, CurrentCallChainDepth: 0 };
    const p: MyGridProgram & { Main(a: string, u: UpdateType): void } = createProgram(mod.Program, {
      Echo: (s: string) => out.push(`>${escapeLine(s)}`),
      Storage: "",
      Runtime: runtime as any,
      Me: null as any,
      IGC: null as any,
      GridTerminalSystem: null as any,
    }) as any;
    p.Main("", UpdateType.Terminal);
  } catch {
    out.push("!exception");
  }
  return out;
}

export const HOST = String.raw`
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Serialization;
using Sandbox.ModAPI.Ingame;

class DiffRuntime : IMyGridProgramRuntimeInfo
{
    public TimeSpan TimeSinceLastRun { get { return TimeSpan.Zero; } }
    public double LastRunTimeMs { get { return 0; } }
    public int MaxInstructionCount { get { return 50000; } }
    public int CurrentInstructionCount { get { return 0; } }
    public int MaxCallChainDepth { get { return 1000; } }
    public int CurrentCallChainDepth { get { return 0; } }
    public long LifetimeTicks { get { return 0; } }
    public UpdateFrequency UpdateFrequency { get; set; }
}

static class DiffHost
{
    static string Escape(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char c in (s ?? "").Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n"))
        {
            if (c > 0x7f) sb.Append("\\u").Append(((int)c).ToString("X4"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static void Run(string name, Type type)
    {
        Console.WriteLine("@@CASE " + name);
        try
        {
            var program = (MyGridProgram)FormatterServices.GetUninitializedObject(type);
            var host = (Sandbox.ModAPI.IMyGridProgram)program;
            host.Runtime = new DiffRuntime();
            host.Storage = "";
            host.Echo = text => Console.WriteLine(">" + Escape(text));
            type.GetConstructor(Type.EmptyTypes).Invoke(program, null);
            host.Main("", UpdateType.Terminal);
        }
        catch (Exception)
        {
            Console.WriteLine("!exception");
        }
    }

    static int Main()
    {
__RUNS__
        return 0;
    }
}
`;

/** The MDK2 files, or with PBTS_DIFF_LEVEL (or `level`) the paste-ready script at that level in a namespace of its own. */
export function levelFiles(files: CompiledFile[], namespace: string, level: MinifyLevel | undefined = LEVEL): { name: string; code: string }[] {
  if (!level) return files;
  return [{ name: "Script.cs", code: `${readPrologue()}\nnamespace ${namespace} {\npublic sealed class Program : MyGridProgram {\n${composeScript(files, [], level)}\n}\n}\n` }];
}

/** Compile and run a suite of cases on both sides (the C# at `level`: PBTS_DIFF_LEVEL's unless given). */
export async function runSuite(suite: string, cases: DiffCase[], withCs: boolean, level: MinifyLevel | undefined = LEVEL): Promise<CaseRun[]> {
  const dir = join(DIFF_DIR, suite);
  mkdirSync(join(dir, "cs"), { recursive: true });
  const runs: CaseRun[] = [];
  const csFiles: string[] = [];
  const hostRuns: string[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const source = caseSource(c);
    const file = join(dir, `case${i}.ts`);
    writeFileSync(file, source);
    const run: CaseRun = { name: c.name, source, node: await runNode(file) };
    runs.push(run);
    const res = compile({ files: [file], namespace: `Case${i}`, cwd: ROOT });
    if (!res.ok) {
      run.compileError = res.diagnostics.map(formatDiagnostic).join("\n");
      continue;
    }
    const files = levelFiles(res.files, `Case${i}`, level);
    for (const f of files) {
      const p = join(dir, "cs", `case${i}_${f.name}`);
      writeFileSync(p, f.code);
      csFiles.push(p);
    }
    hostRuns.push(`        Run(${JSON.stringify(c.name)}, typeof(Case${i}.Program));`);
  }
  // Every case rejected by pbts: nothing for mcs to build (it would say only "No files to compile").
  if (!withCs || !csFiles.length) return runs;
  const hostFile = join(dir, "cs", "DiffHost.cs");
  writeFileSync(hostFile, HOST.replace("__RUNS__", () => hostRuns.join("\n")));
  const stubs = buildStubs();
  const exe = join(dir, "diff.exe");
  // The cases form their own library so the whitelist check scans only emitted code.
  const lib = join(dir, "cases.dll");
  const builtLib = mcs(csFiles, lib, { target: "library", refs: [stubs] });
  const built = builtLib.ok ? mcs([hostFile], exe, { target: "exe", refs: [stubs, lib] }) : builtLib;
  if (!built.ok) {
    // Find which cases mcs rejects, one by one.
    for (let i = 0; i < runs.length; i++) {
      if (runs[i].compileError) continue;
      const mine = csFiles.filter((f) => f.includes(`/case${i}_`));
      const r = mcs(mine, join(dir, `case${i}.dll`), { target: "library", refs: [stubs] });
      if (!r.ok) runs[i].compileError = `mcs: ${r.output}`;
    }
    if (runs.every((r) => !r.compileError)) throw new Error(`mcs failed on the batch:\n${built.output}`);
    const okIdx = runs.map((r, i) => (r.compileError ? -1 : i)).filter((i) => i >= 0);
    if (!okIdx.length) return runs;
    return rerunSubset(suite, cases, runs, okIdx, csFiles, stubs);
  }
  return collect(runs, exe);
}

function rerunSubset(suite: string, cases: DiffCase[], runs: CaseRun[], okIdx: number[], csFiles: string[], stubs: string): CaseRun[] {
  const dir = join(DIFF_DIR, suite);
  const hostFile = join(dir, "cs", "DiffHost.cs");
  writeFileSync(hostFile, HOST.replace("__RUNS__", () => okIdx.map((i) => `        Run(${JSON.stringify(cases[i].name)}, typeof(Case${i}.Program));`).join("\n")));
  const files = csFiles.filter((f) => okIdx.some((i) => f.includes(`/case${i}_`)));
  const exe = join(dir, "diff-ok.exe");
  const lib = join(dir, "cases.dll");
  const builtLib = mcs(files, lib, { target: "library", refs: [stubs] });
  const built = builtLib.ok ? mcs([hostFile], exe, { target: "exe", refs: [stubs, lib] }) : builtLib;
  if (!built.ok) throw new Error(`mcs failed on the remaining batch:\n${built.output}`);
  return collect(runs, exe);
}

function collect(runs: CaseRun[], exe: string): CaseRun[] {
  // A culture with ',' decimals proves the emitted code is culture-independent.
  const r = mono(exe, [], { env: { LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8", MONO_PATH: `${dirname(buildStubs())}:${dirname(exe)}` } });
  if (r.status !== 0) throw new Error(`mono failed (${r.status}): ${r.stderr}`);
  const byName = new Map<string, string[]>();
  let cur: string[] | null = null;
  for (const line of r.stdout.split("\n")) {
    if (line.startsWith("@@CASE ")) {
      cur = [];
      byName.set(line.slice(7), cur);
    } else if (cur && line !== "") cur.push(line);
  }
  for (const run of runs) if (!run.compileError) run.cs = byName.get(run.name) ?? ["<no output>"];
  return runs;
}

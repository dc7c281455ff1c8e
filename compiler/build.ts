// `pbts build`: the TS mixins and scripts → what Space Engineers scripters use:
//   dist/mdk2/Mixins/<Name>/      MDK2 shared projects (shproj + projitems + C# files)
//   dist/mdk2/<Script>/           an MDK2 script project importing the mixins
//   dist/scripts/<Script>/        paste-ready script.cs (and one per minify level)
// What to build comes from the "pbts" field of package.json (see README, "Build").
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { ts, type Project } from "ts-morph";
import { compile as compileFresh, forgetUserFiles, newProject, runtimeFile, type CompiledFile, type CompileOptions, type CompileResult } from "./compile.ts";
import { Diagnostics, formatDiagnostic, makeDiagnostic, TYPE_ERRORS_FIRST } from "./diagnostics.ts";
import { alsoDeclaredIn, isPbtsMixin, topLevelDeclarations } from "./emit/top-level-names.ts";
import { helperNames } from "./runtime/helpers.ts";
import { MINIFY_LEVELS, minifyAll, minifyLines, type MinifyLevel } from "./minify.ts";
import type { PrintedScript, SrcLine } from "./print/index.ts";
import { RUNTIME_POS } from "./print/where.ts";
import { render } from "./templates.ts";
import { UsageError } from "./usage-error.ts";

/** Said once under a list of errors that holds TypeScript errors (PBTS0001). */
export { TYPE_ERRORS_FIRST } from "./diagnostics.ts";

export const SCRIPT_LIMIT = 100_000;
export const RUNTIME_MIXIN = "PbtsRuntime";

export interface BuildConfig {
  /** Mixin name → its TS files. */
  mixins: Record<string, string[]>;
  /** Script name → entry file (declares class Program), optional Instructions.readme and minify level. */
  scripts: Record<string, { entry: string; readme?: string; minify?: MinifyLevel }>;
  out?: string;
}

export interface BuildOutput {
  path: string;
  kind: "mixin" | "project" | "script";
  size: number;
  ms: number;
}

export interface BuildResult {
  ok: boolean;
  outputs: BuildOutput[];
  errors: string[];
  /** What the build did that a user may not expect (a script project carrying a mixin's files: C69). */
  notes: string[];
}

/** A GUID that stays the same from build to build (derived from the mixin's name). */
export function stableGuid(name: string): string {
  const h = createHash("sha1").update(`pbts-mixin:${name}`).digest("hex");
  const v = `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
  return v.toUpperCase();
}

const FIELD_EXAMPLE = `"pbts": { "mixins": {}, "scripts": { "MyScript": { "entry": "src/Program.ts" } } }`;

/** package.json's "pbts" field, checked: every problem is a UsageError saying what to do. */
export function readConfig(root: string): BuildConfig {
  const file = join(root, "package.json");
  if (!existsSync(file)) throw new UsageError(`no package.json in ${root}. Run it in your project's folder, or start a project with "pbts new <dir>".`);
  let pkg: { pbts?: unknown };
  try {
    pkg = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`package.json is not valid JSON (${(e as Error).message}). Fix it.`);
  }
  if (pkg.pbts === undefined) throw new UsageError(`package.json has no "pbts" field, so there is nothing to build. Add one, e.g. ${FIELD_EXAMPLE} (see README, "Build").`);
  const c = pkg.pbts as Partial<BuildConfig>;
  const where = `package.json "pbts"`;
  if (typeof c !== "object" || c === null || Array.isArray(c)) throw new UsageError(`${where} must be an object, e.g. ${FIELD_EXAMPLE}.`);
  const mixins = c.mixins ?? {};
  const scripts = c.scripts ?? {};
  if (typeof mixins !== "object" || Array.isArray(mixins)) throw new UsageError(`${where}.mixins must map mixin names to lists of files, e.g. { "Console": ["src/console.ts"] }.`);
  if (typeof scripts !== "object" || Array.isArray(scripts)) throw new UsageError(`${where}.scripts must map script names to { "entry": "src/Program.ts" }.`);
  if (!Object.keys(mixins).length && !Object.keys(scripts).length) throw new UsageError(`${where} lists no mixins and no scripts. Add a script, e.g. ${FIELD_EXAMPLE}.`);
  const mustExist = (f: unknown, at: string): void => {
    if (typeof f !== "string") throw new UsageError(`${at} must be a file path (a string).`);
    if (!existsSync(resolve(root, f))) throw new UsageError(`${at}: file "${f}" not found. Fix the path (relative to package.json).`);
  };
  for (const [name, files] of Object.entries(mixins)) {
    if (!Array.isArray(files)) throw new UsageError(`${where}.mixins.${name} must be a list of files, e.g. ["src/${name.toLowerCase()}.ts"].`);
    files.forEach((f, i) => mustExist(f, `${where}.mixins.${name}[${i}]`));
  }
  for (const [name, script] of Object.entries(scripts)) {
    if (typeof script !== "object" || script === null) throw new UsageError(`${where}.scripts.${name} must be { "entry": "src/Program.ts" }.`);
    mustExist(script.entry, `${where}.scripts.${name}.entry`);
    if (script.readme !== undefined) mustExist(script.readme, `${where}.scripts.${name}.readme`);
    if (script.minify !== undefined && !MINIFY_LEVELS.includes(script.minify)) throw new UsageError(`${where}.scripts.${name}.minify is "${script.minify}": use one of ${MINIFY_LEVELS.join(", ")}.`);
  }
  return { ...c, mixins, scripts } as BuildConfig;
}

/** The config with only the named scripts (all when none is named). */
export function selectScripts(config: BuildConfig, names: string[]): BuildConfig {
  if (!names.length) return config;
  const known = Object.keys(config.scripts);
  for (const n of names) if (!known.includes(n)) throw new UsageError(`no script named "${n}" in package.json "pbts".scripts. ${known.length ? `Scripts: ${known.join(", ")}.` : "It lists none."}`);
  return { ...config, scripts: Object.fromEntries(Object.entries(config.scripts).filter(([n]) => names.includes(n))) };
}

/**
 * Writes a build's files: a file whose bytes are already those is not written again (its time stays:
 * an IDE or MDK2 does not reload it, and a --watch rebuild writes only what changed), and what the
 * build did not write under the given folders is removed (as if they had been emptied first).
 */
class OutputFiles {
  private readonly written = new Set<string>();

  write(path: string, text: string): number {
    this.written.add(path);
    if (readIfExists(path) !== text) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    return text.length;
  }

  /** Removes what was not written under `dir` (files, then the folders left empty). */
  sweep(dir: string): void {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        this.sweep(p);
        if (!readdirSync(p).length) rmSync(p, { recursive: true, force: true });
      } else if (!this.written.has(p)) rmSync(p, { force: true });
    }
  }
}

/** The paste-ready text: readme comments, then Program's body first and the other files' bodies. */
export function composeScript(files: CompiledFile[], readme: string[], level: MinifyLevel): string {
  return composeMapped(files, readme, level).text;
}

/** A paste-ready script and its map: for each line, the TS `file:line` it came from (see `pbts where`). */
export interface ScriptMap {
  level: MinifyLevel;
  lines: (string | null)[];
  /** `full`: each new name of a type or member and the name it replaced (the same everywhere; members of types C#
   *  tells apart may share one: `a / b`). */
  names?: Record<string, string>;
  /** `full`: for each line, the renamed names on it (locals are renamed member by member). */
  lineNames?: (Record<string, string> | null)[];
}

export function composeMapped(files: CompiledFile[], readme: string[], level: MinifyLevel, root = process.cwd()): Composed {
  const { lines, apiMembers } = scriptLines(files, root);
  return finish(minifyLines(lines, level, apiMembers), readme, level);
}

export type Composed = { text: string; map: ScriptMap };

/** composeMapped at every level, the lines made and trimmed once (minify.ts minifyAll): what `pbts build` writes. */
export function composeAll(files: CompiledFile[], readme: string[], root = process.cwd()): Map<MinifyLevel, Composed> {
  const { lines, apiMembers } = scriptLines(files, root);
  return new Map([...minifyAll(lines, apiMembers)].map(([level, printed]) => [level, finish(printed, readme, level)]));
}

/** The script's lines, Program's body first, each with its TS position; and the API members it reads. */
function scriptLines(files: CompiledFile[], root: string): { lines: SrcLine[]; apiMembers?: Set<string> } {
  const ordered = [...files.filter((f) => f.isProgram), ...files.filter((f) => !f.isProgram)];
  const lines: SrcLine[] = [];
  for (const f of ordered) {
    if (lines.length) lines.push({ text: "" });
    const src = f.source ? relative(root, f.source) || f.source : null;
    f.body.split("\n").forEach((text, i) => {
      const ln = f.bodyLines?.[i] ?? 0;
      lines.push(src && ln ? { text, pos: `${src}:${ln}` } : src ? { text } : { text, pos: RUNTIME_POS });
    });
  }
  // (`full` renames a script member named like an API member the script never reads: compile.ts apiMembers)
  const apiMembers = files.some((f) => f.apiMembers) ? new Set(files.flatMap((f) => f.apiMembers ?? [])) : undefined;
  return { lines, ...(apiMembers ? { apiMembers } : {}) };
}

/** A level's printed body in the script template, with its map. */
function finish(printed: PrintedScript, readme: string[], level: MinifyLevel): Composed {
  const text = render("script.cs.hbs", { readme, body: printed.text });
  // the readme's comment lines come first
  const before = text.slice(0, text.indexOf(printed.text)).split("\n").length - 1;
  const all = [...Array<null>(before).fill(null), ...printed.map];
  while (all.length < text.split("\n").length) all.push(null);
  const lineNames = printed.renamed ? [...Array<null>(before).fill(null), ...printed.renamed] : undefined;
  while (lineNames && lineNames.length < all.length) lineNames.push(null);
  return { text, map: { level, lines: all, ...(printed.names ? { names: printed.names } : {}), ...(lineNames ? { lineNames } : {}) } };
}

/**
 * What `pbts build --watch` keeps between builds: each compile's result with the text of every file
 * it read and the listing of their folders. A compile is a function of those (pbts/se does not change
 * while pbts runs), so when they are all the same the result is reused: a change to one mixin
 * compiles again only what reads it. The texts are the ones compiled, and the listings are taken
 * before the compile, so a file saved or created during a compile is compiled next time. (A folder the
 * watch has not seen before, known only once the compile resolved its imports, is listed after it.)
 * Only successful results are kept (a failed one may depend on a file that did not exist yet).
 */
export class CompileCache {
  private readonly entries = new Map<string, { texts: Map<string, string>; dirs: Map<string, string>; result: CompileResult }>();
  /** Every folder a compile read from: listed before each compile. */
  private readonly knownDirs = new Set<string>();
  /**
   * Compiles keep a ts-morph Project of their own between builds: a compile that runs again (a file
   * it reads changed) does not parse, bind and wrap its unchanged files again (compile.ts
   * keepUnchanged). A Project parses the lib and pbts/se (~0.15 s CPU and some MB each): the first
   * MAX_KEPT compiles get one; past that, a compile that runs again takes the Project of the one that
   * ran again least recently, and the others share one Project (as `pbts build` does).
   */
  private readonly projects = new Map<string, Project>();
  private readonly compiled = new Set<string>();
  /** The listings of the folders of each compile's files, taken before its last run (failed runs too). */
  private readonly lastDirs = new Map<string, Map<string, string>>();
  static readonly MAX_KEPT = 4;

  /** keep: false keeps no Project (every compile runs in the shared one; the watch bench compares both). */
  constructor(private readonly options: { keep?: boolean } = {}) {}

  compile(opts: CompileOptions): CompileResult {
    const key = JSON.stringify([opts.files, opts.cwd, opts.namespace, opts.header, opts.skipEmit]);
    const hit = this.entries.get(key);
    const last = this.lastDirs.get(key);
    const listed = !!last && [...last].every(([d, l]) => listing(d) === l);
    if (hit && listed && [...hit.texts].every(([f, t]) => readIfExists(f) === t)) return hit.result;
    for (const f of opts.files ?? []) this.knownDirs.add(dirname(resolve(opts.cwd ?? process.cwd(), f)));
    const before = new Map([...this.knownDirs].map((d) => [d, listing(d)]));
    const kept = this.keptProject(key, listed);
    let result: CompileResult;
    try {
      result = compileFresh(opts, kept);
    } catch (e) {
      if (!kept) throw e;
      // TypeScript's checker can throw on a kept Project after a fallback compile (watch-kept.test.ts,
      // the toggles [4, 4, 0]: reading `declarations` of a missing symbol); the Project is dropped and the
      // compile runs as a cold build does, in the shared Project (its result is a cold build's)
      forgetUserFiles(kept);
      this.projects.delete(key);
      result = compileFresh(opts);
    }
    const dirs = new Map([...new Set(result.inputs.map((f) => dirname(f.path)))].map((d) => [d, before.get(d) ?? listing(d)]));
    for (const d of dirs.keys()) this.knownDirs.add(d);
    this.lastDirs.set(key, dirs);
    if (!result.ok) this.entries.delete(key);
    else this.entries.set(key, { texts: new Map(result.inputs.map((f) => [f.path, f.text])), dirs, result });
    return result;
  }

  /** The Project kept for a compile (none: the shared one); `listed`: no folder of its files changed its listing. */
  private keptProject(key: string, listed: boolean): Project | undefined {
    if (this.options.keep === false) return undefined;
    const again = this.compiled.has(key);
    this.compiled.add(key);
    let project = this.projects.get(key);
    if (project) {
      this.projects.delete(key); // (the Map's order: the least recently run first)
      if (!listed) forgetUserFiles(project); // an import may now resolve to another file
    } else if (this.projects.size < CompileCache.MAX_KEPT || again) {
      for (const old of this.projects.keys()) if (this.projects.size >= CompileCache.MAX_KEPT) this.projects.delete(old);
      project = newProject();
    } else return undefined;
    this.projects.set(key, project);
    return project;
  }

  /** Each script's texts at every level and what they were made of (composeAll is a function of these). */
  private readonly composed = new Map<string, { result: CompileResult; around: string; key: string; texts: Map<MinifyLevel, Composed> }>();

  /**
   * composeAll of a script, made again only when what it is made of changed: its result was reused,
   * or compiled again to the same C# (a comment edited; minifying every level of a script again costs
   * about what its compile does).
   */
  composeAll(script: string, result: CompileResult, readme: string[], root: string): Map<MinifyLevel, Composed> {
    const last = this.composed.get(script);
    const around = JSON.stringify([readme, root]);
    if (last?.result === result && last.around === around) return last.texts;
    // (what composeAll reads of each file)
    const key = JSON.stringify(result.files.map((f) => [f.source, f.body, f.bodyLines, f.isProgram, f.apiMembers]));
    const texts = last?.key === key && last.around === around ? last.texts : composeAll(result.files, readme, root);
    this.composed.set(script, { result, around, key, texts });
    return texts;
  }
}

function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** A folder's file names: a file added next to an import can change what it resolves to. */
function listing(dir: string): string {
  try {
    return readdirSync(dir).sort().join("\n");
  } catch {
    return "";
  }
}

export function build(root: string, config: BuildConfig = readConfig(root), cache?: CompileCache): BuildResult {
  const compile = (opts: CompileOptions): CompileResult => (cache ? cache.compile(opts) : compileFresh(opts));
  const out = resolve(root, config.out ?? "dist");
  const outputs: BuildOutput[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  // (a file two compiles read, e.g. a mixin another mixin imports, has its errors said once)
  const report = (r: CompileResult): void => {
    for (const e of r.diagnostics.map(formatDiagnostic)) if (!errors.includes(e)) errors.push(e);
  };
  const files = new OutputFiles();
  const write = (path: string, text: string): number => files.write(path, text);
  const mixinOfFile = new Map<string, string>();
  for (const [name, list] of Object.entries(config.mixins)) for (const f of list) mixinOfFile.set(resolve(root, f), name);
  // each mixin file's C# body as its mixin's shared project has it
  const mixinBody = new Map<string, string>();
  // each mixin's compile's files (its shared project may need the mixins they belong to: C73)
  const mixinReads = new Map<string, string[]>();

  // Mixins: each compiled on its own (with the mixins it imports), written as an MDK2 shared project.
  for (const [name, list] of Object.entries(config.mixins)) {
    const t0 = performance.now();
    const abs = list.map((f) => resolve(root, f));
    // the mixins it imports are checked with it, and emitted by their own compile
    const skipEmit = [...mixinOfFile].filter(([, m]) => m !== name).map(([f]) => f);
    const r = compile({ files: abs, cwd: root, header: `pbts mixin ${name}: generated from ${list.join(", ")}`, ...(skipEmit.length ? { skipEmit } : {}) });
    if (!r.ok) {
      report(r);
      continue;
    }
    // its files, and the files it imports that no mixin lists (the first mixin importing one writes it;
    // a later one, and a script, read it from there as from a listed file)
    const own = r.files.filter((f) => f.source && (abs.includes(f.source) || !mixinOfFile.has(f.source)));
    for (const f of own) if (!mixinOfFile.has(f.source!)) mixinOfFile.set(f.source!, name);
    const dir = join(out, "mdk2", "Mixins", name);
    let size = 0;
    for (const f of own) {
      size += write(join(dir, f.name), f.code);
      mixinBody.set(f.source!, f.body);
    }
    mixinReads.set(name, r.inputs.map((f) => f.path));
    if (r.files.some((f) => !f.source)) mixinReads.get(name)!.push(RUNTIME_MIXIN); // it uses runtime helpers
    writeMixinProject(files, dir, name, own.map((f) => f.name));
    outputs.push({ path: relative(root, dir), kind: "mixin", size, ms: performance.now() - t0 });
  }
  // The runtime helpers, as a mixin of their own (MDK2's trim drops what a script does not use).
  {
    const t0 = performance.now();
    const rt = runtimeFile(helperNames());
    const dir = join(out, "mdk2", "Mixins", RUNTIME_MIXIN);
    const size = write(join(dir, rt.name), rt.code);
    writeMixinProject(files, dir, RUNTIME_MIXIN, [rt.name]);
    outputs.push({ path: relative(root, dir), kind: "mixin", size, ms: performance.now() - t0 });
  }

  for (const [name, script] of Object.entries(config.scripts)) {
    const t0 = performance.now();
    const entry = resolve(root, script.entry);
    const r = compile({ files: [entry], cwd: root });
    if (!r.ok) {
      report(r);
      continue;
    }
    const readme = script.readme && existsSync(resolve(root, script.readme)) ? readFileSync(resolve(root, script.readme), "utf8").replace(/\s+$/, "").split("\n") : [];
    // MDK2 script project: the script's own files; mixins and the runtime come in as shared projects.
    const projDir = join(out, "mdk2", name);
    // the mixins it reads, and those their shared projects need: a file of a mixin the script does not
    // read may import another mixin (C73)
    const reads = new Set(r.files.map((f) => (f.source ? mixinOfFile.get(f.source) : RUNTIME_MIXIN)).filter((m): m is string => !!m));
    for (const m of reads) for (const f of mixinReads.get(m) ?? []) reads.add(f === RUNTIME_MIXIN ? f : (mixinOfFile.get(f) ?? m));
    const carried = carriedMixins(r, entry, root, reads, mixinOfFile, mixinBody, compile);
    // a mixin whose shared project reads a carried one is carried too: the carried files are only
    // those the script's compile emits, and the shared project may need another (C74)
    for (let grew = true; grew; ) {
      grew = false;
      for (const m of reads)
        if (!carried.has(m) && (mixinReads.get(m) ?? []).some((f) => carried.has(mixinOfFile.get(f) ?? ""))) grew = !!carried.add(m);
    }
    const own = r.files.filter((f) => f.source && !mixinOfFile.has(f.source));
    const used = [...reads].filter((m) => !carried.has(m));
    const clashes = sharedProjectClashes(r, used, mixinOfFile, root);
    if (clashes.length) {
      for (const e of clashes) if (!errors.includes(e)) errors.push(e);
      continue;
    }
    let psize = 0;
    for (const f of own) psize += write(join(projDir, f.isProgram ? "Program.cs" : f.name), f.code);
    for (const m of [...carried].sort()) {
      const list = r.files.filter((f) => f.source && mixinOfFile.get(f.source) === m);
      const header = `pbts mixin ${m}, as script ${name}'s compile emits it (differently from ${relative(root, join(out, "mdk2", "Mixins", m))}, whose compile does not see this script)`;
      for (const f of list) psize += write(join(projDir, m, f.name), render("csharp-file.cs.hbs", { namespace: "IngameScript", isProgram: false, body: f.body, header }));
      const changed = list.filter((f) => mixinBody.get(f.source!) !== f.body).map((f) => relative(root, f.source!));
      const why = changed.length
        ? `this script's compile emits ${changed.join(", ")} differently from the mixin's own compile (a file's C# depends on the files of its compile: README, Build)`
        : "its shared project reads a mixin this project carries";
      if (list.length) notes.push(`${relative(root, projDir)}: carries mixin ${m}'s files in ${m}/ instead of importing Mixins/${m}: ${why}.`);
    }
    write(join(projDir, `${name}.csproj`), render("mdk2/script.csproj.hbs", { mixins: used }));
    write(join(projDir, "mdk.ini"), render("mdk2/mdk.ini.hbs", { minify: script.minify ?? "none" }));
    write(join(projDir, "mdk.local.ini"), render("mdk2/mdk.local.ini.hbs", {}));
    write(join(projDir, "Instructions.readme"), readme.join("\n") + (readme.length ? "\n" : ""));
    outputs.push({ path: relative(root, projDir), kind: "project", size: psize, ms: performance.now() - t0 });
    // Paste-ready scripts, one per minify level (script.cs is the configured level).
    const t1 = performance.now();
    const levels = cache ? cache.composeAll(name, r, readme, root) : composeAll(r.files, readme, root);
    const perLevel = (performance.now() - t1) / MINIFY_LEVELS.length;
    for (const level of MINIFY_LEVELS) {
      const t2 = performance.now();
      const { text, map } = levels.get(level)!;
      const file = join(out, "scripts", name, level === (script.minify ?? "none") ? "script.cs" : `script.${level}.cs`);
      write(file, text);
      write(`${file}.map`, JSON.stringify(map)); // for `pbts where`
      outputs.push({ path: relative(root, file), kind: "script", size: text.length, ms: perLevel + performance.now() - t2 });
      if (text.length > SCRIPT_LIMIT) errors.push(`${relative(root, file)}: ${text.length} characters, over the game's limit of ${SCRIPT_LIMIT}. Use a stronger minify level or split the script.`);
    }
  }
  files.sweep(join(out, "mdk2"));
  files.sweep(join(out, "scripts"));
  return { ok: errors.length === 0, outputs, errors, notes };
}

/**
 * The mixins a script's MDK2 project carries instead of importing their shared projects. A mixin
 * file's C# depends on the files of its compile (a script class overriding a mixin class's method
 * makes it virtual, a script writing a mixin's field keeps it from being readonly...: C69), and a
 * shared project is its mixin's own compile's, which does not see the script. When the script's
 * compile emits every mixin file it reads as the shared projects have it, the project is that
 * compile's C#. Otherwise, when a compile of the script together with every file of the mixins it
 * uses emits those files as the shared projects have them and the script's files as the script's
 * compile does, the script adds nothing to the mixins (they differ only by mixin files the script
 * does not read: the Console mixin's overriding consoles make its methods virtual) and the project
 * is that compile's C#. Else the project carries the mixins whose files differ, as the script's
 * compile emits them: it is then that compile's C#. (When the script's compile already reads every
 * file of those mixins, the compile of them together is the script's own: no second compile.)
 */
function carriedMixins(
  r: CompileResult,
  entry: string,
  root: string,
  used: Set<string>,
  mixinOfFile: Map<string, string>,
  mixinBody: Map<string, string>,
  compile: (opts: CompileOptions) => CompileResult,
): Set<string> {
  const differs = new Set<string>();
  for (const f of r.files) {
    const m = f.source ? mixinOfFile.get(f.source) : undefined;
    if (m && mixinBody.get(f.source!) !== f.body) differs.add(m);
  }
  if (!differs.size) return differs;
  const all = [...mixinOfFile].filter(([, m]) => used.has(m)).map(([f]) => f);
  // the script's compile reads every file of the mixins it uses: a compile of them together has the
  // same files, so it is the script's compile, which emits those mixins differently (no second compile)
  const read = new Set(r.inputs.map((f) => f.path));
  if (all.every((f) => read.has(f))) return differs;
  const together = compile({ files: [entry, ...all], cwd: root });
  const scriptBody = new Map(r.files.map((f) => [f.source, f.body]));
  const same =
    together.ok &&
    together.files.every((f) => {
      if (!f.source) return true; // the runtime helpers: a mixin of their own, every helper in it
      const m = mixinOfFile.get(f.source);
      // (a mixin outside those the project would import is no shared project of it)
      return m ? used.has(m) && mixinBody.get(f.source) === f.body : scriptBody.get(f.source) === f.body;
    });
  return same ? new Set() : differs;
}

/**
 * PBTS1043 for a top-level name of the script's own files that a file of a shared project the script's
 * MDK2 project imports declares too, when the script's compile did not read that file (a mixin's other
 * files: the Failover mixin's failover-role.ts beside failover.ts). The shared project brings the whole
 * mixin into the project's one class Program (C117; the script's compile saw only the files it read).
 */
function sharedProjectClashes(r: CompileResult, used: string[], mixinOfFile: Map<string, string>, root: string): string[] {
  const read = new Set(r.inputs.map((f) => f.path));
  const unread = new Map<string, string>(); // a top-level name of an unread shared-project file -> that file
  for (const [file, m] of mixinOfFile) {
    if (!used.includes(m) || read.has(file) || !existsSync(file)) continue;
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    for (const { name } of topLevelDeclarations(sf)) if (!unread.has(name)) unread.set(name, file);
  }
  const out: string[] = [];
  for (const f of r.inputs) {
    if (mixinOfFile.has(f.path) || isPbtsMixin(f.path) || !unread.size) continue;
    const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true);
    for (const { name, start } of topLevelDeclarations(sf)) {
      const other = unread.get(name);
      if (!other) continue;
      const { line, character } = sf.getLineAndCharacterOfPosition(start);
      const d = makeDiagnostic(Diagnostics.NameClash, relative(root, f.path) || f.path, line + 1, character + 1, [name, alsoDeclaredIn(name, relative(root, other))]);
      out.push(formatDiagnostic(d));
    }
  }
  return out;
}

function writeMixinProject(out: OutputFiles, dir: string, name: string, files: string[]): void {
  const guid = stableGuid(name);
  out.write(join(dir, `${name}.shproj`), render("mdk2/mixin.shproj.hbs", { guid: `{${guid}}`, name }));
  out.write(join(dir, `${name}.projitems`), render("mdk2/mixin.projitems.hbs", { guidBare: guid.toLowerCase(), files }));
}

export function summaryTable(res: BuildResult): string {
  const rows = ["| output | kind | size (chars) | of 100,000 | ms |", "|---|---|---|---|---|"];
  for (const o of res.outputs) {
    const pct = o.kind === "script" ? `${((o.size / SCRIPT_LIMIT) * 100).toFixed(1)}%` : "";
    rows.push(`| ${o.path} | ${o.kind} | ${o.size} | ${pct} | ${o.ms.toFixed(0)} |`);
  }
  return rows.join("\n");
}

export async function runBuild(opts: { watch?: boolean; root?: string; scripts?: string[] } = {}): Promise<number> {
  const root = resolve(opts.root ?? process.cwd());
  const cache = opts.watch ? new CompileCache() : undefined;
  // The configuration is read (and checked) on every build: a watched edit of package.json counts.
  const once = (): number => {
    const t0 = performance.now();
    let res: BuildResult;
    try {
      const config = selectScripts(readConfig(root), opts.scripts ?? []);
      console.log("pbts build: compiling mixins and scripts...");
      res = build(root, config, cache);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      console.error(`pbts build: ${e.message}`);
      return 1;
    }
    console.log(summaryTable(res));
    for (const n of res.notes) console.log(`note: ${n}`);
    for (const e of res.errors) console.error(e);
    if (res.errors.some((e) => / error PBTS0001: /.test(e))) console.error(TYPE_ERRORS_FIRST);
    console.log(res.ok ? `built in ${((performance.now() - t0) / 1000).toFixed(1)} s` : `build failed: ${res.errors.length} error(s)`);
    return res.ok ? 0 : 1;
  };
  const code = once();
  if (!opts.watch) return code;
  let config: BuildConfig;
  try {
    config = readConfig(root);
  } catch (e) {
    if (e instanceof UsageError) return 1; // already said by once()
    throw e;
  }
  const dirs = new Set([...Object.values(config.mixins).flat(), ...Object.values(config.scripts).map((s) => s.entry)].map((f) => dirname(resolve(root, f))));
  let timer: NodeJS.Timeout | null = null;
  for (const d of dirs)
    watch(d, (_e, file) => {
      if (!file || !String(file).endsWith(".ts")) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        console.log(`\n${basename(String(file))} changed`);
        try {
          once();
        } catch (e) {
          console.error(`pbts build: ${(e as Error).message} (unexpected: PBTS_DEBUG=1 shows more; still watching)`);
          if (process.env.PBTS_DEBUG) console.error((e as Error).stack);
        }
      }, 200);
    });
  console.log(`watching ${[...dirs].map((d) => relative(root, d) || ".").join(", ")} (Ctrl+C to stop)`);
  return new Promise<number>(() => {});
}

// Compile TS subset files to C# 6: type-check, emit each file, collect runtime helpers, render templates.
import { Node, Project, ts, type SourceFile } from "ts-morph";
import { basename, relative, resolve } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { Diagnostics, TS_HINTS, globalFix, makeDiagnostic, type Diagnostic } from "./diagnostics.ts";
import { EmitContext, SOURCE_MARK } from "./emit/context.ts";
import { keepChecked } from "./emit/tree/syntax.ts";
import { API_STRUCTS, MIXINS_DIR, SE_INDEX, checkProhibitedApi, isApiFile } from "./emit/api.ts";
import { emitSourceFile } from "./emit/declarations.ts";
import { apiMembersRead } from "./emit/api-members.ts";
import { peekType } from "./emit/expressions.ts";
import { beginCompile } from "./emit/per-compile.ts";
import { deletedKey } from "./emit/statements.ts";
import { helperSource } from "./runtime/helpers.ts";
import { render } from "./templates.ts";
import { dropSourceFile } from "./drop-file.ts";

export interface CompiledFile {
  /** The TS file it came from (null for the runtime helpers). */
  source: string | null;
  /** C# file name, e.g. `Program.cs`. */
  name: string;
  code: string;
  /** The members of `partial class Program` it declares (what a paste-ready script is made of). */
  body: string;
  /** True for the file declaring `class Program extends MyGridProgram`. */
  isProgram: boolean;
  /** For each line of `body`: the line in `source` it was emitted for (0: none known). */
  bodyLines?: number[];
  /** The compile's API member names the script reads (emit/api-members.ts): `full` keeps these names. */
  apiMembers?: string[];
}

export interface CompileResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  files: CompiledFile[];
  /** Every user file the compile read, with the text compiled (the given files and what they import,
   * pbts's mixins included; not pbts/se): what `pbts build --watch` compares to reuse a result
   * (build.ts, CompileCache). */
  inputs: { path: string; text: string }[];
}

export interface CompileOptions {
  /** TS files on disk. */
  files?: string[];
  /** In-memory sources: path → text (paths may be virtual; imports of pbts/se still resolve). */
  sources?: Record<string, string>;
  /** Namespace of the emitted C# (MDK2 uses IngameScript). */
  namespace?: string;
  /** Paths in diagnostics are shown relative to this folder. */
  cwd?: string;
  /** A comment line on top of each file. */
  header?: string;
  /**
   * Files checked but not emitted: `pbts build` compiles each mixin with the mixins it imports, whose C#
   * is their own compile's (temporaries are numbered per file, so a file's C# is the same either way).
   */
  skipEmit?: string[];
  /** Called as each phase ends (test/bench/compile-phases.mjs times them): "program", "typescript", "checks", "emit". */
  phase?: (name: string) => void;
}

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // ES2023's array members too: findLast, findLastIndex, toSorted, toReversed are supported, the others get PBTS1015 (not
  // TS2550's "change your target library", which the user cannot do: these options are pbts's)
  lib: ["lib.es2022.d.ts", "lib.es2023.array.d.ts"],
  types: [],
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  skipLibCheck: true,
  paths: { "pbts/se": [SE_INDEX], "pbts/mixins/*": [`${MIXINS_DIR}/*`] },
};

/** TS "Cannot find name 'x'. Do you need to change your target library / install @types/node?" */
const HOST_GLOBAL_CODES = new Set([2580, 2584, 2591]);
/** TS2304 "Cannot find name" of a browser/Node global: TS2304's hint (declare it or import it from
 * pbts/se) would be false for these, so they get the diagnostic that says what to do instead. */
const HOST_TIMERS = new Set(["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate", "queueMicrotask", "requestAnimationFrame"]);
const HOST_GLOBALS = new Set(["window", "document", "navigator", "location", "localStorage", "sessionStorage", "fetch", "alert", "XMLHttpRequest", "WebSocket", "performance", "global", "Buffer", "__dirname", "__filename", "module", "exports"]);

let sharedProject: Project | null = null;

/** One Project is reused: the lib and pbts/se are parsed once (compiling is then fast). */
function projectFor(): Project {
  return (sharedProject ??= newProject());
}

/** A Project with the lib and pbts/se parsed (and no user file). */
export function newProject(): Project {
  const project = new Project({ compilerOptions: COMPILER_OPTIONS, skipAddingFilesFromTsConfig: true });
  project.addSourceFileAtPath(SE_INDEX);
  project.resolveSourceFileDependencies();
  return project;
}

/** Drops the user files of a Project: its next compile reads every file again. */
export function forgetUserFiles(project: Project): void {
  for (const sf of userFiles(project)) dropSourceFile(project, sf);
}

/**
 * A Project kept for one compile between builds (`pbts build --watch`, build.ts CompileCache) holds
 * the files of that compile's last run: the ones whose text did not change stay parsed, bound and
 * wrapped, and only the changed ones are removed (and read again below). That keeps the files of a
 * cold compile only when no change adds or drops a file: every file is still there and each changed
 * one imports and references the same names (a folder whose listing changed is the caller's to
 * see: forgetUserFiles). Otherwise every user file is dropped, as the shared Project does each time.
 */
function keepUnchanged(project: Project, opts: CompileOptions): boolean {
  if (opts.sources) return false;
  const changed: SourceFile[] = [];
  for (const sf of userFiles(project)) {
    const text = readIfExists(sf.getFilePath());
    if (text === null) return false;
    if (text === sf.getFullText()) continue;
    if (references(sf.getFilePath(), sf.getFullText()) !== references(sf.getFilePath(), text)) return false;
    changed.push(sf);
  }
  for (const sf of changed) dropSourceFile(project, sf);
  return true;
}

/** Each path's last text references() scanned and its answer: a rebuild scans a changed file's new text, and the next one finds it as the old text. */
const scannedReferences = new Map<string, { text: string; refs: string }>();

/** What a file imports and references (TypeScript's pre-processing scan), positions left out. */
function references(path: string, text: string): string {
  const last = scannedReferences.get(path);
  if (last?.text === text) return last.refs;
  const refs = scanReferences(text);
  scannedReferences.set(path, { text, refs });
  return refs;
}

function scanReferences(text: string): string {
  const r = ts.preProcessFile(text, true, true);
  const names = (refs: ts.FileReference[]) => refs.map((f) => [f.fileName, f.resolutionMode ?? null]);
  return JSON.stringify([names(r.importedFiles), names(r.referencedFiles), names(r.typeReferenceDirectives), names(r.libReferenceDirectives), r.ambientExternalModules ?? [], r.isLibFile]);
}

function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function userFiles(project: Project): SourceFile[] {
  // pbts's own mixins are compiled with the script even when pbts sits in node_modules.
  return project
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile() && !isApiFile(sf) && (!sf.getFilePath().includes("/node_modules/") || sf.getFilePath().startsWith(`${MIXINS_DIR}/`)));
}

/** `kept`: a Project of this compile's own, kept between builds (see keepUnchanged); by default the shared one. */
export function compile(opts: CompileOptions, kept?: Project): CompileResult {
  const cwd = opts.cwd ?? process.cwd();
  const project = kept ?? projectFor();
  if (!kept || !keepUnchanged(project, opts)) forgetUserFiles(project);
  beginCompile(); // (a kept Project's unchanged files keep their nodes: no answer of the last compile about them may stay)
  const display = (sf: SourceFile) => relative(cwd, sf.getFilePath()) || sf.getFilePath();
  const ctx = new EmitContext(project, display);
  for (const f of opts.files ?? []) {
    const p = resolve(cwd, f);
    if (!existsSync(p)) {
      ctx.diagnostics.push(makeDiagnostic(Diagnostics.FileNotFound, f, 1, 1, [f]));
      continue;
    }
    project.addSourceFileAtPath(p);
  }
  for (const [p, text] of Object.entries(opts.sources ?? {})) project.createSourceFile(resolve(cwd, p), text, { overwrite: true });
  project.resolveSourceFileDependencies();
  const files = userFiles(project);
  opts.phase?.("program");
  const inputs = files.map((sf) => ({ path: sf.getFilePath() as string, text: sf.getFullText() }));

  // TypeScript's own errors stop the build, reported like ours. Only the user's files are checked
  // (plus the global diagnostics): checking every file of pbts/se too would cost as much again, and
  // their errors were never reported.
  const program = project.getProgram().compilerObject;
  rememberAnswers(program.getTypeChecker());
  const tsDiagnostics = ts.sortAndDeduplicateDiagnostics(files.flatMap((sf) => ts.getPreEmitDiagnostics(program, sf.compilerNode)));
  for (const raw of tsDiagnostics) {
    const d = { compilerObject: raw, getStart: () => raw.start, getCode: () => raw.code };
    const sf = raw.file ? project.getSourceFile(raw.file.fileName) : undefined;
    if (sf && !files.includes(sf)) continue;
    // A chained message ("A is not assignable to B" / "  property x is missing") on one line.
    const msg = ts
      .flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")
      .split("\n")
      .map((l) => l.trim())
      .join(" ");
    const pos = sf && d.getStart() !== undefined ? sf.getLineAndColumnAtPos(d.getStart()!) : { line: 1, column: 1 };
    // 'console', 'window', 'require', 'process'...: names of browsers and Node, which the game does not have.
    if (sf && d.getStart() !== undefined && HOST_GLOBAL_CODES.has(d.getCode())) {
      const name = sf.getDescendantAtPos(d.getStart()!)?.getText() ?? "";
      ctx.diagnostics.push(makeDiagnostic(Diagnostics.UnsupportedGlobal, display(sf), pos.line, pos.column, [name, globalFix(name)]));
      continue;
    }
    if (sf && d.getStart() !== undefined && d.getCode() === 2304) {
      const name = sf.getDescendantAtPos(d.getStart()!)?.getText() ?? "";
      if (HOST_TIMERS.has(name) || HOST_GLOBALS.has(name)) {
        const def = HOST_TIMERS.has(name) ? Diagnostics.Async : Diagnostics.UnsupportedGlobal;
        ctx.diagnostics.push(makeDiagnostic(def, display(sf), pos.line, pos.column, HOST_TIMERS.has(name) ? [`'${name}'`] : [name, globalFix(name)]));
        continue;
      }
    }
    // `v.ToString()` of a Vector3D, TimeSpan, MatrixD...: the name is right (the game has it), pbts does not offer it
    const notOffered = sf && d.getStart() !== undefined && d.getCode() === 2339 ? notOfferedToString(sf.getDescendantAtPos(d.getStart()!)) : undefined;
    // `sprite.Color = c` (a C# player's way): the field of an API struct, read-only in pbts (C183)
    const structField = sf && d.getStart() !== undefined && d.getCode() === 2540 ? structFieldHint(sf.getDescendantAtPos(d.getStart()!)) : undefined;
    ctx.diagnostics.push(makeDiagnostic(Diagnostics.TypeScriptError, sf ? display(sf) : "", pos.line, pos.column, [String(d.getCode()), msg, notOffered ?? structField ?? TS_HINTS[d.getCode()] ?? ""]));
  }
  opts.phase?.("typescript");
  if (ctx.diagnostics.length) return { ok: false, diagnostics: ctx.diagnostics, files: [], inputs };

  collectDeletedCollections(files, ctx);
  checkProhibitedApi(files, (node, key, ...args) => ctx.report(node, key, ...args));
  opts.phase?.("checks");
  const out: CompiledFile[] = [];
  const skip = new Set((opts.skipEmit ?? []).map((f) => project.getSourceFile(resolve(cwd, f))));
  const namespace = opts.namespace ?? "IngameScript";
  for (const sf of files) {
    if (skip.has(sf)) continue;
    ctx.beginFile(sf);
    let emitted;
    try {
      emitted = emitSourceFile(sf, ctx);
    } catch (err) {
      ctx.diagnostics.push(makeDiagnostic(Diagnostics.InternalError, display(sf), 1, 1, [String((err as Error)?.stack ?? err).split("\n").slice(0, 4).join(" | ")]));
      continue;
    }
    // (a deferred `checked` no checked body took out is needed: CHECKED in emit/tree/syntax.ts)
    const { body, lines } = takeMarks(keepChecked(emitted.members.toString()));
    if (!body.trim()) continue;
    const name = `${basename(sf.getFilePath()).replace(/\.ts$/, "")}.cs`;
    const code = render("csharp-file.cs.hbs", { namespace, isProgram: emitted.hasProgram, body, header: opts.header });
    out.push({ source: sf.getFilePath(), name, code, body, isProgram: emitted.hasProgram, bodyLines: lines });
  }
  if (ctx.helpers.size) out.push(runtimeFile(ctx.helpers, namespace));
  const apiMembers = apiMembersRead(files.map((sf) => sf.compilerNode), program.getTypeChecker());
  for (const f of out) f.apiMembers = apiMembers;
  opts.phase?.("emit");
  ctx.diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  const ok = ctx.diagnostics.length === 0;
  return { ok, diagnostics: ctx.diagnostics, files: ok ? out : [], inputs };
}

/**
 * The emitter asks the type or the symbol of the same node again and again (a target's type in
 * emitStepProperty, then in emitExpr; declOf per use): TypeScript computes an expression's type anew
 * on every call (flow analysis included). After the full check above the answers no longer change, so
 * each is kept for the program's life (about 70% of getTypeAtLocation and 55% of getSymbolAtLocation
 * calls of the Failover mixin are repeats). ts-morph's TypeChecker calls this checker object.
 */
function rememberAnswers(checker: ts.TypeChecker): void {
  const c = checker as ts.TypeChecker & { pbtsRemembers?: true };
  if (c.pbtsRemembers) return;
  c.pbtsRemembers = true;
  const types = new WeakMap<ts.Node, ts.Type>();
  const symbols = new WeakMap<ts.Node, ts.Symbol | undefined>();
  const typeAt = checker.getTypeAtLocation.bind(checker);
  const symbolAt = checker.getSymbolAtLocation.bind(checker);
  c.getTypeAtLocation = (node) => {
    if (!node) return typeAt(node);
    let t = types.get(node);
    if (!t) types.set(node, (t = typeAt(node)));
    return t;
  };
  c.getSymbolAtLocation = (node) => {
    if (!node) return symbolAt(node);
    if (symbols.has(node)) return symbols.get(node);
    const s = symbolAt(node);
    symbols.set(node, s);
    return s;
  };
}

/** The emitter's source marks out of the text: each remaining line gets the TS line of the mark before it. */
export function takeMarks(text: string): { body: string; lines: number[] } {
  const out: string[] = [];
  const lines: number[] = [];
  let cur = 0;
  for (const l of text.split("\n")) {
    const marks = [...l.matchAll(SOURCE_MARK)].map((m) => Number(m[1]));
    if (!marks.length) {
      out.push(l);
      lines.push(cur);
      continue;
    }
    const rest = l.replace(SOURCE_MARK, "");
    if (rest.trim()) {
      out.push(rest.replace(/\s+$/, ""));
      lines.push(marks[0]);
    }
    cur = marks[marks.length - 1];
  }
  return { body: out.join("\n"), lines };
}

/** The runtime helpers as a C# file (`static class Js` nested in Program). */
export function runtimeFile(helpers: Iterable<string>, namespace = "IngameScript"): CompiledFile {
  // (the text depends only on the set of helpers: a watch rebuild makes the same one again)
  const names = [...helpers];
  const key = `${namespace}\0${[...names].sort().join(",")}`;
  let made = runtimeTexts.get(key);
  if (!made) {
    const src = helperSource(names);
    // Tuples (Js.Tuple2...) appear in the script's public signatures: C# then wants Js public too (CS0050).
    const access = /\bclass Tuple\d/.test(src) ? "public " : "";
    const body = `${access}static class Js\n{\n${indent(src, 4)}\n}`;
    const code = render("csharp-file.cs.hbs", { namespace, isProgram: false, body, header: "pbts runtime: JavaScript semantics the script relies on" });
    runtimeTexts.set(key, (made = { code, body }));
  }
  return { source: null, name: "PbtsRuntime.cs", code: made.code, body: made.body, isProgram: false };
}
const runtimeTexts = new Map<string, { code: string; body: string }>();

function indent(text: string, n: number): string {
  return text
    .split("\n")
    .map((l) => (l ? " ".repeat(n) + l : l))
    .join("\n");
}

/** Maps/Sets the program deletes from: iterating them would differ (PBTS1021). */
function collectDeletedCollections(files: SourceFile[], ctx: EmitContext): void {
  for (const sf of files) {
    if (!callsDelete(sf.compilerNode)) continue; // most files: no wrapped walk
    ctx.sourceFile = sf;
    sf.forEachDescendant((n) => {
      if (!Node.isCallExpression(n)) return;
      const callee = n.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "delete") return;
      const t = peekType(callee.getExpression(), ctx);
      if (t && (t.k === "dict" || t.k === "set")) ctx.deletedCollections.add(deletedKey(t));
    });
  }
}

/** Does the file call a method named `delete` (raw TypeScript walk, no ts-morph wrappers)? */
function callsDelete(node: ts.Node): boolean {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "delete") return true;
  return ts.forEachChild(node, callsDelete) ?? false;
}

/**
 * TS2339's way out for `x.ToString()` on an API value type that pbts does not offer it for (Vector3D, MatrixD, TimeSpan:
 * the game prints their doubles with the player's culture and .NET's digits; README, "Known limits of the value types").
 */
/** TS2540's way out when the read-only member is a field of an API struct (MySprite, Vector3D...). */
function structFieldHint(name: Node | undefined): string | undefined {
  const pa = name?.getParent();
  if (!name || !pa || !Node.isPropertyAccessExpression(pa)) return undefined;
  const type = pa.getExpression().getType().getNonNullableType();
  const decl = type.getSymbol()?.getDeclarations()[0];
  const t = type.getSymbol()?.getName() ?? "";
  if (!decl || !isApiFile(decl.getSourceFile()) || !API_STRUCTS.has(t)) return undefined;
  const why = `${t} is a struct in C#: pbts keeps its fields read-only (C# copies a struct where JS would share one object).`;
  if (t === "MySprite") return `${why} Build the sprite with the value instead: new MySprite(SpriteType.TEXTURE, data, position, size, color), or MySprite.CreateText(text, fontId, color, scale, alignment).`;
  return `${why} Build a new ${t} with the value you want (its constructor or static methods).`;
}

function notOfferedToString(name: Node | undefined): string | undefined {
  const pa = name?.getParent();
  if (!name || name.getText() !== "ToString" || !pa || !Node.isPropertyAccessExpression(pa)) return undefined;
  const type = pa.getExpression().getType().getNonNullableType();
  const decl = type.getSymbol()?.getDeclarations()[0];
  if (!decl || !isApiFile(decl.getSourceFile())) return undefined;
  const field = ["TotalSeconds", "X", "M11", "Ticks"].find((f) => type.getProperty(f));
  const recv = pa.getExpression().getText();
  const example = field && recv.length <= 40 ? `, e.g. ${recv}.${field}` : "";
  const t = type.getSymbol()!.getName();
  const why = t === "TimeSpan" ? "" : " (the game prints its numbers with the player's culture and .NET's digits)";
  return `pbts does not offer ToString() of ${t}${why}: print its members${example}.`;
}

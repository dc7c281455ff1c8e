// The script whitelist check: which external types and members a compiled script references
// (found by tools/RefScan.cs under mono), and which of them SE's whitelist (pbwhitelist.dat, read from
// compiler/reference at run time) does not allow.
//
// Whitelist lines are `Entry, Assembly` where Entry is
//   `Namespace.*`        every type of that namespace (exactly that namespace, not sub-namespaces),
//   `Type+*`             the type and all its members,
//   `Type`               the type itself (only the members listed on their own lines),
//   `Type.Member`, `Type.Method(Params)`, `Type.operator ==(A, B)`  one member.
// Type names use C# spelling: keyword aliases (`string+*`, `int+*`; also `Object+*`), generic
// parameter lists (`System.Action<T1, T2>+*`), nested types joined by '.'.
//
// Matching rules (choices, documented):
// - Types are compared by their full name with generic arity (`System.Action<T1, T2>` == System.Action`2).
// - A member line allows every overload of that name (parameter lists are not compared).
// - Nested types are allowed by their outermost type's namespace wildcard, or by their own entry.
// - Assemblies: SE API types all live in the stubs' one DLL (PbtsStubs), so for references into it the
//   assembly part is ignored and only namespace/type/member names are matched. For the BCL, mono's
//   assembly layout is not .NET Framework's (type forwards), so mscorlib/System/System.Core/netstandard
//   count as one group; other assemblies must match exactly.
// - Implicit allowances for what the C# compiler emits on its own: System.Void; System.MulticastDelegate
//   (base of declared delegates); System.Threading.Interlocked.CompareExchange inside event accessors
//   (`add_X`/`remove_X`) and compiler-generated types (names with '<').
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mono } from "./mono.ts";
import { buildCached, CS_CACHE_DIR, STUBS_ASSEMBLY_NAME, WHITELIST_PATH } from "./stubs.ts";
import { sourceDir } from "../package-root.ts";

export interface CsReference {
  /** Full type name: nested types joined by '.', generic arity as `N (System.Collections.Generic.List`1). */
  type: string;
  /** C# member name (".ctor", property/event name, "operator ==", method or field name); absent for a type reference. */
  member?: string;
  /** Namespace of the outermost type. */
  namespace?: string;
  /** Simple name of the assembly that defines the type. */
  assembly?: string;
  /** Where it was first referenced ("Type::Method"). */
  from?: string;
}

export interface Whitelist {
  /** namespace -> assemblies */
  namespaces: Map<string, Set<string>>;
  /** type (normalized) -> assemblies; type and all members */
  typesAll: Map<string, Set<string>>;
  /** type (normalized) -> assemblies; the type itself */
  types: Map<string, Set<string>>;
  /** "type::member" -> assemblies */
  members: Map<string, Set<string>>;
}

const KEYWORDS: Record<string, string> = {
  string: "System.String",
  object: "System.Object",
  Object: "System.Object",
  int: "System.Int32",
  uint: "System.UInt32",
  short: "System.Int16",
  ushort: "System.UInt16",
  long: "System.Int64",
  ulong: "System.UInt64",
  byte: "System.Byte",
  sbyte: "System.SByte",
  char: "System.Char",
  bool: "System.Boolean",
  float: "System.Single",
  double: "System.Double",
  decimal: "System.Decimal",
  void: "System.Void",
};

/** Split on '.' outside `<...>`. */
function splitDots(name: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of name) {
    if (c === "<") depth++;
    else if (c === ">") depth--;
    if (c === "." && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** `Action<T1, T2>` -> Action`2 (a trailing generic parameter list becomes the arity). */
function normalizeSegment(seg: string): string {
  if (!seg.endsWith(">")) return seg;
  let depth = 0;
  let commas = 0;
  for (let i = seg.length - 1; i >= 0; i--) {
    const c = seg[i];
    if (c === ">") depth++;
    else if (c === "<") {
      depth--;
      if (depth === 0) {
        if (i === 0) return seg; // the whole segment is bracketed (compiler-generated name)
        return `${seg.slice(0, i)}\`${commas + 1}`;
      }
    } else if (c === "," && depth === 1) commas++;
  }
  return seg;
}

/** A whitelist type name in the scanner's form: keyword aliases expanded, generic arity as `N. */
export function normalizeTypeName(name: string): string {
  const t = name.trim();
  if (KEYWORDS[t]) return KEYWORDS[t];
  return splitDots(t).map(normalizeSegment).join(".");
}

function add(map: Map<string, Set<string>>, key: string, assembly: string): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(assembly);
}

/** Parse pbwhitelist.dat's text. */
export function parseWhitelist(text: string): Whitelist {
  const wl: Whitelist = { namespaces: new Map(), typesAll: new Map(), types: new Map(), members: new Map() };
  const plain: { entry: string; assembly: string }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const comma = line.lastIndexOf(", ");
    const entry = comma < 0 ? line : line.slice(0, comma).trim();
    const assembly = comma < 0 ? "" : line.slice(comma + 2).trim();
    if (entry.endsWith("+*")) add(wl.typesAll, normalizeTypeName(entry.slice(0, -2)), assembly);
    else if (entry.endsWith(".*")) add(wl.namespaces, entry.slice(0, -2), assembly);
    else plain.push({ entry, assembly });
  }
  // Plain entries: with a parameter list they are members; otherwise a member when the part before
  // the last '.' is itself listed as a type, else a type.
  const plainNames = new Set(plain.filter((p) => !p.entry.includes("(")).map((p) => normalizeTypeName(p.entry)));
  for (const { entry, assembly } of plain) {
    const paren = entry.indexOf("(");
    const head = paren < 0 ? entry : entry.slice(0, paren).trim();
    const parts = splitDots(head);
    if (paren < 0 && !(parts.length > 1 && plainNames.has(normalizeTypeName(parts.slice(0, -1).join("."))))) {
      add(wl.types, normalizeTypeName(entry), assembly);
      continue;
    }
    let member = parts[parts.length - 1];
    // `TryGet<T>` -> TryGet (method generic parameters are not part of the name)
    if (member.endsWith(">") && !member.startsWith("operator")) member = member.slice(0, member.indexOf("<"));
    const type = normalizeTypeName(parts.slice(0, -1).join("."));
    add(wl.members, `${type}::${member}`, assembly);
  }
  return wl;
}

/** Read and parse compiler/reference/pbwhitelist.dat (the repository's copy). */
export function loadWhitelist(path = WHITELIST_PATH): Whitelist {
  return parseWhitelist(readFileSync(path, "utf8"));
}

const BCL = new Set(["mscorlib", "System", "System.Core", "netstandard"]);

function assemblyOk(allowed: Set<string> | undefined, ref: CsReference): boolean {
  if (!allowed) return false;
  const asm = ref.assembly;
  if (!asm || asm === STUBS_ASSEMBLY_NAME) return true; // SE API: matched by names only
  if (allowed.has(asm)) return true;
  if (BCL.has(asm)) for (const a of allowed) if (BCL.has(a)) return true;
  return false;
}

function namespaceOf(ref: CsReference): string {
  if (ref.namespace !== undefined) return ref.namespace;
  const parts = splitDots(ref.type);
  return parts.slice(0, -1).join(".");
}

function isCompilerPlumbing(ref: CsReference): boolean {
  if (ref.type === "System.Void" && !ref.member) return true;
  if (ref.type === "System.MulticastDelegate") return true;
  if (ref.type === "System.Threading.Interlocked" && (!ref.member || ref.member === "CompareExchange")) {
    const from = ref.from ?? "";
    const [fromType, fromMember = ""] = from.split("::");
    return fromType.includes("<") || fromMember.startsWith("add_") || fromMember.startsWith("remove_");
  }
  return false;
}

/** Whether one reference is allowed. */
export function isAllowed(ref: CsReference, wl: Whitelist): boolean {
  if (isCompilerPlumbing(ref)) return true;
  const type = normalizeTypeName(ref.type);
  if (assemblyOk(wl.namespaces.get(namespaceOf(ref)), ref)) return true;
  if (assemblyOk(wl.typesAll.get(type), ref)) return true;
  if (!ref.member) return assemblyOk(wl.types.get(type), ref);
  return assemblyOk(wl.members.get(`${type}::${ref.member}`), ref);
}

/** The references the whitelist does not allow. */
export function checkWhitelist(refs: CsReference[], whitelist: Whitelist): CsReference[] {
  return refs.filter((r) => !isAllowed(r, whitelist));
}

const toolsDir = join(sourceDir(import.meta.url), "tools");

/** Compile tools/RefScan.cs (when changed) and return the exe's path. */
export function buildRefScan(): string {
  return buildCached([join(toolsDir, "RefScan.cs")], join(CS_CACHE_DIR, "RefScan.exe"), { target: "exe" });
}

/**
 * Every external type and member a compiled assembly references (see tools/RefScan.cs). `refs` are
 * the assemblies it was compiled against (e.g. the stubs DLL) so they can be loaded.
 */
export function scanReferences(assemblyPath: string, refs: string[] = []): CsReference[] {
  const exe = buildRefScan();
  // (a scan takes a second idle; a fuzz run on a loaded machine once needed more than mono()'s 120 s)
  const r = mono(exe, [assemblyPath, ...refs], { timeoutMs: 600_000 });
  if (r.status !== 0) throw new Error(`RefScan failed (${r.status}):\n${r.stderr}${r.stdout}`);
  const out: CsReference[] = [];
  for (const line of r.stdout.split("\n")) {
    if (!line.trim()) continue;
    const [kind, namespace, type, assembly, member, from] = line.split("\t");
    const ref: CsReference = { type, namespace, assembly, from };
    if (kind === "M") ref.member = member;
    out.push(ref);
  }
  return out;
}

/** A reference as text: `System.IO.File.ReadAllText (mscorlib) in Program::Main`. */
export function formatReference(ref: CsReference): string {
  return `${ref.type}${ref.member ? `.${ref.member}` : ""}${ref.assembly ? ` (${ref.assembly})` : ""}${ref.from ? ` in ${ref.from}` : ""}`;
}

/** Scan a compiled assembly and return the references the whitelist does not allow (empty: passes). */
export function findDisallowed(assemblyPath: string, refs: string[] = [], whitelist: Whitelist = loadWhitelist()): CsReference[] {
  return checkWhitelist(scanReferences(assemblyPath, refs), whitelist);
}

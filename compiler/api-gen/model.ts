// The PB API as the generator sees it: compiler/reference/pb-api.json's types with parsed members,
// each type classified (generated / hand-written / not offered) and each member either offered or
// not (with the reason), so the TS declarations, the C# stubs and the coverage report agree.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseMember, typeNames, type CsMember, type CsTypeRef } from "./csharp.ts";
import { isHandwritten, notOfferedReason } from "./handwritten.ts";
import { NESTED_TYPE_NAMES, TYPE_TOKEN_METHODS } from "./facts.ts";
import { isAllowed, parseWhitelist, type Whitelist } from "../csharp/whitelist.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const REFERENCE_DIR = resolve(here, "../reference");

export type TypeKind = "interface" | "struct" | "class" | "enum";
export type TypeStatus = "generated" | "handwritten" | "not-offered";

export interface ApiMember extends CsMember {
  /** The reference row's label (coverage counts rows). */
  label: string;
  /** Why this member is not offered (undefined: offered). */
  notOffered?: string;
  /** Offered, but the PB whitelist does not allow it: scripts using it get PBTS1081. */
  prohibited?: boolean;
  /** In the C# stubs but not declared in TS, and why. */
  notInTs?: string;
}

export interface ApiType {
  fullName: string;
  namespace: string;
  /** C# simple name (`IMyBatteryBlock`, `MyTuple` for MyTuple{T1,T2}, `Enumerator` for nested). */
  name: string;
  /** Enclosing type's simple name for nested types. */
  outer?: string;
  typeParams: string[];
  kind: TypeKind;
  declaration: string;
  /** Base types as written in the declaration. */
  bases: string[];
  status: TypeStatus;
  reason?: string;
  members: ApiMember[];
  /** Reference rows (member labels), for coverage. */
  rows: number;
  enumMembers: string[];
  enumValues?: { flags: boolean | null; values: Record<string, number>; source: string };
  isStatic: boolean;
}

/** Types the TS side maps to its own forms, and the C# side takes from the BCL. */
export const BCL_TYPES = new Set([
  "bool", "string", "char", "Char", "int", "uint", "short", "ushort", "byte", "sbyte", "long", "ulong", "float", "double", "decimal",
  "object", "Object", "void", "String", "Boolean", "Int32", "Int64", "Single", "Double",
  "List", "IList", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "ListReader",
  "HashSet", "ISet", "Dictionary", "IDictionary", "IReadOnlyDictionary", "DictionaryReader",
  "Func", "Action", "StringBuilder", "TimeSpan",
]);

function splitName(fullName: string): { namespace: string; name: string; outer?: string; typeParams: string[] } {
  let base = fullName;
  let typeParams: string[] = [];
  const brace = /\{(.*)\}$/.exec(base);
  if (brace) {
    typeParams = brace[1].split(",");
    base = base.slice(0, brace.index);
  }
  const plus = base.split("+");
  const top = plus[0];
  const dot = top.lastIndexOf(".");
  const namespace = top.slice(0, dot);
  const topName = top.slice(dot + 1);
  if (plus.length > 1) return { namespace, name: plus[plus.length - 1], outer: topName, typeParams };
  return { namespace, name: topName, typeParams };
}

function parseBases(declaration: string): string[] {
  const colon = declaration.indexOf(":");
  if (colon < 0) return [];
  const list = declaration.slice(colon + 1);
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of list) {
    if (c === "<") depth++;
    else if (c === ">") depth--;
    if (c === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export interface ApiModel {
  types: ApiType[];
  /** Generated and hand-written types by C# simple name (top-level types only). */
  byName: Map<string, ApiType>;
}

export function loadModel(dir = REFERENCE_DIR, whitelist?: Whitelist): ApiModel {
  const api = JSON.parse(readFileSync(join(dir, "pb-api.json"), "utf8")) as {
    types: { fullName: string; kind: TypeKind; declaration: string; members: { section: string; label: string; signatures?: string[] }[]; enumMembers?: string[] }[];
  };
  const enumValues = JSON.parse(readFileSync(join(dir, "enum-values.json"), "utf8")) as Record<string, { flags: boolean | null; values: Record<string, number>; source: string }>;
  const types: ApiType[] = [];
  for (const t of api.types) {
    const { namespace, name, outer, typeParams } = splitName(t.fullName);
    const reason = notOfferedReason(t.fullName);
    const status: TypeStatus = reason ? "not-offered" : isHandwritten(t.fullName) ? "handwritten" : "generated";
    const members: ApiMember[] = [];
    for (const row of t.members) {
      for (const sig of row.signatures ?? []) {
        const m = parseMember(sig, row.section);
        if (m) members.push({ ...m, label: row.label });
        else members.push({ kind: "method", name: row.label, isStatic: false, writable: false, typeParams: [], params: [], signature: sig, label: row.label, notOffered: "operator or indexer: no TypeScript form" });
      }
      if (!row.signatures?.length) members.push({ kind: "field", name: row.label, isStatic: true, writable: false, typeParams: [], params: [], signature: "", label: row.label, notOffered: "the reference gives no signature" });
    }
    types.push({
      fullName: t.fullName,
      namespace,
      name,
      outer,
      typeParams,
      kind: t.kind,
      declaration: t.declaration,
      bases: parseBases(t.declaration),
      status,
      reason,
      members,
      rows: t.members.length,
      enumMembers: t.enumMembers ?? [],
      enumValues: enumValues[t.fullName],
      isStatic: /\babstract sealed class\b|\bstatic class\b/.test(t.declaration),
    });
  }
  const byName = new Map<string, ApiType>();
  for (const t of types) if (!t.outer && t.status !== "not-offered" && !byName.has(t.name)) byName.set(t.name, t);
  decideMembers(types, byName);
  markProhibited(types, whitelist ?? parseWhitelist(readFileSync(join(dir, "pbwhitelist.dat"), "utf8")));
  return { types, byName };
}

/** A qualified nested type (`Base6Directions.Direction`) of a type pbts offers. */
function knownNestedIn(types: ApiType[], byName: Map<string, ApiType>): (n: string) => boolean {
  return (n) => {
    const dot = n.lastIndexOf(".");
    if (dot < 0) return false;
    const outer = n.slice(0, dot);
    const name = n.slice(dot + 1);
    return byName.has(outer) && types.some((t) => t.outer === outer && t.name === name && t.status !== "not-offered");
  };
}

/** Qualify the nested types the reference names by their simple name (facts.ts NESTED_TYPE_NAMES). */
function qualifyNested(t: CsTypeRef | undefined): void {
  if (!t) return;
  if (NESTED_TYPE_NAMES[t.name]) t.name = NESTED_TYPE_NAMES[t.name];
  t.args.forEach(qualifyNested);
}

/** A member is offered when every type its signature names is known (BCL, generated, hand-written, or a type parameter). */
function decideMembers(types: ApiType[], byName: Map<string, ApiType>): void {
  const nestedNames = new Set(types.filter((t) => t.outer).map((t) => t.name));
  const knownNested = knownNestedIn(types, byName);
  for (const t of types) {
    if (t.status !== "generated") continue;
    for (const m of t.members) {
      if (m.notOffered) continue;
      qualifyNested(m.type);
      m.params.forEach((p) => qualifyNested(p.type));
      const scope = new Set([...t.typeParams, ...m.typeParams]);
      const names: string[] = [];
      if (m.type) typeNames(m.type, names);
      for (const p of m.params) {
        typeNames(p.type, names);
        if (p.modifier === "params") m.notOffered = "a `params` parameter";
      }
      const missing = [...new Set(names.filter((n) => !scope.has(n) && !BCL_TYPES.has(n) && !byName.has(n) && !knownNested(n)))];
      const nested = missing.filter((n) => nestedNames.has(n.split(".").pop()!));
      if (nested.length) m.notOffered = `uses the nested type ${nested.join(", ")}: pbts/se declares no nested types yet`;
      else if (missing.length) m.notOffered = `uses ${missing.join(", ")}, which the PB API reference does not describe`;
      else if (m.kind === "constructor" && t.kind === "interface") m.notOffered = "constructor on an interface";
      else if (TYPE_TOKEN_METHODS.has(m.name) && !m.params.some((p) => typeNames(p.type).some((n) => m.typeParams.includes(n))))
        m.notInTs = "the T[] overload covers it (GetBlocksOfType(IMyRadioAntenna, terminalBlocks) compiles to it); TS arrays are covariant, so a second overload would accept lists C# rejects";
    }
  }
}

/** The whitelist's name for a reference type: nested with '.', generic arity as `N. */
export function whitelistName(fullName: string): string {
  return fullName.replace(/\+/g, ".").replace(/\{(.*)\}$/, (_m, a: string) => `\`${a.split(",").length}`);
}

/** Mark the offered members the PB whitelist does not allow (matched like compiler/csharp/whitelist.ts). */
function markProhibited(types: ApiType[], wl: Whitelist): void {
  for (const t of types) {
    if (t.status !== "generated") continue;
    for (const m of t.members) {
      if (m.notOffered) continue;
      const member = m.kind === "constructor" ? ".ctor" : m.name;
      m.prohibited = !isAllowed({ type: whitelistName(t.fullName), member, namespace: t.namespace, assembly: "PbtsStubs" }, wl);
    }
  }
}

/** Interface closure: the interface and every interface its declaration lists (C# lists all ancestors). */
export function interfaceClosure(t: ApiType, model: ApiModel): ApiType[] {
  const out: ApiType[] = [t];
  const seen = new Set([t.name]);
  const visit = (x: ApiType) => {
    for (const b of x.bases) {
      const bt = model.byName.get(b.replace(/<.*$/, ""));
      if (!bt || bt.kind !== "interface" || seen.has(bt.name)) continue;
      seen.add(bt.name);
      out.push(bt);
      visit(bt);
    }
  };
  visit(t);
  return out;
}

/** The namespaces the game's prologue imports (pbprologue.dat's `using` lines). */
export function prologueNamespaces(dir = REFERENCE_DIR): Set<string> {
  const text = readFileSync(join(dir, "pbprologue.dat"), "utf8");
  return new Set([...text.matchAll(/^using ([\w.]+);/gm)].map((m) => m[1]));
}

/**
 * Extension methods (static methods with a `this` parameter) a script can call as instance methods,
 * grouped by the receiver's type name: only those of classes in the prologue's namespaces (the game
 * imports no other), one per signature.
 */
export function extensionMethods(model: ApiModel): Map<string, { owner: ApiType; member: ApiMember }[]> {
  const out = new Map<string, { owner: ApiType; member: ApiMember }[]>();
  const imported = prologueNamespaces();
  const seen = new Set<string>();
  for (const t of model.types) {
    if (t.status !== "generated" || !imported.has(t.namespace)) continue;
    for (const m of t.members) {
      if (m.kind !== "method" || m.params[0]?.modifier !== "this") continue;
      const recv = m.params[0].type.name;
      const key = `${recv}.${m.name}(${m.params.slice(1).map((p) => p.type.name).join(",")})`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!out.has(recv)) out.set(recv, []);
      out.get(recv)!.push({ owner: t, member: m });
    }
  }
  return out;
}

// Where the in-game API (pbts/se) lives, and how its declarations map to C#.
import { Node, ts, type SourceFile, type Type } from "ts-morph";
import type { DiagnosticKey } from "../diagnostics.ts";
import { API_QUALIFIED_NAMES, API_STRUCTS as GENERATED_STRUCTS, HANDWRITTEN_STRUCTS } from "../se/generated/members.ts";
import { join, resolve } from "node:path";
import { sourceDir } from "../package-root.ts";

const here = sourceDir(import.meta.url);
export const SE_DIR = resolve(here, "../se");
export const MYINI_FILE = resolve(here, "../../sim/myini.ts");
export const SE_INDEX = join(SE_DIR, "index.ts");
export const MIXINS_DIR = resolve(here, "../../mixins");

export function isApiFile(sf: SourceFile): boolean {
  const p = sf.getFilePath() as string;
  return p.startsWith(SE_DIR + "/") || p === MYINI_FILE;
}

export function isApiNode(node: Node): boolean {
  return isApiFile(node.getSourceFile());
}

/** API value types that are structs in C# (compare by value there, by reference in JS): every struct of
 *  the reference (generated and hand-written, from compiler/se/generated/members.ts) and TimeSpan. */
export const API_STRUCTS = new Set(["TimeSpan", ...GENERATED_STRUCTS, ...HANDWRITTEN_STRUCTS]);

/** Is this C# type an API struct (a value in C#, an object in JS: `===`, indexOf and Map/Set keys differ)? */
export function isApiStruct(t: { k: string; struct?: boolean; name?: string }): boolean {
  return t.k === "ref" && (!!t.struct || API_STRUCTS.has(t.name ?? ""));
}

/** The C# name of an API type: qualified when the game's prologue does not import its namespace (SerializableDefinitionId). */
export function apiCsName(name: string): string {
  return Object.prototype.hasOwnProperty.call(API_QUALIFIED_NAMES, name) ? API_QUALIFIED_NAMES[name] : name;
}

function symbolTarget(node: Node): Node | undefined {
  let sym = node.getSymbol();
  if (sym?.isAlias()) sym = sym.getAliasedSymbol();
  return sym?.getValueDeclaration() ?? sym?.getDeclarations()[0];
}

/** Is `decl` an API interface's type value (`export const IMyTextPanel = apiType<IMyTextPanel>(...)`)? */
export function isApiTypeValue(decl: Node | undefined): decl is Node {
  if (!decl || !Node.isVariableDeclaration(decl) || !isApiNode(decl)) return false;
  const init = decl.getInitializer();
  return !!init && Node.isCallExpression(init) && init.getExpression().getText() === "apiType";
}

/**
 * The interface a type-value expression names: `IMyTextPanel` (the value) or `Blocks.IMyTextPanel`;
 * undefined for anything else. Used by GetBlocksOfType(T, list) and `x instanceof T`.
 */
export function apiTypeValueName(expr: Node): string | undefined {
  if (Node.isIdentifier(expr)) return isApiTypeValue(symbolTarget(expr)) ? expr.getText() : undefined;
  if (Node.isPropertyAccessExpression(expr)) {
    const d = symbolTarget(expr.getExpression());
    if (d && Node.isVariableDeclaration(d) && isApiNode(d) && d.getName() === "Blocks") return expr.getName();
  }
  return undefined;
}

/** Is this type node an API interface (a block, a surface...)? */
function apiInterfaceOf(type: Type): string | undefined {
  const sym = type.getSymbol() ?? type.getAliasSymbol();
  const d = sym?.getDeclarations()[0];
  return d && Node.isInterfaceDeclaration(d) && isApiNode(d) ? d.getName() : undefined;
}

/**
 * `x as IMyTextPanel` where x is not already an IMyTextPanel: C# compiles it to a hard cast that throws
 * "Specified cast is not valid" in the game when x is another block, while the simulator carries on.
 * Returns the interface name when the assertion is such a downcast (the caller reports ApiDowncast).
 */
export function apiDowncast(expr: Node, target: Type): string | undefined {
  const to = target.getNonNullableType();
  const name = apiInterfaceOf(to);
  if (!name) return undefined;
  const from = expr.getType().getNonNullableType();
  return from.isAssignableTo(to) ? undefined : name;
}

/** Prelude numeric aliases: decided from declared type nodes (the checker erases aliases). */
export const NUMERIC_ALIASES = new Set(["int", "uint", "byte", "long", "float", "double"]);

/** Prelude conversion functions → C# casts; `checked` where the value may not fit (it throws, as a script wants). */
export const CONVERSIONS: Record<string, { checked: boolean; to: "int" | "uint" | "byte" | "long" | "float" | "double" }> = {
  toInt: { checked: true, to: "int" },
  toUint: { checked: true, to: "uint" },
  toByte: { checked: true, to: "byte" },
  toLong: { checked: true, to: "long" },
  toFloat: { checked: false, to: "float" },
  toDouble: { checked: false, to: "double" },
};

/** Is this JSDoc-tagged `@flags` (a C# [Flags] enum)? */
export function hasFlagsTag(node: Node): boolean {
  if (!Node.isJSDocable(node)) return false;
  return node.getJsDocs().some((d) => d.getTags().some((t) => t.getTagName() === "flags"));
}

/**
 * Uses of API members the PB whitelist does not allow: the generator declares them (they are SE's
 * API) with a `@prohibited` tag, and a script that uses one gets PBTS1081 naming it, at the use.
 */
export function checkProhibitedApi(files: SourceFile[], report: (node: Node, key: DiagnosticKey, ...args: string[]) => void): void {
  if (!files.length) return;
  // Only a member named like a prohibited one can be one: no symbol is resolved for the others (and
  // with no @prohibited member in the API, no file is walked).
  const names = prohibitedNames(files[0]!.getProject().getSourceFiles().filter(isApiFile));
  if (!names.size) return;
  for (const sf of files) {
    sf.forEachDescendant((n) => {
      if (!Node.isPropertyAccessExpression(n) || !names.has(n.getName())) return;
      const d = symbolTarget(n.getNameNode());
      if (!d || !isApiNode(d) || !Node.isJSDocable(d)) return;
      const tag = d.getJsDocs().flatMap((j) => j.getTags()).find((t) => t.getTagName() === "prohibited");
      if (tag) report(n.getNameNode(), "WhitelistProhibited", (tag.getCommentText() ?? n.getName()).split(" ")[0]);
    });
  }
}

let prohibitedCache: { files: SourceFile[]; names: Set<string> } | null = null;

/** Names of API declarations tagged @prohibited (raw TypeScript walk; cached while the API files stay the same). */
function prohibitedNames(apiFiles: SourceFile[]): Set<string> {
  if (prohibitedCache && prohibitedCache.files.length === apiFiles.length && prohibitedCache.files.every((f, i) => f === apiFiles[i])) return prohibitedCache.names;
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.getJSDocTags(n).some((t) => t.tagName.text === "prohibited")) {
      const name = (n as { name?: ts.Node }).name;
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.add(name.text);
    }
    ts.forEachChild(n, visit);
  };
  for (const f of apiFiles) if (f.getFullText().includes("@prohibited")) ts.forEachChild(f.compilerNode, visit);
  prohibitedCache = { files: apiFiles, names };
  return names;
}

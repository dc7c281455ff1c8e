// Where the in-game API (pbts/se) lives, and how its declarations map to C#.
import { Node, type SourceFile } from "ts-morph";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { VALUE_STRUCTS } from "./value-structs.ts";

const here = dirname(fileURLToPath(import.meta.url));
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

/** API value types that are structs in C# (compare by value there, by reference in JS). */
export const API_STRUCTS = new Set(["TimeSpan", "MyIGCMessage", "MyIniValue", "MyIniKey", "MyIniParseResult", ...VALUE_STRUCTS]);

/** Prelude numeric aliases: decided from declared type nodes (the checker erases aliases). */
export const NUMERIC_ALIASES = new Set(["int", "long", "float", "double"]);

/** Prelude conversion functions → C# expression templates ($0 = argument). */
export const CONVERSIONS: Record<string, { template: string; to: "int" | "long" | "float" | "double" }> = {
  toInt: { template: "checked((int)($0))", to: "int" },
  toLong: { template: "checked((long)($0))", to: "long" },
  toFloat: { template: "(float)($0)", to: "float" },
  toDouble: { template: "(double)($0)", to: "double" },
};

/** Is this JSDoc-tagged `@flags` (a C# [Flags] enum)? */
export function hasFlagsTag(node: Node): boolean {
  if (!Node.isJSDocable(node)) return false;
  return node.getJsDocs().some((d) => d.getTags().some((t) => t.getTagName() === "flags"));
}

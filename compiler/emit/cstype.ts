// The C# type of a TS declaration or expression, as the emitter sees it.
// `intlit` is an integer literal: it fits both `int` and `double` targets (C#'s own rule for literals).

import { ident } from "./names.ts";
export type CsType =
  | { k: "double" | "int" | "uint" | "byte" | "long" | "float" | "intlit" | "bool" | "string" | "void" | "object" | "null" | "exception" }
  | { k: "enum"; name: string; flags: boolean }
  | { k: "ref"; name: string; args: CsType[]; struct: boolean } // classes, interfaces, API types
  | { k: "typeparam"; name: string }
  | { k: "list" | "set"; elem: CsType }
  | { k: "dict"; key: CsType; value: CsType }
  | { k: "func"; params: CsType[]; ret: CsType }
  | { k: "nullable"; inner: CsType }
  | { k: "out"; inner: CsType }
  | { k: "blocktype"; inner: CsType };

export const T = {
  double: { k: "double" } as CsType,
  int: { k: "int" } as CsType,
  uint: { k: "uint" } as CsType,
  byte: { k: "byte" } as CsType,
  long: { k: "long" } as CsType,
  float: { k: "float" } as CsType,
  intlit: { k: "intlit" } as CsType,
  bool: { k: "bool" } as CsType,
  string: { k: "string" } as CsType,
  void: { k: "void" } as CsType,
  object: { k: "object" } as CsType,
  null: { k: "null" } as CsType,
  exception: { k: "exception" } as CsType,
};

export function ref(name: string, args: CsType[] = [], struct = false): CsType {
  return { k: "ref", name, args, struct };
}

export function isNumeric(t: CsType): boolean {
  return t.k === "double" || t.k === "int" || t.k === "uint" || t.k === "byte" || t.k === "long" || t.k === "float" || t.k === "intlit";
}
/** Integer-valued in C#: int arithmetic rules apply (a byte operand is promoted to int, as in C#). */
export function isIntLike(t: CsType): boolean {
  return t.k === "int" || t.k === "intlit" || t.k === "byte";
}
export function isValueType(t: CsType): boolean {
  return isNumeric(t) || t.k === "bool" || t.k === "enum" || (t.k === "ref" && t.struct);
}
export function stripNullable(t: CsType): CsType {
  return t.k === "nullable" ? t.inner : t;
}
export function nullable(t: CsType): CsType {
  return t.k === "nullable" || t.k === "null" ? t : { k: "nullable", inner: t };
}

/** A type's name (`Outer.Inner` part by part) as its declaration spells it; `object` is the emitter's own (TS has no class of that name). */
const typeName = (name: string): string => (name === "object" ? name : name.split(".").map(ident).join("."));

/** C# source text of a type. */
export function cs(t: CsType): string {
  switch (t.k) {
    case "double":
    case "int":
    case "uint":
    case "byte":
    case "long":
    case "float":
    case "bool":
    case "string":
    case "void":
    case "object":
      return t.k;
    case "intlit":
      return "int";
    case "null":
      return "object";
    case "exception":
      return "Exception";
    // spelled as names.ts ident spells the declaration: `$` as _Dollar_, a C# keyword with `@` (`class lock`
    // is `@lock`), a name like a temporary's with `_` (C70)
    case "enum":
      return typeName(t.name);
    case "ref":
      return t.args.length ? `${typeName(t.name)}<${t.args.map(cs).join(", ")}>` : typeName(t.name);
    case "typeparam":
      return typeName(t.name);
    case "list":
      return `List<${cs(t.elem)}>`;
    case "set":
      return `HashSet<${cs(t.elem)}>`;
    case "dict":
      return `Dictionary<${cs(t.key)}, ${cs(t.value)}>`;
    case "func": {
      const ps = t.params.map(cs);
      if (t.ret.k === "void") return ps.length ? `Action<${ps.join(", ")}>` : "Action";
      return `Func<${[...ps, cs(t.ret)].join(", ")}>`;
    }
    case "nullable":
      return isValueType(t.inner) ? `${cs(t.inner)}?` : cs(t.inner);
    case "out":
    case "blocktype":
      return cs(t.inner);
  }
}

/** Readable name for diagnostics. */
export function describe(t: CsType): string {
  if (t.k === "intlit") return "int";
  if (t.k === "nullable") return `${describe(t.inner)} | null`;
  return cs(t);
}

export function sameType(a: CsType, b: CsType): boolean {
  return cs(a) === cs(b) && a.k === b.k;
}

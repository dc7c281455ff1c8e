// Value types of block properties (API and terminal): checking a scenario's or a script's value,
// defaults, equality and how the trace shows a value. Shared by block.ts and kind-block.ts.
import * as se from "pbts/se";

/** A property's value type: bool, float, double, int, long, string, enum:Name, Vector3D, Vector3, Vector3I, Vector2 or Color. */
export type PropType = string;

/** Terminal property type (terminal.dat) -> value type (StringBuilder ones are texts: block.ts). */
export const TERMINAL_TYPES: Record<string, PropType> = { Boolean: "bool", Single: "float", Int64: "long", Color: "Color" };

/** An enum of pbts/se by name; a nested one by its dotted name (Base6Directions.Direction). */
function enumOf(name: string): Record<string, unknown> | undefined {
  let e: unknown = se;
  for (const part of name.split(".")) e = (e as Record<string, unknown> | undefined)?.[part];
  return e as Record<string, unknown> | undefined;
}

/** Check and convert a value for a property type; throws a message naming the expected type. */
export function coerce(type: PropType, value: unknown): unknown {
  // a nullable value type (long?, Vector3D?): null or the type's value
  if (type.endsWith("?")) return value === null ? null : coerce(type.slice(0, -1), value);
  if (type === "bool") {
    if (typeof value !== "boolean") throw new Error(`expects true or false, got ${JSON.stringify(value)}`);
    return value;
  }
  if (type === "string") {
    if (typeof value !== "string") throw new Error(`expects a string, got ${JSON.stringify(value)}`);
    return value;
  }
  if (type.startsWith("enum:")) {
    const name = type.slice(5);
    const e = enumOf(name);
    const names = e ? Object.keys(e).filter((k) => Number.isNaN(Number(k))) : [];
    if (typeof value === "string" && e && names.includes(value)) return e[value];
    if (typeof value === "number" && e && names.some((n) => e[n] === value)) return value;
    throw new Error(`expects a ${name} (${names.join(", ")}), got ${JSON.stringify(value)}`);
  }
  if (type === "Vector3D" || type === "Vector3" || type === "Vector2") {
    const n = type === "Vector2" ? 2 : 3;
    const cls = type === "Vector3D" ? se.Vector3D : type === "Vector3" ? se.Vector3 : se.Vector2;
    if (value instanceof cls) return value;
    if (!Array.isArray(value) || value.length !== n || !value.every((x) => typeof x === "number" && Number.isFinite(x))) throw new Error(`expects a ${type} ([${n === 2 ? "x, y" : "x, y, z"}]), got ${JSON.stringify(value)}`);
    return n === 2 ? new se.Vector2(value[0], value[1]) : new (cls as typeof se.Vector3D)(value[0], value[1], value[2]);
  }
  if (type === "Vector3I") {
    if (value instanceof se.Vector3I) return value;
    if (!Array.isArray(value) || value.length !== 3 || !value.every((x) => Number.isSafeInteger(x) && Math.abs(x) <= 2147483647)) throw new Error(`expects a Vector3I ([x, y, z], whole numbers), got ${JSON.stringify(value)}`);
    return new se.Vector3I(value[0], value[1], value[2]);
  }
  if (type === "Color") {
    if (value instanceof se.Color) return value;
    if (!Array.isArray(value) || (value.length !== 3 && value.length !== 4) || !value.every((x) => Number.isInteger(x) && x >= 0 && x <= 255)) throw new Error(`expects a Color ([r, g, b] or [r, g, b, a], 0..255), got ${JSON.stringify(value)}`);
    return new se.Color(value[0], value[1], value[2], value[3] ?? 255);
  }
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`expects a number (${type}), got ${JSON.stringify(value)}`);
  if (type === "float") return Math.fround(value);
  if (type === "int" || type === "long") {
    if (!Number.isInteger(value)) throw new Error(`expects an integer (${type}), got ${value}`);
  }
  return value;
}

/** A value as the trace shows it: enums by name, vectors as [x, y(, z)], colours as [R, G, B, A]. */
export function traceValue(type: PropType, v: unknown): unknown {
  if (v instanceof se.Vector3D || v instanceof se.Vector3 || v instanceof se.Vector3I) return [v.X, v.Y, v.Z];
  if (v instanceof se.Vector2) return [v.X, v.Y];
  if (v instanceof se.Color) return [v.R, v.G, v.B, v.A];
  if (type.startsWith("enum:")) {
    const e = enumOf(type.slice(5));
    return e?.[v as number] ?? v;
  }
  return v;
}

/** Two values are the same (value types by value). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof se.Color && b instanceof se.Color) return a.Equals(b);
  if ((a instanceof se.Vector3D && b instanceof se.Vector3D) || (a instanceof se.Vector3 && b instanceof se.Vector3) || (a instanceof se.Vector3I && b instanceof se.Vector3I)) return Object.is(a.X, b.X) && Object.is(a.Y, b.Y) && Object.is(a.Z, b.Z);
  if (a instanceof se.Vector2 && b instanceof se.Vector2) return Object.is(a.X, b.X) && Object.is(a.Y, b.Y);
  return false;
}

export function defaultOf(type: PropType): unknown {
  if (type.endsWith("?")) return null;
  if (type === "bool") return false;
  if (type === "string") return "";
  if (type === "Vector3D") return se.Vector3D.Zero;
  if (type === "Vector3") return new se.Vector3(0, 0, 0);
  if (type === "Vector2") return new se.Vector2(0, 0);
  if (type === "Vector3I") return new se.Vector3I(0, 0, 0);
  if (type === "Color") return new se.Color(255, 255, 255);
  return 0;
}


/** A stored terminal property's default (terminal.dat type): false, 0, white, "". */
export function storedDefault(terminalType: string): unknown {
  const t = TERMINAL_TYPES[terminalType];
  return t ? defaultOf(t) : "";
}

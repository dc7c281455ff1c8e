// A small parser for the C# signatures of compiler/reference/pb-api.json: types
// (`List<Func<T, bool>>`, `Vector3D?`, `MySprite[]`), parameters and members.

export interface CsTypeRef {
  /** Dotted name as written (`List`, `Base6Directions.Direction`). */
  name: string;
  args: CsTypeRef[];
  nullable: boolean;
  /** Array rank count (`T[][]` = 2). */
  arrays: number;
}

export interface CsParam {
  name: string;
  type: CsTypeRef;
  modifier: "" | "out" | "ref" | "this" | "params" | "in";
}

export type CsMemberKind = "property" | "field" | "method" | "constructor";

export interface CsMember {
  kind: CsMemberKind;
  name: string;
  isStatic: boolean;
  /** Property: has a public setter. Field: not readonly/const. */
  writable: boolean;
  /** Property/field type, method return type. */
  type?: CsTypeRef;
  typeParams: string[];
  params: CsParam[];
  /** The signature as the reference gives it. */
  signature: string;
}

const MODIFIERS = new Set(["public", "protected", "internal", "static", "virtual", "abstract", "override", "sealed", "readonly", "const", "new", "extern", "unsafe", "volatile"]);

/** Split on `sep` at bracket depth 0. */
export function splitTop(text: string, sep = ","): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of text) {
    if (c === "<" || c === "(" || c === "[") depth++;
    else if (c === ">" || c === ")" || c === "]") depth--;
    if (c === sep && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function parseType(text: string): CsTypeRef {
  let t = text.trim();
  let arrays = 0;
  while (t.endsWith("[]")) {
    arrays++;
    t = t.slice(0, -2).trim();
  }
  let nullable = false;
  if (t.endsWith("?")) {
    nullable = true;
    t = t.slice(0, -1).trim();
  }
  const lt = t.indexOf("<");
  if (lt < 0) return { name: t, args: [], nullable, arrays };
  const name = t.slice(0, lt).trim();
  const inner = t.slice(lt + 1, t.lastIndexOf(">"));
  return { name, args: splitTop(inner).map(parseType), nullable, arrays };
}

export function formatType(t: CsTypeRef): string {
  const base = t.args.length ? `${t.name}<${t.args.map(formatType).join(", ")}>` : t.name;
  return `${base}${t.nullable ? "?" : ""}${"[]".repeat(t.arrays)}`;
}

/** Every simple type name a type mentions (generic arguments included). */
export function typeNames(t: CsTypeRef, out: string[] = []): string[] {
  out.push(t.name);
  for (const a of t.args) typeNames(a, out);
  return out;
}

function parseParams(text: string): CsParam[] {
  return splitTop(text).map((p) => {
    let rest = p.replace(/\s*=.*$/, "").trim();
    let modifier: CsParam["modifier"] = "";
    const m = /^(out|ref|this|params|in)\s+/.exec(rest);
    if (m) {
      modifier = m[1] as CsParam["modifier"];
      rest = rest.slice(m[0].length);
    }
    const sp = rest.lastIndexOf(" ");
    return { name: rest.slice(sp + 1), type: parseType(rest.slice(0, sp)), modifier };
  });
}

/** `Name<T, U>` -> ["Name", ["T", "U"]] */
function splitGenericName(text: string): [string, string[]] {
  const lt = text.indexOf("<");
  if (lt < 0) return [text, []];
  return [text.slice(0, lt), splitTop(text.slice(lt + 1, text.lastIndexOf(">")))];
}

/** Parse one member signature of the reference; null for forms pbts does not model (operators, indexers). */
export function parseMember(signature: string, section: string): CsMember | null {
  let s = signature.trim().replace(/;$/, "");
  const words: string[] = [];
  for (;;) {
    const m = /^(\w+)\s+/.exec(s);
    if (!m || !MODIFIERS.has(m[1])) break;
    words.push(m[1]);
    s = s.slice(m[0].length);
  }
  const isStatic = words.includes("static") || words.includes("const");
  if (/\boperator\b/.test(s) || /\bthis\s*\[/.test(s)) return null;
  const brace = s.indexOf("{");
  if (brace >= 0) {
    // property: `Type Name { get; set; }`
    const head = s.slice(0, brace).trim();
    const acc = s.slice(brace);
    const sp = head.lastIndexOf(" ");
    const hasSet = /(^|[{;\s])set;/.test(acc) && !/(protected|private|internal)\s+set;/.test(acc);
    return { kind: "property", name: head.slice(sp + 1), isStatic, writable: hasSet, type: parseType(head.slice(0, sp)), typeParams: [], params: [], signature };
  }
  const paren = s.indexOf("(");
  if (paren < 0) {
    const sp = s.lastIndexOf(" ");
    const writable = !words.includes("readonly") && !words.includes("const");
    return { kind: "field", name: s.slice(sp + 1), isStatic, writable, type: parseType(s.slice(0, sp)), typeParams: [], params: [], signature };
  }
  const head = s.slice(0, paren).trim();
  const paramText = s.slice(paren + 1, s.lastIndexOf(")"));
  const params = paramText.trim() ? parseParams(paramText) : [];
  // head: `Type Name<T>` or `Name` (constructor). The return type may contain spaces inside <>.
  const parts = splitTop(head, " ");
  if (section === "Constructors" || parts.length === 1) {
    return { kind: "constructor", name: splitGenericName(parts[parts.length - 1])[0], isStatic, writable: false, typeParams: [], params, signature };
  }
  const [name, typeParams] = splitGenericName(parts[parts.length - 1]);
  return { kind: "method", name, isStatic, writable: false, type: parseType(parts.slice(0, -1).join(" ")), typeParams, params, signature };
}

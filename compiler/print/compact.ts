// Shorter spellings of what the emitter writes, each with the same meaning in C# 6.
// `full` only:
// - helperNames: a runtime helper named like a .NET member (`Js.Substring`, `Js.IndexOf`) is told
//   apart from that member (`s.Substring(...)`), so the renamer can shorten it;
// - aliasConstants: `StringComparison.Ordinal` used 3+ times becomes one const, and so does
//   `System.Globalization.CultureInfo.InvariantCulture` (a static field declared before all others);
// - aliasEnumMembers: an API enum's member written often (`UpdateFrequency.Update100`) becomes a const;
// - infinities: `double.PositiveInfinity` → `1/0d` (a constant in C#), `double.NaN` → `0/0d`;
// - mergeDeclarations' locals: consecutive locals of one type share a statement (`int a = 0, b = 1;`);
// - shareStrings: a string literal written often becomes one const; inlineConstants: below;
// - shareBools: `true`/`false` written often become consts (`const bool a=true,b=false;`);
// - numberForms: `32.0` → `32d`, `0.5` → `.5`; programType: `MyGridProgram` as a type is `Program`;
// - inferBlockTypes: `GetBlocksOfType<T>(x)` → `GetBlocksOfType(x)` for a `List<T> x`;
// - widenCasts: `(double)x` → `1d*x` for a name of a built-in number type.
// Every level (they read as well as what they replace):
// - shortDefaults: `double x = default(double)` → `double x = 0` (also bool, string, ...);
// - varForNew: `List<T> x = new List<T>()` → `var x = new List<T>()` (the type of `new T` is T);
// - castParens, varForSameType: below;
// - mergeDeclarations' fields: fields of one type without initializers (or with a literal one) share
//   one declaration (`int a, b = 1;`), so do constants of one type;
// - fieldInitializers: a constructor's leading `x = 0;` becomes the field's initializer;
// - expressionBodies: `int F() { return e; }` → `int F() => e;` (C# 6); at `full` also
//   `int F() { checked { return e; } }` → `int F() => checked(e);`;
// - charIndexOf: `s.IndexOf("c", StringComparison.Ordinal)` → `s.IndexOf('c')`;
// - tableArrays: a `List<T>` field read only by index → `T[] x = { ... }`.
import { applyEdits, type Tok, type TokEdit } from "./lexer.ts";
import type { Shape } from "./structure.ts";
import { baseNames } from "./passes.ts";
import { madeNameLength } from "./short-names.ts";

const MARK = "\u00b7"; // a character no C# name the emitter writes contains: marks a name to be renamed

/** The runtime class's methods whose names .NET or the API also has get a name of their own. */
export function helperNames(toks: Tok[], sh: Shape, ext: Set<string>, runtimeName = "Js"): Tok[] {
  let open = -1;
  for (let i = 0; i + 2 < toks.length; i++)
    if (sh.depth[i] === 0 && toks[i].t === "class" && toks[i + 1].t === runtimeName && toks[i + 2].t === "{") open = i + 2;
  if (open < 0) return toks;
  const close = sh.match.get(open)!;
  const helpers = new Set<string>();
  const nested = new Set<string>(); // names of the members of a type nested in the runtime class
  // the runtime class's nested types (their bodies): a name in them is theirs
  const inNested = new Uint8Array(toks.length);
  for (const [o, k] of sh.kind)
    if (k !== "code" && o > open && o < close) inNested.fill(1, o, sh.match.get(o)! + 1);
  for (const [a, b] of sh.members) {
    if (a <= open || b >= close) continue;
    if (inNested[a]) {
      for (let k = a; k <= b; k++) if (toks[k].k === "id") nested.add(toks[k].t);
      continue;
    }
    let j = a;
    while (j <= b && !["(", "{", ";", "=", "=>"].includes(toks[j].t)) j++;
    if (toks[j]?.t !== "(") continue;
    let name = j - 1;
    if (toks[name].t === ">") {
      while (name > a && toks[name].t !== "<") name--;
      name--;
    }
    if (toks[name]?.k === "id" && ext.has(toks[name].t)) helpers.add(toks[name].t);
  }
  for (const n of nested) helpers.delete(n);
  if (!helpers.size) return toks;
  const out = toks.slice();
  const mark = (i: number) => (out[i] = { ...toks[i], t: toks[i].t + MARK, orig: toks[i].t });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || !helpers.has(t.t)) continue;
    const p = toks[i - 1];
    const qualified = p && (p.t === "." || p.t === "?.");
    if (i > open && i < close) {
      if (inNested[i]) continue;
      // inside the runtime: an unqualified call (or the declaration) is the helper
      if (!qualified && (toks[i + 1]?.t === "(" || toks[i + 1]?.t === "<")) mark(i);
    } else if (qualified && p.t === "." && toks[i - 2]?.t === runtimeName && toks[i - 3]?.t !== ".") mark(i);
  }
  return out;
}

const tok = (k: Tok["k"], t: string, at: Tok): Tok => ({ k, t, line: at.line, pos: at.pos });

/** Repeated long constants of .NET become one declaration of Program's (renamed afterwards). */
export function aliasConstants(toks: Tok[], taken: Set<string>): Tok[] {
  const seqs: { path: string[]; name: string; decl: (at: Tok, name: string) => Tok[] }[] = [
    {
      path: ["StringComparison", ".", "Ordinal"],
      name: "pbtsOrdinal",
      decl: (at, n) => [tok("kw", "const", at), tok("id", "StringComparison", at), { ...tok("id", n, at), orig: "StringComparison.Ordinal" }, tok("op", "=", at), tok("id", "StringComparison", at), tok("op", ".", at), tok("id", "Ordinal", at), tok("op", ";", at)],
    },
    {
      path: ["System", ".", "Globalization", ".", "CultureInfo", ".", "InvariantCulture"],
      name: "pbtsInvariant",
      decl: (at, n) => [
        tok("kw", "static", at), tok("kw", "readonly", at),
        ...["System", ".", "Globalization", ".", "CultureInfo"].map((t) => tok(t === "." ? "op" : "id", t, at)),
        { ...tok("id", n, at), orig: "CultureInfo.InvariantCulture" }, tok("op", "=", at),
        ...["System", ".", "Globalization", ".", "CultureInfo", ".", "InvariantCulture"].map((t) => tok(t === "." ? "op" : "id", t, at)),
        tok("op", ";", at),
      ],
    },
  ];
  let out = toks;
  for (const s of seqs) {
    if (taken.has(s.name)) continue;
    const at: number[] = [];
    for (let i = 0; i + s.path.length <= out.length; i++) {
      if (s.path.every((p, k) => out[i + k].t === p) && out[i - 1]?.t !== "." && out[i - 1]?.t !== "?.") at.push(i);
    }
    if (at.length < 3) continue;
    const starts = new Set(at);
    const next: Tok[] = [];
    for (let i = 0; i < out.length; i++) {
      if (starts.has(i)) {
        next.push({ ...out[i], k: "id", t: s.name, orig: s.path.join("") });
        i += s.path.length - 1;
      } else next.push(out[i]);
    }
    // first, after the readme's comments: a static field initializer may run a helper that reads it
    let first = 0;
    while (first < next.length && next[first].k === "comment") first++;
    const anchor = next[first] ?? next[0];
    out = [...next.slice(0, first), ...s.decl(anchor, s.name), ...next.slice(first)];
  }
  return out;
}

/**
 * A member of an API enum written often (`UpdateFrequency.Update100`) becomes a const of Program's,
 * renamed afterwards (`const UpdateFrequency a = UpdateFrequency.Update100, b = UpdateFrequency.Once;`):
 * a const of the enum's type is the same value wherever the member was (`|`, `&`, `case`, arguments),
 * and a nested class reaches Program's consts unqualified. Only where that is shorter, counting the
 * new name as made-up names are long (short-names.ts); only `E.M` not itself qualified (`x.E.M`), and only an enum whose name
 * the script declares nowhere (a member or local named `UpdateFrequency` would be what `E` binds to).
 */
const TYPE_KWS = new Set("bool byte char decimal double float int long object sbyte short string uint ulong ushort var void".split(" "));
export function aliasEnumMembers(toks: Tok[], taken: Set<string>, enums: Map<string, Set<string>>): Tok[] {
  const uses = new Map<string, number[]>(); // "E.M" → indices of E
  const declared = new Set<string>();
  const N = madeNameLength(toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || !enums.has(t.t)) continue;
    const prev = toks[i - 1];
    // `T E` (a declaration of a name E) or `E E`: the script's own E
    const typeBefore = prev && (prev.k === "id" || (prev.k === "kw" && TYPE_KWS.has(prev.t)) || prev.t === ">" || prev.t === "]" || prev.t === "?");
    if (typeBefore && ["=", ";", ",", ")", "(", "{", "=>"].includes(toks[i + 1]?.t)) declared.add(t.t);
    if (prev?.t === "." || prev?.t === "?." || prev?.t === "::") continue;
    const m = toks[i + 2];
    if (toks[i + 1]?.t !== "." || m?.k !== "id" || !enums.get(t.t)!.has(m.t)) continue;
    const key = `${t.t}.${m.t}`;
    (uses.get(key) ?? uses.set(key, []).get(key)!).push(i);
  }
  const byEnum = new Map<string, string[]>();
  for (const [key, at] of uses) {
    const [e, m] = key.split(".");
    if (declared.has(e)) continue;
    // n uses of `E.M` against n made-up names and a declarator `x=E.M,`
    if (at.length * (key.length - N) - (key.length + N + 2) <= 0) continue;
    (byEnum.get(e) ?? byEnum.set(e, []).get(e)!).push(m);
  }
  let out = toks;
  for (const [e, members] of byEnum) {
    const gain = members.reduce((g, m) => g + uses.get(`${e}.${m}`)!.length * (e.length + m.length + 1 - N) - (e.length + m.length + N + 3), 0);
    // `const E ;`
    if (gain - (e.length + 7) <= 0) continue;
    const name = (m: string) => {
      let n = `pbts${e}${m}`;
      while (taken.has(n)) n += "_";
      taken.add(n);
      return n;
    };
    const names = new Map(members.map((m) => [m, name(m)]));
    const next: Tok[] = [];
    for (let i = 0; i < out.length; i++) {
      const t = out[i];
      const n = t.k === "id" && t.t === e && out[i + 1]?.t === "." && out[i - 1]?.t !== "." && out[i - 1]?.t !== "?." && out[i - 1]?.t !== "::" ? names.get(out[i + 2]?.t) : undefined;
      if (n) {
        next.push({ ...t, t: n, orig: `${e}.${out[i + 2].t}` });
        i += 2;
      } else next.push(t);
    }
    let first = 0;
    while (first < next.length && next[first].k === "comment") first++;
    const at = next[first] ?? next[0];
    const decl: Tok[] = [tok("kw", "const", at), tok("id", e, at)];
    for (const [m, n] of names) {
      if (decl.length > 2) decl.push(tok("op", ",", at));
      decl.push({ ...tok("id", n, at), orig: `${e}.${m}` }, tok("op", "=", at), tok("id", e, at), tok("op", ".", at), tok("id", m, at));
    }
    decl.push(tok("op", ";", at));
    out = [...next.slice(0, first), ...decl, ...next.slice(first)];
  }
  return out;
}

/**
 * `E x = (E)0` (a parameter's default, a field's or a local's initializer) → `E x = 0` where E is an enum (the API's,
 * or one the script declares, and no class or struct of the script is so named): C# converts the literal 0 to any
 * enum type implicitly, the same constant. Every level (what the emitter writes for an enum `= 0` in TS).
 */
export function enumZeroDefaults(toks: Tok[], apiEnumNames: Set<string>): Tok[] {
  const enums = new Set(apiEnumNames);
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].t === "enum" && toks[i + 1].k === "id") enums.add(toks[i + 1].t);
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    if (["class", "struct", "interface"].includes(toks[i].t) && toks[i + 1].k === "id") enums.delete(toks[i + 1].t);
  }
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const ty = toks[i + 1];
    if (
      t.t === "(" && ty?.k === "id" && enums.has(ty.t) && toks[i + 2]?.t === ")" && toks[i + 3]?.t === "0" &&
      [";", ",", ")"].includes(toks[i + 4]?.t ?? "") &&
      toks[i - 1]?.t === "=" && toks[i - 2]?.k === "id" && toks[i - 3]?.t === ty.t && toks[i - 4]?.t !== "."
    ) {
      out.push(toks[i + 3]);
      i += 3;
      continue;
    }
    out.push(t);
  }
  return out;
}

const DEFAULTS: Record<string, string> = { int: "0", long: "0", double: "0", float: "0", decimal: "0", uint: "0", ulong: "0", short: "0", ushort: "0", byte: "0", sbyte: "0", bool: "false", string: "null", object: "null" };

/** `T x = default(T)` for a built-in T: the literal of T's default. */
export function shortDefaults(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const ty = toks[i + 2]?.t;
    if (
      t.t === "default" && toks[i + 1]?.t === "(" && toks[i + 3]?.t === ")" && ty !== undefined && Object.hasOwn(DEFAULTS, ty) &&
      toks[i - 1]?.t === "=" && toks[i - 2]?.k === "id" && toks[i - 3]?.t === ty && toks[i - 4]?.t !== "." &&
      [";", ","].includes(toks[i + 4]?.t ?? "")
    ) {
      const lit = DEFAULTS[ty];
      out.push({ ...t, k: lit === "0" ? "num" : "kw", t: lit });
      i += 3;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * `T x = default(T);` whose next statement passes `out x` before anything else can read x: `T x;`
 * (the out argument assigns it; C# then knows x assigned for every later read). Only where that
 * statement reaches the call unconditionally: names, member reads, calls, `!`, literals and commas
 * before it (no `&&`, `||`, `?`, lambda or block), and `out x` the call's last argument.
 */
export function outLocals(toks: Tok[], sh: Shape): Tok[] {
  const code = inCode(toks, sh);
  const drop = new Set<number>();
  for (let i = 1; i + 7 < toks.length; i++) {
    const [ty, x, eq, d, open, ty2, close, semi] = toks.slice(i, i + 8);
    if (!(code[i] && (ty.k === "id" || ty.k === "kw") && x.k === "id" && eq.t === "=" && d.t === "default" && open.t === "(" && ty2.t === ty.t && close.t === ")" && semi.t === ";")) continue;
    // a statement of its own, not the later declarator of `A a = .., x = default(T);`
    if (![";", "{", "}", ")"].includes(toks[i - 1].t) || toks[i - 2]?.t === ".") continue;
    let j = i + 8;
    if (toks[j]?.t === "if" && toks[j + 1]?.t === "(") j += 2;
    // `bool ok = F(.., out x);`
    else if ((toks[j]?.k === "id" || toks[j]?.k === "kw") && toks[j + 1]?.k === "id" && toks[j + 1].t !== x.t && toks[j + 2]?.t === "=") j += 3;
    let ok = false;
    for (; j + 2 < toks.length; j++) {
      const t = toks[j];
      if (t.t === "out" && toks[j + 1].t === x.t) {
        ok = toks[j + 2].t === ")";
        break;
      }
      if (t.k === "id" ? t.t === x.t : !(t.k === "num" || t.k === "str" || t.k === "chr" || [".", "(", ",", "!", "this", "out"].includes(t.t))) break;
    }
    if (ok) for (let k = i + 2; k < i + 7; k++) drop.add(k);
  }
  if (!drop.size) return toks;
  return toks.filter((_, i) => !drop.has(i));
}

/** For each token: true when it stands in code (a method body, accessor, lambda), not in a type's body. */
export function inCode(toks: Tok[], sh: Shape): boolean[] {
  const stack: boolean[] = [];
  const res: boolean[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t === "}") stack.pop();
    res.push(stack.length > 0 && stack[stack.length - 1]);
    if (toks[i].t === "{") stack.push(sh.kind.get(i) === "code");
  }
  return res;
}

const TYPE_KW = new Set(["int", "long", "double", "float", "decimal", "string", "bool", "char", "byte", "sbyte", "short", "ushort", "uint", "ulong", "object"]);

/** End (exclusive) of a type written from token i (`A.B<C, D[]>[]?`), or -1. */
function typeEnd(toks: Tok[], i: number): number {
  const t = toks[i];
  if (!t || !(t.k === "id" || (t.k === "kw" && TYPE_KW.has(t.t)))) return -1;
  let j = i + 1;
  while (toks[j]?.t === "." && toks[j + 1]?.k === "id") j += 2;
  if (toks[j]?.t === "<") {
    let depth = 0;
    for (; j < toks.length; j++) {
      const x = toks[j];
      if (x.t === "<") depth++;
      else if (x.t === ">") {
        if (--depth === 0) break;
      } else if (!(x.k === "id" || (x.k === "kw" && TYPE_KW.has(x.t)) || [".", ",", "[", "]", "?"].includes(x.t))) return -1;
    }
    if (toks[j]?.t !== ">") return -1;
    j++;
  }
  while (toks[j]?.t === "[" && toks[j + 1]?.t === "]") j += 2;
  if (toks[j]?.t === "?") j++;
  return j;
}

/** The `;` ending the statement that starts at i (none inside parentheses, brackets or braces), and whether a top-level `,` occurs. */
function statementEnd(toks: Tok[], i: number): { end: number; comma: boolean } {
  let depth = 0;
  let comma = false;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j].t;
    if (t === "(" || t === "[" || t === "{") depth++;
    else if (t === ")" || t === "]" || t === "}") {
      if (--depth < 0) return { end: -1, comma };
    } else if (depth === 0 && t === ",") comma = true;
    else if (depth === 0 && t === ";") return { end: j, comma };
  }
  return { end: -1, comma };
}

const sameToks = (toks: Tok[], a: number, b: number, n: number) => {
  for (let k = 0; k < n; k++) if (toks[a + k].t !== toks[b + k].t) return false;
  return true;
};

/** A local declaration statement starting at i: its type's end, its name, its `;`. */
function localDecl(toks: Tok[], i: number, code: boolean[], parenDepth: number[]): { te: number; end: number; comma: boolean } | null {
  if (!code[i] || parenDepth[i] !== 0) return null;
  const p = toks[i - 1]?.t;
  if (p !== "{" && p !== ";" && p !== "}") return null;
  if (toks[i].t === "var" || toks[i].t === "const" || toks[i].t === "return") return null;
  const te = typeEnd(toks, i);
  if (te < 0 || toks[te]?.k !== "id" || !["=", ";"].includes(toks[te + 1]?.t ?? "")) return null;
  const { end, comma } = statementEnd(toks, te);
  if (end < 0) return null;
  return { te, end, comma };
}

function parenDepths(toks: Tok[]): number[] {
  const res: number[] = [];
  let d = 0;
  for (const t of toks) {
    if (t.t === ")") d--;
    res.push(d);
    if (t.t === "(") d++;
  }
  return res;
}

/** `T x = new T(...)` (one declarator) → `var x = new T(...)`, when T is longer than `var`. */
export function varForNew(toks: Tok[], sh: Shape): Tok[] {
  const code = inCode(toks, sh);
  const pd = parenDepths(toks);
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const d = localDecl(toks, i, code, pd);
    if (d && !d.comma && toks[d.te + 1].t === "=" && toks[d.te + 2]?.t === "new") {
      const n = d.te - i;
      const text = toks.slice(i, d.te).map((t) => t.t).join("");
      const after = d.te + 3 + n;
      if (text.length > 3 && sameToks(toks, i, d.te + 3, n) && (toks[after]?.t === "(" || toks[after]?.t === "{")) {
        out.push({ ...toks[i], k: "kw", t: "var" });
        i = d.te - 1;
        continue;
      }
    }
    out.push(toks[i]);
  }
  return out;
}

const SAFE_BEFORE = new Set(["(", ",", "=", "return", "?", ":", "==", "!=", "&&", "||"]);
const SAFE_AFTER = new Set([")", ",", ";", ":", "?", "==", "!=", "&&", "||"]);

/** `double.PositiveInfinity` → `1/0d`, `double.NegativeInfinity` → `-1/0d`, `double.NaN` → `0/0d`, where nothing binds tighter around them. */
export function infinities(toks: Tok[]): Tok[] {
  const spell: Record<string, string[]> = { PositiveInfinity: ["1", "/", "0d"], NegativeInfinity: ["-", "1", "/", "0d"], NaN: ["0", "/", "0d"] };
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const m = toks[i + 2]?.t;
    if (t.t === "double" && toks[i + 1]?.t === "." && m && spell[m] && SAFE_BEFORE.has(toks[i - 1]?.t ?? "") && SAFE_AFTER.has(toks[i + 3]?.t ?? "")) {
      for (const s of spell[m]) out.push({ ...t, k: /^[0-9]/.test(s) ? "num" : "op", t: s, orig: undefined });
      i += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}

const FIELD_MOD = new Set(["public", "private", "protected", "internal", "static", "readonly", "volatile", "new"]);

/**
 * Fields without initializers that have the same modifiers and type share one declaration, at the
 * place of the first (the order of fields that nothing initializes means nothing in C#); consecutive
 * local declarations of one type share one statement (their initializers still run in order).
 * At `full` also static fields and array initializers of literals and constants (`static string[]
 * a = {..}, b = {..};`) where every static field of that type is initialized so (no order to keep).
 * `fieldsOnly` (the readable layouts): no static fields, the moved names printed on the line of the
 * first (a local's on the line where the one before it ends), and blank lines counted as if the
 * moved declarations were still there.
 */
export function mergeDeclarations(toks: Tok[], sh: Shape, fieldsOnly = false): Tok[] {
  const drop = new Set<number>();
  const semi = new Map<number, Tok>(); // a `;` printed as `,`
  const moved = new Map<number, Tok[]>(); // tokens appended before index (the first field's `;`)
  // fields, per type body (the top level is Program's)
  const groups = new Map<string, { semi: number; names: Tok[]; first: number; pub: boolean; needsPub: boolean }>();
  const owner = (a: number) => {
    // the brace that opens the type the member is in (-1: top level)
    for (let j = a - 1; j >= 0; j--) if (toks[j].t === "{" && sh.depth[j] === sh.depth[a] - 1) return j;
    return -1;
  };
  // classes no type of the script derives from (and no struct: there `public` goes nowhere it was not)
  const bases = baseNames(toks);
  const sealedClass = (open: number) => sh.kind.get(open) === "type" && toks[open - 2]?.t === "class" && toks[open - 1]?.k === "id" && !bases.has(toks[open - 1].t);
  // names of constants (a const's value is fixed before any initializer runs)
  const consts = new Set<string>();
  for (const [a, b] of sh.members) {
    if (toks[b].t !== ";") continue;
    let j = a;
    while (j < b && toks[j].k === "kw" && FIELD_MOD.has(toks[j].t)) j++;
    if (toks[j].t !== "const") continue;
    for (let k = j + 1; k < b; k++) if (toks[k].k === "id" && (toks[k + 1]?.t === "=") && (toks[k - 1].t === "," || k === typeEnd(toks, j + 1))) consts.add(toks[k].t);
  }
  // a type whose static fields are all initialized inertly (literals, constants, arrays of them):
  // the order of its static initializers is not observable, so static fields may share a
  // declaration too (`static string[] a = {..}, b = {..};`)
  const staticsInert = new Map<number, boolean>();
  for (const [a, b] of sh.members) {
    if (toks[b].t !== ";") continue;
    let j = a;
    let isStatic = false;
    for (; j < b && toks[j].k === "kw" && FIELD_MOD.has(toks[j].t); j++) if (toks[j].t === "static") isStatic = true;
    if (!isStatic || toks[j].t === "const") continue;
    const o = owner(a);
    const te = typeEnd(toks, j);
    // (an expression-bodied method or property ends with `;` too: it initializes nothing)
    if (te > 0 && (toks[te + 1]?.t === "(" || toks[te + 1]?.t === "=>")) continue;
    let ok = te > 0 && toks[te]?.k === "id";
    // every declarator's initializer
    for (let k = te + 1; ok && k < b; ) {
      if (toks[k].t === ",") {
        k += 1;
        if (toks[k]?.k !== "id") ok = false;
        k += 1;
        continue;
      }
      if (toks[k].t !== "=") {
        ok = false;
        break;
      }
      let e = k + 1;
      let depth = 0;
      while (e < b && !(depth === 0 && toks[e].t === ",")) {
        if (toks[e].t === "{" || toks[e].t === "(") depth++;
        else if (toks[e].t === "}" || toks[e].t === ")") depth--;
        e++;
      }
      if (!inertValue(toks, k + 1, e, consts)) ok = false;
      k = e;
    }
    staticsInert.set(o, (staticsInert.get(o) ?? true) && ok);
  }
  for (const [a, b] of sh.members) {
    if (toks[b].t !== ";") continue;
    let j = a;
    let isConst = false;
    let isStatic = false;
    for (; j < b && toks[j].k === "kw" && (FIELD_MOD.has(toks[j].t) || toks[j].t === "const"); j++) {
      if (toks[j].t === "const") isConst = true;
      if (toks[j].t === "static") isStatic = true;
    }
    if (toks[j].k === "comment") continue;
    const te = typeEnd(toks, j);
    // a field without an initializer, a constant (constants may name each other in any order), or
    // an instance field whose initializer nothing can observe being made (a literal, `new List<T>()`)
    const init = toks[te + 1]?.t === "=" && (isConst || ((!isStatic || (!fieldsOnly && staticsInert.get(owner(a)) === true)) && inertValue(toks, te + 2, b, fieldsOnly ? undefined : consts)));
    if (te < 0 || toks[te]?.k !== "id" || !(te + 1 === b || init)) continue;
    let hasComment = false;
    for (let k = a; k <= b; k++) if (toks[k].k === "comment") hasComment = true;
    if (hasComment) continue;
    // (`full`: in a class no type derives from, `public` may go to fields that lacked it, so they share a declaration:
    // nothing outside a nested class could name them before, and no derived class's lookup can meet them)
    const open = owner(a);
    const loose = !fieldsOnly && open >= 0 && sealedClass(open);
    const pub = toks.slice(a, te).some((t) => t.t === "public");
    const key = `${open}|${toks.slice(a, te).filter((t) => !(loose && t.t === "public")).map((t) => t.t).join(" ")}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { semi: b, names: [], first: a, pub, needsPub: false });
      continue;
    }
    if (pub && !g.pub) g.needsPub = true;
    for (let k = a; k <= b; k++) drop.add(k);
    // (printed on the line of the first: a moved `{..}` ending a line would end the member there)
    const at = (t: Tok): Tok => ({ ...t, line: toks[g.semi].line });
    g.names.push(at({ ...toks[b], k: "op", t: "," }), ...toks.slice(te, b).map(at));
  }
  for (const g of groups.values()) if (g.names.length) moved.set(g.semi, g.names);
  const publish = new Set([...groups.values()].filter((g) => g.needsPub).map((g) => g.first));
  // locals
  const code = inCode(toks, sh);
  const pd = parenDepths(toks);
  // (the readable layouts: the declarators moved print on the line where the one before them ends)
  const relined = new Map<number, Tok>();
  for (let i = 0; i < toks.length; i++) {
    const d = localDecl(toks, i, code, pd);
    if (!d) continue;
    const len = d.te - i; // the type's tokens
    let cur = d;
    for (;;) {
      const n = cur.end + 1;
      const e = localDecl(toks, n, code, pd);
      if (!e || e.te - n !== len || !sameToks(toks, i, n, len)) break;
      const last = relined.get(cur.end) ?? toks[cur.end];
      semi.set(cur.end, { ...last, t: "," });
      for (let k = n; k < e.te; k++) drop.add(k);
      if (fieldsOnly) for (let k = e.te; k <= e.end; k++) relined.set(k, { ...toks[k], line: last.line, ...(k === e.end ? { end: toks[k].end ?? toks[k].line } : {}) });
      cur = e;
    }
    i = cur.end;
  }
  if (!drop.size && !semi.size && !publish.size) return toks;
  const out: Tok[] = [];
  let kept = -1; // the last kept token's index in out
  for (let i = 0; i < toks.length; i++) {
    const m = moved.get(i);
    if (m) out.push(...m);
    if (publish.has(i)) out.push({ ...toks[i], k: "kw", t: "public" });
    if (drop.has(i)) {
      // blank lines are counted from the last line of what went
      if (fieldsOnly && kept >= 0) out[kept] = { ...out[kept], end: toks[i].line };
      continue;
    }
    out.push(semi.get(i) ?? relined.get(i) ?? toks[i]);
    kept = out.length - 1;
  }
  return out;
}

const DECL_PREV = (t: Tok | undefined) => !!t && (t.k === "id" || (t.k === "kw" && TYPE_KW.has(t.t)) || t.t === ">" || t.t === "]" || t.t === "?");

/** Whether the `>` at i closes a type's argument list (`List<int> x`), not a comparison (`r > x`). */
function closesTypeArgs(toks: Tok[], i: number): boolean {
  let depth = 0;
  for (let k = i; k >= 0; k--) {
    const t = toks[k];
    if (t.t === ">") depth++;
    else if (t.t === "<") {
      if (--depth === 0) return toks[k - 1]?.k === "id";
    } else if (!(t.k === "id" || (t.k === "kw" && TYPE_KW.has(t.t)) || [".", ",", "[", "]", "?"].includes(t.t))) return false;
  }
  return false;
}
/** DECL_PREV, with a `>` only where it closes type arguments. */
const declPrev = (toks: Tok[], i: number) => DECL_PREV(toks[i]) && (toks[i].t !== ">" || closesTypeArgs(toks, i));

/**
 * Program's `const int N = 65;` (and double, bool, string constants) is written as its literal where
 * that is shorter overall (counting the renamed name as two characters): a number used anywhere, a
 * string used once or twice. Only a name declared nowhere else, never qualified, and not the API's.
 */
export function inlineConstants(toks: Tok[], sh: Shape, ext: Set<string>): Tok[] {
  const consts = new Map<string, { a: number; b: number; lit: Tok; first: number }>();
  for (const [first, b] of sh.members) {
    let a = first;
    while (a < b && (toks[a].t === "public" || toks[a].t === "private" || toks[a].t === "internal")) a++;
    if (sh.depth[a] !== 0 || b - a !== 5 || toks[a].t !== "const" || toks[a + 3].t !== "=" || toks[b].t !== ";") continue;
    const ty = toks[a + 1].t;
    const name = toks[a + 2];
    const lit = toks[a + 4];
    const ok =
      (ty === "int" && lit.k === "num" && /^[0-9]+$/.test(lit.t) && Number(lit.t) <= 2147483647) ||
      (ty === "double" && lit.k === "num" && /^[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?[dD]?$/.test(lit.t) && /[.eEdD]/.test(lit.t)) ||
      (ty === "bool" && (lit.t === "true" || lit.t === "false")) ||
      (ty === "string" && lit.k === "str");
    if (ok && name.k === "id" && !ext.has(name.t)) consts.set(name.t, { a, b, lit, first });
  }
  if (!consts.size) return toks;
  const uses = new Map<string, number[]>();
  const bad = new Set<string>();
  // names in an enum's body are its members
  const inEnum = new Uint8Array(toks.length);
  for (const [o, k] of sh.kind) if (k === "enum") inEnum.fill(1, o, sh.match.get(o)! + 1);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const c = consts.get(t.t);
    if (!c || t.k !== "id" || i === c.a + 2) continue;
    const p = toks[i - 1];
    const n = toks[i + 1]?.t ?? "";
    if (inEnum[i] || p?.t === "." || p?.t === "?." || p?.t === "::" || n === "." || n === "(" || n === "<" || (declPrev(toks, i - 1) && ["=", ";", "in", ")", ",", "{"].includes(n)) || p?.t === "=>" || n === "=>")
      bad.add(t.t);
    else (uses.get(t.t) ?? uses.set(t.t, []).get(t.t)!).push(i);
  }
  const replace = new Map<number, Tok>();
  const drop = new Set<number>();
  for (const [name, c] of consts) {
    if (bad.has(name)) continue;
    const at = uses.get(name) ?? [];
    const declLen = toks.slice(c.a, c.b + 1).reduce((s, t) => s + t.t.length, 0) + 1;
    if (at.length * (c.lit.t.length - 2) >= declLen) continue;
    for (const i of at) replace.set(i, { ...toks[i], k: c.lit.k, t: c.lit.t });
    for (let k = c.first; k <= c.b; k++) drop.add(k);
  }
  if (!drop.size) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) if (!drop.has(i)) out.push(replace.get(i) ?? toks[i]);
  return out;
}

/**
 * `(T)(x.y(z))` → `(T)x.y(z)`: a cast's operand in parentheses that is a primary expression (a
 * name, `this`, a literal, then member accesses, calls and indexers): the cast applies to the same
 * expression without them (a cast binds looser than the postfix operators, tighter than the rest).
 */
export function castParens(toks: Tok[], sh: Shape): Tok[] {
  const drop = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== "(") continue;
    const p = toks[i - 1];
    if (!p || !((p.k === "op" && p.t !== ")" && p.t !== "]" && p.t !== "." && p.t !== "?." && p.t !== "}") || p.t === "return")) continue;
    // C191: `F<T>(a)(1d)` is a generic call's result called, not a cast `(T)` of `(a)`
    if (p.t === ">" && closesTypeArgs(toks, i - 1)) continue;
    const te = typeEnd(toks, i + 1);
    if (te < 0 || toks[te]?.t !== ")" || sh.parenMatch.get(i) !== te) continue;
    const open = te + 1;
    if (toks[open]?.t !== "(") continue;
    const close = sh.parenMatch.get(open);
    if (close === undefined) continue;
    const f = toks[open + 1];
    let ok = f.k === "id" || f.t === "this" || f.t === "base" || f.k === "str" || (f.k === "num" && !toks[open + 2]?.t.startsWith("."));
    let j = open + 2;
    while (ok && j < close) {
      const t = toks[j];
      if ((t.t === "." || t.t === "?.") && toks[j + 1]?.k === "id") j += 2;
      else if (t.t === "(") j = sh.parenMatch.get(j)! + 1;
      else if (t.t === "[") {
        let d = 0;
        for (; j < close; j++) {
          if (toks[j].t === "[") d++;
          else if (toks[j].t === "]" && --d === 0) break;
        }
        j++;
      } else ok = false;
    }
    if (ok && j === close) drop.add(open).add(close);
  }
  if (!drop.size) return toks;
  return toks.filter((_, k) => !drop.has(k));
}

/**
 * `T x = y;` → `var x = y;` where y is a field of the class the member is in, declared with the
 * same type T, or a parameter of the member declared with T (and no local or lambda parameter of
 * the member has y's name): var then gives x the type T. Runs after renaming (types are shorter,
 * so only long types are worth it) and before declarations merge.
 */
export function varForSameType(toks: Tok[], sh: Shape): Tok[] {
  const typeText = (a: number, b: number) => toks.slice(a, b).map((t) => t.t).join(" ");
  // the fields of each type body (-1: Program's)
  const fields = new Map<number, Map<string, string>>();
  const ownerOf = (a: number) => {
    for (let j = a - 1; j >= 0; j--) if (toks[j].t === "{" && sh.depth[j] === sh.depth[a] - 1) return j;
    return -1;
  };
  for (const [a, b] of sh.members) {
    let j = a;
    while (j < b && toks[j].k === "kw" && FIELD_MOD.has(toks[j].t)) j++;
    const te = typeEnd(toks, j);
    if (te < 0 || toks[te]?.k !== "id" || !["=", ";"].includes(toks[te + 1]?.t ?? "")) continue;
    const o = ownerOf(a);
    (fields.get(o) ?? fields.set(o, new Map()).get(o)!).set(toks[te].t, typeText(j, te));
  }
  const code = inCode(toks, sh);
  const pd = parenDepths(toks);
  const memberAt = new Int32Array(toks.length).fill(-1);
  sh.members.forEach(([a, b], m) => memberAt.fill(m, a, b + 1));
  const replace = new Map<number, number>(); // type start → type end
  for (let i = 0; i < toks.length; i++) {
    const d = localDecl(toks, i, code, pd);
    if (!d || d.comma || toks[d.te + 1].t !== "=" || toks[d.te + 2]?.k !== "id" || toks[d.te + 3]?.t !== ";") continue;
    const ty = typeText(i, d.te);
    if (ty.replace(/ /g, "").length <= 3) continue;
    const y = toks[d.te + 2].t;
    const m = memberAt[i];
    if (m < 0) continue;
    const [a, b] = sh.members[m];
    // the member's parameters: `T name` before `,` `)` or `=` in its header's parameter list
    let paramType: string | null = null;
    let declaredInside = false;
    let header = a;
    while (header <= b && !["{", "=>", ";"].includes(toks[header].t)) header++;
    for (let k = a; k <= b; k++) {
      if (toks[k].t !== y || toks[k].k !== "id") continue;
      const p = toks[k - 1];
      const n = toks[k + 1]?.t ?? "";
      if (!(DECL_PREV(p) && ["=", ";", "in", ")", ","].includes(n)) && n !== "=>") continue;
      if (k < header) {
        // a parameter: its type starts after `(` or `,`
        let s = k - 1;
        while (s > a && toks[s - 1].t !== "(" && toks[s - 1].t !== ",") s--;
        paramType = typeEnd(toks, s) === k ? typeText(s, k) : "?";
      } else declaredInside = true;
    }
    if (declaredInside) continue;
    const fieldType = fields.get(ownerOf(a))?.get(y);
    const known = paramType ?? fieldType;
    if (known === ty) replace.set(i, d.te);
  }
  if (!replace.size) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const e = replace.get(i);
    if (e !== undefined) {
      out.push({ ...toks[i], k: "kw", t: "var" });
      i = e - 1;
    } else out.push(toks[i]);
  }
  return out;
}

/**
 * A string literal written often enough becomes one const of Program's (a const string is the same
 * string, interned, usable wherever the literal was, `case` labels included), when that is shorter
 * counting the renamed name as made-up names are long (short-names.ts: one character, or two in a big script).
 */
export function shareStrings(toks: Tok[], taken: Set<string>): Tok[] {
  const count = new Map<string, number>();
  for (const t of toks) if (t.k === "str") count.set(t.t, (count.get(t.t) ?? 0) + 1);
  const names = new Map<string, string>();
  let k = 0;
  // constants of one type share a declaration (mergeDeclarations): a string costs `,x="..."` when
  // Program declares a const string already or two of them are worth it, `const string ;` once more else
  const N = madeNameLength(toks);
  const gain = (s: string, n: number) => n * (s.length - N) - (s.length + N + 2);
  const worth = [...count].filter(([s, n]) => gain(s, n) > 0);
  let depth = 0;
  let declared = false;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t === "{") depth++;
    else if (toks[i].t === "}") depth--;
    else if (depth === 0 && toks[i].t === "const" && toks[i + 1]?.t === "string") declared = true;
  }
  if (!declared && worth.reduce((g, [s, n]) => g + gain(s, n), 0) <= 14) return toks;
  for (const [s] of worth) {
    let name = `pbtsStr${k++}`;
    while (taken.has(name)) name = `pbtsStr${k++}`;
    names.set(s, name);
  }
  if (!names.size) return toks;
  const out = toks.map((t) => (t.k === "str" && names.has(t.t) ? { ...t, k: "id" as const, t: names.get(t.t)!, orig: t.t } : t));
  let first = 0;
  while (first < out.length && out[first].k === "comment") first++;
  const at = out[first] ?? out[0];
  const decls: Tok[] = [];
  for (const [s, name] of names) decls.push(tok("kw", "const", at), tok("kw", "string", at), { ...tok("id", name, at), orig: s }, tok("op", "=", at), tok("str", s, at), tok("op", ";", at));
  return [...out.slice(0, first), ...decls, ...out.slice(first)];
}

/**
 * `GetBlocksOfType<T>(x)` (or `(x, collect)`) where x is declared once in the script, as a `List<T>`
 * of that T: `GetBlocksOfType(x)`. C# infers T from `List<T>` (the API's other overload, taking a
 * `List<IMyTerminalBlock>`, cannot infer its T and drops out), so the same method is called;
 * never for T = IMyTerminalBlock, where both overloads would take the list.
 */
export function inferBlockTypes(toks: Tok[]): Tok[] {
  // declarations per name: the type's tokens (`List<T>`), or null for anything else
  const decls = new Map<string, (string | null)[]>();
  const note = (n: string, ty: string | null) => (decls.get(n) ?? decls.set(n, []).get(n)!).push(ty);
  // a lambda's untyped parameters (`x =>`, `(a, x) =>`) and foreach variables (`var x in`): not read
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].t === "in" && toks[k - 1].k === "id") note(toks[k - 1].t, null);
    if (toks[k].t !== "=>") continue;
    if (toks[k - 1].k === "id") note(toks[k - 1].t, null);
    if (toks[k - 1].t !== ")") continue;
    for (let j = k - 2, depth = 0; j >= 0 && !(toks[j].t === "(" && depth-- === 0); j--) {
      if (toks[j].t === ")") depth++;
      else if (toks[j].k === "id" && [",", "("].includes(toks[j - 1]?.t ?? "")) note(toks[j].t, null);
    }
  }
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    // a property (`List<T> x => e`, `List<T> x { get`) declares x as well (C64)
    if (t.k !== "id" || !["=", ";", ",", ")", "=>", "{"].includes(toks[i + 1].t)) continue;
    const p = toks[i - 1];
    let ty: string | null = null;
    if (p.t === "var" && toks[i + 1].t === "=" && toks[i + 2]?.t === "new") {
      let e = i + 3;
      while (e < toks.length && toks[e].t !== "(" && toks[e].t !== ";") e++;
      ty = toks.slice(i + 3, e).map((u) => u.t).join(" ");
    } else if (p.t === ">") {
      let b = i - 1;
      let depth = 0;
      for (; b >= 0; b--) {
        if (toks[b].t === ">") depth++;
        else if (toks[b].t === "<" && --depth === 0) break;
      }
      if (b < 1 || toks[b - 1].k !== "id") continue;
      ty = toks.slice(b - 1, i).map((u) => u.t).join(" ");
      if (toks[b - 2]?.t === ".") ty = null;
    } else if (!(p.k === "id" || (p.k === "kw" && TYPE_KW.has(p.t)) || p.t === "]" || p.t === "?")) continue;
    note(t.t, ty);
  }
  const drop = new Set<number>();
  for (let i = 1; i + 3 < toks.length; i++) {
    if (toks[i].t !== "GetBlocksOfType" || toks[i - 1].t !== "." || toks[i + 1].t !== "<") continue;
    let c = i + 2;
    let depth = 1;
    for (; c < toks.length && depth > 0; c++) {
      if (toks[c].t === "<") depth++;
      else if (toks[c].t === ">") depth--;
    }
    // c: the token after the closing `>`
    if (toks[c]?.t !== "(") continue;
    const args = toks.slice(i + 2, c - 1).map((u) => u.t).join(" ");
    if (args === "IMyTerminalBlock") continue;
    let a = c + 1;
    if (toks[a]?.t === "this" && toks[a + 1]?.t === ".") a += 2;
    const x = toks[a];
    if (x?.k !== "id" || ![")", ","].includes(toks[a + 1]?.t)) continue;
    // a collect argument only as a lambda (`d =>`, `(d) =>`, `(T d) =>`): from a method group or a
    // Func<IMyTerminalBlock, bool> mcs cannot infer T (CS0411, C67)
    if (toks[a + 1].t === "," && !collectLambda(toks, a + 2, args)) continue;
    const d = decls.get(x.t);
    if (!d || d.length !== 1 || d[0] !== `List < ${args} >`) continue;
    for (let k = i + 1; k < c; k++) drop.add(k);
  }
  return drop.size ? toks.filter((_, i) => !drop.has(i)) : toks;
}

/** Whether a lambda whose parameter is untyped or of type `ty` starts at i. */
function collectLambda(toks: Tok[], i: number, ty: string): boolean {
  if (toks[i]?.k === "id" && toks[i + 1]?.t === "=>") return true;
  if (toks[i]?.t !== "(") return false;
  if (toks[i + 1]?.k === "id" && toks[i + 2]?.t === ")" && toks[i + 3]?.t === "=>") return true;
  return toks[i + 1]?.t === ty && toks[i + 2]?.k === "id" && toks[i + 3]?.t === ")" && toks[i + 4]?.t === "=>";
}

const NUMERIC_KW = new Set(["int", "long", "uint", "ulong", "short", "ushort", "byte", "sbyte", "char", "float", "double"]);
// tokens after which `1d*x` groups as `(double)x` did: nothing binds tighter on the left than `*`
// (not after `*`, `/`, `%`: `a/(double)x` is not `a/1d*x`)
const WIDEN_AFTER = new Set(["(", ",", "=", "+", "-", "<", ">", "<=", ">=", "==", "!=", "?", ":", "&&", "||", "return", "=>", "[", "+=", "-="]);

/**
 * Whether the `+`/`-` at i is unary and what stands before it binds tighter than `*` (`a / -(double)x`:
 * `a/-1d*x` would be `(a/-1)*x`, C66). Binary after an operand (a name, a literal, `]`, a `)` that
 * is not a cast's).
 */
function tightUnary(toks: Tok[], i: number): boolean {
  if (toks[i]?.t !== "-" && toks[i]?.t !== "+") return false;
  const p = toks[i - 1];
  if (p && (p.k === "num" || p.k === "str" || p.k === "chr" || p.k === "id" || p.t === "]" || ["this", "true", "false", "null"].includes(p.t))) return false;
  if (p?.t === ")" && !(toks[i - 3]?.t === "(" && toks[i - 2]?.k === "kw" && TYPE_KW.has(toks[i - 2].t))) return false;
  return !WIDEN_AFTER.has(p?.t ?? "") || tightUnary(toks, i - 1);
}

/**
 * `(double)x` → `1d*x` for a name x every declaration of which has a built-in number type (never
 * nullable, an enum or decimal): x converted to double and multiplied by one is the same double, and
 * `*` takes its left operand as the cast's result did where only a looser operator stands before it.
 * Before renaming, so the names are the emitter's; a name declared in a way this does not read (a
 * later declarator, `int a, b`) counts as not a number. A local or parameter counts in its member when
 * every declaration of its name there has a number type and every field or property so named too (a
 * local's name elsewhere in the script does not matter). `(double)(e)` → `1d*(e)` where e is only such
 * names, number literals, `+ - * / %` and parentheses (a built-in number: the same conversion of the same value).
 */
export function widenCasts(toks: Tok[], sh?: Shape): Tok[] {
  const numeric = new Map<string, boolean>();
  // per member (its index in sh.members): its locals' and parameters' names; -1: fields, properties, the rest
  const scoped = new Map<number, Map<string, boolean>>();
  const code = sh ? inCode(toks, sh) : undefined;
  const starts = sh ? sh.members.map(([a]) => a) : [];
  const memberAt = (i: number): number => {
    if (!sh) return -1;
    let lo = 0;
    let hi = starts.length - 1;
    let m = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= i) (m = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return m >= 0 && i <= sh.members[m][1] ? m : -1;
  };
  /** -1 for a declaration at type level (a field's), else the member whose local or parameter it is */
  const scopeOf = (i: number): number => {
    const m = memberAt(i);
    if (m < 0 || !code) return -1;
    if (code[i]) return m;
    // a parameter: inside the member's first parentheses
    const [a] = sh!.members[m];
    for (let k = a; k < i; k++) if (toks[k].t === "(") return sh!.parenMatch.get(k)! > i ? m : -1;
    return -1;
  };
  const note = (n: string, ok: boolean, i: number) => {
    numeric.set(n, (numeric.get(n) ?? true) && ok);
    const sc = scopeOf(i);
    const m = scoped.get(sc) ?? scoped.set(sc, new Map()).get(sc)!;
    m.set(n, (m.get(n) ?? true) && ok);
  };
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id") continue;
    const p = toks[i - 1];
    const n = toks[i + 1].t;
    if (p.t === "," && (n === "=" || n === ";" || n === ",")) note(t.t, false, i);
    // (`in`: a foreach variable, `foreach (var m in modes)` of foreachLoops, may be an enum: C65)
    if (!["=", ";", ",", ")", "=>", "{", "in"].includes(n)) continue;
    if (p.k === "kw" && NUMERIC_KW.has(p.t)) note(t.t, true, i);
    else if (p.k === "id" || p.k === "kw" || p.t === ">" || p.t === "]" || p.t === "?") note(t.t, false, i);
  }
  // a lambda's parameters have no type written: not known to be numbers
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].t !== "=>") continue;
    if (toks[k - 1].k === "id") note(toks[k - 1].t, false, k - 1);
    if (toks[k - 1].t !== ")") continue;
    let depth = 0;
    for (let j = k - 1; j >= 0; j--) {
      if (toks[j].t === ")") depth++;
      else if (toks[j].t === "(" && --depth === 0) break;
      else if (toks[j].k === "id") note(toks[j].t, false, j);
    }
  }
  const isNumber = (x: string, i: number): boolean => {
    if (numeric.get(x) === true) return true;
    if (!sh || scoped.get(-1)?.get(x) === false) return false;
    return scoped.get(memberAt(i))?.get(x) === true;
  };
  /** `( e )` from i: e only number names, number literals, arithmetic and parentheses; the `)`'s index or -1 */
  const numberGroup = (i: number): number => {
    const close = sh?.parenMatch.get(i);
    if (close === undefined || close < i) return -1;
    for (let k = i + 1; k < close; k++) {
      const u = toks[k];
      if (u.k === "num" || ["+", "-", "*", "/", "%", "(", ")"].includes(u.t)) continue;
      if (u.k === "id" && isNumber(u.t, k) && toks[k - 1].t !== "." && toks[k + 1]?.t !== "." && toks[k + 1]?.t !== "(") continue;
      return -1;
    }
    return close;
  };
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const x = toks[i + 3];
    if (t.t === "(" && toks[i + 1]?.t === "double" && toks[i + 2]?.t === ")" && WIDEN_AFTER.has(toks[i - 1]?.t ?? "") && !tightUnary(toks, i - 1)) {
      const end = x?.k === "id" && isNumber(x.t, i + 3) ? i + 3 : x?.t === "(" ? numberGroup(i + 3) : -1;
      if (end >= 0 && ![".", "(", "[", "?.", "++", "--"].includes(toks[end + 1]?.t ?? "")) {
        out.push({ ...toks[i + 1], k: "num", t: "1d" }, { ...toks[i + 2], k: "op", t: "*" });
        i += 2;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/**
 * `MyGridProgram` as a type is `Program` (after renaming): a script's only MyGridProgram is Program's
 * `this` (the game makes it; MyGridProgram is abstract and Program the one class deriving from it),
 * and a nested class reaches Program's inherited members through a Program as well. Not when the
 * name is used otherwise (`new`, a base list, `X.MyGridProgram`) or `Program` names anything but
 * Program's constructor.
 */
export function programType(toks: Tok[]): Tok[] {
  let any = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id") continue;
    if (t.t === "Program" && toks[i + 1]?.t !== "(") return toks;
    if (t.t !== "MyGridProgram") continue;
    const p = toks[i - 1]?.t;
    if (p === ":" || p === "new" || p === "." || p === "?." || p === "::" || toks[i + 1]?.t === ".") return toks;
    any = true;
  }
  return any ? toks.map((t) => (t.k === "id" && t.t === "MyGridProgram" ? { ...t, t: "Program" } : t)) : toks;
}

/**
 * Shorter forms of a double (or float) literal with the same value: `32.0` → `32d`, `0.5` → `.5`,
 * `1.0f` → `1f` (C#'s real literals; a decimal's `1.0m` keeps its scale, so it stays).
 */
export function numberForms(toks: Tok[]): Tok[] {
  return toks.map((t) => {
    if (t.k !== "num") return t;
    let m = /^([0-9]+)\.0+([dDfF]?)$/.exec(t.t);
    if (m) return { ...t, t: m[1] + (m[2] || "d") };
    m = /^0(\.[0-9]+(?:[eE][-+]?[0-9]+)?[dDfF]?)$/.exec(t.t);
    return m ? { ...t, t: m[1] } : t;
  });
}

/**
 * `true` and `false` written often enough become consts of Program's (`const bool a=true,b=false;`):
 * a const bool is the same constant expression wherever the literal was (reachability, definite
 * assignment, `case` labels, default parameter values), and a nested class reaches it unqualified.
 * Only where that is shorter, counting the renamed name as made-up names are long and `const bool ;` once.
 */
export function shareBools(toks: Tok[], taken: Set<string>): Tok[] {
  const count = new Map<string, number>([["true", 0], ["false", 0]]);
  for (const t of toks) if (t.k === "kw" && count.has(t.t)) count.set(t.t, count.get(t.t)! + 1);
  const N = madeNameLength(toks);
  const worth = [...count].filter(([s, n]) => n * (s.length - N) - (s.length + N + 2) > 0);
  const gain = worth.reduce((g, [s, n]) => g + n * (s.length - N) - (s.length + N + 2), 0);
  if (gain <= "const bool ;".length) return toks;
  const names = new Map<string, string>();
  for (const [s] of worth) {
    let name = s === "true" ? "pbtsTrue" : "pbtsFalse";
    while (taken.has(name)) name += "_";
    taken.add(name);
    names.set(s, name);
  }
  const out = toks.map((t) => (t.k === "kw" && names.has(t.t) ? { ...t, k: "id" as const, t: names.get(t.t)!, orig: t.t } : t));
  let first = 0;
  while (first < out.length && out[first].k === "comment") first++;
  const at = out[first] ?? out[0];
  const decls: Tok[] = [];
  for (const [s, name] of names) decls.push(tok("kw", "const", at), tok("kw", "bool", at), { ...tok("id", name, at), orig: s }, tok("op", "=", at), tok("kw", s, at), tok("op", ";", at));
  return [...out.slice(0, first), ...decls, ...out.slice(first)];
}

const DECL_MOD = new Set(["public", "private", "protected", "internal", "static", "readonly", "const", "volatile"]);

/** Whether a declaration (`[modifiers] Type name =|,|;`) starts at token s. */
function startsDeclaration(toks: Tok[], s: number): boolean {
  while (toks[s]?.k === "kw" && DECL_MOD.has(toks[s].t)) s++;
  const te = typeEnd(toks, s);
  return te > 0 && toks[te]?.k === "id" && ["=", ",", ";"].includes(toks[te + 1]?.t ?? "");
}

/** Whether the name at i is a later declarator of a declaration: `int a = 0, NAME = 1;`. */
export function laterDeclarator(toks: Tok[], i: number): boolean {
  if (toks[i]?.k !== "id" || toks[i - 1]?.t !== "," || !["=", ",", ";"].includes(toks[i + 1]?.t ?? "")) return false;
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j].t;
    if (depth === 0 && t === "}" && startsDeclaration(toks, j + 1)) return true;
    if (t === ")" || t === "]" || t === "}") depth++;
    else if (t === "(" || t === "[" || t === "{") {
      if (depth === 0) return startsDeclaration(toks, j + 1);
      depth--;
    } else if (depth === 0 && t === ";") return startsDeclaration(toks, j + 1);
  }
  return startsDeclaration(toks, 0);
}

/**
 * C# 6's expression-bodied members: a method or operator whose body is `{ return e; }` → `=> e;`
 * (a void method's `{ a.F(..); }` → `=> a.F(..);`),
 * a property whose only accessor is `get { return e; }` → `=> e;`. Not a constructor (C# 6 has no
 * expression-bodied constructor; it never returns a value anyway), nothing whose body holds more
 * than that one statement. Runs last: the passes before it look for bodies in braces.
 */
export function expressionBodies(toks: Tok[], sh: Shape, checkedExpr = false): Tok[] {
  const repl = new Map<number, { close: number; expr: [number, number]; checked?: boolean }>(); // body `{` → its `}`, the expression
  /** `{ return e; }` at `open`: the expression's [first, last], or null. */
  const onlyReturn = (open: number): [number, number] | null => {
    const close = sh.match.get(open)!;
    if (toks[open + 1]?.t !== "return" || toks[close - 1].t !== ";" || close - 2 <= open + 1) return null;
    let d = 0;
    for (let k = open + 2; k < close - 1; k++) {
      const t = toks[k];
      if (t.k === "comment") return null;
      if (t.t === "{") d++;
      else if (t.t === "}") d--;
      else if (t.t === ";" && d === 0) return null;
    }
    return [open + 2, close - 2];
  };
  /** `{ a.b(..); }` at `open` (a void method's one call): the call's [first, last], or null. */
  const onlyCall = (open: number): [number, number] | null => {
    const close = sh.match.get(open)!;
    if (toks[close - 1]?.t !== ";" || toks[close - 2]?.t !== ")") return null;
    const args = sh.parenMatch.get(close - 2);
    if (args === undefined || args <= open + 1) return null;
    for (let k = open + 1; k < args; k++) {
      const t = toks[k];
      if (!(t.k === "id" || t.t === "." || ((t.t === "this" || t.t === "base") && k === open + 1))) return null;
      if ((t.t === ".") === ((k - open) % 2 === 1)) return null;
    }
    for (let k = args; k < close - 2; k++) if (toks[k].k === "comment" || toks[k].t === ";" || toks[k].t === "{") return null;
    return [open + 1, close - 2];
  };
  for (const [a, b] of sh.members) {
    if (toks[b].t !== "}") continue;
    const open = sh.match.get(b)!;
    if (open <= a || sh.kind.get(open) !== "code") continue;
    const p = toks[open - 1];
    let e: [number, number] | null = null;
    if (p.t === ")") {
      // a method, not a constructor: its name is not the class's (a constructor has no return type
      // before its name, so the token before the name is a modifier, `{`, `}` or `;`)
      const name = sh.parenMatch.get(open - 1)! - 1;
      if (toks[name]?.k !== "id" || sh.depth[name] !== sh.depth[open]) continue;
      const before = toks[name - 1];
      if (!before || before.t === "{" || before.t === "}" || before.t === ";" || ["public", "private", "protected", "internal", "static"].includes(before.t)) continue;
      if (toks.slice(a, open).some((t) => t.t === "=>" || t.t === "=")) continue;
      e = onlyReturn(open) ?? (before.t === "void" ? onlyCall(open) : null);
      // (`checkedExpr`: `{ checked { return e; } }` → `=> checked(e);`, the same checked context)
      if (!e && checkedExpr && toks[open + 1]?.t === "checked" && toks[open + 2]?.t === "{" && sh.match.get(open + 2) === b - 1) {
        e = onlyReturn(open + 2);
        if (e) {
          repl.set(open, { close: b, expr: e, checked: true });
          continue;
        }
      }
    } else if (p.k === "id" && toks[open + 1]?.t === "get" && toks[open + 2]?.t === "{") {
      const getClose = sh.match.get(open + 2)!;
      if (getClose + 1 !== b) continue;
      e = onlyReturn(open + 2);
    }
    if (e) repl.set(open, { close: b, expr: e });
  }
  if (!repl.size) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const r = repl.get(i);
    if (!r) {
      out.push(toks[i]);
      continue;
    }
    const line = toks[i - 1].line;
    out.push({ k: "op", t: "=>", line, pos: toks[i].pos, sp: true });
    if (r.checked) out.push({ k: "kw", t: "checked", line, pos: toks[i].pos, sp: true }, { k: "op", t: "(", line, pos: toks[i].pos });
    for (let k = r.expr[0]; k <= r.expr[1]; k++) out.push({ ...toks[k], line, ...(k === r.expr[0] ? { sp: !r.checked } : {}) });
    if (r.checked) out.push({ k: "op", t: ")", line, pos: toks[r.close].pos });
    out.push({ k: "op", t: ";", line, pos: toks[r.close].pos, end: toks[r.close].line });
    i = r.close;
  }
  return out;
}

/**
 * `s.IndexOf("c", StringComparison.Ordinal)` → `s.IndexOf('c')` (also LastIndexOf): the char
 * overload compares ordinally, so a one-character needle finds the same index.
 */
export function charIndexOf(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const s = toks[i + 3];
    const body = s?.k === "str" && s.t.startsWith('"') ? s.t.slice(1, -1) : "";
    const one = (body.length === 1 && body !== "'" && body !== "\\") || /^\\[ntr0\\]$/.test(body);
    if (t.t === "." && (toks[i + 1]?.t === "IndexOf" || toks[i + 1]?.t === "LastIndexOf") && toks[i + 2]?.t === "(" && one && toks[i + 4]?.t === "," && toks[i + 5]?.t === "StringComparison" && toks[i + 6]?.t === "." && toks[i + 7]?.t === "Ordinal" && toks[i + 8]?.t === ")") {
      out.push(t, toks[i + 1], toks[i + 2], { ...s, k: "chr", t: `'${body}'` }, toks[i + 8]);
      i += 8;
    } else out.push(t);
  }
  return out;
}

const COLLECTIONS = new Set(["List", "Dictionary", "HashSet", "StringBuilder", "Queue", "Stack"]);

/** Tokens [a, b) are a value whose evaluation nothing can observe: a literal (or shareBools' const), `-literal`, `new List<T>()` (a .NET collection, no arguments). */
function inertValue(toks: Tok[], a: number, b: number, consts?: Set<string>): boolean {
  const t = toks[a];
  // an array initializer of literals and constants (`{ "a", K, -1 }`)
  if (t.t === "{" && toks[b - 1]?.t === "}" && consts) {
    for (let k = a + 1; k < b - 1; k++) {
      const u = toks[k];
      const lit = u.k === "num" || u.k === "str" || u.k === "chr" || u.t === "true" || u.t === "false" || u.t === "null";
      if (!(lit || u.t === "," || (u.t === "-" && toks[k + 1]?.k === "num") || (u.k === "id" && consts.has(u.t) && toks[k - 1].t !== "."))) return false;
    }
    return true;
  }
  // (a shared literal, shareStrings' or shareBools': a const of Program's, the same value)
  if (b - a === 1) return t.k === "num" || t.k === "str" || t.k === "chr" || t.t === "true" || t.t === "false" || t.t === "null" || (t.k === "id" && (t.orig === "true" || t.orig === "false" || (t.orig?.startsWith('"') ?? false)));
  if (b - a === 2) return t.t === "-" && toks[a + 1].k === "num";
  if (t.t !== "new" || !COLLECTIONS.has(toks[a + 1]?.t)) return false;
  const te = typeEnd(toks, a + 1);
  return te === b - 2 && toks[te].t === "(" && toks[te + 1].t === ")";
}

/**
 * A class's constructor that starts by assigning fields values nothing can observe being made
 * (`x = 0;`, `s = "";`, `l = new List<T>();`) → those values become the fields' initializers
 * (`int x = 0;`), which C# runs just before the constructor's body, so the order is the same. Only
 * a class with one constructor that chains to nothing, and no base class (interfaces of the script
 * only), only single-declarator instance fields of that class, and only assignments in the leading
 * run of the constructor's plain assignments (`x = <value>;`), each field once, and only past values
 * that cannot reach the object being built (no `this`, no lambda, no call of one of its methods)
 * and do not name the field.
 */
export function fieldInitializers(toks: Tok[], sh: Shape): Tok[] {
  const interfaces = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) if (toks[i].t === "interface" && toks[i + 1].k === "id") interfaces.add(toks[i + 1].t);
  const drop = new Set<number>();
  const insert = new Map<number, Tok[]>(); // before the field's `;`
  for (const [open, kind] of sh.kind) {
    if (kind !== "type") continue;
    const close = sh.match.get(open)!;
    // `class Name` [`: I1, I2`] `{`
    let c = open - 1;
    while (c >= 0 && toks[c].t !== "class" && toks[c].t !== "struct" && toks[c].t !== "interface" && toks[c].t !== ";" && toks[c].t !== "}" && toks[c].t !== "{") c--;
    if (c < 0 || toks[c].t !== "class" || toks[c + 1]?.k !== "id") continue;
    const name = toks[c + 1].t;
    if (toks[c + 2].t === "<") continue;
    if (toks[c + 2].t === ":") {
      const bases = toks.slice(c + 3, open).filter((t) => t.t !== ",");
      if (!bases.every((t) => t.k === "id" && interfaces.has(t.t))) continue;
    } else if (c + 2 !== open) continue;
    const members = sh.members.filter(([a]) => a > open && a < close && sh.depth[a] === sh.depth[open] + 1);
    // fields: `[mods] T x;` → x's `;`
    const fields = new Map<string, number>();
    const ctors: [number, number][] = [];
    for (const [a, b] of members) {
      let j = a;
      let isStatic = false;
      for (; toks[j].k === "kw" && FIELD_MOD.has(toks[j].t); j++) if (toks[j].t === "static") isStatic = true;
      if (toks[j].t === name && toks[j + 1]?.t === "(") {
        ctors.push([a, b]);
        if (isStatic) ctors.push([a, b]); // (never moved into: counted as a second constructor)
        continue;
      }
      if (toks[j].t === "const" || isStatic) continue;
      const te = typeEnd(toks, j);
      if (te > 0 && toks[te]?.k === "id" && te + 1 === b && toks[b].t === ";") fields.set(toks[te].t, b);
    }
    if (ctors.length !== 1) continue;
    const [ca, cb] = ctors[0];
    let p = ca;
    while (toks[p].t !== "(") p++;
    const pClose = sh.parenMatch.get(p)!;
    if (toks[pClose + 1].t !== "{" || toks[cb].t !== "}") continue; // `: this(...)`, `=> ...`
    const params = new Set<string>();
    for (let k = p + 1; k < pClose; k++) if (toks[k].k === "id" && (toks[k + 1].t === "," || toks[k + 1].t === ")" || toks[k + 1].t === "=")) params.add(toks[k].t);
    const seen = new Set<string>();
    let s = pClose + 2;
    // a body the emitter wrapped in `checked { .. }` (it does int arithmetic): the leading assignments
    // are those of the block (a literal or a new list is the same value checked or not)
    let end = cb;
    if (toks[s]?.t === "checked" && toks[s + 1]?.t === "{" && sh.match.get(s + 1) === cb - 1) (s += 2), (end = cb - 1);
    while (s < end) {
      // `this . x = v ;` or `x = v ;`
      const q = toks[s].t === "this" && toks[s + 1]?.t === "." ? s + 2 : s;
      if (toks[q]?.k !== "id" || toks[q + 1]?.t !== "=") break;
      let e = q + 2;
      let d = 0;
      while (e < end && !(d === 0 && toks[e].t === ";")) {
        if (toks[e].t === "(") d++;
        else if (toks[e].t === ")") d--;
        e++;
      }
      if (e >= end) break;
      const f = toks[q].t;
      const inert = inertValue(toks, q + 2, e);
      const fromParam = e === q + 3 && params.has(toks[q + 2].t);
      if (!inert && !fromParam) {
        // a value that cannot reach this object (no `this`, no call of one of its methods) is
        // passed over; a field it names is not moved past it
        const bareCall = (k: number) => toks[k].k === "id" && toks[k + 1]?.t === "(" && toks[k - 1].t !== "." && toks[k - 1].t !== "new";
        let escapes = false;
        for (let k = q + 2; k < e; k++) if (toks[k].t === "this" || toks[k].t === "base" || toks[k].t === "=>" || toks[k].t === "delegate" || bareCall(k)) escapes = true;
        if (escapes) break;
        for (let k = q + 2; k < e; k++) if (toks[k].k === "id") seen.add(toks[k].t);
      }
      const field = q === s && params.has(f) ? undefined : fields.get(f);
      if (seen.has(f)) break;
      seen.add(f);
      if (inert && field !== undefined) {
        for (let k = s; k <= e; k++) drop.add(k);
        insert.set(field, [{ k: "op", t: "=", line: toks[field].line, pos: toks[field].pos, sp: true }, ...toks.slice(q + 2, e).map((t, k) => ({ ...t, line: toks[field].line, pos: toks[field].pos, sp: k === 0 ? true : t.sp }))]);
      }
      s = e + 1;
    }
  }
  if (!drop.size) return toks;
  const out: Tok[] = [];
  let kept = -1;
  for (let i = 0; i < toks.length; i++) {
    const m = insert.get(i);
    if (m) out.push(...m);
    if (drop.has(i)) {
      if (kept >= 0) out[kept] = { ...out[kept], end: toks[i].line };
      continue;
    }
    out.push(toks[i]);
    kept = out.length - 1;
  }
  return out;
}

/**
 * A field that is a table (`static List<string> KEYS = new List<string> { "id", "rank" };`) read only
 * by index anywhere in the script (every other use of its name is `KEYS[...]`) → an array with an
 * array initializer (`static string[] KEYS = { "id", "rank" };`): the same reads, without the list.
 */
export function tableArrays(toks: Tok[], sh: Shape): Tok[] {
  const edits = new Map<number, { end: number; repl: Tok[] }>();
  for (const [a, b] of sh.members) {
    let i = a;
    while (i < b && ["static", "public", "private", "internal", "protected", "readonly"].includes(toks[i].t)) i++;
    if (toks[i].t !== "List" || toks[i + 1]?.t !== "<") continue;
    // the element type: tokens up to the matching `>`
    let j = i + 2;
    let depth = 1;
    for (; j < b && depth > 0; j++) depth += toks[j].t === "<" ? 1 : toks[j].t === ">" ? -1 : 0;
    const gt = j - 1; // the `>`
    const name = toks[j];
    if (!name || name.k !== "id" || toks[j + 1]?.t !== "=" || toks[j + 2]?.t !== "new") continue;
    const n = gt - i + 1; // `List<T>`
    if (!sameToks(toks, i, j + 3, n) || toks[j + 3 + n]?.t !== "{") continue;
    const open = j + 3 + n;
    const close = sh.match.get(open);
    if (close === undefined || close + 1 !== b || toks[b].t !== ";") continue;
    let onlyIndexed = true;
    for (let k = 0; k < toks.length && onlyIndexed; k++) if (k !== j && toks[k].k === "id" && toks[k].t === name.t && toks[k + 1]?.t !== "[") onlyIndexed = false;
    if (!onlyIndexed) continue;
    const elem = toks.slice(i + 2, gt);
    edits.set(i, { end: open - 1, repl: [...elem, { ...toks[gt], k: "op", t: "[" }, { ...toks[gt], k: "op", t: "]" }, name, toks[j + 1]] });
  }
  if (!edits.size) return toks;
  const out: Tok[] = [];
  for (let k = 0; k < toks.length; k++) {
    const e = edits.get(k);
    if (!e) {
      out.push(toks[k]);
      continue;
    }
    out.push({ ...e.repl[0], sp: toks[k].sp, join: toks[k].join }, ...e.repl.slice(1));
    k = e.end;
  }
  return out;
}

/**
 * `x = (T a, U b) => ...` → `x = (a, b) => ...` (one parameter: `x = a => ...`): a lambda assigned (or
 * given as an initializer) has the target's delegate type, which gives its parameters the same types
 * (a lambda converts to nothing else, so the target is a delegate type). Only after `=`: as an argument,
 * an overload may need the types to be chosen. Parameters with `ref`, `out` or `params` keep them.
 */
export function implicitLambdaParams(toks: Tok[]): Tok[] {
  const drop = new Set<number>();
  const bare: number[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].t !== "=" || toks[i + 1].t !== "(") continue;
    const types: number[][] = [];
    let j = i + 2;
    let ok = true;
    while (ok) {
      const te = typeEnd(toks, j);
      if (te < 0 || toks[te]?.k !== "id" || ![",", ")"].includes(toks[te + 1]?.t)) ok = false;
      else {
        types.push([j, te]);
        j = te + 2;
        if (toks[te + 1].t === ")") break;
      }
    }
    if (!ok || !types.length || toks[j - 1].t !== ")" || toks[j]?.t !== "=>") continue;
    for (const [a, b] of types) for (let k = a; k < b; k++) drop.add(k);
    // one parameter: no parentheses either
    if (types.length === 1) bare.push(i + 1, j - 1);
  }
  if (!drop.size) return toks;
  for (const k of bare) drop.add(k);
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (drop.has(i)) continue;
    // a name takes the place (spacing) of the first token dropped before it
    out.push(drop.has(i - 1) && toks[i].k === "id" ? { ...toks[i], sp: firstDropped(toks, drop, i).sp } : toks[i]);
  }
  return out;
}

function firstDropped(toks: Tok[], drop: Set<number>, i: number): Tok {
  let k = i - 1;
  while (k > 0 && drop.has(k - 1)) k--;
  return toks[k];
}

/** A whole double literal (`32.0`, `32d`): its digits, or undefined. At most 2^31 - 1: an int literal of the same value. */
function wholeDouble(t: Tok | undefined): string | undefined {
  const m = t?.k === "num" ? /^([0-9]+)(?:\.0+[dD]?|[dD])$/.exec(t.t) : null;
  return m && Number(m[1]) <= 2147483647 ? String(Number(m[1])) : undefined;
}

/**
 * `double x = 32.0, y = -1.0;` → `double x = 32, y = -1;`, and `F(s, 0.0)` → `F(s, 0)` where the script's
 * only method F (no overload, not generic) declares that parameter `double`: C# converts an int
 * constant to the double of the same value there (a whole number below 2^31 is exact). Only a lone
 * literal (or `-` and one) as the whole initializer or argument.
 */
export function wholeDoubleArgs(toks: Tok[], sh: Shape): Tok[] {
  const repl = new Map<number, string>();
  // a lone (signed) literal from i: its token index and digits, when `ends` follows it
  const lone = (i: number, ends: string[]): number => {
    const k = toks[i]?.t === "-" ? i + 1 : i;
    return wholeDouble(toks[k]) !== undefined && ends.includes(toks[k + 1]?.t ?? "") ? k : -1;
  };
  // `-0d` is the double -0 but `-0` the int 0, +0 once converted: that literal keeps its suffix (C157)
  const negZero = (k: number): boolean => toks[k - 1]?.t === "-" && wholeDouble(toks[k]) === "0";
  // declarations: `double x = <lit>, y, z = <lit>;` (a field, a local, a const)
  const DECL_BEFORE = new Set([";", "{", "}", "static", "readonly", "const", "public", "private", "protected", "internal"]);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== "double" || !(i === 0 || DECL_BEFORE.has(toks[i - 1].t)) || toks[i + 1]?.k !== "id") continue;
    let j = i + 1;
    while (toks[j]?.k === "id") {
      if (toks[j + 1]?.t === "=") {
        const k = lone(j + 2, [",", ";"]);
        if (k < 0) break;
        if (!negZero(k)) repl.set(k, wholeDouble(toks[k])!);
        j = k + 1;
      } else j++;
      if (toks[j]?.t !== ",") break;
      j++;
    }
  }
  // the script's methods: name → the `double` positions of its parameters (undefined: overloaded or generic)
  const methods = new Map<string, boolean[] | undefined>();
  for (const [a, b] of sh.members) {
    let p = a;
    while (p <= b && !["(", "=", ";", "{", "=>"].includes(toks[p].t)) p++;
    if (toks[p]?.t !== "(" || toks[p - 1]?.k !== "id") continue;
    const name = toks[p - 1].t;
    const close = sh.parenMatch.get(p);
    if (close === undefined || !["{", "=>"].includes(toks[close + 1]?.t ?? "") || methods.has(name) || toks[p - 2]?.t === ">") {
      if (methods.has(name) || toks[p - 2]?.t === ">") methods.set(name, undefined);
      continue;
    }
    const dbl: boolean[] = [];
    let start = p + 1;
    let depth = 0;
    for (let k = p + 1; k <= close; k++) {
      const t = toks[k].t;
      if (t === "(" || t === "<" || t === "[") depth++;
      else if ((t === ")" || t === ">" || t === "]") && k < close) depth--;
      if ((t === "," && depth === 0) || k === close) {
        if (k > start) dbl.push(toks[start].t === "double" && toks[start + 1]?.k === "id" && [",", ")", "="].includes(toks[start + 2]?.t ?? ""));
        start = k + 1;
      }
    }
    methods.set(name, dbl);
  }
  // (a name also used otherwise than called, a local or a method group, may not be that method where it is called)
  for (let i = 0; i < toks.length; i++) if (toks[i].k === "id" && methods.has(toks[i].t) && toks[i + 1]?.t !== "(") methods.set(toks[i].t, undefined);
  for (let i = 1; i < toks.length; i++) {
    const dbl = toks[i].t === "(" && toks[i - 1].k === "id" && ![".", "new", "?."].includes(toks[i - 2]?.t ?? "") ? methods.get(toks[i - 1].t) : undefined;
    if (!dbl) continue;
    const close = sh.parenMatch.get(i);
    if (close === undefined) continue;
    let n = 0;
    let start = i + 1;
    let depth = 0;
    for (let k = i + 1; k <= close; k++) {
      const t = toks[k].t;
      if (t === "(" || t === "[" || t === "{") depth++;
      else if ((t === ")" || t === "]" || t === "}") && k < close) depth--;
      if ((t === "," && depth === 0) || k === close) {
        const lit = dbl[n] ? lone(start, [",", ")"]) : -1;
        if (lit >= 0 && lit === k - 1 && !negZero(lit)) repl.set(lit, wholeDouble(toks[lit])!);
        n++;
        start = k + 1;
      }
    }
  }
  if (!repl.size) return toks;
  return toks.map((t, i) => (repl.has(i) ? { ...t, t: repl.get(i)! } : t));
}

/** The type of a lone literal token C# gives a `var` (a string's, a bool's), or undefined. */
const literalType = (t: Tok | undefined): string | undefined => (t?.k === "str" ? "string" : t?.t === "true" || t?.t === "false" ? "bool" : undefined);

// operators whose result is a bool whatever their operands (the script declares no operators: pbts emits none)
const BOOL_OPS = new Set(["==", "!=", "<=", ">=", "&&", "||"]);
// operators that bind looser than those, or make the expression something else: with one at the top level, the type is not read
const LOOSER = new Set(["?", "??", ":", "=>", "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "??=", "&", "|", "^"]);

/**
 * The type C# gives `var` for the initializer toks[a..b] (b the token before `;`): a lone literal's, or `bool` for an
 * expression whose top level holds `==`, `!=`, `<=`, `>=`, `&&` or `||` and nothing that binds looser (`?:`, `??`, an
 * assignment, `&`, `|`, `^`, a lambda), so one of them is its outermost operator.
 */
function initializerType(toks: Tok[], a: number, b: number): string | undefined {
  if (a === b) return literalType(toks[a]);
  let depth = 0;
  let bool = false;
  for (let k = a; k <= b; k++) {
    const t = toks[k].t;
    if (t === "(" || t === "[" || t === "{") depth++;
    else if (t === ")" || t === "]" || t === "}") depth--;
    else if (depth === 0 && toks[k].k !== "str" && toks[k].k !== "chr") {
      if (LOOSER.has(t) || t === "new" || t === "delegate") return undefined;
      if (BOOL_OPS.has(t)) bool = true;
    }
  }
  return bool && depth === 0 ? "bool" : undefined;
}

/**
 * Consecutive locals `var a = "";` `var b = "";` (each a string literal), or each a bool (`true`/`false` or an expression
 * whose outermost operator is a comparison, `&&` or `||`: `var pu = lu != null && lu.HasPendingMessage;`) → `string a
 * = "";` `string b = "";`, `bool pu = ..;`: the type `var` gave them, written so mergeDeclarations can make them one
 * statement (`string a = "", b = "";`). Only runs of two or more: a lone one keeps `var`.
 */
export function literalLocals(toks: Tok[]): Tok[] {
  /** [type, index of the `;`] of a `var x = ..;` at i */
  const at = (i: number): [string, number] | undefined => {
    if (toks[i]?.t !== "var" || toks[i + 1]?.k !== "id" || toks[i + 2]?.t !== "=") return undefined;
    let depth = 0;
    for (let k = i + 3; k < toks.length; k++) {
      const t = toks[k].t;
      if (t === "(" || t === "[" || t === "{") depth++;
      else if (t === ")" || t === "]" || t === "}") {
        if (--depth < 0) return undefined;
      } else if (t === ";" && depth === 0) {
        const ty = k > i + 3 ? initializerType(toks, i + 3, k - 1) : undefined;
        return ty ? [ty, k] : undefined;
      }
    }
    return undefined;
  };
  const typed = new Map<number, string>();
  for (let i = 0; i < toks.length; i++) {
    const first = at(i);
    if (!first || !(i === 0 || [";", "{", "}"].includes(toks[i - 1].t))) continue;
    const run: number[] = [i];
    let end = first[1];
    for (let nx = at(end + 1); nx && nx[0] === first[0]; nx = at(end + 1)) {
      run.push(end + 1);
      end = nx[1];
    }
    if (run.length > 1) for (const k of run) typed.set(k, first[0]);
    i = end;
  }
  if (!typed.size) return toks;
  return toks.map((t, i) => (typed.has(i) ? { ...t, k: "kw" as const, t: typed.get(i)! } : t));
}

// what may stand before `(x is T) && ((T)x).M(..)` for it to be the left operand of that `&&`, and after it for the
// `&&` to be its outermost operator (nothing that binds tighter than `&&` on either side)
/** The n tokens from a spell the same as the n from b. */
function sameRun(toks: Tok[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (toks[a + k].t !== toks[b + k].t) return false;
  return true;
}

const AS_BEFORE = new Set(["(", "&&", "||", "=", "return", ",", "?", ":", ";", "{", "}", "=>"]);
const AS_AFTER = new Set(["&&", "||", ")", ";", "?", ":", ","]);

/**
 * `(x is T) && ((T)x).M(..)` (TS's `x instanceof T && x.M(..)`) → `(x as T)?.M(..) == true`, for x a local or
 * parameter of the member (read once instead of twice: the same value). T is an API interface (`IMy..`) or a class
 * of the script (a reference type: `as` gives null where `is` is false, and `?.` then calls nothing, so the comparison is false);
 * M's result is a bool (the `&&` took it), lifted to `bool?` by `?.`.
 */
export function asConditions(toks: Tok[], sh: Shape): Tok[] {
  const memberOf = (i: number) => sh.members.find(([a, b]) => a <= i && i <= b);
  /** the end of a dotted type name starting at i (the index of its last token), or -1 */
  const typeEnd = (i: number): number => {
    if (toks[i]?.k !== "id") return -1;
    let j = i;
    while (toks[j + 1]?.t === "." && toks[j + 2]?.k === "id") j += 2;
    return j;
  };
  const same = (a: number, b: number, n: number) => sameRun(toks, a, b, n);
  const edits: TokEdit[] = [];
  for (let i = 1; i < toks.length; i++) {
    // ( x is T ) && ( ( T ) x ) . M
    if (toks[i].t !== "(" || toks[i + 1]?.k !== "id" || toks[i + 2]?.t !== "is" || !AS_BEFORE.has(toks[i - 1].t)) continue;
    const x = toks[i + 1].t;
    const te = typeEnd(i + 3);
    if (te < 0 || toks[te + 1]?.t !== ")" || toks[te + 2]?.t !== "&&") continue;
    const n = te - (i + 3) + 1;
    const c = te + 3;
    if (toks[c]?.t !== "(" || toks[c + 1]?.t !== "(" || !same(i + 3, c + 2, n)) continue;
    // (a reference type: an API interface, `IMy..`, or a class of the script; `as` refuses a struct)
    const ty = toks[te].t;
    if (!/^I[A-Z]/.test(ty) && !toks.some((t, k) => t.t === ty && toks[k - 1]?.t === "class")) continue;
    const ce = c + 2 + n;
    if (toks[ce]?.t !== ")" || toks[ce + 1]?.t !== x || toks[ce + 2]?.t !== ")" || toks[ce + 3]?.t !== "." || toks[ce + 4]?.k !== "id") continue;
    let end = ce + 4;
    if (toks[end + 1]?.t === "(") end = sh.parenMatch.get(end + 1) ?? -1;
    if (end < 0 || !AS_AFTER.has(toks[end + 1]?.t ?? "")) continue;
    // x: a local or parameter the member declares (a type's name, `var`, `>` or `]` before it; `=`, `;`, `,` or `)` after)
    const m = memberOf(i);
    if (!m) continue;
    let local = false;
    for (let k = m[0]; k < i && !local; k++) {
      const p = toks[k - 1];
      if (toks[k].t === x && toks[k].k === "id" && [";", "=", ",", ")"].includes(toks[k + 1]?.t ?? "") && p && p.t !== "." && (p.k === "id" || p.t === "var" || p.t === ">" || p.t === "]")) local = true;
    }
    if (!local) continue;
    const w: Tok[] = [
      toks[i],
      toks[i + 1],
      { ...toks[i + 2], t: "as", k: "kw", sp: true },
      ...toks.slice(i + 3, te + 1),
      toks[te + 1],
      { ...toks[ce + 3], t: "?.", k: "op", sp: false },
      ...toks.slice(ce + 4, end + 1),
      { ...toks[te + 2], t: "==", k: "op", sp: true },
      { ...toks[te + 2], t: "true", k: "kw", sp: true },
    ];
    edits.push({ from: i, to: end, with: w });
    i = end;
  }
  return applyEdits(toks, edits);
}

// Nullable<T>'s own members: `x?.Value` would read T's Value, not the Nullable's (x != null && x.Value stays)
const NULLABLE_MEMBERS = new Set(["Value", "HasValue", "GetValueOrDefault", "Equals", "GetHashCode", "ToString", "GetType"]);

/**
 * `x != null && x.P` → `x?.P == true`, `x != null && !x.P` → `x?.P == false`, `x == null || x.P` → `x?.P != false`,
 * `x == null || !x.P` → `x?.P != true` (P a member or a call, `x.M(..)`), for x a local or parameter of the member,
 * or a field of the script's, or a chain of the script's fields after one (`q.Block`): each read twice is the same
 * value (nothing runs between the two reads), read once by `?.`. P is a bool (the operand of `&&`/`||`), lifted to
 * `bool?` by `?.`, null when x is: `null == true` and `null == false` are false, `null != ..` true: what the
 * null test gave. Not where an operator binding tighter than the `&&` (`||`) stands on either side, nor for P a
 * member Nullable<T> has (`x?.Value` reads T's).
 */
export function nullConditions(toks: Tok[], sh: Shape): Tok[] {
  const memberOf = (i: number) => sh.members.find(([a, b]) => a <= i && i <= b);
  // the script's fields: `[mods] T x;`, `T x = ..;`, `T x, y;` (the first declarator; properties have `{` or `=>`)
  const fields = new Set<string>();
  // (a name some type declares as a property or method too is none: `x` read there may run a getter)
  const others = new Set<string>();
  for (const [a] of sh.members) {
    let j = a;
    while (toks[j]?.k === "kw" && FIELD_MOD.has(toks[j].t)) j++;
    if (toks[j]?.t === "const") continue;
    const te = typeEnd(toks, j);
    if (te > 0 && toks[te]?.k === "id") ([";", "=", ","].includes(toks[te + 1]?.t ?? "") ? fields : others).add(toks[te].t);
  }
  for (const n of others) fields.delete(n);
  /** the end (last index) of a receiver `x` or `x.f.g` starting at i (x a local, parameter or field; f, g fields), or -1 */
  const receiverEnd = (i: number, m: [number, number]): number => {
    if (toks[i]?.k !== "id") return -1;
    const x = toks[i].t;
    let ok = fields.has(x);
    for (let k = m[0]; k < i && !ok; k++) {
      const p = toks[k - 1];
      if (toks[k].t === x && toks[k].k === "id" && [";", "=", ",", ")", "in"].includes(toks[k + 1]?.t ?? "") && p && p.t !== "." && (p.k === "id" || p.t === "var" || p.t === ">" || p.t === "]" || (p.k === "kw" && TYPE_KW.has(p.t)))) ok = true;
    }
    if (!ok) return -1;
    let j = i;
    while (toks[j + 1]?.t === "." && toks[j + 2]?.k === "id" && fields.has(toks[j + 2].t) && toks[j + 3]?.t !== "(") j += 2;
    return j;
  };
  const same = (a: number, b: number, n: number) => sameRun(toks, a, b, n);
  const edits: TokEdit[] = [];
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].k !== "id" || !AS_BEFORE.has(toks[i - 1].t)) continue;
    const m = memberOf(i);
    if (!m) continue;
    const xe = receiverEnd(i, m);
    if (xe < 0) continue;
    const test = toks[xe + 1]?.t;
    const and = test === "!=" && toks[xe + 3]?.t === "&&";
    if (!(and || (test === "==" && toks[xe + 3]?.t === "||")) || toks[xe + 2]?.t !== "null") continue;
    // `&&` (`||`) must be the outermost operator: no `&&` beside a `||` form
    if (!and && toks[i - 1].t === "&&") continue;
    const n = xe - i + 1;
    let c = xe + 4;
    const not = toks[c]?.t === "!";
    if (not) c++;
    if (!same(i, c, n) || toks[c + n]?.t !== "." || toks[c + n + 1]?.k !== "id" || NULLABLE_MEMBERS.has(toks[c + n + 1].t)) continue;
    let end = c + n + 1;
    if (toks[end + 1]?.t === "(") end = sh.parenMatch.get(end + 1) ?? -1;
    const after = toks[end + 1]?.t ?? "";
    if (end < 0 || !AS_AFTER.has(after) || (!and && after === "&&")) continue;
    const op = toks[xe + 3];
    const w: Tok[] = [
      ...toks.slice(i, xe + 1),
      { ...toks[c + n], t: "?.", k: "op", sp: false },
      ...toks.slice(c + n + 1, end + 1),
      { ...op, t: and ? "==" : "!=", k: "op", sp: true },
      { ...op, t: and !== not ? "true" : "false", k: "kw", sp: true },
    ];
    edits.push({ from: i, to: end, with: w });
    i = end;
  }
  return applyEdits(toks, edits);
}

/**
 * Every level: a delegate field (`Action x;`, `Action<T> x;`, `Func<..> x;`, no initializer) the script never assigns,
 * whose every other use is a statement `x?.Invoke(..);`, is null at each of them: `?.` calls nothing and evaluates no
 * argument, so those statements do nothing and go, with the declaration (the failover's `OnDeactivate` hook in a
 * script that sets only `OnActivate`). Any other use of the name anywhere keeps it all (a comment before a call too).
 * The token before what went keeps its last line (`end`), so the readable layouts print no blank line in its place.
 */
export function unsetDelegates(toks: Tok[], sh: Shape): Tok[] {
  const edits: TokEdit[] = [];
  for (const [a, b] of sh.members) {
    let j = a;
    while (toks[j]?.k === "kw" && FIELD_MOD.has(toks[j].t)) j++;
    if ((toks[j]?.t !== "Action" && toks[j]?.t !== "Func") || toks[j].k !== "id") continue;
    const te = typeEnd(toks, j);
    if (te < 0 || toks[te]?.k !== "id" || te + 1 !== b || toks[b].t !== ";") continue;
    const x = toks[te].t;
    const calls: TokEdit[] = [];
    let ok = true;
    for (let i = 0; i < toks.length && ok; i++) {
      if (i === te || toks[i].t !== x) continue;
      const close = sh.parenMatch.get(i + 3);
      // `x?.Invoke(..);` a statement of a block (after `;`, `{` or `}`: never the body of an if, else or loop)
      ok = toks[i + 1]?.t === "?." && toks[i + 2]?.t === "Invoke" && toks[i + 3]?.t === "(" && close !== undefined && toks[close + 1]?.t === ";" && [";", "{", "}"].includes(toks[i - 1]?.t ?? "");
      if (ok) calls.push({ from: i, to: close! + 1, with: [] });
    }
    if (ok) edits.push({ from: a, to: b, with: [] }, ...calls);
  }
  if (!edits.length) return toks;
  const gone = new Set<number>();
  for (const e of edits) for (let i = e.from; i <= e.to; i++) gone.add(i);
  const out = toks.slice();
  for (const e of edits) {
    let p = e.from - 1;
    while (gone.has(p)) p--;
    const last = toks[e.to].end ?? toks[e.to].line;
    if (p >= 0 && (out[p].end ?? out[p].line) < last) out[p] = { ...out[p], end: last };
  }
  return applyEdits(out, edits.sort((p, q) => p.from - q.from));
}

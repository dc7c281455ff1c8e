// Token passes of the printer that change no meaning: `this.` where no local or parameter of the
// member shadows the name, braces, modifiers. (Parentheses are the emitter's tree's: print.ts in
// compiler/emit/tree/ prints exactly those C#'s precedence needs.) (A `checked`
// inside checked code is the emitter's to leave out: CHECKED in compiler/emit/tree/syntax.ts.)
import type { Tok } from "./lexer.ts";
import { typeBodyAt, type Shape } from "./structure.ts";

/**
 * Drops `this.` before X in a member where X is never written without a qualifier except before a
 * `.` (no local, parameter or lambda parameter of that member is named X): plain X then finds the
 * same member (C# looks in the class and its bases before the enclosing Program).
 */
export function dropThis(toks: Tok[], sh: Shape): Tok[] {
  const drop = new Set<number>();
  for (const [a, b] of sh.members) {
    const plain = new Set<string>();
    // the member's own name where it is declared is no local's (`this.sweep()` in `sweep`)
    const own = declaredName(toks, a, b);
    for (let i = a; i <= b; i++) {
      const t = toks[i];
      if (t.k !== "id" || i === own) continue;
      const p = prevCode(toks, i);
      if (p >= 0 && (toks[p].t === "." || toks[p].t === "?.")) continue;
      // a plain X before `.` is a member access, never where a local or parameter X is declared (that
      // declaration is plain too): the type of a field named like it (`Mode.On` beside `this.Mode`, C#'s
      // Color Color) or the member itself. (`value` in a setter is declared by nothing: always counted.)
      if (toks[i + 1]?.t === "." && t.t !== "value") continue;
      plain.add(t.t);
    }
    for (let i = a; i + 2 <= b; i++) {
      if (toks[i].t === "this" && toks[i + 1].t === "." && toks[i + 2].k === "id" && !plain.has(toks[i + 2].t)) {
        drop.add(i);
        drop.add(i + 1);
      }
    }
  }
  if (!drop.size) return toks;
  // the name takes the place (line and spacing) of the `this` it follows
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (drop.has(i)) continue;
    out.push(drop.has(i - 2) && toks[i - 2].t === "this" ? { ...toks[i], line: toks[i - 2].line, sp: toks[i - 2].sp } : toks[i]);
  }
  return out;
}

/** Index of the name a method or property declares (before its `(`, `{` or `=>`), or -1 (a field, an event). */
function declaredName(toks: Tok[], a: number, b: number): number {
  for (let i = a; i <= b; i++) {
    const t = toks[i].t;
    if (t === "[" && i === a) {
      while (i <= b && toks[i].t !== "]") i++;
      continue;
    }
    if (t === "=" || t === ";" || t === "," || t === "event") return -1;
    if (t === "(" || t === "{" || t === "=>") return toks[i - 1]?.k === "id" && toks[i - 2]?.t !== "." ? i - 1 : -1;
  }
  return -1;
}

function prevCode(toks: Tok[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (toks[j].k !== "comment") return j;
  return -1;
}

const ASSIGN = new Set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]);
const TYPEISH_KW = new Set(["int", "long", "double", "float", "decimal", "string", "bool", "char", "byte", "sbyte", "short", "ushort", "uint", "ulong", "object"]);

const CONTROL = new Set(["if", "for", "foreach", "while"]);
const SIMPLE_FIRST = new Set(["return", "break", "continue", "throw", "this", "base", "new", "++", "--"]);

/**
 * `if (c) { s; }` → `if (c) s;` (also for, foreach, while, else) when the block holds one simple
 * statement: not a declaration (C# forbids one there), not an `if` (a following `else` would bind
 * to it; with `ifs` an `if` may be when no `else` follows the block), nothing with a block of its own. Every level: the readable layouts print the statement
 * on its head's line (`join`), as the TS usually has it.
 */
const LOOPS = new Set(["for", "foreach", "while"]);

/** `inner` is one simple statement (`lone`: an `if` with no `else` may be): no declaration, nothing with a block of its own. */
function simpleStatement(inner: Tok[], lone: boolean): boolean {
  if (inner.length < 2 || inner[inner.length - 1].t !== ";") return false;
  let depth = 0;
  for (let k = 0; k < inner.length; k++) {
    const t = inner[k];
    if (t.t === "(" || t.t === "[") depth++;
    else if (t.t === ")" || t.t === "]") depth--;
    else if (t.t === "{" || t.t === "}" || t.k === "comment" || (t.t === ";" && k < inner.length - 1)) return false;
    // two names in a row (or a type and a name): a declaration
    if (depth === 0 && k > 0 && t.k === "id" && (inner[k - 1].k === "id" || inner[k - 1].t === ">" || inner[k - 1].t === "]" || inner[k - 1].t === "?" || (inner[k - 1].k === "kw" && TYPEISH_KW.has(inner[k - 1].t)) || inner[k - 1].t === "var")) return false;
  }
  const f = inner[0];
  return lone || SIMPLE_FIRST.has(f.t) || (f.k === "id" && [".", "(", "++", "--", "?.", "["].concat([...ASSIGN]).includes(inner[1].t));
}

export function dropBraces(toks: Tok[], sh: Shape, ifs = false): Tok[] {
  const removed = new Set<number>();
  for (const [open, kind] of sh.kind) {
    if (kind !== "code") continue;
    const close = sh.match.get(open)!;
    const p = toks[open - 1];
    if (!p) continue;
    // (`} while (c) {` can only be a while loop after a block: a do-while's `while (c)` ends with `;`)
    const head = p.t === "else" || (p.t === ")" && CONTROL.has(toks[sh.parenMatch.get(open - 1)! - 1]?.t ?? ""));
    if (!head) continue;
    const inner = toks.slice(open + 1, close);
    const f = inner[0];
    // (`ifs`: an `if` without `else` too, where no `else` follows the block to bind to it)
    const lone = ifs && f?.t === "if" && toks[close + 1]?.t !== "else";
    // a loop (`for`, `foreach`, `while`) whose own body is one simple statement (not an `if`: no `else` can bind
    // to it): `if (c) for (..) s;` (its header's `;` and declaration are the loop's)
    const loopEnd = LOOPS.has(f?.t ?? "") && inner[1]?.t === "(" ? sh.parenMatch.get(open + 2) : undefined;
    if (!(loopEnd !== undefined ? simpleStatement(toks.slice(loopEnd + 1, close), false) : simpleStatement(inner, lone))) continue;
    removed.add(open).add(close);
  }
  if (!removed.size) return toks;
  return toks.flatMap((t, k) => {
    if (removed.has(k)) return [];
    const after = removed.has(k - 1) && toks[k - 1].t === "{";
    const before = removed.has(k + 1) && toks[k + 1].t === "}";
    return after || before ? [{ ...t, ...(after ? { join: true } : {}), ...(before ? { end: toks[k + 1].line } : {}) }] : [t];
  });
}

/** `private` where it is the default (a member's or a nested type's first modifier). */
export function dropPrivate(toks: Tok[]): Tok[] {
  return toks.filter((t, k) => !(t.t === "private" && (k === 0 || [";", "{", "}", "]"].includes(toks[k - 1].t))));
}

// ---- Modifiers that change nothing the script can observe (`public`: every level; the rest `full` only).

const REF_TYPES = new Set(["string", "object", "List", "Dictionary", "HashSet", "Queue", "Stack", "StringBuilder", "Action", "Func", "MyIni", "MyGridProgram", "Program"]);
const VALUE_KW = new Set(["int", "long", "double", "float", "decimal", "bool", "char", "byte", "sbyte", "short", "ushort", "uint", "ulong"]);

/**
 * `public` where nothing outside needs it: on Program's own members (nested types reach Program's
 * private members; `Program()`, `Main`, `Save` keep it, as do overrides), on nested types, and on a
 * member of a nested class whose name appears nowhere outside that class (no other type uses it, no
 * subclass, no interface declares it) unless the name is the API's (an interface it implements: only
 * a type with a base list, or one a type of the script derives from, can implement one).
 */
export function dropPublic(toks: Tok[], sh: Shape, ext: Set<string>): Tok[] {
  const drop = new Set<number>();
  const headerHas = (a: number, words: string[]) => {
    for (let j = a; j < toks.length && !["(", "{", "=", ";", "=>"].includes(toks[j].t); j++) if (words.includes(toks[j].t)) return true;
    return false;
  };
  // nested types' own `public`
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== "public" || sh.depth[i] !== 0) continue;
    let j = i + 1;
    while (["static", "abstract", "sealed", "partial"].includes(toks[j]?.t)) j++;
    if (["class", "struct", "interface", "enum"].includes(toks[j]?.t)) drop.add(i);
  }
  // the class body each token is directly in
  const bodies: [number, number][] = [];
  for (const [open, k] of sh.kind) if (k === "type") bodies.push([open, sh.match.get(open)!]);
  // the types whose members may implement an interface member: those with a base list (`: I`, or a
  // `where` clause), and those a type of the script derives from (a base's public member implements
  // an interface its subclass lists)
  const based = new Set<number>();
  const derived = new Set<string>();
  for (const [open, k] of sh.kind) {
    if (k !== "type") continue;
    let c = open - 1;
    while (c >= 0 && !(toks[c].k === "kw" && ["class", "struct", "interface"].includes(toks[c].t))) c--;
    const colon = toks.slice(c + 1, open).findIndex((t) => t.t === ":");
    if (c < 0 || colon >= 0) based.add(open);
    if (c >= 0 && colon >= 0) for (let j = c + 2 + colon; j < open; j++) if (toks[j].k === "id") derived.add(toks[j].t);
  }
  for (const [open] of bodies) {
    let c = open - 1;
    while (c >= 0 && !(toks[c].k === "kw" && ["class", "struct", "interface"].includes(toks[c].t))) c--;
    if (c >= 0 && derived.has(toks[c + 1]?.t)) based.add(open);
  }
  for (const [a] of sh.members) {
    if (toks[a].t !== "public") continue;
    if (headerHas(a, ["override", "virtual", "abstract", "operator", "implicit", "explicit", "extern"])) continue;
    if (sh.depth[a] === 0) {
      if (!headerHas(a, ["Main", "Save", "Program"])) drop.add(a);
      continue;
    }
    const body = bodies.filter(([o, c]) => o < a && a < c).sort((x, y) => y[0] - x[0])[0];
    if (!body) continue;
    const [open, close] = body;
    // the member's name: before its parameter list, or its header's last name
    let end = a;
    while (end < toks.length && !["{", ";", "=>", "="].includes(toks[end].t)) end++;
    const paren = toks.slice(a, end).findIndex((t) => t.t === "(");
    let name = paren >= 0 ? a + paren - 1 : -1;
    if (paren < 0) for (let j = a; j < end; j++) if (toks[j].k === "id") name = j;
    // (a renamed name, `orig` set, is the script's own even when the API has a member so named)
    if (name < a || toks[name].k !== "id" || (ext.has(toks[name].t) && !toks[name].orig && based.has(open))) continue; // a generic method (`F<T>(`) too
    // (by the name before renaming: at `full` another type's member may have the same short name)
    const n = toks[name].orig ?? toks[name].t;
    const outside = toks.some((t, i) => (i < open || i > close) && t.k === "id" && (t.orig ?? t.t) === n);
    if (!outside) drop.add(a);
  }
  if (!drop.size) return toks;
  return toks.filter((_, i) => !drop.has(i));
}

/** The names in the script's base lists (`class Y : X, I {`): the types something derives from or implements. */
export function baseNames(toks: Tok[]): Set<string> {
  const bases = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    if (!(toks[i].k === "kw" && ["class", "struct", "interface"].includes(toks[i].t) && toks[i + 1]?.k === "id")) continue;
    let j = i + 2;
    while (j < toks.length && toks[j].t !== "{" && toks[j].t !== ":" && toks[j].t !== ";") j++;
    if (toks[j]?.t === ":") for (; j < toks.length && toks[j].t !== "{" && toks[j].t !== "where"; j++) if (toks[j].k === "id") bases.add(toks[j].t);
  }
  return bases;
}

/**
 * `protected` in a type no type of the script derives from: C#'s default (private) is the same
 * access there (an enclosing Program has no access to a nested class's protected members either).
 * An override, virtual or abstract member keeps it (its access must match what it overrides), as
 * does `protected internal`.
 */
export function dropProtected(toks: Tok[], sh: Shape): Tok[] {
  const bases = baseNames(toks);
  // the name of the type whose body a brace opens
  const typeName = (open: number): string | undefined => {
    for (let j = open - 1; j >= 0 && toks[j].t !== "}" && toks[j].t !== ";" && toks[j].t !== "{"; j--)
      if (toks[j].k === "kw" && ["class", "struct", "interface"].includes(toks[j].t) && toks[j + 1]?.k === "id") return toks[j + 1].t;
    return undefined;
  };
  const drop = new Set<number>();
  for (const [a] of sh.members) {
    let p = -1;
    let keep = false;
    for (let j = a; j < toks.length && !["(", "{", "=", ";", "=>"].includes(toks[j].t); j++) {
      if (toks[j].t === "protected") p = j;
      if (["override", "virtual", "abstract", "internal"].includes(toks[j].t)) keep = true;
    }
    if (p < 0 || keep) continue;
    // the innermost type body the member is in (none: Program's own, and no type derives from Program)
    const body = typeBodyAt(sh, a);
    const owner = body && typeName(body[0]);
    if (body && (owner === undefined || bases.has(owner))) continue;
    drop.add(p);
  }
  if (!drop.size) return toks;
  return toks.filter((_, i) => !drop.has(i));
}

/**
 * A nested class's only constructor, parameterless and empty (`public P() { }`, often what is left
 * once its assignments became field initializers): C# gives the class that constructor by default.
 * A base-constructor call (`: base(..)`) or a second constructor keeps it.
 */
export function dropEmptyConstructor(toks: Tok[], sh: Shape): Tok[] {
  const drop = new Set<number>();
  for (const [open, k] of sh.kind) {
    if (k !== "type") continue;
    let c = open - 1;
    while (c >= 0 && !(toks[c].k === "kw" && ["class", "struct", "interface"].includes(toks[c].t))) c--;
    if (c < 0 || toks[c].t !== "class" || toks[c + 1]?.k !== "id") continue;
    const name = toks[c + 1].t;
    const close = sh.match.get(open)!;
    const ctors: [number, number][] = [];
    for (const [a, b] of sh.members) {
      if (a <= open || b >= close || sh.depth[a] !== sh.depth[open] + 1) continue;
      let j = a;
      while (["public", "internal", "protected", "private"].includes(toks[j].t)) j++;
      if (toks[j].t === name && toks[j + 1]?.t === "(") ctors.push([a, b]);
    }
    if (ctors.length !== 1) continue;
    const [a, b] = ctors[0];
    let j = a;
    while (["public", "internal", "protected", "private"].includes(toks[j].t)) j++;
    if (b === j + 4 && toks[j + 2].t === ")" && toks[j + 3].t === "{" && toks[j + 4].t === "}") for (let q = a; q <= b; q++) drop.add(q);
  }
  if (!drop.size) return toks;
  // the lines after a dropped constructor move up to where it started (no blank line where it was)
  const out: Tok[] = [];
  let shift = 0;
  let runStart = -1;
  toks.forEach((t, i) => {
    if (drop.has(i)) {
      if (runStart < 0) runStart = i;
      return;
    }
    if (runStart >= 0) shift += t.line - toks[runStart].line;
    runStart = -1;
    out.push(shift ? { ...t, line: t.line - shift, ...(t.end !== undefined ? { end: t.end - shift } : {}) } : t);
  });
  return out;
}

/** `enum E { A = 0, B = 1, C = 2 }` → `enum E { A, B, C }`: values C# would give anyway. */
export function dropEnumValues(toks: Tok[], sh: Shape): Tok[] {
  const drop = new Set<number>();
  for (const [open, k] of sh.kind) {
    if (k !== "enum") continue;
    const close = sh.match.get(open)!;
    let next: number | null = 0;
    let j = open + 1;
    while (j < close) {
      let e = j;
      while (e < close && toks[e].t !== ",") e++;
      const m = toks.slice(j, e).filter((t) => t.k !== "comment");
      if (m.length === 1 && m[0].k === "id") next = next === null ? null : next + 1;
      else if (m.length === 3 && m[0].k === "id" && m[1].t === "=" && m[2].k === "num" && /^\d+$/.test(m[2].t)) {
        const v = Number(m[2].t);
        if (v === next) for (let q = j; q < e; q++) if (toks[q] === m[1] || toks[q] === m[2]) drop.add(q);
        next = v + 1;
      } else next = null;
      j = e + 1;
    }
  }
  if (!drop.size) return toks;
  return toks.filter((_, i) => !drop.has(i));
}

/**
 * `readonly` on a field of a reference type or a built-in number/bool type: it only forbids writes
 * the script does not make. Kept on other types (a struct: C# copies a readonly struct field before
 * calling a method on it, so dropping it could change what a mutating method changes).
 */
export function dropReadonly(toks: Tok[], sh: Shape): Tok[] {
  const classes = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) if ((toks[i].t === "class" || toks[i].t === "interface") && toks[i + 1].k === "id") classes.add(toks[i + 1].t);
  const drop = new Set<number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].t !== "readonly") continue;
    let j = i + 1;
    while (toks[j]?.t === "static") j++;
    const t = toks[j];
    if (!t) continue;
    const isArray = toks[j + 1]?.t === "[";
    const ok = (t.k === "kw" && (VALUE_KW.has(t.t) || t.t === "string" || t.t === "object")) || (t.k === "id" && (REF_TYPES.has(t.t) || classes.has(t.t) || /^IMy[A-Z]/.test(t.t))) || isArray;
    if (ok && toks[j + 1]?.t !== "?") drop.add(i);
  }
  void sh;
  if (!drop.size) return toks;
  return toks.filter((_, i) => !drop.has(i));
}

/**
 * `full`: the runtime helpers (`static class Js`, by its name before renaming) become static members of
 * Program, called without `Js.`: nested types reach Program's statics by simple name, and renaming
 * made every name of the script unique, so no member of a nested type can hide a helper. Only when
 * the helpers are methods alone (no static field: its initializer would move into Program's static
 * initialization) and no nested class derives from a type outside the script (whose members could
 * hide a helper's name).
 */
export function hoistRuntime(toks: Tok[], sh: Shape, runtimeName = "Js", renamed = true): Tok[] {
  let start = -1;
  for (let i = 0; i + 2 < toks.length; i++)
    if (sh.depth[i] === 0 && toks[i].t === "class" && (toks[i + 1].orig ?? toks[i + 1].t) === runtimeName && toks[i + 2].t === "{") start = i;
  if (start < 0) return toks;
  let first = start;
  while (first > 0 && ["static", "public", "private", "internal"].includes(toks[first - 1].t) && sh.depth[first - 1] === 0) first--;
  const name = toks[start + 1].t;
  const open = start + 2;
  const close = sh.match.get(open)!;
  // members only, all of them methods
  for (const [a, b] of sh.members) {
    if (a <= open || b >= close) continue;
    let j = a;
    while (j <= b && !["(", "{", ";", "=", "=>"].includes(toks[j].t)) j++;
    if (toks[j]?.t !== "(") return toks;
    for (let k = a; k < j; k++) if (toks[k].t === "class" || toks[k].t === "struct") return toks;
  }
  for (let i = open + 1; i < close; i++) if (sh.depth[i] === 1 && (toks[i].t === "class" || toks[i].t === "struct")) return toks;
  // script classes: a base outside the script could have a member named like a helper
  const declared = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) if (["class", "interface", "struct", "enum"].includes(toks[i].t) && toks[i + 1].k === "id") declared.add(toks[i + 1].t);
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].t !== "class" || toks[i + 1].k !== "id") continue;
    let j = i + 2;
    if (toks[j]?.t === "<") while (j < toks.length && toks[j].t !== ">") j++;
    if (toks[j]?.t === ">") j++;
    if (toks[j]?.t !== ":") continue;
    const base = toks[j + 1];
    if (base && base.k === "id" && !declared.has(base.t) && !/^I[A-Z]/.test(base.t)) return toks;
  }
  // (the class by its name before renaming: a local renamed to the same short name is another thing)
  const isRuntime = (t: Tok) => t.k === "id" && t.t === name && (t.orig ?? t.t) === runtimeName;
  // a use of the class other than `Js.member`: keep it
  for (let i = 0; i < toks.length; i++) if (isRuntime(toks[i]) && i !== start + 1 && toks[i + 1]?.t !== ".") return toks;
  const body = toks.slice(open + 1, close);
  // not renamed (none, lite): a helper's name used anywhere else by simple name (a member, a local, a
  // type of the script) would hide it or be hidden by it: keep the class
  if (!renamed) {
    const helpers = new Set<string>();
    for (const [a, b] of sh.members) {
      if (a <= open || b >= close) continue;
      let j = a;
      while (j <= b && toks[j].t !== "(") j++;
      if (toks[j - 1]?.k === "id") helpers.add(toks[j - 1].t);
      else if (toks[j - 1]?.t === ">") {
        let k = j - 1;
        while (k > a && toks[k].t !== "<") k--;
        if (toks[k - 1]?.k === "id") helpers.add(toks[k - 1].t);
      }
    }
    for (let i = 0; i < toks.length; i++) {
      if (i > open && i < close) continue;
      const t = toks[i];
      if (t.k === "id" && helpers.has(t.t) && toks[i - 1]?.t !== "." && toks[i - 1]?.t !== "?.") return toks;
    }
  }
  const out: Tok[] = [];
  // the helpers first, so nothing in Program's statics can run before them (they hold no state anyway)
  for (let i = 0; i < toks.length; i++) {
    if (i >= first && i <= close) continue;
    if (isRuntime(toks[i]) && toks[i + 1]?.t === "." && (i === 0 || (toks[i - 1].t !== "." && toks[i - 1].t !== "?."))) {
      // `Js.` goes; a body's first token (`if (c) Js.Shift(l);`) hands its place on its head's line on,
      // and the blank before it (`for (int i = 0; Js.F(s, i) ...`) goes to the helper's name
      const js = toks[i];
      i++;
      if (toks[i + 1] && (js.join || js.sp)) toks[i + 1] = { ...toks[i + 1], ...(js.join ? { join: true } : {}), sp: toks[i + 1].sp || js.sp };
      continue;
    }
    out.push(toks[i]);
  }
  if (!renamed) {
    // readable levels: the helpers stay where the class was (methods need no order)
    const at = toks.slice(0, first).filter((t, i) => !(isRuntime(t) && toks[i + 1]?.t === "." && (i === 0 || (toks[i - 1].t !== "." && toks[i - 1].t !== "?.")))).length;
    return [...out.slice(0, at), ...body, ...out.slice(at)];
  }
  return [...body, ...out];
}

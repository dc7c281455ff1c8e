// `full`'s passes on conditions and calls (each below, each with the same meaning in C# 6):
// - constantMethods: a bool method whose body is a constant, inlined, and the conditions folded (this header);
// - compoundBools: `x = x || y;` → `x |= y;` where y only gives a value;
// - mergeJumps: `if (a) return; if (b) return;` → `if (a || b) return;`;
// - enumZeroArgs: `F((E)0)` → `F(0)` for the script's one method F whose parameter is an E;
// - literalStrings: `"a" == ""` → `false`, `"a" + "b"` → `"ab"`, and a string `?:` whose condition is a constant → its branch
//   (a literal argument of a folded singleton's constructor: MainConsole's `title == "" ? "" : "== " + title + " =="`).
// constantMethods: a bool method whose body is a constant (`bool takeDue() => false;`, a hook no class of the script
// overrides) is written as that constant where it is called, and goes; the conditions it stood in are folded
// (`a == 2 && !false` → `a == 2`, `if (false) return;` → nothing, `if (true) f();` → `f();`).
// Only where that cannot change what runs: the method is declared once in the script under that name (no
// overload, override or `new` member of it, no API or .NET name it could implement), is neither virtual nor
// abstract, and every other use of the name is a call, unqualified or through `this.`, whose arguments are
// literals or names of no property (reading a local, a parameter or a field does nothing else). A call
// through another object stays (the object could be null: the call would throw).
import type { Tok } from "./lexer.ts";
import { semicolonEnd, shape, type Shape } from "./structure.ts";

const HEADER_MODS = new Set(["public", "private", "protected", "internal", "static", "sealed"]);
const LITERAL = new Set(["true", "false"]);
/** Tokens before a call that may stand as a statement (with `;` after it). */
const UNREAD_BEFORE = new Set([";", "{", "}", ")", "(", "else", "do", ":"]);

/** Whether the call from s to e may be a statement: `f();`, a lambda's body (an Action's?), in a `for` head's lists. */
function unreadCall(toks: Tok[], s: number, e: number): boolean {
  const p = toks[s - 1]?.t ?? "";
  const n = toks[e + 1]?.t ?? "";
  if (p === "=>" || (n === ";" && UNREAD_BEFORE.has(p))) return true;
  if (![",", ")"].includes(n) || ![";", ",", "("].includes(p)) return false;
  // `for (a, f(); ..; i++, f())`: the `(` around it opens a `for` head
  let depth = 0;
  for (let j = s - 1; j >= 0; j--) {
    const t = toks[j].t;
    if (t === ")") depth++;
    else if (t === "(" && depth-- === 0) return toks[j - 1]?.t === "for";
  }
  return false;
}

/** The inlined method's constant, and each literal a fold made: the only tokens the folds read. */
type Marked = Set<Tok>;

export function constantMethods(toks: Tok[], sh: Shape, ext: Set<string>): Tok[] {
  const found = new Map<string, { decl: number; value: string; a: number; b: number }>();
  const twice = new Set<string>();
  const properties = new Set<string>();
  for (const [a, b] of sh.members) {
    let end = a;
    while (end <= b && !["(", "{", ";", "=>", "="].includes(toks[end].t)) end++;
    const name = end - 1;
    if (toks[name]?.k !== "id") continue;
    const n = toks[name].t;
    if (toks[end].t !== "(") {
      // a property's read may do anything; a field's, nothing
      if (toks[end].t === "{" || toks[end].t === "=>") properties.add(n);
      continue;
    }
    if (found.has(n)) twice.add(n);
    const value = constantBody(toks, a, name, end, b, sh);
    if (value === undefined) twice.add(n);
    else found.set(n, { decl: name, value, a, b });
  }
  // a type of that name, a local, a delegate, a call through another object: not this pass's
  const calls = new Map<string, [number, number][]>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || !found.has(t.t) || twice.has(t.t) || found.get(t.t)!.decl === i) continue;
    const start = toks[i - 1]?.t === "." && toks[i - 2]?.t === "this" && toks[i - 3]?.t !== "." ? i - 2 : i;
    const close = toks[i + 1]?.t === "(" ? sh.parenMatch.get(i + 1) : undefined;
    const qualified = start === i && (toks[i - 1]?.t === "." || toks[i - 1]?.t === "?.");
    // a call whose value may go unread (`probe();`, `() => probe()` as an Action, a void `=> probe();`, a `for`
    // header's statement list): a literal is no statement (CS0201)
    const unread = close !== undefined && unreadCall(toks, start, close);
    if (qualified || close === undefined || unread || !pureArgs(toks, i + 2, close, properties)) {
      twice.add(t.t);
      continue;
    }
    (calls.get(t.t) ?? calls.set(t.t, []).get(t.t)!).push([start, close]);
  }
  const drop: [number, number, Tok | null][] = [];
  const marked: Marked = new Set();
  for (const [n, f] of found) {
    if (twice.has(n) || ext.has(n)) continue;
    drop.push([f.a, f.b, null]);
    for (const [s, e] of calls.get(n) ?? []) {
      const lit: Tok = { ...toks[s], k: "kw", t: f.value };
      marked.add(lit);
      drop.push([s, e, lit]);
    }
  }
  if (!drop.length) return toks;
  drop.sort((x, y) => x[0] - y[0]);
  const out: Tok[] = [];
  let k = 0;
  for (const [s, e, lit] of drop) {
    out.push(...toks.slice(k, s));
    if (lit) out.push(lit);
    k = e + 1;
  }
  out.push(...toks.slice(k));
  return fold(out, marked);
}

/** `bool name(..) => true;` or `{ return true; }` (modifiers but virtual, abstract, override, ...): the constant. */
function constantBody(toks: Tok[], a: number, name: number, open: number, b: number, sh: Shape): string | undefined {
  if (toks[name - 1]?.t !== "bool") return undefined;
  for (let j = a; j < name - 1; j++) if (!HEADER_MODS.has(toks[j].t)) return undefined;
  const close = sh.parenMatch.get(open);
  if (close === undefined) return undefined;
  const body = toks.slice(close + 1, b + 1).map((t) => t.t);
  if (body.length === 3 && body[0] === "=>" && LITERAL.has(body[1]) && body[2] === ";") return body[1];
  if (body.length === 5 && body[0] === "{" && body[1] === "return" && LITERAL.has(body[2]) && body[3] === ";" && body[4] === "}") return body[2];
  return undefined;
}

/** Arguments between `(` and `)` that do nothing when read: literals, `this`, names of no property. */
function pureArgs(toks: Tok[], from: number, close: number, properties: Set<string>): boolean {
  for (let j = from; j < close; j += 2) {
    const t = toks[j];
    const single = t.k === "num" || t.k === "str" || t.k === "chr" || (t.k === "kw" && ["true", "false", "null", "this"].includes(t.t)) || (t.k === "id" && !properties.has(t.t));
    if (!single || (j + 1 < close && toks[j + 1].t !== ",")) return false;
  }
  return true;
}

/** Tokens before which an operand of `&&` (of `||`: the same but `&&`) starts a new operand: the literal is the whole left operand. */
const OPENS_AND = new Set(["(", ",", "=", "return", "&&", "||", "?", ":", "=>", "??", "["]);
/** Tokens after which the literal is the whole right operand of `&&` (of `||`: the same but `&&`). */
const CLOSES_AND = new Set([")", ",", ";", "&&", "||", "?", ":", "]", "}", "??"]);

function negate(t: Tok, marked: Marked): Tok {
  const n: Tok = { ...t, t: t.t === "true" ? "false" : "true" };
  marked.add(n);
  return n;
}

/** The end of the operand of `op` (`&&`, `||`) that starts at s: the last token before one of lower or equal precedence at depth 0. */
function operandEnd(toks: Tok[], s: number, op: string): number {
  let depth = 0;
  for (let k = s; k < toks.length; k++) {
    const u = toks[k].t;
    if (u === "(" || u === "[" || u === "{") depth++;
    else if (u === ")" || u === "]" || u === "}") {
      if (--depth < 0) return k - 1;
    } else if (depth === 0 && (CLOSES_AND.has(u) && (op === "&&" || u !== "&&"))) return k - 1;
  }
  return -1;
}

/** End of the statement starting at s (a block, an expression or jump statement), or -1 for another kind. */
function simpleEnd(toks: Tok[], s: number): number {
  const t = toks[s];
  if (!t || ["if", "for", "foreach", "while", "do", "switch", "try", "else", "case", "default", "{"].includes(t.t)) return -1;
  return semicolonEnd(toks, s);
}

/** Tokens before which a `?:` condition starts (`a && L ? x : y` is `(a && L) ? ..`: not L's). */
const TERNARY_OPENS = new Set(["(", ",", "=", "return", "?", ":", "=>", "["]);

/** The last token of a `?:` branch starting at s: before the `:` of its `?` or what closes the whole expression. */
function branchEnd(toks: Tok[], s: number): number {
  let depth = 0;
  let open = 0;
  for (let k = s; k < toks.length; k++) {
    const u = toks[k].t;
    if (u === "(" || u === "[" || u === "{") depth++;
    else if (u === ")" || u === "]" || u === "}") {
      if (--depth < 0) return k - 1;
    } else if (depth === 0 && u === "?") open++;
    else if (depth === 0 && u === ":" && open-- === 0) return k - 1;
    else if (depth === 0 && (u === ";" || u === ",")) return k - 1;
  }
  return -1;
}

/** A branch that is a string whatever else: one string literal, or one followed by `+` at depth 0 (`"a" + x + ..`). */
function stringBranch(toks: Tok[], s: number, e: number): boolean {
  if (toks[s]?.k !== "str" || !toks[s].t.startsWith('"')) return false;
  return s === e || toks[s + 1].t === "+";
}

const plainString = (t: Tok | undefined) => t?.k === "str" && t.t.startsWith('"');

/**
 * `"a" == "b"` (or `!=`) between two regular literals, a whole operand: the constant, folded as constantMethods'
 * are (with `?:` on strings); `"a" + "b"` (no `.` or `[` after: then "b" is not the operand) → `"ab"`: C# folds the
 * same constant, and `x + "a" + "b"` is `(x + "a") + "b"`, a string whatever x is. Two literals' values are equal when
 * their texts are; different when their texts differ and neither has an escape.
 */
export function literalStrings(toks: Tok[]): Tok[] {
  const marked: Marked = new Set();
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const op = toks[i + 1]?.t;
    const r = toks[i + 2];
    if (plainString(t) && plainString(r) && (op === "==" || op === "!=") && OPENS_AND.has(out[out.length - 1]?.t ?? "") && CLOSES_AND.has(toks[i + 3]?.t ?? "")) {
      const same = t.t === r.t;
      if (same || (!t.t.includes("\\") && !r.t.includes("\\"))) {
        const lit: Tok = { ...t, k: "kw", t: String(same === (op === "==")) };
        marked.add(lit);
        out.push(lit);
        i += 2;
        continue;
      }
    }
    out.push(t);
  }
  const cat: Tok[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const prev = cat[cat.length - 1];
    const next = out[i + 2]?.t;
    if (plainString(prev) && t.t === "+" && plainString(out[i + 1]) && !marked.has(prev) && next !== "." && next !== "[" && next !== "?.") {
      cat[cat.length - 1] = { ...prev, t: prev.t.slice(0, -1) + out[i + 1].t.slice(1) };
      i++;
      continue;
    }
    cat.push(t);
  }
  return marked.size ? fold(cat, marked) : cat;
}

/** Fold the marked literals into what they stand in, until nothing changes. */
function fold(toks: Tok[], marked: Marked): Tok[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < toks.length && !changed; i++) {
      const L = toks[i];
      if (!marked.has(L)) continue;
      const v = L.t === "true";
      const p = toks[i - 1]?.t ?? "";
      const n = toks[i + 1]?.t ?? "";
      const edit = (from: number, to: number, repl: Tok[]) => {
        toks = [...toks.slice(0, from), ...repl, ...toks.slice(to + 1)];
        changed = true;
      };
      // !L
      if (p === "!") edit(i - 1, i, [negate(L, marked)]);
      // (L) where the parentheses only group (not a call's, a cast's or a statement's)
      else if (p === "(" && n === ")" && OPENS_AND.has(toks[i - 2]?.t ?? "") && toks[i - 2]?.t !== "(") edit(i - 1, i + 1, [L]);
      // X && true, X || false: X
      else if ((p === "&&" && v) || (p === "||" && !v)) {
        if (CLOSES_AND.has(n) && (p === "&&" || n !== "&&")) edit(i - 1, i, []);
      }
      // true && X, false || X: X; false && X, true || X: the literal (X is not evaluated)
      else if ((n === "&&" || n === "||") && OPENS_AND.has(p) && (n === "&&" || p !== "&&")) {
        if ((n === "&&") === v) edit(i, i + 1, []);
        else {
          const e = operandEnd(toks, i + 2, n);
          if (e > i + 1) edit(i, e, [L]);
        }
      }
      // L ? X : Y where L is the whole condition and both branches are strings (a literal, or one and `+`) with no `<`: X or Y
      else if (n === "?" && TERNARY_OPENS.has(p)) {
        const colon = branchEnd(toks, i + 2) + 1;
        const end = colon > i + 2 && toks[colon]?.t === ":" ? branchEnd(toks, colon + 1) : -1;
        // (a `<` in a branch: a generic's `,` ends branchEnd's branch early, C199)
        const generic = toks.slice(i + 2, end + 1).some((t) => t.t === "<");
        if (end > colon && !generic && stringBranch(toks, i + 2, colon - 1) && stringBranch(toks, colon + 1, end)) edit(i, end, v ? toks.slice(i + 2, colon) : toks.slice(colon + 1, end + 1));
      }
      // if (L) S [else T] where the `if` is a statement of a block: S, T or nothing (S and T a block or a simple statement)
      else if (p === "(" && n === ")" && toks[i - 2]?.t === "if" && [";", "{", "}"].includes(toks[i - 3]?.t ?? "")) {
        const s = i + 2;
        const e = blockOrSimpleEnd(toks, s);
        if (e < 0) continue;
        if (toks[e + 1]?.t !== "else") edit(i - 2, e, v ? toks.slice(s, e + 1) : []);
        else {
          const f = blockOrSimpleEnd(toks, e + 2);
          if (f >= 0) edit(i - 2, f, v ? toks.slice(s, e + 1) : toks.slice(e + 2, f + 1));
        }
      }
    }
  }
  return toks;
}

function blockOrSimpleEnd(toks: Tok[], s: number): number {
  return toks[s]?.t === "{" ? matchBrace(toks, s) : simpleEnd(toks, s);
}

function matchBrace(toks: Tok[], open: number): number {
  let depth = 0;
  for (let k = open; k < toks.length; k++) {
    if (toks[k].t === "{") depth++;
    else if (toks[k].t === "}" && --depth === 0) return k;
  }
  return -1;
}

/** Tokens an operand of `|=`/`&=` may hold when it must do nothing but give a value (no call, member access, indexer or arithmetic that could throw). */
const PURE_OPS = new Set(["==", "!=", "<", ">", "<=", ">=", "&&", "||", "!", "(", ")", "&", "|", "^"]);

/**
 * `x = x || y;` → `x |= y;` and `x = x && y;` → `x &= y;` for a bool x that is a name, where y does nothing but give a
 * value (names that are no property, literals, comparisons, `!`, `&&`, `||`, bit operators: `|=` evaluates y
 * even when x is already true, so y must not call, read a member that could be null, or throw), and y is the whole
 * right operand (no `?:`, `??` nor, after `&&`, `||` outside its parentheses).
 */
export function compoundBools(toks: Tok[], sh: Shape): Tok[] {
  const properties = new Set<string>();
  for (const [a, b] of sh.members) {
    let end = a;
    while (end <= b && !["(", "{", ";", "=>", "="].includes(toks[end].t)) end++;
    if (toks[end - 1]?.k === "id" && (toks[end].t === "{" || toks[end].t === "=>")) properties.add(toks[end - 1].t);
  }
  const edits: [number, number, string][] = [];
  for (let i = 1; i + 4 < toks.length; i++) {
    const x = toks[i];
    const op = toks[i + 3]?.t;
    if (x.k !== "id" || toks[i + 1].t !== "=" || toks[i + 2].t !== x.t || toks[i + 2].k !== "id" || (op !== "||" && op !== "&&")) continue;
    // a statement `x = x op y;` (not `a.x = ..`, not a declaration's initializer `bool x = x ..`)
    if (![";", "{", "}", ")"].includes(toks[i - 1].t) || (toks[i - 1].t === ")" && !isHeadClose(toks, i - 1, sh))) continue;
    if (properties.has(x.t)) continue;
    let depth = 0;
    let ok = true;
    let end = i + 4;
    for (; end < toks.length; end++) {
      const u = toks[end];
      if (u.t === ";" && depth === 0) break;
      if (u.t === "(") depth++;
      else if (u.t === ")") depth--;
      if (depth < 0) ok = false;
      const pure = u.k === "num" || u.k === "str" || u.k === "chr" || (u.k === "kw" && ["true", "false", "null"].includes(u.t)) || (u.k === "id" && !properties.has(u.t) && toks[end + 1]?.t !== "(" && toks[end + 1]?.t !== "." && toks[end + 1]?.t !== "[") || PURE_OPS.has(u.t);
      if (!pure || (depth === 0 && op === "&&" && u.t === "||")) ok = false;
      if (!ok) break;
    }
    if (!ok || toks[end]?.t !== ";") continue;
    edits.push([i + 1, i + 3, op === "||" ? "|=" : "&="]);
  }
  if (!edits.length) return toks;
  const out: Tok[] = [];
  let k = 0;
  for (const [s, e, t] of edits) {
    out.push(...toks.slice(k, s), { ...toks[s], k: "op", t });
    k = e + 1;
    // `x &= (a || b);` → `x &= a || b;` (an assignment's right side needs no group)
    if (toks[k]?.t === "(" && sh.parenMatch.get(k) !== undefined && toks[sh.parenMatch.get(k)! + 1]?.t === ";") {
      const close = sh.parenMatch.get(k)!;
      out.push(...toks.slice(k + 1, close));
      k = close + 1;
    }
  }
  out.push(...toks.slice(k));
  return out;
}

/** Whether the `)` at i closes the head of an `if`, `for`, `foreach` or `while` (a statement may follow it). */
function isHeadClose(toks: Tok[], i: number, sh: Shape): boolean {
  const open = sh.parenMatch.get(i);
  return open !== undefined && ["if", "for", "foreach", "while"].includes(toks[open - 1]?.t ?? "");
}

const JUMPS = new Set(["return", "break", "continue"]);
/** Operators below `||`: an operand holding one at its top level needs parentheses beside `||`. */
const BELOW_OR = new Set(["?", "??", "=>", "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]);

/**
 * `if (a) return; if (b) return;` → `if (a || b) return;` (also `break;`, `continue;`, `return k;` of one literal or
 * name token): b runs only when a is false, as before. Both `if`s statements of one block (the first after `;`, `{` or
 * `}`), neither with an `else`.
 */
export function mergeJumps(toks: Tok[], sh: Shape): Tok[] {
  const jumpAt = (j: number): number => {
    // the end (`;`) of a jump statement at j, or -1
    if (!JUMPS.has(toks[j]?.t ?? "")) return -1;
    if (toks[j + 1]?.t === ";") return j + 1;
    const v = toks[j + 1];
    if (toks[j].t === "return" && v && (v.k === "num" || v.k === "str" || v.k === "chr" || v.k === "id" || (v.k === "kw" && ["true", "false", "null"].includes(v.t))) && toks[j + 2]?.t === ";") return j + 2;
    return -1;
  };
  const group = (a: number, b: number): Tok[] => {
    let depth = 0;
    for (let k = a; k <= b; k++) {
      const t = toks[k].t;
      if (t === "(" || t === "[" || t === "{") depth++;
      else if (t === ")" || t === "]" || t === "}") depth--;
      else if (depth === 0 && BELOW_OR.has(t)) return [{ ...toks[a], k: "op", t: "(" }, ...toks.slice(a, b + 1), { ...toks[b], k: "op", t: ")" }];
    }
    return toks.slice(a, b + 1);
  };
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== "if" || toks[i + 1]?.t !== "(" || ![";", "{", "}"].includes(toks[i - 1]?.t ?? "")) continue;
    const c1 = sh.parenMatch.get(i + 1);
    if (c1 === undefined) continue;
    const e1 = jumpAt(c1 + 1);
    if (e1 < 0) continue;
    const j = e1 + 1;
    if (toks[j]?.t !== "if" || toks[j + 1]?.t !== "(") continue;
    const c2 = sh.parenMatch.get(j + 1);
    if (c2 === undefined) continue;
    const e2 = jumpAt(c2 + 1);
    if (e2 < 0 || toks[e2 + 1]?.t === "else" || e2 - c2 !== e1 - c1) continue;
    let same = true;
    for (let k = 1; k <= e1 - c1; k++) if (toks[c1 + k].t !== toks[c2 + k].t) same = false;
    if (!same) continue;
    const merged = [...toks.slice(0, i + 2), ...group(i + 2, c1 - 1), { ...toks[j], k: "op" as const, t: "||" }, ...group(j + 2, c2 - 1), ...toks.slice(c2)];
    // (again from this `if`: a third may follow)
    return mergeJumps(merged, shape(merged));
  }
  return toks;
}

/**
 * `F(a, (E)0)` → `F(a, 0)` where F is a method the script declares once (no overload, no API or .NET name) whose
 * parameter there has exactly the enum type E: C# converts the constant 0 to any enum type, and with one F there is
 * no other overload the int could pick (`enumZeroDefaults` does the same for `E x = (E)0`).
 */
export function enumZeroArgs(toks: Tok[], sh: Shape, ext: Set<string>, apiEnumNames: Set<string>): Tok[] {
  const enums = new Set(apiEnumNames);
  for (let i = 0; i + 1 < toks.length; i++) if (toks[i].t === "enum" && toks[i + 1].k === "id") enums.add(toks[i + 1].t);
  for (let i = 0; i + 1 < toks.length; i++) if (["class", "struct", "interface", "delegate"].includes(toks[i].t) && toks[i + 1].k === "id") enums.delete(toks[i + 1].t);
  // each method's parameter types (as text), by name; a name declared twice (or as anything but a method) has none
  const params = new Map<string, string[] | null>();
  for (const [a, b] of sh.members) {
    let end = a;
    while (end <= b && !["(", "{", ";", "=>", "="].includes(toks[end].t)) end++;
    const name = toks[end - 1];
    if (name?.k !== "id") continue;
    if (toks[end].t !== "(" || params.has(name.t)) {
      params.set(name.t, null);
      continue;
    }
    const close = sh.parenMatch.get(end)!;
    const types: string[] = [];
    let cur: string[] = [];
    let depth = 0;
    for (let j = end + 1; j <= close; j++) {
      const t = toks[j].t;
      if (j === close || (depth === 0 && t === ",")) {
        // `[this|ref|out|params] Type name [= default]`: the type is what stands before the name
        const eq = cur.indexOf("=");
        const decl = eq >= 0 ? cur.slice(0, eq) : cur;
        types.push(["ref", "out", "params", "this"].includes(decl[0]) ? "?" : decl.slice(0, -1).join(" "));
        cur = [];
        continue;
      }
      if (t === "<" || t === "(" || t === "[") depth++;
      else if (t === ">" || t === ")" || t === "]") depth--;
      cur.push(t);
    }
    params.set(name.t, types);
  }
  const drop = new Set<number>();
  for (let i = 0; i + 3 < toks.length; i++) {
    // `(E)0` as a whole argument
    if (!(toks[i].t === "(" && toks[i + 1].k === "id" && enums.has(toks[i + 1].t) && toks[i + 2].t === ")" && toks[i + 3].t === "0")) continue;
    if (![",", ")"].includes(toks[i + 4]?.t ?? "") || !["(", ","].includes(toks[i - 1]?.t ?? "")) continue;
    // the call it is an argument of, and its index
    let depth = 0;
    let index = 0;
    let open = -1;
    for (let j = i - 1; j >= 0; j--) {
      const t = toks[j].t;
      if (t === ")" || t === "]" || t === "}") depth++;
      else if (t === "(" || t === "[" || t === "{") {
        if (depth === 0) {
          open = t === "(" ? j : -1;
          break;
        }
        depth--;
      } else if (depth === 0 && t === ",") index++;
    }
    const callee = toks[open - 1];
    if (open < 0 || callee?.k !== "id" || ext.has(callee.t)) continue;
    const types = params.get(callee.t);
    if (!types || types.length <= index || types[index] !== toks[i + 1].t) continue;
    for (let k = i; k <= i + 2; k++) drop.add(k);
  }
  return drop.size ? toks.filter((_, k) => !drop.has(k)) : toks;
}

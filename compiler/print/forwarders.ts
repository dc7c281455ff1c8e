// `full`: a void method whose whole body calls another method of the script with its own parameters, in order
// (`void Info(string m) { Line(m); }`: MainConsole's, once folded into Program), goes, and its calls call that
// method (`Info(x)` → `Line(x)`). The same runs: the arguments are evaluated once, in the same order, converted to
// the same parameter types, and the target is the one method the forwarder called.
// Only where nothing else could be meant (else the method stays): both names are declared once in the script (no
// overload, override or `new` member of either), neither is an API or .NET name (ext), neither is virtual, abstract or
// override; an instance forwarder's target is no static method, a private target is called only in its own type
// (a subclass's call would be CS0122); the forwarder is void, its parameters plain (no
// default, ref, out, params) and of the target's types as written; every other use of either name is a call,
// unqualified or through `this.` (a local or a delegate of that name, a call through another object or a method group:
// the pass leaves both alone). A call keeps its TS position (`pbts where`).
import type { Tok } from "./lexer.ts";
import { typeBodyAt, type Shape } from "./structure.ts";

const HEADER_MODS = new Set(["public", "private", "protected", "internal", "static", "sealed", "readonly"]);

interface Method {
  name: number;
  a: number;
  b: number;
  /** parameter types as text, in order; undefined: a parameter this pass does not handle */
  types?: string[];
  params?: string[];
  /** the forwarder's target and its arguments (the forwarder's parameters, in order) */
  target?: string;
  void: boolean;
  static: boolean;
  /** no public, protected or internal: only its own type's code (and its nested types') may call it */
  private: boolean;
}

/** `(T a, U<V> b)` from the `(` at `open`: the types' text and the names, or undefined for a default, ref, out, params. */
function paramList(toks: Tok[], open: number, close: number): { types: string[]; names: string[] } | undefined {
  const types: string[] = [];
  const names: string[] = [];
  let cur: string[] = [];
  let depth = 0;
  for (let j = open + 1; j <= close; j++) {
    const t = toks[j].t;
    if (j === close || (t === "," && depth === 0)) {
      if (j === close && cur.length === 0 && names.length === 0) break;
      if (cur.length < 2 || toks[j - 1].k !== "id") return undefined;
      names.push(cur.pop()!);
      types.push(cur.join(" "));
      cur = [];
      continue;
    }
    if (["=", "ref", "out", "params", "this", "in"].includes(t)) return undefined;
    if (t === "<" || t === "[" || t === "(") depth++;
    else if (t === ">" || t === "]" || t === ")") depth--;
    cur.push(t);
  }
  return { types, names };
}

/** The body from `=>` or `{` after the parameter list: `[this.] Y(p1, p2);` with the parameters in order → Y. */
function forwardTarget(toks: Tok[], from: number, b: number, params: string[]): string | undefined {
  const body = toks.slice(from, b + 1).map((t) => t.t);
  const block = body[0] === "{";
  if (body[0] !== "=>" && !block) return undefined;
  let k = 1;
  if (body[k] === "this" && body[k + 1] === ".") k += 2;
  const target = toks[from + k];
  if (target?.k !== "id" || body[k + 1] !== "(") return undefined;
  const args = params.flatMap((p, i) => (i ? [",", p] : [p]));
  const rest = body.slice(k + 2);
  const want = [...args, ")", ";", ...(block ? ["}"] : [])];
  return rest.length === want.length && rest.every((t, i) => t === want[i]) ? target.t : undefined;
}

export function forwarders(toks: Tok[], sh: Shape, ext: Set<string>): Tok[] {
  const methods = new Map<string, Method>();
  const twice = new Set<string>();
  const others = new Set<string>();
  for (const [a, b] of sh.members) {
    let open = a;
    while (open <= b && !["(", "{", ";", "=>", "=", "<"].includes(toks[open].t)) open++;
    const name = open - 1;
    if (toks[name]?.k !== "id") continue;
    const n = toks[name].t;
    // (a field, a property, a generic method of that name: the name is not one method's)
    if (toks[open]?.t !== "(") {
      others.add(n);
      continue;
    }
    if (methods.has(n)) twice.add(n);
    let plain = true;
    for (let j = a; j < name - 1; j++) if (!HEADER_MODS.has(toks[j].t)) plain = false;
    const close = sh.parenMatch.get(open);
    // (a constructor: no type before its name; a delegate type or an abstract method: no body)
    if (!plain || close === undefined || name - 1 < a || toks[close + 1]?.t === ";") {
      twice.add(n);
      continue;
    }
    const p = paramList(toks, open, close);
    const head = toks.slice(a, name).map((t) => t.t);
    const m: Method = { name, a, b, void: head[head.length - 1] === "void", static: head.includes("static"), private: !head.some((t) => ["public", "protected", "internal"].includes(t)) };
    if (p) {
      m.types = p.types;
      m.params = p.names;
      if (m.void) m.target = forwardTarget(toks, close + 1, b, p.names);
    }
    methods.set(n, m);
  }
  // every use of a name other than its declaration: a call, unqualified or through `this.` (else both stay)
  const calls = new Map<string, number[]>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || !methods.has(t.t) || methods.get(t.t)!.name === i) continue;
    const viaThis = toks[i - 1]?.t === "." && toks[i - 2]?.t === "this" && toks[i - 3]?.t !== ".";
    const qualified = !viaThis && (toks[i - 1]?.t === "." || toks[i - 1]?.t === "?.");
    if (qualified || toks[i + 1]?.t !== "(") twice.add(t.t);
    else (calls.get(t.t) ?? calls.set(t.t, []).get(t.t)!).push(i);
  }
  const ok = (n: string) => methods.has(n) && !twice.has(n) && !others.has(n) && !ext.has(n);
  const rename = new Map<number, string>();
  const drop: [number, number][] = [];
  // (the parameter types as written, the same)
  // (an instance forwarder of a static target: a call `this.F(..)` would be `this.G(..)`, CS0176)
  const applies = (n: string, m: Method) =>
    !!m.target && m.target !== n && ok(n) && ok(m.target) && methods.get(m.target)!.types?.join("|") === m.types!.join("|") && (m.static || !methods.get(m.target)!.static);
  for (const [n, m] of methods) {
    if (!applies(n, m)) continue;
    // a target that forwards too: the end of the chain (a cycle stays as it is)
    let y = m.target!;
    const seen = new Set([n]);
    while (applies(y, methods.get(y)!) && !seen.has(y)) seen.add(y), (y = methods.get(y)!.target!);
    if (seen.has(y)) continue;
    // (a private target: every call outside its type, a subclass's, would be CS0122: C200)
    const body = methods.get(y)!.private ? typeBodyAt(sh, methods.get(y)!.name) : undefined;
    if (body && (calls.get(n) ?? []).some((i) => i < body[0] || i > body[1])) continue;
    drop.push([m.a, m.b]);
    for (const i of calls.get(n) ?? []) rename.set(i, y);
  }
  if (!drop.length) return toks;
  const gone = (i: number) => drop.some(([a, b]) => i >= a && i <= b);
  return toks.flatMap((t, i) => (gone(i) ? [] : rename.has(i) ? [{ ...t, t: rename.get(i)! }] : [t]));
}

// Every level: an index loop over a List that nothing changes while it runs is C#'s foreach:
//   for (int i = 0; i < L.Count; i++) { var q = L[i]; ... }   →   foreach (var q in L) { ... }
//   for (int i = 0; i < L.Count; i++) F(L[i]);                →   foreach (var i in L) F(i);
// The same elements in the same order, when L is neither replaced nor changed (Add, Remove, an
// indexer write: List<T>'s enumerator would throw) by the loop's body or by anything the body may
// call. Names are what tells them apart: it runs before renaming, on the emitter's names, and every
// member of the script named like a name in the body counts as called. A list whose name is
// passed anywhere (`F(L)`, `x = L` but `var a = L;`, an alias followed like L) may change unseen:
// its loops stay. So does a loop whose body holds a lambda (a for loop's `i` is one variable, a
// foreach's is one per pass), calls a delegate (a name's, or one read from an element: `fs[0]()`), or
// assigns the element.
import { applyEdits, type Tok, type TokEdit } from "./lexer.ts";
import { semicolonEnd, type Shape } from "./structure.ts";

const MUTATORS = new Set(["Add", "AddRange", "Clear", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Reverse", "Sort"]);
const ASSIGN = new Set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "??=", "++", "--"]);
// members C# calls without their name in the code (string concatenation, ==, using)
// a `(T)` before `(`: a cast when T is one of these and no callee stands before it
const CAST_KW = new Set(["double", "float", "decimal", "int", "uint", "long", "ulong", "short", "ushort", "byte", "sbyte", "char", "bool", "string", "object"]);
const CALLEE_END = new Set([")", "]", ">"]);
const IMPLICIT = ["ToString", "Equals", "GetHashCode", "CompareTo", "Dispose"];
// API methods that clear a List passed to them and fill it during the call, keeping no reference to it
// (`GridTerminalSystem.GetBlocksOfType(pbs)`, `ini.GetKeys(section, keys)`): such a pass changes the
// list then and there, like `Clear` and `Add`, and lets it escape nowhere
const FILLERS = new Set(["GetBlocksOfType", "GetBlocks", "GetBlockGroups", "SearchBlocksOfName", "GetKeys", "GetSections"]);

/**
 * The bare name at i is a whole argument of a filler's call, `x.GetKeys(s, L)` (not `F(L)`, not `L.Count`). `own`: the
 * names the script's members have (a method of the script named like a filler is not the API's: it may keep the list).
 */
function fillerArgument(toks: Tok[], i: number, sh: Shape, own: (n: string) => boolean): boolean {
  const p = toks[i - 1]?.t;
  const n = toks[i + 1]?.t;
  if ((p !== "(" && p !== ",") || (n !== ")" && n !== ",")) return false;
  // the call's `(`: back over whole arguments at this depth
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k].t;
    if (t === ")" || t === "]" || t === "}") depth++;
    else if (t === "[" || t === "{") {
      if (--depth < 0) return false;
    } else if (t === "(") {
      if (depth-- > 0) continue;
      const close = sh.parenMatch.get(k);
      if (close === undefined || close < i) return false;
      // (`GetBlocksOfType<T>(L)`: the name before the type arguments)
      let m = k - 1;
      if (toks[m]?.t === ">") while (m > 0 && toks[m].t !== "<") m--;
      if (m < k - 1) m--;
      const name = toks[m]?.t ?? "";
      return FILLERS.has(name) && !own(name) && (toks[m - 1]?.t === "." || toks[m - 1]?.t === "?.");
    } else if (t === ";") return false;
  }
  return false;
}

/** End (index of its last token) of the statement starting at s, or -1 for one this pass does not read. */
function stmtEnd(toks: Tok[], s: number, sh: Shape): number {
  const t = toks[s];
  if (!t) return -1;
  if (t.t === "{") return sh.match.get(s) ?? -1;
  if (t.t === "if" || t.t === "for" || t.t === "foreach" || t.t === "while") {
    const close = sh.parenMatch.get(s + 1);
    if (toks[s + 1]?.t !== "(" || close === undefined) return -1;
    const e = stmtEnd(toks, close + 1, sh);
    if (e < 0) return -1;
    if (t.t === "if" && toks[e + 1]?.t === "else") return stmtEnd(toks, e + 2, sh);
    return e;
  }
  if (["do", "switch", "try", "else", "case", "default"].includes(t.t)) return -1;
  return semicolonEnd(toks, s);
}

/** The name a member declares (a method's, a property's, a field's first, a constructor's class name). */
function memberName(toks: Tok[], a: number, b: number): string | undefined {
  let name: string | undefined;
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    if (t.t === "[" && k === a) {
      while (k <= b && toks[k].t !== "]") k++;
      continue;
    }
    if (["(", "{", "=>", "=", ";", ","].includes(t.t)) break;
    if (t.k === "id") name = t.t;
  }
  return name;
}

export function foreachLoops(toks: Tok[], sh: Shape, unq: Set<string>): Tok[] {
  // members by name (every class's): what a name in a body may call
  const members = new Map<string, [number, number][]>();
  for (const [a, b] of sh.members) {
    const n = memberName(toks, a, b);
    if (n) (members.get(n) ?? members.set(n, []).get(n)!).push([a, b]);
  }
  const isMember = (n: string) => members.has(n);
  // names declared as a local or parameter of a type that may be a delegate, anywhere (`Type n`
  // followed by `=`, `;`, `,` or `)`; not `string n`, `int[] n`)
  const variables = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const p = toks[i - 1];
    if (toks[i].k !== "id" || !["=", ";", ",", ")"].includes(toks[i + 1]?.t ?? "")) continue;
    // (a built-in type's name before it: not a delegate)
    if (p.k === "id" || p.t === ">" || p.t === "var") variables.add(toks[i].t);
  }
  // names declared with a type that holds a delegate (`Action<double> f`, `List<Func<int>> fs`): any use but
  // the declaration may call it or hand it to code that does (`Js.ForEach(xs, f)`, a runtime helper this
  // pass does not read)
  const delegates = new Set<string>();
  const delegateDecl = new Set<number>();
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].k !== "id" || !["=", ";", ",", ")"].includes(toks[i + 1]?.t ?? "")) continue;
    let depth = 0;
    let holds = false;
    for (let k = i - 1; k >= 0; k--) {
      const u = toks[k];
      if (u.t === ">" || u.t === ">>") depth += u.t.length;
      else if (u.t === "<") depth--;
      else if (u.t === "," && depth <= 0) break;
      else if (u.k !== "id" && u.k !== "kw" && u.t !== "." && u.t !== "[" && u.t !== "]" && u.t !== "?" && u.t !== ",") break;
      if (depth < 0) break;
      if (u.t === "Action" || u.t === "Func") holds = true;
      if (depth === 0 && (u.t === "Action" || u.t === "Func" || u.k === "id") && toks[k - 1]?.t !== "." && toks[k - 1]?.t !== "<" && toks[k - 1]?.t !== ",") break;
    }
    // (`var fs = new List<Action>()`: the type after `new`)
    if (toks[i - 1].t === "var" && toks[i + 1]?.t === "=" && toks[i + 2]?.t === "new") {
      for (let k = i + 3; k < toks.length && toks[k].t !== "(" && toks[k].t !== "{"; k++) if (toks[k].t === "Action" || toks[k].t === "Func") holds = true;
    }
    if (holds) {
      delegates.add(toks[i].t);
      delegateDecl.add(i);
    }
  }
  // names every member of which is a method (a member named like a field or property may be a delegate)
  const methods = new Set<string>();
  const notMethods = new Set<string>();
  for (const [a, b] of sh.members) {
    const n = memberName(toks, a, b);
    if (!n) continue;
    const at = toks.slice(a, b + 1).findIndex((t, k) => t.t === n && ["(", "<"].includes(toks[a + k + 1]?.t));
    (at >= 0 && !toks.slice(a, a + at).some((t) => t.t === "=") ? methods : notMethods).add(n);
  }
  for (const n of notMethods) methods.delete(n);
  // Every use of a list name: `L.Member`, `L[..]` or `L = new ...`; `var a = L;` makes a an alias.
  // A name used any other way escapes (null: never converted).
  const groupOf = new Map<string, Set<string>>();
  const escapes = new Set<string>();
  const declAt = new Map<string, number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || toks[i - 1]?.t === "." || toks[i - 1]?.t === "?.") continue;
    const p = toks[i - 1];
    const n = toks[i + 1]?.t;
    if (p && (p.t === ">" || p.t === "var") && (n === "=" || n === ";" || n === "," || n === ")")) {
      if (p.t === ">" || toks[i + 2]?.t === "new") declAt.set(t.t, declAt.has(t.t) ? -1 : i);
    }
  }
  // the lists: `List<T> L` / `var L = new List<T>(..)` declared once in the script
  const elem = new Map<string, string>();
  for (const [name, at] of declAt) {
    if (at < 0) continue;
    let s = at - 1;
    if (toks[s].t === "var") {
      if (toks[at + 2]?.t !== "new" || toks[at + 3]?.t !== "List" || toks[at + 4]?.t !== "<" || toks[at + 6]?.t !== ">") continue;
      elem.set(name, toks[at + 5].t);
      continue;
    }
    if (toks[s].t !== ">" || toks[s - 2]?.t !== "<" || toks[s - 3]?.t !== "List") continue;
    elem.set(name, toks[s - 1].t);
  }
  for (const name of elem.keys()) groupOf.set(name, new Set([name]));
  // aliases and escapes, by name over the whole script
  // (`x.L` too: x may be this object)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || !groupOf.has(t.t)) continue;
    const p = toks[i - 1]?.t;
    const n = toks[i + 1]?.t;
    if (i === declAt.get(t.t)) continue;
    if (n === "." || n === "[") continue;
    if (n === "=" && toks[i + 2]?.t === "new") continue;
    // (filled by the API during the call: a change the loops' scan sees, not an escape)
    if (fillerArgument(toks, i, sh, isMember)) continue;
    if (p === "=" && n === ";" && toks[i - 2]?.k === "id" && toks[i - 3]?.t === "var") {
      // `var a = L;`: a stands for L (a name declared once, nowhere else as a list)
      const a = toks[i - 2].t;
      if (!elem.has(a) && (declAt.get(a) ?? -1) < 0) {
        groupOf.get(t.t)!.add(a);
        continue;
      }
    }
    escapes.add(t.t);
  }
  // an alias's own uses must not escape either
  for (const [name, g] of groupOf) {
    for (const a of g) {
      if (a === name) continue;
      for (let i = 0; i < toks.length; i++) {
        if (toks[i].t !== a || toks[i].k !== "id") continue;
        const n = toks[i + 1]?.t;
        const decl = toks[i - 1]?.t === "var" && n === "=";
        if (!decl && n !== "." && n !== "[") escapes.add(name);
      }
    }
  }

  const arrowOf = (s: number, e: number): number => {
    let d = 0;
    for (let k = s; k <= e; k++) {
      const u = toks[k].t;
      if (u === "(" || u === "[") d++;
      else if (u === ")" || u === "]") d--;
      else if ((u === "{" || u === "=" || u === ";") && d === 0) return -1;
      else if (u === "=>" && d === 0) return k;
    }
    return -1;
  };
  /** Tokens [a, b] and every member they may reach change a list of group g, hold a lambda or call a delegate. */
  const unsafe = (a: number, b: number, g: Set<string>): boolean => why(a, b, g) !== "";
  /** What makes it unsafe ("" for nothing). */
  const why = (a: number, b: number, g: Set<string>): string => {
    const seen = new Set<string>();
    const ranges: [number, number][] = [[a, b]];
    for (const n of IMPLICIT) for (const r of members.get(n) ?? []) ranges.push(r);
    for (let r = 0; r < ranges.length; r++) {
      const [s, e] = ranges[r];
      for (let k = s; k <= e; k++) {
        const t = toks[k];
        // (an expression-bodied member's own `=>`: the first at its level, outside parentheses)
        if (t.t === "=>" && r > 0 && k === arrowOf(s, e)) continue;
        if (t.t === "=>" || t.t === "delegate" || t.t === "Invoke" || t.t === "operator") return `${t.t} ${k} ${s}`;
        // `fs[0]()`, `m["k"]()`, `f()()`: a delegate read from an element or a call's result
        // (not `(double)(x)`, a cast to a built-in type)
        if (t.t === "(" && (toks[k - 1]?.t === "]" || (toks[k - 1]?.t === ")" && !builtInCast(toks, k - 1)))) return `element call ${k}`;
        if (t.k !== "id") continue;
        // (a list's own declaration: its initializer runs when the object is made)
        if (g.has(t.t) && k !== declAt.get(t.t)) {
          if (fillerArgument(toks, k, sh, isMember)) return `fill ${k}`;
          const n = toks[k + 1]?.t;
          if (n === "." && MUTATORS.has(toks[k + 2]?.t ?? "")) return `mut ${k}`;
          if (n === "[" && ASSIGN.has(toks[closeBracket(toks, k + 1) + 1]?.t ?? "")) return `idx ${k}`;
          if (n && ASSIGN.has(n)) return `asg ${k}`;
        }
        if (delegates.has(t.t) && !delegateDecl.has(k)) return `delegate value ${t.t}`;
        const call = toks[k + 1]?.t === "(" && toks[k - 1]?.t !== "new";
        // a name some local or parameter has, called unqualified: it may be that delegate, even named like
        // a method of the script or MyGridProgram's (`run(Action Echo) { Echo(); }`)
        if (call && variables.has(t.t) && toks[k - 1]?.t !== "." && toks[k - 1]?.t !== "?.") return `variable call ${t.t}`;
        if (isMember(t.t)) {
          // a field or property called: a delegate, whatever code it holds
          if (call && !methods.has(t.t)) return `delegate ${t.t}`;
          if (!seen.has(t.t)) {
            seen.add(t.t);
            ranges.push(...members.get(t.t)!);
          }
        } else if (call && toks[k - 1]?.t !== "." && toks[k - 1]?.t !== "?." && !unq.has(t.t)) {
          // a name no member has, not MyGridProgram's (Echo): a local or parameter holding a delegate
          return `call ${t.t}`;
        }
      }
    }
    return "";
  };

  const out = toks.slice();
  const edits: TokEdit[] = [];
  for (let i = 0; i + 13 < toks.length; i++) {
    // for ( int i = 0 ; i < L . Count ; i ++ )
    const h = toks.slice(i, i + 14).map((t) => t.t);
    if (h[0] !== "for" || h[1] !== "(" || h[2] !== "int" || h[4] !== "=" || h[5] !== "0" || h[6] !== ";" || h[7] !== h[3] || h[8] !== "<") continue;
    if (h[10] !== "." || h[11] !== "Count" || h[12] !== ";") continue;
    const idx = h[3];
    const list = h[9];
    const close = sh.parenMatch.get(i + 1)!;
    const inc = toks.slice(i + 13, close).map((t) => t.t).join(" ");
    if (inc !== `${idx} ++` && inc !== `++ ${idx}`) continue;
    const g = groupOf.get(list);
    if (!g || escapes.has(list) || g.size !== [...g].filter((x) => !escapes.has(x)).length) continue;
    const bodyStart = close + 1;
    const bodyEnd = stmtEnd(toks, bodyStart, sh);
    if (bodyEnd < 0) continue;
    // `L [ idx ]` reads only: every idx in the body stands there
    const at = (k: number) => toks[k - 2]?.t === list && toks[k - 3]?.t !== "." && toks[k - 3]?.t !== "?." && toks[k - 1]?.t === "[" && toks[k + 1]?.t === "]";
    let ok = true;
    for (let k = bodyStart; k <= bodyEnd && ok; k++) {
      if (toks[k].t !== idx || toks[k].k !== "id") continue;
      if (!at(k) || ASSIGN.has(toks[k + 2]?.t ?? "")) ok = false;
    }
    if (!ok || unsafe(bodyStart, bodyEnd, g)) continue;
    // `{ var q = L[idx]; ...`: q is the element (never assigned, nor passed by ref or out)
    let el = idx;
    let skipFrom = -1;
    let skipTo = -1;
    const b = bodyStart;
    if (toks[b].t === "{" && toks[b + 1]?.t === "var" && toks[b + 2]?.k === "id" && toks[b + 3]?.t === "=" && toks[b + 4]?.t === list && toks[b + 5]?.t === "[" && toks[b + 6]?.t === idx && toks[b + 7]?.t === "]" && toks[b + 8]?.t === ";") {
      el = toks[b + 2].t;
      skipFrom = b + 1;
      skipTo = b + 8;
    }
    const ref = elem.get(list)!;
    const classOf = (n: string) => toks.some((t, k) => t.t === n && toks[k - 1]?.t === "class");
    const refType = classOf(ref) || ref === "string" || /^I[A-Z]/.test(ref);
    for (let k = bodyStart; k <= bodyEnd && ok; k++) {
      if (k >= skipFrom && k <= skipTo) continue;
      const t = toks[k];
      if (t.t !== el || t.k !== "id" || toks[k - 1]?.t === "." || toks[k - 1]?.t === "?.") continue;
      if (at(k)) continue;
      const p = toks[k - 1]?.t;
      const n = toks[k + 1]?.t;
      if ((n && ASSIGN.has(n)) || p === "ref" || p === "out" || p === "++" || p === "--") ok = false;
      // a member write on a struct element changes a copy in `var q`; C# refuses it on a foreach variable
      if (n === "." && !refType && ASSIGN.has(toks[k + 3]?.t ?? "")) ok = false;
    }
    if (!ok) continue;
    const at0 = toks[i];
    const head: Tok[] = [
      { ...at0, t: "foreach", k: "kw" },
      { ...toks[i + 1] },
      { ...toks[i + 2], t: "var", k: "id" },
      { ...toks[i + 3], t: el, k: "id" },
      { ...toks[i + 6], t: "in", k: "kw" },
      { ...toks[i + 9] },
      { ...toks[close] },
    ];
    const body: Tok[] = [];
    for (let k = bodyStart; k <= bodyEnd; k++) {
      if (k >= skipFrom && k <= skipTo) continue;
      if (toks[k].t === idx && toks[k].k === "id" && at(k)) {
        // `L [ idx ]` → the element: drop `L [` (already pushed) and `]`
        body.splice(body.length - 2, 2);
        body.push({ ...toks[k], t: el });
        k++;
        continue;
      }
      // (the `{` before the dropped `var q = L[idx];` ends on its line: no blank line where it stood, at `none`)
      body.push(k === bodyStart && skipTo >= 0 ? { ...toks[k], end: toks[skipTo].line } : toks[k]);
    }
    edits.push({ from: i, to: bodyEnd, with: [...head, ...body] });
    i = bodyEnd;
  }
  return applyEdits(out, edits);
}

/** `( double )` ending at close: a cast to a built-in type (no callee before it: not `f(double)`). */
function builtInCast(toks: Tok[], close: number): boolean {
  const p = toks[close - 3];
  return CAST_KW.has(toks[close - 1]?.t ?? "") && toks[close - 2]?.t === "(" && !CALLEE_END.has(p?.t ?? "") && p?.k !== "id";
}

function closeBracket(toks: Tok[], open: number): number {
  let d = 0;
  for (let k = open; k < toks.length; k++) {
    if (toks[k].t === "[") d++;
    else if (toks[k].t === "]" && --d === 0) return k;
  }
  return toks.length;
}

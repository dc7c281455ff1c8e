// `full`: a nested class of the script made exactly once, by one `F = new C(..);` statement of Program's
// constructor, folded into Program (issue 15). Its fields, methods and properties become Program's, its
// constructor's body runs where the `new` was, and `F.X` (or a field that provably holds the same instance,
// or a field of C that holds Program) is Program's own `this.X`: no class header, no `public`s, no
// qualifier, no parameter plumbing. Anything this cannot prove the same is left as it is (refuse):
// see foldOne's conditions. Every token keeps its TS position; a member renamed apart from a nested
// type it would collide with keeps its name in `orig` (rename.ts reports it).
import type { Tok } from "./lexer.ts";
import { shape, type Shape } from "./structure.ts";

const tok = (k: Tok["k"], t: string, at: Tok): Tok => ({ k, t, line: at.line, pos: at.pos });
const ACCESS = new Set(["public", "private", "protected", "internal"]);
/** Member modifiers a folded member may carry (access ones go; `readonly` stays). */
const MEMBER_MODS = new Set([...ACCESS, "readonly"]);
const FORBIDDEN = new Set(["static", "const", "event", "abstract", "virtual", "override", "extern", "operator", "unsafe", "implicit", "explicit", "new", "volatile", "fixed", "partial", "delegate", "class", "struct", "interface", "enum"]);
const ASSIGN = new Set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "??="]);
const LITERAL = new Set(["str", "num", "chr"]);
const TYPE_KW = new Set(["int", "long", "double", "float", "decimal", "string", "bool", "char", "byte", "sbyte", "short", "ushort", "uint", "ulong", "object", "var"]);
/** object's members: on a folded instance they would be Program's. */
const OBJECT_MEMBERS = new Set(["ToString", "GetType", "GetHashCode", "Equals", "MemberwiseClone", "Finalize"]);

/** A member of a type body: its tokens [a, b], what it is, the names it declares. */
interface Member {
  a: number;
  b: number;
  kind: "field" | "method" | "property" | "ctor" | "type" | "other";
  names: string[];
  /** modifiers: indices of the leading modifier tokens */
  mods: number[];
  /** field: per declarator, [name index, initializer first, initializer last] (no initializer: -1, -1) */
  decls?: [number, number, number][];
  /** method / ctor: the `(` of the parameter list; the `{` of the body (or -1: `=>`) */
  open?: number;
  body?: number;
}

/** The members of the type body opened at `open` (or the top level: open = -1), classified. */
function membersOf(toks: Tok[], sh: Shape, open: number): Member[] {
  const d = open < 0 ? 0 : sh.depth[open] + 1;
  const end = open < 0 ? toks.length : sh.match.get(open)!;
  const out: Member[] = [];
  for (const [a, b] of sh.members) if (a > open && b < end && sh.depth[a] === d) out.push(classify(toks, sh, a, b));
  // (types are no members of Shape's: their bodies hold members of their own)
  for (let i = open + 1; i < end; i++) {
    const t = toks[i];
    if (sh.depth[i] !== d || t.k !== "kw" || !["class", "struct", "interface", "enum"].includes(t.t) || toks[i + 1]?.k !== "id") continue;
    let brace = i + 2;
    while (brace < end && toks[brace].t !== "{") brace++;
    if (sh.kind.get(brace) === "code" || brace >= end) continue;
    let a = i;
    while (a > open + 1 && (toks[a - 1].k === "kw" && !["}", ";"].includes(toks[a - 1].t))) a--;
    if (toks[a - 1]?.t === "]") a = sh.depth[a - 1] === d ? toks.lastIndexOf(toks.slice(0, a).reverse().find((x) => x.t === "[")!, a) : a;
    out.push({ a, b: sh.match.get(brace)!, kind: "type", names: [toks[i + 1].t], mods: [] });
    i = sh.match.get(brace)!;
  }
  return out.sort((x, y) => x.a - y.a);
}

function classify(toks: Tok[], sh: Shape, a: number, b: number): Member {
  const mods: number[] = [];
  let i = a;
  if (toks[i].t === "[") return { a, b, kind: "other", names: [], mods };
  while (i <= b && toks[i].k === "kw" && !TYPE_KW.has(toks[i].t) && toks[i].t !== "void" && !["class", "struct", "interface", "enum", "delegate"].includes(toks[i].t)) mods.push(i++);
  for (let j = a; j <= b; j++) {
    const t = toks[j].t;
    if (["class", "struct", "interface", "enum", "delegate"].includes(t) && toks[j].k === "kw") return { a, b, kind: "type", names: [toks[j + 1].t], mods };
    if (t === "(" || t === "{" || t === "=>" || t === "=" || t === ";") {
      if (t === "(") {
        const kind = toks[j - 2] && (toks[j - 2].k === "id" || toks[j - 2].k === "kw" || toks[j - 2].t === ">" || toks[j - 2].t === "]") && j - 1 > i ? "method" : "ctor";
        const close = sh.parenMatch.get(j)!;
        const body = toks[close + 1]?.t === "{" ? close + 1 : -1;
        return { a, b, kind, names: [toks[j - 1].t], mods, open: j, body };
      }
      if (t === "{" || t === "=>") return { a, b, kind: "property", names: [toks[j - 1].t], mods };
      // a field: declarators at bracket depth 0, split by `,`
      const decls: [number, number, number][] = [];
      let k = j - 1;
      let depth = 0;
      let name = k;
      let init = -1;
      for (let m = j; m <= b; m++) {
        const u = toks[m].t;
        if (u === "(" || u === "[" || u === "{") depth++;
        else if (u === ")" || u === "]" || u === "}") depth--;
        else if (depth === 0 && u === "=" && init < 0) init = m + 1;
        else if (depth === 0 && (u === "," || u === ";")) {
          decls.push([name, init, init < 0 ? -1 : m - 1]);
          init = -1;
          name = m + 1;
        }
      }
      return { a, b, kind: "field", names: decls.map(([n]) => toks[n].t), mods, decls };
    }
  }
  return { a, b, kind: "other", names: [], mods };
}

const prevT = (toks: Tok[], i: number) => toks[i - 1]?.t;
/** The `{` directly enclosing token i (-1: the top level). */
function enclosing(toks: Tok[], sh: Shape, i: number): number {
  let n = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j].t;
    if (t === "}") n++;
    else if (t === "{") {
      if (n === 0) return j;
      n--;
    }
  }
  return -1;
}

export interface FoldNames {
  /** the classes folded, in order */
  folded: string[];
}

/**
 * Folds every single-instance class it can prove (one at a time: a class holding another's instance
 * goes first, then the other's field in it is Program's). `unq`: the names visible unqualified
 * (names.ts unqualifiedNames: types, MyGridProgram's members, the emitter's words).
 */
export function foldSingletons(toks: Tok[], unq: Set<string>, inherited: Set<string>, fixed: Set<string>): { toks: Tok[]; folded: string[]; refused: Map<string, string> } {
  const folded: string[] = [];
  // (a class → why it was not folded, the last time it was tried)
  const refused = new Map<string, string>();
  for (;;) {
    const sh = shape(toks);
    let next: Tok[] | undefined;
    for (const m of membersOf(toks, sh, -1)) {
      if (m.kind !== "type") continue;
      const r = foldOne(toks, sh, m, unq, inherited, fixed);
      if (typeof r === "string") {
        refused.set(m.names[0], r);
        continue;
      }
      refused.delete(m.names[0]);
      next = r;
      folded.push(m.names[0]);
      break;
    }
    if (!next) return { toks, folded, refused };
    toks = next;
  }
}

/** Why `class C` is not folded (a string), or the tokens with it folded. Exported for tests: refusal reasons. */
export function foldOne(toks: Tok[], sh: Shape, cls: Member, unq: Set<string>, inherited: Set<string>, fixed: Set<string>): Tok[] | string {
  const C = cls.names[0];
  // --- the class: `class C {` with no base list, no type parameters, no attribute, plain members
  let h = cls.a;
  while (toks[h].t !== "class") {
    if (!["public", "internal", "private", "sealed"].includes(toks[h].t)) return `modifier ${toks[h].t}`;
    h++;
  }
  if (toks[h + 1]?.t !== C || toks[h + 2]?.t !== "{") return "a base list, type parameters or not a class";
  const open = h + 2;
  const close = sh.match.get(open)!;
  if (close !== cls.b) return "unexpected class shape";
  for (let i = open + 1; i < close; i++) if (toks[i].t === "{" && sh.kind.get(i) !== "code") return "a nested type";
  const members = membersOf(toks, sh, open);
  const ctors = members.filter((m) => m.kind === "ctor");
  if (ctors.length > 1 || (ctors.length && (ctors[0].names[0] !== C || ctors[0].body === undefined || ctors[0].body < 0))) return "more than one constructor, or one with no block body";
  // (no constructor: C#'s default one, no parameters, an empty body: ranges that hold nothing)
  const ctor: Member = ctors[0] ?? { a: 1, b: 0, kind: "ctor", names: [C], mods: [], open: 0, body: 0 };
  const noCtor = !ctors.length;
  const own = new Map<string, Member>();
  for (const m of members) {
    if (m.kind === "other" || m.kind === "type") return "a member of another kind";
    for (const i of m.mods) if (FORBIDDEN.has(toks[i].t) || !MEMBER_MODS.has(toks[i].t)) return `modifier ${toks[i].t}`;
    for (let i = m.a; i <= m.b; i++) {
      if (toks[i].t === "this" && toks[i + 1]?.t !== ".") return "`this` as a value";
      if (toks[i].t === "base") return "`base`";
      if (toks[i].t === "this" && toks[i + 1]?.t === "[") return "an indexer";
      if (OBJECT_MEMBERS.has(toks[i].t) && prevT(toks, i) !== "." && prevT(toks, i) !== "?.") return `object's ${toks[i].t}`;
    }
    if (m.kind === "ctor") continue;
    // (an auto-property's initializer: `{ get; set; } = x;`)
    if (m.kind === "property" && toks[m.b].t === ";" && toks[m.b - 1].t !== "}" && toks.slice(m.a, m.b).some((t, k) => t.t === "}" && toks[m.a + k + 1]?.t === "=")) return "an auto-property initializer";
    for (const n of m.names) if (m.kind === "field" || !own.has(n)) own.set(n, m);
  }
  // --- Program: its members, the one `new C(..)`, the field F it goes to
  const top = membersOf(toks, sh, -1);
  const progCtor = top.find((m) => m.kind === "ctor" && m.names[0] === "Program");
  if (!progCtor || progCtor.body === undefined || progCtor.body < 0) return "no Program constructor";
  const pBody = progCtor.body;
  const pEnd = sh.match.get(pBody)!;
  const news: number[] = [];
  for (let i = 0; i < toks.length; i++) if (toks[i].t === "new" && toks[i + 1]?.t === C) news.push(i);
  if (news.length !== 1) return `${news.length} \`new ${C}\``;
  const nw = news[0];
  if (toks[nw + 2]?.t !== "(") return "`new` with no argument list";
  const argClose = sh.parenMatch.get(nw + 2)!;
  if (toks[argClose + 1]?.t !== ";") return "the `new` is not a whole statement's value";
  const stmtEnd = argClose + 1;
  // `F = new C(..);` or `this.F = new C(..);`, directly in Program's constructor body
  let s = nw - 2;
  if (toks[nw - 1]?.t !== "=" || toks[s]?.k !== "id") return "not `F = new C(..);`";
  const F = toks[s].t;
  if (toks[s - 1]?.t === "." && toks[s - 2]?.t === "this") s -= 2;
  if (!(s > pBody && nw < pEnd) || sh.depth[s] !== sh.depth[pBody] + 1 || ![";", "{", "}"].includes(toks[s - 1].t)) return "not at the top level of Program's constructor";
  const fDecl = top.find((m) => m.kind === "field" && m.names.includes(F));
  if (!fDecl || fDecl.decls!.length !== 1 || fDecl.decls![0][1] >= 0 || toks[fDecl.decls![0][0] - 1].t !== C) return `${F} is not a field \`${C} ${F};\``;
  // --- the names C's members take in Program: none may be Program's, a type's, or one visible unqualified
  const progNames = new Set<string>();
  const typeNames = new Map<string, Member>();
  for (const m of top) {
    if (m === cls) continue;
    for (const n of m.names) (m.kind === "type" ? typeNames.set(n, m) : progNames.add(n));
  }
  // a name written unqualified outside C (a type, the API's, the runtime's) would find the member instead
  // (not where a local, a parameter or a member of the type it is in has the name: those find theirs still)
  const plainElsewhere = new Set<string>();
  const ownNames = new Map<number, Set<string>>(); // a type body's `{` → its members' names
  for (let i = 0; i < toks.length; i++) {
    if ((i >= cls.a && i <= cls.b) || toks[i].k !== "id" || prevT(toks, i) === "." || prevT(toks, i) === "?.") continue;
    const n = toks[i].t;
    if (!own.has(n) || plainElsewhere.has(n)) continue;
    let e = enclosing(toks, sh, i);
    while (e >= 0 && sh.kind.get(e) === "code") e = enclosing(toks, sh, e);
    if (e >= 0 && sh.kind.get(e) === "type") {
      if (!ownNames.has(e)) ownNames.set(e, new Set(membersOf(toks, sh, e).flatMap((m) => m.names)));
      if (ownNames.get(e)!.has(n)) continue;
    }
    const mem = sh.members.find(([a, b]) => a <= i && i <= b);
    if (mem && declaresLocal(toks, sh, mem[0], mem[1], n)) continue;
    plainElsewhere.add(n);
  }
  for (const n of unq) if (!/^[A-Z]/.test(n) || fixed.has(n)) plainElsewhere.add(n);
  const renamed = new Map<string, string>();
  for (const n of own.keys()) {
    if (progNames.has(n) || inherited.has(n) || fixed.has(n) || n === C || (plainElsewhere.has(n) && !typeNames.has(n))) return `member ${n} is Program's, MyGridProgram's, or a name written unqualified outside ${C}`;
    if (typeNames.has(n)) {
      const m = own.get(n)!;
      if (m.kind !== "field") return `member ${n} is a type's name`;
      let fresh = `${n}_`;
      while (progNames.has(fresh) || typeNames.has(fresh) || own.has(fresh) || unq.has(fresh)) fresh += "_";
      renamed.set(n, fresh);
    }
  }
  // --- every use of C's name: the header, the constructor, the `new`, F's type, and Program fields holding F (aliases)
  const aliasDecls: Member[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== C || toks[i].k !== "id") continue;
    // (a member of another type so named: `FailoverState.Failover`, an enum's member)
    if (prevT(toks, i) === "." || prevT(toks, i) === "?." || sh.kind.get(enclosing(toks, sh, i)) === "enum") continue;
    if (i === h + 1 || i === nw + 1 || (!noCtor && i === ctor.open! - 1) || i === fDecl.decls![0][0] - 1) continue;
    const m = top.find((x) => x.kind === "field" && x.a <= i && i <= x.b && x !== fDecl);
    if (m && m.decls!.length === 1 && m.decls![0][1] < 0 && m.decls![0][0] === i + 1) {
      aliasDecls.push(m);
      continue;
    }
    return `${C} used as a type elsewhere (token ${i})`;
  }
  // --- the instance's names at Program level: F and its aliases, each assigned once, after F, in the constructor
  const inst = new Map<string, number>(); // name → index of its assignment statement's first token
  inst.set(F, s);
  const removeStmts: [number, number][] = [];
  for (const m of aliasDecls) {
    const G = toks[m.decls![0][0]].t;
    let at = -1;
    // `G = F;` / `this.G = this.F;` (each side with or without this.)
    for (let i = s; i < pEnd; i++) {
      let j = i;
      if (toks[j].t === "this" && toks[j + 1]?.t === ".") j += 2;
      if (toks[j]?.t !== G || toks[j + 1]?.t !== "=") continue;
      if (![";", "{", "}"].includes(toks[i - 1].t) || (toks[i - 1].t === "." )) continue;
      let k = j + 2;
      if (toks[k].t === "this" && toks[k + 1]?.t === ".") k += 2;
      if (toks[k]?.t !== F || toks[k + 1]?.t !== ";") return `${G} is assigned something else than ${F}`;
      if (at >= 0) return `${G} assigned twice`;
      at = i;
      // only plain blocks between the constructor's body and the statement
      for (let e = enclosing(toks, sh, i); e !== pBody; e = enclosing(toks, sh, e)) if (e < 0 || ![";", "{", "}"].includes(toks[e - 1].t)) return `${G} assigned in a nested statement`;
      removeStmts.push([i, k + 1]);
    }
    if (at < 0) return `${G} is not assigned ${F} in Program's constructor`;
    inst.set(G, at);
  }
  // --- every occurrence of an instance name: its declaration, its assignment, or `N.X` with X a member of C
  const edits = new Map<number, { to: number; with: Tok[] }>();
  const programTyped = toks.some((t, i) => t.t === "Program" && t.k === "id" && !(i === progCtor.open! - 1));
  const assignedAt = new Set<number>([s, ...removeStmts.map(([a]) => a)]);
  const declAt = new Set<number>([fDecl.decls![0][0], ...aliasDecls.map((m) => m.decls![0][0])]);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || !inst.has(t.t)) continue;
    if (declAt.has(i)) continue;
    let q = i;
    if (prevT(toks, i) === "." || prevT(toks, i) === "?.") {
      const viaThis = prevT(toks, i) === "." && toks[i - 2]?.t === "this" && prevT(toks, i - 2) !== ".";
      // (another value's member so named: only a value typed Program could be Program, and none is)
      if (!viaThis) {
        if (programTyped) return `.${t.t} of another value, and a value typed Program`;
        continue;
      }
      q = i - 2;
    }
    // (inside a nested type a plain name is never Program's instance field: C# has no outer `this`, CS0038)
    if (sh.depth[i] > 0 && !(i > pBody && i < pEnd) && !top.some((m) => m.kind !== "type" && m.a <= i && i <= m.b)) {
      if (q === i) continue;
      return `this.${t.t} inside a nested type`;
    }
    if (assignedAt.has(q)) continue;
    // the right side of an alias's statement
    if (removeStmts.some(([a, b]) => a < i && i <= b)) continue;
    const nx = toks[i + 1]?.t;
    if ((nx === "." || nx === "?.") && toks[i + 2]?.k === "id" && own.has(toks[i + 2].t)) {
      const x = toks[i + 2];
      edits.set(q, { to: i + 2, with: [{ ...tok("kw", "this", toks[q]), sp: toks[q].sp }, tok("op", ".", x), renamed.has(x.t) ? { ...x, t: renamed.get(x.t)!, orig: x.t } : x] });
      continue;
    }
    return `${t.t} used other than as ${t.t}.X (X a member of ${C})`;
  }
  // --- nothing that may run before an instance name is assigned reads it (else the original failed there)
  const byName = new Map<string, [number, number][]>();
  const addName = (n: string, r: [number, number]) => (byName.get(n) ?? byName.set(n, []).get(n)!).push(r);
  for (const [a, b] of sh.members) {
    const m = classify(toks, sh, a, b);
    for (const n of m.names) addName(n, [a, b]);
    // a class's name reaches its field initializers (they run at `new`)
    if (m.kind === "field" && m.decls!.some(([, x]) => x >= 0)) {
      const owner = enclosing(toks, sh, a);
      if (owner >= 0) {
        const hd = toks.slice(0, owner).map((t) => t.t).lastIndexOf("class");
        if (hd >= 0) addName(toks[hd + 1].t, [a, b]);
      }
    }
  }
  // (a name that may be Program's instance field there: plain or after `this.` in Program's own members; after
  // any `.` when some value is typed Program)
  const programRef = (i: number): boolean => {
    const pv = prevT(toks, i);
    if (pv === "." || pv === "?.") return programTyped || (pv === "." && toks[i - 2]?.t === "this" && sh.depth[i] > 0 && top.some((m) => m.kind !== "type" && m.a <= i && i <= m.b));
    return top.some((m) => m.kind !== "type" && m.a <= i && i <= m.b);
  };
  for (const [n, at] of inst) {
    const seen = new Set<string>();
    const ranges: [number, number][] = [[pBody + 1, at - 1], [ctor.a, ctor.b]];
    for (const m of members) if (m.kind === "field") ranges.push([m.a, m.b]);
    for (let r = 0; r < ranges.length; r++) {
      const [a, b] = ranges[r];
      for (let i = a; i <= b; i++) {
        const u = toks[i];
        if (u.k !== "id") continue;
        if (u.t === n && programRef(i) && !declAt.has(i)) return `${n} may be read before it is assigned`;
        if (seen.has(u.t)) continue;
        seen.add(u.t);
        for (const x of byName.get(u.t) ?? []) ranges.push(x);
      }
    }
  }
  // --- the constructor's parameters and the arguments given them
  const pOpen = ctor.open!;
  const pClose = noCtor ? -1 : sh.parenMatch.get(pOpen)!;
  const params: { name: string; def?: Tok[]; type: Tok[] }[] = [];
  for (const part of splitTop(toks, pOpen + 1, pClose - 1)) {
    const eq = part.findIndex((i) => toks[i].t === "=");
    const nameAt = eq >= 0 ? part[eq - 1] : part[part.length - 1];
    if (part.some((i) => ["ref", "out", "params", "this"].includes(toks[i].t))) return "a ref, out or params parameter";
    params.push({ name: toks[nameAt].t, def: eq >= 0 ? part.slice(eq + 1).map((i) => toks[i]) : undefined, type: part.slice(0, part.indexOf(nameAt)).map((i) => toks[i]) });
  }
  if (toks.slice(nw + 3, argClose).some((t) => t.t === "<")) return "an argument with `<` (cannot split it for sure)";
  const args = splitTop(toks, nw + 3, argClose - 1).map((p) => p.map((i) => toks[i]));
  if (args.length > params.length) return "more arguments than parameters";
  if (args.some((a) => a.length > 1 && a[0].k === "id" && a[1].t === ":")) return "a named argument";
  const body = ctor.body!;
  const bodyEnd = noCtor ? 1 : sh.match.get(body)!;
  if (!noCtor && toks[pClose + 1].t !== "{") return "a constructor initializer";
  // the ctor body's statements (top level)
  const stmts = topStatements(toks, sh, body + 1, bodyEnd - 1);
  if (!stmts) return "a constructor statement it cannot split";
  for (let i = body + 1; i < bodyEnd; i++) if (toks[i].t === "return") return "`return` in the constructor";
  // Program's fields assigned once, at the top of its constructor before F: an argument C may read as the field
  const assignedOnce = (n: string) => {
    const m = top.find((x) => x.kind === "field" && x.names.includes(n));
    if (!m || m.decls!.length !== 1 || m.decls![0][1] >= 0) return false;
    let count = 0;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].t !== n || toks[i].k !== "id" || i === m.decls![0][0]) continue;
      const nx = toks[i + 1]?.t;
      if (ASSIGN.has(nx) || nx === "++" || nx === "--" || ["++", "--", "out", "ref"].includes(prevT(toks, i))) {
        const st = prevT(toks, i) === "." && toks[i - 2]?.t === "this" ? i - 2 : i;
        if (prevT(toks, i) === "." && st === i) return false;
        if (!(st > pBody && st < s && sh.depth[st] === sh.depth[pBody] + 1 && nx === "=")) return false;
        count++;
      }
    }
    return count === 1;
  };
  // how each parameter's argument reaches the body: substituted (`this`, a literal, a Program field assigned once
  // before), read once by a leading `G = p;` ("lead": it runs there, in argument order), else a local `T p = arg;`
  const uses = new Map<string, number[]>();
  const written = new Set<string>();
  for (let i = body + 1; i < bodyEnd; i++) {
    const t = toks[i];
    if (t.k !== "id" || prevT(toks, i) === "." || prevT(toks, i) === "?.") continue;
    if (!params.some((p) => p.name === t.t)) continue;
    const nx = toks[i + 1]?.t;
    if (ASSIGN.has(nx) || nx === "++" || nx === "--" || ["++", "--", "out", "ref"].includes(prevT(toks, i))) written.add(t.t);
    (uses.get(t.t) ?? uses.set(t.t, []).get(t.t)!).push(i);
  }
  const subst = new Map<string, Tok[]>();
  const lead = new Map<string, Tok[]>();
  const locals = new Map<string, Tok[]>(); // in argument order
  const programAlias = new Set<string>(); // params given `this`
  for (let k = 0; k < params.length; k++) {
    const p = params[k];
    const a = args[k] ?? p.def;
    if (!a || !a.length) return `no argument for ${p.name}`;
    if (written.has(p.name)) locals.set(p.name, a);
    else if (a.length === 1 && a[0].t === "this") {
      programAlias.add(p.name);
      subst.set(p.name, [{ ...a[0] }]);
    } else if (a.length === 1 && (a[0].k === "num" || a[0].k === "chr" || ["true", "false", "null"].includes(a[0].t) || a[0].k === "str")) subst.set(p.name, [a[0]]);
    else if (a.length === 2 && a[0].t === "-" && a[1].k === "num") subst.set(p.name, [tok("op", "(", a[0]), ...a, tok("op", ")", a[1])]);
    else if (a.length === 1 && a[0].k === "id" && progNames.has(a[0].t) && assignedOnce(a[0].t)) subst.set(p.name, [tok("kw", "this", a[0]), tok("op", ".", a[0]), a[0]]);
    else lead.set(p.name, a);
  }
  // the leading `G = p;` statements (distinct fields G of C)
  const leadStmts: { from: number; to: number; field: string; param: string }[] = [];
  for (const st of stmts) {
    let j = st[0];
    if (toks[j].t === "this" && toks[j + 1]?.t === ".") j += 2;
    if (toks[j].k === "id" && toks[j + 1]?.t === "=" && params.some((p) => p.name === toks[j + 2]?.t) && j + 3 === st[1] && own.get(toks[j].t)?.kind === "field" && !leadStmts.some((x) => x.field === toks[j].t)) {
      leadStmts.push({ from: st[0], to: st[1], field: toks[j].t, param: toks[j + 2].t });
    } else break;
  }
  let lastLead = -1;
  let leadOk = true;
  for (const [p] of lead) {
    const u = uses.get(p) ?? [];
    const ls = leadStmts.findIndex((x) => x.param === p);
    if (u.length !== 1 || ls < 0 || leadStmts[ls].from + (toks[leadStmts[ls].from].t === "this" ? 4 : 2) !== u[0] || ls < lastLead) leadOk = false;
    else {
      lastLead = ls;
      const fm = own.get(leadStmts[ls].field)!;
      if (fm.decls!.some(([n, x]) => toks[n].t === leadStmts[ls].field && x >= 0)) leadOk = false;
    }
  }
  // (one argument that cannot be read in place: all that may do something are locals, in argument order)
  if (!leadOk) {
    for (const [p, a] of lead) locals.set(p, a);
    lead.clear();
  }
  const localOrder = params.filter((p) => locals.has(p.name));
  // --- Program aliases in C: a field `MyGridProgram G;` assigned once, by a leading `G = p;` with p given `this`
  const progField = new Set<string>();
  for (const ls of leadStmts) {
    if (!programAlias.has(ls.param)) continue;
    const fm = own.get(ls.field)!;
    if (fm.kind !== "field" || fm.decls!.length !== 1 || fm.decls![0][1] >= 0) continue;
    let writes = 0;
    for (const m of members)
      for (let i = m.a; i <= m.b; i++) {
        if (toks[i].t !== ls.field || i === fm.decls![0][0]) continue;
        const nx = toks[i + 1]?.t;
        if (ASSIGN.has(nx) || nx === "++" || nx === "--" || ["++", "--", "out", "ref"].includes(prevT(toks, i))) writes++;
      }
    if (writes === 1) progField.add(ls.field);
  }
  // a member where a Program alias's name is a local: only `this.G` there is the field (and `G.X` unqualified is refused)
  // --- C's locals must not collide with Program's constructor's names (a nested block may not redeclare them)
  const ctorIds = new Set<string>();
  for (let i = pBody + 1; i < pEnd; i++) if (toks[i].k === "id" && (i < s || i > stmtEnd)) ctorIds.add(toks[i].t);
  // Program's constructor's own locals: C's body there would find one instead of C's member so named
  const ctorLocals = new Set<string>();
  for (let i = pBody + 1; i < pEnd; i++) if ((i < s || i > stmtEnd) && toks[i].k === "id" && declaresLocal(toks, sh, i, i, toks[i].t)) ctorLocals.add(toks[i].t);
  for (const [a, b] of [[body + 1, bodyEnd - 1], ...members.filter((m) => m.kind === "field").map((m) => [m.a, m.b])])
    for (let i = a; i <= b; i++) if (toks[i].k === "id" && ctorLocals.has(toks[i].t) && prevT(toks, i) !== "." && prevT(toks, i) !== "?.") return `${toks[i].t}: a local of Program's constructor`;
  let needsBlock = locals.size > 0;
  for (const p of localOrder) if (ctorIds.has(p.name)) return `parameter ${p.name} as a local collides with a name of Program's constructor`;
  for (let i = body + 1; i < bodyEnd; i++) {
    const t = toks[i];
    if (t.k !== "id" || prevT(toks, i) === "." || prevT(toks, i) === "?.") continue;
    const p = toks[i - 1];
    const declares = (p.k === "id" || (p.k === "kw" && TYPE_KW.has(p.t)) || p.t === ">" || p.t === "]") && [";", "=", ",", "in", ")"].includes(toks[i + 1]?.t) && p.t !== "return";
    const lambda = toks[i + 1]?.t === "=>";
    if (declares || lambda) {
      needsBlock = true;
      if (ctorIds.has(t.t)) return `local ${t.t} of the constructor collides with a name of Program's constructor`;
    }
  }
  // --- the edits: C's members as Program's, the statement as C's constructor's body, F's uses as this.X
  const thisTok = (at: Tok): Tok => tok("kw", "this", at);
  /** C's tokens [a, b] with the Program alias fields as `this`, the renamed fields renamed, parameters substituted (`params`). */
  const rewrite = (a: number, b: number, withParams: boolean): Tok[] => {
    const out: Tok[] = [];
    // a member where a Program alias field's name is plain (a local or parameter of it): refuse its plain `G.`
    for (let i = a; i <= b; i++) {
      const t = toks[i];
      const pv = prevT(toks, i);
      const qualified = pv === "." || pv === "?.";
      const viaThis = pv === "." && toks[i - 2]?.t === "this" && prevT(toks, i - 2) !== ".";
      if (t.k === "id" && progField.has(t.t) && (!qualified || viaThis)) {
        if (viaThis) out.splice(out.length - 2, 2);
        const at = viaThis ? toks[i - 2] : t;
        out.push({ ...thisTok(at), sp: at.sp });
        if (toks[i + 1]?.t === "?.") {
          out.push(tok("op", ".", toks[i + 1]));
          i++;
        }
        continue;
      }
      if (t.k === "id" && renamed.has(t.t) && isFieldUse(toks, i, typeNames.get(t.t)!, sh)) {
        if (!qualified || viaThis) {
          out.push({ ...t, t: renamed.get(t.t)!, orig: t.t });
          continue;
        }
      }
      if (withParams && t.k === "id" && !qualified && subst.has(t.t)) {
        out.push(...subst.get(t.t)!.map((x, k) => (k === 0 ? { ...x, line: t.line, pos: t.pos, sp: t.sp } : { ...x, line: t.line, pos: t.pos })));
        continue;
      }
      if (withParams && t.k === "id" && !qualified && lead.has(t.t)) {
        out.push(...lead.get(t.t)!);
        continue;
      }
      out.push(t);
    }
    return out;
  };
  // refuse a plain G (Program alias) where the member also declares G: the plain one may be the local
  // (in the constructor a plain G is the parameter given `this` or the field: `this` either way)
  for (const m of members) {
    if (m === ctor) continue;
    for (const G of progField) {
      let local = false;
      for (let i = m.a; i <= m.b; i++) {
        if (toks[i].t !== G || prevT(toks, i) === "." || prevT(toks, i) === "?.") continue;
        const p = toks[i - 1];
        if ((m.kind === "field" && m.decls!.some(([n]) => n === i)) || (m === ctor && leadStmts.some((x) => x.field === G && (x.from === i || x.from + 2 === i)))) continue;
        if (p.k === "id" || (p.k === "kw" && TYPE_KW.has(p.t)) || p.t === ">" || p.t === "]" || toks[i + 1]?.t === "=>" || toks[i + 1]?.t === ")" && toks[sh.parenMatch.get(i + 1)! - 1]?.t !== "this") local = true;
      }
      if (local) return `${G} is also a local or parameter of a member`;
    }
  }
  for (const [n] of renamed)
    for (let i = 0; i < toks.length; i++) if (toks[i].t === n && toks[i].k === "id" && i > open && i < close && fieldUseAmbiguous(toks, i, sh)) return `${n}: field or type, cannot tell`;
  // the class's members (not the constructor), access modifiers gone, fields' initializers that may not run early moved
  // (a `new` of the script's own type runs its constructor: it may do something, so it runs at `new` still)
  const scriptTypes = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) if (toks[i].k === "kw" && ["class", "struct"].includes(toks[i].t) && toks[i + 1].k === "id") scriptTypes.add(toks[i + 1].t);
  const moved: Tok[] = [];
  const folded: Tok[] = [];
  for (const m of members) {
    if (m === ctor) continue;
    if (m.kind === "field" && m.names.some((n) => progField.has(n))) continue;
    let a = m.a;
    while (a <= m.b && ACCESS.has(toks[a].t)) a++;
    if (m.kind !== "field") {
      const r = rewrite(a, m.b, false).filter((t, k, all) => !(ACCESS.has(t.t) && t.k === "kw" && (all[k + 1]?.t === "get" || all[k + 1]?.t === "set")));
      if (r.length) r[0] = { ...r[0], sp: toks[m.a].sp };
      folded.push(...r);
      continue;
    }
    // a field: `T a = x, b;` — an initializer that reads nothing (a literal, `new T()` of literals) stays
    const drop = new Set<number>();
    for (const [n, x, y] of m.decls!) {
      if (x < 0 || earlySafe(toks, x, y, scriptTypes)) continue;
      if (m.decls!.length !== 1) return `field ${toks[n].t}: an initializer that must run at \`new\`, in a list`;
      for (let i = x - 1; i <= y; i++) drop.add(i);
      const target = renamed.get(toks[n].t) ?? toks[n].t;
      moved.push(thisTok(toks[n]), tok("op", ".", toks[n]), { ...toks[n], t: target, orig: renamed.has(toks[n].t) ? toks[n].t : toks[n].orig }, tok("op", "=", toks[x - 1]), ...rewrite(x, y, false), tok("op", ";", toks[y]));
    }
    const keep: number[] = [];
    for (let i = a; i <= m.b; i++) if (!drop.has(i)) keep.push(i);
    const rr = rewriteList(keep, toks, renamed, typeNames, sh);
    if (rr.length) rr[0] = { ...rr[0], sp: toks[m.a].sp };
    folded.push(...rr);
  }
  // the constructor's body: leading `G = p;` (minus Program aliases'), moved initializers, the rest
  // (order: the arguments as C# evaluates them, C's field initializers, its body: locals and the leading
  // statements that read an argument first; the others, which read nothing that runs, after the initializers)
  const bodyToks: Tok[] = [];
  for (const p of localOrder) bodyToks.push(...p.type, { ...toks[pOpen], k: "id", t: p.name }, tok("op", "=", toks[pOpen]), ...locals.get(p.name)!, tok("op", ";", toks[pOpen]));
  const firstRest = leadStmts.length ? leadStmts[leadStmts.length - 1].to + 1 : body + 1;
  for (const ls of leadStmts) if (lead.has(ls.param)) bodyToks.push(...rewrite(ls.from, ls.to, true));
  bodyToks.push(...moved);
  for (const ls of leadStmts) if (!lead.has(ls.param) && !progField.has(ls.field)) bodyToks.push(...rewrite(ls.from, ls.to, true));
  bodyToks.push(...rewrite(firstRest, bodyEnd - 1, true));
  const stmtToks: Tok[] = needsBlock ? [tok("op", "{", toks[s]), ...bodyToks, tok("op", "}", toks[stmtEnd])] : bodyToks;
  if (stmtToks.length) stmtToks[0] = { ...stmtToks[0], sp: toks[s].sp };
  // apply: the class → its members; F's declaration and the aliases' go; the statement → the body; uses → this.X
  const all: { from: number; to: number; with: Tok[] }[] = [];
  all.push({ from: cls.a, to: cls.b, with: folded });
  all.push({ from: fDecl.a, to: fDecl.b, with: [] });
  for (const m of aliasDecls) all.push({ from: m.a, to: m.b, with: [] });
  all.push({ from: s, to: stmtEnd, with: stmtToks });
  for (const [a, b] of removeStmts) all.push({ from: a, to: b, with: [] });
  for (const [q, e] of edits) all.push({ from: q, to: e.to, with: e.with });
  all.sort((x, y) => x.from - y.from);
  for (let k = 1; k < all.length; k++) if (all[k].from <= all[k - 1].to) return "overlapping edits";
  const res: Tok[] = [];
  let k = 0;
  for (const e of all) {
    res.push(...toks.slice(k, e.from), ...e.with);
    k = e.to + 1;
  }
  res.push(...toks.slice(k));
  return res;
}

/** rewrite over a list of token indices (a field with an initializer dropped): names renamed only. */
function rewriteList(idx: number[], toks: Tok[], renamed: Map<string, string>, typeNames: Map<string, Member>, sh: Shape): Tok[] {
  return idx.map((i) => (toks[i].k === "id" && renamed.has(toks[i].t) && isFieldUse(toks, i, typeNames.get(toks[i].t)!, sh) && prevT(toks, i) !== "." ? { ...toks[i], t: renamed.get(toks[i].t)!, orig: toks[i].t } : toks[i]));
}

/** An initializer that reads nothing and does nothing C# could tell apart from running earlier: literals, `new T(literals)` of
 *  a type not the script's (its constructor is the API's or .NET's: `new List<T>()`, `new MyIni()`), `{ literals }`. */
function earlySafe(toks: Tok[], x: number, y: number, scriptTypes: Set<string>): boolean {
  let inType = false;
  let angle = 0;
  for (let i = x; i <= y; i++) {
    const t = toks[i];
    if (t.t === "new") {
      inType = true;
      angle = 0;
      continue;
    }
    if (inType && (t.t === "(" || t.t === "{" || t.t === "[")) inType = false;
    // (a type argument's constructor does not run: `new List<Peer>()`)
    if (inType && t.t === "<") angle++;
    if (inType && t.t === ">") angle--;
    if (inType && angle === 0 && scriptTypes.has(t.t)) return false;
    if (inType) continue;
    if (LITERAL.has(t.k) || ["true", "false", "null"].includes(t.t)) continue;
    if (t.k === "op" && ["(", ")", "{", "}", "[", "]", ",", "-"].includes(t.t)) continue;
    return false;
  }
  return true;
}

/** Is the token at i (named like an enum of Program and like a field of C) the field? */
function isFieldUse(toks: Tok[], i: number, type: Member, sh: Shape): boolean {
  const nx = toks[i + 1]?.t;
  const pv = prevT(toks, i);
  if (nx === "." || nx === "?.") return !enumMembers(toks, sh, type).has(toks[i + 2]?.t);
  if (toks[i + 1]?.k === "id") return false;
  if (pv === "<" || pv === "is" || pv === "as" || pv === "new" || pv === "typeof") return false;
  if (pv === "(" && nx === ")" && toks[i - 2]?.t === "typeof") return false;
  return true;
}

/** A use the rules of isFieldUse cannot decide: `(X)` not an argument (a cast or parentheses), `X[`, `,X>`. */
function fieldUseAmbiguous(toks: Tok[], i: number, sh: Shape): boolean {
  const nx = toks[i + 1]?.t;
  const pv = prevT(toks, i);
  if (pv === "(" && nx === ")") {
    const pp = toks[i - 2];
    return !(pp && (pp.k === "id" || pp.t === ")" || pp.t === "]" || pp.t === ">" || pp.t === "typeof"));
  }
  if (nx === "[" || (pv === "," && (nx === ">" || nx === ","))) return true;
  void sh;
  return false;
}

function enumMembers(toks: Tok[], sh: Shape, type: Member): Set<string> {
  const out = new Set<string>();
  if (!toks.slice(type.a, type.b + 1).some((t) => t.t === "enum")) return out;
  const open = toks.findIndex((t, k) => k >= type.a && t.t === "{");
  const close = sh.match.get(open)!;
  for (let i = open + 1; i < close; i++) if (toks[i].k === "id" && (toks[i - 1].t === "{" || toks[i - 1].t === ",")) out.add(toks[i].t);
  return out;
}

/** Indices of the parts of [a, b] split by `,` at bracket depth 0. */
function splitTop(toks: Tok[], a: number, b: number): number[][] {
  const out: number[][] = [];
  if (a > b) return out;
  let cur: number[] = [];
  let d = 0;
  for (let i = a; i <= b; i++) {
    const u = toks[i].t;
    if (u === "(" || u === "[" || u === "{") d++;
    else if (u === ")" || u === "]" || u === "}") d--;
    if (d === 0 && u === ",") {
      out.push(cur);
      cur = [];
    } else cur.push(i);
  }
  out.push(cur);
  return out;
}

/** The statements directly in [a, b] (a block's inside) as [first, last] (an expression statement ends at its `;`), or null. */
function topStatements(toks: Tok[], sh: Shape, a: number, b: number): [number, number][] | null {
  const out: [number, number][] = [];
  let i = a;
  while (i <= b) {
    // a statement with a block: up to its block's end (and an `else` chain's)
    let d = 0;
    let j = i;
    for (; j <= b; j++) {
      const u = toks[j].t;
      if (u === "(" || u === "[" || u === "{") d++;
      else if (u === ")" || u === "]" || u === "}") d--;
      if (d === 0 && (u === ";" || (u === "}" && toks[j + 1]?.t !== "else" && toks[j + 1]?.t !== ")" && toks[j + 1]?.t !== ";" && toks[j + 1]?.t !== "," && sh.kind.get(sh.match.get(j)!) === "code" && !isExprBrace(toks, sh.match.get(j)!)))) break;
    }
    if (j > b) return null;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** A `{` inside an expression (an initializer, a lambda's block): its `}` ends no statement. */
function isExprBrace(toks: Tok[], open: number): boolean {
  const p = toks[open - 1]?.t;
  return p === "=>" || p === "=" || p === ")" && false || p === "]" || p === ">" || (toks[open - 1]?.k === "id" && toks[open - 2]?.t === "new") || p === "(" || p === ",";
}

/** Does [a, b] declare a local, a parameter or a lambda parameter named n? */
function declaresLocal(toks: Tok[], sh: Shape, a: number, b: number, n: string): boolean {
  for (let i = a; i <= b; i++) {
    if (toks[i].t !== n || toks[i].k !== "id") continue;
    const p = toks[i - 1];
    const nx = toks[i + 1]?.t;
    if (nx === "=>") return true;
    if ((p.k === "id" || (p.k === "kw" && TYPE_KW.has(p.t)) || p.t === ">" || p.t === "]" || p.t === "?") && ["=", ";", ",", ")", "in"].includes(nx)) return true;
    if ((p.t === "(" || p.t === ",") && (nx === "," || nx === ")")) {
      let c = i;
      while (c <= b && toks[c].t !== ")") c++;
      if (toks[c + 1]?.t === "=>") return true;
    }
  }
  void sh;
  return false;
}

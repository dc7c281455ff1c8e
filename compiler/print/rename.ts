// The `full` level's renaming (as MDK2's full minifier): the script's own names (nested types,
// members, locals, parameters, type parameters) get the shortest names free, the most used first.
// Renaming is by name, everywhere at once, so it cannot change what a name refers to; a name the
// API, .NET or C# gives a meaning to (names.ts), or an override of a member declared outside the
// script, is never renamed. Declarations are found on the token stream (structure.ts).
import type { Tok } from "./lexer.ts";
import type { Shape } from "./structure.ts";
import { apiMemberOnlyNames, externalNames, unqualifiedNames } from "./names.ts";
import { inCode, laterDeclarator } from "./compact.ts";
import { sharing } from "./scopes.ts";
import { shortNames } from "./short-names.ts";
import { OWN_WHEN_UNNAMED, SITE } from "../emit/api-members.ts";
import { RUNTIME_POS } from "./where.ts";

const TYPE_END_KW = new Set(["int", "long", "double", "float", "decimal", "string", "bool", "char", "byte", "sbyte", "short", "ushort", "uint", "ulong", "object", "var", "void"]);

/** Names the script declares, and the member names it overrides from elsewhere. */
function declarations(toks: Tok[], sh: Shape): { declared: Set<string>; overrides: Set<string>; members: Set<string>; typeLevel: Set<string>; memberAt: Map<string, number[]>; global: Set<string> } {
  const declared = new Set<string>();
  /** types, members, enum members, a type's type parameters: names that are not local to one member */
  const typeLevel = new Set<string>();
  const overrides = new Set<string>();
  const members = new Set<string>();
  /** a member's (or enum member's) name → the tokens that declare it; types and a type's type parameters: global */
  const memberAt = new Map<string, number[]>();
  const global = new Set<string>();
  const member = (i: number) => (memberAt.get(toks[i].t) ?? memberAt.set(toks[i].t, []).get(toks[i].t)!).push(i);
  const id = (i: number) => toks[i]?.k === "id";
  const code = inCode(toks, sh);
  /** Parameters between `(` at i and its `)`: the last name before each top-level `,`, `)` or `=`. */
  const params = (open: number): number => {
    let depth = 0;
    let last = -1;
    let inDefault = false;
    for (let j = open + 1; j < toks.length; j++) {
      const t = toks[j].t;
      if (t === "(" || t === "<" || t === "[") depth++;
      else if ((t === ")" || t === ">" || t === "]") && depth > 0) depth--;
      else if (depth === 0 && (t === "," || t === ")")) {
        if (last >= 0 && !inDefault) declared.add(toks[last].t);
        last = -1;
        inDefault = false;
        if (t === ")") return j;
        continue;
      } else if (depth === 0 && t === "=") {
        if (last >= 0) declared.add(toks[last].t);
        inDefault = true;
        last = -1;
        continue;
      }
      if (depth === 0 && id(j) && !inDefault) last = j;
    }
    return toks.length;
  };
  const typeParams = (lt: number, ofType = false) => {
    for (let j = lt + 1; j < toks.length && toks[j].t !== ">"; j++) if (id(j)) (declared.add(toks[j].t), ofType && (typeLevel.add(toks[j].t), global.add(toks[j].t)));
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // types
    if (t.k === "kw" && (t.t === "class" || t.t === "struct" || t.t === "interface" || t.t === "enum") && id(i + 1)) {
      declared.add(toks[i + 1].t);
      typeLevel.add(toks[i + 1].t);
      global.add(toks[i + 1].t);
      if (toks[i + 2]?.t === "<") typeParams(i + 2, true);
    }
    // lambdas: `x =>` and `(A a, b) =>`
    if (t.t === "=>") {
      if (id(i - 1)) declared.add(toks[i - 1].t);
      else if (toks[i - 1]?.t === ")") {
        const open = sh.parenMatch.get(i - 1);
        if (open !== undefined) params(open);
      }
    }
    // locals: `Type name =`, `Type name;`, `Type name in` (foreach), `catch (Type e)`
    if (id(i) && ["=", ";", "in", ")", ","].includes(toks[i + 1]?.t ?? "")) {
      const p = toks[i - 1];
      if (p && (p.k === "id" || (p.k === "kw" && TYPE_END_KW.has(p.t)) || p.t === ">" || p.t === "]" || p.t === "?") && toks[i - 2]?.t !== ".") {
        declared.add(t.t);
      }
    }
    // a later declarator, `int a = 0, name = 1;` (a field's, in a type's body, is the type's)
    if (laterDeclarator(toks, i)) {
      declared.add(t.t);
      if (!code[i]) (typeLevel.add(t.t), member(i));
    }
  }
  // members: the name before the parameter list, or the last name of a field or property header
  for (const [a, b] of sh.members) {
    let end = a;
    while (end <= b && !["{", ";", "=>", "="].includes(toks[end].t)) end++;
    let paren = -1;
    for (let j = a; j < end; j++)
      if (toks[j].t === "(") {
        paren = j;
        break;
      }
    let name = -1;
    if (paren > a) {
      name = paren - 1;
      if (toks[name].t === ">") {
        let j = name;
        while (j > a && toks[j].t !== "<") j--;
        typeParams(j);
        name = j - 1;
      }
      params(paren);
    } else {
      let angle = 0;
      for (let j = a; j < end; j++) {
        if (toks[j].t === "<") angle++;
        else if (toks[j].t === ">") angle--;
        else if (id(j)) name = j;
        // the first of several declarators (`int a, b;`: `b` is a later declarator, above) is a member too (C194)
        if (id(j) && angle === 0 && toks[j + 1]?.t === "," && j + 1 < end) (declared.add(toks[j].t), typeLevel.add(toks[j].t), members.add(toks[j].t), member(j));
      }
    }
    if (name < 0 || !id(name)) continue;
    const n = toks[name].t;
    declared.add(n);
    typeLevel.add(n);
    member(name);
    let isOverride = false;
    for (let j = a; j < name; j++) if (toks[j].t === "override") isOverride = true;
    if (isOverride) overrides.add(n);
    else members.add(n);
  }
  // enum members
  for (const [open, k] of sh.kind) {
    if (k !== "enum") continue;
    const close = sh.match.get(open)!;
    for (let j = open + 1; j < close; j++) if (id(j) && (toks[j - 1].t === "{" || toks[j - 1].t === ",")) (declared.add(toks[j].t), typeLevel.add(toks[j].t), member(j));
  }
  return { declared, overrides, members, typeLevel, memberAt, global };
}

export interface Renaming {
  toks: Tok[];
  /** new name → old name, for the names that are the same everywhere (types, members) */
  names: Map<string, string>;
}

/**
 * Types and members get one new name everywhere, the most used the shortest. A name declared only
 * as a local, parameter or lambda parameter is renamed member by member: in each member its locals
 * take the shortest names that no other name in that member uses (nor the API, .NET or C#), so
 * every member's locals can be one letter.
 */
export function rename(toks: Tok[], sh: Shape, apiMembers?: Set<string>): Renaming {
  // the script's own tokens of a name it also reads on API values, where their positions tell them apart: a name apart
  // (only a name external as an API member alone: every token of it then comes from a TS property access)
  toks = apiMembers ? splitApiNames(toks, apiMembers, apiMemberOnlyNames()) : toks;
  // a name external only as an API member the script never reads is the script's own (api-members.ts)
  const ext = scriptExternals(toks, apiMembers);
  // a made-up name avoids what is visible unqualified; a name that is only an API member (`X`) is
  // free unless the script uses it (then it is taken below)
  const avoid = unqualifiedNames();
  const { declared, overrides, members, typeLevel, memberAt, global } = declarations(toks, sh);
  const renamable = new Set([...declared].filter((n) => !ext.has(n) && !n.startsWith("@") && (!overrides.has(n) || members.has(n))));
  // the member each token is in (-1: none)
  const memberOf = new Int32Array(toks.length).fill(-1);
  sh.members.forEach(([a, b], m) => memberOf.fill(m, a, b + 1));
  // (a local may be a keyword escaped with @, `@out`: renamed like any other local)
  const local = new Set([...declared].filter((n) => !typeLevel.has(n) && (renamable.has(n) || n.startsWith("@"))));
  toks.forEach((t, i) => {
    if (t.k === "id" && local.has(t.t) && memberOf[i] < 0) local.delete(t.t);
  });
  const count = new Map<string, number>();
  const taken = new Set<string>(avoid);
  for (const t of toks) {
    if (t.k !== "id") continue;
    if (local.has(t.t)) continue;
    if (renamable.has(t.t)) count.set(t.t, (count.get(t.t) ?? 0) + 1);
    else taken.add(t.t);
  }
  const order = [...count.keys()].sort((x, y) => count.get(y)! - count.get(x)! || (x < y ? -1 : 1));
  const map = new Map<string, string>();
  const names = new Map<string, string>();
  // a name a pass made up (a shared string, an alias, a helper told apart) reports what it stands for
  const display = new Map<string, string>();
  for (const t of toks) if (t.k === "id" && t.orig && !display.has(t.t)) display.set(t.t, t.orig);
  // two names C# tells apart by where it looks them up may share a short name (scopes.ts)
  const initMembers = objectInitializerMembers(toks, sh);
  const share = sharing(toks, sh, memberAt, global, initMembers);
  const holders = new Map<string, string[]>();
  for (const old of order) {
    const gen = shortNames();
    let n = gen.next().value as string;
    while (taken.has(n) || holders.get(n)?.some((o) => !share.compatible(old, o))) n = gen.next().value as string;
    map.set(old, n);
    (holders.get(n) ?? holders.set(n, []).get(n)!).push(old);
    const shown = display.get(old) ?? old;
    names.set(n, names.has(n) ? `${names.get(n)} / ${shown}` : shown);
  }
  // (a split name left unrenamed is the name again: C# reads it as before)
  const out = toks.map((t) => (t.k === "id" && map.has(t.t) ? { ...t, t: map.get(t.t)!, orig: t.orig ?? t.t } : t.k === "id" && t.t.endsWith(SITE) ? { ...t, t: t.t.slice(0, -1) } : t));
  const made = new Set(map.values());
  // locals, member by member
  const unqualified = (i: number) => !(i > 0 && (out[i - 1].t === "." || out[i - 1].t === "?."));
  for (const [a, b] of sh.members) {
    // names this member declares that keep their name elsewhere: its parameters (their scope is the
    // whole member; C# lets nothing in it redeclare them), and lower-case locals whose name only the
    // API has (no type or member reachable without a qualifier is lower-case)
    const own = memberOwnNames(out, a, b, sh);
    const extra = new Set<string>();
    // (a name made up above is a type's or member's, even when the API has a member so named: a
    // field `int b;` reads like a local `b` of its own; a parameter is the member's own, whatever its name)
    for (const n of own.params) if (!local.has(n)) extra.add(n);
    // a parameter named like a type's member (`Peer(long Id) { this.Id = Id; }`) was renamed with it:
    // it gets a name of the member's own, so the field's `this.` can go (dropThis)
    const madeParams = new Set(own.paramToks.filter((i) => out[i].orig && made.has(out[i].t)).map((i) => out[i].t));
    for (const n of own.locals) if (!local.has(n) && ext.has(n) && /^[a-z]/.test(n) && n !== "value" && !typeLevel.has(n) && !made.has(n)) extra.add(n);
    const used = new Set<string>();
    const counts = new Map<string, number>();
    // the key a token of this member's own names is counted under: a made-up parameter's tokens apart
    // from a local of the script that had that name (every unqualified one is the parameter: it shadows)
    const mineAt = (i: number): string | undefined => {
      const t = out[i];
      if (t.k !== "id" || initMembers.has(i)) return undefined;
      if (local.has(t.t) && !t.orig) return t.t;
      if (!unqualified(i)) return undefined;
      if (t.orig && madeParams.has(t.t)) return `\0${t.t}`;
      return extra.has(t.t) && !(t.orig && made.has(t.t)) ? t.t : undefined;
    };
    for (let i = a; i <= b; i++) {
      const t = out[i];
      if (t.k !== "id") continue;
      const key = mineAt(i);
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
      else used.add(t.t);
    }
    if (!counts.size) continue;
    const mine = new Map<string, string>();
    const g = shortNames();
    for (const old of [...counts.keys()].sort((x, y) => counts.get(y)! - counts.get(x)! || (x < y ? -1 : 1))) {
      let n = g.next().value as string;
      while (used.has(n) || avoid.has(n)) n = g.next().value as string;
      mine.set(old, n);
    }
    for (let i = a; i <= b; i++) {
      const t = out[i];
      const key = mineAt(i);
      if (key !== undefined && mine.has(key)) out[i] = { ...t, t: mine.get(key)!, orig: t.orig ?? t.t };
    }
  }
  return { toks: out, names };
}

/** The parameters in a member's header, and the locals and lambda parameters it declares (by name). */
function memberOwnNames(toks: Tok[], a: number, b: number, sh: Shape): { params: Set<string>; paramToks: number[]; locals: Set<string> } {
  const params = new Set<string>();
  const paramToks: number[] = [];
  const locals = new Set<string>();
  const id = (i: number) => toks[i]?.k === "id";
  const paramList = (open: number, into: Set<string>) => {
    const close = sh.parenMatch.get(open);
    if (close === undefined) return;
    let depth = 0;
    let last = -1;
    let inDefault = false;
    for (let j = open + 1; j <= close; j++) {
      const t = toks[j].t;
      if (j < close && (t === "(" || t === "<" || t === "[")) depth++;
      else if (j < close && (t === ")" || t === ">" || t === "]")) depth--;
      else if (depth === 0 && (t === "," || j === close)) {
        if (last >= 0) into.add(toks[last].t);
        if (last >= 0 && into === params) paramToks.push(last);
        last = -1;
        inDefault = false;
      } else if (depth === 0 && t === "=") inDefault = true;
      else if (depth === 0 && !inDefault && id(j)) last = j;
    }
  };
  // the header: up to the body, an expression body or the end of a declaration
  for (let j = a; j <= b; j++) {
    const t = toks[j].t;
    if (t === "{" || t === "=>" || t === ";" || t === "=") break;
    if (t === "(" && (id(j - 1) || toks[j - 1]?.t === ">")) {
      paramList(j, params);
      break;
    }
  }
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (t.t === "=>") {
      if (id(i - 1)) locals.add(toks[i - 1].t);
      else if (toks[i - 1]?.t === ")") {
        const open = sh.parenMatch.get(i - 1);
        if (open !== undefined) paramList(open, locals);
      }
    }
    if (id(i) && ["=", ";", "in", ")", ","].includes(toks[i + 1]?.t ?? "")) {
      const p = toks[i - 1];
      if (p && (p.k === "id" || (p.k === "kw" && TYPE_END_KW.has(p.t)) || p.t === ">" || p.t === "]" || p.t === "?") && toks[i - 2]?.t !== ".") locals.add(t.t);
    }
  }
  return { params, paramToks, locals };
}

/**
 * The member names of object initializers (`new T { name = name }`, the object literals of
 * compiler/emit/object-literals.ts): the left `name` is the member, never a local of that name.
 */
function objectInitializerMembers(toks: Tok[], sh: Shape): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== "new") continue;
    let j = i + 1;
    let angle = 0;
    while (j < toks.length && (toks[j].k === "id" || toks[j].t === "." || toks[j].t === "<" || toks[j].t === ">" || toks[j].t === "," || (toks[j].k === "kw" && angle > 0))) {
      if (toks[j].t === "<") angle++;
      if (toks[j].t === ">") angle--;
      if (toks[j].t === "," && angle === 0) break;
      j++;
    }
    if (toks[j]?.t !== "{") continue;
    const close = sh.match.get(j);
    if (close === undefined) continue;
    let depth = 0;
    for (let k = j + 1; k < close; k++) {
      const t = toks[k].t;
      if (t === "(" || t === "{" || t === "[") depth++;
      else if (t === ")" || t === "}" || t === "]") depth--;
      else if (depth === 0 && toks[k].k === "id" && toks[k + 1]?.t === "=" && (toks[k - 1].t === "{" || toks[k - 1].t === ",")) out.add(k);
    }
  }
  return out;
}

/**
 * Issue 15: a member the script declares, named like an API member it also reads (WorkQueue's peer `Name`, read on a
 * MyIniKey too; `Tag`, read on a broadcast listener too; a name the API alone has, apiMemberOnlyNames), is renamed apart from the API's where every token of the name
 * can be told apart: the compile lists the TS positions each kind of read may carry (api-members.ts markSites), and a
 * token after `.` whose position only the script's reads may carry is the script's, as is every token not after a
 * `.` (the member's declaration, `Name` in its own class: the compile splits no name a local, parameter or type has).
 * Those tokens get the name + SITE, another name for the renaming. A token whose position both kinds (or neither) may
 * carry keeps the whole name as it is.
 */
function splitApiNames(toks: Tok[], apiMembers: Set<string>, memberOnly: Set<string>): Tok[] {
  const sites = new Map<string, { api: string[]; own: string[] }>();
  for (const e of apiMembers) {
    if (!e.startsWith(SITE)) continue;
    const [, kind, name, pos] = e.split(SITE);
    if (!memberOnly.has(name)) continue;
    const s = sites.get(name) ?? sites.set(name, { api: [], own: [] }).get(name)!;
    (kind === "A" ? s.api : s.own).push(pos);
  }
  // (the compile's positions are its files' paths; a token's, relative to the build's root)
  const has = (list: string[], pos: string | undefined) => pos !== undefined && list.some((p) => p === pos || p.endsWith(`/${pos}`));
  let out = toks;
  for (const [n, s] of sites) {
    const mine: number[] = [];
    let apart = true;
    for (let i = 0; i < toks.length && apart; i++) {
      const t = toks[i];
      if (t.k !== "id" || t.t !== n) continue;
      if (!(i > 0 && (toks[i - 1].t === "." || toks[i - 1].t === "?."))) {
        mine.push(i);
        continue;
      }
      const api = has(s.api, t.pos);
      if (api === has(s.own, t.pos)) apart = false;
      else if (!api) mine.push(i);
    }
    if (!apart || !mine.length) continue;
    if (out === toks) out = [...toks];
    for (const i of mine) out[i] = { ...out[i], t: n + SITE, orig: out[i].orig ?? n };
  }
  return out;
}

/** The names external to this script at `full` (kept, never taken): externalNames() but an API member's name the script
 *  never reads and its own methods named like an API type (ownMethodWords); without apiMembers, all of them. */
export function scriptExternals(toks: Tok[], apiMembers?: Set<string>): Set<string> {
  const all = externalNames();
  if (!apiMembers) return all;
  const free = apiMemberOnlyNames();
  const own = ownMethodWords(toks, apiMembers);
  return new Set([...all].filter((n) => (!free.has(n) && !own.has(n)) || apiMembers.has(n)));
}

/**
 * Issue 15: the names of OWN_WHEN_UNNAMED (`Error`, `Line`: an API type, a word of the emitter's) that are the script's
 * own methods here: the TS names no outside declaration so called (the compile's list has no such name) and every
 * token of the name is a call or the method's declaration, `N(`, not after `new` (a type is never written so) and not
 * in the runtime's code (the console's `Error(message)` and `Line(line)` in WorkQueue).
 */
function ownMethodWords(toks: Tok[], apiMembers: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const n of OWN_WHEN_UNNAMED) {
    if (apiMembers.has(n)) continue;
    let seen = false;
    let mine = true;
    for (let i = 0; i < toks.length && mine; i++) {
      if (toks[i].k !== "id" || toks[i].t !== n) continue;
      seen = true;
      mine = toks[i + 1]?.t === "(" && toks[i - 1]?.t !== "new" && toks[i].pos !== undefined && toks[i].pos !== RUNTIME_POS;
    }
    if (seen && mine) out.add(n);
  }
  return out;
}

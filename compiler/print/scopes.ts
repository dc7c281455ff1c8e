// Which names the `full` renamer may give the same short name (rename.ts). Renaming stays by name
// (one old name, one new name everywhere), but two old names may share a new one where C# tells them
// apart by the scopes it looks them up in:
// - `e.Z` is looked up in e's type: it finds the one meant as long as no type has both names as
//   members (declared, or inherited from a base of the script);
// - an unqualified `Z` is looked up in the type it is written in, its bases, then the enclosing type
//   and its bases, ...: it finds the one meant as long as no type on that walk, up to the one that
//   declares it, declares the other.
// Types and type parameters (found unqualified anywhere), and a name some unqualified use of which
// no type on its walk declares (a local or parameter so named), share with nothing. The runtime's
// helper class (`Js`) counts as Program: its helpers become Program's statics (hoistRuntime), and a
// `Js.X` as an unqualified use.
import type { Tok } from "./lexer.ts";
import type { Shape } from "./structure.ts";

interface Scope {
  open: number;
  close: number;
  /** the enclosing scope (0: Program; -1 for Program itself) */
  parent: number;
  /** names of the types in its base list */
  bases: string[];
}

export interface Sharing {
  /** Whether old names x and y may have one new name. */
  compatible(x: string, y: string): boolean;
}

/**
 * `members`: type-level name → the index of each token that declares it as a member or an enum
 * member; `global`: types, type parameters (share with nothing); `initMembers`: the token indices of
 * object initializers' member names (looked up in the type created: qualified uses).
 */
export function sharing(toks: Tok[], sh: Shape, members: Map<string, number[]>, global: Set<string>, initMembers: Set<number>, runtimeName = "Js"): Sharing {
  const scopes: Scope[] = [{ open: -1, close: toks.length, parent: -1, bases: [] }];
  const byName = new Map<string, number>();
  let runtime: [number, number] | undefined;
  // a type's body: `class|struct|interface|enum Name [<..>] [: A, B<..>] [where ..] {`
  const opens = [...sh.kind].filter(([, k]) => k !== "code").map(([o]) => o).sort((a, b) => a - b);
  const stack: number[] = [0];
  for (const open of opens) {
    let c = open - 1;
    while (c >= 0 && !(toks[c].k === "kw" && ["class", "struct", "interface", "enum"].includes(toks[c].t) && toks[c + 1]?.k === "id")) c--;
    if (c < 0) continue;
    const name = toks[c + 1].t;
    while (stack.length > 1 && scopes[stack[stack.length - 1]].close < open) stack.pop();
    const close = sh.match.get(open)!;
    if (stack.length === 1 && (toks[c + 1].orig ?? name) === runtimeName && toks[c].t === "class") {
      runtime = [open, close];
      continue;
    }
    const bases: string[] = [];
    let angle = 0;
    let colon = false;
    for (let j = c + 2; j < open; j++) {
      const t = toks[j].t;
      if (t === "where") break;
      if (t === "<") angle++;
      else if (t === ">") angle--;
      else if (t === ":" && angle === 0) colon = true;
      else if (colon && angle === 0 && toks[j].k === "id" && toks[j + 1]?.t !== ".") bases.push(t);
    }
    scopes.push({ open, close, parent: stack[stack.length - 1], bases });
    byName.set(name, scopes.length - 1);
    stack.push(scopes.length - 1);
  }
  // the innermost scope of each token
  const at = new Int32Array(toks.length);
  for (let s = 1; s < scopes.length; s++) at.fill(s, scopes[s].open, scopes[s].close + 1);
  // (nested scopes come later in `scopes` and fill over their parents')
  const scopeOf = (i: number) => (runtime && i > runtime[0] && i < runtime[1] ? 0 : at[i]);
  // the bases of a scope, nearest first (script types only; a cycle cannot compile)
  const baseChain = (s: number): number[] => {
    const out: number[] = [];
    const todo = [...scopes[s].bases];
    while (todo.length) {
      const b = byName.get(todo.shift()!);
      if (b === undefined || out.includes(b) || b === s) continue;
      out.push(b);
      todo.push(...scopes[b].bases);
    }
    return out;
  };
  const walk = (s: number): number[] => {
    const out: number[] = [];
    for (let k = s; k >= 0; k = scopes[k].parent) out.push(k, ...baseChain(k));
    return out;
  };
  const declaredIn = new Map<string, Set<number>>();
  for (const [n, at] of members) declaredIn.set(n, new Set(at.map(scopeOf)));
  // a type has the names it declares and those of its bases
  const hasIn = new Map<string, Set<number>>();
  for (let s = 0; s < scopes.length; s++) {
    const own = [s, ...baseChain(s)];
    for (const [n, d] of declaredIn) if (own.some((k) => d.has(k))) (hasIn.get(n) ?? hasIn.set(n, new Set()).get(n)!).add(s);
  }
  // the scopes each name's unqualified uses walk through, up to the one that declares it
  const visible = new Map<string, Set<number>>();
  const alone = new Set<string>();
  const runtimeAt = (i: number) => toks[i]?.k === "id" && (toks[i].orig ?? toks[i].t) === runtimeName && toks[i - 1]?.t !== "." && toks[i - 1]?.t !== "?.";
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== "id" || !declaredIn.has(t.t) || global.has(t.t) || initMembers.has(i)) continue;
    const p = toks[i - 1]?.t;
    if ((p === "." || p === "?.") && !(p === "." && runtimeAt(i - 2))) continue;
    const d = declaredIn.get(t.t)!;
    const seen = visible.get(t.t) ?? visible.set(t.t, new Set()).get(t.t)!;
    let found = false;
    for (const s of walk(scopeOf(i))) {
      seen.add(s);
      if (d.has(s)) {
        found = true;
        break;
      }
    }
    if (!found) alone.add(t.t);
  }
  const meets = (a: Set<number> | undefined, b: Set<number> | undefined) => !!a && !!b && [...a].some((s) => b.has(s));
  return {
    compatible(x, y) {
      if (x === y) return true;
      for (const n of [x, y]) if (global.has(n) || alone.has(n) || !declaredIn.has(n)) return false;
      if (meets(hasIn.get(x), hasIn.get(y))) return false;
      return !meets(visible.get(x), declaredIn.get(y)) && !meets(visible.get(y), declaredIn.get(x));
    },
  };
}

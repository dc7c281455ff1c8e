// Which API member names the script reads (issue 15). At `full` the printer renames by name; a
// script's own member named like an API member (`Id`, `Status`, `Lines`) may get a short name only
// when no code of the script reads, writes or implements the API's member of that name, so that no
// `.Id` of an API value is renamed with it. The checker tells which declaration each name refers to.
import { ts } from "ts-morph";

/**
 * The member names user files use for a declaration outside the user files (an API, .NET or lib
 * member: `x.Id`, `T.Member` in a type), and, without asking the checker, the names it might not
 * place: an object literal's or a destructuring's property names, a string index, the members of a
 * type that extends or implements a type declared outside.
 */
export function apiMembersRead(files: ts.SourceFile[], checker: ts.TypeChecker): string[] {
  const user = new Set(files);
  const out = new Set<string>();
  const outside = (s: ts.Symbol | undefined): boolean => {
    if (!s) return true;
    if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    const decls = s.declarations ?? [];
    return !decls.length || decls.some((d) => !user.has(d.getSourceFile()));
  };
  // a class or interface that extends or implements a type declared outside (memo: by declaration)
  const derived = new Map<ts.Node, boolean>();
  const derivesOutside = (d: ts.ClassLikeDeclaration | ts.InterfaceDeclaration): boolean => {
    if (derived.has(d)) return derived.get(d)!;
    derived.set(d, false);
    let r = false;
    for (const h of d.heritageClauses ?? [])
      for (const t of h.types) {
        const s = checker.getSymbolAtLocation(t.expression);
        const target = s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        if (outside(target)) r = true;
        else for (const bd of target!.declarations ?? []) if ((ts.isClassLike(bd) || ts.isInterfaceDeclaration(bd)) && derivesOutside(bd)) r = true;
      }
    derived.set(d, r);
    return r;
  };
  const member = (n: ts.PropertyAccessExpression | ts.QualifiedName) => (ts.isPropertyAccessExpression(n) ? n.name : n.right);
  const nameText = (n: ts.Node | undefined): string | undefined =>
    n && (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isPrivateIdentifier(n)) ? n.text : undefined;
  const add = (n: string | undefined) => n !== undefined && (out.add(n), unplaced.add(n));
  /** names some use of which has no site (an object literal's, a derived type's...): never split (rename.ts) */
  const unplaced = new Set<string>();
  /** a property access's name → the sites of its reads on outside values and on the script's own members */
  const sites = new Map<string, { api: Set<string>; own: Set<string> }>();
  const siteOf = (n: string) => sites.get(n) ?? sites.set(n, { api: new Set(), own: new Set() }).get(n)!;
  /** the script's class members' names (a split needs one to rename) */
  const declared = new Set<string>();
  const memo = new Map<ts.Node, string[]>();
  const visit = (node: ts.Node): void => {
    if ((ts.isClassLike(node) || ts.isInterfaceDeclaration(node)) && derivesOutside(node)) for (const m of node.members) add(nameText(m.name));
    if (ts.isClassLike(node)) for (const m of node.members) if (m.name) declared.add(nameText(m.name) ?? "");
    if (ts.isConstructorDeclaration(node)) for (const p of node.parameters) if (ts.canHaveModifiers(p) && ts.getModifiers(p)?.length) declared.add(nameText(p.name) ?? "");
    // (a name that is also a local's, a parameter's, a type's or an enum member's is not split: rename.ts tells the
    // script's tokens apart from the API's by position only, and takes every unqualified one for the member)
    if (ts.isParameter(node) && !(ts.getModifiers(node)?.length)) unplaced.add(nameText(node.name) ?? "");
    if (ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isClassLike(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node) || ts.isEnumMember(node) || ts.isTypeAliasDeclaration(node))
      unplaced.add(nameText(node.name) ?? "");
    if (ts.isObjectLiteralExpression(node)) for (const p of node.properties) add(nameText(p.name));
    else if (ts.isBindingElement(node)) add(nameText(node.propertyName ?? node.name));
    else if (ts.isElementAccessExpression(node)) add(nameText(node.argumentExpression));
    else if (ts.isQualifiedName(node) && outside(checker.getSymbolAtLocation(node.right))) add(node.right.text);
    else if (ts.isIdentifier(node) && OWN_WHEN_UNNAMED.has(node.text) && !isNameOf(node) && outside(checker.getSymbolAtLocation(node))) add(node.text);
    else if (ts.isPropertyAccessExpression(node)) {
      const isOutside = outside(checker.getSymbolAtLocation(node.name));
      if (isOutside) out.add(node.name.text);
      const s = siteOf(node.name.text);
      for (const p of markSites(node, memo)) (isOutside ? s.api : s.own).add(p);
    }
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  // a name read on outside values and declared by the script, every read placed: the reads' sites, so that `full` can
  // rename the script's member and keep the API's (rename.ts splitApiNames)
  const split: string[] = [];
  for (const n of out) {
    const s = sites.get(n);
    if (!s || unplaced.has(n) || !declared.has(n)) continue;
    for (const p of s.api) split.push(`${SITE}A${SITE}${n}${SITE}${p}`);
    for (const p of s.own) split.push(`${SITE}S${SITE}${n}${SITE}${p}`);
  }
  return [...[...out].sort(), ...split.sort()];
}

/**
 * Names external only as an API type (VRageMath's `Line`) or a word of the emitter's texts (JS's `Error`, which C#
 * writes `Exception`): the script's method of that name is renamed at `full` when the TS names no outside declaration
 * so called (apiMembersRead lists the name then) and every token of it is a call (rename.ts ownMethodWords). Checked
 * by hand: the emitter and the runtime write neither as code.
 */
export const OWN_WHEN_UNNAMED = new Set(["Error", "Line"]);

/** `node` names a declaration (`Error(m: string)`), a property access's member or a property assignment's key. */
function isNameOf(node: ts.Identifier): boolean {
  const p = node.parent;
  if (ts.isQualifiedName(p)) return p.right === node;
  return "name" in p && (p as { name?: ts.Node }).name === node;
}

/** Marks a site entry of apiMembersRead's list (never a name's character). */
export const SITE = "\u0001";

/**
 * The TS positions (`file:line`, the emitter's source marks: context.ts mark) the tokens emitted for `node` may carry:
 * the member (or top-level declaration) it is in and every statement in that member, since an `else if` condition
 * follows the marks of the branch before it; a field initializer's may move into the constructor (or the class's
 * forwarding one). A superset, the same for a read of the API and one of the script: a token whose position both may
 * have is not told apart (rename.ts keeps that name whole).
 */
function markSites(node: ts.Node, memo: Map<ts.Node, string[]>): string[] {
  let m: ts.Node = node;
  while (m.parent && !ts.isSourceFile(m.parent) && !ts.isClassElement(m) && !ts.isTypeElement(m)) m = m.parent;
  const known = memo.get(m);
  if (known) return known;
  const sf = node.getSourceFile();
  const at = (n: ts.Node) => `${sf.fileName}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  const out = new Set<string>([at(m)]);
  const walk = (n: ts.Node): void => {
    if (ts.isStatement(n) || ts.isClassElement(n)) out.add(at(n));
    ts.forEachChild(n, walk);
  };
  walk(m);
  if (ts.isPropertyDeclaration(m) && ts.isClassLike(m.parent)) {
    out.add(at(m.parent));
    for (const c of m.parent.members) if (ts.isConstructorDeclaration(c)) out.add(at(c));
  }
  memo.set(m, [...out]);
  return memo.get(m)!;
}

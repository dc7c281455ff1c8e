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
  const add = (n: string | undefined) => n !== undefined && out.add(n);
  const visit = (node: ts.Node): void => {
    if ((ts.isClassLike(node) || ts.isInterfaceDeclaration(node)) && derivesOutside(node)) for (const m of node.members) add(nameText(m.name));
    if (ts.isObjectLiteralExpression(node)) for (const p of node.properties) add(nameText(p.name));
    else if (ts.isBindingElement(node)) add(nameText(node.propertyName ?? node.name));
    else if (ts.isElementAccessExpression(node)) add(nameText(node.argumentExpression));
    else if ((ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) && !out.has(member(node).text) && outside(checker.getSymbolAtLocation(member(node)))) out.add(member(node).text);
    ts.forEachChild(node, visit);
  };
  for (const f of files) visit(f);
  return [...out].sort();
}

// Why a type parameter's value cannot be missing in pbts, said the same way at each place that refuses it.
import { Node } from "ts-morph";
// C#'s default(T) is 0 for a number T, so pbts gives no type parameter a missing value (C# 6 writes null for T only
// when T is known to be a reference type, `where T : class` or a class base; pbts does not treat those apart yet).
// cc-adv15: the old text said "unconstrained" also for `T extends Keyed`, which was untrue.

/** The reason and fix for a missing value of the type parameter `name` (constraint: its `extends` text, if any). */
export function noMissingTypeParam(name: string, constraint?: string, fix?: string): string {
  const why = constraint
    ? `pbts has no missing value for a type parameter, also where it extends '${constraint}' (default(${name}) is 0 for a number ${name}, so every '${name} | undefined' is refused)`
    : `pbts has no missing value for a type parameter: C#'s default(${name}) is 0 for a number ${name}`;
  const hint = fix ?? (constraint ? `declare it '${constraint} | undefined' (its constraint), return an index (-1 when missing), or take a default value of type ${name} instead` : `take a default value of type ${name} instead`);
  return `${why}; ${hint}`;
}

/** The `extends` text of the type parameter a type node names (`T` of `class Reg<T extends Keyed>` gives "Keyed"). */
export function typeParamConstraint(node: Node): string | undefined {
  const decl = node.getType().getSymbol()?.getDeclarations()[0];
  return decl && Node.isTypeParameterDeclaration(decl) ? decl.getConstraint()?.getText() : undefined;
}

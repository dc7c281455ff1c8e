// API enums nested in a type (Base6Directions.Direction): TS declares them in a namespace merged with the class.
import { Node, type EnumDeclaration, type ModuleDeclaration } from "ts-morph";

/**
 * The C# name of an enum: API enums nested in a type (`Base6Directions.Direction`, declared in TS as
 * an enum inside `namespace Base6Directions`) keep their outer names; every other enum its own name.
 */
export function enumName(decl: EnumDeclaration): string {
  const outer = decl.getAncestors().filter((a) => Node.isModuleDeclaration(a)).map((m) => (m as ModuleDeclaration).getName());
  return [...outer.reverse(), decl.getName()].join(".");
}

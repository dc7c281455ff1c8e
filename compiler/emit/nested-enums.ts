// API enums nested in a type (Base6Directions.Direction): TS declares them in a namespace merged with the class.
import { Node, type ClassDeclaration, type EnumDeclaration, type InterfaceDeclaration, type ModuleDeclaration } from "ts-morph";

/**
 * The C# name of an enum: API enums nested in a type (`Base6Directions.Direction`, declared in TS as
 * an enum inside `namespace Base6Directions`) keep their outer names; every other enum its own name.
 */
export function enumName(decl: EnumDeclaration | ClassDeclaration | InterfaceDeclaration): string {
  const outer = decl.getAncestors().filter((a) => Node.isModuleDeclaration(a)).map((m) => (m as ModuleDeclaration).getName());
  return [...outer.reverse(), decl.getName()].join(".");
}

/** An API class nested in a type (`MyCommandLine.ItemCollection`, declared in a namespace merged with the class) keeps its outer names too. */
export function nestedTypeName(decl: ClassDeclaration | InterfaceDeclaration): string {
  return enumName(decl);
}

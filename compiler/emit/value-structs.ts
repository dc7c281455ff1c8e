import { Node, type EnumDeclaration, type ModuleDeclaration } from "ts-morph";

// The hand-written value types of pbts/se (compiler/se/values/) that are structs in C#: they compare by
// value there and by reference in JS, so `===` between them is rejected (PBTS StructEquality).
export const VALUE_STRUCTS = [
  "Vector2",
  "Vector2D",
  "Vector2I",
  "Vector3",
  "Vector3D",
  "Vector3I",
  "Vector4",
  "Vector4D",
  "MatrixD",
  "QuaternionD",
  "Color",
  "MyFixedPoint",
  "MyItemType",
  "MyInventoryItem",
  "MySprite",
  "MySpriteDrawFrame",
  "Rectangle",
  "BoundingBoxD",
  "BoundingSphereD",
  "PlaneD",
  "RayD",
  "MyBlockOrientation",
];

/**
 * The C# name of an enum: API enums nested in a type (`Base6Directions.Direction`, declared in TS as
 * an enum inside `namespace Base6Directions`) keep their outer names; every other enum its own name.
 */
export function enumName(decl: EnumDeclaration): string {
  const outer = decl.getAncestors().filter((a) => Node.isModuleDeclaration(a)).map((m) => (m as ModuleDeclaration).getName());
  return [...outer.reverse(), decl.getName()].join(".");
}

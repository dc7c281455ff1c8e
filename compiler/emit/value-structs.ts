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
];

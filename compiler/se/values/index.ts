// The hand-written value types of the API (COMMON: hand-written vs generated API types): structs in
// C#, implemented for Node with the game's formulas. The generated declarations (../generated/api.ts)
// import them from here. Their C# twins are compiler/csharp/stubs/handwritten/*.cs; the differential
// suites test/diff/cases/vrage-math-*.ts prove both print the same.
export { StringBuilder, TimeSpan } from "../system.ts";
export { MyIGCMessage } from "../igc-message.ts";
export { MathHelper, MathHelperD } from "./mathhelper.ts";
export { Vector2, Vector2D, Vector2I, Vector3, Vector3I, Vector4, Vector4D } from "./vectors.ts";
export { Vector3D } from "./vector3d.ts";
export { MatrixD } from "./matrixd.ts";
export { QuaternionD } from "./quaterniond.ts";
export { Color } from "./color.ts";
export { MyFixedPoint } from "./fixedpoint.ts";
export { MyItemType, MyInventoryItem, MyDefinitionId, MyInventoryItemFilter, MyProductionItem, SerializableDefinitionId } from "./items.ts";
export { MyCommandLine } from "./commandline.ts";
export { MySprite, MySpriteDrawFrame, Rectangle } from "./sprite.ts";
export { BoundingBoxD, BoundingSphereD, ContainmentType } from "./bounding.ts";
export { PlaneD, RayD, PlaneIntersectionType } from "./plane-ray.ts";
export { Base6Directions, MyBlockOrientation } from "./base6.ts";
export { MyShipMass, MyShipVelocities } from "./ship.ts";
export { MyDetectedEntityInfo, MyWaypointInfo } from "./detected.ts";
export { MyTuple, type MyTupleNoItem } from "./tuple.ts";
export { Quaternion } from "./quaternion.ts";
export { Matrix } from "./matrix.ts";

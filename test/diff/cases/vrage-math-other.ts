import { vrageMathCases } from "../vrage-math.cases.ts";

// The value types' differential cases (MyFixedPoint, MyItemType, MyInventoryItem, MySprite, BoundingBoxD, BoundingSphereD); written in ../vrage-math.cases.ts.
export const cases = vrageMathCases("other");

import { vrageMathCases } from "../vrage-math.cases.ts";

// The value types' differential cases (Vector3D); written in ../vrage-math.cases.ts.
export const cases = vrageMathCases("vector3d");

import { vrageMathCases } from "../vrage-math.cases.ts";

// The value types' differential cases (MathHelper, MathHelperD, the small vectors and Color); written in ../vrage-math.cases.ts.
export const cases = vrageMathCases("helpers");

import { vrageMathCases } from "../vrage-math.cases.ts";

// The value types' differential cases (MatrixD and QuaternionD); written in ../vrage-math.cases.ts.
export const cases = vrageMathCases("matrix");

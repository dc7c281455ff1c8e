// MatrixD.SwapYZCoordinates as Keen's VRageMath source has it (Sources/VRage.Math/MatrixD.cs): Right and
// Translation get (X, Z, -Y); Up is made from Forward and Forward from Up (Forward = (-u.X, -u.Z, u.Y));
// M14/M24/M34/M44 are kept (it starts from a copy of m). The expected numbers are worked out by hand.
// The C# stub has the same formula; test/diff/vrage-math.cases.ts compares the two engines.
import { describe, expect, it } from "vitest";
import { MatrixD } from "pbts/se";

describe("MatrixD.SwapYZCoordinates", () => {
  it("follows Keen's source: rows Right, Forward, Up swapped, the fourth column kept", () => {
    const m = new MatrixD(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    const r = MatrixD.SwapYZCoordinates(m);
    const got = [r.M11, r.M12, r.M13, r.M14, r.M21, r.M22, r.M23, r.M24, r.M31, r.M32, r.M33, r.M34, r.M41, r.M42, r.M43, r.M44];
    // Right (1,2,3) -> (1,3,-2); Forward (-9,-10,-11) -> Up (-9,-11,10); Up (5,6,7) -> Forward (-5,-7,6), row 3 = -Forward
    expect(got).toEqual([1, 3, -2, 4, -9, -11, 10, 8, 5, 7, -6, 12, 13, 15, -14, 16]);
  });
});

// The value types' differential suites call every member pbts/se offers on Vector3D, MatrixD,
// QuaternionD, MathHelper and MathHelperD (issue 10, item 4), and on Matrix and Quaternion, and each suite has enough cases.
import { describe, expect, it } from "vitest";
import { MathHelper, MathHelperD, Matrix, MatrixD, Quaternion, QuaternionD, Vector3D } from "../../compiler/se/index.ts";
import { vrageMathCases } from "./vrage-math.cases.ts";
import { cases as quaternionCases } from "./cases/quaternion.ts";
import { cases as transformCases } from "./cases/vector3-transform.ts";
import { cases as moreCases } from "./cases/matrix-quaternion-more.ts";
import { cases as helperCases } from "./cases/mathhelper-more.ts";

const all = (["vector3d", "helpers", "matrix", "other"] as const).flatMap((g) => vrageMathCases(g));
// the single-precision Matrix/Quaternion suites and the rest of MatrixD count too
const text = [...all, ...quaternionCases, ...transformCases, ...moreCases, ...helperCases].map((c) => c.main).join("\n");

/** SE's public members (PascalCase; the TS helpers are camelCase) of a class: statics and instance. */
function members(cls: Function): string[] {
  const names = new Set<string>();
  for (const n of Object.getOwnPropertyNames(cls)) names.add(n);
  for (const n of Object.getOwnPropertyNames(cls.prototype)) names.add(n);
  return [...names].filter((n) => /^[A-Z]/.test(n)).sort();
}

describe("vrage-math differential cases", () => {
  it("number at least 300", () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
  });
  for (const [name, cls] of Object.entries({ Vector3D, MatrixD, QuaternionD, MathHelper, MathHelperD, Matrix, Quaternion })) {
    it(`call every member of ${name}`, () => {
      const ms = members(cls);
      expect(ms.length).toBeGreaterThan(5);
      const missing = ms.filter((m) => !new RegExp(`\\b${name}\\.${m}\\b|\\.${m}\\b`).test(text));
      expect(missing).toEqual([]);
    });
  }
});

// Every member the hand-written value types offer in TS is a member of that type in the PB API
// reference (pb-api.json): names exactly as SE spells them, nothing invented.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as se from "../../compiler/se/index.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const candidates = [resolve(ROOT, "compiler/reference/pb-api.json"), resolve(ROOT, "../shared/se-reference/pb-api.json")];
const refPath = candidates.find((p) => existsSync(p));

interface RefType {
  fullName: string;
  members: { label: string; labels?: string[] }[];
}

/** Member names of a reference type, from its labels ("static Abs(Vector3I)", "PackedValue"). */
function refMembers(t: RefType): Set<string> {
  const names = new Set<string>();
  for (const m of t.members) {
    for (const label of [m.label, ...(m.labels ?? [])]) names.add(label.replace(/^static /, "").split("(")[0].trim());
  }
  return names;
}

const TYPES: Record<string, string> = {
  Vector2: "VRageMath.Vector2",
  Vector2D: "VRageMath.Vector2D",
  Vector2I: "VRageMath.Vector2I",
  Vector3: "VRageMath.Vector3",
  Vector3D: "VRageMath.Vector3D",
  Vector3I: "VRageMath.Vector3I",
  Vector4: "VRageMath.Vector4",
  Vector4D: "VRageMath.Vector4D",
  MatrixD: "VRageMath.MatrixD",
  QuaternionD: "VRageMath.QuaternionD",
  Quaternion: "VRageMath.Quaternion",
  Matrix: "VRageMath.Matrix",
  MathHelper: "VRageMath.MathHelper",
  MathHelperD: "VRageMath.MathHelperD",
  Color: "VRageMath.Color",
  BoundingBoxD: "VRageMath.BoundingBoxD",
  BoundingSphereD: "VRageMath.BoundingSphereD",
  PlaneD: "VRageMath.PlaneD",
  RayD: "VRageMath.RayD",
  Rectangle: "VRageMath.Rectangle",
  Base6Directions: "VRageMath.Base6Directions",
  MyBlockOrientation: "VRageMath.MyBlockOrientation",
  MyFixedPoint: "VRage.MyFixedPoint",
  MyItemType: "VRage.Game.ModAPI.Ingame.MyItemType",
  MyInventoryItem: "VRage.Game.ModAPI.Ingame.MyInventoryItem",
  MySprite: "VRage.Game.GUI.TextPanel.MySprite",
  MySpriteDrawFrame: "VRage.Game.GUI.TextPanel.MySpriteDrawFrame",
  MyCommandLine: "VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine",
};

/** Members every C# type has (object's), which the reference lists only where overridden. */
const OBJECT_MEMBERS = new Set(["Equals", "ToString"]);

describe("value types use the reference's names", () => {
  it("finds the PB API reference", () => {
    expect(refPath, `one of ${candidates.join(", ")}`).toBeDefined();
  });
  const ref: RefType[] = refPath ? JSON.parse(readFileSync(refPath, "utf8")).types : [];
  for (const [name, full] of Object.entries(TYPES)) {
    it(`${name}: every offered member is in ${full}`, () => {
      const t = ref.find((x) => x.fullName === full);
      expect(t, full).toBeDefined();
      const known = refMembers(t!);
      // extension methods on the type (`static GetItemInfo(this MyItemType)`) are offered as instance methods
      const short = full.split(".").pop()!;
      for (const x of ref) for (const m of x.members) if (new RegExp(`\\(this\\s${short}\\b`).test(m.label)) known.add(m.label.replace(/^static /, "").split("(")[0].trim());
      const cls = (se as Record<string, unknown>)[name] as Function;
      const offered = [...Object.getOwnPropertyNames(cls), ...Object.getOwnPropertyNames(cls.prototype)].filter((n) => /^[A-Z]/.test(n));
      // a nested type (Base6Directions.Direction, MySpriteDrawFrame.ClearClipToken) is a namespace member merged with the class
      const nested = (n: string) => ref.some((x) => x.fullName === `${full}+${n}`);
      const unknown = offered.filter((n) => !known.has(n) && !OBJECT_MEMBERS.has(n) && !nested(n));
      expect(unknown).toEqual([]);
    });
  }
});

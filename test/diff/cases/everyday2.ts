// everyday2 (session 15): forms a player's everyday scripts round 2 needed. C61: a Map of struct values
// (Color, Vector3D) read with `?? default`, `=== undefined`, a narrowing check (findings:
// test/compiler/ADVERSARY-FINDINGS.md).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  c(
    "everyday2: a Map of Colors read with ?? (a light's colour before an alarm, C61)",
    `const m = new Map<number, Color>(); m.set(7, new Color(0, 0, 255)); const a = m.get(7) ?? Color.White; const b = m.get(8) ?? Color.White; this.Echo(String(a.B) + "," + String(b.R) + "," + String(m.get(8) === undefined) + "," + String(m.get(7) !== undefined));`,
    undefined,
    `import { Color } from "pbts/se";`,
  ),
  c(
    "everyday2: a Map of Vector3D, narrowed by !== undefined, and a missing key read through ?? (C61)",
    `const m = new Map<string, Vector3D>([["a", new Vector3D(1, 2, 3)]]); const v = m.get("a"); let s = ""; if (v !== undefined) s += String(v.X + v.Z); const w = m.get("b"); s += w === undefined ? "|none" : "|some"; s += "|" + String((m.get("zz") ?? Vector3D.One).Y); this.Echo(s);`,
    undefined,
    `import { Vector3D } from "pbts/se";`,
  ),
  // cc-adv9 + everyday2 (merge): `m.get(k) ?? m.set(k, v);` as a statement on a Map of struct values: the set runs only
  // when the key is missing (without C61's nullable read, C# compared a struct with null: never true, the set skipped).
  c(
    "everyday2 + round 9: ?? as a statement on a Map of Vector3D sets only a missing key",
    `const m = new Map<string, Vector3D>([["a", new Vector3D(1, 2, 3)]]); m.get("a") ?? m.set("a", Vector3D.Zero); m.get("b") ?? m.set("b", Vector3D.One); m.get("b") ?? m.set("b", Vector3D.Zero); this.Echo(String(m.get("a")!.X) + "|" + String(m.get("b")!.Y) + "|" + String(m.size));`,
    undefined,
    `import { Vector3D } from "pbts/se";`,
  ),
];

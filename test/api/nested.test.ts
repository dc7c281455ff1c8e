// Nested types of the PB API: members the reference types with a nested type (IMyRemoteControl.Direction,
// the offensive combat blocks' Facing) are declared with the qualified name on both sides
// (Base6Directions.Direction), and a script using them compiles with mcs against the stubs.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CS_OUT, TS_OUT } from "../../compiler/api-gen/generate.ts";
import { loadModel } from "../../compiler/api-gen/model.ts";
import { compileWithMcs } from "./helpers.ts";

describe("nested API types", () => {
  it("members typed with Base6Directions' nested enums are offered, qualified in TS and C#", () => {
    const model = loadModel();
    const offered = (type: string, member: string) => model.byName.get(type)!.members.find((m) => m.name === member)!;
    for (const [type, member] of [["IMyRemoteControl", "Direction"], ["IMyOffensiveCombatCircleOrbit", "Facing"], ["IMyOffensiveCombatStayAtRange", "FacingPriority"]]) {
      expect(offered(type, member).notOffered, `${type}.${member}`).toBeUndefined();
    }
    const ts = readFileSync(join(TS_OUT, "api.ts"), "utf8");
    const cs = readFileSync(join(CS_OUT, "Sandbox.ModAPI.Ingame.cs"), "utf8");
    expect(ts).toContain("Direction: Base6Directions.Direction;");
    expect(ts).toContain("Facing: Base6Directions.DirectionFlags;");
    expect(cs).toContain("Base6Directions.Direction Direction { get; set; }");
    expect(cs).toContain("Base6Directions.DirectionFlags Facing { get; set; }");
  });

  it("a script reads, compares, stores and sets IMyRemoteControl.Direction (mcs compiles it)", () => {
    const cs = compileWithMcs(
      "nested-direction",
      `import { MyGridProgram, IMyRemoteControl, Base6Directions } from "pbts/se";
export class Program extends MyGridProgram {
  private last: Base6Directions.Direction = Base6Directions.Direction.Forward;
  Main(): void {
    const rc = this.GridTerminalSystem.GetBlockWithName("RC");
    if (rc instanceof IMyRemoteControl) {
      const d = rc.Direction;
      if (d !== Base6Directions.Direction.Up) rc.Direction = Base6Directions.Direction.Up;
      this.last = d;
      this.Echo(\`\${Base6Directions.GetOppositeDirection(this.last) === Base6Directions.Direction.Backward}\`);
    }
  }
}
`,
    );
    // (a local may print as `var` when its initializer has exactly its type: fo-size, session 8)
    expect(cs).toMatch(/(Base6Directions\.Direction|var) d = \(\(IMyRemoteControl\)rc\)\.Direction;/);
    expect(cs).toContain("((IMyRemoteControl)rc).Direction = Base6Directions.Direction.Up;");
  });
});

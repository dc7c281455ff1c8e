// VRage.ObjectBuilders.SerializableDefinitionId (IMyCubeBlock.BlockDefinition): hand-written in TS
// (compiler/se/values/items.ts) and C# (stubs/handwritten/VRage.ObjectBuilders.SerializableDefinitionId.cs).
// Scripts read it; the simulator builds it from two names (serializableDefinitionId).
import { describe, expect, it } from "vitest";
import { serializableDefinitionId } from "../../compiler/se/values/items.ts";
import { compileWithMcs } from "./helpers.ts";

describe("SerializableDefinitionId", () => {
  it("reads as the game shows a block's definition", () => {
    const d = serializableDefinitionId("MyObjectBuilder_BatteryBlock", "LargeBlockBatteryBlock");
    expect([d.TypeIdString, d.TypeIdStringAttribute, d.SubtypeName, d.SubtypeId, d.SubtypeIdAttribute, d.IsNull(), d.ToString()]).toEqual([
      "MyObjectBuilder_BatteryBlock",
      "MyObjectBuilder_BatteryBlock",
      "LargeBlockBatteryBlock",
      "LargeBlockBatteryBlock",
      "LargeBlockBatteryBlock",
      false,
      "MyObjectBuilder_BatteryBlock/LargeBlockBatteryBlock",
    ]);
    expect(d.Equals(serializableDefinitionId("MyObjectBuilder_BatteryBlock", "LargeBlockBatteryBlock"))).toBe(true);
    expect(d.Equals(serializableDefinitionId("MyObjectBuilder_BatteryBlock", "SmallBlockBatteryBlock"))).toBe(false);
    expect(serializableDefinitionId("MyObjectBuilder_TerminalBlock", "").ToString()).toBe("MyObjectBuilder_TerminalBlock/");
  });

  it("a script reads BlockDefinition's members (mcs compiles it against the stubs)", () => {
    const cs = compileWithMcs(
      "definition-id",
      `import { MyGridProgram } from "pbts/se";
export class Program extends MyGridProgram {
  Main(): void {
    const d = this.Me.BlockDefinition;
    const large = d.SubtypeId.includes("Large");
    this.Echo(\`\${d.TypeIdString} \${d.SubtypeName} \${large} \${d.IsNull()} \${d.ToString()} \${d.Equals(this.Me.BlockDefinition)}\`);
  }
}
`,
    );
    // VRage.ObjectBuilders is not among the namespaces the game's prologue imports: the type is named in full
    // (a local may print as `var` when its initializer has exactly its type: fo-size, session 8)
    expect(cs).toMatch(/(VRage\.ObjectBuilders\.SerializableDefinitionId|var) d = this\.Me\.BlockDefinition;/);
  });
});

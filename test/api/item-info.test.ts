// MyItemType.GetItemInfo(): the game's inventory helper (an extension method of
// MyPhysicalInventoryItemExtensions_ModAPI on the hand-written MyItemType struct) is callable as an
// instance method and emitted as SE writes it; the simulator names it when a script calls it.
import { describe, expect, it } from "vitest";
import { MyItemType } from "../../compiler/se/index.ts";
import { coverage } from "../../compiler/api-gen/coverage.ts";
import { compileWithMcs } from "./helpers.ts";

describe("MyItemType.GetItemInfo (extension method on a hand-written struct)", () => {
  it("compiles to C#'s extension call, and mcs accepts it against the stubs", () => {
    const cs = compileWithMcs(
      "item-info",
      `import { MyGridProgram, MyItemType } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string): void {
    const info = MyItemType.MakeOre("Iron").GetItemInfo();
    this.Echo(\`\${info.Volume} \${info.IsOre}\`);
  }
}
`,
    );
    // (a local may print as `var` when its initializer has exactly its type: fo-size, session 8)
    expect(cs).toMatch(/(MyItemInfo|var) info = MyItemType\.MakeOre\("Iron"\)\.GetItemInfo\(\);/);
  });

  it("the simulator throws an error naming the member (never a silent value)", () => {
    expect(() => MyItemType.MakeOre("Iron").GetItemInfo()).toThrow("not modelled in the simulator: MyPhysicalInventoryItemExtensions_ModAPI.GetItemInfo");
  });

  it("api:coverage counts it offered", () => {
    const c = coverage();
    expect(c.notOffered.filter((n) => n.what.includes("GetItemInfo"))).toEqual([]);
  });
});

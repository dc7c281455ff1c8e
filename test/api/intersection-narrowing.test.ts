// `b instanceof IMyTextSurfaceProvider` where b is an IMyTerminalBlock: neither interface extends the
// other, so TS narrows b to the intersection IMyTerminalBlock & IMyTextSurfaceProvider. pbts used to
// emit `b.SurfaceCount` uncast, which mcs rejects (CS1061): the narrowed uses must be cast to the part
// they use, and uses of the declared type's members must stay as they are.
import { describe, expect, it } from "vitest";
import { compileWithMcs } from "./helpers.ts";

describe("instanceof narrowing to an interface the declared type does not extend (an intersection)", () => {
  it("casts the uses of the tested interface, leaves the declared type's members alone, and mcs accepts it", () => {
    const cs = compileWithMcs(
      "intersection-narrowing",
      `import { MyGridProgram, IMyTerminalBlock, IMyTextSurfaceProvider, IMyEntity } from "pbts/se";
function firstScreen(p: IMyTextSurfaceProvider): string { return p.GetSurface(0).DisplayName; }
function label(b: IMyTerminalBlock): string { return b.CustomName; }
export class Program extends MyGridProgram {
  private blocks: IMyTerminalBlock[] = [];
  private providers: IMyTextSurfaceProvider[] = [];
  Main(argument: string): void {
    this.GridTerminalSystem.GetBlocks(this.blocks);
    for (const b of this.blocks) {
      if (b instanceof IMyTextSurfaceProvider && b.SurfaceCount > 0) {
        b.GetSurface(0).WriteText(b.CustomName);
        this.Echo(firstScreen(b) + label(b));
      }
    }
    this.GridTerminalSystem.GetBlocksOfType(IMyTextSurfaceProvider, this.providers);
    for (const p of this.providers) if (p instanceof IMyEntity) this.Echo(p.DisplayName);
  }
}
`,
    );
    expect(cs).toContain("(b is IMyTextSurfaceProvider) && ((IMyTextSurfaceProvider)b).SurfaceCount > 0");
    expect(cs).toContain("((IMyTextSurfaceProvider)b).GetSurface(0).WriteText(b.CustomName);");
    expect(cs).toContain("firstScreen((IMyTextSurfaceProvider)b) + label(b)");
    expect(cs).toContain("this.Echo(((IMyEntity)p).DisplayName);");
  });
});

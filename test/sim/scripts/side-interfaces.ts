// audit11: the interfaces terminal.dat lists beside a kind's own (IMyUpgradableBlock, IMyTextSurfaceProvider,
// IMySolarOccludable) are found by GetBlocksOfType in both engines (test/sim/side-interfaces.test.ts).
import { MyGridProgram, IMyUpgradableBlock, IMyTextSurfaceProvider, IMySolarOccludable, IMyProductionBlock, IMyUpgradeModule, IMyTextPanel } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string): void {
    let out = "";
    const ups: IMyUpgradableBlock[] = [];
    this.GridTerminalSystem.GetBlocksOfType(IMyUpgradableBlock, ups, (b) => b.DisplayNameText !== "Nobody");
    for (const u of ups) out += "upgradable " + u.DisplayNameText + " " + u.UpgradeCount + "\n";
    const sp: IMyTextSurfaceProvider[] = [];
    this.GridTerminalSystem.GetBlocksOfType(IMyTextSurfaceProvider, sp);
    for (const s of sp) out += "screens " + s.SurfaceCount + "\n";
    const so: IMySolarOccludable[] = [];
    this.GridTerminalSystem.GetBlocksOfType(IMySolarOccludable, so);
    out += "occludable " + so.length + "\n";
    const pr: IMyProductionBlock[] = [];
    this.GridTerminalSystem.GetBlocksOfType(IMyProductionBlock, pr);
    for (const p of pr) out += "next " + p.NextItemId + "\n";
    const um: IMyUpgradeModule[] = [];
    this.GridTerminalSystem.GetBlocksOfType(IMyUpgradeModule, um);
    for (const u of um) out += "module " + u.Connections + " " + u.UpgradeCount + "\n";
    const lcd = this.GridTerminalSystem.GetBlockWithName("LCD");
    if (lcd instanceof IMyTextPanel) {
      lcd.WriteText("face");
      const provider: IMyTextSurfaceProvider[] = [];
      this.GridTerminalSystem.GetBlocksOfType(IMyTextSurfaceProvider, provider, (p) => p.SurfaceCount === 1 && p.GetSurface(0).GetText() === "face");
      out += "lcd provider " + provider.length + "\n";
    }
    this.Echo(out);
  }
}

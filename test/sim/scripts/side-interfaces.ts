// audit11: the interfaces terminal.dat lists beside a kind's own (IMyUpgradableBlock, IMyTextSurfaceProvider,
// IMySolarOccludable) are found by GetBlocksOfType in both engines (test/sim/side-interfaces.test.ts).
import { MyGridProgram, IMyUpgradableBlock, IMyTextSurfaceProvider, IMySolarOccludable, IMyProductionBlock, IMyUpgradeModule } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string): void {
    let out = "";
    const ups: IMyUpgradableBlock[] = [];
    this.GridTerminalSystem.GetBlocksOfType(IMyUpgradableBlock, ups, (b) => b.DisplayNameText !== "PB");
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
    this.Echo(out);
  }
}

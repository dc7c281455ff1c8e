// Entity geometry from scenario values under both engines (test/engine/scenarios/geometry.json): a
// grid's position, orientation and cube size, each block's cell and orientation; a solar tracker's
// and a drill rig's reads (WorldMatrix, GetPosition, CubeGrid, Position, Min/Max, grid conversions).
import { IMyTerminalBlock, MatrixD, MyGridProgram, Vector3D, Vector3I } from "pbts/se";

function v(p: Vector3D): string {
  return `${p.X.toFixed(6)},${p.Y.toFixed(6)},${p.Z.toFixed(6)}`;
}

export class Program extends MyGridProgram {
  private readonly blocks: IMyTerminalBlock[] = [];

  Main(): void {
    this.GridTerminalSystem.GetBlocksOfType(IMyTerminalBlock, this.blocks);
    for (const b of this.blocks) {
      const m: MatrixD = b.WorldMatrix;
      const c = b.Position;
      const o = b.Orientation;
      const box = b.WorldAABB;
      this.Echo(`${b.CustomName}: cell ${c.X},${c.Y},${c.Z} min ${b.Min.X} max ${b.Max.Z} o ${o.Forward}/${o.Up} at ${v(b.GetPosition())} fwd ${v(m.Forward)} up ${v(m.Up)} box ${v(box.Min)}..${v(box.Max)} r ${b.WorldVolume.Radius.toFixed(6)}`);
    }
    const g = this.Me.CubeGrid;
    const w = g.GridIntegerToWorld(new Vector3I(1, 2, 3));
    const back = g.WorldToGridInteger(w);
    const half = g.WorldToGridInteger(g.GridIntegerToWorld(new Vector3I(2, 0, 0)));
    this.Echo(`grid ${g.CustomName} size ${g.GridSize} enum ${g.GridSizeEnum} at ${v(g.GetPosition())} fwd ${v(g.WorldMatrix.Forward)} min ${g.Min.X},${g.Min.Y},${g.Min.Z} max ${g.Max.X},${g.Max.Y},${g.Max.Z}`);
    this.Echo(`to world ${v(w)} back ${back.X},${back.Y},${back.Z} ${half.X} exists ${g.CubeExists(new Vector3I(2, 0, 0))} ${g.CubeExists(new Vector3I(9, 9, 9))} volume ${g.WorldVolume.Radius.toFixed(6)} box ${v(g.WorldAABB.Min)}`);
  }
}

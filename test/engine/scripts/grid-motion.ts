// Multi-cube blocks and grid velocity under both engines (test/engine/scenarios/grid-motion.json):
// Position/Min/Max/WorldMatrix/WorldAABB of blocks given a `size`, the grid's cells, its LinearVelocity
// and Speed, GetCubeBlock (a slim block per block), a cockpit's velocity (the grid's by default), each run after a `move` event changes it.
import { IMyShipController, MyGridProgram, Vector3I, type IMyCubeBlock, type Vector3D } from "pbts/se";

export class Program extends MyGridProgram {
  private v(p: Vector3D): string {
    return `${p.X.toFixed(4)},${p.Y.toFixed(4)},${p.Z.toFixed(4)}`;
  }
  private cells(b: IMyCubeBlock): string {
    const box = b.WorldAABB;
    return `pos ${b.Position.X},${b.Position.Y},${b.Position.Z} min ${b.Min.X},${b.Min.Y},${b.Min.Z} max ${b.Max.X},${b.Max.Y},${b.Max.Z} at ${this.v(b.GetPosition())} box ${this.v(box.Min)}..${this.v(box.Max)}`;
  }
  Main(): void {
    const tank = this.GridTerminalSystem.GetBlockWithName("Tank");
    const door = this.GridTerminalSystem.GetBlockWithName("Hangar");
    const cockpit = this.GridTerminalSystem.GetBlockWithName("Cockpit");
    if (tank === null || door === null || !(cockpit instanceof IMyShipController)) return;
    const g = tank.CubeGrid;
    this.Echo(`tank ${this.cells(tank)}`);
    this.Echo(`door ${this.cells(door)}`);
    this.Echo(`grid min ${g.Min.X},${g.Min.Y},${g.Min.Z} max ${g.Max.X},${g.Max.Y},${g.Max.Z} exists ${g.CubeExists(new Vector3I(0, 1, 1))} ${g.CubeExists(new Vector3I(0, 2, 0))} ${g.CubeExists(new Vector3I(5, 6, 6))}`);
    const slim = g.GetCubeBlock(new Vector3I(0, 1, 1)); // a cell of the tank (not its Position)
    const none = g.GetCubeBlock(new Vector3I(0, 2, 0));
    if (slim !== null) {
      const p = slim.Position;
      this.Echo(`slim fat ${slim.FatBlock.EntityId === tank.EntityId} at ${p.X},${p.Y},${p.Z} destroyed ${slim.IsDestroyed} owner ${slim.OwnerId === tank.OwnerId} same ${slim === g.GetCubeBlock(new Vector3I(0, 0, -1))} grid ${slim.CubeGrid.EntityId === g.EntityId} empty ${none === null}`);
      this.Echo(`def ${tank.BlockDefinition.ToString()} ${slim.BlockDefinition.SubtypeName} ${this.Me.BlockDefinition.TypeIdString} ${tank.BlockDefinition.Equals(slim.BlockDefinition)} ${door.BlockDefinition.SubtypeId}`);
    }
    const lv = g.LinearVelocity;
    this.Echo(`velocity ${lv.X},${lv.Y},${lv.Z} speed ${g.Speed} cockpit ${cockpit.GetShipSpeed()} ${this.v(cockpit.GetShipVelocities().LinearVelocity)}`);
  }
}

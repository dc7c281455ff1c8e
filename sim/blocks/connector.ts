// A connector (IMyShipConnector). Two connected connectors join their constructs into one
// *connected* group (GridTerminalSystem scope, TransmissionDistance.ConnectedConstructs) without
// making them one construct. Choice (uncertain in the game): a link only counts while both
// connectors are functional; turning one off keeps it.
// Proximity (the game: Connectable = "near something that it can connect to"; its magnet's detector
// box comes from the block's model, not in the reference): another functional, free connector of
// another grid whose centre is within both cubes' half sizes + REACH metres (faces within 1 m; a pbts
// choice). A script's Connect()/Lock docks only to such a one; the scenario's `connectors` pairs and
// `connect` events state a docking as a fact, whatever the distance (no physics: `move` does not undock).
import { MyShipConnectorStatus, Vector3D, type IMyShipConnector } from "pbts/se";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";
import { SimScreenlessBlock, interfaceSet, type BlockOptions } from "./block.ts";

/** Metres between the two connectors' faces within which they can lock (a pbts choice, above). */
const REACH = 1;

export interface SimConnector extends IMyShipConnector {}
export class SimConnector extends SimScreenlessBlock implements IMyShipConnector {
  readonly interfaces = interfaceSet("IMyShipConnector");
  readonly DefinitionDisplayNameText = "Connector";
  /** The connector this one is docked to (both sides point at each other). */
  other: SimConnector | null = null;
  /** The connector it was last docked to, so `Connect()` (and the reconnect fault) can redock. */
  partner: SimConnector | null = null;
  ThrowOut = false;
  CollectAll = false;
  IsParkingEnabled = false;
  /** The magnet's pull (stored: no physics). */
  PullStrength = 0;
  /** IMyInventoryOwner.UseConveyorSystem: stored, on by default as in the game (no conveyor physics). */
  UseConveyorSystem = true;
  constructor(world: World, key: string, grid: SimGrid, entityId: number, opts: BlockOptions) {
    super(world, key, grid, entityId, opts);
  }
  /** Connected while linked; Connectable while another connector is in reach (above); else Unconnected. */
  get Status(): MyShipConnectorStatus {
    if (this.IsConnected) return MyShipConnectorStatus.Connected;
    return this.IsFunctional && this.inReach() ? MyShipConnectorStatus.Connectable : MyShipConnectorStatus.Unconnected;
  }
  /** The nearest functional, free connector of another grid in reach (its last partner first when tied), or null. */
  inReach(): SimConnector | null {
    if (this.other !== null) return null;
    const here = this.GetPosition();
    let best: SimConnector | null = null;
    let bestDistance = Infinity;
    for (const b of this.world.blocks) {
      if (!(b instanceof SimConnector) || b === this || b.grid === this.grid || b.destroyed || !b.IsFunctional || b.other !== null) continue;
      const d = Vector3D.Distance(here, b.GetPosition());
      if (d > (this.grid.GridSize + b.grid.GridSize) / 2 + REACH) continue;
      if (d < bestDistance || (d === bestDistance && b === this.partner)) [best, bestDistance] = [b, d];
    }
    return best;
  }
  get IsConnected(): boolean {
    return this.other !== null && this.IsFunctional && this.other.IsFunctional;
  }
  get IsLocked(): boolean {
    return this.IsConnected;
  }
  get OtherConnector(): IMyShipConnector | null {
    return this.IsConnected ? this.other : null;
  }
  /** Dock to `to` (or the last partner). */
  link(to?: SimConnector): void {
    const target = to ?? this.partner;
    if (!target || target === this) return;
    if (this.other && this.other !== target) this.unlink();
    if (target.other && target.other !== this) target.unlink();
    this.other = target;
    target.other = this;
    this.partner = target;
    target.partner = this;
    this.world.changed();
  }
  unlink(): void {
    const o = this.other;
    if (!o) return;
    this.other = null;
    if (o.other === this) o.other = null;
    this.world.changed();
  }
  /** A script's (or the Lock action's) docking: only to a connector in reach, as the game. */
  Connect(): void {
    const to = this.IsWorking ? this.inReach() : null;
    if (to) this.link(to);
  }
  Disconnect(): void {
    this.unlink();
  }
  ToggleConnect(): void {
    if (this.IsConnected) this.Disconnect();
    else this.Connect();
  }
  // terminal.dat's ShipConnector: ThrowOut, CollectAll, Strength and EnableParking are the API's;
  // Lock / Unlock / SwitchLock connect, disconnect, toggle
  protected override terminalToApi(id: string): string | null {
    if (id === "ThrowOut" || id === "CollectAll") return id;
    if (id === "Strength") return "PullStrength";
    if (id === "EnableParking") return "IsParkingEnabled";
    return super.terminalToApi(id);
  }
  protected override kindAction(name: string): boolean {
    if (name === "Lock") this.Connect();
    else if (name === "Unlock") this.Disconnect();
    else if (name === "SwitchLock") this.ToggleConnect();
    else return false;
    return true;
  }
  protected override saveExtra(): unknown {
    return { other: this.other?.key ?? null, partner: this.partner?.key ?? null, flags: [this.ThrowOut, this.CollectAll, this.IsParkingEnabled, this.PullStrength, this.UseConveyorSystem] };
  }
  protected override restoreExtra(extra: unknown): void {
    const e = extra as { other: string | null; partner: string | null; flags: [boolean, boolean, boolean, number, boolean] };
    this.other = e.other ? (this.world.block(e.other) as SimConnector) : null;
    this.partner = e.partner ? (this.world.block(e.partner) as SimConnector) : null;
    [this.ThrowOut, this.CollectAll, this.IsParkingEnabled, this.PullStrength, this.UseConveyorSystem] = e.flags;
  }
}

// A connector (IMyShipConnector). Two connected connectors join their constructs into one
// *connected* group (GridTerminalSystem scope, TransmissionDistance.ConnectedConstructs) without
// making them one construct. Choice (uncertain in the game): a link only counts while both
// connectors are functional; turning one off keeps it.
import { MyShipConnectorStatus, type IMyShipConnector } from "pbts/se";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";
import { SimScreenlessBlock, interfaceSet, type BlockOptions } from "./block.ts";

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
  /** Connected while linked; Connectable when its last partner is there to redock (no proximity physics); else Unconnected. */
  get Status(): MyShipConnectorStatus {
    if (this.IsConnected) return MyShipConnectorStatus.Connected;
    const p = this.partner;
    return p && p.other === null && p.IsFunctional && this.IsFunctional ? MyShipConnectorStatus.Connectable : MyShipConnectorStatus.Unconnected;
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
  Connect(): void {
    if (this.IsWorking) this.link();
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

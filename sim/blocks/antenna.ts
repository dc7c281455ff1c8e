// A radio antenna (IMyRadioAntenna): relays IGC between connected groups within its radius
// (topology.ts). Changing Radius or broadcasting changes who is reachable, so it bumps the world.
import type { IMyRadioAntenna } from "pbts/se";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";
import { SimScreenlessBlock, interfaceSet, type BlockOptions } from "./block.ts";

export interface SimAntenna extends IMyRadioAntenna {}
export class SimAntenna extends SimScreenlessBlock implements IMyRadioAntenna {
  readonly interfaces = interfaceSet("IMyRadioAntenna");
  readonly DefinitionDisplayNameText = "Antenna";
  private radius: number;
  private broadcasting: boolean;
  /** The text shown on the HUD instead of the name (stored; no HUD). */
  HudText = "";
  ShowShipName = false;
  constructor(world: World, key: string, grid: SimGrid, entityId: number, opts: BlockOptions & { radius?: number; broadcasting?: boolean }) {
    super(world, key, grid, entityId, opts);
    this.radius = opts.radius ?? 5000;
    this.broadcasting = opts.broadcasting ?? true;
  }
  get Radius(): number {
    return this.radius;
  }
  set Radius(v: number) {
    this.radius = Math.fround(Math.max(0, v));
    this.world.changed();
  }
  get IsBroadcasting(): boolean {
    return this.broadcasting && this.IsWorking;
  }
  get EnableBroadcasting(): boolean {
    return this.broadcasting;
  }
  set EnableBroadcasting(v: boolean) {
    this.broadcasting = v;
    this.world.changed();
  }
  // terminal.dat's RadioAntenna: Radius, EnableBroadCast, HudText and ShowShipName are the API's
  protected override terminalToApi(id: string): string | null {
    if (id === "Radius" || id === "HudText" || id === "ShowShipName") return id;
    if (id === "EnableBroadCast") return "EnableBroadcasting";
    return super.terminalToApi(id);
  }
  protected override saveExtra(): unknown {
    return { radius: this.radius, broadcasting: this.broadcasting, hud: this.HudText, ship: this.ShowShipName };
  }
  protected override restoreExtra(extra: unknown): void {
    const e = extra as { radius: number; broadcasting: boolean; hud: string; ship: boolean };
    this.radius = e.radius;
    this.broadcasting = e.broadcasting;
    this.HudText = e.hud;
    this.ShowShipName = e.ship;
  }
}

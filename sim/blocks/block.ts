// The base of every simulated terminal block: identity, name, CustomData, and the
// functional/working rules (se-api-facts "Blocks": IsWorking = functional + powered + enabled).
import { Vector3D, unmodelled, type Color, type IMyCubeGrid, type IMyFunctionalBlock, type IMyInventory, type IMyTerminalBlock, type ITerminalAction, type ITerminalProperty, type StringBuilder, type TerminalActionParameter } from "pbts/se";
import type { InventoryState, SimInventory } from "./inventory.ts";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";

/** Interface names every terminal block answers to in GetBlocksOfType. */
export const TERMINAL_INTERFACES = ["IMyEntity", "IMyCubeBlock", "IMyTerminalBlock", "IMyFunctionalBlock"] as const;

export interface BlockOptions {
  name: string;
  customData?: string;
  enabled?: boolean;
  owner?: number;
  entityId?: number;
}

/** What a world save keeps of a block (restored by a world load). */
export interface BlockState {
  name: string;
  customData: string;
  enabled: boolean;
  functional: boolean;
  powered: boolean;
  destroyed: boolean;
  ownerId: number;
  inventories: InventoryState[];
  extra?: unknown;
}

/** The API members SimBlock does not model are declared by the interface and throw when used (unmodelled.ts). */
export interface SimBlock extends IMyFunctionalBlock {}
export abstract class SimBlock implements IMyFunctionalBlock {
  readonly EntityId: number;
  /** Interface names for GetBlocksOfType (`Blocks.IMyTextPanel.name` etc.). */
  abstract readonly interfaces: ReadonlySet<string>;
  abstract readonly DefinitionDisplayNameText: string;
  CustomName: string;
  ShowOnHUD = false;
  protected customData: string;
  protected enabled: boolean;
  /** Integrity above the functional threshold (damage below function clears it). */
  functional = true;
  /** The block's own power link (a grid-wide loss is SimGrid.powered). */
  powered = true;
  destroyed = false;
  ownerId: number;
  /** The block's inventories (inventory.ts; world.ts gives them from the kind and the scenario). */
  readonly inventories: SimInventory[] = [];

  constructor(
    protected readonly world: World,
    /** Stable name used in the trace (the scenario name; CustomName may change). */
    readonly key: string,
    readonly grid: SimGrid,
    entityId: number,
    opts: BlockOptions,
  ) {
    this.EntityId = entityId;
    this.CustomName = opts.name;
    this.customData = opts.customData ?? "";
    this.enabled = opts.enabled ?? true;
    this.ownerId = opts.owner ?? 1;
  }

  get Closed(): boolean {
    return this.destroyed;
  }
  get DisplayName(): string {
    return this.CustomName;
  }
  get CubeGrid(): IMyCubeGrid {
    return this.grid;
  }
  get OwnerId(): number {
    return this.ownerId;
  }
  get IsFunctional(): boolean {
    return !this.destroyed && this.functional;
  }
  get IsPowered(): boolean {
    return this.powered && this.grid.powered;
  }
  get IsWorking(): boolean {
    return this.IsFunctional && this.enabled && this.IsPowered;
  }
  get Enabled(): boolean {
    return this.enabled;
  }
  set Enabled(value: boolean) {
    if (this.enabled === value) return;
    this.enabled = value;
    this.world.changed();
  }
  get CustomData(): string {
    return this.customData;
  }
  set CustomData(value: string) {
    const v = value ?? "";
    if (v === this.customData) return;
    this.customData = v;
    this.world.onCustomDataChanged(this, v);
  }
  get DetailedInfo(): string {
    return "";
  }
  get CustomInfo(): string {
    return "";
  }
  // Trivial members, modelled alike in the C# engine's proxies (compiler/csharp/host/Proxies.cs).
  get Name(): string {
    return this.CustomName;
  }
  get DisplayNameText(): string {
    return this.CustomName;
  }
  get CustomNameWithFaction(): string {
    return this.CustomName;
  }
  get HasInventory(): boolean {
    return this.inventories.length > 0;
  }
  get InventoryCount(): number {
    return this.inventories.length;
  }
  GetInventory(): IMyInventory | null;
  GetInventory(index: number): IMyInventory | null;
  GetInventory(index?: number): IMyInventory | null {
    return this.inventories[index ?? 0] ?? null;
  }
  get IsBeingHacked(): boolean {
    return false;
  }
  get ShowInTerminal(): boolean {
    return true;
  }
  set ShowInTerminal(_v: boolean) {}
  get ShowInToolbarConfig(): boolean {
    return true;
  }
  set ShowInToolbarConfig(_v: boolean) {}
  get ShowInInventory(): boolean {
    return true;
  }
  set ShowInInventory(_v: boolean) {}
  HasLocalPlayerAccess(): boolean {
    return true;
  }
  GetOwnerFactionTag(): string {
    return "";
  }
  UpdateIsWorking(): void {}
  UpdateVisual(): void {}
  SetCustomName(text: string): void;
  SetCustomName(text: StringBuilder): void;
  SetCustomName(text: string | StringBuilder): void {
    this.CustomName = typeof text === "string" ? text : text.ToString();
  }
  RequestEnable(enable: boolean): void {
    this.Enabled = enable;
  }
  // ---- terminal actions and properties: the game's extension methods (TerminalBlockExtentions,
  // TerminalPropertyExtensions) go through GetActionWithName / GetProperty, as the C# stubs do
  // (compiler/api-gen/emit-cs.ts EXTENSION_BODIES). An unknown name is the game's NullReferenceException.
  GetActionWithName(name: string): ITerminalAction | null {
    void name;
    throw unmodelled("IMyTerminalBlock.GetActionWithName");
  }
  GetProperty(id: string): ITerminalProperty | null {
    void id;
    throw unmodelled("IMyTerminalBlock.GetProperty");
  }
  ApplyAction(actionName: string): void;
  ApplyAction(actionName: string, parameters: TerminalActionParameter[]): void;
  ApplyAction(actionName: string, parameters?: TerminalActionParameter[]): void {
    const a = this.GetActionWithName(actionName);
    if (a === null) throw nullReference();
    if (parameters === undefined) a.Apply(this);
    else a.Apply(this, parameters);
  }
  HasAction(actionName: string): boolean {
    return this.GetActionWithName(actionName) !== null;
  }
  GetId(): number {
    return this.EntityId;
  }
  /** Blocks sit at their grid's position (no block offsets, no motion physics). */
  GetPosition(): Vector3D {
    const [x, y, z] = this.grid.position;
    return new Vector3D(x, y, z);
  }
  /** GetProperty(id).Cast<T>(): null when missing or (for the typed forms) of another type. */
  private terminalProperty(id: string, typeName?: string): ITerminalProperty {
    const p = this.GetProperty(id);
    if (p === null || (typeName !== undefined && p.TypeName !== typeName)) throw nullReference();
    return p;
  }
  GetValue<T>(propertyId: string): T {
    return this.terminalProperty(propertyId).GetValue(this) as T;
  }
  GetValueBool(propertyId: string): boolean {
    return this.terminalProperty(propertyId, "Boolean").GetValue(this) as boolean;
  }
  GetValueFloat(propertyId: string): number {
    return this.terminalProperty(propertyId, "Single").GetValue(this) as number;
  }
  GetValueColor(propertyId: string): Color {
    return this.terminalProperty(propertyId, "Color").GetValue(this) as Color;
  }
  SetValue<T>(propertyId: string, value: T): void {
    this.terminalProperty(propertyId).SetValue(this, value);
  }
  SetValueBool(propertyId: string, value: boolean): void {
    this.terminalProperty(propertyId, "Boolean").SetValue(this, value);
  }
  SetValueFloat(propertyId: string, value: number): void {
    this.terminalProperty(propertyId, "Single").SetValue(this, Math.fround(value));
  }
  SetValueColor(propertyId: string, value: Color): void {
    this.terminalProperty(propertyId, "Color").SetValue(this, value);
  }
  GetDefaultValue<T>(propertyId: string): T {
    return this.terminalProperty(propertyId).GetDefaultValue(this) as T;
  }
  GetMinimum<T>(propertyId: string): T {
    return this.terminalProperty(propertyId).GetMinimum(this) as T;
  }
  GetMaximum<T>(propertyId: string): T {
    return this.terminalProperty(propertyId).GetMaximum(this) as T;
  }
  GetMininum<T>(propertyId: string): T {
    return this.terminalProperty(propertyId).GetMininum(this) as T;
  }

  IsSameConstructAs(other: IMyTerminalBlock): boolean {
    return other instanceof SimBlock && this.world.topology().sameConstruct(this.grid, other.grid);
  }

  saveState(): BlockState {
    return {
      name: this.CustomName,
      customData: this.customData,
      enabled: this.enabled,
      functional: this.functional,
      powered: this.powered,
      destroyed: this.destroyed,
      ownerId: this.ownerId,
      inventories: this.inventories.map((i) => i.save()),
      extra: this.saveExtra(),
    };
  }
  restoreState(s: BlockState): void {
    this.CustomName = s.name;
    this.customData = s.customData;
    this.enabled = s.enabled;
    this.functional = s.functional;
    this.powered = s.powered;
    this.destroyed = s.destroyed;
    this.ownerId = s.ownerId;
    s.inventories.forEach((st, i) => this.inventories[i]?.restore(st));
    this.restoreExtra(s.extra);
  }
  protected saveExtra(): unknown {
    return undefined;
  }
  protected restoreExtra(_extra: unknown): void {}
}

/** What the game throws when a script uses a missing terminal action or property (a null from GetActionWithName / GetProperty). */
export function nullReference(): Error {
  return new Error("Object reference not set to an instance of an object.");
}

export function interfaceSet(...names: string[]): ReadonlySet<string> {
  return new Set<string>([...TERMINAL_INTERFACES, ...names]);
}

/** Any other block (a battery, a light...): a scenario gives its interface names. */
export class SimGenericBlock extends SimBlock {
  readonly interfaces: ReadonlySet<string>;
  readonly DefinitionDisplayNameText: string;
  constructor(world: World, key: string, grid: SimGrid, entityId: number, opts: BlockOptions & { interfaces?: string[]; definition?: string }) {
    super(world, key, grid, entityId, opts);
    this.interfaces = interfaceSet(...(opts.interfaces ?? []));
    this.DefinitionDisplayNameText = opts.definition ?? "Block";
  }
}

// The base of every simulated terminal block: identity, name, CustomData, and the
// functional/working rules (se-api-facts "Blocks": IsWorking = functional + powered + enabled).
import { StringBuilder, Vector3I, unmodelled, type BoundingBoxD, type BoundingSphereD, type MatrixD, type MyBlockOrientation, type Vector3D, Color, type IMyCubeGrid, type IMyFunctionalBlock, type IMyInventory, type IMyTerminalBlock, type IMyTextSurface, type ITerminalAction, type ITerminalProperty, type TerminalActionParameter } from "pbts/se";
import { blockGeometry, blockWorldBox, blockWorldMatrix, boxSphere, type BlockGeometrySpec } from "./geometry.ts";
import { coerce, sameValue, storedDefault, traceValue, TERMINAL_TYPES } from "./values.ts";
import { BLOCK_KINDS, type KindDef } from "./kinds.generated.ts";
import { ACTION_SETS, FONTS, LIMITS, SURFACE_TERMINAL, SimTerminalAction, SimTerminalProperty, castProperty, nullReference, stepAction, valueTypeName, stepped } from "./terminal.ts";
import type { SimTextSurface } from "./text-surface.ts";
import { sliderOf, sliderValue, type SliderBlock } from "./sliders.ts";
import { serializableDefinitionId, type SerializableDefinitionId } from "../../compiler/se/values/items.ts";
import type { InventoryState, SimInventory } from "./inventory.ts";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";

/** T's .NET name that sim/terminal-type-args.mjs passes to a generic terminal-value call (`arguments[i]`), or undefined. */
function loaderTypeName(args: IArguments, i: number): string | undefined {
  const t: unknown = args.length > i ? args[i] : undefined;
  return typeof t === "string" ? t : undefined;
}

let kindNames: Map<KindDef, string> | undefined;
/** terminal.dat's kind name of a kind entry. */
function kindNameOf(def: KindDef): string {
  kindNames ??= new Map(Object.entries(BLOCK_KINDS).map(([k, d]) => [d, k]));
  return kindNames.get(def) ?? "FunctionalBlock";
}

/** Interface names every terminal block answers to in GetBlocksOfType. */
export const TERMINAL_INTERFACES = ["IMyEntity", "IMyCubeBlock", "IMyTerminalBlock", "IMyFunctionalBlock"] as const;

export interface BlockOptions extends BlockGeometrySpec {
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
  /** ShowOnHUD, ShowInTerminal, ShowInToolbarConfig, ShowInInventory. */
  flags: [boolean, boolean, boolean, boolean];
  /** Stored terminal properties (terminal.ts). */
  terminal: [string, unknown][];
  /** Mass, DisassembleRatio, NumberInGrid. */
  cube: [number, number, number];
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
    const g = blockGeometry(opts);
    this.cell = g.cell;
    this.min = g.min;
    this.max = g.max;
    this.size = g.size;
    this.orientation = g.orientation;
  }

  // ---- geometry (sim/blocks/geometry.ts): cells and an orientation in the grid ----
  private readonly cell: Vector3I;
  private readonly min: Vector3I;
  private readonly max: Vector3I;
  /** Cubes along the block's own right, up and backward. */
  private readonly size: Vector3I;
  private readonly orientation: MyBlockOrientation;
  get Position(): Vector3I {
    return this.cell;
  }
  get Min(): Vector3I {
    return this.min;
  }
  get Max(): Vector3I {
    return this.max;
  }
  get Orientation(): MyBlockOrientation {
    return this.orientation;
  }
  get WorldMatrix(): MatrixD {
    return this.cubeWorldMatrix();
  }
  /** The cube's world matrix (a ship controller's WorldMatrix is its scenario facts'; this is its default). */
  cubeWorldMatrix(): MatrixD {
    return blockWorldMatrix(this.min, this.max, this.orientation, this.grid.GridSize, this.grid.WorldMatrix);
  }
  get WorldAABB(): BoundingBoxD {
    return blockWorldBox(this.size, this.grid.GridSize, this.cubeWorldMatrix());
  }
  get WorldAABBHr(): BoundingBoxD {
    return this.WorldAABB;
  }
  get WorldVolume(): BoundingSphereD {
    return boxSphere(this.WorldAABB);
  }
  get WorldVolumeHr(): BoundingSphereD {
    return this.WorldVolume;
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
  // IMyCubeBlock facts the reference does not hold (they come from block definitions): scenario
  // values (`properties`, `set`), defaults documented in the README (Simulator, defaults).
  /** kg; default 0 (no definition data). */
  protected massKg = 0;
  /** The definition's DisassembleRatio; default 1 (the game's definition default). */
  protected disassembleRatio = 1;
  /** The block's number among its grid's blocks of the same definition (1, 2, ...), as the game counts at placement (world.ts). */
  numberInGrid = 0;
  get Mass(): number {
    return this.massKg;
  }
  get DisassembleRatio(): number {
    return this.disassembleRatio;
  }
  get NumberInGrid(): number {
    return this.numberInGrid;
  }
  /** A scenario's Mass, DisassembleRatio or NumberInGrid ("properties", "set"); a change is a "property" event. */
  setCubeFact(name: "Mass" | "DisassembleRatio" | "NumberInGrid", value: number): void {
    const before = (this as unknown as Record<string, number>)[name];
    if (name === "Mass") this.massKg = Math.fround(value);
    else if (name === "DisassembleRatio") this.disassembleRatio = Math.fround(value);
    else this.numberInGrid = value;
    const after = (this as unknown as Record<string, number>)[name];
    if (this.world.sim.started && before !== after) this.world.sim.trace.add(this.world.sim.tick, this.key, "property", { name, value: after, by: this.by() });
  }
  // Terminal visibility flags: stored (nothing is hidden in the simulator).
  ShowInTerminal = true;
  ShowInToolbarConfig = true;
  ShowInInventory = true;
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
  // ---- terminal properties and actions (terminal.ts), with terminal.dat's ids for the block's kind ----
  /** terminal.dat's entry for this block's kind (world.ts sets it for the hand-written classes). */
  terminalDef: KindDef = BLOCK_KINDS.FunctionalBlock!;
  /** Terminal properties that stand for no API member: stored values. */
  protected readonly terminalStore = new Map<string, unknown>();
  private readonly propertyObjects = new Map<string, SimTerminalProperty>();
  private readonly actionObjects = new Map<string, SimTerminalAction>();

  /** The running PB's name, or "host" (the `by` of trace events). */
  protected by(): string {
    const runner = this.world.sim.runner;
    return runner ? runner.key : "host";
  }
  /** The surface a screen's terminal properties (FontSize, Content...) act on, or null. */
  terminalSurface(): SimTextSurface | null {
    return null;
  }
  /** The API member a terminal property stands for (read and written through it), or null (a stored value). */
  protected terminalToApi(id: string): string | null {
    if (id === "OnOff") return "Enabled";
    if (id === "ShowOnHUD" || id === "ShowInTerminal" || id === "ShowInInventory" || id === "ShowInToolbarConfig") return id;
    if (id === "Name" || id === "CustomName") return "CustomName";
    return null;
  }
  /** The value type (kind-block.ts coerce) the API member `api` takes. */
  protected apiType(api: string, terminalType: string): string {
    const v = (this as unknown as Record<string, unknown>)[api];
    if (typeof v === "boolean") return "bool";
    if (typeof v === "string") return "string";
    return TERMINAL_TYPES[terminalType] ?? "float";
  }
  /** Write the API member a terminal property stands for (the value checked); a change is a "property" event. */
  protected writeApi(id: string, api: string, value: unknown): void {
    void id;
    const self = this as unknown as Record<string, unknown>;
    const before = self[api];
    self[api] = value;
    const after = self[api];
    if (this.world.sim.started && !sameValue(before, after)) this.world.sim.trace.add(this.world.sim.tick, this.key, "property", { name: api, value: traceValue("", after), by: this.by() });
  }
  /** A kind's own range of a Single property, or null (block.ts terminalBound). */
  protected kindBounds(id: string): [number, number] | null {
    void id;
    return null;
  }
  /** The block's subtype (world.ts sets it: the scenario's, else its kind's first; "" for none). */
  definitionSubtype = "";
  /** IMyCubeBlock.BlockDefinition: "MyObjectBuilder_<terminal.dat kind>/<subtype>" (the kind is the type id's name). */
  get BlockDefinition(): SerializableDefinitionId {
    return serializableDefinitionId(`MyObjectBuilder_${this.terminalKind()}`, this.definitionSubtype);
  }
  /** terminal.dat's kind name of this block (the key of BLOCK_KINDS whose entry is terminalDef). */
  terminalKind(): string {
    return kindNameOf(this.terminalDef);
  }
  /** What sliders.ts reads from a block: its grid size and its own numbers (a piston's limits...). */
  private sliderBlock(): SliderBlock {
    return { gridSizeEnum: () => this.grid.GridSizeEnum, num: (name) => Number((this as unknown as Record<string, unknown>)[name] ?? 0) };
  }
  /**
   * GetMinimum / GetMaximum of a terminal property (terminal.ts SimTerminalProperty): a Boolean's
   * false..true, a Color's 0,0,0,0..255,255,255,255 (the game's colour picker), a Single's from the
   * game's source (sliders.ts), the kind (kindBounds) or LIMITS; anything else throws "not modelled".
   */
  terminalBound(id: string, which: "min" | "max"): unknown {
    const t = this.terminalTypeOf(id);
    if (t === "Boolean") return which === "max";
    if (t === "Color") return which === "max" ? new Color(255, 255, 255, 255) : new Color(0, 0, 0, 0);
    let r: number | null = null;
    if (t === "Single") {
      r = sliderValue(sliderOf(this.terminalKind(), id), which, this.sliderBlock());
      const k = r === null ? (this.kindBounds(id) ?? LIMITS[id] ?? null) : null;
      if (k) r = which === "min" ? k[0] : k[1];
    }
    if (r === null) throw unmodelled(`ITerminalProperty.${which === "min" ? "GetMinimum" : "GetMaximum"} of ${this.terminalKind()}.${id} (not in the game's public source: README, Simulator)`);
    return Math.fround(r);
  }
  /** A slider's range from the game's source (sliders.ts), or null. */
  private sliderRange(id: string): [number, number] | null {
    const s = sliderOf(this.terminalKind(), id);
    const lo = sliderValue(s, "min", this.sliderBlock());
    const hi = sliderValue(s, "max", this.sliderBlock());
    return lo !== null && hi !== null ? [lo, hi] : null;
  }
  /** A slider's default value (sliders.ts), or null. */
  private sliderDefault(id: string): number | null {
    return sliderValue(sliderOf(this.terminalKind(), id), "def", this.sliderBlock());
  }
  /** GetDefaultValue of a terminal property (terminal.ts SimTerminalProperty): a checkbox's false, a colour picker's white. */
  terminalDefault(id: string): unknown {
    const t = this.terminalTypeOf(id);
    if (t === "Boolean") return false;
    if (t === "Color") return new Color(255, 255, 255, 255);
    const v = t === "Single" ? this.sliderDefault(id) : null;
    if (v === null) throw unmodelled(`ITerminalProperty.GetDefaultValue of ${this.terminalKind()}.${id} (not in the game's public source: README, Simulator)`);
    return Math.fround(v);
  }
  /** A kind's own effect of an action; true if handled. */
  protected kindAction(name: string): boolean {
    void name;
    return false;
  }
  private terminalTypeOf(id: string): string {
    const t = this.terminalDef.props[id];
    if (t === undefined) throw nullReference(); // a property object of another kind
    return t;
  }
  /** A terminal property's value (what ITerminalProperty.GetValue reads). */
  readTerminal(id: string): unknown {
    const t = this.terminalTypeOf(id);
    const surface = SURFACE_TERMINAL[id] !== undefined ? this.terminalSurface() : null;
    if (surface) {
      const v = (surface as unknown as Record<string, unknown>)[SURFACE_TERMINAL[id]!];
      return id === "Font" ? Math.max(0, FONTS.indexOf(v as string)) : v;
    }
    const api = this.terminalToApi(id);
    const v = api !== null ? (this as unknown as Record<string, unknown>)[api] : this.terminalStore.has(id) ? this.terminalStore.get(id) : storedDefault(t);
    if (t === "StringBuilder") return new StringBuilder().Append(String(v ?? ""));
    return v;
  }
  /** Set a terminal property (what ITerminalProperty.SetValue does). */
  writeTerminal(id: string, value: unknown): void {
    const t = this.terminalTypeOf(id);
    const surface = SURFACE_TERMINAL[id] !== undefined ? this.terminalSurface() : null;
    if (surface) {
      const name = SURFACE_TERMINAL[id]!;
      let v = value;
      if (id === "Font") v = FONTS[coerce("long", value) as number] ?? FONTS[0];
      (surface as unknown as Record<string, unknown>)[name] = name === "FontSize" || name === "TextPadding" || name === "ChangeInterval" ? coerce("float", v) : v;
      return;
    }
    const api = this.terminalToApi(id);
    let v: unknown;
    if (t === "StringBuilder") {
      if (value !== null && value !== undefined && typeof value !== "string" && !(value instanceof StringBuilder)) throw new Error(`expects a StringBuilder, got ${JSON.stringify(value)}`);
      v = value === null || value === undefined ? "" : typeof value === "string" ? value : value.ToString();
    } else if (TERMINAL_TYPES[t]) {
      const at = api !== null ? this.apiType(api, t) : TERMINAL_TYPES[t]!;
      // a slider (Single) over a whole-number member (a transponder's Channel) takes the nearest whole number
      v = coerce(at, t === "Single" && (at === "int" || at === "long") && typeof value === "number" ? Math.round(value) : value);
    } else throw unmodelled(`terminal property ${this.terminalDef.iface}.${id} (${t})`);
    if (api !== null) {
      this.writeApi(id, api, v);
      return;
    }
    if (sameValue(this.terminalStore.has(id) ? this.terminalStore.get(id) : storedDefault(t), v)) return;
    this.terminalStore.set(id, v);
    if (this.world.sim.started) this.world.sim.trace.add(this.world.sim.tick, this.key, "property", { name: id, value: traceValue(TERMINAL_TYPES[t] ?? "", v), by: this.by() });
  }
  GetProperty(id: string): ITerminalProperty | null {
    const type = this.terminalDef.props[id];
    if (type === undefined) return null;
    let p = this.propertyObjects.get(id);
    if (!p) this.propertyObjects.set(id, (p = new SimTerminalProperty(id, type)));
    return p as unknown as ITerminalProperty;
  }
  GetProperties(list: ITerminalProperty[], collect?: (p: ITerminalProperty) => boolean): void {
    list.length = 0;
    for (const id of Object.keys(this.terminalDef.props)) {
      const p = this.GetProperty(id)!;
      if (!collect || collect(p)) list.push(p);
    }
  }
  GetActionWithName(name: string): ITerminalAction | null {
    if (!this.terminalDef.actions.includes(name)) return null;
    let a = this.actionObjects.get(name);
    if (!a) this.actionObjects.set(name, (a = new SimTerminalAction(name, this.terminalDef.texts[name] ?? name)));
    return a as unknown as ITerminalAction;
  }
  GetActions(list: ITerminalAction[], collect?: (a: ITerminalAction) => boolean): void {
    list.length = 0;
    for (const n of this.terminalDef.actions) {
      const a = this.GetActionWithName(n)!;
      if (!collect || collect(a)) list.push(a);
    }
  }
  SearchActionsOfName(name: string, list: ITerminalAction[], collect?: (a: ITerminalAction) => boolean): void {
    list.length = 0;
    for (const n of this.terminalDef.actions) {
      if (!n.includes(name)) continue;
      const a = this.GetActionWithName(n)!;
      if (!collect || collect(a)) list.push(a);
    }
  }
  /**
   * An action applied (ITerminalAction.Apply): traced, then the kind's effect or a generic form
   * (terminal.ts); any other action is recorded only (its real effect is out of scope).
   */
  runAction(name: string): void {
    if (this.world.sim.started) this.world.sim.trace.add(this.world.sim.tick, this.key, "action", { name, by: this.by() });
    if (this.kindAction(name)) return;
    const props = this.terminalDef.props;
    const m = /^(.*?)(_On|_Off)?$/.exec(name)!;
    if (props[m[1]!] === "Boolean") {
      const id = m[1]!;
      this.writeTerminal(id, m[2] === "_On" ? true : m[2] === "_Off" ? false : !this.readTerminal(id));
      return;
    }
    const choice = ACTION_SETS[name];
    if (choice && props[choice[0]] === "Int64") {
      this.writeTerminal(choice[0], choice[1]);
      return;
    }
    const step = stepAction(name, props);
    if (step) {
      const v = this.readTerminal(step.id) as number;
      if (step.op === "reset") this.writeTerminal(step.id, this.sliderDefault(step.id) ?? 0);
      else this.writeTerminal(step.id, props[step.id] === "Int64" ? v + (step.op === "inc" ? 1 : -1) : stepped(step.id, step.op, v, this.sliderRange(step.id)));
    }
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
  /** The block's centre in the world: its WorldMatrix's translation (no motion physics). */
  GetPosition(): Vector3D {
    return this.WorldMatrix.Translation;
  }
  /**
   * GetProperty(id).Cast<T>(), as the game: an unknown id throws "Invalid property", a property of
   * another type than T "Property X is not of type T, correct type is Y" (InvalidOperationException).
   * `typeName` is T's .NET name: the typed forms say it (GetValueFloat: Single); for GetValue<T> and
   * the other generic forms the script loader (sim/load-hooks.mjs) passes T's name as one more argument
   * (TS erases type arguments); without it (a script not loaded from a scenario) SetValue checks its
   * value's kind and the rest cannot check T (the compiler does for a literal id: PBTS1084).
   */
  private terminalProperty(id: string, typeName?: string): ITerminalProperty {
    return castProperty(this.GetProperty(id), typeName);
  }
  GetValue<T>(propertyId: string): T {
    // eslint-disable-next-line prefer-rest-params
    return this.terminalProperty(propertyId, loaderTypeName(arguments, 1)).GetValue(this) as T;
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
    // eslint-disable-next-line prefer-rest-params
    const t = loaderTypeName(arguments, 2) ?? valueTypeName(value, this.GetProperty(propertyId)?.TypeName);
    this.terminalProperty(propertyId, t).SetValue(this, t === "Single" && typeof value === "number" ? Math.fround(value) : value);
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
    // eslint-disable-next-line prefer-rest-params
    return this.terminalProperty(propertyId, loaderTypeName(arguments, 1)).GetDefaultValue(this) as T;
  }
  GetMinimum<T>(propertyId: string): T {
    // eslint-disable-next-line prefer-rest-params
    return this.terminalProperty(propertyId, loaderTypeName(arguments, 1)).GetMinimum(this) as T;
  }
  GetMaximum<T>(propertyId: string): T {
    // eslint-disable-next-line prefer-rest-params
    return this.terminalProperty(propertyId, loaderTypeName(arguments, 1)).GetMaximum(this) as T;
  }
  GetMininum<T>(propertyId: string): T {
    // eslint-disable-next-line prefer-rest-params
    return this.terminalProperty(propertyId, loaderTypeName(arguments, 1)).GetMininum(this) as T;
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
      flags: [this.ShowOnHUD, this.ShowInTerminal, this.ShowInToolbarConfig, this.ShowInInventory],
      terminal: [...this.terminalStore],
      cube: [this.massKg, this.disassembleRatio, this.numberInGrid],
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
    [this.ShowOnHUD, this.ShowInTerminal, this.ShowInToolbarConfig, this.ShowInInventory] = s.flags;
    this.terminalStore.clear();
    for (const [k, v] of s.terminal) this.terminalStore.set(k, v);
    [this.massKg, this.disassembleRatio, this.numberInGrid] = s.cube;
    this.restoreExtra(s.extra);
  }
  protected saveExtra(): unknown {
    return undefined;
  }
  protected restoreExtra(_extra: unknown): void {}
}
// Marks the simulator's blocks for sim/terminal-type-args.mjs's __pbtsTv, which passes them T's .NET
// name (on the prototype: every block keeps one hidden class).
Object.defineProperty(SimBlock.prototype, "__pbtsTerminalT", { value: true });

export { nullReference };

export function interfaceSet(...names: string[]): ReadonlySet<string> {
  return new Set<string>([...TERMINAL_INTERFACES, ...names]);
}

/**
 * A hand-written kind that terminal.dat lists as IMyTextSurfaceProvider and IMyUpgradableBlock but
 * that has no screen and no upgrade module (an antenna, a connector): the members once, here.
 */
export abstract class SimScreenlessBlock extends SimBlock {
  get SurfaceCount(): number {
    return 0;
  }
  get UseGenericLcd(): boolean {
    return false;
  }
  GetSurface(_index: number): IMyTextSurface {
    return null as unknown as IMyTextSurface;
  }
  get UpgradeCount(): number {
    return 0;
  }
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

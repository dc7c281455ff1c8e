// Every block kind of terminal.dat, data-driven (kinds.generated.ts, from the reference): a block
// implements every interface terminal.dat lists for its kind; each simple-typed API property (bool,
// number, string, enum) is a value in a bag, readable by scripts and writable when the API has a
// setter; terminal properties (GetProperty/GetValue/SetValue) and actions (ApplyAction) use
// terminal.dat's names. The few kinds scripts wait on have deterministic dynamics (dynamics.ts).
// Every change of an API-visible value is a "property" trace event.
import { unmodelled } from "pbts/se";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";
import { SimBlock, type BlockOptions } from "./block.ts";
import { API_PROPS, BLOCK_KINDS, type KindDef } from "./kinds.generated.ts";
import { familyOf, type Family } from "./dynamics.ts";
import { SimTextSurface } from "./text-surface.ts";
import { SimTerminalAction, SimTerminalProperty } from "./terminal.ts";
import { TERMINAL_TYPES, coerce, defaultOf, sameValue as same, traceValue, type PropType } from "./values.ts";

export { coerce, type PropType };

/** Kinds with their own hand-written class (world.ts), by terminal.dat name. */
export const HANDWRITTEN_KINDS: Record<string, string> = {
  MyProgrammableBlock: "programmable",
  TextPanel: "text-panel",
  RadioAntenna: "antenna",
  ShipConnector: "connector",
};

/** The kind for a scenario's "type": terminal.dat's type definition or its interface name. */
export function resolveKind(type: string): string | null {
  if (Object.hasOwn(BLOCK_KINDS, type)) return type;
  return KIND_OF_IFACE.get(type) ?? null;
}
/** Interface name -> the first kind of terminal.dat with it. */
const KIND_OF_IFACE = new Map<string, string>();
for (const [k, d] of Object.entries(BLOCK_KINDS)) if (!KIND_OF_IFACE.has(d.iface)) KIND_OF_IFACE.set(d.iface, k);

export function kindNames(): string[] {
  return Object.keys(BLOCK_KINDS);
}

/** The API properties of a kind (its interfaces' simple-typed properties): name -> [type, settable]. */
export function apiPropsOf(def: KindDef): Map<string, [PropType, boolean]> {
  const out = new Map<string, [PropType, boolean]>();
  for (const i of def.interfaces) for (const [n, p] of Object.entries(API_PROPS[i] ?? {})) if (!out.has(n)) out.set(n, p);
  return out;
}


/** Members SimBlock implements itself (not stored in the bag). */
const BASE_MEMBERS = new Set(["CustomData", "CustomInfo", "CustomName", "CustomNameWithFaction", "DetailedInfo", "ShowInInventory", "ShowInTerminal", "ShowInToolbarConfig", "ShowOnHUD", "Enabled"]);

export interface KindBlockOptions extends BlockOptions {
  kind: string;
  subtype?: string;
  properties?: Record<string, unknown>;
  /** Dynamics rates (see dynamics.ts RATE_DEFAULTS). */
  rates?: Record<string, number>;
  /** How many text surfaces (IMyTextSurfaceProvider); default SURFACE_DEFAULTS or 0. */
  surfaces?: number;
}

/** Text surfaces per kind when the scenario does not say (a pbts choice: the game's count depends on the model). */
export const SURFACE_DEFAULTS: Record<string, number> = { Cockpit: 1, ButtonPanel: 1, LCDPanelsBlock: 1 };

export class SimKindBlock extends SimBlock {
  readonly interfaces: ReadonlySet<string>;
  readonly DefinitionDisplayNameText: string;
  readonly def: KindDef;
  readonly subtype: string;
  readonly family: Family | null;
  /** API property types (name -> [type, settable]). */
  readonly props: Map<string, [PropType, boolean]>;
  private readonly values = new Map<string, unknown>();
  readonly rates: Record<string, number>;
  /** Air vent: the room's oxygen level (0..1). */
  ventLevel = 1;
  /** Timer: ticks left in the countdown. */
  timerLeft = 0;
  /** Text surfaces (cockpits, button panels...). */
  surfaces: SimTextSurface[] = [];

  constructor(world: World, key: string, grid: SimGrid, entityId: number, opts: KindBlockOptions) {
    super(world, key, grid, entityId, opts);
    const def = BLOCK_KINDS[opts.kind];
    if (!def) throw new Error(`unknown block kind "${opts.kind}"`);
    this.def = def;
    this.terminalDef = def;
    // Exactly terminal.dat's interfaces: cockpits, cargo containers... are not IMyFunctionalBlock.
    this.interfaces = new Set(["IMyEntity", "IMyCubeBlock", "IMyTerminalBlock", ...def.interfaces]);
    this.DefinitionDisplayNameText = opts.kind;
    if (opts.subtype !== undefined && !def.subtypes.includes(opts.subtype)) {
      throw new Error(`unknown subtype "${opts.subtype}" for ${opts.kind}: use one of ${def.subtypes.join(", ") || "(none)"}`);
    }
    this.subtype = opts.subtype ?? def.subtypes[0] ?? "";
    this.props = apiPropsOf(def);
    // Members SimBlock implements (IsWorking, CustomName...) stay its own; the rest is the bag.
    for (const [name, [type]] of this.props) if (!BASE_MEMBERS.has(name) && !(name in this)) this.values.set(name, defaultOf(type));
    // Conveyor use is on by default on every block that has it (the game's "Use Conveyor" checkbox).
    if (this.values.has("UseConveyorSystem")) this.values.set("UseConveyorSystem", true);
    this.family = familyOf(this);
    // A fact named as a member every block has (a ship controller's world "Position" next to
    // IMyCubeBlock.Position, its cell) stays a scenario fact: scripts read the API member.
    const factsOnly = new Set<string>();
    for (const [name, type] of Object.entries(this.family?.extra ?? {})) {
      if (name in this) factsOnly.add(name);
      this.props.set(name, [type, false]);
      this.values.set(name, defaultOf(type));
    }
    this.rates = { ...(this.family?.rates ?? {}) };
    for (const [k, v] of Object.entries(opts.rates ?? {})) {
      if (!(k in this.rates)) throw new Error(`unknown rate "${k}" for ${opts.kind}: use one of ${Object.keys(this.rates).join(", ") || "(none: this kind has no dynamics)"}`);
      if (typeof v !== "number" || !(v > 0)) throw new Error(`rate "${k}" must be a positive number, got ${JSON.stringify(v)}`);
      this.rates[k] = v;
    }
    this.family?.init(this);
    for (const [name, fn] of Object.entries(this.family?.methods ?? {})) {
      Object.defineProperty(this, name, { configurable: true, writable: true, value: (...args: unknown[]) => fn(this, ...args) });
    }
    for (const [name, fn] of Object.entries(this.family?.getters ?? {})) {
      this.values.delete(name); // computed, not a stored value (put still traces its changes)
      Object.defineProperty(this, name, { configurable: true, get: () => fn(this) });
    }
    for (const [name, ref] of Object.entries(this.family?.refs ?? {})) {
      Object.defineProperty(this, name, { configurable: true, get: () => ref.get(this), set: (v: unknown) => ref.set(this, v) });
    }
    for (const name of this.values.keys()) if (this.props.has(name) && !factsOnly.has(name)) this.defineAccessor(name);
    // Text surfaces ("Screen 0", ...): GetSurface, SurfaceCount.
    if (def.interfaces.includes("IMyTextSurfaceProvider")) {
      const n = opts.surfaces ?? SURFACE_DEFAULTS[opts.kind] ?? 0;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 16) throw new Error(`"surfaces" must be a whole number 0..16, got ${JSON.stringify(n)}`);
      const surfaces = Array.from({ length: n }, (_, i) => new SimTextSurface(`Screen ${i}`, `Screen ${i}`, world.surfaceEvents(this, i)));
      this.surfaces = surfaces;
      this.values.set("SurfaceCount", n);
      Object.defineProperty(this, "GetSurface", { configurable: true, writable: true, value: (i: number) => surfaces[i] ?? null });
    } else if (opts.surfaces) throw new Error(`"surfaces": ${opts.kind} is not a text surface provider`);
    // A production block's inventories (world.ts gives them after construction): input 0, output 1.
    if (def.interfaces.includes("IMyProductionBlock")) {
      Object.defineProperty(this, "InputInventory", { configurable: true, get: () => this.inventories[0] ?? null });
      Object.defineProperty(this, "OutputInventory", { configurable: true, get: () => this.inventories[1] ?? this.inventories[0] ?? null });
    }
    for (const [k, v] of Object.entries(opts.properties ?? {})) this.setFromScenario(k, v, false);
  }

  private defineAccessor(name: string): void {
    const [type, settable] = this.props.get(name)!;
    Object.defineProperty(this, name, {
      configurable: true,
      enumerable: true,
      get: () => this.values.get(name),
      set: (v: unknown) => {
        if (!settable) throw new Error(`${this.def.iface}.${name} is read-only`);
        this.scriptSet(name, coerce(type, v));
      },
    });
  }

  /** The family's text (a battery's: detailed-info.ts), else the terminal block's empty one. */
  override get DetailedInfo(): string {
    return this.family?.detailedInfo?.(this) ?? super.DetailedInfo;
  }

  /** The running PB's name, or "host" (the `by` of the family's trace events). */
  runner(): string {
    return this.by();
  }
  worldSim(): World["sim"] {
    return this.world.sim;
  }
  /** One tick of the family's dynamics (simulation.ts, before the scripts run). */
  /** The world's change count (World.changeCount) after this block's last tick, when that tick
   *  changed nothing and the family is not clocked (-1 otherwise): the block is settled, and its next
   *  tick would change nothing either while that count stays the same (World.tickBlocks skips it). */
  settledAt = -1;
  /** One tick of the family's dynamics; afterwards `settledAt` says whether it changed anything. */
  tickDynamics(): void {
    const world = this.world;
    const before = world.changeCount();
    const vent = this.ventLevel;
    const timer = this.timerLeft;
    if (!this.destroyed) this.family?.tick(this);
    const after = world.changeCount();
    const settled = after === before && vent === this.ventLevel && timer === this.timerLeft && (this.destroyed || !this.family?.clocked?.(this));
    this.settledAt = settled ? after : -1;
  }

  /** A value in the bag (for the dynamics). */
  get(name: string): unknown {
    return this.values.get(name);
  }
  num(name: string): number {
    return this.values.get(name) as number;
  }
  /** Change a value; a real change is a "property" trace event (unless quiet: a continuous value in motion). */
  put(name: string, value: unknown, quiet = false): void {
    const old = this.values.get(name);
    if (same(old, value)) return;
    this.values.set(name, value);
    this.world.valueChanges++;
    if (this.world.sim.started && !quiet) {
      const type = this.props.get(name)?.[0] ?? "";
      this.world.sim.trace.add(this.world.sim.tick, this.key, "property", { name, value: traceValue(type, value), by: this.by() });
    }
  }
  /** A value set without a trace event (scenario set-up, restore): it still wakes settled dynamics. */
  private setValue(name: string, value: unknown): void {
    this.values.set(name, value);
    this.world.valueChanges++;
  }
  /** A settable property set by a script or a terminal property: the family may react (a door opens). */
  private scriptSet(name: string, value: unknown): void {
    if (this.family?.set?.(this, name, value)) return;
    this.put(name, value);
  }

  override get Enabled(): boolean {
    return super.Enabled;
  }
  override set Enabled(v: boolean) {
    const before = super.Enabled;
    super.Enabled = v;
    if (before !== v && this.world.sim.started) this.world.sim.trace.add(this.world.sim.tick, this.key, "property", { name: "Enabled", value: v, by: this.by() });
  }

  /** Scenario "properties" and "set" events: any API property (read-only ones too) or terminal property. */
  setFromScenario(name: string, value: unknown, traced = true): void {
    const api = this.props.get(name);
    try {
      if (CUBE_FACTS[name]) {
        this.setCubeFact(name as "Mass", coerce(CUBE_FACTS[name]!, value) as number);
        return;
      }
      if (api && this.values.has(name)) {
        const v = coerce(api[0], value);
        if (api[1] && this.family?.set?.(this, name, v)) return;
        if (traced) this.put(name, v);
        else this.setValue(name, v);
        this.family?.after?.(this, name);
        return;
      }
      if (name === "Enabled" || name === "OnOff") {
        this.Enabled = coerce("bool", value) as boolean;
        return;
      }
      if (api) {
        (this as unknown as Record<string, unknown>)[name] = coerce(api[0], value);
        return;
      }
      if (this.def.props[name] !== undefined) {
        this.writeTerminal(name, value);
        return;
      }
      const fact = this.family?.facts?.[name];
      if (fact) {
        // A scenario fact (a ship controller's gravity, mass...): stored and traced like a property.
        if (traced) this.put(name, fact(value, this));
        else this.setValue(name, fact(value, this));
        this.family?.after?.(this, name);
        return;
      }
    } catch (e) {
      throw new Error(`property "${name}" ${(e as Error).message}`);
    }
    const valid = [...this.props.keys(), ...Object.keys(this.def.props).filter((p) => scenarioType(this.def.props[p]!)), ...Object.keys(this.family?.facts ?? {})];
    throw new Error(`unknown property "${name}" for ${this.def.iface}: use one of ${[...new Set(valid)].sort().join(", ")}`);
  }

  /** Throws what setFromScenario would throw (unknown property, wrong value type), changing nothing. */
  checkScenarioValue(name: string, value: unknown): void {
    const api = this.props.get(name);
    const type = api ? api[0] : name === "OnOff" ? "bool" : this.def.props[name] !== undefined ? scenarioType(this.def.props[name]!) : undefined;
    const fact = this.family?.facts?.[name];
    if (type === undefined && fact) {
      try {
        fact(value, this);
      } catch (e) {
        throw new Error(`property "${name}" ${(e as Error).message}`);
      }
      return;
    }
    if (type === undefined) {
      if (this.def.props[name] !== undefined) throw unmodelled(`terminal property ${this.def.iface}.${name} (${this.def.props[name]})`);
      const valid = [...this.props.keys(), ...Object.keys(this.def.props).filter((p) => scenarioType(this.def.props[p]!)), ...Object.keys(this.family?.facts ?? {})];
      throw new Error(`unknown property "${name}" for ${this.def.iface}: use one of ${[...new Set(valid)].sort().join(", ")}`);
    }
    try {
      coerce(type, value);
    } catch (e) {
      throw new Error(`property "${name}" ${(e as Error).message}`);
    }
  }

  // ---- terminal properties and actions (block.ts, terminal.ts): the kind's API members and family ----
  override terminalSurface(): SimTextSurface | null {
    return this.surfaces[0] ?? null;
  }
  protected override terminalToApi(id: string): string | null {
    const base = super.terminalToApi(id);
    if (base !== null) return base;
    const mapped = this.family?.terminal?.[id];
    if (mapped) return mapped;
    // the "Use Conveyor" checkbox is IMyInventoryOwner.UseConveyorSystem
    if (id === "UseConveyor" && this.values?.has("UseConveyorSystem")) return "UseConveyorSystem";
    // an API property of the same name, settable or not (a door's "Open" terminal property is the
    // read-only IMyDoor.Open: reading it reads the door, setting it opens or closes the door)
    return this.props?.has(id) && this.values?.has(id) ? id : null;
  }
  protected override apiType(api: string, terminalType: string): string {
    return this.props.get(api)?.[0] ?? super.apiType(api, terminalType);
  }
  protected override writeApi(id: string, api: string, v: unknown): void {
    if (this.family?.terminalSet?.(this, id, v)) return;
    if (BASE_MEMBERS.has(api)) (this as unknown as Record<string, unknown>)[api] = v;
    else if (this.props.get(api)?.[1]) this.scriptSet(api, v);
    else this.put(api, v);
  }
  protected override kindBounds(id: string): [number, number] | null {
    return this.family?.bounds?.(this, id) ?? null;
  }
  protected override kindAction(name: string): boolean {
    return this.family?.action?.(this, name) ?? false;
  }

  protected override saveExtra(): unknown {
    return { values: [...this.values], family: this.family?.save?.(this), surfaces: this.surfaces.map((x) => x.save()) };
  }
  protected override restoreExtra(extra: unknown): void {
    const e = extra as { values: [string, unknown][]; family: unknown; surfaces: unknown[] };
    e.surfaces.forEach((x, i) => this.surfaces[i]?.restore(x));
    for (const [k, v] of e.values) this.setValue(k, v);
    this.family?.restore?.(this, e.family);
    this.settledAt = -1;
  }
}

export { SimTerminalAction, SimTerminalProperty };

/** IMyCubeBlock facts every block takes from the scenario (block.ts setCubeFact). */
const CUBE_FACTS: Record<string, PropType> = { Mass: "float", DisassembleRatio: "float", NumberInGrid: "int" };
/** Properties a scenario may set on a hand-written block (PB, LCD, antenna, connector, generic block). */
const COMMON_SETTABLE: Record<string, PropType> = { Enabled: "bool", OnOff: "bool", CustomName: "string", CustomData: "string", ShowOnHUD: "bool", ...CUBE_FACTS };

/** The value type a scenario gives for a terminal property type (a StringBuilder as a string). */
function scenarioType(terminalType: string): PropType | undefined {
  return terminalType === "StringBuilder" ? "string" : TERMINAL_TYPES[terminalType];
}

/** Check a scenario's property value for a block (throws a clear message). */
export function checkBlockProperty(b: SimBlock, name: string, value: unknown): void {
  if (b instanceof SimKindBlock) return b.checkScenarioValue(name, value);
  const tt = b.terminalDef.props[name];
  const type = COMMON_SETTABLE[name] ?? (tt !== undefined ? scenarioType(tt) : undefined);
  if (!type) throw new Error(`unknown property "${name}" for this block: use one of ${[...new Set([...Object.keys(COMMON_SETTABLE), ...Object.keys(b.terminalDef.props)])].sort().join(", ")}`);
  try {
    coerce(type, value);
  } catch (e) {
    throw new Error(`property "${name}" ${(e as Error).message}`);
  }
}

/** The "set" scenario event. */
export function setBlockProperty(b: SimBlock, name: string, value: unknown): void {
  if (b instanceof SimKindBlock) return b.setFromScenario(name, value);
  checkBlockProperty(b, name, value);
  if (CUBE_FACTS[name]) b.setCubeFact(name as "Mass", coerce(CUBE_FACTS[name]!, value) as number);
  else if (COMMON_SETTABLE[name]) (b as unknown as Record<string, unknown>)[name === "OnOff" ? "Enabled" : name] = value;
  else b.writeTerminal(name, value); // a terminal property of the block's kind
}

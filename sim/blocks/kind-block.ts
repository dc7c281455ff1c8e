// Every block kind of terminal.dat, data-driven (kinds.generated.ts, from the reference): a block
// implements every interface terminal.dat lists for its kind; each simple-typed API property (bool,
// number, string, enum) is a value in a bag, readable by scripts and writable when the API has a
// setter; terminal properties (GetProperty/GetValue/SetValue) and actions (ApplyAction) use
// terminal.dat's names. The few kinds scripts wait on have deterministic dynamics (dynamics.ts).
// Every change of an API-visible value is a "property" trace event.
import * as se from "pbts/se";
import { StringBuilder, unmodelled, type ITerminalAction, type ITerminalProperty } from "pbts/se";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";
import { SimBlock, nullReference, type BlockOptions } from "./block.ts";
import { API_PROPS, BLOCK_KINDS, type KindDef } from "./kinds.generated.ts";
import { familyOf, type Family } from "./dynamics.ts";
import { fillUnmodelled } from "./unmodelled.ts";
import { SimTextSurface } from "./text-surface.ts";

/** A property's value type: bool, float, double, int, long, string or enum:Name. */
export type PropType = string;

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
  for (const [k, d] of Object.entries(BLOCK_KINDS)) if (d.iface === type) return k;
  return null;
}

export function kindNames(): string[] {
  return Object.keys(BLOCK_KINDS);
}

/** The API properties of a kind (its interfaces' simple-typed properties): name -> [type, settable]. */
export function apiPropsOf(def: KindDef): Map<string, [PropType, boolean]> {
  const out = new Map<string, [PropType, boolean]>();
  for (const i of def.interfaces) for (const [n, p] of Object.entries(API_PROPS[i] ?? {})) if (!out.has(n)) out.set(n, p);
  return out;
}

/** Terminal property type (terminal.dat) -> value type. */
const TERMINAL_TYPES: Record<string, PropType> = { Boolean: "bool", Single: "float", Int64: "long", Color: "Color" };

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

/** Check and convert a value for a property type; throws a message naming the expected type. */
export function coerce(type: PropType, value: unknown): unknown {
  if (type === "bool") {
    if (typeof value !== "boolean") throw new Error(`expects true or false, got ${JSON.stringify(value)}`);
    return value;
  }
  if (type === "string") {
    if (typeof value !== "string") throw new Error(`expects a string, got ${JSON.stringify(value)}`);
    return value;
  }
  if (type.startsWith("enum:")) {
    const name = type.slice(5);
    const e = (se as unknown as Record<string, Record<string, unknown>>)[name];
    const names = e ? Object.keys(e).filter((k) => Number.isNaN(Number(k))) : [];
    if (typeof value === "string" && e && names.includes(value)) return e[value];
    if (typeof value === "number" && e && names.some((n) => e[n] === value)) return value;
    throw new Error(`expects a ${name} (${names.join(", ")}), got ${JSON.stringify(value)}`);
  }
  if (type === "Vector3D" || type === "Vector3" || type === "Vector2") {
    const n = type === "Vector2" ? 2 : 3;
    const cls = type === "Vector3D" ? se.Vector3D : type === "Vector3" ? se.Vector3 : se.Vector2;
    if (value instanceof cls) return value;
    if (!Array.isArray(value) || value.length !== n || !value.every((x) => typeof x === "number" && Number.isFinite(x))) throw new Error(`expects a ${type} ([${n === 2 ? "x, y" : "x, y, z"}]), got ${JSON.stringify(value)}`);
    return n === 2 ? new se.Vector2(value[0], value[1]) : new (cls as typeof se.Vector3D)(value[0], value[1], value[2]);
  }
  if (type === "Color") {
    if (value instanceof se.Color) return value;
    if (!Array.isArray(value) || (value.length !== 3 && value.length !== 4) || !value.every((x) => Number.isInteger(x) && x >= 0 && x <= 255)) throw new Error(`expects a Color ([r, g, b] or [r, g, b, a], 0..255), got ${JSON.stringify(value)}`);
    return new se.Color(value[0], value[1], value[2], value[3] ?? 255);
  }
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`expects a number (${type}), got ${JSON.stringify(value)}`);
  if (type === "float") return Math.fround(value);
  if (type === "int" || type === "long") {
    if (!Number.isInteger(value)) throw new Error(`expects an integer (${type}), got ${value}`);
  }
  return value;
}

/** A value as the trace shows it: enums by name, vectors as [x, y(, z)], colours as [R, G, B, A]. */
function traceValue(type: PropType, v: unknown): unknown {
  if (v instanceof se.Vector3D || v instanceof se.Vector3) return [v.X, v.Y, v.Z];
  if (v instanceof se.Vector2) return [v.X, v.Y];
  if (v instanceof se.Color) return [v.R, v.G, v.B, v.A];
  if (type.startsWith("enum:")) {
    const e = (se as unknown as Record<string, Record<string, unknown>>)[type.slice(5)];
    return e?.[v as number] ?? v;
  }
  return v;
}

/** Two values are the same (value types by value). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof se.Color && b instanceof se.Color) return a.Equals(b);
  if ((a instanceof se.Vector3D && b instanceof se.Vector3D) || (a instanceof se.Vector3 && b instanceof se.Vector3)) return Object.is(a.X, b.X) && Object.is(a.Y, b.Y) && Object.is(a.Z, b.Z);
  if (a instanceof se.Vector2 && b instanceof se.Vector2) return Object.is(a.X, b.X) && Object.is(a.Y, b.Y);
  return false;
}

function defaultOf(type: PropType): unknown {
  if (type === "bool") return false;
  if (type === "string") return "";
  if (type === "Vector3D") return se.Vector3D.Zero;
  if (type === "Vector3") return new se.Vector3(0, 0, 0);
  if (type === "Vector2") return new se.Vector2(0, 0);
  if (type === "Color") return new se.Color(255, 255, 255);
  return 0;
}

export class SimKindBlock extends SimBlock {
  readonly interfaces: ReadonlySet<string>;
  readonly DefinitionDisplayNameText: string;
  readonly def: KindDef;
  readonly subtype: string;
  readonly family: Family | null;
  /** API property types (name -> [type, settable]). */
  readonly props: Map<string, [PropType, boolean]>;
  private readonly values = new Map<string, unknown>();
  /** Terminal-only properties (no API member of the same name). */
  private readonly terminalValues = new Map<string, unknown>();
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
    for (const [name, t] of Object.entries(def.props)) {
      if (this.terminalToApi(name) === null && TERMINAL_TYPES[t]) this.terminalValues.set(name, defaultOf(TERMINAL_TYPES[t]!));
    }
    this.family = familyOf(this);
    for (const [name, type] of Object.entries(this.family?.extra ?? {})) {
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
    for (const [name, fn] of Object.entries(this.family?.getters ?? {})) Object.defineProperty(this, name, { configurable: true, get: () => fn(this) });
    for (const name of this.values.keys()) if (this.props.has(name)) this.defineAccessor(name);
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

  worldSim(): World["sim"] {
    return this.world.sim;
  }
  /** One tick of the family's dynamics (simulation.ts, before the scripts run). */
  tickDynamics(): void {
    if (!this.destroyed) this.family?.tick(this);
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
    if (this.world.sim.started && !quiet) {
      const type = this.props.get(name)?.[0] ?? "";
      this.world.sim.trace.add(this.world.sim.tick, this.key, "property", { name, value: traceValue(type, value), by: this.by() });
    }
  }
  private by(): string {
    const runner = this.world.sim.runStack[this.world.sim.runStack.length - 1];
    return runner ? runner.key : "host";
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
      if (api && this.values.has(name)) {
        const v = coerce(api[0], value);
        if (api[1] && this.family?.set?.(this, name, v)) return;
        if (traced) this.put(name, v);
        else this.values.set(name, v);
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
        if (traced) this.put(name, fact(value));
        else this.values.set(name, fact(value));
        this.family?.after?.(this, name);
        return;
      }
    } catch (e) {
      throw new Error(`property "${name}" ${(e as Error).message}`);
    }
    const valid = [...this.props.keys(), ...Object.keys(this.def.props).filter((p) => TERMINAL_TYPES[this.def.props[p]!]), ...Object.keys(this.family?.facts ?? {})];
    throw new Error(`unknown property "${name}" for ${this.def.iface}: use one of ${[...new Set(valid)].sort().join(", ")}`);
  }

  /** Throws what setFromScenario would throw (unknown property, wrong value type), changing nothing. */
  checkScenarioValue(name: string, value: unknown): void {
    const api = this.props.get(name);
    const type = api ? api[0] : name === "OnOff" ? "bool" : this.def.props[name] !== undefined ? TERMINAL_TYPES[this.def.props[name]!] : undefined;
    const fact = this.family?.facts?.[name];
    if (type === undefined && fact) {
      try {
        fact(value);
      } catch (e) {
        throw new Error(`property "${name}" ${(e as Error).message}`);
      }
      return;
    }
    if (type === undefined) {
      if (this.def.props[name] !== undefined) throw unmodelled(`terminal property ${this.def.iface}.${name} (${this.def.props[name]})`);
      const valid = [...this.props.keys(), ...Object.keys(this.def.props).filter((p) => TERMINAL_TYPES[this.def.props[p]!]), ...Object.keys(this.family?.facts ?? {})];
      throw new Error(`unknown property "${name}" for ${this.def.iface}: use one of ${[...new Set(valid)].sort().join(", ")}`);
    }
    try {
      coerce(type, value);
    } catch (e) {
      throw new Error(`property "${name}" ${(e as Error).message}`);
    }
  }

  // ---- terminal properties ----
  /** The API property a terminal property stands for, or null. */
  private terminalToApi(id: string): string | null {
    if (id === "OnOff") return "Enabled";
    if (id === "ShowOnHUD" || id === "ShowInTerminal" || id === "ShowInInventory" || id === "ShowInToolbarConfig") return id;
    const mapped = this.family?.terminal?.[id];
    if (mapped) return mapped;
    // an API property of the same name, settable or not (a door's "Open" terminal property is the
    // read-only IMyDoor.Open: reading it reads the door, setting it opens or closes the door)
    return this.props?.has(id) && this.values?.has(id) ? id : null;
  }
  private terminalType(id: string): PropType {
    const t = this.def.props[id];
    if (t === undefined) throw new Error(`${this.def.iface} has no terminal property "${id}" (properties: ${Object.keys(this.def.props).join(", ")})`);
    const vt = TERMINAL_TYPES[t];
    if (!vt) throw unmodelled(`terminal property ${this.def.iface}.${id} (${t})`);
    return vt;
  }
  /** A terminal property's value (what ITerminalProperty.GetValue reads). */
  readTerminal(id: string): unknown {
    this.terminalType(id);
    const api = this.terminalToApi(id);
    if (api === null) return this.terminalValues.get(id);
    return (this as unknown as Record<string, unknown>)[api];
  }
  /** Set a terminal property (what ITerminalProperty.SetValue does). */
  writeTerminal(id: string, value: unknown): void {
    const type = this.terminalType(id);
    const api = this.terminalToApi(id);
    const v = coerce(api !== null ? (this.props.get(api)?.[0] ?? type) : type, value);
    if (api === null) {
      if (same(this.terminalValues.get(id), v)) return;
      this.terminalValues.set(id, v);
      if (this.world.sim.started) this.world.sim.trace.add(this.world.sim.tick, this.key, "property", { name: id, value: traceValue(type, v), by: this.by() });
      return;
    }
    if (this.family?.terminalSet?.(this, id, v)) return;
    if (BASE_MEMBERS.has(api)) (this as unknown as Record<string, unknown>)[api] = v;
    else if (this.props.get(api)?.[1]) this.scriptSet(api, v);
    else this.put(api, v);
  }
  private readonly propertyObjects = new Map<string, SimTerminalProperty>();
  private readonly actionObjects = new Map<string, SimTerminalAction>();
  override GetProperty(id: string): ITerminalProperty | null {
    const type = this.def.props[id];
    if (type === undefined) return null;
    let p = this.propertyObjects.get(id);
    if (!p) this.propertyObjects.set(id, (p = new SimTerminalProperty(id, type)));
    return p as unknown as ITerminalProperty;
  }
  override GetProperties(list: ITerminalProperty[], collect?: (p: ITerminalProperty) => boolean): void {
    list.length = 0;
    for (const id of Object.keys(this.def.props)) {
      const p = this.GetProperty(id)!;
      if (!collect || collect(p)) list.push(p);
    }
  }

  // ---- actions ----
  override GetActionWithName(name: string): ITerminalAction | null {
    if (!this.def.actions.includes(name)) return null;
    let a = this.actionObjects.get(name);
    if (!a) this.actionObjects.set(name, (a = new SimTerminalAction(name)));
    return a as unknown as ITerminalAction;
  }
  override GetActions(list: ITerminalAction[], collect?: (a: ITerminalAction) => boolean): void {
    list.length = 0;
    for (const n of this.def.actions) {
      const a = this.GetActionWithName(n)!;
      if (!collect || collect(a)) list.push(a);
    }
  }
  override SearchActionsOfName(name: string, list: ITerminalAction[], collect?: (a: ITerminalAction) => boolean): void {
    list.length = 0;
    for (const n of this.def.actions) {
      if (!n.includes(name)) continue;
      const a = this.GetActionWithName(n)!;
      if (!collect || collect(a)) list.push(a);
    }
  }
  /** An action applied (ITerminalAction.Apply): traced, then the family's effect or the generic forms. */
  runAction(name: string): void {
    if (this.world.sim.started) this.world.sim.trace.add(this.world.sim.tick, this.key, "action", { name, by: this.by() });
    if (this.family?.action?.(this, name)) return;
    // Generic forms: X toggles, X_On / X_Off set, on a boolean terminal property.
    const m = /^(.*?)(_On|_Off)?$/.exec(name)!;
    const id = m[1]!;
    if (this.def.props[id] === "Boolean") {
      const v = m[2] === "_On" ? true : m[2] === "_Off" ? false : !this.readTerminal(id);
      this.writeTerminal(id, v);
      return;
    }
    throw unmodelled(`action ${this.def.iface}.${name}`);
  }

  protected override saveExtra(): unknown {
    return { values: [...this.values], terminal: [...this.terminalValues], family: this.family?.save?.(this), surfaces: this.surfaces.map((x) => x.save()) };
  }
  protected override restoreExtra(extra: unknown): void {
    const e = extra as { values: [string, unknown][]; terminal: [string, unknown][]; family: unknown; surfaces: unknown[] };
    e.surfaces.forEach((x, i) => this.surfaces[i]?.restore(x));
    for (const [k, v] of e.values) this.values.set(k, v);
    for (const [k, v] of e.terminal) this.terminalValues.set(k, v);
    this.family?.restore?.(this, e.family);
  }
}

/** A terminal property of a kind (ITerminalProperty<T>): acts on the block it is given, as in the game. */
export class SimTerminalProperty {
  constructor(
    readonly Id: string,
    /** terminal.dat's type: Boolean, Single, Int64, Color, StringBuilder... */
    readonly TypeName: string,
  ) {
    fillUnmodelled(this, ["ITerminalProperty"]);
  }
  GetValue(block: unknown): unknown {
    if (!(block instanceof SimKindBlock)) throw nullReference();
    return block.readTerminal(this.Id);
  }
  SetValue(block: unknown, value: unknown): void {
    if (!(block instanceof SimKindBlock)) throw nullReference();
    block.writeTerminal(this.Id, value);
  }
  // C#'s As<T>/Cast<T> are `as ITerminalProperty<T>`: TS has no T at run time, so they return the property.
  As(): this {
    return this;
  }
  Cast(): this {
    return this;
  }
  AsBool(): this | null {
    return this.TypeName === "Boolean" ? this : null;
  }
  AsFloat(): this | null {
    return this.TypeName === "Single" ? this : null;
  }
  AsColor(): this | null {
    return this.TypeName === "Color" ? this : null;
  }
}

/** A terminal action of a kind (ITerminalAction). Name is the id (the game's display names are not in the reference). */
export class SimTerminalAction {
  constructor(readonly Id: string) {
    fillUnmodelled(this, ["ITerminalAction"]);
  }
  get Name(): StringBuilder {
    return new StringBuilder().Append(this.Id);
  }
  Apply(block: unknown, parameters?: unknown): void {
    if (parameters !== undefined) throw unmodelled("ITerminalAction.Apply");
    if (!(block instanceof SimKindBlock)) throw nullReference();
    block.runAction(this.Id);
  }
  IsEnabled(block: unknown): boolean {
    void block;
    return true;
  }
}

/** Properties a scenario may set on a hand-written block (PB, LCD, antenna, connector, generic block). */
const COMMON_SETTABLE: Record<string, PropType> = { Enabled: "bool", OnOff: "bool", CustomName: "string", CustomData: "string", ShowOnHUD: "bool" };

/** Check a scenario's property value for a block (throws a clear message). */
export function checkBlockProperty(b: SimBlock, name: string, value: unknown): void {
  if (b instanceof SimKindBlock) return b.checkScenarioValue(name, value);
  const type = COMMON_SETTABLE[name];
  if (!type) throw new Error(`unknown property "${name}" for this block: use one of ${Object.keys(COMMON_SETTABLE).join(", ")}`);
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
  (b as unknown as Record<string, unknown>)[name === "OnOff" ? "Enabled" : name] = value;
}

// The world: grids, blocks, joints and block groups, plus the derived topology (topology.ts).
// It holds no tick logic (simulation.ts) and no script logic (blocks/programmable.ts): it answers
// "what exists and how is it joined". Any change that can alter reachability or terminal scope
// calls `changed()`, which drops the cached topology and scopes.
import { fillUnmodelled } from "./blocks/unmodelled.ts";
import { SimAntenna } from "./blocks/antenna.ts";
import { SimBlock, SimGenericBlock, type BlockState } from "./blocks/block.ts";
import { SimConnector } from "./blocks/connector.ts";
import { SimProgrammableBlock, type ProgrammableOptions } from "./blocks/programmable.ts";
import { SimTextPanel } from "./blocks/text-panel.ts";
import { BLOCK_KINDS } from "./blocks/kinds.generated.ts";
import { HANDWRITTEN_KINDS, SimKindBlock, kindNames, resolveKind, setBlockProperty } from "./blocks/kind-block.ts";
import { INVENTORY_KINDS, ItemDefs, SimInventory, defaultLitres, fixed, type InventoryHost, type ItemSpec } from "./blocks/inventory.ts";
import { spriteForTrace, type SurfaceEvents } from "./blocks/text-surface.ts";
import { SimGrid, type Joint, type Vec3 } from "./grid.ts";
import type { BlockGeometrySpec, GridGeometrySpec } from "./blocks/geometry.ts";
import type { IMyEntity, MyDefinitionId, MyItemType } from "pbts/se";
import { definitionId } from "../compiler/se/values/items.ts";
import type { Simulation } from "./simulation.ts";
import type { BlockGroupDef } from "./terminal-system.ts";
import { Topology } from "./topology.ts";
import type { Blueprint } from "./blocks/production.ts";
import { API_BASES } from "../compiler/se/generated/members.ts";

interface CommonSpec extends BlockGeometrySpec {
  name: string;
  customData?: string;
  enabled?: boolean;
  owner?: number;
  entityId?: number;
  /** The items of inventory 0 (a kind with inventories only, inventory.ts INVENTORY_KINDS: it has them anyway). */
  inventory?: ItemSpec[];
  /** The items of each inventory (a refinery's input and output). */
  inventories?: ItemSpec[][];
  /** Each inventory's capacity in litres (default: by kind and subtype). */
  inventoryVolume?: number;
  /**
   * The conveyor sorter this block sits behind: its conveyor ports reach the rest of the construct only
   * through that sorter, so items moving to or from it must pass the sorter's filter (inventory.ts).
   */
  behind?: string;
  /** The conveyor sorter this block feeds: it sits on the sorter's input side (items leave it through the sorter). */
  feeds?: string;
}
export type BlockSpec =
  | (CommonSpec & { type: "programmable" } & Omit<ProgrammableOptions, keyof CommonSpec>)
  | (CommonSpec & { type: "text-panel" })
  | (CommonSpec & { type: "antenna"; radius?: number; broadcasting?: boolean })
  | (CommonSpec & { type: "connector" })
  | (CommonSpec & { type: "block"; interfaces?: string[]; definition?: string })
  /** Any block kind of terminal.dat, by type definition ("BatteryBlock") or interface ("IMyBatteryBlock"). */
  | (CommonSpec & { type: string; subtype?: string; properties?: Record<string, unknown>; rates?: Record<string, number> });

/** The kind each older scenario type name stands for (the inverse of HANDWRITTEN_KINDS). */
const LEGACY_KINDS: Record<string, string> = Object.fromEntries(Object.entries(HANDWRITTEN_KINDS).map(([k, t]) => [t, k]));

/** The terminal.dat kind whose terminal properties and actions a hand-written block has. */
function terminalKindOf(type: string, interfaces: ReadonlySet<string>): string {
  for (const [k, t] of Object.entries(HANDWRITTEN_KINDS)) if (t === type) return k;
  let best: string | null = null;
  let depth = -1;
  for (const i of interfaces) {
    const k = resolveKind(i);
    const d = API_BASES[i]?.length ?? 0;
    if (k && BLOCK_KINDS[k]!.iface === i && d > depth) [best, depth] = [k, d];
  }
  return best ?? (interfaces.has("IMyFunctionalBlock") ? "FunctionalBlock" : "TerminalBlock");
}

export interface GridSpec extends GridGeometrySpec {
  name: string;
  position?: Vec3;
  /** m/s, world: IMyCubeGrid.LinearVelocity/Speed and the default of its ship controllers' LinearVelocity. */
  linearVelocity?: Vec3;
  isStatic?: boolean;
  entityId?: number;
}

export interface WorldSnapshot {
  blocks: Map<SimBlock, BlockState>;
  grids: Map<SimGrid, { position: Vec3; velocity: Vec3; powered: boolean }>;
  joints: Map<Joint, boolean>;
}

export class World implements InventoryHost {
  readonly grids: SimGrid[] = [];
  readonly blocks: SimBlock[] = [];
  /** The blocks with dynamics (doors, pistons, ...), ticked in creation order. */
  readonly kindBlocks: SimKindBlock[] = [];
  /** The PBs in creation order: the default run order and IGC delivery order. */
  readonly pbs: SimProgrammableBlock[] = [];
  readonly joints: Joint[] = [];
  readonly groups: BlockGroupDef[] = [];
  private readonly byKey = new Map<string, SimBlock>();
  private readonly gridByKey = new Map<string, SimGrid>();
  private readonly pbByEntityId = new Map<number, SimProgrammableBlock>();
  /** Blocks added so far per grid and "kind/subtype" (numberInGrid's counter, MyCubeGrid's). */
  private readonly placed = new Map<SimGrid, Map<string, number>>();
  private topo: Topology | null = null;
  private readonly scopes = new Map<string, SimBlock[]>();
  /** Item types' unit mass and volume (inventory.ts defaults, the scenario's overrides). */
  readonly itemDefs = new ItemDefs();
  /** The scenario's blueprints (production.ts: what a production block's queue makes). */
  blueprints = new Map<string, Blueprint>();
  /** Bumped on every change; useful to observe that something happened. */
  version = 0;

  constructor(readonly sim: Simulation) {}

  changed(): void {
    this.version++;
    this.sim.markChanged(); // a status may have changed (sim/simulation.ts checkStates)
    this.topo = null;
    this.scopes.clear();
  }
  topology(): Topology {
    return (this.topo ??= new Topology(this));
  }

  addGrid(spec: GridSpec): SimGrid {
    if (this.gridByKey.has(spec.name)) throw new Error(`Grid "${spec.name}" is defined twice`);
    const g = new SimGrid(this, spec.name, this.sim.ids.allocate(spec.entityId), { position: spec.position, linearVelocity: spec.linearVelocity, isStatic: spec.isStatic, forward: spec.forward, up: spec.up, gridSize: spec.gridSize });
    this.grids.push(g);
    this.gridByKey.set(spec.name, g);
    this.changed();
    return g;
  }

  addBlock(grid: SimGrid | string, spec: BlockSpec): SimBlock {
    const g = typeof grid === "string" ? this.grid(grid) : grid;
    let key = spec.name;
    for (let i = 2; this.byKey.has(key); i++) key = `${spec.name}#${i}`;
    const id = this.sim.ids.allocate(spec.entityId);
    let b: SimBlock;
    // The older names ("connector", ...) are their kind's hand-written class: one kind, one behaviour
    // (interfaces, inventories, terminal properties) whichever name the scenario uses.
    const kind = resolveKind(spec.type) ?? LEGACY_KINDS[spec.type] ?? null;
    const type = kind && HANDWRITTEN_KINDS[kind] ? HANDWRITTEN_KINDS[kind] : spec.type;
    const sub = (spec as { subtype?: unknown }).subtype;
    if (kind && HANDWRITTEN_KINDS[kind] && sub !== undefined && !BLOCK_KINDS[kind]!.subtypes.includes(sub as string)) {
      throw new Error(`unknown subtype ${JSON.stringify(sub)} for ${kind}: use one of ${BLOCK_KINDS[kind]!.subtypes.join(", ")}`);
    }
    switch (type) {
      case "programmable": {
        const ps = spec as ProgrammableOptions & CommonSpec;
        const pb = new SimProgrammableBlock(this, key, g, id, ps);
        // A phase is the tick's remainder, 0 to n-1: 20 would never run (tick % 10 is never 20), silently.
        for (const [f, n] of [["phase10", 10], ["phase100", 100]] as const) {
          const v = ps[f];
          if (v !== undefined && !(Number.isInteger(v) && v >= 0 && v < n)) throw new Error(`"${f}" must be a whole number from 0 to ${n - 1} (the tick's remainder when ${n === 10 ? "Update10" : "Update100"} runs), got ${JSON.stringify(v)}`);
        }
        pb.phase10 = ps.phase10 ?? this.sim.drawPhase(10);
        pb.phase100 = ps.phase100 ?? this.sim.drawPhase(100);
        b = pb;
        break;
      }
      case "text-panel":
        b = new SimTextPanel(this, key, g, id, spec);
        break;
      case "antenna":
        b = new SimAntenna(this, key, g, id, spec);
        break;
      case "connector":
        b = new SimConnector(this, key, g, id, spec);
        break;
      case "block":
        b = new SimGenericBlock(this, key, g, id, spec as CommonSpec & { interfaces?: string[]; definition?: string });
        break;
      default: {
        if (!kind) {
          throw new Error(`unknown block type "${spec.type}": use programmable, text-panel, antenna, connector, block, or a block kind of terminal.dat (type definition or interface name): ${kindNames().join(", ")}`);
        }
        const kb = new SimKindBlock(this, key, g, id, { ...(spec as CommonSpec & { subtype?: string; properties?: Record<string, unknown>; rates?: Record<string, number> }), kind });
        if (kb.family) this.kindBlocks.push(kb);
        b = kb;
      }
    }
    // A hand-written class built from a terminal.dat kind name answers to every interface of that kind.
    if (kind && HANDWRITTEN_KINDS[kind]) for (const i of BLOCK_KINDS[kind]!.interfaces) (b.interfaces as Set<string>).add(i);
    // Its terminal properties and actions are its kind's (a "block" takes the kind of its most specific interface).
    if (!(b instanceof SimKindBlock)) b.terminalDef = BLOCK_KINDS[terminalKindOf(type, b.interfaces)]!;
    b.definitionSubtype = b instanceof SimKindBlock ? b.subtype : typeof sub === "string" ? sub : (b.terminalDef.subtypes[0] ?? "");
    // The game numbers a grid's blocks of one definition 1, 2, ... as they are placed (MyCubeGrid's
    // per-definition counter): here, in the scenario's order (a "properties" NumberInGrid overrides it).
    // One counter per grid, kind and subtype, counted when the block is added below (a block's grid,
    // kind and subtype never change once added): O(1) a block instead of a scan of every block.
    const counterKey = `${b.terminalKind()}/${b.definitionSubtype}`;
    let counters = this.placed.get(g);
    if (counters === undefined) this.placed.set(g, (counters = new Map()));
    const placedBefore = counters.get(counterKey) ?? 0;
    if (b.numberInGrid === 0) b.numberInGrid = 1 + placedBefore;
    if (!(b instanceof SimKindBlock)) this.handWrittenExtras(b, spec);
    this.addInventories(b, kind, spec);
    if (spec.behind !== undefined) {
      if (typeof spec.behind !== "string") throw new Error(`"behind" must be the name of a conveyor sorter, got ${JSON.stringify(spec.behind)}`);
      this.behind.set(b, spec.behind);
    }
    if (spec.feeds !== undefined) {
      if (typeof spec.feeds !== "string") throw new Error(`"feeds" must be the name of a conveyor sorter, got ${JSON.stringify(spec.feeds)}`);
      if (spec.behind !== undefined) throw new Error(`"behind" and "feeds": a block sits on one side of a sorter (behind: its output side; feeds: its input side), not both`);
      this.feeds.set(b, spec.feeds);
    }
    fillUnmodelled(b, b.interfaces);
    this.blocks.push(b);
    counters.set(counterKey, placedBefore + 1);
    // A PB joins the run order only once every check above passed (a refused block is in no list)
    if (b instanceof SimProgrammableBlock) {
      this.pbs.push(b);
      this.pbByEntityId.set(id, b);
    }
    this.byKey.set(key, b);
    this.changed();
    return b;
  }

  /**
   * `properties` of a hand-written block (PB, LCD, antenna, connector, "block"): set as a `set` event
   * would (checked: the common ones and its kind's terminal properties); `rates` and `surfaces`, which
   * only the terminal.dat kinds take, are errors rather than ignored.
   */
  private handWrittenExtras(b: SimBlock, spec: BlockSpec): void {
    const extra = spec as { properties?: unknown; rates?: unknown; surfaces?: unknown };
    if (extra.rates !== undefined) throw new Error(`"rates" are for blocks with dynamics (doors, pistons, rotors, batteries, air vents, solar panels): this block has none`);
    if (extra.surfaces !== undefined) throw new Error(`"surfaces" is fixed for this block (a PB has 2, an LCD panel 1): only cockpits, button panels and other screen providers take it`);
    if (extra.properties === undefined) return;
    if (typeof extra.properties !== "object" || extra.properties === null || Array.isArray(extra.properties)) throw new Error(`"properties" must be an object of property names and values, got ${JSON.stringify(extra.properties)}`);
    for (const [name, value] of Object.entries(extra.properties)) setBlockProperty(b, name, value);
  }

  /** A block's inventories: as many as its kind has (inventory.ts INVENTORY_KINDS); items for a kind without are an error. */
  private addInventories(b: SimBlock, kind: string | null, spec: BlockSpec): void {
    const lists: ItemSpec[][] = spec.inventories ?? (spec.inventory ? [spec.inventory] : []);
    if (!Array.isArray(lists) || lists.some((l) => !Array.isArray(l))) throw new Error(`"inventory" must be an array of items, "inventories" an array of such arrays`);
    // As many as the kind has in the game (a "block" takes its terminal kind's): items for more are an error
    const count = INVENTORY_KINDS[kind ?? b.terminalKind()] ?? 0;
    if (lists.length > count || (count === 0 && spec.inventoryVolume !== undefined)) {
      const what = count === 0 ? "has no inventory in the game" : `has ${count} inventor${count === 1 ? "y" : "ies"} in the game`;
      const kinds = Object.entries(INVENTORY_KINDS).map(([k, n]) => (n > 1 ? `${k} (${n})` : k)).join(", ");
      throw new Error(`"${spec.inventories ? "inventories" : spec.inventory ? "inventory" : "inventoryVolume"}": a ${kind ?? b.terminalKind()} ${what}: put the items in a block that has one: ${kinds}`);
    }
    const subtype = b instanceof SimKindBlock ? b.subtype : "";
    const litres = spec.inventoryVolume ?? defaultLitres(subtype);
    if (typeof litres !== "number" || !(litres >= 0)) throw new Error(`"inventoryVolume" must be a number of litres >= 0, got ${JSON.stringify(litres)}`);
    for (let i = 0; i < count; i++) {
      const inv = new SimInventory(this, b, i, litres);
      for (const item of lists[i] ?? []) inv.load(item);
      b.inventories.push(inv);
    }
  }

  /** A scenario's items must fit their inventory (checked after every block: an item's volume holds world-wide). */
  checkInventories(): void {
    for (const b of this.blocks) {
      for (const inv of b.inventories) {
        const used = inv.usedLitres();
        if (used <= inv.litres) continue;
        const which = b.inventories.length > 1 ? ` ${inv.index}` : "";
        const l = (n: number) => `${Math.round(n * 1000) / 1000} L`;
        throw new Error(`block "${b.CustomName}": the items of its inventory${which} take ${l(used)}, more than it holds (${l(inv.litres)}). Give the block "inventoryVolume": ${Math.ceil(used)} (litres) or more, or fewer items`);
      }
    }
  }

  /** Each block's `behind` sorter name (scenario), checked by checkConveyors. */
  private readonly behind = new Map<SimBlock, string>();
  /** The sorters `b` sits behind, nearest first (its `behind` sorter, that sorter's, ...). */
  private sorterChain(b: SimBlock): SimBlock[] {
    const chain: SimBlock[] = [];
    for (let name = this.behind.get(b); name !== undefined; ) {
      const s = this.block(name);
      if (chain.includes(s)) break;
      chain.push(s);
      name = this.behind.get(s);
    }
    return chain;
  }
  /** Each block's `feeds` sorter name (scenario): it sits on that sorter's input side. */
  private readonly feeds = new Map<SimBlock, string>();
  /** Check every `behind` and `feeds`: a conveyor sorter of the world, no loop (a clear error naming the block). */
  checkConveyors(): void {
    const sorters = this.blocks.filter((x) => x.interfaces.has("IMyConveyorSorter")).map((x) => x.key);
    for (const [field, map] of [["behind", this.behind], ["feeds", this.feeds]] as const) {
      for (const [b, name] of map) {
        const s = this.byKey.get(name);
        if (!s || !s.interfaces.has("IMyConveyorSorter")) {
          throw new Error(`block "${b.key}": "${field}" names ${JSON.stringify(name)}, which is not a conveyor sorter: use one of ${sorters.join(", ") || "(no sorter in the scenario)"}`);
        }
      }
    }
    for (const b of this.behind.keys()) if (this.sorterChain(b).includes(b)) throw new Error(`block "${b.key}": "behind" makes a loop of sorters (${this.sorterChain(b).map((x) => x.key).join(" -> ")})`);
  }
  /** The sides of sorters `b` sits on: "out" behind each of its chain (the output side), "in" for the one it feeds. */
  private gates(b: SimBlock): { sorter: SimBlock; side: "in" | "out" }[] {
    const out: { sorter: SimBlock; side: "in" | "out" }[] = this.sorterChain(b).map((sorter) => ({ sorter, side: "out" as const }));
    const f = this.feeds.get(b);
    if (f !== undefined) out.push({ sorter: this.block(f), side: "in" });
    return out;
  }
  /**
   * Whether an item of `type` may move from block a's inventory to block b's through the sorters between
   * them. A sorter lets items through one way only, from its input side (blocks that `feeds` it, or the
   * rest of the construct) to its output side (blocks `behind` it, or the rest), as the arrow on the
   * game's block, and only those its IsAllowed(item) lets pass (MyGridConveyorSystem.IsAccessAllowed;
   * false unless the sorter is working). Moving against a sorter is refused, whatever its filter.
   */
  sortersAllow(a: IMyEntity, b: IMyEntity, type: MyItemType): boolean {
    if (!(a instanceof SimBlock) || !(b instanceof SimBlock) || (this.behind.size === 0 && this.feeds.size === 0)) return true;
    const ga = this.gates(a);
    const gb = this.gates(b);
    const shared = (g: { sorter: SimBlock; side: string }, other: { sorter: SimBlock; side: string }[]) => other.some((o) => o.sorter === g.sorter && o.side === g.side);
    const passed = new Set<SimBlock>();
    // leaving a: out of an output side is against the arrow; out of an input side goes through
    for (const g of ga) if (!shared(g, gb)) {
      if (g.side === "out") return false;
      passed.add(g.sorter);
    }
    // entering b: into an output side goes through; into an input side is against the arrow
    for (const g of gb) if (!shared(g, ga)) {
      if (g.side === "in") return false;
      passed.add(g.sorter);
    }
    const id = definitionId(type.TypeId, type.SubtypeId);
    return [...passed].every((s) => (s as unknown as { IsAllowed(id: MyDefinitionId): boolean }).IsAllowed(id));
  }

  /**
   * A sorter's Drain All (dynamics.ts sorter, every `drainTicks`): it pulls every item it allows from its
   * input side (the blocks that feed it, else every other inventory it is conveyor-connected to) and
   * pushes it to its output side (the blocks behind it, else every other inventory), whole stacks as far
   * as they fit, in scenario order; each move is an "inventory" event by the sorter. A sorter with no
   * block on either side has nothing to drain.
   */
  drainThrough(sorter: SimBlock): void {
    const fed = this.blocks.filter((b) => this.feeds.get(b) === sorter.key);
    const behind = this.blocks.filter((b) => this.behind.get(b) === sorter.key);
    if (!fed.length && !behind.length) return;
    const rest = this.blocks.filter((b) => b !== sorter && !fed.includes(b) && !behind.includes(b) && b.inventories.length > 0 && this.conveyorConnected(b, sorter));
    const from = (fed.length ? fed : rest).filter((b) => !b.destroyed);
    const to = (behind.length ? behind : rest).filter((b) => !b.destroyed);
    const allowed = sorter as unknown as { IsAllowed(id: MyDefinitionId): boolean };
    this.drainBy = sorter.key;
    try {
      for (const src of from) for (const inv of src.inventories) {
        for (let i = 0; i < inv.ItemCount; ) {
          const item = inv.GetItemAt(i)!;
          let moved = false;
          if (allowed.IsAllowed(definitionId(item.Type.TypeId, item.Type.SubtypeId))) {
            for (const dst of to) for (const d of dst.inventories) if (!moved && inv.TransferItemTo(d, i, null, true, null)) moved = inv.GetItemAt(i)?.ItemId !== item.ItemId;
          }
          if (!moved) i++; // a whole stack moved: the next one is at i now
        }
      }
    } finally {
      this.drainBy = null;
    }
  }
  /** The sorter draining (the `by` of its inventory events), or null. */
  private drainBy: string | null = null;

  /** Inventories are joined by conveyors within a connected group (constructs joined by connected connectors). */
  conveyorConnected(a: IMyEntity, b: IMyEntity): boolean {
    if (!(a instanceof SimBlock) || !(b instanceof SimBlock)) return false;
    if (!a.IsFunctional || !b.IsFunctional) return false;
    const topo = this.topology();
    return topo.connectedId(a.grid) === topo.connectedId(b.grid);
  }

  onTransfer(from: SimInventory, to: SimInventory, type: MyItemType, raw: bigint): void {
    if (!this.sim.started) return;
    const runner = this.sim.runner;
    const by = this.drainBy ?? (runner ? runner.key : "host");
    this.sim.trace.add(this.sim.tick, from.owner.key, "inventory", {
      item: type.ToString(),
      amount: fixed(raw).ToString(),
      ...(from.index ? { inventory: from.index } : {}),
      to: to.owner.key,
      ...(to.index ? { toInventory: to.index } : {}),
      by,
    });
  }

  addJoint(key: string, a: SimGrid | string, b: SimGrid | string, kind: Joint["kind"] = "rotor", attached = true): Joint {
    const j: Joint = { key, kind, a: typeof a === "string" ? this.grid(a) : a, b: typeof b === "string" ? this.grid(b) : b, attached };
    this.joints.push(j);
    this.changed();
    return j;
  }

  addGroup(name: string, blocks: (SimBlock | string)[]): void {
    this.groups.push({ name, blocks: blocks.map((b) => (typeof b === "string" ? this.block(b) : b)) });
  }

  grid(key: string): SimGrid {
    const g = this.gridByKey.get(key);
    if (!g) throw new Error(`No grid named "${key}" (grids: ${namesOf([...this.gridByKey.keys()])})`);
    return g;
  }
  block(key: string): SimBlock {
    const b = this.byKey.get(key);
    if (!b) throw new Error(`No block named "${key}" (blocks: ${namesOf([...this.byKey.keys()])})`);
    return b;
  }
  pb(key: string): SimProgrammableBlock {
    const b = this.block(key);
    if (!(b instanceof SimProgrammableBlock)) throw new Error(`Block "${key}" is not a programmable block`);
    return b;
  }
  joint(key: string): Joint {
    const j = this.joints.find((x) => x.key === key);
    if (!j) throw new Error(`No joint named "${key}"`);
    return j;
  }
  pbById(entityId: number): SimProgrammableBlock | undefined {
    return this.pbByEntityId.get(entityId);
  }

  /** GridTerminalSystem scope of a PB (see terminal-system.ts), cached until the next change. */
  blocksVisibleFrom(pb: SimProgrammableBlock): readonly SimBlock[] {
    const topo = this.topology();
    const group = topo.connectedId(pb.grid);
    const cacheKey = `${group}:${pb.ownerId}`;
    let list = this.scopes.get(cacheKey);
    if (!list) {
      list = this.blocks.filter(
        (b) => !b.destroyed && topo.connectedId(b.grid) === group && (b.ownerId === pb.ownerId || b.ownerId === 0),
      );
      this.scopes.set(cacheKey, list);
    }
    return list;
  }

  /** Block values changed so far (SimKindBlock.put and the values set without an event). */
  valueChanges = 0;
  /** The change count at which every kind block was last found settled (-1: some block moves). */
  private settledAt = -1;
  /** Grows whenever something a block's dynamics read may have changed: a block value, or whatever
   *  calls Simulation.markChanged (enabled, functional, power, topology, actions, compile...). */
  changeCount(): number {
    return this.sim.changes + this.valueChanges;
  }
  /** Whether no kind block would change anything in the next tick (Simulation.quietTicks). */
  get dynamicsSettled(): boolean {
    return this.kindBlocks.length === 0 || this.settledAt === this.changeCount();
  }
  /** One tick of every kind block's dynamics (doors, pistons, rotors, batteries, vents, timers), in
   *  creation order. A settled block (its last tick
   *  changed nothing, nothing changed since) is skipped: its tick would change nothing again. */
  tickBlocks(): void {
    const blocks = this.kindBlocks;
    if (blocks.length === 0 || this.settledAt === this.changeCount()) return;
    let moving = false;
    for (const b of blocks) {
      if (b.settledAt === this.changeCount()) continue;
      b.tickDynamics();
      if (b.settledAt < 0) moving = true;
    }
    if (moving) return;
    const now = this.changeCount();
    this.settledAt = blocks.every((b) => b.settledAt === now) ? now : -1;
  }

  /** A text surface changed: a "text" event (surface: the PB surface index, absent for an LCD). */
  onTextChanged(block: SimBlock, surface: number | null, text: string): void {
    if (!this.sim.started) return;
    const runner = this.sim.runner;
    this.sim.trace.add(this.sim.tick, block.key, "text", { ...(surface === null ? {} : { surface }), text, by: runner ? runner.key : "host" });
  }

  /** What a text surface tells its block: "text", "property" (with `surface` unless an LCD's face) and "sprites" events. */
  surfaceEvents(block: SimBlock, surface: number | null): SurfaceEvents {
    const where = surface === null ? {} : { surface };
    const by = () => {
      const runner = this.sim.runner;
      return runner ? runner.key : "host";
    };
    return {
      text: (text) => this.onTextChanged(block, surface, text),
      property: (name, value) => {
        if (this.sim.started) this.sim.trace.add(this.sim.tick, block.key, "property", { ...where, name, value, by: by() });
      },
      sprites: (sprites) => {
        if (this.sim.started) this.sim.trace.add(this.sim.tick, block.key, "sprites", { ...where, sprites: sprites.map(spriteForTrace), by: by() });
      },
    };
  }

  onCustomDataChanged(block: SimBlock, value: string): void {
    const runner = this.sim.runner;
    this.sim.trace.add(this.sim.tick, block.key, "customData", { value, by: runner ? runner.key : "host" });
  }

  snapshot(): WorldSnapshot {
    return {
      blocks: new Map(this.blocks.map((b) => [b, b.saveState()])),
      grids: new Map(this.grids.map((g) => [g, { position: [...g.position] as Vec3, velocity: [...g.velocity] as Vec3, powered: g.powered }])),
      joints: new Map(this.joints.map((j) => [j, j.attached])),
    };
  }
  restore(s: WorldSnapshot): void {
    for (const [b, state] of s.blocks) b.restoreState(state);
    for (const [g, state] of s.grids) {
      g.position = [...state.position] as Vec3;
      g.velocity = [...state.velocity] as Vec3;
      g.powered = state.powered;
    }
    for (const [j, attached] of s.joints) j.attached = attached;
    this.changed();
  }
}

/** Names for an error message (the first 12, then how many more). */
function namesOf(names: string[]): string {
  if (!names.length) return "none";
  return names.length > 12 ? `${names.slice(0, 12).join(", ")} and ${names.length - 12} more` : names.join(", ");
}

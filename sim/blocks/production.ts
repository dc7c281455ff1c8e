// Production blocks (assemblers, refineries, survival kits: IMyProductionBlock): the queue, as the
// game's MyProductionBlock and MyAssembler keep it (Keen's public source, its last code drop:
// Sources/Sandbox.Game/Game/Entities/Blocks/MyProductionBlock.cs, MyAssembler.cs), and production at a
// documented rate. Blueprints are scenario facts (the scenario's "blueprints": the game's definitions
// are not in the reference): a blueprint is MyObjectBuilder_BlueprintDefinition/<name>, with the items
// one unit uses ("inputs"), makes ("results") and its time in seconds.
// From the source: AddQueueItem/InsertQueueItem add to the entry of the same blueprint at that index,
// or at the end when appending, else insert a new entry with the next item id (NextItemId, whose read
// takes an id, as the game's getter does); an index past the end appends. RemoveQueueItem(i, amount)
// removes the whole entry i whatever the amount (OnRemoveQueueItem), i = -1 takes `amount` off the first
// entry, any other index does nothing; ClearQueue removes every entry. An assembler keeps a queue per
// mode (switching Mode swaps them and resets CurrentProgress) and a Repeating flag per mode (a finished
// unit is queued again at the end); removing or replacing the first entry resets CurrentProgress.
// pbts readings (not in the source or the reference): GetQueue clears the list first; an amount <= 0
// queues nothing; a unit takes round(seconds × 60 / speed) ticks (rate "speed", default 1: the world's
// and the block's speed, upgrades); CooperativeMode is stored only (no assembler shares work); a
// refinery's queue is what the scenario and scripts put in it (the game rebuilds it from its ores);
// nothing is pulled or pushed through conveyors. Each tick a working block with a queue works on its
// first entry when its input inventory holds one unit's inputs and its output has room for the results
// (disassembling: the other way round); at the last tick of a unit it takes the inputs and adds the
// results (inventory.ts consume/produce) and takes 1 off the entry. IsProducing is true while the block
// works with a non-empty queue and has what the entry needs. Every queue change is a "property" event
// { name: "Queue", value: ["SteelPlate 10", ...] }.
import { MyAssemblerMode, MyDefinitionId, MyFixedPoint, MyItemType, MyProductionItem } from "pbts/se";
import { definitionId, definitionTypeName } from "../../compiler/se/values/items.ts";
import type { Family } from "./dynamics.ts";
import { acceptsOf, fixed, rawFromAmount, rawOf, type SimInventory } from "./inventory.ts";
import type { SimKindBlock } from "./kind-block.ts";

const BLUEPRINT_TYPE = "MyObjectBuilder_BlueprintDefinition";

/** A blueprint (the scenario's "blueprints"): what one unit uses and makes, and its time. */
export interface Blueprint {
  name: string;
  inputs: [MyItemType, bigint][];
  results: [MyItemType, bigint][];
  seconds: number;
}

/** The scenario's blueprint table: name -> { inputs: { "Ingot/Iron": 21 }, results: { "Component/SteelPlate": 1 }, seconds: 1 }. */
export function parseBlueprints(spec: unknown): Map<string, Blueprint> {
  if (!spec || typeof spec !== "object" || Array.isArray(spec)) throw new Error(`"blueprints" must be an object: { "SteelPlate": { "inputs": { "Ingot/Iron": 21 }, "results": { "Component/SteelPlate": 1 }, "seconds": 1 } }`);
  const out = new Map<string, Blueprint>();
  for (const [name, b] of Object.entries(spec as Record<string, unknown>)) {
    const where = `blueprint "${name}"`;
    const bp = b as Record<string, unknown>;
    if (!bp || typeof bp !== "object") throw new Error(`${where}: expects { "inputs": {...}, "results": {...}, "seconds": n }`);
    const extra = Object.keys(bp).find((k) => !["inputs", "results", "seconds"].includes(k));
    if (extra !== undefined) throw new Error(`${where}: unknown field "${extra}": a blueprint takes inputs, results, seconds`);
    const seconds = bp.seconds ?? 1;
    if (typeof seconds !== "number" || !(seconds > 0)) throw new Error(`${where}: "seconds" must be a positive number, got ${JSON.stringify(seconds)}`);
    out.set(name, { name, inputs: items(bp.inputs, `${where}, inputs`), results: items(bp.results, `${where}, results`), seconds });
  }
  return out;
}
function items(v: unknown, where: string): [MyItemType, bigint][] {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error(`${where}: expects an object of "Type/Subtype": amount (e.g. { "Ingot/Iron": 21 })`);
  return Object.entries(v as Record<string, unknown>).map(([id, amount]) => {
    const slash = id.indexOf("/");
    if (slash <= 0) throw new Error(`${where}: "${id}" is not "Type/Subtype" (e.g. "Ingot/Iron")`);
    const type = id.slice(0, slash);
    const raw = rawFromAmount(amount);
    if (raw <= 0n) throw new Error(`${where}: "${id}" needs an amount above 0`);
    return [new MyItemType(type.startsWith("MyObjectBuilder_") ? type : `MyObjectBuilder_${type}`, id.slice(slash + 1)), raw];
  });
}

interface Entry {
  id: number;
  bp: string;
  raw: bigint;
}
interface ProductionState {
  queue: Entry[];
  /** An assembler's queue of the other mode (MyAssembler.m_otherQueue). */
  other: Entry[];
  nextId: number;
  /** Ticks done of the first entry's current unit. */
  ticks: number;
  /** Repeating per mode: [assembly, disassembly]. */
  repeat: [boolean, boolean];
}
const states = new WeakMap<SimKindBlock, ProductionState>();
function stateOf(b: SimKindBlock): ProductionState {
  let s = states.get(b);
  if (!s) states.set(b, (s = { queue: [], other: [], nextId: 0, ticks: 0, repeat: [false, false] }));
  return s;
}

function blueprints(b: SimKindBlock): Map<string, Blueprint> {
  return b.worldSim().world.blueprints;
}
const isAssembler = (b: SimKindBlock) => b.interfaces.has("IMyAssembler");
const disassembling = (b: SimKindBlock) => isAssembler(b) && b.get("Mode") === MyAssemblerMode.Disassembly;

/** The blueprint a definition id names, if the world has it and this block can use it (CanUseBlueprint). */
function usable(b: SimKindBlock, id: unknown): Blueprint | null {
  if (!(id instanceof MyDefinitionId) || definitionTypeName(id) !== BLUEPRINT_TYPE) return null;
  const bp = blueprints(b).get(id.SubtypeName);
  if (!bp) return null;
  // what its inventories take (inventory.ts acceptsOf: assemblers ingots in, refineries ores in...)
  const input = acceptsOf(b.interfaces, 0);
  const output = acceptsOf(b.interfaces, 1);
  if (input && !bp.inputs.every(([t]) => input(t))) return null;
  if (output && !bp.results.every(([t]) => output(t))) return null;
  return bp;
}

/** An amount argument: a MyFixedPoint, or a number as C#'s (MyFixedPoint)double (the decimal and double overloads). */
function amountRaw(v: unknown): bigint {
  if (v instanceof MyFixedPoint) return rawOf(v);
  if (typeof v !== "number") throw new Error("Object reference not set to an instance of an object.");
  const scaled = v * 1000000 + 0.5;
  if (scaled >= 9223372036854775807) return 9223372036854775807n;
  if (scaled <= -9223372036854775808) return -9223372036854775808n;
  return BigInt(Math.trunc(scaled));
}

function traceQueue(b: SimKindBlock): void {
  const sim = b.worldSim();
  if (!sim.started) return;
  const value = stateOf(b).queue.map((e) => `${e.bp} ${fixed(e.raw).ToString()}`);
  sim.trace.add(sim.tick, b.key, "property", { name: "Queue", value, by: b.runner() });
}
function resetProgress(b: SimKindBlock): void {
  stateOf(b).ticks = 0;
  if (isAssembler(b)) b.put("CurrentProgress", 0, true);
}

/** MyProductionBlock.InsertQueueItem (with MyAssembler's: a new first blueprint resets the progress). */
function insert(b: SimKindBlock, idx: number, bp: Blueprint, raw: bigint): void {
  const s = stateOf(b);
  const q = s.queue;
  if (idx === 0 && q.length > 0 && q[0]!.bp !== bp.name) resetProgress(b);
  if (idx >= 0 && idx < q.length && q[idx]!.bp === bp.name) q[idx]!.raw += raw;
  else if (q.length > 0 && (idx >= q.length || idx === -1) && q[q.length - 1]!.bp === bp.name) q[q.length - 1]!.raw += raw;
  else {
    if (idx < -1) throw new Error("Index must be within the bounds of the List.\nParameter name: index");
    q.splice(idx === -1 || idx > q.length ? q.length : idx, 0, { id: s.nextId++, bp: bp.name, raw });
  }
  traceQueue(b);
}
function queueItem(b: SimKindBlock, idx: unknown, blueprint: unknown, amount: unknown): void {
  const raw = amountRaw(amount);
  const bp = usable(b, blueprint);
  if (!bp || raw <= 0n) return;
  insert(b, idx as number, bp, raw);
}
/** MyProductionBlock.OnRemoveQueueItem: the whole entry at idx, or `amount` off the first (idx -1). */
function remove(b: SimKindBlock, idx: number, raw: bigint): void {
  const q = stateOf(b).queue;
  if (idx === -1) {
    if (!q.length) return;
    const first = q[0]!;
    first.raw -= raw < 0n ? 0n : raw > first.raw ? first.raw : raw;
    if (first.raw <= 0n) {
      q.shift();
      resetProgress(b);
    }
  } else {
    if (idx < 0 || idx >= q.length) return;
    q.splice(idx, 1);
    if (idx === 0) resetProgress(b);
  }
  traceQueue(b);
}
/** MyProductionBlock.MoveQueueItem (and MyAssembler's progress reset when another blueprint comes first). */
function move(b: SimKindBlock, itemId: number, target: number): void {
  const q = stateOf(b).queue;
  const i = q.findIndex((e) => e.id === itemId);
  if (i < 0) return;
  if (target === 0 && q[i]!.bp !== q[0]!.bp) resetProgress(b);
  target = Math.min(q.length - 1, target);
  if (i === target) return;
  const [e] = q.splice(i, 1);
  // a negative target: the source's List.Insert throws, the entry already taken out
  if (target < 0) {
    traceQueue(b);
    throw new Error("Index must be within the bounds of the List.\nParameter name: index");
  }
  const merge = target < q.length && q[target]!.bp === e!.bp ? target : target - 1 >= 0 && q[target - 1]!.bp === e!.bp ? target - 1 : -1;
  if (merge >= 0) q[merge]!.raw += e!.raw;
  else q.splice(target, 0, e!);
  traceQueue(b);
}

/** Whether the block has what the first entry's next unit needs (MyAssembler.CheckInventory). */
function canMake(b: SimKindBlock, bp: Blueprint): boolean {
  const input = b.inventories[0] as SimInventory | undefined;
  const output = (b.inventories[1] ?? b.inventories[0]) as SimInventory | undefined;
  if (!input || !output) return false;
  const [from, to, use, make] = disassembling(b) ? [output, input, bp.results, bp.inputs] : [input, output, bp.inputs, bp.results];
  return use.every(([t, raw]) => from.ContainItems(fixed(raw), t)) && make.every(([t, raw]) => to.room(t) >= raw);
}
function finishUnit(b: SimKindBlock, bp: Blueprint): void {
  const input = b.inventories[0] as SimInventory;
  const output = (b.inventories[1] ?? b.inventories[0]) as SimInventory;
  const [from, to, use, make] = disassembling(b) ? [output, input, bp.results, bp.inputs] : [input, output, bp.inputs, bp.results];
  for (const [t, raw] of use) from.consume(t, raw);
  for (const [t, raw] of make) to.produce(t, raw);
  const s = stateOf(b);
  // MyAssembler.UpdateProduction: a repeating assembler queues the finished unit again at the end
  if (isAssembler(b) && s.repeat[disassembling(b) ? 1 : 0] && !disassembling(b)) insert(b, -1, bp, 1000000n);
  remove(b, -1, 1000000n);
}

function tick(b: SimKindBlock): void {
  const s = stateOf(b);
  const first = s.queue[0];
  const bp = first ? blueprints(b).get(first.bp) : undefined;
  if (!b.IsWorking || !bp || !canMake(b, bp)) {
    b.put("IsProducing", false);
    return;
  }
  b.put("IsProducing", true);
  const need = Math.max(1, Math.round((bp.seconds * 60) / (b.rates.speed ?? 1)));
  if (++s.ticks >= need) {
    s.ticks = 0;
    finishUnit(b, bp);
    if (isAssembler(b)) b.put("CurrentProgress", 0, true);
    b.put("IsProducing", s.queue.length > 0);
  } else if (isAssembler(b)) b.put("CurrentProgress", Math.fround(s.ticks / need), true);
}

/** A scenario's "Queue" fact: [{ "blueprint": "SteelPlate", "amount": 10 }, ...], each a blueprint of the
 *  scenario this block can use (checked at load, for a "set" event too); stored as "Name amount" lines. */
function queueFact(v: unknown, b: SimKindBlock): unknown {
  if (!Array.isArray(v) || !v.every((e) => e && typeof e === "object" && typeof e.blueprint === "string")) {
    throw new Error(`expects a list of { "blueprint": "SteelPlate", "amount": 10 }, got ${JSON.stringify(v)}`);
  }
  return v.map((e: { blueprint: string; amount?: unknown }) => {
    const name = e.blueprint.replace(`${BLUEPRINT_TYPE}/`, "");
    if (!usable(b, definitionId(BLUEPRINT_TYPE, name))) {
      throw new Error(blueprints(b).has(name) ? `${b.def.iface} cannot use blueprint "${name}" (its inventories do not take its inputs or results)` : `no blueprint "${name}" in the scenario's "blueprints" (${[...blueprints(b).keys()].join(", ") || "none"})`);
    }
    return `${name} ${fixed(rawFromAmount(e.amount ?? 1)).ToString()}`;
  });
}

export const production: Family = {
  name: "production",
  rates: { speed: 1 },
  init(b) {
    if (isAssembler(b)) b.put("Mode", MyAssemblerMode.Assembly, true);
  },
  facts: { Queue: queueFact },
  after(b, name) {
    if (name !== "Queue") return;
    // the fact as stored: "Name amount" lines (queueFact); the block's queue becomes exactly that
    const s = stateOf(b);
    s.queue = [];
    resetProgress(b);
    for (const line of b.get("Queue") as string[]) {
      const at = line.lastIndexOf(" "); // "Name amount", checked by queueFact
      const raw = rawFromAmount(line.slice(at + 1));
      if (raw > 0n) s.queue.push({ id: s.nextId++, bp: line.slice(0, at), raw });
    }
  },
  // the terminal's "Cooperative mode" checkbox is MyAssembler.IsSlave, the API's CooperativeMode; its setter
  // (the source's slaveCheck) first switches Repeating off
  terminal: { slaveMode: "CooperativeMode" },
  terminalSet(b, id, value) {
    if (id !== "slaveMode") return false;
    if (value && b.get("Repeating")) production.set!(b, "Repeating", false);
    b.put("CooperativeMode", value);
    return true;
  },
  set(b, name, value) {
    const s = stateOf(b);
    if (name === "Mode") {
      if (value === b.get("Mode")) return true;
      // MyAssembler.DisassembleEnabled: the progress restarts and the other mode's queue comes back
      resetProgress(b);
      [s.queue, s.other] = [s.other, s.queue];
      b.put("Mode", value);
      b.put("Repeating", s.repeat[value === MyAssemblerMode.Disassembly ? 1 : 0]);
      traceQueue(b);
      return true;
    }
    if (name === "Repeating") {
      s.repeat[disassembling(b) ? 1 : 0] = value as boolean;
      b.put("Repeating", value);
      return true;
    }
    return false;
  },
  getters: {
    IsQueueEmpty: (b) => stateOf(b).queue.length === 0,
    // the game's getter takes the id (MyProductionBlock.NextItemId: m_nextItemId++)
    NextItemId: (b) => stateOf(b).nextId++,
    DisassembleEnabled: (b) => disassembling(b),
  },
  methods: {
    GetQueue: (b, list) => {
      if (!Array.isArray(list)) throw new Error("Object reference not set to an instance of an object.");
      list.length = 0;
      list.push(...production.methods!.QueueList!(b) as MyProductionItem[]);
    },
    /** The queue as a value (the C# engine's proxy fills its List from it). */
    QueueList: (b) => stateOf(b).queue.map((e) => new MyProductionItem(e.id, definitionId(BLUEPRINT_TYPE, e.bp), fixed(e.raw))),
    AddQueueItem: (b, blueprint, amount) => queueItem(b, -1, blueprint, amount),
    InsertQueueItem: (b, idx, blueprint, amount) => queueItem(b, idx, blueprint, amount),
    RemoveQueueItem: (b, idx, amount) => remove(b, idx as number, amountRaw(amount)),
    ClearQueue: (b) => {
      const q = stateOf(b).queue;
      if (!q.length) return;
      q.length = 0;
      resetProgress(b);
      traceQueue(b);
    },
    MoveQueueItemRequest: (b, itemId, target) => move(b, itemId as number, target as number),
    CanUseBlueprint: (b, blueprint) => usable(b, blueprint) !== null,
  },
  tick,
  // a queued block works each tick (inventories are not block values: a transfer in does not wake it)
  clocked: (b) => stateOf(b).queue.length > 0 && b.IsWorking,
  save: (b) => {
    const s = stateOf(b);
    const copy = (q: Entry[]) => q.map((e) => ({ id: e.id, bp: e.bp, raw: e.raw.toString() }));
    return { queue: copy(s.queue), other: copy(s.other), nextId: s.nextId, ticks: s.ticks, repeat: [...s.repeat] };
  },
  restore: (b, v) => {
    const st = v as { queue: { id: number; bp: string; raw: string }[]; other: { id: number; bp: string; raw: string }[]; nextId: number; ticks: number; repeat: [boolean, boolean] };
    const back = (q: typeof st.queue) => q.map((e) => ({ id: e.id, bp: e.bp, raw: BigInt(e.raw) }));
    states.set(b, { queue: back(st.queue), other: back(st.other), nextId: st.nextId, ticks: st.ticks, repeat: [...st.repeat] });
  },
};

// Inventories (IMyInventory): the items a block holds, their volume and mass, and transfers between
// inventories joined by conveyors. Amounts are MyFixedPoint (6 decimals, exact: kept as BigInt raw
// values); volume and mass come from each item type's unit volume and mass (ITEM_DEFAULTS below, or
// the scenario's `mass`/`volume` for an item). Every transfer is an "inventory" trace event.
//
// Choices (README, Simulator, "Inventories"):
// - Conveyor reach: two inventories are connected when their blocks are in the same connected group
//   (grids joined by rotors/hinges/pistons, and by connectors while connected), neither block is
//   destroyed, and both are functional. A block the scenario puts `behind` a conveyor sorter is
//   reached only through it: an item moves to or from it only when every sorter between the two blocks
//   allows it (IsAllowed: its filter, and the sorter working), as the game's conveyor path checks.
//   Small/large conveyor ports, a sorter's direction and ownership are not modelled.
// - TransferItemTo moves min(amount, the stack, what fits in the target's free volume); whole units
//   only for items with integral amounts (everything but ore and ingots). It returns false and moves
//   nothing when the inventories are not connected, the index/item is unknown, or nothing fits.
//   The moved amount stacks onto the target's item of the same type (unless stackIfPossible is false
//   or a targetItemIndex is given: then a new item at that index). An item whose amount reaches 0
//   leaves the list (later indexes shift). Item ids are per inventory, 0, 1, 2... in order of arrival.
import { MyFixedPoint, MyInventoryItem, MyItemType, unmodelled, type IMyEntity, type IMyInventory } from "pbts/se";
import { fillUnmodelled } from "./unmodelled.ts";

const MICRO = 1000000n;

/** A MyFixedPoint from its raw value (amount × 10^6). */
export function fixed(raw: bigint): MyFixedPoint {
  const neg = raw < 0n;
  const abs = neg ? -raw : raw;
  return MyFixedPoint.DeserializeString(`${neg ? "-" : ""}${abs / MICRO}.${(abs % MICRO).toString().padStart(6, "0")}`);
}
/** The raw value of a MyFixedPoint (exact below 2^53, 9 billion units). */
export function rawOf(fp: MyFixedPoint): bigint {
  return BigInt(fp.RawValue);
}
/** A scenario amount (number or decimal string) as a raw value. */
export function rawFromAmount(amount: unknown): bigint {
  if (typeof amount === "number" && Number.isFinite(amount) && amount >= 0) return rawOf(MyFixedPoint.DeserializeString(amount.toFixed(6)));
  if (typeof amount === "string" && /^\d+(\.\d+)?$/.test(amount)) return rawOf(MyFixedPoint.DeserializeString(amount));
  throw new Error(`an item "amount" must be a number >= 0 (or a decimal string), got ${JSON.stringify(amount)}`);
}

/** Unit mass (kg) and volume (L) of an item type, and whether its amounts are whole units. */
export interface ItemDef {
  mass: number;
  volume: number;
  integral: boolean;
}

/**
 * Defaults (the vanilla game's values as players know them from the in-game info: ore 1 kg / 0.37 L,
 * ingots 1 kg / 0.127 L, the common components). Anything else: 1 kg / 1 L. A scenario item may give
 * its own `mass` and `volume` per unit; they then hold for that type in the whole world.
 */
const COMPONENTS: Record<string, [number, number]> = {
  SteelPlate: [20, 3], InteriorPlate: [3, 5], Construction: [8, 2], Computer: [0.2, 1], Motor: [24, 8],
  SmallTube: [4, 2], LargeTube: [25, 38], MetalGrid: [6, 15], Display: [8, 6], BulletproofGlass: [15, 8],
  Girder: [6, 2], PowerCell: [25, 40], Detector: [5, 6], Medical: [150, 160], RadioCommunication: [8, 70],
  Reactor: [25, 8], SolarCell: [6, 12], Superconductor: [15, 8], Thrust: [40, 10], GravityGenerator: [800, 200],
  Explosives: [2, 2], Canvas: [15, 8],
};
export function defaultItemDef(type: MyItemType): ItemDef {
  const t = type.TypeId.replace(/^MyObjectBuilder_/, "");
  if (t === "Ore") return { mass: 1, volume: 0.37, integral: false };
  if (t === "Ingot") return { mass: 1, volume: type.SubtypeId === "Stone" ? 0.37 : 0.127, integral: false };
  const c = t === "Component" ? COMPONENTS[type.SubtypeId] : undefined;
  return { mass: c?.[0] ?? 1, volume: c?.[1] ?? 1, integral: true };
}

/** The vanilla game's ores and ingots (GetAcceptedItems lists them with COMPONENTS and the scenario's own item types). */
const ORES = ["Stone", "Iron", "Nickel", "Cobalt", "Magnesium", "Silicon", "Silver", "Gold", "Platinum", "Uranium", "Scrap", "Ice"];
const INGOTS = ["Stone", "Iron", "Nickel", "Cobalt", "Magnesium", "Silicon", "Silver", "Gold", "Platinum", "Uranium"];
const BOTTLES = ["MyObjectBuilder_OxygenContainerObject/OxygenBottle", "MyObjectBuilder_GasContainerObject/HydrogenBottle"];
/** The item types the simulator knows: the vanilla ores, ingots, common components and bottles. */
export function knownItemTypes(): MyItemType[] {
  return [
    ...ORES.map((s) => new MyItemType("MyObjectBuilder_Ore", s)),
    ...INGOTS.map((s) => new MyItemType("MyObjectBuilder_Ingot", s)),
    ...Object.keys(COMPONENTS).map((s) => new MyItemType("MyObjectBuilder_Component", s)),
    ...BOTTLES.map((b) => new MyItemType(b.split("/")[0]!, b.split("/")[1]!)),
  ];
}
/**
 * What an inventory accepts, by the interfaces of its block and its index (the game's inventory
 * constraints, for the kinds whose constraint players rely on); null: anything.
 */
export function acceptsOf(interfaces: ReadonlySet<string>, index: number): ((t: MyItemType) => boolean) | null {
  const is = (typeId: string, subs?: string[]) => (t: MyItemType) => t.TypeId === typeId && (!subs || subs.includes(t.SubtypeId));
  if (interfaces.has("IMyReactor")) return is("MyObjectBuilder_Ingot", ["Uranium"]);
  if (interfaces.has("IMyRefinery")) return index === 0 ? (t) => t.TypeId === "MyObjectBuilder_Ore" && t.SubtypeId !== "Ice" : is("MyObjectBuilder_Ingot");
  if (interfaces.has("IMyAssembler")) return index === 0 ? is("MyObjectBuilder_Ingot") : (t) => t.TypeId !== "MyObjectBuilder_Ore" && t.TypeId !== "MyObjectBuilder_Ingot";
  if (interfaces.has("IMyGasGenerator")) return (t) => (t.TypeId === "MyObjectBuilder_Ore" && t.SubtypeId === "Ice") || BOTTLES.includes(`${t.TypeId}/${t.SubtypeId}`);
  if (interfaces.has("IMyGasTank")) return (t) => BOTTLES.includes(`${t.TypeId}/${t.SubtypeId}`);
  if (interfaces.has("IMyParachute")) return is("MyObjectBuilder_Component", ["Canvas"]);
  return null;
}

/** Inventories per block kind (terminal.dat type definitions); other kinds have none unless a scenario gives items. */
export const INVENTORY_KINDS: Record<string, number> = {
  CargoContainer: 1, ShipConnector: 1, Cockpit: 1, Drill: 1, ShipWelder: 1, ShipGrinder: 1, Reactor: 1, HydrogenEngine: 1,
  OxygenGenerator: 1, OxygenTank: 1, Collector: 1, Parachute: 1, SmallGatlingGun: 1, SmallMissileLauncher: 1,
  SmallMissileLauncherReload: 1, LargeGatlingTurret: 1, LargeMissileTurret: 1, InteriorTurret: 1, StoreBlock: 1,
  VendingMachine: 1, Refinery: 2, Assembler: 2, SurvivalKit: 2,
};
/** Default capacity in litres: cargo containers by subtype (their inner size), everything else 1000 L (a pbts choice). */
const CARGO_LITRES: Record<string, number> = {
  LargeBlockLargeContainer: 421875, LargeBlockSmallContainer: 15625, SmallBlockSmallContainer: 125,
  SmallBlockMediumContainer: 3375, SmallBlockLargeContainer: 15625,
};
export function defaultLitres(subtype: string): number {
  return CARGO_LITRES[subtype] ?? 1000;
}

/** What a scenario's `inventory` array holds. */
export interface ItemSpec {
  type: string;
  subtype: string;
  amount: number | string;
  /** kg per unit */
  mass?: number;
  /** litres per unit */
  volume?: number;
}

/** The world's item definitions (defaults, then the scenario's overrides). */
export class ItemDefs {
  private readonly defs = new Map<string, ItemDef>();
  get(type: MyItemType): ItemDef {
    const k = type.ToString();
    let d = this.defs.get(k);
    if (!d) this.defs.set(k, (d = defaultItemDef(type)));
    return d;
  }
  private readonly declared: MyItemType[] = [];
  /** The item types the scenario's inventories hold, in order of first appearance. */
  types(): readonly MyItemType[] {
    return this.declared;
  }
  override(type: MyItemType, mass: number | undefined, volume: number | undefined): void {
    if (!this.declared.some((t) => t.Equals(type))) this.declared.push(type);
    const d = { ...this.get(type) };
    if (mass !== undefined) {
      if (typeof mass !== "number" || !(mass >= 0)) throw new Error(`item "mass" must be a number >= 0 (kg per unit), got ${JSON.stringify(mass)}`);
      d.mass = mass;
    }
    if (volume !== undefined) {
      if (typeof volume !== "number" || !(volume >= 0)) throw new Error(`item "volume" must be a number >= 0 (litres per unit), got ${JSON.stringify(volume)}`);
      d.volume = volume;
    }
    this.defs.set(type.ToString(), d);
  }
}

/** What an inventory needs of its world. */
export interface InventoryHost {
  readonly itemDefs: ItemDefs;
  /** Whether two blocks' inventories are joined by conveyors. */
  conveyorConnected(a: IMyEntity, b: IMyEntity): boolean;
  /** Whether the sorters between two blocks (the scenario's `behind`) let an item type through. */
  sortersAllow(a: IMyEntity, b: IMyEntity, type: MyItemType): boolean;
  /** A transfer happened (traced). */
  onTransfer(from: SimInventory, to: SimInventory, type: MyItemType, raw: bigint): void;
}

interface Slot {
  type: MyItemType;
  id: number;
  raw: bigint;
}

export interface InventoryState {
  items: [string, number, string][];
  nextId: number;
}

export interface SimInventory extends IMyInventory {}
export class SimInventory implements IMyInventory {
  readonly interfaces: ReadonlySet<string> = new Set(["IMyInventory"]);
  private items: Slot[] = [];
  private nextId = 0;
  /** Capacity in litres. */
  readonly litres: number;
  /** The item types it takes (null: any): acceptsOf. */
  private readonly accepts: ((t: MyItemType) => boolean) | null;
  constructor(
    private readonly host: InventoryHost,
    readonly owner: IMyEntity & { readonly key: string },
    readonly index: number,
    litres: number,
  ) {
    this.litres = litres;
    const ifaces = (owner as { interfaces?: ReadonlySet<string> }).interfaces;
    this.accepts = ifaces ? acceptsOf(ifaces, index) : null;
    fillUnmodelled(this, this.interfaces);
  }

  /** Add items at load (checked: integral amounts, capacity checked once the world is loaded: World.checkInventories). */
  load(spec: ItemSpec): void {
    if (!spec || typeof spec.type !== "string" || typeof spec.subtype !== "string") {
      throw new Error(`an inventory item needs "type" (e.g. "MyObjectBuilder_Ore") and "subtype" (e.g. "Iron"), got ${JSON.stringify(spec)}`);
    }
    const type = new MyItemType(spec.type.includes("_") ? spec.type : `MyObjectBuilder_${spec.type}`, spec.subtype);
    this.host.itemDefs.override(type, spec.mass, spec.volume);
    const raw = rawFromAmount(spec.amount);
    if (this.host.itemDefs.get(type).integral && raw % MICRO !== 0n) throw new Error(`${type.ToString()} comes in whole units: amount ${JSON.stringify(spec.amount)} is not`);
    this.add(type, raw, true, null);
  }

  private add(type: MyItemType, raw: bigint, stack: boolean, at: number | null): void {
    if (raw <= 0n) return;
    const slot = stack ? this.items.find((s) => s.type.Equals(type)) : undefined;
    if (slot) slot.raw += raw;
    else {
      const s = { type, id: this.nextId++, raw };
      if (at === null || at < 0 || at >= this.items.length) this.items.push(s);
      else this.items.splice(at, 0, s);
    }
  }

  /** Litres its items take (for the load's capacity check). */
  usedLitres(): number {
    return Number(this.volumeRaw()) / 1000;
  }

  private itemOf(s: Slot): MyInventoryItem {
    return new MyInventoryItem(s.type, s.id, fixed(s.raw));
  }
  /** Volume in m³ × 10^6 (raw), mass in kg × 10^6: each stack rounded to the nearest raw unit. */
  private volumeRaw(): bigint {
    let v = 0n;
    for (const s of this.items) v += BigInt(Math.round((Number(s.raw) * this.host.itemDefs.get(s.type).volume) / 1000));
    return v;
  }
  private freeRaw(): bigint {
    return BigInt(Math.round(this.litres * 1000)) - this.volumeRaw();
  }
  /** How much of a type fits in the free volume (raw), whole units for integral types. */
  private fits(type: MyItemType): bigint {
    if (this.accepts && !this.accepts(type)) return 0n;
    const def = this.host.itemDefs.get(type);
    const free = this.freeRaw();
    if (free <= 0n) return 0n;
    if (def.volume === 0) return BigInt(Number.MAX_SAFE_INTEGER);
    let raw = BigInt(Math.floor((Number(free) * 1000) / def.volume));
    if (def.integral) raw -= raw % MICRO;
    return raw;
  }

  get Owner(): IMyEntity {
    return this.owner;
  }
  get ItemCount(): number {
    return this.items.length;
  }
  get CurrentVolume(): MyFixedPoint {
    return fixed(this.volumeRaw());
  }
  get MaxVolume(): MyFixedPoint {
    return fixed(BigInt(Math.round(this.litres * 1000)));
  }
  get CurrentMass(): MyFixedPoint {
    let m = 0n;
    for (const s of this.items) m += BigInt(Math.round(Number(s.raw) * this.host.itemDefs.get(s.type).mass));
    return fixed(m);
  }
  get IsFull(): boolean {
    return this.freeRaw() <= 0n;
  }
  get VolumeFillFactor(): number {
    return this.litres > 0 ? Math.fround(Number(this.volumeRaw()) / (this.litres * 1000)) : 0;
  }
  get CanPutItems(): boolean {
    return true;
  }
  GetItems(items: MyInventoryItem[], filter?: ((item: MyInventoryItem) => boolean) | null): void {
    if (!items) throw new Error("Value cannot be null.\nParameter name: items");
    for (const s of this.items) {
      const it = this.itemOf(s);
      if (!filter || filter(it)) items.push(it);
    }
  }
  GetItemAt(index: number): MyInventoryItem | null {
    const s = this.items[index];
    return index >= 0 && s ? this.itemOf(s) : null;
  }
  GetItemByID(id: number): MyInventoryItem | null {
    const s = this.items.find((x) => x.id === id);
    return s ? this.itemOf(s) : null;
  }
  IsItemAt(position: number): boolean {
    return position >= 0 && position < this.items.length;
  }
  FindItem(itemType: MyItemType): MyInventoryItem | null {
    const s = this.items.find((x) => x.type.Equals(itemType));
    return s ? this.itemOf(s) : null;
  }
  private amountRaw(type: MyItemType): bigint {
    let r = 0n;
    for (const s of this.items) if (s.type.Equals(type)) r += s.raw;
    return r;
  }
  GetItemAmount(itemType: MyItemType): MyFixedPoint {
    return fixed(this.amountRaw(itemType));
  }
  ContainItems(amount: MyFixedPoint, itemType: MyItemType): boolean {
    return this.amountRaw(itemType) >= rawOf(amount);
  }
  CanItemsBeAdded(amount: MyFixedPoint, itemType: MyItemType): boolean {
    return this.fits(itemType) >= rawOf(amount);
  }
  IsConnectedTo(otherInventory: IMyInventory): boolean {
    return otherInventory instanceof SimInventory && this.host.conveyorConnected(this.owner, otherInventory.owner);
  }
  CanTransferItemTo(otherInventory: IMyInventory, itemType: MyItemType): boolean {
    return this.IsConnectedTo(otherInventory) && (otherInventory as SimInventory).takes(itemType) && this.host.sortersAllow(this.owner, (otherInventory as SimInventory).owner, itemType);
  }
  /** How much of a type fits (raw; production.ts checks room for a blueprint's results). */
  room(type: MyItemType): bigint {
    return this.fits(type);
  }
  /** Items made here (production.ts): stacked onto the type's first stack; not a transfer, so not traced. */
  produce(type: MyItemType, raw: bigint): void {
    this.add(type, raw, true, null);
  }
  /** Items used up here (production.ts), taken from the type's stacks in order; the caller checked ContainItems. */
  consume(type: MyItemType, raw: bigint): void {
    for (let i = 0; i < this.items.length && raw > 0n; ) {
      const s = this.items[i]!;
      if (!s.type.Equals(type)) {
        i++;
        continue;
      }
      const take = s.raw < raw ? s.raw : raw;
      s.raw -= take;
      raw -= take;
      if (s.raw === 0n) this.items.splice(i, 1);
      else i++;
    }
  }
  /** Whether the item type may go in (the kind's constraint: acceptsOf). */
  takes(type: MyItemType): boolean {
    return !this.accepts || this.accepts(type);
  }
  /**
   * Appends (as the game does, without clearing) the item types this inventory accepts: of the types
   * the simulator knows (knownItemTypes, then the world's other item types in order of first use),
   * those the kind's constraint lets in, and that `filter` keeps.
   */
  GetAcceptedItems(itemsTypes: MyItemType[], filter?: ((t: MyItemType) => boolean) | null): void {
    if (!itemsTypes) throw new Error("Value cannot be null.\nParameter name: itemsTypes");
    const seen = new Set<string>();
    for (const t of [...knownItemTypes(), ...this.host.itemDefs.types()]) {
      const k = t.ToString();
      if (seen.has(k)) continue;
      seen.add(k);
      if (this.takes(t) && (!filter || filter(t))) itemsTypes.push(t);
    }
  }

  TransferItemTo(dst: IMyInventory, item: MyInventoryItem, amount?: MyFixedPoint | null): boolean;
  TransferItemTo(dst: IMyInventory, sourceItemIndex: number, targetItemIndex?: number | null, stackIfPossible?: boolean | null, amount?: MyFixedPoint | null): boolean;
  TransferItemTo(dst: IMyInventory, a: MyInventoryItem | number, b?: unknown, c?: unknown, d?: unknown): boolean {
    if (!(dst instanceof SimInventory)) throw new Error("Value cannot be null.\nParameter name: dst");
    if (typeof a === "number") return this.transfer(dst, a, (b as number | null | undefined) ?? null, (c as boolean | null | undefined) ?? true, (d as MyFixedPoint | null | undefined) ?? null);
    if (!(a instanceof MyInventoryItem)) throw unmodelled("IMyInventory.TransferItemTo with this item");
    const index = this.items.findIndex((s) => s.id === a.ItemId);
    return this.transfer(dst, index, null, true, (b as MyFixedPoint | null | undefined) ?? null);
  }
  TransferItemFrom(src: IMyInventory, item: MyInventoryItem, amount?: MyFixedPoint | null): boolean;
  TransferItemFrom(src: IMyInventory, sourceItemIndex: number, targetItemIndex?: number | null, stackIfPossible?: boolean | null, amount?: MyFixedPoint | null): boolean;
  TransferItemFrom(src: IMyInventory, a: MyInventoryItem | number, b?: unknown, c?: unknown, d?: unknown): boolean {
    if (!(src instanceof SimInventory)) throw new Error("Value cannot be null.\nParameter name: sourceInventory");
    return (src.TransferItemTo as (...x: unknown[]) => boolean)(this, a, b, c, d);
  }

  private transfer(dst: SimInventory, index: number, targetIndex: number | null, stack: boolean, amount: MyFixedPoint | null): boolean {
    const s = this.items[index];
    if (index < 0 || !s || dst === this) return false;
    if (!this.IsConnectedTo(dst) || !this.host.sortersAllow(this.owner, dst.owner, s.type)) return false;
    let raw = amount === null ? s.raw : rawOf(amount);
    if (raw <= 0n) return false;
    if (raw > s.raw) raw = s.raw;
    const fit = dst.fits(s.type);
    if (raw > fit) raw = fit;
    if (this.host.itemDefs.get(s.type).integral) raw -= raw % MICRO;
    if (raw <= 0n) return false;
    s.raw -= raw;
    if (s.raw === 0n) this.items.splice(index, 1);
    dst.add(s.type, raw, stack && targetIndex === null, targetIndex);
    this.host.onTransfer(this, dst, s.type, raw);
    return true;
  }

  /** A summary for traces and pictures: "Type/Subtype amount" per item. */
  describe(): string[] {
    return this.items.map((s) => `${s.type.ToString()} ${fixed(s.raw).ToString()}`);
  }

  save(): InventoryState {
    return { items: this.items.map((s) => [s.type.ToString(), s.id, s.raw.toString()]), nextId: this.nextId };
  }
  restore(st: InventoryState): void {
    this.items = st.items.map(([t, id, raw]) => ({ type: MyItemType.Parse(t), id, raw: BigInt(raw) }));
    this.nextId = st.nextId;
  }
}

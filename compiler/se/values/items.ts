// VRage.Game.ModAPI.Ingame.MyItemType and MyInventoryItem: what inventories hold. Structs in C#.
// The game stores an item type as an object-builder type and a string hash; both print as their names
// ("MyObjectBuilder_Ore", "Iron"), which is what a script sees.
import { Out, unmodelled, type uint } from "../prelude.ts";
import type { MyItemInfo } from "../generated/api.ts";
import { MyFixedPoint } from "./fixedpoint.ts";

const PREFIX = "MyObjectBuilder_";

export class MyItemType {
  readonly TypeId: string;
  readonly SubtypeId: string;
  constructor(typeId: string, subtypeId: string) {
    this.TypeId = typeId;
    this.SubtypeId = subtypeId;
  }
  static MakeOre(subTypeId: string): MyItemType {
    return new MyItemType(`${PREFIX}Ore`, subTypeId);
  }
  static MakeIngot(subTypeId: string): MyItemType {
    return new MyItemType(`${PREFIX}Ingot`, subTypeId);
  }
  static MakeComponent(subTypeId: string): MyItemType {
    return new MyItemType(`${PREFIX}Component`, subTypeId);
  }
  static MakeAmmo(subTypeId: string): MyItemType {
    return new MyItemType(`${PREFIX}AmmoMagazine`, subTypeId);
  }
  static MakeTool(subTypeId: string): MyItemType {
    return new MyItemType(`${PREFIX}PhysicalGunObject`, subTypeId);
  }
  /** "MyObjectBuilder_Ore/Iron" → (TypeId, SubtypeId); text without '/' throws, as in the game. */
  static Parse(itemType: string): MyItemType {
    const i = itemType.indexOf("/");
    if (i < 0) throw new Error(`Invalid definition id: '${itemType}'`);
    return new MyItemType(itemType.slice(0, i), itemType.slice(i + 1));
  }
  Equals(other: MyItemType): boolean {
    return other instanceof MyItemType && this.TypeId === other.TypeId && this.SubtypeId === other.SubtypeId;
  }
  ToString(): string {
    return `${this.TypeId}/${this.SubtypeId}`;
  }
  /**
   * The game's extension method (MyPhysicalInventoryItemExtensions_ModAPI.GetItemInfo: mass, volume,
   * IsOre...), emitted `type.GetItemInfo()` as C# resolves it. The item definitions are game data the
   * simulator does not have: it throws "not modelled", as the C# engine's stub does.
   */
  GetItemInfo(): MyItemInfo {
    throw unmodelled("MyPhysicalInventoryItemExtensions_ModAPI.GetItemInfo");
  }
}

export class MyInventoryItem {
  readonly Type: MyItemType;
  readonly ItemId: uint;
  readonly Amount: MyFixedPoint;
  constructor(type: MyItemType, itemId: uint, amount: MyFixedPoint) {
    this.Type = type;
    this.ItemId = itemId;
    this.Amount = amount;
  }
  Equals(other: MyInventoryItem): boolean {
    return other instanceof MyInventoryItem && this.Type.Equals(other.Type) && this.ItemId === other.ItemId && this.Amount.Equals(other.Amount);
  }
}

/**
 * VRage.Game.MyDefinitionId: an object-builder type and a subtype. The game keeps the type as a
 * MyObjectBuilderType and the subtype as a string hash, neither of which the reference describes: pbts
 * keeps their names, which is what ToString, SubtypeName and Equals show. Built by Parse/TryParse
 * ("MyObjectBuilder_Ore/Iron"). The game accepts only the object-builder types it has registered;
 * pbts accepts any name that starts with "MyObjectBuilder_" (a known limit, as MyItemType.Parse).
 */
export class MyDefinitionId {
  /** The object-builder type's name ("MyObjectBuilder_Ore"). */
  private readonly typeName: string;
  readonly SubtypeName: string;
  /** C#'s default(MyDefinitionId): no type, no subtype. */
  constructor() {
    this.typeName = "";
    this.SubtypeName = "";
  }
  static Parse(id: string): MyDefinitionId {
    const r = new Out<MyDefinitionId>();
    if (!MyDefinitionId.TryParse(id, r)) throw argumentError("The provided type is not a valid MyDefinitionId.");
    return r.value;
  }
  static TryParse(id: string, definitionId: Out<MyDefinitionId>): boolean;
  static TryParse(type_: string, subtype: string, definitionId: Out<MyDefinitionId>): boolean;
  static TryParse(a: string, b: string | Out<MyDefinitionId>, c?: Out<MyDefinitionId>): boolean {
    if (b instanceof Out) {
      const i = a == null ? -1 : a.indexOf("/");
      if (i < 0) {
        b.value = new MyDefinitionId();
        return false;
      }
      return MyDefinitionId.TryParse(a.slice(0, i), a.slice(i + 1), b);
    }
    const out = c!;
    if (a == null || !a.startsWith(PREFIX) || a.length === PREFIX.length) {
      out.value = new MyDefinitionId();
      return false;
    }
    out.value = definitionId(a, b ?? "");
    return true;
  }
  Equals(other: MyDefinitionId): boolean {
    return other instanceof MyDefinitionId && this.typeName === other.typeName && this.SubtypeName === other.SubtypeName;
  }
  ToString(): string {
    return `${this.typeName}/${this.SubtypeName}`;
  }
}

/** The type's name of a MyDefinitionId (what the C# engine's wire carries; MyObjectBuilderType is not described). */
export function definitionTypeName(d: MyDefinitionId): string {
  return (d as unknown as { typeName: string }).typeName;
}

/** A MyDefinitionId of the given names (the simulator's, and Parse's). */
export function definitionId(typeName: string, subtypeName: string): MyDefinitionId {
  const d = new MyDefinitionId();
  (d as unknown as { typeName: string }).typeName = typeName;
  (d as unknown as { SubtypeName: string }).SubtypeName = subtypeName;
  return d;
}

/**
 * VRage.ObjectBuilders.SerializableDefinitionId: a block's definition (IMyCubeBlock.BlockDefinition,
 * IMySlimBlock.BlockDefinition): an object-builder type and a subtype name. The game keeps the type as a
 * MyObjectBuilderType (not described by the reference): its name is kept here. A struct in C#; scripts do
 * not build one (the game's constructor takes a MyObjectBuilderType): the simulator does, with
 * serializableDefinitionId(type, subtype). Not offered: TypeId, the constructor, ShouldSerialize* (XML plumbing).
 */
export class SerializableDefinitionId {
  /** The subtype ("LargeBlockBatteryBlock"; "" for a block without one). */
  readonly SubtypeName: string;
  private readonly typeName: string;
  private constructor(typeName: string, subtypeName: string) {
    this.typeName = typeName;
    this.SubtypeName = subtypeName;
  }
  /** The same as SubtypeName. */
  get SubtypeId(): string {
    return this.SubtypeName;
  }
  /** The same as SubtypeName. */
  get SubtypeIdAttribute(): string {
    return this.SubtypeName;
  }
  /** The object-builder type's name ("MyObjectBuilder_BatteryBlock"). */
  get TypeIdString(): string {
    return this.typeName;
  }
  /** The same as TypeIdString. */
  get TypeIdStringAttribute(): string {
    return this.typeName;
  }
  /** Whether the type is unset (never, for a block's definition). */
  IsNull(): boolean {
    return false;
  }
  /** C#'s ValueType.Equals: the same type and subtype. */
  Equals(other: SerializableDefinitionId): boolean {
    return other instanceof SerializableDefinitionId && this.typeName === other.typeName && this.SubtypeName === other.SubtypeName;
  }
  /** "MyObjectBuilder_BatteryBlock/LargeBlockBatteryBlock". */
  ToString(): string {
    return `${this.typeName}/${this.SubtypeName}`;
  }
}

/** A block definition of the given names (the simulator's; the C# engine's wire carries the two names). */
export function serializableDefinitionId(typeName: string, subtypeName: string): SerializableDefinitionId {
  return new (SerializableDefinitionId as unknown as new (t: string, s: string) => SerializableDefinitionId)(typeName, subtypeName);
}

/**
 * Sandbox.ModAPI.Ingame.MyInventoryItemFilter: an item of a sorter's list, one definition or (AllSubTypes)
 * every subtype of its type. ItemType is the item type of ItemId.
 */
export class MyInventoryItemFilter {
  readonly ItemId: MyDefinitionId;
  readonly AllSubTypes: boolean;
  constructor(itemId: string, allSubTypes: boolean);
  constructor(itemId: MyDefinitionId, allSubTypes: boolean);
  constructor(itemId: string | MyDefinitionId, allSubTypes: boolean) {
    this.ItemId = typeof itemId === "string" ? MyDefinitionId.Parse(itemId) : itemId;
    this.AllSubTypes = allSubTypes;
  }
  get ItemType(): MyItemType {
    return new MyItemType(definitionTypeName(this.ItemId), this.ItemId.SubtypeName);
  }
}

function argumentError(message: string): Error {
  const e = new Error(message);
  e.name = "ArgumentException";
  return e;
}

/**
 * Sandbox.ModAPI.Ingame.MyProductionItem: one entry of a production block's queue (GetQueue): the
 * entry's id in its block (NextItemId when it was queued), the blueprint and how many are left. A struct
 * in C#: `new MyProductionItem()` is C#'s default (id 0, no blueprint, amount 0). No Equals (SE's struct
 * has only object's).
 */
export class MyProductionItem {
  readonly ItemId: uint;
  readonly BlueprintId: MyDefinitionId;
  readonly Amount: MyFixedPoint;
  constructor(itemId: uint, blueprintId: MyDefinitionId, amount: MyFixedPoint);
  constructor();
  constructor(itemId?: uint, blueprintId?: MyDefinitionId, amount?: MyFixedPoint) {
    this.ItemId = itemId ?? 0;
    this.BlueprintId = blueprintId ?? new MyDefinitionId();
    this.Amount = amount ?? MyFixedPoint.Zero;
  }
}

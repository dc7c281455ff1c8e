// VRage.Game.ModAPI.Ingame.MyItemType and MyInventoryItem: what inventories hold. Structs in C#.
// The game stores an item type as an object-builder type and a string hash; both print as their names
// ("MyObjectBuilder_Ore", "Iron"), which is what a script sees.
import type { uint } from "../prelude.ts";
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

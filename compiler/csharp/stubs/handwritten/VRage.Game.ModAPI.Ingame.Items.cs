// pbts C# stubs (hand-written behaviour): VRage.Game.ModAPI.Ingame.MyItemType and MyInventoryItem.
// Twin of compiler/se/values/items.ts. The game keeps the type id as an object-builder type and the
// subtype as a string hash; both print as their names, which is what is kept here.
using System;
using VRage;

namespace VRage.Game.ModAPI.Ingame
{
    public struct MyItemType : IEquatable<MyItemType>
    {
        private readonly string m_typeId;
        private readonly string m_subtypeId;
        public MyItemType(string typeId, string subtypeId) { m_typeId = typeId; m_subtypeId = subtypeId; }
        public string TypeId { get { return m_typeId; } }
        public string SubtypeId { get { return m_subtypeId; } }
        public static MyItemType MakeOre(string subTypeId) { return new MyItemType("MyObjectBuilder_Ore", subTypeId); }
        public static MyItemType MakeIngot(string subTypeId) { return new MyItemType("MyObjectBuilder_Ingot", subTypeId); }
        public static MyItemType MakeComponent(string subTypeId) { return new MyItemType("MyObjectBuilder_Component", subTypeId); }
        public static MyItemType MakeAmmo(string subTypeId) { return new MyItemType("MyObjectBuilder_AmmoMagazine", subTypeId); }
        public static MyItemType MakeTool(string subTypeId) { return new MyItemType("MyObjectBuilder_PhysicalGunObject", subTypeId); }
        public static MyItemType Parse(string itemType)
        {
            int i = itemType.IndexOf('/');
            if (i < 0) throw new ArgumentException("Invalid definition id: '" + itemType + "'");
            return new MyItemType(itemType.Substring(0, i), itemType.Substring(i + 1));
        }
        public bool Equals(MyItemType other) { return m_typeId == other.m_typeId && m_subtypeId == other.m_subtypeId; }
        public override bool Equals(object obj) { return obj is MyItemType && Equals((MyItemType)obj); }
        public override int GetHashCode() { return (m_typeId ?? "").GetHashCode() * 397 ^ (m_subtypeId ?? "").GetHashCode(); }
        public override string ToString() { return m_typeId + "/" + m_subtypeId; }
        public static bool operator ==(MyItemType a, MyItemType b) { return a.Equals(b); }
        public static bool operator !=(MyItemType a, MyItemType b) { return !a.Equals(b); }
    }

    public struct MyInventoryItem : IEquatable<MyInventoryItem>
    {
        public readonly MyItemType Type;
        public readonly uint ItemId;
        public readonly MyFixedPoint Amount;
        public MyInventoryItem(MyItemType type, uint itemId, MyFixedPoint amount) { Type = type; ItemId = itemId; Amount = amount; }
        public bool Equals(MyInventoryItem other) { return Type.Equals(other.Type) && ItemId == other.ItemId && Amount == other.Amount; }
        public override bool Equals(object obj) { return obj is MyInventoryItem && Equals((MyInventoryItem)obj); }
        public override int GetHashCode() { return Type.GetHashCode() ^ (int)ItemId; }
    }
}

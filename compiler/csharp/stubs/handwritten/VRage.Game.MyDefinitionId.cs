// pbts C# stubs (hand-written behaviour): VRage.Game.MyDefinitionId, Sandbox.ModAPI.Ingame.MyInventoryItemFilter
// and Sandbox.ModAPI.Ingame.MyProductionItem.
// Twin of compiler/se/values/items.ts. The game keeps the type as a MyObjectBuilderType and the subtype
// as a string hash (neither described by the reference): their names are kept here, which is what
// ToString, SubtypeName and Equals show. Parse accepts any type name starting with "MyObjectBuilder_"
// (the game: the object-builder types it has registered).
using System;
using VRage;
using VRage.Game;
using VRage.Game.ModAPI.Ingame;

namespace VRage.Game
{
    public struct MyDefinitionId : IEquatable<MyDefinitionId>
    {
        private readonly string m_typeName;
        private readonly string m_subtypeName;
        internal MyDefinitionId(string typeName, string subtypeName) { m_typeName = typeName; m_subtypeName = subtypeName; }
        public string SubtypeName { get { return m_subtypeName ?? ""; } }
        /// <summary>The object-builder type's name (pbts; the C# engine's wire carries it).</summary>
        internal string TypeName { get { return m_typeName ?? ""; } }
        public static MyDefinitionId Parse(string id)
        {
            MyDefinitionId r;
            if (!TryParse(id, out r)) throw new ArgumentException("The provided type is not a valid MyDefinitionId.", "id");
            return r;
        }
        public static bool TryParse(string id, out MyDefinitionId definitionId)
        {
            int i = id == null ? -1 : id.IndexOf('/');
            if (i < 0) { definitionId = default(MyDefinitionId); return false; }
            return TryParse(id.Substring(0, i), id.Substring(i + 1), out definitionId);
        }
        public static bool TryParse(string type, string subtype, out MyDefinitionId definitionId)
        {
            const string prefix = "MyObjectBuilder_";
            if (type == null || !type.StartsWith(prefix, StringComparison.Ordinal) || type.Length == prefix.Length) { definitionId = default(MyDefinitionId); return false; }
            definitionId = new MyDefinitionId(type, subtype ?? "");
            return true;
        }
        public bool Equals(MyDefinitionId other) { return TypeName == other.TypeName && SubtypeName == other.SubtypeName; }
        public override bool Equals(object obj) { return obj is MyDefinitionId && Equals((MyDefinitionId)obj); }
        public override int GetHashCode() { return TypeName.GetHashCode() * 397 ^ SubtypeName.GetHashCode(); }
        public override string ToString() { return TypeName + "/" + SubtypeName; }
        public static bool operator ==(MyDefinitionId a, MyDefinitionId b) { return a.Equals(b); }
        public static bool operator !=(MyDefinitionId a, MyDefinitionId b) { return !a.Equals(b); }
    }
}

namespace Sandbox.ModAPI.Ingame
{
    public struct MyInventoryItemFilter
    {
        public MyDefinitionId ItemId;
        public bool AllSubTypes;
        public MyInventoryItemFilter(string itemId, bool allSubTypes) : this(MyDefinitionId.Parse(itemId), allSubTypes) { }
        public MyInventoryItemFilter(MyDefinitionId itemId, bool allSubTypes) { ItemId = itemId; AllSubTypes = allSubTypes; }
        public MyItemType ItemType { get { return new MyItemType(ItemId.TypeName, ItemId.SubtypeName); } }
    }

    /// <summary>One entry of a production block's queue (IMyProductionBlock.GetQueue).</summary>
    public struct MyProductionItem
    {
        public readonly MyFixedPoint Amount;
        public readonly MyDefinitionId BlueprintId;
        public readonly uint ItemId;
        public MyProductionItem(uint itemId, MyDefinitionId blueprintId, MyFixedPoint amount) { ItemId = itemId; BlueprintId = blueprintId; Amount = amount; }
    }
}

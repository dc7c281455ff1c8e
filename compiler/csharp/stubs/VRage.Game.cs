// pbts C# stubs: namespaces of SE's assembly VRage.Game (entities, blocks, grids, small enums).
// Omitted for now (their types are not stubbed): IMyEntity.Components/WorldMatrix/WorldAABB/WorldVolume/
// GetInventory, IMyCubeBlock.BlockDefinition/Orientation, IMyCubeGrid.GetCubeBlock.
using System;
using VRageMath;

namespace VRage.Game
{
    public enum MyCubeSize : byte
    {
        Large = 0,
        Small = 1,
    }

    /// <summary>(uncertain: member order/values taken from public docs' listing order)</summary>
    public enum MyRelationsBetweenPlayerAndBlock
    {
        NoOwnership = 0,
        Owner = 1,
        FactionShare = 2,
        Neutral = 3,
        Enemies = 4,
        Friends = 5,
    }
}

namespace VRage.Game.ModAPI.Ingame
{
    using VRage.Game;

    public interface IMyEntity
    {
        long EntityId { get; }
        string Name { get; }
        string DisplayName { get; }
        bool Closed { get; }
        bool HasInventory { get; }
        int InventoryCount { get; }
        Vector3D GetPosition();
    }

    public interface IMyCubeGrid : IMyEntity
    {
        string CustomName { get; set; }
        float GridSize { get; }
        MyCubeSize GridSizeEnum { get; }
        bool IsStatic { get; }
        Vector3I Max { get; }
        Vector3I Min { get; }
        bool CubeExists(Vector3I pos);
        Vector3D GridIntegerToWorld(Vector3I gridCoords);
        Vector3I WorldToGridInteger(Vector3D coords);
        bool IsSameConstructAs(IMyCubeGrid other);
    }

    public interface IMyCubeBlock : IMyEntity
    {
        IMyCubeGrid CubeGrid { get; }
        string DefinitionDisplayNameText { get; }
        float DisassembleRatio { get; }
        string DisplayNameText { get; }
        bool IsBeingHacked { get; }
        bool IsFunctional { get; }
        bool IsWorking { get; }
        float Mass { get; }
        Vector3I Max { get; }
        Vector3I Min { get; }
        int NumberInGrid { get; }
        long OwnerId { get; }
        Vector3I Position { get; }
        string GetOwnerFactionTag();
        MyRelationsBetweenPlayerAndBlock GetUserRelationToOwner(long playerId, MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership);
        [Obsolete]
        void UpdateIsWorking();
        [Obsolete]
        void UpdateVisual();
    }
}

namespace VRage.Game.Components
{
    /// <summary>Base of entity components (only what the whitelist names).</summary>
    public abstract class MyComponentBase
    {
        public T GetAs<T>() where T : MyComponentBase
        {
            return this as T;
        }
    }

    public abstract class MyResourceSourceComponentBase : MyComponentBase
    {
    }

    public abstract class MyResourceSinkComponentBase : MyComponentBase
    {
        public abstract float CurrentInputByType(MyDefinitionId resourceTypeId);
        public abstract bool IsPowerAvailable(MyDefinitionId resourceTypeId, float power);
        public abstract bool IsPoweredByType(MyDefinitionId resourceTypeId);
        public abstract float MaxRequiredInputByType(MyDefinitionId resourceTypeId);
        public abstract float RequiredInputByType(MyDefinitionId resourceTypeId);
        public abstract float SuppliedRatioByType(MyDefinitionId resourceTypeId);
    }
}

namespace VRage.Game
{
    /// <summary>A definition id (TypeId/SubtypeId). Simplified: both kept as strings.</summary>
    public struct MyDefinitionId : IEquatable<MyDefinitionId>
    {
        public readonly string TypeIdString;
        public readonly string SubtypeName;

        public MyDefinitionId(string typeId, string subtypeName)
        {
            TypeIdString = typeId;
            SubtypeName = subtypeName;
        }

        public static bool TryParse(string id, out MyDefinitionId definitionId)
        {
            definitionId = default(MyDefinitionId);
            if (string.IsNullOrEmpty(id)) return false;
            int slash = id.IndexOf('/');
            if (slash < 0) return false;
            definitionId = new MyDefinitionId(id.Substring(0, slash), id.Substring(slash + 1));
            return true;
        }

        public bool Equals(MyDefinitionId other)
        {
            return TypeIdString == other.TypeIdString && SubtypeName == other.SubtypeName;
        }

        public override bool Equals(object obj)
        {
            return obj is MyDefinitionId && Equals((MyDefinitionId)obj);
        }

        public override int GetHashCode()
        {
            return (TypeIdString ?? "").GetHashCode() * 397 ^ (SubtypeName ?? "").GetHashCode();
        }

        public override string ToString()
        {
            return (TypeIdString ?? "(null)") + "/" + (SubtypeName ?? "(null)");
        }
    }
}

namespace VRage.Game.ObjectBuilders.Definitions
{
    public class MyObjectBuilder_GasProperties
    {
    }
}

// pbts C# stubs: the smaller namespaces the game's prologue imports, so that every `using` line of
// pbprologue.dat resolves: VRage.Collections, VRage.Scripting.MemorySafeTypes,
// Sandbox.Game.EntityComponents, Sandbox.ModAPI.Interfaces, SpaceEngineers.Game.ModAPI.Ingame.
// Each holds a minimal subset of SE's real types (names as in SE).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using VRage.Game;
using VRage.Game.Components;
using VRage.Game.ModAPI.Ingame;

namespace VRage.Collections
{
    /// <summary>A read-only view of a List (SE's ListReader).</summary>
    public struct ListReader<T> : IEnumerable<T>
    {
        private readonly List<T> m_list;

        public ListReader(List<T> list)
        {
            m_list = list ?? new List<T>();
        }

        public int Count { get { return m_list == null ? 0 : m_list.Count; } }

        public T this[int index] { get { return m_list[index]; } }

        public List<T>.Enumerator GetEnumerator()
        {
            return (m_list ?? new List<T>()).GetEnumerator();
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return GetEnumerator(); }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public static implicit operator ListReader<T>(List<T> list)
        {
            return new ListReader<T>(list);
        }
    }
}

namespace VRage.Scripting.MemorySafeTypes
{
    /// <summary>
    /// SE's memory-safe replacement types live here (the game rewrites some BCL uses to them). Only a
    /// placeholder so the namespace exists; scripts do not name these types.
    /// </summary>
    public class MemorySafeStringBuilder
    {
        private readonly StringBuilder m_builder = new StringBuilder();

        public int Length { get { return m_builder.Length; } }

        public override string ToString() { return m_builder.ToString(); }
    }
}

namespace Sandbox.Game.EntityComponents
{
    public class MyResourceSourceComponent : MyResourceSourceComponentBase
    {
        public float CurrentOutput { get; set; }
        public float MaxOutput { get; set; }
        public float DefinedOutput { get; set; }
        public bool ProductionEnabled { get; set; }
        public float RemainingCapacity { get; set; }
        public bool HasCapacityRemaining { get; set; }
        public List<MyDefinitionId> ResourceTypes { get; set; }
    }

    public class MyResourceSinkComponent : MyResourceSinkComponentBase
    {
        public List<MyDefinitionId> AcceptedResources { get; set; }
        public float RequiredInput { get; set; }
        public float SuppliedRatio { get; set; }
        public float CurrentInput { get; set; }
        public bool IsPowered { get; set; }

        public override float CurrentInputByType(MyDefinitionId resourceTypeId) { return CurrentInput; }
        public override bool IsPowerAvailable(MyDefinitionId resourceTypeId, float power) { return IsPowered; }
        public override bool IsPoweredByType(MyDefinitionId resourceTypeId) { return IsPowered; }
        public override float MaxRequiredInputByType(MyDefinitionId resourceTypeId) { return RequiredInput; }
        public override float RequiredInputByType(MyDefinitionId resourceTypeId) { return RequiredInput; }
        public override float SuppliedRatioByType(MyDefinitionId resourceTypeId) { return SuppliedRatio; }
    }
}

namespace Sandbox.ModAPI.Interfaces
{
    public interface ITerminalAction
    {
        string Id { get; }
        string Icon { get; }
        StringBuilder Name { get; }
        void Apply(IMyCubeBlock block);
        void WriteValue(IMyCubeBlock block, StringBuilder appendTo);
        bool IsEnabled(IMyCubeBlock block);
    }

    public interface ITerminalProperty
    {
        string Id { get; }
        string TypeName { get; }
    }

    public interface ITerminalProperty<TValue> : ITerminalProperty
    {
        TValue GetValue(IMyCubeBlock block);
        void SetValue(IMyCubeBlock block, TValue value);
        TValue GetDefaultValue(IMyCubeBlock block);
        TValue GetMinimum(IMyCubeBlock block);
        TValue GetMaximum(IMyCubeBlock block);
    }

    public static class TerminalPropertyExtensions
    {
        public static T GetValue<T>(this IMyCubeBlock block, string propertyId)
        {
            var terminal = block as Sandbox.ModAPI.Ingame.IMyTerminalBlock;
            var property = terminal == null ? null : terminal.GetProperty(propertyId) as ITerminalProperty<T>;
            if (property == null) throw new Exception("Property " + propertyId + " not found or of another type");
            return property.GetValue(block);
        }

        public static void SetValue<T>(this IMyCubeBlock block, string propertyId, T value)
        {
            var terminal = block as Sandbox.ModAPI.Ingame.IMyTerminalBlock;
            var property = terminal == null ? null : terminal.GetProperty(propertyId) as ITerminalProperty<T>;
            if (property == null) throw new Exception("Property " + propertyId + " not found or of another type");
            property.SetValue(block, value);
        }

        public static bool GetValueBool(this IMyCubeBlock block, string propertyId) { return GetValue<bool>(block, propertyId); }
        public static void SetValueBool(this IMyCubeBlock block, string propertyId, bool value) { SetValue(block, propertyId, value); }
        public static float GetValueFloat(this IMyCubeBlock block, string propertyId) { return GetValue<float>(block, propertyId); }
        public static void SetValueFloat(this IMyCubeBlock block, string propertyId, float value) { SetValue(block, propertyId, value); }
    }
}

namespace SpaceEngineers.Game.ModAPI.Ingame
{
    using Sandbox.ModAPI.Ingame;

    public interface IMyTimerBlock : IMyFunctionalBlock, IMyTerminalBlock, IMyCubeBlock, IMyEntity
    {
        bool IsCountingDown { get; }
        float TriggerDelay { get; set; }
        bool Silent { get; set; }
        void Trigger();
        void StartCountdown();
        void StopCountdown();
    }
}

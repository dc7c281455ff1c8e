// pbts C# stubs: Sandbox.ModAPI.Ingame (SE assembly Sandbox.Common).
// Names, signatures, generic constraints and enum values follow Space Engineers' in-game API (facts
// gathered from public API docs; no game code). Interfaces carry no behaviour: a host implements them.
// MyGridProgram behaves like the game's: the host sets members through Sandbox.ModAPI.IMyGridProgram.
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text;
using Sandbox.ModAPI.Interfaces;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    /// <summary>How often the game runs the script by itself. Setting other bits throws (host's job).</summary>
    [Flags]
    public enum UpdateFrequency : byte
    {
        None = 0,
        Update1 = 1,
        Update10 = 2,
        Update100 = 4,
        Once = 8,
    }

    /// <summary>What caused a run. 4 was once "Antenna" and is unused now.</summary>
    [Flags]
    public enum UpdateType
    {
        None = 0,
        Terminal = 1,
        Trigger = 2,
        Mod = 8,
        Script = 16,
        Update1 = 32,
        Update10 = 64,
        Update100 = 128,
        Once = 256,
        IGC = 512,
    }

    public enum TransmissionDistance
    {
        CurrentConstruct = 0,
        ConnectedConstructs = 1,
        AntennaRelay = 2,
    }

    public enum MyShipConnectorStatus
    {
        Unconnected = 0,
        Connectable = 1,
        Connected = 2,
    }

    public interface IMyGridProgramRuntimeInfo
    {
        TimeSpan TimeSinceLastRun { get; }
        double LastRunTimeMs { get; }
        int MaxInstructionCount { get; }
        int CurrentInstructionCount { get; }
        int MaxCallChainDepth { get; }
        int CurrentCallChainDepth { get; }
        UpdateFrequency UpdateFrequency { get; set; }
    }

    public interface IMyGridTerminalSystem
    {
        void GetBlocks(List<IMyTerminalBlock> blocks);
        void GetBlockGroups(List<IMyBlockGroup> blockGroups, Func<IMyBlockGroup, bool> collect = null);
        void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) where T : class;
        void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null) where T : class;
        void SearchBlocksOfName(string name, List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null);
        IMyTerminalBlock GetBlockWithName(string name);
        IMyBlockGroup GetBlockGroupWithName(string name);
        IMyTerminalBlock GetBlockWithId(long id);
    }

    public interface IMyBlockGroup
    {
        string Name { get; }
        void GetBlocks(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null);
        void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) where T : class;
        void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null) where T : class;
    }

    public interface IMyTerminalBlock : IMyCubeBlock, IMyEntity
    {
        string CustomName { get; set; }
        string CustomNameWithFaction { get; }
        string DetailedInfo { get; }
        string CustomInfo { get; }
        string CustomData { get; set; }
        bool ShowOnHUD { get; set; }
        bool ShowInTerminal { get; set; }
        bool ShowInToolbarConfig { get; set; }
        bool ShowInInventory { get; set; }
        bool HasLocalPlayerAccess();
        bool HasPlayerAccess(long playerId, MyRelationsBetweenPlayerAndBlock defaultNoUser = MyRelationsBetweenPlayerAndBlock.NoOwnership);
        bool IsSameConstructAs(IMyTerminalBlock other);
        void GetActions(List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null);
        void SearchActionsOfName(string name, List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null);
        ITerminalAction GetActionWithName(string name);
        ITerminalProperty GetProperty(string id);
        void GetProperties(List<ITerminalProperty> resultList, Func<ITerminalProperty, bool> collect = null);
        [Obsolete("Use the setter of Customname")]
        void SetCustomName(string text);
        [Obsolete("Use the setter of Customname")]
        void SetCustomName(StringBuilder text);
    }

    public interface IMyFunctionalBlock : IMyTerminalBlock, IMyCubeBlock, IMyEntity
    {
        bool Enabled { get; set; }
        [Obsolete("Use the setter of Enabled")]
        void RequestEnable(bool enable);
    }

    public interface IMyTextSurface
    {
        bool WriteText(string value, bool append = false);
        string GetText();
        bool WriteText(StringBuilder value, bool append = false);
        void ReadText(StringBuilder buffer, bool append = false);
        void AddImageToSelection(string id, bool checkExistence = false);
        void AddImagesToSelection(List<string> ids, bool checkExistence = false);
        void RemoveImageFromSelection(string id, bool removeDuplicates = false);
        void RemoveImagesFromSelection(List<string> ids, bool removeDuplicates = false);
        void ClearImagesFromSelection();
        void GetSelectedImages(List<string> output);
        string CurrentlyShownImage { get; }
        float FontSize { get; set; }
        Color FontColor { get; set; }
        Color BackgroundColor { get; set; }
        byte BackgroundAlpha { get; set; }
        float ChangeInterval { get; set; }
        string Font { get; set; }
        void GetFonts(List<string> fonts);
        void GetSprites(List<string> sprites);
        void GetScripts(List<string> scripts);
        TextAlignment Alignment { get; set; }
        string Script { get; set; }
        ContentType ContentType { get; set; }
        Vector2 SurfaceSize { get; }
        Vector2 TextureSize { get; }
        bool PreserveAspectRatio { get; set; }
        float TextPadding { get; set; }
        Color ScriptBackgroundColor { get; set; }
        Color ScriptForegroundColor { get; set; }
        string Name { get; }
        string DisplayName { get; }
        MySpriteDrawFrame DrawFrame();
        Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale);
    }

    public interface IMyTextSurfaceProvider
    {
        int SurfaceCount { get; }
        bool UseGenericLcd { get; }
        IMyTextSurface GetSurface(int index);
    }

    public interface IMyTextPanel : IMyTextSurface, IMyFunctionalBlock, IMyTerminalBlock, IMyCubeBlock, IMyEntity
    {
    }

    public interface IMyProgrammableBlock : IMyFunctionalBlock, IMyTerminalBlock, IMyCubeBlock, IMyEntity, IMyTextSurfaceProvider
    {
        bool IsRunning { get; }
        string TerminalRunArgument { get; }
        bool TryRun(string argument);
    }

    public interface IMyRadioAntenna : IMyFunctionalBlock, IMyTerminalBlock, IMyCubeBlock, IMyEntity
    {
        float Radius { get; set; }
        bool ShowShipName { get; set; }
        bool IsBroadcasting { get; }
        bool EnableBroadcasting { get; set; }
        string HudText { get; set; }
    }

    public interface IMyShipConnector : IMyFunctionalBlock, IMyTerminalBlock, IMyCubeBlock, IMyEntity
    {
        bool ThrowOut { get; set; }
        bool CollectAll { get; set; }
        float PullStrength { get; set; }
        [Obsolete("Use the Status property")]
        bool IsLocked { get; }
        [Obsolete("Use the Status property")]
        bool IsConnected { get; }
        MyShipConnectorStatus Status { get; }
        IMyShipConnector OtherConnector { get; }
        void Connect();
        void Disconnect();
        void ToggleConnect();
    }

    // ---- Intergrid communication ----

    /// <summary>A received message. Data, Tag and Source are readonly fields as in the game.</summary>
    public struct MyIGCMessage
    {
        public readonly object Data;
        public readonly string Tag;
        public readonly long Source;

        public MyIGCMessage(object data, string tag, long source)
        {
            Data = data;
            Tag = tag;
            Source = source;
        }

        /// <summary>A cast of Data; throws InvalidCastException when Data is not a TData.</summary>
        public TData As<TData>()
        {
            return (TData)Data;
        }
    }

    public interface IMyMessageProvider
    {
        bool HasPendingMessage { get; }
        int MaxWaitingMessages { get; }
        MyIGCMessage AcceptMessage();
        void SetMessageCallback(string argument = "");
        void DisableMessageCallback();
    }

    public interface IMyBroadcastListener : IMyMessageProvider
    {
        string Tag { get; }
        bool IsActive { get; }
    }

    public interface IMyUnicastListener : IMyMessageProvider
    {
    }

    public interface IMyIntergridCommunicationSystem
    {
        long Me { get; }
        IMyUnicastListener UnicastListener { get; }
        bool IsEndpointReachable(long address, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay);
        IMyBroadcastListener RegisterBroadcastListener(string tag);
        void DisableBroadcastListener(IMyBroadcastListener broadcastListener);
        void GetBroadcastListeners(List<IMyBroadcastListener> broadcastListeners, Func<IMyBroadcastListener, bool> collect = null);
        void SendBroadcastMessage<TData>(string tag, TData data, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay);
        bool SendUnicastMessage<TData>(long addressee, string tag, TData data);
    }

    // ---- Terminal helpers scripts commonly use ----

    public static class TerminalBlockExtentions
    {
        public static long GetId(this IMyTerminalBlock block)
        {
            return block.EntityId;
        }

        public static void ApplyAction(this IMyTerminalBlock block, string actionName)
        {
            ITerminalAction action = block.GetActionWithName(actionName);
            if (action != null) action.Apply(block);
        }

        public static bool HasAction(this IMyTerminalBlock block, string actionName)
        {
            return block.GetActionWithName(actionName) != null;
        }
    }

    // ---- The script base class ----

    /// <summary>
    /// Base class of every script. Like the game's: public getters with protected setters; the host
    /// assigns them through the explicit Sandbox.ModAPI.IMyGridProgram implementation (the game creates
    /// the object uninitialized, assigns Runtime/Storage/Me/Echo/IGC, then runs the constructor).
    /// Main is looked up as Main(string, UpdateType), else Main(string), else Main().
    /// </summary>
    public abstract class MyGridProgram : Sandbox.ModAPI.IMyGridProgram
    {
        private string m_storage;
        private Func<IMyIntergridCommunicationSystem> m_igcGetter;
        private readonly Action<string, UpdateType> m_main;
        private readonly Action m_save;

        protected MyGridProgram()
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
            Type type = GetType();
            MethodInfo main2 = type.GetMethod("Main", flags, null, new[] { typeof(string), typeof(UpdateType) }, null);
            MethodInfo main1 = type.GetMethod("Main", flags, null, new[] { typeof(string) }, null);
            MethodInfo main0 = type.GetMethod("Main", flags, null, Type.EmptyTypes, null);
            if (main2 != null)
            {
                var d = (Action<string, UpdateType>)Delegate.CreateDelegate(typeof(Action<string, UpdateType>), this, main2);
                m_main = d;
            }
            else if (main1 != null)
            {
                var d = (Action<string>)Delegate.CreateDelegate(typeof(Action<string>), this, main1);
                m_main = (arg, source) => d(arg);
            }
            else if (main0 != null)
            {
                var d = (Action)Delegate.CreateDelegate(typeof(Action), this, main0);
                m_main = (arg, source) => d();
            }
            MethodInfo save = type.GetMethod("Save", flags, null, Type.EmptyTypes, null);
            if (save != null) m_save = (Action)Delegate.CreateDelegate(typeof(Action), this, save);
        }

        public virtual IMyGridTerminalSystem GridTerminalSystem { get; protected set; }
        public virtual IMyProgrammableBlock Me { get; protected set; }
        [Obsolete("Use Runtime.TimeSinceLastRun instead")]
        public virtual TimeSpan ElapsedTime { get; protected set; }
        public virtual IMyGridProgramRuntimeInfo Runtime { get; protected set; }

        /// <summary>Reads "" when null.</summary>
        public virtual string Storage
        {
            get { return m_storage ?? ""; }
            protected set { m_storage = value ?? ""; }
        }

        public Action<string> Echo { get; protected set; }

        public virtual IMyIntergridCommunicationSystem IGC
        {
            get { return m_igcGetter == null ? null : m_igcGetter(); }
        }

        IMyGridTerminalSystem Sandbox.ModAPI.IMyGridProgram.GridTerminalSystem
        {
            get { return GridTerminalSystem; }
            set { GridTerminalSystem = value; }
        }

        IMyProgrammableBlock Sandbox.ModAPI.IMyGridProgram.Me
        {
            get { return Me; }
            set { Me = value; }
        }

#pragma warning disable 618
        TimeSpan Sandbox.ModAPI.IMyGridProgram.ElapsedTime
        {
            get { return ElapsedTime; }
            set { ElapsedTime = value; }
        }
#pragma warning restore 618

        IMyGridProgramRuntimeInfo Sandbox.ModAPI.IMyGridProgram.Runtime
        {
            get { return Runtime; }
            set { Runtime = value; }
        }

        string Sandbox.ModAPI.IMyGridProgram.Storage
        {
            get { return Storage; }
            set { Storage = value; }
        }

        Action<string> Sandbox.ModAPI.IMyGridProgram.Echo
        {
            get { return Echo; }
            set { Echo = value; }
        }

        Func<IMyIntergridCommunicationSystem> Sandbox.ModAPI.IMyGridProgram.IGC_ContextGetter
        {
            set { m_igcGetter = value; }
        }

        bool Sandbox.ModAPI.IMyGridProgram.HasMainMethod
        {
            get { return m_main != null; }
        }

        bool Sandbox.ModAPI.IMyGridProgram.HasSaveMethod
        {
            get { return m_save != null; }
        }

        void Sandbox.ModAPI.IMyGridProgram.Main(string argument, UpdateType updateSource)
        {
            if (m_main == null) throw new InvalidOperationException("No Main method available");
            m_main(argument ?? string.Empty, updateSource);
        }

        void Sandbox.ModAPI.IMyGridProgram.Save()
        {
            if (m_save != null) m_save();
        }
    }
}

namespace Sandbox.ModAPI
{
    using Sandbox.ModAPI.Ingame;

    /// <summary>
    /// The host's view of a script (not visible to scripts: the game's prologue does not import
    /// Sandbox.ModAPI, and the whitelist does not allow it).
    /// </summary>
    public interface IMyGridProgram
    {
        Func<IMyIntergridCommunicationSystem> IGC_ContextGetter { set; }
        Sandbox.ModAPI.Ingame.IMyGridTerminalSystem GridTerminalSystem { get; set; }
        Sandbox.ModAPI.Ingame.IMyProgrammableBlock Me { get; set; }
        TimeSpan ElapsedTime { get; set; }
        string Storage { get; set; }
        Action<string> Echo { get; set; }
        IMyGridProgramRuntimeInfo Runtime { get; set; }
        bool HasMainMethod { get; }
        bool HasSaveMethod { get; }
        void Main(string argument, UpdateType updateSource);
        void Save();
    }
}

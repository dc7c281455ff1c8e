// pbts C# stubs, hand-written part of Sandbox.ModAPI.Ingame (SE assembly Sandbox.Common): MyGridProgram
// (behaves like the game's: the host sets members through Sandbox.ModAPI.IMyGridProgram) and
// MyIGCMessage (built by the host). The interfaces and enums are generated (stubs/generated/).
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

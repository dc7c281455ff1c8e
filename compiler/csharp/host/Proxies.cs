// pbts C# engine host: thin proxies of the simulator's objects. Every member is a synchronous
// request to Node, which performs it on the real TS object (so the semantics live in one place, the
// TS simulator). Proxies are cached per handle, so the same simulator object is the same C# object.
// Members the TS simulator does not model throw NotSupportedException ("not modelled in the simulator:
// Type.Member", from the generated proxy bases).
using System;
using System.Collections.Generic;
using System.Text;
using Sandbox.ModAPI.Ingame;
using Sandbox.ModAPI.Interfaces;
using VRage;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace Pbts.EngineHost
{
    public abstract class Remote
    {
        public readonly int H;
        public readonly string Kind;
        protected Remote(string kind, int h) { Kind = kind; H = h; }

        /// <summary>Where member accesses go: the simulator over the FIFOs, or an in-process fake (bench).</summary>
        public static IBackend Backend = new LinkBackend();

        // Argument arrays shared by all proxy calls, so a call allocates no params array: a backend
        // reads its arguments before it returns or lets any script code run (LinkBackend copies them
        // into its request first; nested requests, TryRun or Echo, come after that), and scripts run on
        // one thread. The slots are cleared after the call so they keep nothing alive.
        static readonly object[] Args0 = new object[0];
        static readonly object[] Args1 = new object[1];
        static readonly object[] Args2 = new object[2];
        static readonly object[] Args3 = new object[3];
        static readonly object[] Args5 = new object[5];

        protected object Get(string prop) { return Backend.Get(this, prop); }
        protected void Set(string prop, object value) { Backend.Set(this, prop, value); }
        protected object Call(string method) { return Backend.Call(this, method, Args0); }
        protected object Call(string method, object a)
        {
            object[] x = Args1;
            x[0] = a;
            object r = Backend.Call(this, method, x);
            x[0] = null;
            return r;
        }
        protected object Call(string method, object a, object b)
        {
            object[] x = Args2;
            x[0] = a;
            x[1] = b;
            object r = Backend.Call(this, method, x);
            x[0] = null;
            x[1] = null;
            return r;
        }
        protected object Call(string method, object a, object b, object c)
        {
            object[] x = Args3;
            x[0] = a;
            x[1] = b;
            x[2] = c;
            object r = Backend.Call(this, method, x);
            x[0] = null;
            x[1] = null;
            x[2] = null;
            return r;
        }
        protected object Call(string method, object a, object b, object c, object d, object e)
        {
            object[] x = Args5;
            x[0] = a;
            x[1] = b;
            x[2] = c;
            x[3] = d;
            x[4] = e;
            object r = Backend.Call(this, method, x);
            for (int i = 0; i < 5; i++) x[i] = null;
            return r;
        }
        /// <summary>A call whose first argument is a long (an EntityId), passed unboxed.</summary>
        protected object CallLong(string method, long a) { return Backend.CallLong(this, method, a, Args0); }
        protected object CallLong(string method, long a, object b)
        {
            object[] x = Args1;
            x[0] = b;
            object r = Backend.CallLong(this, method, a, x);
            x[0] = null;
            return r;
        }
        protected List<object> ListOf(string method, string typeName) { return Backend.List(this, method, typeName, Args0); }
        protected List<object> ListOf(string method, string typeName, object a)
        {
            object[] x = Args1;
            x[0] = a;
            List<object> r = Backend.List(this, method, typeName, x);
            x[0] = null;
            return r;
        }
        protected static object Box(bool v) { return Boxes.Bool(v); }
        protected static object Box(int v) { return Boxes.Int(v); }
        protected static string S(object v) { return (string)v; }
        protected static bool B(object v) { return v != null && (bool)v; }
        protected static double D(object v) { return v == null ? 0 : Convert.ToDouble(v); }
        protected static long L(object v) { return v == null ? 0 : Convert.ToInt64(v); }
        protected static long? NL(object v) { return v == null ? (long?)null : Convert.ToInt64(v); }
        protected static int I(object v) { return v == null ? 0 : Convert.ToInt32(v); }
        protected static Exception NS(string member) { return new NotSupportedException("pbts cs engine: " + member + " is not simulated"); }

        /// <summary>Fill a script's list, keeping the items that are a T and pass collect.</summary>
        public static void Fill<T>(List<T> target, List<object> items, Func<T, bool> collect) where T : class
        {
            if (target == null) throw new ArgumentNullException("blocks");
            target.Clear();
            foreach (var o in items)
            {
                var t = o as T;
                if (t == null) continue;
                if (collect == null || collect(t)) target.Add(t);
            }
        }
    }

    /// <summary>Shared boxes of bools and small ints (enum values, indexes), so passing one allocates nothing.</summary>
    public static class Boxes
    {
        public static readonly object True = true, False = false;
        static readonly object[] ints = MakeInts();

        static object[] MakeInts()
        {
            var a = new object[257];
            for (int i = 0; i < a.Length; i++) a[i] = i - 1;
            return a;
        }

        public static object Bool(bool v) { return v ? True : False; }
        /// <summary>A boxed int; shared for -1..255, a new box otherwise.</summary>
        public static object Int(int v) { return v >= -1 && v <= 255 ? ints[v + 1] : (object)v; }
    }

    /// <summary>
    /// What the proxies' members turn into. The object[] arguments (args, more) are shared by all
    /// proxies: read them before returning and before anything can call back into script code, and do
    /// not keep them.
    /// </summary>
    public interface IBackend
    {
        object Get(Remote r, string prop);
        void Set(Remote r, string prop, object value);
        object Call(Remote r, string method, object[] args);
        /// <summary>Call(r, method, [a, ...more]) with a passed unboxed.</summary>
        object CallLong(Remote r, string method, long a, object[] more);
        List<object> List(Remote r, string method, string typeName, object[] args);
        /// <summary>A message provider's AcceptMessage, typed so the message struct is not boxed.</summary>
        MyIGCMessage Accept(Remote provider);
        void Broadcast(Remote igc, string tag, object data, int distance);
        bool Unicast(Remote igc, long addressee, string tag, object data);
    }

    /// <summary>The real backend: each access is a request to Node.</summary>
    public sealed class LinkBackend : IBackend
    {
        public object Get(Remote r, string prop) { return Link.Call("get", r, prop).Value(); }
        public void Set(Remote r, string prop, object value) { Link.Call("set", r, prop, value); }
        public object Call(Remote r, string method, object[] args)
        {
            var a = new object[args.Length + 2];
            a[0] = r;
            a[1] = method;
            Array.Copy(args, 0, a, 2, args.Length);
            return Link.Call("call", a).Value();
        }
        public object CallLong(Remote r, string method, long arg, object[] more)
        {
            var a = new object[more.Length + 3];
            a[0] = r;
            a[1] = method;
            a[2] = arg;
            Array.Copy(more, 0, a, 3, more.Length);
            return Link.Call("call", a).Value();
        }
        public List<object> List(Remote r, string method, string typeName, object[] args)
        {
            var a = new object[args.Length + 3];
            a[0] = r;
            a[1] = method;
            a[2] = typeName;
            Array.Copy(args, 0, a, 3, args.Length);
            return (List<object>)Link.Call("list", a).Value();
        }
        public MyIGCMessage Accept(Remote provider) { return (MyIGCMessage)Link.Call("call", provider, "AcceptMessage").Value(); }
        // Buffered (Link.Post): a broadcast returns nothing and the payload was checked here already.
        public void Broadcast(Remote igc, string tag, object data, int distance) { Link.Post("send", igc, "broadcast", tag, data, distance); }
        public bool Unicast(Remote igc, long addressee, string tag, object data)
        {
            object v = Link.Call("send", igc, "unicast", tag, data, addressee).Value();
            return v != null && (bool)v;
        }
    }

    public static class Proxies
    {
        static readonly Dictionary<int, Remote> cache = new Dictionary<int, Remote>();

        public static Remote Of(string kind, int h)
        {
            Remote r;
            if (cache.TryGetValue(h, out r)) return r;
            switch (kind)
            {
                case "pb": r = new PbProxy(h); break;
                case "panel": r = new PanelProxy(h); break;
                case "antenna": r = new AntennaProxy(h); break;
                case "connector": r = new ConnectorProxy(h); break;
                case "block": r = new BlockProxy(kind, h); break;
                case "grid": r = new GridProxy(h); break;
                case "slim": r = new SlimBlockProxy(h); break;
                case "search": r = new SearchEnemyProxy(h); break;
                case "top/IMyMotorRotor": r = new RotorTopProxy(kind, h); break;
                case "top/IMyMotorAdvancedRotor": r = new AdvancedRotorTopProxy(kind, h); break;
                case "top/IMyWheel": r = new WheelTopProxy(kind, h); break;
                case "top/IMyPistonTop": r = new PistonTopProxy(kind, h); break;
                case "surface": r = new SurfaceProxy(h); break;
                case "inventory": r = new InventoryProxy(h); break;
                case "action": r = new TerminalActionProxy(h); break;
                case "group": r = new GroupProxy(h); break;
                case "bl": r = new BroadcastListenerProxy(h); break;
                case "ul": r = new UnicastListenerProxy(h); break;
                case "igc": r = new IgcProxy(h); break;
                case "rt": r = new RuntimeProxy(h); break;
                case "gts": r = new GtsProxy(h); break;
                default: r = kind.StartsWith("prop/", StringComparison.Ordinal) ? TerminalPropertyProxies.Of(kind, h) : kind.StartsWith("block/", StringComparison.Ordinal) ? (KindProxies.Block(kind, h) ?? GeneratedProxies.Block(kind, h)) : new OpaqueProxy(kind, h); break;
            }
            cache[h] = r;
            return r;
        }

        public static void Drop(int h) { cache.Remove(h); }
        public static int Count { get { return cache.Count; } }
    }

    public sealed class OpaqueProxy : Remote
    {
        public OpaqueProxy(string kind, int h) : base(kind, h) { }
    }

    // The proxies derive from the generated ProxyOf_<interface> classes (ProxyBases.generated.cs), whose
    // members throw "not modelled in the simulator: Type.Member"; they override what the simulator models.

    /// <summary>
    /// What every terminal block forwards (IMyEntity, IMyCubeBlock, IMyTerminalBlock): the base of
    /// BlockProxy and of the generated proxies of non-functional kinds (cockpits, cargo containers...),
    /// through compiler/api-gen/host.ts HOST_PROXY_COVER.
    /// </summary>
    public abstract class TerminalBlockProxy : ProxyOf_IMyTerminalBlock
    {
        protected TerminalBlockProxy(string kind, int h) : base(kind, h) { }
        long id;
        bool idKnown;
        public override long EntityId { get { if (!idKnown) { id = L(Get("EntityId")); idKnown = true; } return id; } }
        public override string Name { get { return S(Get("CustomName")); } }
        public override string DisplayName { get { return S(Get("DisplayName")); } }
        public override bool Closed { get { return B(Get("Closed")); } }
        public override bool HasInventory { get { return B(Get("HasInventory")); } }
        public override int InventoryCount { get { return I(Get("InventoryCount")); } }
        public override IMyInventory GetInventory() { return (IMyInventory)Call("GetInventory"); }
        public override IMyInventory GetInventory(int index) { return (IMyInventory)Call("GetInventory", Box(index)); }
        public override IMyCubeGrid CubeGrid { get { return (IMyCubeGrid)Get("CubeGrid"); } }
        public override string DefinitionDisplayNameText { get { return S(Get("DefinitionDisplayNameText")); } }
        public override string DisplayNameText { get { return S(Get("CustomName")); } }
        public override VRage.ObjectBuilders.SerializableDefinitionId BlockDefinition { get { return (VRage.ObjectBuilders.SerializableDefinitionId)Get("BlockDefinition"); } }
        public override bool IsBeingHacked { get { return false; } }
        // scenario facts (sim/blocks/block.ts): Mass, DisassembleRatio, NumberInGrid
        public override float Mass { get { return (float)D(Get("Mass")); } }
        public override float DisassembleRatio { get { return (float)D(Get("DisassembleRatio")); } }
        public override int NumberInGrid { get { return I(Get("NumberInGrid")); } }
        public override bool IsFunctional { get { return B(Get("IsFunctional")); } }
        public override bool IsWorking { get { return B(Get("IsWorking")); } }
        public override long OwnerId { get { return L(Get("OwnerId")); } }
        public override string GetOwnerFactionTag() { return ""; }
        public override void UpdateIsWorking() { }
        public override void UpdateVisual() { }
        public override string CustomName { get { return S(Get("CustomName")); } set { Set("CustomName", value); } }
        public override string CustomNameWithFaction { get { return S(Get("CustomName")); } }
        public override string DetailedInfo { get { return S(Get("DetailedInfo")); } }
        public override string CustomInfo { get { return S(Get("CustomInfo")); } }
        public override string CustomData { get { return S(Get("CustomData")); } set { Set("CustomData", value); } }
        public override bool ShowOnHUD { get { return B(Get("ShowOnHUD")); } set { Set("ShowOnHUD", Box(value)); } }
        public override bool ShowInTerminal { get { return B(Get("ShowInTerminal")); } set { Set("ShowInTerminal", Box(value)); } }
        public override bool ShowInToolbarConfig { get { return B(Get("ShowInToolbarConfig")); } set { Set("ShowInToolbarConfig", Box(value)); } }
        public override bool ShowInInventory { get { return B(Get("ShowInInventory")); } set { Set("ShowInInventory", Box(value)); } }
        public override bool HasLocalPlayerAccess() { return true; }
        public override bool IsSameConstructAs(IMyTerminalBlock other) { return B(Call("IsSameConstructAs", other as Remote)); }
        public override void SetCustomName(string text) { CustomName = text; }
        public override void SetCustomName(StringBuilder text) { CustomName = text.ToString(); }
        public override Vector3D GetPosition() { return (Vector3D)Call("GetPosition"); }
        // Geometry (sim/blocks/geometry.ts): the cell, orientation and world placement the simulator gives.
        public override Vector3I Position { get { return (Vector3I)Get("Position"); } }
        public override Vector3I Min { get { return (Vector3I)Get("Min"); } }
        public override Vector3I Max { get { return (Vector3I)Get("Max"); } }
        public override MyBlockOrientation Orientation { get { return (MyBlockOrientation)Get("Orientation"); } }
        public override MatrixD WorldMatrix { get { return (MatrixD)Get("WorldMatrix"); } }
        public override BoundingBoxD WorldAABB { get { return (BoundingBoxD)Get("WorldAABB"); } }
        public override BoundingBoxD WorldAABBHr { get { return (BoundingBoxD)Get("WorldAABBHr"); } }
        public override BoundingSphereD WorldVolume { get { return (BoundingSphereD)Get("WorldVolume"); } }
        public override BoundingSphereD WorldVolumeHr { get { return (BoundingSphereD)Get("WorldVolumeHr"); } }
        public override ITerminalAction GetActionWithName(string name) { return (ITerminalAction)Call("GetActionWithName", name); }
        public override ITerminalProperty GetProperty(string id) { return (ITerminalProperty)Call("GetProperty", id); }
        public override void GetActions(List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null) { Fill(resultList, ListOf("GetActions", null), collect); }
        public override void GetProperties(List<ITerminalProperty> resultList, Func<ITerminalProperty, bool> collect = null) { Fill(resultList, ListOf("GetProperties", null), collect); }
        public override void SearchActionsOfName(string name, List<ITerminalAction> resultList, Func<ITerminalAction, bool> collect = null) { Fill(resultList, ListOf("SearchActionsOfName", null, name), collect); }
    }

    public class BlockProxy : ProxyOf_IMyFunctionalBlock
    {
        public BlockProxy(string kind, int h) : base(kind, h) { }
        public override bool Enabled { get { return B(Get("Enabled")); } set { Set("Enabled", Box(value)); } }
        public override void RequestEnable(bool enable) { Enabled = enable; }
    }

    public sealed class PbProxy : ProxyOf_IMyProgrammableBlock, IMyUpgradableBlock
    {
        public PbProxy(int h) : base("pb", h) { }
        public uint UpgradeCount { get { return (uint)I(Get("UpgradeCount")); } }
        public void FillUpgradesDictionary(Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.FillUpgradesDictionary"); }
        public void GetUpgrades(out Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.GetUpgrades"); }
        public override bool IsRunning { get { return B(Get("IsRunning")); } }
        public override string TerminalRunArgument { get { return S(Get("TerminalRunArgument")); } }
        public override bool TryRun(string argument)
        {
            bool ok = B(Call("TryRun", argument));
            // The nested run passed the limit: the game's TryRun throws the counter's exception at the caller.
            if (PbtsInstr.Counter.IsDead()) throw new PbtsInstr.ScriptOutOfRangeException(false);
            return ok;
        }
        public override int SurfaceCount { get { return I(Get("SurfaceCount")); } }
        public override bool UseGenericLcd { get { return false; } }
        public override IMyTextSurface GetSurface(int index) { return (IMyTextSurface)Call("GetSurface", Box(index)); }
    }

    /// <summary>The IMyTextSurface members the simulator models, shared by an LCD panel and a PB's screen.</summary>
    static class TextSurfaceOps
    {
        public static void ReadText(string text, StringBuilder buffer, bool append) { if (!append) buffer.Clear(); buffer.Append(text); }
    }

    /// <summary>An LCD panel: its IMyTextSurface members are its face's (the simulator's SimTextPanel.Surface).</summary>
    public sealed class PanelProxy : ProxyOf_IMyTextPanel, IMyTextSurface, IMyTextSurfaceProvider, IMyUpgradableBlock
    {
        public PanelProxy(int h) : base("panel", h) { }
        // IMyTextSurfaceProvider, IMyUpgradableBlock: as sim/blocks/text-panel.ts
        public int SurfaceCount { get { return I(Get("SurfaceCount")); } }
        public bool UseGenericLcd { get { return B(Get("UseGenericLcd")); } }
        public IMyTextSurface GetSurface(int index) { return (IMyTextSurface)Call("GetSurface", Box(index)); }
        public uint UpgradeCount { get { return (uint)I(Get("UpgradeCount")); } }
        public void FillUpgradesDictionary(Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.FillUpgradesDictionary"); }
        public void GetUpgrades(out Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.GetUpgrades"); }
        SurfaceProxy surface;
        SurfaceProxy Surf { get { return surface ?? (surface = (SurfaceProxy)Get("Surface")); } }
        string IMyTextSurface.Name { get { return Surf.Name; } }
        string IMyTextSurface.DisplayName { get { return Surf.Name; } }
        public override bool WriteText(string value, bool append = false) { return Surf.WriteText(value, append); }
        public override bool WriteText(StringBuilder value, bool append = false) { return Surf.WriteText(value, append); }
        public override string GetText() { return Surf.GetText(); }
        public override void ReadText(StringBuilder buffer, bool append = false) { Surf.ReadText(buffer, append); }
        public override float FontSize { get { return Surf.FontSize; } set { Surf.FontSize = value; } }
        public override string Font { get { return Surf.Font; } set { Surf.Font = value; } }
        public override ContentType ContentType { get { return Surf.ContentType; } set { Surf.ContentType = value; } }
        public override TextAlignment Alignment { get { return Surf.Alignment; } set { Surf.Alignment = value; } }
        public override byte BackgroundAlpha { get { return Surf.BackgroundAlpha; } set { Surf.BackgroundAlpha = value; } }
        public override Color BackgroundColor { get { return Surf.BackgroundColor; } set { Surf.BackgroundColor = value; } }
        public override float ChangeInterval { get { return Surf.ChangeInterval; } set { Surf.ChangeInterval = value; } }
        public override Color FontColor { get { return Surf.FontColor; } set { Surf.FontColor = value; } }
        public override bool PreserveAspectRatio { get { return Surf.PreserveAspectRatio; } set { Surf.PreserveAspectRatio = value; } }
        public override string Script { get { return Surf.Script; } set { Surf.Script = value; } }
        public override Color ScriptBackgroundColor { get { return Surf.ScriptBackgroundColor; } set { Surf.ScriptBackgroundColor = value; } }
        public override Color ScriptForegroundColor { get { return Surf.ScriptForegroundColor; } set { Surf.ScriptForegroundColor = value; } }
        public override float TextPadding { get { return Surf.TextPadding; } set { Surf.TextPadding = value; } }
        public override string CurrentlyShownImage { get { return Surf.CurrentlyShownImage; } }
        public override Vector2 SurfaceSize { get { return Surf.SurfaceSize; } }
        public override Vector2 TextureSize { get { return Surf.TextureSize; } }
        public override void AddImageToSelection(string id, bool checkExistence = false) { Surf.AddImageToSelection(id, checkExistence); }
        public override void AddImagesToSelection(List<string> ids, bool checkExistence = false) { Surf.AddImagesToSelection(ids, checkExistence); }
        public override void RemoveImageFromSelection(string id, bool removeDuplicates = false) { Surf.RemoveImageFromSelection(id, removeDuplicates); }
        public override void RemoveImagesFromSelection(List<string> ids, bool removeDuplicates = false) { Surf.RemoveImagesFromSelection(ids, removeDuplicates); }
        public override void ClearImagesFromSelection() { Surf.ClearImagesFromSelection(); }
        public override void GetSelectedImages(List<string> output) { Surf.GetSelectedImages(output); }
        public override MySpriteDrawFrame DrawFrame() { return Surf.DrawFrame(); }
        public override string GetPublicTitle() { return S(Call("GetPublicTitle")); }
        public override bool WritePublicTitle(string value, bool append = false) { return B(Call("WritePublicTitle", value, Box(append))); }
        public override Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale) { return Surf.MeasureStringInPixels(text, font, scale); }
        public override void GetFonts(List<string> fonts) { Surf.GetFonts(fonts); }
        public override void GetSprites(List<string> sprites) { Surf.GetSprites(sprites); }
        public override void GetScripts(List<string> scripts) { Surf.GetScripts(scripts); }
    }

    /// <summary>A text surface (an LCD's face, a PB's screen or keyboard, a cockpit's screen): sim/blocks/text-surface.ts.</summary>
    public sealed class SurfaceProxy : ProxyOf_IMyTextSurface
    {
        public SurfaceProxy(int h) : base("surface", h) { }
        public override string Name { get { return S(Get("Name")); } }
        public override string DisplayName { get { return S(Get("DisplayName")); } }
        public override bool WriteText(string value, bool append = false) { return B(Call("WriteText", value, Box(append))); }
        public override string GetText() { return S(Call("GetText")); }
        public override bool WriteText(StringBuilder value, bool append = false) { return WriteText(value == null ? null : value.ToString(), append); }
        public override void ReadText(StringBuilder buffer, bool append = false) { TextSurfaceOps.ReadText(GetText(), buffer, append); }
        public override float FontSize { get { return (float)D(Get("FontSize")); } set { Set("FontSize", (double)value); } }
        public override string Font { get { return S(Get("Font")); } set { Set("Font", value); } }
        public override ContentType ContentType { get { return (ContentType)I(Get("ContentType")); } set { Set("ContentType", Box((int)value)); } }
        public override TextAlignment Alignment { get { return (TextAlignment)I(Get("Alignment")); } set { Set("Alignment", Box((int)value)); } }
        public override byte BackgroundAlpha { get { return (byte)I(Get("BackgroundAlpha")); } set { Set("BackgroundAlpha", Box((int)value)); } }
        public override Color BackgroundColor { get { return (Color)Get("BackgroundColor"); } set { Set("BackgroundColor", value); } }
        public override float ChangeInterval { get { return (float)D(Get("ChangeInterval")); } set { Set("ChangeInterval", (double)value); } }
        public override Color FontColor { get { return (Color)Get("FontColor"); } set { Set("FontColor", value); } }
        public override bool PreserveAspectRatio { get { return B(Get("PreserveAspectRatio")); } set { Set("PreserveAspectRatio", Box(value)); } }
        public override string Script { get { return S(Get("Script")); } set { Set("Script", value); } }
        public override Color ScriptBackgroundColor { get { return (Color)Get("ScriptBackgroundColor"); } set { Set("ScriptBackgroundColor", value); } }
        public override Color ScriptForegroundColor { get { return (Color)Get("ScriptForegroundColor"); } set { Set("ScriptForegroundColor", value); } }
        public override float TextPadding { get { return (float)D(Get("TextPadding")); } set { Set("TextPadding", (double)value); } }
        public override string CurrentlyShownImage { get { return S(Get("CurrentlyShownImage")); } }
        public override Vector2 SurfaceSize { get { return (Vector2)Get("SurfaceSize"); } }
        public override Vector2 TextureSize { get { return (Vector2)Get("TextureSize"); } }
        public override void AddImageToSelection(string id, bool checkExistence = false) { Call("AddImageToSelection", id, Box(checkExistence)); }
        public override void AddImagesToSelection(List<string> ids, bool checkExistence = false) { Call("AddImagesToSelection", ids, Box(checkExistence)); }
        public override void RemoveImageFromSelection(string id, bool removeDuplicates = false) { Call("RemoveImageFromSelection", id, Box(removeDuplicates)); }
        public override void RemoveImagesFromSelection(List<string> ids, bool removeDuplicates = false) { Call("RemoveImagesFromSelection", ids, Box(removeDuplicates)); }
        public override void ClearImagesFromSelection() { Call("ClearImagesFromSelection"); }
        public override void GetSelectedImages(List<string> output)
        {
            if (output == null) throw new ArgumentNullException("output");
            foreach (var o in ListOf("GetSelectedImages", null)) output.Add((string)o);
        }
        public override MySpriteDrawFrame DrawFrame() { return new MySpriteDrawFrame(Submit); }
        public override Vector2 MeasureStringInPixels(StringBuilder text, string font, float scale) { return (Vector2)Call("MeasureStringInPixels", text == null ? null : text.ToString(), font, (double)scale); }
        public override void GetFonts(List<string> fonts) { AddStrings(fonts, "GetFonts"); }
        public override void GetSprites(List<string> sprites) { AddStrings(sprites, "GetSprites"); }
        public override void GetScripts(List<string> scripts) { AddStrings(scripts, "GetScripts"); }
        void AddStrings(List<string> output, string method)
        {
            if (output == null) throw new ArgumentNullException("output");
            foreach (var o in ListOf(method, null)) output.Add((string)o);
        }
        // A frame's sprites go to the simulator when it is disposed (buffered: it returns nothing).
        void Submit(MySpriteDrawFrame frame)
        {
            var sprites = new List<MySprite>();
            frame.AddToList(sprites);
            Link.Post("call", this, "SubmitSprites", sprites);
        }
    }

    /// <summary>A block kind's terminal action (sim/blocks/kind-block.ts SimTerminalAction).</summary>
    public sealed class TerminalActionProxy : ProxyOf_ITerminalAction
    {
        public TerminalActionProxy(int h) : base("action", h) { }
        string id;
        public override string Id { get { return id ?? (id = S(Get("Id"))); } }
        string text;
        /// <summary>terminal.dat's display text ("Toggle block On/Off").</summary>
        public override StringBuilder Name { get { return new StringBuilder(text ?? (text = S(Get("Text")))); } }
        public override void Apply(IMyCubeBlock block) { Call("Apply", block as Remote); }
        // A toolbar parameter is ignored, as in the TS simulator (sim/blocks/terminal.ts): the action is recorded.
        public override void Apply(IMyCubeBlock block, VRage.Collections.ListReader<TerminalActionParameter> terminalActionParameters) { Call("Apply", block as Remote); }
        public override bool IsEnabled(IMyCubeBlock block) { return B(Call("IsEnabled", block as Remote)); }
    }

    /// <summary>A block kind's terminal property, typed by terminal.dat's type (kind "prop/Single"...).</summary>
    public static class TerminalPropertyProxies
    {
        public static Remote Of(string kind, int h)
        {
            switch (kind.Substring(5))
            {
                case "Boolean": return new TerminalPropertyProxy<bool>(kind, h);
                case "Single": return new TerminalPropertyProxy<float>(kind, h);
                case "Int64": return new TerminalPropertyProxy<long>(kind, h);
                case "Color": return new TerminalPropertyProxy<Color>(kind, h);
                case "StringBuilder": return new TerminalPropertyProxy<StringBuilder>(kind, h);
                default: return new TerminalPropertyProxy<object>(kind, h);
            }
        }
    }

    public sealed class TerminalPropertyProxy<T> : Remote, ITerminalProperty<T>
    {
        public TerminalPropertyProxy(string kind, int h) : base(kind, h) { }
        string id;
        public string Id { get { return id ?? (id = S(Get("Id"))); } }
        public string TypeName { get { return Kind.Substring(5); } }
        // A StringBuilder property crosses the wire as its text (a fresh StringBuilder per read, as in the game).
        public T GetValue(IMyCubeBlock block) { return typeof(T) == typeof(StringBuilder) ? (T)(object)new StringBuilder(S(Call("GetValueText", block as Remote))) : Convert(Call("GetValue", block as Remote)); }
        public void SetValue(IMyCubeBlock block, T value) { Call("SetValue", block as Remote, typeof(T) == typeof(StringBuilder) && value != null ? (object)value.ToString() : value); }
        public T GetDefaultValue(IMyCubeBlock block) { return Convert(Call("GetDefaultValue", block as Remote)); }
        public T GetMinimum(IMyCubeBlock block) { return Convert(Call("GetMinimum", block as Remote)); }
        public T GetMaximum(IMyCubeBlock block) { return Convert(Call("GetMaximum", block as Remote)); }
        public T GetMininum(IMyCubeBlock block) { return Convert(Call("GetMinimum", block as Remote)); }
        static T Convert(object v)
        {
            if (typeof(T) == typeof(float)) return (T)(object)(float)D(v);
            if (typeof(T) == typeof(long)) return (T)(object)L(v);
            if (typeof(T) == typeof(bool)) return (T)(object)B(v);
            return (T)v;
        }
    }

    /// <summary>An inventory: every member is the TS simulator's (sim/blocks/inventory.ts).</summary>
    public sealed class InventoryProxy : ProxyOf_IMyInventory
    {
        public InventoryProxy(int h) : base("inventory", h) { }
        public override bool CanPutItems { get { return B(Get("CanPutItems")); } }
        public override MyFixedPoint CurrentMass { get { return (MyFixedPoint)Get("CurrentMass"); } }
        public override MyFixedPoint CurrentVolume { get { return (MyFixedPoint)Get("CurrentVolume"); } }
        public override bool IsFull { get { return B(Get("IsFull")); } }
        public override int ItemCount { get { return I(Get("ItemCount")); } }
        public override MyFixedPoint MaxVolume { get { return (MyFixedPoint)Get("MaxVolume"); } }
        public override IMyEntity Owner { get { return (IMyEntity)Get("Owner"); } }
        public override float VolumeFillFactor { get { return (float)D(Get("VolumeFillFactor")); } }
        public override bool CanItemsBeAdded(MyFixedPoint amount, MyItemType itemType) { return B(Call("CanItemsBeAdded", amount, itemType)); }
        public override bool CanTransferItemTo(IMyInventory otherInventory, MyItemType itemType) { return B(Call("CanTransferItemTo", otherInventory as Remote, itemType)); }
        public override bool ContainItems(MyFixedPoint amount, MyItemType itemType) { return B(Call("ContainItems", amount, itemType)); }
        public override MyInventoryItem? FindItem(MyItemType itemType) { return (MyInventoryItem?)Call("FindItem", itemType); }
        public override MyFixedPoint GetItemAmount(MyItemType itemType) { return (MyFixedPoint)Call("GetItemAmount", itemType); }
        public override MyInventoryItem? GetItemAt(int index) { return (MyInventoryItem?)Call("GetItemAt", Box(index)); }
        public override MyInventoryItem? GetItemByID(uint id) { return (MyInventoryItem?)Call("GetItemByID", (double)id); }
        public override bool IsItemAt(int position) { return B(Call("IsItemAt", Box(position))); }
        public override bool IsConnectedTo(IMyInventory otherInventory) { return B(Call("IsConnectedTo", otherInventory as Remote)); }
        public override void GetItems(List<MyInventoryItem> items, Func<MyInventoryItem, bool> filter = null)
        {
            if (items == null) throw new ArgumentNullException("items");
            foreach (var o in ListOf("GetItems", null))
            {
                var it = (MyInventoryItem)o;
                if (filter == null || filter(it)) items.Add(it);
            }
        }
        public override void GetAcceptedItems(List<MyItemType> itemsTypes, Func<MyItemType, bool> filter = null)
        {
            if (itemsTypes == null) throw new ArgumentNullException("itemsTypes");
            foreach (var o in ListOf("GetAcceptedItems", null))
            {
                var t = (MyItemType)o;
                if (filter == null || filter(t)) itemsTypes.Add(t);
            }
        }
        public override bool TransferItemTo(IMyInventory dstInventory, MyInventoryItem item, MyFixedPoint? amount = null) { return B(Call("TransferItemTo", dstInventory as Remote, item, amount)); }
        public override bool TransferItemTo(IMyInventory dst, int sourceItemIndex, int? targetItemIndex = null, bool? stackIfPossible = null, MyFixedPoint? amount = null)
        {
            return B(Call("TransferItemTo", dst as Remote, Box(sourceItemIndex), targetItemIndex, stackIfPossible, amount));
        }
        public override bool TransferItemFrom(IMyInventory sourceInventory, MyInventoryItem item, MyFixedPoint? amount = null) { return B(Call("TransferItemFrom", sourceInventory as Remote, item, amount)); }
        public override bool TransferItemFrom(IMyInventory sourceInventory, int sourceItemIndex, int? targetItemIndex = null, bool? stackIfPossible = null, MyFixedPoint? amount = null)
        {
            return B(Call("TransferItemFrom", sourceInventory as Remote, Box(sourceItemIndex), targetItemIndex, stackIfPossible, amount));
        }
    }

    public sealed class AntennaProxy : ProxyOf_IMyRadioAntenna, IMyTextSurfaceProvider, IMyUpgradableBlock
    {
        public AntennaProxy(int h) : base("antenna", h) { }
        public int SurfaceCount { get { return I(Get("SurfaceCount")); } }
        public bool UseGenericLcd { get { return B(Get("UseGenericLcd")); } }
        public IMyTextSurface GetSurface(int index) { return (IMyTextSurface)Call("GetSurface", Box(index)); }
        public uint UpgradeCount { get { return (uint)I(Get("UpgradeCount")); } }
        public void FillUpgradesDictionary(Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.FillUpgradesDictionary"); }
        public void GetUpgrades(out Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.GetUpgrades"); }
        public override float Radius { get { return (float)D(Get("Radius")); } set { Set("Radius", (double)value); } }
        public override bool IsBroadcasting { get { return B(Get("EnableBroadcasting")) && IsWorking; } }
        public override bool EnableBroadcasting { get { return B(Get("EnableBroadcasting")); } set { Set("EnableBroadcasting", Box(value)); } }
        public override string HudText { get { return S(Get("HudText")); } set { Set("HudText", value); } }
        public override bool ShowShipName { get { return B(Get("ShowShipName")); } set { Set("ShowShipName", Box(value)); } }
    }

    public sealed class ConnectorProxy : ProxyOf_IMyShipConnector, IMyTextSurfaceProvider, IMyUpgradableBlock, IMyInventoryOwner
    {
        public ConnectorProxy(int h) : base("connector", h) { }
        public int SurfaceCount { get { return I(Get("SurfaceCount")); } }
        public bool UseGenericLcd { get { return B(Get("UseGenericLcd")); } }
        public IMyTextSurface GetSurface(int index) { return (IMyTextSurface)Call("GetSurface", Box(index)); }
        public uint UpgradeCount { get { return (uint)I(Get("UpgradeCount")); } }
        public void FillUpgradesDictionary(Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.FillUpgradesDictionary"); }
        public void GetUpgrades(out Dictionary<string, float> upgrades) { throw new NotSupportedException("not modelled in the simulator: IMyUpgradableBlock.GetUpgrades"); }
        public override bool IsLocked { get { return B(Get("IsConnected")); } }
        public override bool IsConnected { get { return B(Get("IsConnected")); } }
        public override MyShipConnectorStatus Status { get { return (MyShipConnectorStatus)I(Get("Status")); } }
        public override IMyShipConnector OtherConnector { get { return (IMyShipConnector)Get("OtherConnector"); } }
        public override void Connect() { Call("Connect"); }
        public override void Disconnect() { Call("Disconnect"); }
        public override void ToggleConnect() { Call("ToggleConnect"); }
        public override bool ThrowOut { get { return B(Get("ThrowOut")); } set { Set("ThrowOut", Box(value)); } }
        public override bool CollectAll { get { return B(Get("CollectAll")); } set { Set("CollectAll", Box(value)); } }
        public override bool IsParkingEnabled { get { return B(Get("IsParkingEnabled")); } set { Set("IsParkingEnabled", Box(value)); } }
        public override float PullStrength { get { return (float)D(Get("PullStrength")); } set { Set("PullStrength", (double)value); } }
        public bool UseConveyorSystem { get { return B(Get("UseConveyorSystem")); } set { Set("UseConveyorSystem", Box(value)); } }
    }

    public sealed class GridProxy : ProxyOf_IMyCubeGrid
    {
        public GridProxy(int h) : base("grid", h) { }
        public override long EntityId { get { return L(Get("EntityId")); } }
        public override string Name { get { return S(Get("CustomName")); } }
        public override string DisplayName { get { return S(Get("DisplayName")); } }
        public override bool Closed { get { return B(Get("Closed")); } }
        public override bool HasInventory { get { return false; } }
        public override int InventoryCount { get { return 0; } }
        public override string CustomName { get { return S(Get("CustomName")); } set { Set("CustomName", value); } }
        public override bool IsStatic { get { return B(Get("IsStatic")); } }
        public override Vector3 LinearVelocity { get { return (Vector3)Get("LinearVelocity"); } }
        public override float Speed { get { return (float)D(Get("Speed")); } }
        public override bool IsSameConstructAs(IMyCubeGrid other) { return B(Call("IsSameConstructAs", other as Remote)); }
        public override float GridSize { get { return (float)D(Get("GridSize")); } }
        public override MyCubeSize GridSizeEnum { get { return (MyCubeSize)(int)D(Get("GridSizeEnum")); } }
        public override MatrixD WorldMatrix { get { return (MatrixD)Get("WorldMatrix"); } }
        public override Vector3D GetPosition() { return (Vector3D)Call("GetPosition"); }
        public override Vector3I Min { get { return (Vector3I)Get("Min"); } }
        public override Vector3I Max { get { return (Vector3I)Get("Max"); } }
        public override BoundingBoxD WorldAABB { get { return (BoundingBoxD)Get("WorldAABB"); } }
        public override BoundingBoxD WorldAABBHr { get { return (BoundingBoxD)Get("WorldAABBHr"); } }
        public override BoundingSphereD WorldVolume { get { return (BoundingSphereD)Get("WorldVolume"); } }
        public override BoundingSphereD WorldVolumeHr { get { return (BoundingSphereD)Get("WorldVolumeHr"); } }
        public override bool CubeExists(Vector3I pos) { return B(Call("CubeExists", pos)); }
        public override Vector3D GridIntegerToWorld(Vector3I gridCoords) { return (Vector3D)Call("GridIntegerToWorld", gridCoords); }
        public override Vector3I WorldToGridInteger(Vector3D coords) { return (Vector3I)Call("WorldToGridInteger", coords); }
        public override IMySlimBlock GetCubeBlock(Vector3I pos) { return (IMySlimBlock)Call("GetCubeBlock", pos); }
    }

    /// <summary>A grid cell's block (IMyCubeGrid.GetCubeBlock): the TS simulator's (sim/blocks/slim-block.ts).</summary>
    public sealed class SlimBlockProxy : ProxyOf_IMySlimBlock
    {
        public SlimBlockProxy(int h) : base("slim", h) { }
        public override IMyCubeBlock FatBlock { get { return (IMyCubeBlock)Get("FatBlock"); } }
        public override IMyCubeGrid CubeGrid { get { return (IMyCubeGrid)Get("CubeGrid"); } }
        public override Vector3I Position { get { return (Vector3I)Get("Position"); } }
        public override bool IsDestroyed { get { return B(Get("IsDestroyed")); } }
        public override long OwnerId { get { return L(Get("OwnerId")); } }
        public override VRage.ObjectBuilders.SerializableDefinitionId BlockDefinition { get { return (VRage.ObjectBuilders.SerializableDefinitionId)Get("BlockDefinition"); } }
    }

    /// <summary>
    /// A mechanical block's top part (sim/blocks/top-part.ts): a cube block, not a terminal block. The
    /// sealed classes below add the part's own interface (IMyMotorRotor... have no members of their own).
    /// </summary>
    public abstract class TopPartProxy : ProxyOf_IMyAttachableTopBlock
    {
        protected TopPartProxy(string kind, int h) : base(kind, h) { }
        public override IMyMechanicalConnectionBlock Base { get { return (IMyMechanicalConnectionBlock)Get("Base"); } }
        public override bool IsAttached { get { return B(Get("IsAttached")); } }
        public override long EntityId { get { return L(Get("EntityId")); } }
        public override string Name { get { return S(Get("Name")); } }
        public override string DisplayName { get { return S(Get("DisplayName")); } }
        public override bool Closed { get { return B(Get("Closed")); } }
        public override bool HasInventory { get { return false; } }
        public override int InventoryCount { get { return 0; } }
        public override IMyInventory GetInventory() { return null; }
        public override IMyInventory GetInventory(int index) { return null; }
        public override Vector3D GetPosition() { return (Vector3D)Call("GetPosition"); }
        public override MatrixD WorldMatrix { get { return (MatrixD)Get("WorldMatrix"); } }
        public override BoundingBoxD WorldAABB { get { return (BoundingBoxD)Get("WorldAABB"); } }
        public override BoundingBoxD WorldAABBHr { get { return (BoundingBoxD)Get("WorldAABBHr"); } }
        public override BoundingSphereD WorldVolume { get { return (BoundingSphereD)Get("WorldVolume"); } }
        public override BoundingSphereD WorldVolumeHr { get { return (BoundingSphereD)Get("WorldVolumeHr"); } }
        public override VRage.ObjectBuilders.SerializableDefinitionId BlockDefinition { get { return (VRage.ObjectBuilders.SerializableDefinitionId)Get("BlockDefinition"); } }
        public override IMyCubeGrid CubeGrid { get { return (IMyCubeGrid)Get("CubeGrid"); } }
        public override string DefinitionDisplayNameText { get { return S(Get("DefinitionDisplayNameText")); } }
        public override string DisplayNameText { get { return S(Get("DisplayNameText")); } }
        public override float DisassembleRatio { get { return (float)D(Get("DisassembleRatio")); } }
        public override bool IsBeingHacked { get { return false; } }
        public override bool IsFunctional { get { return B(Get("IsFunctional")); } }
        public override bool IsWorking { get { return B(Get("IsWorking")); } }
        public override float Mass { get { return (float)D(Get("Mass")); } }
        public override Vector3I Max { get { return (Vector3I)Get("Max"); } }
        public override Vector3I Min { get { return (Vector3I)Get("Min"); } }
        public override int NumberInGrid { get { return I(Get("NumberInGrid")); } }
        public override MyBlockOrientation Orientation { get { return (MyBlockOrientation)Get("Orientation"); } }
        public override long OwnerId { get { return L(Get("OwnerId")); } }
        public override Vector3I Position { get { return (Vector3I)Get("Position"); } }
        public override string GetOwnerFactionTag() { return ""; }
        public override void UpdateIsWorking() { }
        public override void UpdateVisual() { }
    }
    public sealed class RotorTopProxy : TopPartProxy, IMyMotorRotor { public RotorTopProxy(string kind, int h) : base(kind, h) { } }
    public sealed class AdvancedRotorTopProxy : TopPartProxy, IMyMotorAdvancedRotor { public AdvancedRotorTopProxy(string kind, int h) : base(kind, h) { } }
    public sealed class WheelTopProxy : TopPartProxy, IMyWheel { public WheelTopProxy(string kind, int h) : base(kind, h) { } }
    public sealed class PistonTopProxy : TopPartProxy, IMyPistonTop { public PistonTopProxy(string kind, int h) : base(kind, h) { } }

    /// <summary>A combat block's enemy search (sim/blocks/search-enemy.ts).</summary>
    public sealed class SearchEnemyProxy : ProxyOf_IMySearchEnemyComponent
    {
        public SearchEnemyProxy(int h) : base("search", h) { }
        public override long? FoundEnemyId { get { object v = Get("FoundEnemyId"); return v == null ? (long?)null : L(v); } }
        public override MyGridTargetingRelationFiltering TargetingLockOptions { get { return (MyGridTargetingRelationFiltering)I(Get("TargetingLockOptions")); } set { Set("TargetingLockOptions", Box((int)value)); } }
    }

    public sealed class GroupProxy : ProxyOf_IMyBlockGroup
    {
        public GroupProxy(int h) : base("group", h) { }
        public override string Name { get { return S(Get("Name")); } }
        public override void GetBlocks(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) { Fill(blocks, ListOf("GetBlocks", null), collect); }
        public override void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null)
        {
            Fill(blocks, ListOf("GetBlocks", null), b => b is T && (collect == null || collect(b)));
        }
        public override void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null) { Fill(blocks, ListOf("GetBlocks", null), collect); }
    }

    public sealed class GtsProxy : ProxyOf_IMyGridTerminalSystem
    {
        public GtsProxy(int h) : base("gts", h) { }
        public override void GetBlocks(List<IMyTerminalBlock> blocks) { Fill<IMyTerminalBlock>(blocks, ListOf("GetBlocks", null), null); }
        public override void GetBlockGroups(List<IMyBlockGroup> blockGroups, Func<IMyBlockGroup, bool> collect = null) { Fill(blockGroups, ListOf("GetBlockGroups", null), collect); }
        public override void GetBlocksOfType<T>(List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null)
        {
            Fill(blocks, ListOf("GetBlocksOfType", typeof(T).Name), collect);
        }
        public override void GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null)
        {
            Fill(blocks, ListOf("GetBlocksOfType", typeof(T).Name), collect);
        }
        public override void SearchBlocksOfName(string name, List<IMyTerminalBlock> blocks, Func<IMyTerminalBlock, bool> collect = null) { Fill(blocks, ListOf("SearchBlocksOfName", null, name), collect); }
        public override IMyTerminalBlock GetBlockWithName(string name) { return (IMyTerminalBlock)Call("GetBlockWithName", name); }
        public override IMyBlockGroup GetBlockGroupWithName(string name) { return (IMyBlockGroup)Call("GetBlockGroupWithName", name); }
        public override IMyTerminalBlock GetBlockWithId(long id) { return (IMyTerminalBlock)CallLong("GetBlockWithId", id); }
    }

    public sealed class RuntimeProxy : ProxyOf_IMyGridProgramRuntimeInfo
    {
        public RuntimeProxy(int h) : base("rt", h) { }
        // During a program call the host loads the values Node sent with it (Load/Unload): reads are
        // local and an UpdateFrequency set is checked here and posted (buffered) to Node.
        bool local;
        TimeSpan since;
        double lastMs;
        UpdateFrequency frequency;
        public void Load(TimeSpan timeSinceLastRun, double lastRunTimeMs, int updateFrequency) { local = true; since = timeSinceLastRun; lastMs = lastRunTimeMs; frequency = (UpdateFrequency)updateFrequency; }
        public void Unload() { local = false; }
        public override TimeSpan TimeSinceLastRun { get { return local ? since : (TimeSpan)Get("TimeSinceLastRun"); } }
        public override double LastRunTimeMs { get { return local ? lastMs : D(Get("LastRunTimeMs")); } }
        // The game's counter (the script is instrumented: compiler/csharp/instrument.ts).
        public override int MaxInstructionCount { get { return PbtsInstr.Counter.MaxInstructions; } }
        public override int CurrentInstructionCount { get { return PbtsInstr.Counter.Instructions; } }
        public override int MaxCallChainDepth { get { return PbtsInstr.Counter.MaxCallChainDepth; } }
        public override int CurrentCallChainDepth { get { return PbtsInstr.Counter.CallChainDepth; } }
        public override UpdateFrequency UpdateFrequency
        {
            get { return local ? frequency : (UpdateFrequency)I(Get("UpdateFrequency")); }
            set
            {
                if (!local) { Set("UpdateFrequency", Box((int)value)); return; }
                // the simulator's check (sim/runtime.ts), same message
                if (((int)value & ~15) != 0) throw new SimulatorException("Unsupported flags in UpdateFrequency");
                frequency = value;
                Link.Post("set", this, "UpdateFrequency", Box((int)value));
            }
        }
    }

    public abstract class ProviderProxy : ProxyOf_IMyMessageProvider
    {
        protected ProviderProxy(string kind, int h) : base(kind, h) { }
        // During a program call the host loads the queue Node sent with it (nothing is delivered within
        // a tick): reads are local, an accepted message is posted (buffered) so Node dequeues it too.
        bool local;
        readonly List<MyIGCMessage> queue = new List<MyIGCMessage>();
        int head;
        public void Load(List<object> messages)
        {
            local = true;
            queue.Clear();
            head = 0;
            foreach (var m in messages) queue.Add((MyIGCMessage)m);
        }
        public void Unload() { local = false; queue.Clear(); head = 0; }
        public override bool HasPendingMessage { get { return local ? head < queue.Count : B(Get("HasPendingMessage")); } }
        public override int MaxWaitingMessages { get { return 25; } }
        public override MyIGCMessage AcceptMessage()
        {
            if (!local) return Backend.Accept(this);
            if (head >= queue.Count) return default(MyIGCMessage);
            Link.Post("call", this, "AcceptMessage");
            return queue[head++];
        }
        public override void SetMessageCallback(string argument = "") { Call("SetMessageCallback", argument); }
        public override void DisableMessageCallback() { Call("DisableMessageCallback"); }
    }

    public sealed class BroadcastListenerProxy : ProxyOf_IMyBroadcastListener
    {
        public BroadcastListenerProxy(int h) : base("bl", h) { }
        string tag;
        public override string Tag { get { return tag ?? (tag = S(Get("Tag"))); } }
        public override bool IsActive { get { return B(Get("IsActive")); } }
    }

    public sealed class UnicastListenerProxy : ProxyOf_IMyUnicastListener
    {
        public UnicastListenerProxy(int h) : base("ul", h) { }
    }

    public sealed class IgcProxy : ProxyOf_IMyIntergridCommunicationSystem
    {
        public IgcProxy(int h) : base("igc", h) { }
        // Both are fixed for an IGC context (the PB's EntityId, the context's one unicast listener).
        long me;
        bool meKnown;
        IMyUnicastListener unicast;
        public override long Me { get { if (!meKnown) { me = L(Get("Me")); meKnown = true; } return me; } }
        public override IMyUnicastListener UnicastListener { get { return unicast ?? (unicast = (IMyUnicastListener)Get("UnicastListener")); } }
        public override bool IsEndpointReachable(long address, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay) { return B(CallLong("IsEndpointReachable", address, Box((int)transmissionDistance))); }
        public override IMyBroadcastListener RegisterBroadcastListener(string tag) { return (IMyBroadcastListener)Call("RegisterBroadcastListener", tag); }
        public override void DisableBroadcastListener(IMyBroadcastListener broadcastListener) { Call("DisableBroadcastListener", broadcastListener as Remote); }
        public override void GetBroadcastListeners(List<IMyBroadcastListener> broadcastListeners, Func<IMyBroadcastListener, bool> collect = null) { Fill(broadcastListeners, ListOf("GetBroadcastListeners", null), collect); }
        public override void SendBroadcastMessage<TData>(string tag, TData data, TransmissionDistance transmissionDistance = TransmissionDistance.AntennaRelay)
        {
            object boxed = data;
            Payload.Check(boxed);
            Backend.Broadcast(this, tag, boxed, (int)transmissionDistance);
        }
        public override bool SendUnicastMessage<TData>(long addressee, string tag, TData data)
        {
            object boxed = data;
            Payload.Check(boxed);
            return Backend.Unicast(this, addressee, tag, boxed);
        }
    }

    /// <summary>IGC payloads that can cross to the simulator with their exact C# type.</summary>
    public static class Payload
    {
        public static void Check(object data)
        {
            if (data == null || data is string || data is bool || data is int || data is long || data is double || data is float) return;
            if (data is Vector3D || data is Vector3 || data is Vector2 || data is Color) return;
            // MyTuple<...> of those (Wire.Put writes each item's type, so the receiver unboxes the exact type)
            if (Wire.IsMyTuple(data.GetType()))
            {
                foreach (var f in data.GetType().GetFields()) Check(f.GetValue(data));
                return;
            }
            throw new NotSupportedException("pbts cs engine: IGC payloads of type " + data.GetType().Name + " cannot cross to the simulator (string, bool, int, long, float, double, Vector3D, Vector3, Vector2, Color and MyTuples of them only)");
        }
    }
}

// pbts C# engine host: one long-lived mono process that runs compiled scripts for the TS simulator
// (`pbts sim --engine cs`). Node drives the world; for each PB it asks this process to
//   load   <dll> <type>                          load a compiled script assembly -> class id
//   new    <class> <Me> <Runtime> <IGC> <GTS> <host> <storage> <state>
//                                               create a program the game's way: uninitialized
//                                               object, members set through IMyGridProgram, then
//                                               the parameterless constructor
//   main   <instance> <argument> <updateType> <state>   GridTerminalSystem set again, then Main
//   save   <instance> <state>                   Save()
// <state> is what the call may read without asking Node (one round trip per Main): the Runtime
// proxy (or n) with TimeSinceLastRun, LastRunTimeMs and UpdateFrequency, then a list of
// (listener, its queued messages) pairs. Echo, broadcasts, UpdateFrequency sets and accepted
// messages go back buffered (Link.Post) ahead of the reply.
//   drop   <p<instance>|h<handle>>...           forget instances and proxies Node no longer has
// Each program call answers b1 (ok) or b0 + the exception's Message (what DetailedInfo shows), then
// the Storage field, the script's role (the simulator's role hook, sim/role.ts: the Role of a
// failover manager (Failover, or FailoverManager) held in a field, found by type name, or Program itself when a `full` build folded it in, else its __pbtsRole member), if any, the
// instructions the call counted and how it ended (see Guard). Script code is instrumented with the
// game's instruction counting (compiler/csharp/instrument.ts); each call is one counted run.
// Usage: mono EngineHost.exe serve <fifo from Node> <fifo to Node>
//        mono EngineHost.exe bench <script.dll> <type> ... (see Bench.cs)
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using Sandbox.ModAPI.Ingame;
using VRage.Game.ModAPI.Ingame;

namespace Pbts.EngineHost
{
    public static class EngineHost
    {
        sealed class Instance
        {
            public Sandbox.ModAPI.IMyGridProgram Program;
            public IMyGridTerminalSystem Gts;
            public RoleAccess Role;
        }

        /// <summary>How a script class reports its role, found once per class (reflection is cached).</summary>
        sealed class RoleAccess
        {
            /// <summary>A field holding a failover manager (mixins/failover.ts: Failover or a class derived from it, FailoverManager), and its Role member.</summary>
            public FieldInfo Manager;
            public MemberInfo ManagerRole;
            /// <summary>The manager is Program itself: a `full` build folded its class into Program (compiler/print/flatten.ts).</summary>
            public bool ManagerSelf;
            /// <summary>Else the script's own __pbtsRole string field or property.</summary>
            public MemberInfo Role;
        }

        /// <summary>FailoverRole's values as the simulator names them (sim/role.ts FAILOVER_ROLE_WORDS).</summary>
        static readonly string[] RoleWords = { "invalid", "disabled", "listening", "standby", "active" };
        static readonly Dictionary<Type, RoleAccess> roleAccess = new Dictionary<Type, RoleAccess>();
        static readonly Dictionary<Type, string[]> roleNames = new Dictionary<Type, string[]>();

        static readonly List<Type> classes = new List<Type>();
        static readonly Dictionary<int, Instance> instances = new Dictionary<int, Instance>();
        static int nextInstance = 1;

        public static int Main(string[] args)
        {
            if (args.Length >= 1 && args[0] == "bench") return Bench.Run(args);
            if (args.Length != 3 || args[0] != "serve")
            {
                Console.Error.WriteLine("usage: EngineHost.exe serve <from-node fifo> <to-node fifo> | bench ...");
                return 2;
            }
            Link.Serve = Serve;
            Link.Open(args[1], args[2]);
            Link.Loop();
            return 0;
        }

        static StringBuilder Serve(Fields f, string op)
        {
            var r = new StringBuilder();
            switch (op)
            {
                case "ping":
                    r.Append("\tsready");
                    return r;
                case "load":
                {
                    string dll = (string)f.Value();
                    string typeName = (string)f.Value();
                    Type t = Assembly.LoadFrom(dll).GetType(typeName, true);
                    // the names Failover and its Role have in this build (a `full` script renames them)
                    if (f.More) roleNames[t] = new[] { (string)f.Value() ?? "Failover", (string)f.Value() ?? "Role" };
                    classes.Add(t);
                    r.Append("\td").Append(classes.Count - 1);
                    return r;
                }
                case "new": return New(f);
                case "main":
                {
                    int id = Convert.ToInt32(f.Value());
                    string argument = (string)f.Value();
                    var updateType = (UpdateType)Convert.ToInt32(f.Value());
                    Instance inst = instances[id];
                    var state = State.Read(f);
                    try
                    {
                        return Guard(inst, () =>
                        {
                            inst.Program.GridTerminalSystem = inst.Gts;
                            inst.Program.Main(argument, updateType);
                        });
                    }
                    finally { state.Unload(); }
                }
                case "save":
                {
                    Instance inst = instances[Convert.ToInt32(f.Value())];
                    var state = State.Read(f);
                    try { return Guard(inst, () => inst.Program.Save()); }
                    finally { state.Unload(); }
                }
                case "drop":
                    while (f.More)
                    {
                        string t = f.Raw();
                        int n = int.Parse(t.Substring(1));
                        if (t[0] == 'p') instances.Remove(n);
                        else Proxies.Drop(n);
                    }
                    return r;
                case "stats":
                    r.Append("\td").Append(instances.Count).Append("\td").Append(Proxies.Count);
                    return r;
            }
            throw new InvalidOperationException("unknown op " + op);
        }

        static StringBuilder New(Fields f)
        {
            Type type = classes[Convert.ToInt32(f.Value())];
            var me = (IMyProgrammableBlock)f.Value();
            var runtime = (IMyGridProgramRuntimeInfo)f.Value();
            var igc = (IMyIntergridCommunicationSystem)f.Value();
            var gts = (IMyGridTerminalSystem)f.Value();
            var host = (Remote)f.Value();
            string storage = (string)f.Value();
            var state = State.Read(f);
            try { return New(type, me, runtime, igc, gts, host, storage); }
            finally { state.Unload(); }
        }

        static StringBuilder New(Type type, IMyProgrammableBlock me, IMyGridProgramRuntimeInfo runtime, IMyIntergridCommunicationSystem igc, IMyGridTerminalSystem gts, Remote host, string storage)
        {
            var program = (MyGridProgram)FormatterServices.GetUninitializedObject(type);
            var p = (Sandbox.ModAPI.IMyGridProgram)program;
            var inst = new Instance { Program = p, Gts = gts, Role = RoleMember(type) };
            p.Runtime = runtime;
            p.Storage = storage;
            p.Me = me;
            p.Echo = text => Link.Post("call", host, "Echo", text);
            p.IGC_ContextGetter = () => igc;
            p.GridTerminalSystem = gts;
            int id = nextInstance++;
            var r = Guard(inst, () =>
            {
                try
                {
                    ConstructorInfo ctor = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, Type.EmptyTypes, null);
                    if (ctor == null) throw new MissingMethodException("The script has no parameterless constructor.");
                    ctor.Invoke(program, null);
                }
                catch (TargetInvocationException e)
                {
                    throw e.InnerException ?? e;
                }
            });
            instances[id] = inst;
            r.Append("\td").Append(id);
            return r;
        }

        /// <summary>
        /// Run script code as one run of the game's instruction counter (PbtsInstr.Counter); answer ok
        /// or the exception's message, then Storage, role, the instructions this run counted and how
        /// it ended: "" (returned or threw), "complex" (past the instruction limit or the call depth:
        /// the game terminates the script) or "nested" (the same, inside a run nested in another run
        /// through TryRun: the game leaves this script alive and the caller's TryRun throws).
        /// </summary>
        static StringBuilder Guard(Instance inst, Action code)
        {
            var r = new StringBuilder();
            PbtsInstr.Counter.BeginRun();
            int start = PbtsInstr.Counter.RunDepth > 1 ? PbtsInstr.Counter.Instructions : 0;
            string end = "";
            string at = null;
            try
            {
                code();
                r.Append("\tb1\tn");
            }
            catch (PbtsInstr.ScriptOutOfRangeException e)
            {
                end = PbtsInstr.Counter.RunDepth > 1 ? "nested" : "complex";
                r.Append("\tb0");
                Wire.Put(r, e.Message);
            }
            catch (NullReferenceException e)
            {
                // the game (.NET Framework) says it with a period; mono leaves it out
                r.Append("\tb0");
                Wire.Put(r, "Object reference not set to an instance of an object.");
                at = ScriptFrames(e);
            }
            catch (Exception e)
            {
                r.Append("\tb0");
                Wire.Put(r, e.Message);
                at = ScriptFrames(e);
            }
            finally
            {
                PbtsInstr.Counter.EndRun();
                if (PbtsInstr.Counter.RunDepth == 0 && PbtsInstr.Counter.CallChainDepth != 0) PbtsInstr.Counter.Reset();
            }
            int counted = PbtsInstr.Counter.Instructions - start;
            string storage;
            try { storage = inst.Program.Storage; } catch { storage = ""; }
            Wire.Put(r, storage);
            Wire.Put(r, ReadRole(inst));
            r.Append("\td").Append(counted);
            Wire.Put(r, end);
            Wire.Put(r, at);
            return r;
        }

        /// <summary>
        /// Where in the script's C# an exception was thrown: "file:line" of each frame in the script's own
        /// files (built with -debug into a PbtsCs_ folder), innermost first, joined by '|'. Node maps
        /// them back to the TS (sim/engine/cs.ts).
        /// </summary>
        static string ScriptFrames(Exception e)
        {
            var frames = new System.Diagnostics.StackTrace(e, true).GetFrames();
            if (frames == null) return null;
            var sb = new StringBuilder();
            foreach (var f in frames)
            {
                string file = f.GetFileName();
                if (file == null || file.IndexOf("PbtsCs_", StringComparison.Ordinal) < 0 || f.GetFileLineNumber() <= 0) continue;
                if (sb.Length > 0) sb.Append('|');
                sb.Append(System.IO.Path.GetFileName(file)).Append(':').Append(f.GetFileLineNumber());
            }
            return sb.Length > 0 ? sb.ToString() : null;
        }

        /// <summary>The Runtime values and listener queues sent with a program call, loaded into their proxies.</summary>
        sealed class State
        {
            RuntimeProxy runtime;
            readonly List<ProviderProxy> providers = new List<ProviderProxy>();

            public static State Read(Fields f)
            {
                var s = new State();
                s.runtime = f.Value() as RuntimeProxy;
                var since = (TimeSpan)f.Value();
                double ms = Convert.ToDouble(f.Value());
                int freq = Convert.ToInt32(f.Value());
                if (s.runtime != null) s.runtime.Load(since, ms, freq);
                var pairs = (List<object>)f.Value();
                for (int i = 0; i + 1 < pairs.Count; i += 2)
                {
                    var p = (ProviderProxy)pairs[i];
                    p.Load((List<object>)pairs[i + 1]);
                    s.providers.Add(p);
                }
                return s;
            }

            public void Unload()
            {
                if (runtime != null) runtime.Unload();
                foreach (var p in providers) p.Unload();
            }
        }

        static RoleAccess RoleMember(Type t)
        {
            RoleAccess a;
            if (roleAccess.TryGetValue(t, out a)) return a;
            a = new RoleAccess();
            const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
            string[] names;
            if (!roleNames.TryGetValue(t, out names)) names = new[] { "Failover", "Role" };
            if (t.Name == names[0])
            {
                a.ManagerRole = (MemberInfo)t.GetField(names[1], flags) ?? t.GetProperty(names[1], flags);
                a.ManagerSelf = a.ManagerRole != null;
            }
            for (Type x = t; x != null && x != typeof(object) && a.Manager == null && !a.ManagerSelf; x = x.BaseType)
            {
                foreach (FieldInfo f in x.GetFields(flags | BindingFlags.DeclaredOnly))
                {
                    // (the class or one it derives from: a FailoverManager field is a Failover)
                    Type ft = f.FieldType;
                    while (ft != null && ft.Name != names[0]) ft = ft.BaseType;
                    if (ft == null) continue;
                    MemberInfo role = (MemberInfo)f.FieldType.GetField(names[1], flags) ?? f.FieldType.GetProperty(names[1], flags);
                    if (role == null) continue;
                    a.Manager = f;
                    a.ManagerRole = role;
                    break;
                }
            }
            for (Type x = t; x != null && x != typeof(object) && a.Role == null; x = x.BaseType)
            {
                FieldInfo fi = x.GetField("__pbtsRole", flags | BindingFlags.DeclaredOnly);
                if (fi != null && fi.FieldType == typeof(string)) { a.Role = fi; break; }
                PropertyInfo pi = x.GetProperty("__pbtsRole", flags | BindingFlags.DeclaredOnly);
                if (pi != null && pi.PropertyType == typeof(string) && pi.GetGetMethod(true) != null) a.Role = pi;
            }
            roleAccess[t] = a;
            return a;
        }

        static object Read(MemberInfo m, object target)
        {
            var fi = m as FieldInfo;
            if (fi != null) return fi.GetValue(target);
            return ((PropertyInfo)m).GetValue(target, null);
        }

        static string ReadRole(Instance inst)
        {
            RoleAccess a = inst.Role;
            try
            {
                if (a.Manager != null || a.ManagerSelf)
                {
                    object m = a.ManagerSelf ? inst.Program : a.Manager.GetValue(inst.Program);
                    if (m != null)
                    {
                        int r = Convert.ToInt32(Read(a.ManagerRole, m));
                        if (r >= 0 && r < RoleWords.Length) return RoleWords[r];
                    }
                }
                if (a.Role == null) return null;
                return (string)Read(a.Role, inst.Program);
            }
            catch
            {
                return null;
            }
        }
    }
}

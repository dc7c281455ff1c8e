// pbts C# engine host, bench mode: time a compiled script's Main in this process, against in-process
// fake API objects (no IPC in the timed loop).
//   mono EngineHost.exe bench <script.dll> <type> <mode> <warmup runs> <timed runs> [peer id]
// mode: "empty"   no messages (also what an empty Main is measured with),
//       "standby" before each run every registered broadcast listener holds one message from a
//                 peer with a LOWER EntityId (the script should stay standby),
//       "active"  the same from a HIGHER EntityId peer (the script should lead).
// The fake API hands out pre-boxed values, so what it allocates per run is limited to the proxies'
// argument arrays for method calls (AcceptMessage, SetMessageCallback, ...) and the boxing of IGC
// payloads the script sends; that share is reported separately as "api" bytes (measured by calling
// the same members without a script).
// Output: one line "us_per_run=<double> bytes_per_run=<double> runs=<n> echo=<last echo>".
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace Pbts.EngineHost
{
    public static class Bench
    {
        sealed class Fake : IBackend
        {
            public const long MeId = 5000000000000002L;
            public long PeerId;
            static readonly object True = true, False = false;
            readonly object meId = MeId;
            readonly object tsl = TimeSpan.FromTicks(166666L * 10);
            readonly object zeroD = 0.0, maxInstr = 50000, depth = 1000, zeroI = 0;
            object frequency = 0;
            object message;
            readonly Dictionary<string, object> strings = new Dictionary<string, object> { { "CustomName", "PB Bench" }, { "CustomData", "" }, { "DisplayName", "PB Bench" } };
            public readonly List<Remote> listeners = new List<Remote>();
            public readonly Dictionary<Remote, bool> pending = new Dictionary<Remote, bool>();
            public readonly Dictionary<Remote, string> tags = new Dictionary<Remote, string>();
            public Remote Unicast;
            int nextHandle = 1000;

            public void Refill(long peer)
            {
                if (message == null) message = new MyIGCMessage(peer, "", peer);
                foreach (var l in listeners) pending[l] = true;
            }

            public object Get(Remote r, string prop)
            {
                switch (prop)
                {
                    case "EntityId": case "Me": return meId;
                    case "IsWorking": case "IsFunctional": case "Enabled": case "IsActive": return True;
                    case "Closed": case "IsRunning": return False;
                    case "TimeSinceLastRun": return tsl;
                    case "UpdateFrequency": return frequency;
                    case "LastRunTimeMs": return zeroD;
                    case "MaxInstructionCount": return maxInstr;
                    case "MaxCallChainDepth": return depth;
                    case "CurrentInstructionCount": case "CurrentCallChainDepth": return zeroI;
                    case "MaxWaitingMessages": return 25;
                    case "HasPendingMessage": { bool p; return pending.TryGetValue(r, out p) && p ? True : False; }
                    case "Tag": return tags[r];
                    case "UnicastListener": return Unicast;
                }
                object s;
                if (strings.TryGetValue(prop, out s)) return s;
                throw new NotSupportedException("bench fake: " + prop);
            }

            public void Set(Remote r, string prop, object value)
            {
                if (prop == "UpdateFrequency") frequency = value;
                else strings[prop] = value;
            }

            public object Call(Remote r, string method, object[] args)
            {
                switch (method)
                {
                    case "AcceptMessage":
                    {
                        bool p;
                        if (pending.TryGetValue(r, out p) && p) { pending[r] = false; return message; }
                        return default(MyIGCMessage);
                    }
                    case "SetMessageCallback": case "DisableMessageCallback": case "DisableBroadcastListener": return null;
                    case "RegisterBroadcastListener":
                    {
                        foreach (var l in listeners) if (tags[l] == (string)args[0]) return l;
                        var n = Proxies.Of("bl", nextHandle++);
                        tags[n] = (string)args[0];
                        listeners.Add(n);
                        return n;
                    }
                    case "IsEndpointReachable": case "TryRun": case "IsSameConstructAs": return True;
                }
                throw new NotSupportedException("bench fake: " + method);
            }

            public List<object> List(Remote r, string method, string typeName, object[] args) { return new List<object>(); }
            public object Send(Remote igc, string mode, string tag, object data, object target) { return True; }
        }

        public static int Run(string[] args)
        {
            string dll = args[1], typeName = args[2], mode = args[3];
            int warmup = int.Parse(args[4]), runs = int.Parse(args[5]);
            var fake = new Fake();
            Remote.Backend = fake;
            fake.Unicast = Proxies.Of("ul", 999);
            fake.PeerId = mode == "standby" ? Fake.MeId - 1 : Fake.MeId + 1;
            Type type = Assembly.LoadFrom(dll).GetType(typeName, true);
            var program = (MyGridProgram)FormatterServices.GetUninitializedObject(type);
            var p = (Sandbox.ModAPI.IMyGridProgram)program;
            string lastEcho = "";
            var echo = new StringBuilder();
            p.Runtime = (IMyGridProgramRuntimeInfo)Proxies.Of("rt", 2);
            p.Storage = "";
            p.Me = (IMyProgrammableBlock)Proxies.Of("pb", 1);
            p.Echo = text => { lastEcho = text; };
            var igc = (IMyIntergridCommunicationSystem)Proxies.Of("igc", 3);
            p.IGC_ContextGetter = () => igc;
            p.GridTerminalSystem = (IMyGridTerminalSystem)Proxies.Of("gts", 4);
            type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, Type.EmptyTypes, null).Invoke(program, null);

            MethodInfo allocInfo = typeof(GC).GetMethod("GetAllocatedBytesForCurrentThread", BindingFlags.Public | BindingFlags.Static);
            Func<long> allocated = allocInfo != null ? (Func<long>)Delegate.CreateDelegate(typeof(Func<long>), allocInfo) : null;
            bool refill = mode != "empty";
            for (int i = 0; i < warmup; i++)
            {
                if (refill) fake.Refill(fake.PeerId);
                p.Main("", UpdateType.Update10);
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = allocated != null ? allocated() : GC.GetTotalMemory(true);
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < runs; i++)
            {
                if (refill) fake.Refill(fake.PeerId);
                p.Main("", UpdateType.Update10);
            }
            sw.Stop();
            long after = allocated != null ? allocated() : GC.GetTotalMemory(false);
            double us = sw.Elapsed.TotalMilliseconds * 1000.0 / runs;
            double bytes = (double)(after - before) / runs;
            Console.WriteLine("us_per_run=" + us.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)
                + " bytes_per_run=" + bytes.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
                + " runs=" + runs + " alloc_counter=" + (allocated != null ? "GetAllocatedBytesForCurrentThread" : "GetTotalMemory")
                + " echo=" + lastEcho.Replace("\n", "|"));
            return 0;
        }
    }
}

// pbts C# engine host, bench mode: time a compiled script's Main inside this process, against
// in-process fake API objects (no IPC in the timed loop).
//   mono EngineHost.exe bench <script.dll> <type> <nodes> <warmup rounds> <timed rounds> <customData>
// <nodes> copies of the script run side by side (EntityIds 5000000000000001, ...02, ...); in a round
// each copy runs once with the UpdateType its UpdateFrequency asks for. A tiny fake IGC delivers
// what a copy broadcast or unicast in round N to the other copies' listeners at the start of round
// N+1, so a failover group reaches its steady state (one active copy, the others standby) by itself.
// "{rank}" in <customData> becomes the copy's index. Blocks: each copy's PB (GetBlockWithId finds the
// copies), a screen per PB; GridTerminalSystem lists are empty.
// Neither the proxies nor the fake allocate per call in steady state (block lists aside): the proxies
// pass shared argument arrays and boxes (see Proxies.cs); the fake hands out pre-boxed values, queues
// messages as structs in reused queues and a reused outbox, and boxes only outside the measured Main
// (TimeSinceLastRun; UpdateFrequency after a Once run). So a script's bytes per run are its own.
// Output: one line per copy: "node=<i> us_per_run=<..> bytes_per_run=<..> runs=<n> echo=<last echo>".
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;
using System.Text;
using Sandbox.ModAPI.Ingame;

namespace Pbts.EngineHost
{
    public static class Bench
    {
        const long BaseId = 5000000000000000L;
        static readonly object True = Boxes.True, False = Boxes.False, ZeroD = 0.0, ZeroI = 0, MaxInstr = 50000, Depth = 1000, One = 1, Max25 = 25;

        sealed class Listener
        {
            public string Tag;
            public readonly Queue<MyIGCMessage> Queue = new Queue<MyIGCMessage>(26);
            public bool Active = true;
        }

        sealed class Node
        {
            public int Index;
            public long Id;
            public object BoxedId;
            public string CustomData = "";
            public string Name;
            public object Frequency = Boxes.Int(0);
            public object Since = TimeSpan.Zero;
            public readonly Dictionary<int, Listener> Listeners = new Dictionary<int, Listener>();
            public readonly Listener Unicast = new Listener { Tag = null };
            public Sandbox.ModAPI.IMyGridProgram Program;
            public string Echo = "";
            public StringBuilder EchoBuf = new StringBuilder();
            public readonly Dictionary<string, object> Surface = new Dictionary<string, object>();
        }

        struct Pending
        {
            public Listener L;
            public MyIGCMessage Message;
        }

        sealed class Fake : IBackend
        {
            public readonly List<Node> Nodes = new List<Node>();
            public readonly List<Pending> Outbox = new List<Pending>();

            Node NodeOf(Remote r) { return Nodes[r.H / 1000 - 1]; }

            public object Get(Remote r, string prop)
            {
                Node n = NodeOf(r);
                int local = r.H % 1000;
                if (local >= 100 && local < 200)
                {
                    Listener l = n.Listeners[r.H];
                    switch (prop)
                    {
                        case "HasPendingMessage": return l.Queue.Count > 0 ? True : False;
                        case "Tag": return l.Tag;
                        case "IsActive": return l.Active ? True : False;
                        case "MaxWaitingMessages": return Max25;
                    }
                }
                if (local == 5 && prop == "HasPendingMessage") return n.Unicast.Queue.Count > 0 ? True : False;
                if (local == 6)
                {
                    object v;
                    return n.Surface.TryGetValue(prop, out v) ? v : null;
                }
                switch (prop)
                {
                    case "EntityId": case "Me": return n.BoxedId;
                    case "IsWorking": case "IsFunctional": case "Enabled": return True;
                    case "Closed": case "IsRunning": return False;
                    case "CustomName": case "DisplayName": return n.Name;
                    case "CustomData": return n.CustomData;
                    case "SurfaceCount": return One;
                    case "TimeSinceLastRun": return n.Since;
                    case "UpdateFrequency": return n.Frequency;
                    case "LastRunTimeMs": return ZeroD;
                    case "MaxInstructionCount": return MaxInstr;
                    case "MaxCallChainDepth": return Depth;
                    case "CurrentInstructionCount": case "CurrentCallChainDepth": return ZeroI;
                    case "MaxWaitingMessages": return Max25;
                    case "UnicastListener": return Proxies.Of("ul", n.Index * 1000 + 5);
                    case "TerminalRunArgument": return "";
                }
                throw new NotSupportedException("bench fake: get " + prop);
            }

            public void Set(Remote r, string prop, object value)
            {
                Node n = NodeOf(r);
                if (r.H % 1000 == 6) { n.Surface[prop] = value; return; }
                if (prop == "UpdateFrequency") { n.Frequency = value; return; }
                if (prop == "CustomData") { n.CustomData = (string)value; return; }
                throw new NotSupportedException("bench fake: set " + prop);
            }

            public object Call(Remote r, string method, object[] args)
            {
                Node n = NodeOf(r);
                switch (method)
                {
                    case "SetMessageCallback": case "DisableMessageCallback": return null;
                    case "DisableBroadcastListener": n.Listeners[((Remote)args[0]).H].Active = false; return null;
                    case "RegisterBroadcastListener":
                    {
                        foreach (var kv in n.Listeners) if (kv.Value.Tag == (string)args[0]) { kv.Value.Active = true; return Proxies.Of("bl", kv.Key); }
                        int h = n.Index * 1000 + 100 + n.Listeners.Count;
                        n.Listeners[h] = new Listener { Tag = (string)args[0] };
                        return Proxies.Of("bl", h);
                    }
                    case "GetBlockWithName": return null;
                    case "GetSurface": return Proxies.Of("surface", n.Index * 1000 + 6);
                    case "WriteText": n.Surface["text"] = args[0]; return True;
                    case "GetText": { object t; return n.Surface.TryGetValue("text", out t) ? t : ""; }
                    case "IsSameConstructAs": return True;
                    case "TryRun": return False;
                    case "Echo": return null;
                }
                throw new NotSupportedException("bench fake: call " + method);
            }

            public object CallLong(Remote r, string method, long a, object[] more)
            {
                switch (method)
                {
                    case "GetBlockWithId":
                        foreach (Node x in Nodes) if (x.Id == a) return Proxies.Of("pb", x.Index * 1000 + 1);
                        return null;
                    case "IsEndpointReachable": return True;
                }
                throw new NotSupportedException("bench fake: call " + method);
            }

            public List<object> List(Remote r, string method, string typeName, object[] args) { return new List<object>(); }

            public MyIGCMessage Accept(Remote provider)
            {
                Node n = NodeOf(provider);
                Listener l = provider.H % 1000 == 5 ? n.Unicast : n.Listeners[provider.H];
                return l.Queue.Count > 0 ? l.Queue.Dequeue() : default(MyIGCMessage);
            }

            public void Broadcast(Remote igc, string tag, object data, int distance)
            {
                Node from = NodeOf(igc);
                var msg = new MyIGCMessage(data, tag, from.Id);
                foreach (Node to in Nodes)
                {
                    if (to == from) continue;
                    foreach (var kv in to.Listeners)
                        if (kv.Value.Tag == tag && kv.Value.Active) Outbox.Add(new Pending { L = kv.Value, Message = msg });
                }
            }

            public bool Unicast(Remote igc, long addressee, string tag, object data)
            {
                Node from = NodeOf(igc);
                foreach (Node to in Nodes)
                    if (to != from && to.Id == addressee)
                    {
                        Outbox.Add(new Pending { L = to.Unicast, Message = new MyIGCMessage(data, tag, from.Id) });
                        return true;
                    }
                return false;
            }

            /// <summary>Hand last round's messages to their listeners (at most 25 waiting, oldest dropped).</summary>
            public void Deliver()
            {
                for (int i = 0; i < Outbox.Count; i++)
                {
                    Pending p = Outbox[i];
                    p.L.Queue.Enqueue(p.Message);
                    if (p.L.Queue.Count > 25) p.L.Queue.Dequeue();
                }
                Outbox.Clear();
            }
        }

        static UpdateType Due(Node n, out long ticks)
        {
            var f = (UpdateFrequency)Convert.ToByte(n.Frequency);
            UpdateType u = UpdateType.None;
            ticks = 100;
            if ((f & UpdateFrequency.Update100) != 0) { u |= UpdateType.Update100; ticks = 100; }
            if ((f & UpdateFrequency.Update10) != 0) { u |= UpdateType.Update10; ticks = 10; }
            if ((f & UpdateFrequency.Update1) != 0) { u |= UpdateType.Update1; ticks = 1; }
            if ((f & UpdateFrequency.Once) != 0) { u |= UpdateType.Once; n.Frequency = Boxes.Int((int)(f & ~UpdateFrequency.Once)); }
            return u;
        }

        public static int Run(string[] args)
        {
            string dll = args[1], typeName = args[2];
            int nodes = int.Parse(args[3]), warmup = int.Parse(args[4]), rounds = int.Parse(args[5]);
            string customData = args.Length > 6 ? args[6].Replace("\\n", "\n") : "";
            var fake = new Fake();
            Remote.Backend = fake;
            Type type = Assembly.LoadFrom(dll).GetType(typeName, true);
            ConstructorInfo ctor = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, Type.EmptyTypes, null);
            for (int i = 1; i <= nodes; i++)
            {
                var n = new Node { Index = i, Id = BaseId + i, Name = "PB " + (i - 1), CustomData = customData.Replace("{rank}", (i - 1).ToString(CultureInfo.InvariantCulture)) };
                n.BoxedId = n.Id;
                fake.Nodes.Add(n);
            }
            foreach (Node n in fake.Nodes)
            {
                var program = (MyGridProgram)FormatterServices.GetUninitializedObject(type);
                var p = (Sandbox.ModAPI.IMyGridProgram)program;
                Node node = n;
                p.Runtime = (IMyGridProgramRuntimeInfo)Proxies.Of("rt", n.Index * 1000 + 2);
                p.Storage = "";
                p.Me = (IMyProgrammableBlock)Proxies.Of("pb", n.Index * 1000 + 1);
                p.Echo = text => node.EchoBuf.Append(text).Append('\n');
                var igc = (IMyIntergridCommunicationSystem)Proxies.Of("igc", n.Index * 1000 + 3);
                p.IGC_ContextGetter = () => igc;
                p.GridTerminalSystem = (IMyGridTerminalSystem)Proxies.Of("gts", n.Index * 1000 + 4);
                ctor.Invoke(program, null);
                n.Program = p;
            }

            MethodInfo allocInfo = typeof(GC).GetMethod("GetAllocatedBytesForCurrentThread", BindingFlags.Public | BindingFlags.Static);
            Func<long> allocated = allocInfo != null ? (Func<long>)Delegate.CreateDelegate(typeof(Func<long>), allocInfo) : null;
            var ticks = new long[nodes];
            var bytes = new long[nodes];
            var runs = new int[nodes];
            var sw = new Stopwatch();
            for (int round = 0; round < warmup + rounds; round++)
            {
                bool timed = round >= warmup;
                if (round == warmup) { GC.Collect(); GC.WaitForPendingFinalizers(); }
                fake.Deliver();
                for (int i = 0; i < nodes; i++)
                {
                    Node n = fake.Nodes[i];
                    long since;
                    UpdateType u = Due(n, out since);
                    if (u == UpdateType.None) continue;
                    n.Since = TimeSpan.FromTicks(since * 166666);
                    n.EchoBuf.Clear();
                    long b0 = allocated != null ? allocated() : 0;
                    sw.Restart();
                    n.Program.Main("", u);
                    sw.Stop();
                    long b1 = allocated != null ? allocated() : 0;
                    if (timed)
                    {
                        ticks[i] += sw.Elapsed.Ticks;
                        bytes[i] += b1 - b0;
                        runs[i]++;
                    }
                    n.Echo = n.EchoBuf.ToString();
                }
            }
            for (int i = 0; i < nodes; i++)
            {
                double us = runs[i] == 0 ? 0 : TimeSpan.FromTicks(ticks[i]).TotalMilliseconds * 1000.0 / runs[i];
                double b = runs[i] == 0 ? 0 : (double)bytes[i] / runs[i];
                Console.WriteLine("node=" + i + " us_per_run=" + us.ToString("0.000", CultureInfo.InvariantCulture)
                    + " bytes_per_run=" + (allocated != null ? b.ToString("0.0###", CultureInfo.InvariantCulture) : "n/a")
                    + " runs=" + runs[i] + " echo=" + fake.Nodes[i].Echo.Replace("\n", "|"));
            }
            return 0;
        }
    }
}

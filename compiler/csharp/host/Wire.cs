// pbts C# engine host: the wire between the TS simulator (Node) and this mono process.
// Two FIFOs, one line per message, fields separated by TAB (strings escape \ TAB LF CR):
//   Q <op> <args...>        a request (either side may send one while it waits for a reply)
//   R <values...>           the reply to the latest request
//   E <message>             the request failed with this message
//   B <op> <args...>        a buffered request with no reply (C# to Node only): Echo, broadcasts,
//                           UpdateFrequency sets and accepted messages are kept in Link.Pending and
//                           written in order just before the next Q or R line, so a Main that makes
//                           no other request costs one round trip (nothing is delivered within a
//                           tick, so Node sees the same calls in the same order as before)
// A value is one or more fields: n (null), b1/b0, s<text>, d<double> (plain JS number: a safe integer in decimal,
// any other finite double as "#" and its 64 bits in hex, both ways),
// i<int> l<long> F<float> (typed IGC payloads), T<ticks> (TimeSpan), H<kind>:<id> (a simulator
// object), L<count> followed by count values, M followed by data, tag and source (MyIGCMessage),
// X<raw> (MyFixedPoint), Y followed by type and subtype (MyItemType), Z followed by a Y value, the
// item id and an X value (MyInventoryItem), C<packed> (Color), V x y (Vector2), U x y z (Vector3),
// W x y z (Vector3D), G 16 d values (MatrixD, M11..M44), K base total physical (MyShipMass), J linear angular (MyShipVelocities),
// S type data position size color font alignment rotation (MySprite), I x y z (Vector3I),
// O forward up (MyBlockOrientation), Q min max (BoundingBoxD), P center radius (BoundingSphereD),
// D type subtype (MyDefinitionId, by name), E id allSubTypes (MyInventoryItemFilter),
// A type subtype (SerializableDefinitionId, a block's definition, by name), R id blueprint amount (MyProductionItem: d, D, X),
// N<count> followed by each item's C# type (assembly-qualified) and value (an IGC payload's MyTuple).
// Both sides serve requests while they wait for a reply, so calls may nest (TryRun, Echo, ...).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using VRage;
using VRage.Game;
using VRage.Game.GUI.TextPanel;
using VRage.Game.ModAPI.Ingame;
using VRageMath;

namespace Pbts.EngineHost
{
    /// <summary>An error the simulator reported for a request (its message is the game's text).</summary>
    public sealed class SimulatorException : Exception
    {
        public SimulatorException(string message) : base(message) { }
    }

    public static class Wire
    {
        static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static string Esc(string s)
        {
            if (s.IndexOf('\\') < 0 && s.IndexOf('\t') < 0 && s.IndexOf('\n') < 0 && s.IndexOf('\r') < 0 && !HasSurrogate(s)) return s;
            var b = new StringBuilder(s.Length + 8);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\\') b.Append("\\\\");
                else if (c == '\t') b.Append("\\t");
                else if (c == '\n') b.Append("\\n");
                else if (c == '\r') b.Append("\\r");
                else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) b.Append(c).Append(s[++i]);
                // a lone surrogate: UTF-8 has no form for it (the line would carry U+FFFD), so it crosses as \uXXXX (C93)
                else if (char.IsSurrogate(c)) b.Append("\\u").Append(((int)c).ToString("X4", Inv));
                else b.Append(c);
            }
            return b.ToString();
        }

        static bool HasSurrogate(string s)
        {
            foreach (char c in s) if (char.IsSurrogate(c)) return true;
            return false;
        }

        static readonly Type[] Tuples = { typeof(MyTuple<>), typeof(MyTuple<,>), typeof(MyTuple<,,>), typeof(MyTuple<,,,>), typeof(MyTuple<,,,,>), typeof(MyTuple<,,,,,>) };

        public static bool IsMyTuple(Type t)
        {
            return t.IsGenericType && Array.IndexOf(Tuples, t.GetGenericTypeDefinition()) >= 0;
        }

        /// <summary>A MyTuple of the given item types (the wire's N value), its items converted to them.</summary>
        public static object MakeTuple(Type[] types, object[] items)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] == null) continue;
                if (types[i].IsEnum) items[i] = Enum.ToObject(types[i], Convert.ToInt64(items[i]));
                else if (items[i].GetType() != types[i] && items[i] is IConvertible && types[i].IsPrimitive) items[i] = Convert.ChangeType(items[i], types[i], Inv);
            }
            return Activator.CreateInstance(Tuples[types.Length - 1].MakeGenericType(types), items);
        }

        public static string Unesc(string s)
        {
            if (s.IndexOf('\\') < 0) return s;
            var b = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\\' && i + 1 < s.Length)
                {
                    char n = s[++i];
                    if (n == 'u' && i + 4 < s.Length) { b.Append((char)int.Parse(s.Substring(i + 1, 4), NumberStyles.HexNumber, Inv)); i += 4; continue; }
                    b.Append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                }
                else b.Append(c);
            }
            return b.ToString();
        }

        public static string Double(double d)
        {
            if (double.IsNaN(d)) return "NaN";
            if (double.IsPositiveInfinity(d)) return "Infinity";
            if (double.IsNegativeInfinity(d)) return "-Infinity";
            // mono's "R" prints -0 as "0": the sign crosses explicitly, as Node writes it (C93)
            if (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0) return "-0";
            // a safe integer in decimal (exact both ways); any other double by its bits: mono's "R" may print a text
            // that Node's exact parser reads as another double (9.314750432968141e-277 came out ...14e-277: C96)
            if (d == Math.Floor(d) && Math.Abs(d) <= 9007199254740991.0) return ((long)d).ToString(Inv);
            return "#" + BitConverter.DoubleToInt64Bits(d).ToString("x16", Inv);
        }

        static readonly double NegativeZero = BitConverter.Int64BitsToDouble(long.MinValue);

        public static double ParseDouble(string s)
        {
            if (s == "NaN") return double.NaN;
            if (s == "Infinity") return double.PositiveInfinity;
            if (s == "-Infinity") return double.NegativeInfinity;
            if (s == "-0") return NegativeZero; // (.NET Framework's double.Parse("-0") is +0)
            // Node's non-integers: the bits themselves (mono's double.Parse may read a decimal 1 ulp off: C96)
            if (s.Length == 17 && s[0] == '#') return BitConverter.Int64BitsToDouble(long.Parse(s.Substring(1), NumberStyles.HexNumber, Inv));
            return double.Parse(s, NumberStyles.Float, Inv);
        }

        /// <summary>Encode one argument value (strings, numbers, bools, proxies, null).</summary>
        public static void Put(StringBuilder b, object v)
        {
            b.Append('\t');
            if (v == null) { b.Append('n'); return; }
            var r = v as Remote;
            if (r != null) { b.Append('H').Append(r.Kind).Append(':').Append(r.H.ToString(Inv)); return; }
            if (v is string) { b.Append('s').Append(Esc((string)v)); return; }
            if (v is bool) { b.Append((bool)v ? "b1" : "b0"); return; }
            if (v is int) { b.Append('i').Append(((int)v).ToString(Inv)); return; }
            if (v is long) { b.Append('l').Append(((long)v).ToString(Inv)); return; }
            if (v is double) { b.Append('d').Append(Double((double)v)); return; }
            if (v is float) { b.Append('F').Append(Double((double)(float)v)); return; }
            if (v is TimeSpan) { b.Append('T').Append(((TimeSpan)v).Ticks.ToString(Inv)); return; }
            if (v is Enum) { b.Append('d').Append(Convert.ToInt64(v).ToString(Inv)); return; }
            if (v is MyFixedPoint) { b.Append('X').Append(((MyFixedPoint)v).RawValue.ToString(Inv)); return; }
            if (v is MyItemType) { var t = (MyItemType)v; b.Append('Y'); Put(b, t.TypeId); Put(b, t.SubtypeId); return; }
            if (v is Color) { b.Append('C').Append(((Color)v).PackedValue.ToString(Inv)); return; }
            if (v is Vector3D) { var w = (Vector3D)v; b.Append('W'); Put(b, w.X); Put(b, w.Y); Put(b, w.Z); return; }
            if (v is Vector3) { var w = (Vector3)v; b.Append('U'); Put(b, (double)w.X); Put(b, (double)w.Y); Put(b, (double)w.Z); return; }
            if (v is Vector2) { var w = (Vector2)v; b.Append('V'); Put(b, (double)w.X); Put(b, (double)w.Y); return; }
            if (v is MyDefinitionId)
            {
                var text = ((MyDefinitionId)v).ToString();
                int slash = text.IndexOf('/');
                b.Append('D'); Put(b, text.Substring(0, slash)); Put(b, text.Substring(slash + 1));
                return;
            }
            if (v is VRage.ObjectBuilders.SerializableDefinitionId) { var sd = (VRage.ObjectBuilders.SerializableDefinitionId)v; b.Append('A'); Put(b, sd.TypeIdString); Put(b, sd.SubtypeName); return; }
            if (v is Sandbox.ModAPI.Ingame.MyInventoryItemFilter) { var f = (Sandbox.ModAPI.Ingame.MyInventoryItemFilter)v; b.Append('E'); Put(b, f.ItemId); Put(b, f.AllSubTypes); return; }
            if (v is Vector3I) { var w = (Vector3I)v; b.Append('I'); Put(b, (double)w.X); Put(b, (double)w.Y); Put(b, (double)w.Z); return; }
            if (v is MySprite)
            {
                var sp = (MySprite)v;
                b.Append('S');
                Put(b, (int)sp.Type);
                Put(b, sp.Data);
                Put(b, sp.Position);
                Put(b, sp.Size);
                Put(b, sp.Color);
                Put(b, sp.FontId);
                Put(b, (int)sp.Alignment);
                Put(b, (double)sp.RotationOrScale);
                return;
            }
            if (IsMyTuple(v.GetType()))
            {
                // N<count>, then each item's declared type (assembly-qualified) and its value
                var args = v.GetType().GetGenericArguments();
                b.Append('N').Append(args.Length.ToString(Inv));
                for (int i = 0; i < args.Length; i++) { Put(b, args[i].AssemblyQualifiedName); Put(b, v.GetType().GetField("Item" + (i + 1)).GetValue(v)); }
                return;
            }
            var list = v as System.Collections.IList;
            if (list != null)
            {
                b.Append('L').Append(list.Count.ToString(Inv));
                foreach (var x in list) Put(b, x);
                return;
            }
            if (v is MyInventoryItem)
            {
                var it = (MyInventoryItem)v;
                b.Append('Z');
                Put(b, it.Type);
                Put(b, (double)it.ItemId);
                Put(b, it.Amount);
                return;
            }
            if (v is Sandbox.ModAPI.Ingame.MyProductionItem)
            {
                var pi = (Sandbox.ModAPI.Ingame.MyProductionItem)v;
                b.Append('R');
                Put(b, (double)pi.ItemId);
                Put(b, pi.BlueprintId);
                Put(b, pi.Amount);
                return;
            }
            throw new NotSupportedException("pbts cs engine: cannot pass a " + v.GetType().Name + " to the simulator");
        }
    }

    /// <summary>The fields of a reply or request, read value by value.</summary>
    public sealed class Fields
    {
        readonly string[] f;
        int p;
        public Fields(string[] fields, int start) { f = fields; p = start; }
        public bool More { get { return p < f.Length; } }
        public string Raw() { return f[p++]; }
        public string Str() { return Wire.Unesc(f[p++]); }
        public int Int() { return int.Parse(f[p++], CultureInfo.InvariantCulture); }

        /// <summary>A SerializableDefinitionId from its names (its constructor is internal to the stubs: the game's takes a MyObjectBuilderType).</summary>
        static object SerializableDefinition(string type, string subtype)
        {
            var ctor = typeof(VRage.ObjectBuilders.SerializableDefinitionId).GetConstructor(
                System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, null, new[] { typeof(string), typeof(string) }, null);
            return ctor.Invoke(new object[] { type, subtype });
        }

        public object Value()
        {
            string t = f[p++];
            switch (t[0])
            {
                case 'n': return null;
                case 'b': return t[1] == '1';
                case 's': return Wire.Unesc(t.Substring(1));
                case 'd': return Wire.ParseDouble(t.Substring(1));
                case 'i': return (int)Wire.ParseDouble(t.Substring(1));
                case 'l': return (long)Wire.ParseDouble(t.Substring(1));
                case 'F': return (float)Wire.ParseDouble(t.Substring(1));
                case 'T': return new TimeSpan(long.Parse(t.Substring(1), CultureInfo.InvariantCulture));
                case 'H':
                {
                    int colon = t.IndexOf(':');
                    return Proxies.Of(t.Substring(1, colon - 1), int.Parse(t.Substring(colon + 1), CultureInfo.InvariantCulture));
                }
                case 'L':
                {
                    int n = int.Parse(t.Substring(1), CultureInfo.InvariantCulture);
                    var list = new List<object>(n);
                    for (int i = 0; i < n; i++) list.Add(Value());
                    return list;
                }
                case 'X':
                {
                    MyFixedPoint fp = default(MyFixedPoint);
                    fp.RawValue = long.Parse(t.Substring(1), CultureInfo.InvariantCulture);
                    return fp;
                }
                case 'Y':
                {
                    var typeId = (string)Value();
                    var subtypeId = (string)Value();
                    return new MyItemType(typeId, subtypeId);
                }
                case 'R':
                {
                    var id = (uint)(double)Value();
                    var bp = (MyDefinitionId)Value();
                    var amount = (MyFixedPoint)Value();
                    return new Sandbox.ModAPI.Ingame.MyProductionItem(id, bp, amount);
                }
                case 'Z':
                {
                    var type = (MyItemType)Value();
                    var id = (uint)(double)Value();
                    var amount = (MyFixedPoint)Value();
                    return new MyInventoryItem(type, id, amount);
                }
                case 'C': return new Color(uint.Parse(t.Substring(1), CultureInfo.InvariantCulture));
                case 'W':
                {
                    var x = (double)Value();
                    var y = (double)Value();
                    var z = (double)Value();
                    return new Vector3D(x, y, z);
                }
                case 'U':
                {
                    var x = (float)(double)Value();
                    var y = (float)(double)Value();
                    var z = (float)(double)Value();
                    return new Vector3(x, y, z);
                }
                case 'G':
                {
                    var m = new double[16];
                    for (int i = 0; i < 16; i++) m[i] = (double)Value();
                    return new MatrixD(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12], m[13], m[14], m[15]);
                }
                case 'K':
                {
                    var mass = (float)(double)Value();
                    var total = (float)(double)Value();
                    var physical = (float)(double)Value();
                    return new Sandbox.ModAPI.Ingame.MyShipMass(mass, total, physical);
                }
                case 'J':
                {
                    var linear = (Vector3D)Value();
                    var angular = (Vector3D)Value();
                    return new Sandbox.ModAPI.Ingame.MyShipVelocities(linear, angular);
                }
                case 'V':
                {
                    var x = (float)(double)Value();
                    var y = (float)(double)Value();
                    return new Vector2(x, y);
                }
                case 'D':
                {
                    var type = (string)Value();
                    var subtype = (string)Value();
                    MyDefinitionId id;
                    MyDefinitionId.TryParse(type, subtype, out id); // a default id (no type) stays default
                    return id;
                }
                case 'A':
                {
                    var type = (string)Value();
                    var subtype = (string)Value();
                    return SerializableDefinition(type, subtype);
                }
                case 'E':
                {
                    var id = (MyDefinitionId)Value();
                    var all = (bool)Value();
                    return new Sandbox.ModAPI.Ingame.MyInventoryItemFilter(id, all);
                }
                case 'I':
                {
                    var x = (int)(double)Value();
                    var y = (int)(double)Value();
                    var z = (int)(double)Value();
                    return new Vector3I(x, y, z);
                }
                case 'O':
                {
                    var forward = (Base6Directions.Direction)(int)(double)Value();
                    var up = (Base6Directions.Direction)(int)(double)Value();
                    return new MyBlockOrientation(forward, up);
                }
                case 'Q':
                {
                    var min = (Vector3D)Value();
                    var max = (Vector3D)Value();
                    return new BoundingBoxD(min, max);
                }
                case 'P':
                {
                    var center = (Vector3D)Value();
                    var radius = (double)Value();
                    return new BoundingSphereD(center, radius);
                }
                case 'N':
                {
                    int n = int.Parse(t.Substring(1), CultureInfo.InvariantCulture);
                    var types = new Type[n];
                    var items = new object[n];
                    for (int i = 0; i < n; i++) { types[i] = Type.GetType((string)Value(), true); items[i] = Value(); }
                    return Wire.MakeTuple(types, items);
                }
                case 'M':
                {
                    object data = Value();
                    var tag = (string)Value();
                    object src = Value();
                    return new Sandbox.ModAPI.Ingame.MyIGCMessage(data, tag, src == null ? 0L : Convert.ToInt64(src));
                }
            }
            throw new InvalidDataException("pbts cs engine: bad value field " + t);
        }
    }

    /// <summary>The two FIFOs and the request/reply loop.</summary>
    public static class Link
    {
        static TextReader input;
        static TextWriter output;
        public static Func<Fields, string, StringBuilder> Serve;
        /// <summary>Buffered requests (B lines), sent before the next message.</summary>
        static readonly StringBuilder pending = new StringBuilder();

        /// <summary>Queue a request whose answer nobody waits for (see the B line above).</summary>
        public static void Post(string op, params object[] args)
        {
            pending.Append("B\t").Append(op);
            foreach (var a in args) Wire.Put(pending, a);
            pending.Append('\n');
        }

        public static void Open(string fromNode, string toNode)
        {
            var utf8 = new UTF8Encoding(false);
            input = new StreamReader(new FileStream(fromNode, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16), utf8, false, 1 << 16);
            output = new StreamWriter(new FileStream(toNode, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16), utf8, 1 << 16);
        }

        static void Send(StringBuilder b)
        {
            b.Append('\n');
            if (pending.Length > 0)
            {
                output.Write(pending.ToString());
                pending.Clear();
            }
            output.Write(b.ToString());
            output.Flush();
        }

        /// <summary>Send a request; serve the other side's requests until the reply comes.</summary>
        public static Fields Call(string op, params object[] args)
        {
            var b = new StringBuilder("Q\t").Append(op);
            foreach (var a in args) Wire.Put(b, a);
            Send(b);
            return Wait();
        }

        public static Fields CallRaw(StringBuilder request)
        {
            Send(request);
            return Wait();
        }

        static Fields Wait()
        {
            while (true)
            {
                string line = input.ReadLine();
                if (line == null) Environment.Exit(0);
                string[] f = line.Split('\t');
                if (f[0] == "R") return new Fields(f, 1);
                if (f[0] == "E") throw new SimulatorException(Wire.Unesc(f.Length > 1 ? f[1] : ""));
                if (f[0] == "Q") Handle(f);
            }
        }

        static void Handle(string[] f)
        {
            StringBuilder reply;
            try
            {
                reply = Serve(new Fields(f, 2), f[1]);
                reply.Insert(0, "R");
            }
            catch (Exception e)
            {
                reply = new StringBuilder("E\t").Append(Wire.Esc(e.GetType().Name + ": " + e.Message));
            }
            Send(reply);
        }

        /// <summary>Serve requests until Node closes the pipe.</summary>
        public static void Loop()
        {
            while (true)
            {
                string line = input.ReadLine();
                if (line == null) return;
                string[] f = line.Split('\t');
                if (f[0] == "Q") Handle(f);
            }
        }
    }
}

// pbts C# stubs (hand-written behaviour): Sandbox.ModAPI.Ingame.MyDetectedEntityInfo and MyWaypointInfo,
// with the game's behaviour (Sandbox.Common.dll). Twin of compiler/se/values/detected.ts.
using System;
using System.Collections.Generic;
using System.Globalization;
using VRage.Game;
using VRageMath;

namespace Sandbox.ModAPI.Ingame
{
    public struct MyDetectedEntityInfo
    {
        public readonly long EntityId;
        public readonly string Name;
        public readonly MyDetectedEntityType Type;
        public readonly Vector3D? HitPosition;
        public readonly MatrixD Orientation;
        public readonly Vector3 Velocity;
        public readonly MyRelationsBetweenPlayerAndBlock Relationship;
        public readonly BoundingBoxD BoundingBox;
        public readonly long TimeStamp;
        public MyDetectedEntityInfo(long entityId, string name, MyDetectedEntityType type, Vector3D? hitPosition, MatrixD orientation, Vector3 velocity, MyRelationsBetweenPlayerAndBlock relationship, BoundingBoxD boundingBox, long timeStamp)
        {
            EntityId = entityId; Name = name; Type = type; HitPosition = hitPosition; Orientation = orientation;
            Velocity = velocity; Relationship = relationship; BoundingBox = boundingBox; TimeStamp = timeStamp;
        }
        public Vector3D Position { get { return BoundingBox.Center; } }
        public bool IsEmpty() { return EntityId == 0; }
    }

    public struct MyWaypointInfo : IEquatable<MyWaypointInfo>
    {
        public static MyWaypointInfo Empty = new MyWaypointInfo();
        public readonly string Name;
        public Vector3D Coords;
        public MyWaypointInfo(string name, double x, double y, double z) { Name = name ?? ""; Coords = new Vector3D(x, y, z); }
        public MyWaypointInfo(string name, Vector3D coords) : this(name, coords.X, coords.Y, coords.Z) { }
        public bool IsEmpty() { return Name == null; }
        public override string ToString() { return string.Format(CultureInfo.InvariantCulture, "GPS:{0}:{1:R}:{2:R}:{3:R}:", Name, Coords.X, Coords.Y, Coords.Z); }
        public bool Equals(MyWaypointInfo other) { return Equals(other, 0.0001); }
        public bool Equals(MyWaypointInfo other, double epsilon)
        {
            return string.Equals(Name, other.Name) && Math.Abs(Coords.X - other.Coords.X) < epsilon && Math.Abs(Coords.Y - other.Coords.Y) < epsilon && Math.Abs(Coords.Z - other.Coords.Z) < epsilon;
        }
        public override bool Equals(object obj) { return obj is MyWaypointInfo && Equals((MyWaypointInfo)obj); }
        // .NET's string hash, which the TS engine cannot reproduce: not modelled on either engine.
        public override int GetHashCode() { throw new NotSupportedException("not modelled in the simulator: MyWaypointInfo.GetHashCode"); }

        public static bool TryParse(string text, out MyWaypointInfo gps)
        {
            if (text == null) { gps = Empty; return false; }
            int i = 0;
            bool ok = ParseAt(text, ref i, out gps);
            if (ok && i < text.Length) { gps = Empty; return false; }
            return ok;
        }

        public static void FindAll(string source, List<MyWaypointInfo> gpsList)
        {
            gpsList.Clear();
            int i = 0;
            while (i < source.Length)
            {
                MyWaypointInfo info;
                if (char.ToUpperInvariant(source[i]) == 'G' && PrecededByWhitespace(source, i) && ParseAt(source, ref i, out info)) gpsList.Add(info);
                else i++;
            }
        }

        static char At(string s, int i) { return i >= 0 && i < s.Length ? s[i] : '\0'; }

        static bool PrecededByWhitespace(string s, int i)
        {
            if (i == 0) return true;
            char c = s[i - 1];
            return char.IsWhiteSpace(c) || !char.IsLetterOrDigit(c);
        }

        // The game's TryParse(ref TextPtr): i advances as it reads, also when it fails.
        static bool ParseAt(string s, ref int i, out MyWaypointInfo gps)
        {
            gps = Empty;
            while (char.IsWhiteSpace(At(s, i))) i++;
            const string head = "GPS:";
            for (int k = 0; k < 4; k++) if (char.ToUpperInvariant(At(s, i + k)) != head[k]) return false;
            i += 4;
            var seg = new string[4];
            for (int k = 0; k < 4; k++)
            {
                if (i >= s.Length) return false;
                int end = s.IndexOf(':', i);
                if (end < 0) { i = s.Length; return false; }
                seg[k] = s.Substring(i, end - i);
                i = end + 1;
            }
            while (char.IsWhiteSpace(At(s, i))) i++;
            double x, y, z;
            if (!double.TryParse(seg[1], NumberStyles.Any, CultureInfo.InvariantCulture, out x)) return false;
            if (!double.TryParse(seg[2], NumberStyles.Any, CultureInfo.InvariantCulture, out y)) return false;
            if (!double.TryParse(seg[3], NumberStyles.Any, CultureInfo.InvariantCulture, out z)) return false;
            gps = new MyWaypointInfo(seg[0], x, y, z);
            return true;
        }
    }
}

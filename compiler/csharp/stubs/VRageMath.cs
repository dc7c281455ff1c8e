// pbts C# stubs: VRageMath (SE assembly VRage.Math). A small working subset: vectors and Color.
// Members follow SE's names; only the commonly used ones are present.
using System;
using System.Globalization;

namespace VRageMath
{
    public struct Vector2 : IEquatable<Vector2>
    {
        public float X;
        public float Y;
        public static readonly Vector2 Zero = new Vector2(0f, 0f);
        public static readonly Vector2 One = new Vector2(1f, 1f);

        public Vector2(float x, float y) { X = x; Y = y; }
        public Vector2(float value) { X = value; Y = value; }

        public float Length() { return (float)Math.Sqrt(X * X + Y * Y); }
        public static Vector2 operator +(Vector2 a, Vector2 b) { return new Vector2(a.X + b.X, a.Y + b.Y); }
        public static Vector2 operator -(Vector2 a, Vector2 b) { return new Vector2(a.X - b.X, a.Y - b.Y); }
        public static Vector2 operator -(Vector2 a) { return new Vector2(-a.X, -a.Y); }
        public static Vector2 operator *(Vector2 a, float s) { return new Vector2(a.X * s, a.Y * s); }
        public static Vector2 operator *(float s, Vector2 a) { return new Vector2(a.X * s, a.Y * s); }
        public static Vector2 operator /(Vector2 a, float s) { return new Vector2(a.X / s, a.Y / s); }
        public static bool operator ==(Vector2 a, Vector2 b) { return a.X == b.X && a.Y == b.Y; }
        public static bool operator !=(Vector2 a, Vector2 b) { return !(a == b); }
        public bool Equals(Vector2 other) { return this == other; }
        public override bool Equals(object obj) { return obj is Vector2 && this == (Vector2)obj; }
        public override int GetHashCode() { return X.GetHashCode() * 397 ^ Y.GetHashCode(); }
        public override string ToString()
        {
            return string.Format(CultureInfo.CurrentCulture, "{{X:{0} Y:{1}}}", X, Y);
        }
    }

    public struct Vector3 : IEquatable<Vector3>
    {
        public float X;
        public float Y;
        public float Z;
        public static readonly Vector3 Zero = new Vector3(0f, 0f, 0f);

        public Vector3(float x, float y, float z) { X = x; Y = y; Z = z; }
        public Vector3(double x, double y, double z) { X = (float)x; Y = (float)y; Z = (float)z; }

        public float Length() { return (float)Math.Sqrt(X * X + Y * Y + Z * Z); }
        public static Vector3 operator +(Vector3 a, Vector3 b) { return new Vector3(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
        public static Vector3 operator -(Vector3 a, Vector3 b) { return new Vector3(a.X - b.X, a.Y - b.Y, a.Z - b.Z); }
        public static Vector3 operator *(Vector3 a, float s) { return new Vector3(a.X * s, a.Y * s, a.Z * s); }
        public static bool operator ==(Vector3 a, Vector3 b) { return a.X == b.X && a.Y == b.Y && a.Z == b.Z; }
        public static bool operator !=(Vector3 a, Vector3 b) { return !(a == b); }
        public static implicit operator Vector3D(Vector3 v) { return new Vector3D(v.X, v.Y, v.Z); }
        public bool Equals(Vector3 other) { return this == other; }
        public override bool Equals(object obj) { return obj is Vector3 && this == (Vector3)obj; }
        public override int GetHashCode() { return (X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode(); }
        public override string ToString()
        {
            return string.Format(CultureInfo.CurrentCulture, "X:{0} Y:{1} Z:{2}", X, Y, Z);
        }
    }

    public struct Vector3D : IEquatable<Vector3D>
    {
        public double X;
        public double Y;
        public double Z;
        public static readonly Vector3D Zero = new Vector3D(0, 0, 0);
        public static readonly Vector3D One = new Vector3D(1, 1, 1);
        public static readonly Vector3D Up = new Vector3D(0, 1, 0);
        public static readonly Vector3D Forward = new Vector3D(0, 0, -1);

        public Vector3D(double x, double y, double z) { X = x; Y = y; Z = z; }

        public double Length() { return Math.Sqrt(X * X + Y * Y + Z * Z); }
        public double LengthSquared() { return X * X + Y * Y + Z * Z; }
        public double Normalize()
        {
            double len = Length();
            if (len > 0) { X /= len; Y /= len; Z /= len; }
            return len;
        }
        public static Vector3D Normalize(Vector3D v) { v.Normalize(); return v; }
        public static double Distance(Vector3D a, Vector3D b) { return (a - b).Length(); }
        public static double DistanceSquared(Vector3D a, Vector3D b) { return (a - b).LengthSquared(); }
        public static double Dot(Vector3D a, Vector3D b) { return a.X * b.X + a.Y * b.Y + a.Z * b.Z; }
        public static Vector3D Cross(Vector3D a, Vector3D b)
        {
            return new Vector3D(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);
        }
        public static Vector3D operator +(Vector3D a, Vector3D b) { return new Vector3D(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
        public static Vector3D operator -(Vector3D a, Vector3D b) { return new Vector3D(a.X - b.X, a.Y - b.Y, a.Z - b.Z); }
        public static Vector3D operator -(Vector3D a) { return new Vector3D(-a.X, -a.Y, -a.Z); }
        public static Vector3D operator *(Vector3D a, double s) { return new Vector3D(a.X * s, a.Y * s, a.Z * s); }
        public static Vector3D operator *(double s, Vector3D a) { return new Vector3D(a.X * s, a.Y * s, a.Z * s); }
        public static Vector3D operator /(Vector3D a, double s) { return new Vector3D(a.X / s, a.Y / s, a.Z / s); }
        public static bool operator ==(Vector3D a, Vector3D b) { return a.X == b.X && a.Y == b.Y && a.Z == b.Z; }
        public static bool operator !=(Vector3D a, Vector3D b) { return !(a == b); }
        public bool Equals(Vector3D other) { return this == other; }
        public override bool Equals(object obj) { return obj is Vector3D && this == (Vector3D)obj; }
        public override int GetHashCode() { return (X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode(); }

        /// <summary>Format "X:1 Y:2 Z:3" (what TryParse reads back).</summary>
        public override string ToString()
        {
            return string.Format(CultureInfo.CurrentCulture, "X:{0} Y:{1} Z:{2}", X, Y, Z);
        }

        public static bool TryParse(string str, out Vector3D retval)
        {
            retval = Zero;
            if (str == null) return false;
            string[] parts = str.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3) return false;
            double[] v = new double[3];
            string[] names = { "X:", "Y:", "Z:" };
            for (int i = 0; i < 3; i++)
            {
                if (!parts[i].StartsWith(names[i], StringComparison.Ordinal)) return false;
                if (!double.TryParse(parts[i].Substring(2), NumberStyles.Float, CultureInfo.CurrentCulture, out v[i])) return false;
            }
            retval = new Vector3D(v[0], v[1], v[2]);
            return true;
        }
    }

    public struct Vector3I : IEquatable<Vector3I>
    {
        public int X;
        public int Y;
        public int Z;
        public static readonly Vector3I Zero = new Vector3I(0, 0, 0);

        public Vector3I(int x, int y, int z) { X = x; Y = y; Z = z; }

        public static Vector3I operator +(Vector3I a, Vector3I b) { return new Vector3I(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
        public static Vector3I operator -(Vector3I a, Vector3I b) { return new Vector3I(a.X - b.X, a.Y - b.Y, a.Z - b.Z); }
        public static bool operator ==(Vector3I a, Vector3I b) { return a.X == b.X && a.Y == b.Y && a.Z == b.Z; }
        public static bool operator !=(Vector3I a, Vector3I b) { return !(a == b); }
        public static implicit operator Vector3D(Vector3I v) { return new Vector3D(v.X, v.Y, v.Z); }
        public bool Equals(Vector3I other) { return this == other; }
        public override bool Equals(object obj) { return obj is Vector3I && this == (Vector3I)obj; }
        public override int GetHashCode() { return (X * 397 ^ Y) * 397 ^ Z; }
        public override string ToString() { return "[X:" + X + ", Y:" + Y + ", Z:" + Z + "]"; }
    }

    public struct Color : IEquatable<Color>
    {
        public byte R;
        public byte G;
        public byte B;
        public byte A;

        public Color(int r, int g, int b) : this(r, g, b, 255) { }

        public Color(int r, int g, int b, int a)
        {
            R = Clamp(r); G = Clamp(g); B = Clamp(b); A = Clamp(a);
        }

        public Color(float r, float g, float b) : this((int)(r * 255f + 0.5f), (int)(g * 255f + 0.5f), (int)(b * 255f + 0.5f), 255) { }

        private static byte Clamp(int v) { return (byte)(v < 0 ? 0 : v > 255 ? 255 : v); }

        public uint PackedValue { get { return (uint)(R | G << 8 | B << 16 | A << 24); } }

        public static Color White { get { return new Color(255, 255, 255); } }
        public static Color Black { get { return new Color(0, 0, 0); } }
        public static Color Red { get { return new Color(255, 0, 0); } }
        public static Color Green { get { return new Color(0, 128, 0); } }
        public static Color Lime { get { return new Color(0, 255, 0); } }
        public static Color Blue { get { return new Color(0, 0, 255); } }
        public static Color Yellow { get { return new Color(255, 255, 0); } }
        public static Color Orange { get { return new Color(255, 165, 0); } }
        public static Color Gray { get { return new Color(128, 128, 128); } }
        public static Color Transparent { get { return new Color(0, 0, 0, 0); } }

        public static Color operator *(Color c, float s)
        {
            return new Color((int)(c.R * s), (int)(c.G * s), (int)(c.B * s), (int)(c.A * s));
        }
        public static bool operator ==(Color a, Color b) { return a.PackedValue == b.PackedValue; }
        public static bool operator !=(Color a, Color b) { return a.PackedValue != b.PackedValue; }
        public bool Equals(Color other) { return this == other; }
        public override bool Equals(object obj) { return obj is Color && this == (Color)obj; }
        public override int GetHashCode() { return (int)PackedValue; }
        public override string ToString() { return "{R:" + R + " G:" + G + " B:" + B + " A:" + A + "}"; }
    }
}

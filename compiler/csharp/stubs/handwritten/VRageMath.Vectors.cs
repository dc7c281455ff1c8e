// pbts C# stubs (hand-written behaviour): the smaller VRageMath vectors. Twin of compiler/se/values/vectors.ts.
using System;
using System.Globalization;

namespace VRageMath
{
    public struct Vector2 : IEquatable<Vector2>
    {
        public float X;
        public float Y;
        public static Vector2 Zero = new Vector2(0f, 0f);
        public static Vector2 One = new Vector2(1f, 1f);
        public static Vector2 UnitX = new Vector2(1f, 0f);
        public static Vector2 UnitY = new Vector2(0f, 1f);
        public static Vector2 PositiveInfinity = new Vector2(float.PositiveInfinity, float.PositiveInfinity);
        public Vector2(float x, float y) { X = x; Y = y; }
        public Vector2(float value) { X = value; Y = value; }
        public float Length() { return (float)Math.Sqrt((double)X * X + (double)Y * Y); }
        public float LengthSquared() { return (float)((double)X * X + (double)Y * Y); }
        public bool IsValid() { float p = X * Y; return !float.IsNaN(p) && !float.IsInfinity(p); }
        public bool Equals(Vector2 other) { return X == other.X && Y == other.Y; }
        public override bool Equals(object obj) { return obj is Vector2 && Equals((Vector2)obj); }
        public override int GetHashCode() { return X.GetHashCode() + Y.GetHashCode(); }
        public static Vector2 Add(Vector2 value1, Vector2 value2) { return new Vector2(value1.X + value2.X, value1.Y + value2.Y); }
        public static Vector2 Subtract(Vector2 value1, Vector2 value2) { return new Vector2(value1.X - value2.X, value1.Y - value2.Y); }
        public static Vector2 Multiply(Vector2 value1, Vector2 value2) { return new Vector2(value1.X * value2.X, value1.Y * value2.Y); }
        public static Vector2 Multiply(Vector2 value1, float scaleFactor) { return new Vector2(value1.X * scaleFactor, value1.Y * scaleFactor); }
        public static Vector2 Divide(Vector2 value1, Vector2 value2) { return new Vector2(value1.X / value2.X, value1.Y / value2.Y); }
        public static Vector2 Divide(Vector2 value1, float divider) { float n = 1f / divider; return new Vector2(value1.X * n, value1.Y * n); }
        public static Vector2 Negate(Vector2 value) { return new Vector2(-value.X, -value.Y); }
        public static float Dot(Vector2 value1, Vector2 value2) { return (float)((double)value1.X * value2.X + (double)value1.Y * value2.Y); }
        public static float Distance(Vector2 value1, Vector2 value2)
        {
            float a = value1.X - value2.X, b = value1.Y - value2.Y;
            return (float)Math.Sqrt((double)a * a + (double)b * b);
        }
        public static float DistanceSquared(Vector2 value1, Vector2 value2)
        {
            float a = value1.X - value2.X, b = value1.Y - value2.Y;
            return (float)((double)a * a + (double)b * b);
        }
        public static Vector2 Normalize(Vector2 value)
        {
            float n = 1f / (float)Math.Sqrt((double)value.X * value.X + (double)value.Y * value.Y);
            return new Vector2(value.X * n, value.Y * n);
        }
        public static Vector2 Min(Vector2 value1, Vector2 value2) { return new Vector2(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y); }
        public static Vector2 Max(Vector2 value1, Vector2 value2) { return new Vector2(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y); }
        private static float Clamp1(float v, float lo, float hi) { float a = v > hi ? hi : v; return a < lo ? lo : a; }
        public static Vector2 Clamp(Vector2 value1, Vector2 min, Vector2 max) { return new Vector2(Clamp1(value1.X, min.X, max.X), Clamp1(value1.Y, min.Y, max.Y)); }
        public static Vector2 Lerp(Vector2 value1, Vector2 value2, float amount)
        {
            return new Vector2(value1.X + (value2.X - value1.X) * amount, value1.Y + (value2.Y - value1.Y) * amount);
        }
        public static Vector2 Floor(Vector2 position) { return new Vector2((float)Math.Floor(position.X), (float)Math.Floor(position.Y)); }
        public static Vector2 operator +(Vector2 a, Vector2 b) { return Add(a, b); }
        public static Vector2 operator -(Vector2 a, Vector2 b) { return Subtract(a, b); }
        public static Vector2 operator -(Vector2 a) { return Negate(a); }
        public static Vector2 operator *(Vector2 a, Vector2 b) { return Multiply(a, b); }
        public static Vector2 operator *(Vector2 a, float s) { return Multiply(a, s); }
        public static Vector2 operator *(float s, Vector2 a) { return Multiply(a, s); }
        public static Vector2 operator /(Vector2 a, Vector2 b) { return Divide(a, b); }
        public static Vector2 operator /(Vector2 a, float s) { return Divide(a, s); }
        public static bool operator ==(Vector2 a, Vector2 b) { return a.X == b.X && a.Y == b.Y; }
        public static bool operator !=(Vector2 a, Vector2 b) { return !(a == b); }
        public override string ToString() { return string.Format(CultureInfo.CurrentCulture, "{{X:{0} Y:{1}}}", X, Y); }
    }

    public struct Vector2D : IEquatable<Vector2D>
    {
        public double X;
        public double Y;
        public static Vector2D Zero = new Vector2D(0, 0);
        public static Vector2D One = new Vector2D(1, 1);
        public Vector2D(double x, double y) { X = x; Y = y; }
        public Vector2D(double value) { X = value; Y = value; }
        public double Length() { return Math.Sqrt(X * X + Y * Y); }
        public double LengthSquared() { return X * X + Y * Y; }
        public bool Equals(Vector2D other) { return X == other.X && Y == other.Y; }
        public override bool Equals(object obj) { return obj is Vector2D && Equals((Vector2D)obj); }
        public override int GetHashCode() { return X.GetHashCode() + Y.GetHashCode(); }
        public static Vector2D Add(Vector2D value1, Vector2D value2) { return new Vector2D(value1.X + value2.X, value1.Y + value2.Y); }
        public static Vector2D Subtract(Vector2D value1, Vector2D value2) { return new Vector2D(value1.X - value2.X, value1.Y - value2.Y); }
        public static bool operator ==(Vector2D a, Vector2D b) { return a.X == b.X && a.Y == b.Y; }
        public static bool operator !=(Vector2D a, Vector2D b) { return !(a == b); }
    }

    public struct Vector2I : IEquatable<Vector2I>
    {
        public int X;
        public int Y;
        public static Vector2I Zero = new Vector2I(0, 0);
        public static Vector2I One = new Vector2I(1, 1);
        public Vector2I(int x, int y) { X = x; Y = y; }
        public Vector2I(int value) { X = value; Y = value; }
        public bool Equals(Vector2I other) { return X == other.X && Y == other.Y; }
        public override bool Equals(object obj) { return obj is Vector2I && Equals((Vector2I)obj); }
        public override int GetHashCode() { return X * 397 ^ Y; }
        public override string ToString() { return "[" + X + ", " + Y + "]"; }
        public static bool operator ==(Vector2I a, Vector2I b) { return a.X == b.X && a.Y == b.Y; }
        public static bool operator !=(Vector2I a, Vector2I b) { return !(a == b); }
    }

    public struct Vector3 : IEquatable<Vector3>
    {
        public float X;
        public float Y;
        public float Z;
        public static Vector3 Zero = new Vector3(0f, 0f, 0f);
        public static Vector3 One = new Vector3(1f, 1f, 1f);
        public static Vector3 UnitX = new Vector3(1f, 0f, 0f);
        public static Vector3 UnitY = new Vector3(0f, 1f, 0f);
        public static Vector3 UnitZ = new Vector3(0f, 0f, 1f);
        public static Vector3 Up = new Vector3(0f, 1f, 0f);
        public static Vector3 Down = new Vector3(0f, -1f, 0f);
        public static Vector3 Right = new Vector3(1f, 0f, 0f);
        public static Vector3 Left = new Vector3(-1f, 0f, 0f);
        public static Vector3 Forward = new Vector3(0f, 0f, -1f);
        public static Vector3 Backward = new Vector3(0f, 0f, 1f);
        public Vector3(float x, float y, float z) { X = x; Y = y; Z = z; }
        public Vector3(double x, double y, double z) { X = (float)x; Y = (float)y; Z = (float)z; }
        public Vector3(float value) { X = Y = Z = value; }
        public float Length() { return (float)Math.Sqrt((double)X * X + (double)Y * Y + (double)Z * Z); }
        public float LengthSquared() { return (float)((double)X * X + (double)Y * Y + (double)Z * Z); }
        public bool Equals(Vector3 other) { return X == other.X && Y == other.Y && Z == other.Z; }
        public override bool Equals(object obj) { return obj is Vector3 && Equals((Vector3)obj); }
        public override int GetHashCode() { return (X.GetHashCode() * 397 ^ Y.GetHashCode()) * 397 ^ Z.GetHashCode(); }
        public static Vector3 Add(Vector3 value1, Vector3 value2) { return new Vector3(value1.X + value2.X, value1.Y + value2.Y, value1.Z + value2.Z); }
        public static Vector3 Subtract(Vector3 value1, Vector3 value2) { return new Vector3(value1.X - value2.X, value1.Y - value2.Y, value1.Z - value2.Z); }
        public static Vector3 Multiply(Vector3 value1, float scaleFactor) { return new Vector3(value1.X * scaleFactor, value1.Y * scaleFactor, value1.Z * scaleFactor); }
        public static float Dot(Vector3 vector1, Vector3 vector2) { return (float)((double)vector1.X * vector2.X + (double)vector1.Y * vector2.Y + (double)vector1.Z * vector2.Z); }
        public static Vector3 Cross(Vector3 vector1, Vector3 vector2)
        {
            return new Vector3((float)((double)vector1.Y * vector2.Z - (double)vector1.Z * vector2.Y), (float)((double)vector1.Z * vector2.X - (double)vector1.X * vector2.Z), (float)((double)vector1.X * vector2.Y - (double)vector1.Y * vector2.X));
        }
        public static Vector3 Normalize(Vector3 value)
        {
            float n = 1f / (float)Math.Sqrt((double)value.X * value.X + (double)value.Y * value.Y + (double)value.Z * value.Z);
            return new Vector3(value.X * n, value.Y * n, value.Z * n);
        }
        // Twin of compiler/se/values/vectors.ts: XNA's formulas (VRageMath keeps them), float arithmetic.
        public static Vector3 Transform(Vector3 position, Matrix matrix)
        {
            float x = position.X * matrix.M11 + position.Y * matrix.M21 + position.Z * matrix.M31 + matrix.M41;
            float y = position.X * matrix.M12 + position.Y * matrix.M22 + position.Z * matrix.M32 + matrix.M42;
            float z = position.X * matrix.M13 + position.Y * matrix.M23 + position.Z * matrix.M33 + matrix.M43;
            return new Vector3(x, y, z);
        }
        public static Vector3 Transform(Vector3 value, Quaternion rotation)
        {
            float x2 = rotation.X + rotation.X, y2 = rotation.Y + rotation.Y, z2 = rotation.Z + rotation.Z;
            float wx = rotation.W * x2, wy = rotation.W * y2, wz = rotation.W * z2;
            float xx = rotation.X * x2, xy = rotation.X * y2, xz = rotation.X * z2;
            float yy = rotation.Y * y2, yz = rotation.Y * z2, zz = rotation.Z * z2;
            float x = value.X * (1f - yy - zz) + value.Y * (xy - wz) + value.Z * (xz + wy);
            float y = value.X * (xy + wz) + value.Y * (1f - xx - zz) + value.Z * (yz - wx);
            float z = value.X * (xz - wy) + value.Y * (yz + wx) + value.Z * (1f - xx - yy);
            return new Vector3(x, y, z);
        }
        public static Vector3 TransformNormal(Vector3 normal, Matrix matrix)
        {
            float x = normal.X * matrix.M11 + normal.Y * matrix.M21 + normal.Z * matrix.M31;
            float y = normal.X * matrix.M12 + normal.Y * matrix.M22 + normal.Z * matrix.M32;
            float z = normal.X * matrix.M13 + normal.Y * matrix.M23 + normal.Z * matrix.M33;
            return new Vector3(x, y, z);
        }
        public static Vector3 operator +(Vector3 a, Vector3 b) { return Add(a, b); }
        public static Vector3 operator -(Vector3 a, Vector3 b) { return Subtract(a, b); }
        public static Vector3 operator -(Vector3 a) { return new Vector3(-a.X, -a.Y, -a.Z); }
        public static Vector3 operator *(Vector3 a, float s) { return Multiply(a, s); }
        public static Vector3 operator *(float s, Vector3 a) { return Multiply(a, s); }
        public static bool operator ==(Vector3 a, Vector3 b) { return a.X == b.X && a.Y == b.Y && a.Z == b.Z; }
        public static bool operator !=(Vector3 a, Vector3 b) { return !(a == b); }
        public override string ToString() { return string.Format(CultureInfo.CurrentCulture, "X:{0} Y:{1} Z:{2}", X, Y, Z); }
    }

    public struct Vector3I : IEquatable<Vector3I>
    {
        public int X;
        public int Y;
        public int Z;
        public static Vector3I Zero = new Vector3I(0, 0, 0);
        public static Vector3I One = new Vector3I(1, 1, 1);
        public static Vector3I UnitX = new Vector3I(1, 0, 0);
        public static Vector3I UnitY = new Vector3I(0, 1, 0);
        public static Vector3I UnitZ = new Vector3I(0, 0, 1);
        public static Vector3I Up = new Vector3I(0, 1, 0);
        public static Vector3I Down = new Vector3I(0, -1, 0);
        public static Vector3I Right = new Vector3I(1, 0, 0);
        public static Vector3I Left = new Vector3I(-1, 0, 0);
        public static Vector3I Forward = new Vector3I(0, 0, -1);
        public static Vector3I Backward = new Vector3I(0, 0, 1);
        public Vector3I(int x, int y, int z) { X = x; Y = y; Z = z; }
        public Vector3I(int value) { X = Y = Z = value; }
        public int Size { get { return Math.Abs(X * Y * Z); } }
        public bool Equals(Vector3I other) { return X == other.X && Y == other.Y && Z == other.Z; }
        public override bool Equals(object obj) { return obj is Vector3I && Equals((Vector3I)obj); }
        public override int GetHashCode() { return (X * 397 ^ Y) * 397 ^ Z; }
        public override string ToString() { return "[X:" + X + ", Y:" + Y + ", Z:" + Z + "]"; }
        public static Vector3I Abs(Vector3I value) { return new Vector3I(Math.Abs(value.X), Math.Abs(value.Y), Math.Abs(value.Z)); }
        public static Vector3I Min(Vector3I value1, Vector3I value2) { return new Vector3I(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y, value1.Z < value2.Z ? value1.Z : value2.Z); }
        public static Vector3I Max(Vector3I value1, Vector3I value2) { return new Vector3I(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y, value1.Z > value2.Z ? value1.Z : value2.Z); }
        private static int Clamp1(int v, int lo, int hi) { int a = v > hi ? hi : v; return a < lo ? lo : a; }
        public static Vector3I Clamp(Vector3I value1, Vector3I min, Vector3I max) { return new Vector3I(Clamp1(value1.X, min.X, max.X), Clamp1(value1.Y, min.Y, max.Y), Clamp1(value1.Z, min.Z, max.Z)); }
        public static int Dot(Vector3I vector1, Vector3I vector2) { return vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z; }
        public static int DistanceManhattan(Vector3I first, Vector3I second) { Vector3I d = Abs(first - second); return d.X + d.Y + d.Z; }
        public static Vector3I operator +(Vector3I a, Vector3I b) { return new Vector3I(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
        public static Vector3I operator -(Vector3I a, Vector3I b) { return new Vector3I(a.X - b.X, a.Y - b.Y, a.Z - b.Z); }
        public static bool operator ==(Vector3I a, Vector3I b) { return a.X == b.X && a.Y == b.Y && a.Z == b.Z; }
        public static bool operator !=(Vector3I a, Vector3I b) { return !(a == b); }
    }

    public struct Vector4 : IEquatable<Vector4>
    {
        public float X;
        public float Y;
        public float Z;
        public float W;
        public static Vector4 Zero = new Vector4(0f, 0f, 0f, 0f);
        public static Vector4 One = new Vector4(1f, 1f, 1f, 1f);
        public Vector4(float x, float y, float z, float w) { X = x; Y = y; Z = z; W = w; }
        public bool Equals(Vector4 other) { return X == other.X && Y == other.Y && Z == other.Z && W == other.W; }
        public override bool Equals(object obj) { return obj is Vector4 && Equals((Vector4)obj); }
        public override int GetHashCode() { return X.GetHashCode() + Y.GetHashCode() + Z.GetHashCode() + W.GetHashCode(); }
    }

    public struct Vector4D : IEquatable<Vector4D>
    {
        public double X;
        public double Y;
        public double Z;
        public double W;
        public static Vector4D Zero = new Vector4D(0, 0, 0, 0);
        public static Vector4D One = new Vector4D(1, 1, 1, 1);
        public Vector4D(double x, double y, double z, double w) { X = x; Y = y; Z = z; W = w; }
        public bool Equals(Vector4D other) { return X == other.X && Y == other.Y && Z == other.Z && W == other.W; }
        public override bool Equals(object obj) { return obj is Vector4D && Equals((Vector4D)obj); }
        public override int GetHashCode() { return X.GetHashCode() + Y.GetHashCode() + Z.GetHashCode() + W.GetHashCode(); }
    }
}

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
        // Twin of compiler/se/values/vectors.ts: Keen's VRage.Math formulas (double where the game widens).
        public static Vector3 Transform(Vector3 position, Matrix matrix)
        {
            float x = (float)((double)position.X * matrix.M11 + (double)position.Y * matrix.M21 + (double)position.Z * matrix.M31) + matrix.M41;
            float y = (float)((double)position.X * matrix.M12 + (double)position.Y * matrix.M22 + (double)position.Z * matrix.M32) + matrix.M42;
            float z = (float)((double)position.X * matrix.M13 + (double)position.Y * matrix.M23 + (double)position.Z * matrix.M33) + matrix.M43;
            float w = 1f / (position.X * matrix.M14 + position.Y * matrix.M24 + position.Z * matrix.M34 + matrix.M44);
            return new Vector3(x * w, y * w, z * w);
        }
        public static Vector3 Transform(Vector3 value, Quaternion rotation)
        {
            float x2 = rotation.X + rotation.X, y2 = rotation.Y + rotation.Y, z2 = rotation.Z + rotation.Z;
            float wx = rotation.W * x2, wy = rotation.W * y2, wz = rotation.W * z2;
            float xx = rotation.X * x2, xy = rotation.X * y2, xz = rotation.X * z2;
            float yy = rotation.Y * y2, yz = rotation.Y * z2, zz = rotation.Z * z2;
            double vx = value.X, vy = value.Y, vz = value.Z;
            return new Vector3(
                vx * (1.0 - yy - zz) + vy * ((double)xy - wz) + vz * ((double)xz + wy),
                vx * ((double)xy + wz) + vy * (1.0 - xx - zz) + vz * ((double)yz - wx),
                vx * ((double)xz - wy) + vy * ((double)yz + wx) + vz * (1.0 - xx - yy));
        }
        public static Vector3 TransformNormal(Vector3 normal, Matrix matrix)
        {
            double x = normal.X, y = normal.Y, z = normal.Z;
            return new Vector3(x * matrix.M11 + y * matrix.M21 + z * matrix.M31, x * matrix.M12 + y * matrix.M22 + z * matrix.M32, x * matrix.M13 + y * matrix.M23 + z * matrix.M33);
        }
        public static Vector3 MinusOne = new Vector3(-1f, -1f, -1f);
        public static Vector3 Half = new Vector3(0.5f, 0.5f, 0.5f);
        public static Vector3 PositiveInfinity = new Vector3(float.PositiveInfinity);
        public static Vector3 NegativeInfinity = new Vector3(float.NegativeInfinity);
        public static Vector3 MaxValue = new Vector3(float.MaxValue, float.MaxValue, float.MaxValue);
        public static Vector3 MinValue = new Vector3(float.MinValue, float.MinValue, float.MinValue);
        public static Vector3 Invalid = new Vector3(float.NaN);
        public float Sum { get { return X + Y + Z; } }
        public float Volume { get { return X * Y * Z; } }
        public bool IsValid() { float p = X * Y * Z; return !float.IsNaN(p) && !float.IsInfinity(p); }
        public float GetDim(int i)
        {
            switch (i)
            {
                case 0: return X;
                case 1: return Y;
                case 2: return Z;
                default: return GetDim((i % 3 + 3) % 3);
            }
        }
        public float Min() { return X < Y ? (X < Z ? X : Z) : (Y < Z ? Y : Z); }
        public float Max() { return X > Y ? (X > Z ? X : Z) : (Y > Z ? Y : Z); }
        public float AbsMin() { float x = Math.Abs(X), y = Math.Abs(Y), z = Math.Abs(Z); return x < y ? (x < z ? x : z) : (y < z ? y : z); }
        public float AbsMax() { float x = Math.Abs(X), y = Math.Abs(Y), z = Math.Abs(Z); return x > y ? (x > z ? x : z) : (y > z ? y : z); }
        public Vector3 MaxAbsComponent()
        {
            Vector3 r = this;
            Vector3 a = Abs(r);
            float m = a.Max();
            if (a.X != m) r.X = 0;
            if (a.Y != m) r.Y = 0;
            if (a.Z != m) r.Z = 0;
            return r;
        }
        public Vector3 Normalized() { return Normalize(this); }
        public static Vector3 Abs(Vector3 value) { return new Vector3(Math.Abs(value.X), Math.Abs(value.Y), Math.Abs(value.Z)); }
        public static Vector3 Sign(Vector3 value) { return new Vector3(Math.Sign(value.X), Math.Sign(value.Y), Math.Sign(value.Z)); }
        public static Vector3 SignNonZero(Vector3 value) { return new Vector3(value.X < 0 ? -1 : 1, value.Y < 0 ? -1 : 1, value.Z < 0 ? -1 : 1); }
        public static Vector3 Step(Vector3 value)
        {
            return new Vector3(value.X > 0 ? 1 : value.X < 0 ? -1 : 0, value.Y > 0 ? 1 : value.Y < 0 ? -1 : 0, value.Z > 0 ? 1 : value.Z < 0 ? -1 : 0);
        }
        public static bool IsZero(Vector3 value) { return IsZero(value, 0.0001f); }
        public static bool IsZero(Vector3 value, float epsilon) { return Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon; }
        public static Vector3 Negate(Vector3 value) { return new Vector3(-value.X, -value.Y, -value.Z); }
        public static Vector3 Divide(Vector3 value1, Vector3 value2) { return new Vector3(value1.X / value2.X, value1.Y / value2.Y, value1.Z / value2.Z); }
        public static Vector3 Divide(Vector3 value1, float value2) { float k = 1f / value2; return new Vector3(value1.X * k, value1.Y * k, value1.Z * k); }
        static double DistanceSq(Vector3 a, Vector3 b) { float x = a.X - b.X, y = a.Y - b.Y, z = a.Z - b.Z; return (double)x * x + (double)y * y + (double)z * z; }
        public static float Distance(Vector3 value1, Vector3 value2) { return (float)Math.Sqrt(DistanceSq(value1, value2)); }
        public static float DistanceSquared(Vector3 value1, Vector3 value2) { return (float)DistanceSq(value1, value2); }
        public static float RectangularDistance(Vector3 value1, Vector3 value2) { return Abs(Subtract(value1, value2)).Sum; }
        public static Vector3 Reflect(Vector3 vector, Vector3 normal)
        {
            float d = Dot(vector, normal);
            return new Vector3(vector.X - 2f * d * normal.X, vector.Y - 2f * d * normal.Y, vector.Z - 2f * d * normal.Z);
        }
        public static Vector3 Min(Vector3 value1, Vector3 value2) { return new Vector3(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y, value1.Z < value2.Z ? value1.Z : value2.Z); }
        public static Vector3 Max(Vector3 value1, Vector3 value2) { return new Vector3(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y, value1.Z > value2.Z ? value1.Z : value2.Z); }
        static float ClampF(float v, float lo, float hi) { float a = v > hi ? hi : v; return a < lo ? lo : a; }
        public static Vector3 Clamp(Vector3 value1, Vector3 min, Vector3 max) { return new Vector3(ClampF(value1.X, min.X, max.X), ClampF(value1.Y, min.Y, max.Y), ClampF(value1.Z, min.Z, max.Z)); }
        public static Vector3 ClampToSphere(Vector3 vector, float radius)
        {
            float l = vector.LengthSquared();
            float r = radius * radius;
            return l > r ? Multiply(vector, (float)Math.Sqrt(r / l)) : vector;
        }
        static float L(float a, float b, float t) { return a + (b - a) * t; }
        public static Vector3 Lerp(Vector3 value1, Vector3 value2, float amount) { return new Vector3(L(value1.X, value2.X, amount), L(value1.Y, value2.Y, amount), L(value1.Z, value2.Z, amount)); }
        public static Vector3 SmoothStep(Vector3 value1, Vector3 value2, float amount)
        {
            float t = amount > 1f ? 1f : (amount < 0f ? 0f : amount);
            t = (float)((double)t * t * (3.0 - 2.0 * t));
            return new Vector3(L(value1.X, value2.X, t), L(value1.Y, value2.Y, t), L(value1.Z, value2.Z, t));
        }
        static double Bary(double p, double q, double r, double a, double b) { return p + a * (q - p) + b * (r - p); }
        public static Vector3 Barycentric(Vector3 value1, Vector3 value2, Vector3 value3, float amount1, float amount2)
        {
            return new Vector3(Bary(value1.X, value2.X, value3.X, amount1, amount2), Bary(value1.Y, value2.Y, value3.Y, amount1, amount2), Bary(value1.Z, value2.Z, value3.Z, amount1, amount2));
        }
        static double Catmull(double p0, double p1, double p2, double p3, double t, double t2, double t3)
        {
            return 0.5 * (2.0 * p1 + (-p0 + p2) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t2 + (-p0 + 3.0 * p1 - 3.0 * p2 + p3) * t3);
        }
        public static Vector3 CatmullRom(Vector3 value1, Vector3 value2, Vector3 value3, Vector3 value4, float amount)
        {
            float t2 = amount * amount, t3 = amount * t2;
            return new Vector3(Catmull(value1.X, value2.X, value3.X, value4.X, amount, t2, t3), Catmull(value1.Y, value2.Y, value3.Y, value4.Y, amount, t2, t3), Catmull(value1.Z, value2.Z, value3.Z, value4.Z, amount, t2, t3));
        }
        public static Vector3 Hermite(Vector3 value1, Vector3 tangent1, Vector3 value2, Vector3 tangent2, float amount)
        {
            float t2 = amount * amount, t3 = amount * t2;
            float h1 = (float)(2.0 * t3 - 3.0 * t2 + 1.0), h2 = (float)(-2.0 * t3 + 3.0 * t2), h3 = t3 - 2f * t2 + amount, h4 = t3 - t2;
            return new Vector3((double)value1.X * h1 + (double)value2.X * h2 + (double)tangent1.X * h3 + (double)tangent2.X * h4,
                (double)value1.Y * h1 + (double)value2.Y * h2 + (double)tangent1.Y * h3 + (double)tangent2.Y * h4,
                (double)value1.Z * h1 + (double)value2.Z * h2 + (double)tangent1.Z * h3 + (double)tangent2.Z * h4);
        }
        public static Vector3 SwapYZCoordinates(Vector3 v) { return new Vector3(v.X, v.Z, -v.Y); }
        public static Vector3 Reject(Vector3 vector, Vector3 direction)
        {
            float inv = 1f / Dot(direction, direction);
            float d = Dot(direction, vector) * inv;
            float nx = direction.X * inv, ny = direction.Y * inv, nz = direction.Z * inv;
            return new Vector3(vector.X - d * nx, vector.Y - d * ny, vector.Z - d * nz);
        }
        public static Vector3 DominantAxisProjection(Vector3 value1)
        {
            float x = Math.Abs(value1.X), y = Math.Abs(value1.Y), z = Math.Abs(value1.Z);
            if (x > y) return x > z ? new Vector3(value1.X, 0f, 0f) : new Vector3(0f, 0f, value1.Z);
            return y > z ? new Vector3(0f, value1.Y, 0f) : new Vector3(0f, 0f, value1.Z);
        }
        public static Vector3 CalculatePerpendicularVector(Vector3 v)
        {
            const float t = 0.0001f;
            Vector3 r = Math.Abs(v.Y + v.Z) > t || Math.Abs(v.X) > t ? new Vector3(-(v.Y + v.Z), v.X, v.X) : new Vector3(v.Z, v.Z, -(v.X + v.Y));
            return Normalize(r);
        }
        public static Vector3 Floor(Vector3 v) { return new Vector3(Math.Floor(v.X), Math.Floor(v.Y), Math.Floor(v.Z)); }
        public static Vector3 Ceiling(Vector3 v) { return new Vector3(Math.Ceiling(v.X), Math.Ceiling(v.Y), Math.Ceiling(v.Z)); }
        public static Vector3 operator +(Vector3 a, Vector3 b) { return Add(a, b); }
        public static Vector3 operator -(Vector3 a, Vector3 b) { return Subtract(a, b); }
        public static Vector3 operator -(Vector3 a) { return new Vector3(-a.X, -a.Y, -a.Z); }
        public static Vector3 operator *(Vector3 a, float s) { return Multiply(a, s); }
        public static Vector3 operator *(float s, Vector3 a) { return Multiply(a, s); }
        public static Vector3 operator /(Vector3 a, float s) { return Divide(a, s); }
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

// pbts C# stubs (hand-written behaviour): VRageMath.Vector3D, the game's formulas.
// Twin of compiler/se/values/vector3d.ts.
using System;
using System.Globalization;

namespace VRageMath
{
    public struct Vector3D : IEquatable<Vector3D>
    {
        public double X;
        public double Y;
        public double Z;

        public static Vector3D Zero = new Vector3D(0, 0, 0);
        public static Vector3D One = new Vector3D(1, 1, 1);
        public static Vector3D Half = new Vector3D(0.5, 0.5, 0.5);
        public static Vector3D PositiveInfinity = new Vector3D(double.PositiveInfinity);
        public static Vector3D NegativeInfinity = new Vector3D(double.NegativeInfinity);
        public static Vector3D UnitX = new Vector3D(1, 0, 0);
        public static Vector3D UnitY = new Vector3D(0, 1, 0);
        public static Vector3D UnitZ = new Vector3D(0, 0, 1);
        public static Vector3D Up = new Vector3D(0, 1, 0);
        public static Vector3D Down = new Vector3D(0, -1, 0);
        public static Vector3D Right = new Vector3D(1, 0, 0);
        public static Vector3D Left = new Vector3D(-1, 0, 0);
        public static Vector3D Forward = new Vector3D(0, 0, -1);
        public static Vector3D Backward = new Vector3D(0, 0, 1);
        public static Vector3D MaxValue = new Vector3D(double.MaxValue, double.MaxValue, double.MaxValue);
        public static Vector3D MinValue = new Vector3D(double.MinValue, double.MinValue, double.MinValue);

        public Vector3D(double x, double y, double z) { X = x; Y = y; Z = z; }
        public Vector3D(double value) { X = Y = Z = value; }
        public Vector3D(Vector2 value, double z) { X = value.X; Y = value.Y; Z = z; }
        public Vector3D(Vector2D value, double z) { X = value.X; Y = value.Y; Z = z; }
        public Vector3D(Vector4 xyz) { X = xyz.X; Y = xyz.Y; Z = xyz.Z; }
        public Vector3D(Vector4D xyz) { X = xyz.X; Y = xyz.Y; Z = xyz.Z; }
        public Vector3D(Vector3 value) { X = value.X; Y = value.Y; Z = value.Z; }
        public Vector3D(Vector3I value) { X = value.X; Y = value.Y; Z = value.Z; }
        public Vector3D(ref Vector3I value) { X = value.X; Y = value.Y; Z = value.Z; }
        public Vector3D(Vector3D value) { X = value.X; Y = value.Y; Z = value.Z; }

        public double Sum { get { return X + Y + Z; } }
        public double Volume { get { return X * Y * Z; } }

        public double Length() { return Math.Sqrt(X * X + Y * Y + Z * Z); }
        public double LengthSquared() { return X * X + Y * Y + Z * Z; }
        public double Normalize()
        {
            double length = Math.Sqrt(X * X + Y * Y + Z * Z);
            double num = 1 / length;
            X *= num; Y *= num; Z *= num;
            return length;
        }
        public Vector3D Normalized() { return Normalize(this); }
        public double Dot(Vector3D v) { return X * v.X + Y * v.Y + Z * v.Z; }
        public double Dot(Vector3 v) { return X * v.X + Y * v.Y + Z * v.Z; }
        public Vector3D Cross(Vector3D v) { return Cross(this, v); }
        public bool Equals(Vector3D other) { return X == other.X && Y == other.Y && Z == other.Z; }
        public bool Equals(Vector3D other, double epsilon)
        {
            return Math.Abs(X - other.X) < epsilon && Math.Abs(Y - other.Y) < epsilon && Math.Abs(Z - other.Z) < epsilon;
        }
        public override bool Equals(object obj) { return obj is Vector3D && Equals((Vector3D)obj); }
        public override int GetHashCode()
        {
            int hash = (int)(X * 997);
            hash = (hash * 397) ^ (int)(Y * 997);
            return (hash * 397) ^ (int)(Z * 997);
        }
        public bool IsValid() { double p = X * Y * Z; return !double.IsNaN(p) && !double.IsInfinity(p); }
        public void AssertIsValid() { }
        public double Min() { if (X < Y) return X < Z ? X : Z; return Y < Z ? Y : Z; }
        public double Max() { if (X > Y) return X > Z ? X : Z; return Y > Z ? Y : Z; }
        public double AbsMin()
        {
            double x = Math.Abs(X), y = Math.Abs(Y), z = Math.Abs(Z);
            if (x < y) return x < z ? x : z;
            return y < z ? y : z;
        }
        public double AbsMax()
        {
            double x = Math.Abs(X), y = Math.Abs(Y), z = Math.Abs(Z);
            if (x > y) return x > z ? x : z;
            return y > z ? y : z;
        }
        public int AbsMaxComponent()
        {
            double x = Math.Abs(X), y = Math.Abs(Y), z = Math.Abs(Z);
            if (x > y) return x > z ? 0 : 2;
            return y > z ? 1 : 2;
        }
        public double GetDim(int i)
        {
            switch (i)
            {
                case 0: return X;
                case 1: return Y;
                case 2: return Z;
                default: return GetDim((i % 3 + 3) % 3);
            }
        }
        public bool IsZero() { return IsZero(this); }
        public long VolumeInt(double multiplier) { return (long)(X * multiplier) * (long)(Y * multiplier) * (long)(Z * multiplier); }
        public Vector3D Rotate(Vector3D axis, double rotationInRadians)
        {
            double cos = Math.Cos(rotationInRadians);
            double sin = Math.Sin(rotationInRadians);
            Vector3D a = Multiply(this, cos);
            Vector3D b = Multiply(Cross(axis, this), sin);
            Vector3D c = Multiply(axis, Dot(axis, this) * (1 - cos));
            return Add(Add(a, b), c);
        }
        public bool IsInsideInclusive(ref Vector3D min, ref Vector3D max)
        {
            return min.X <= X && X <= max.X && min.Y <= Y && Y <= max.Y && min.Z <= Z && Z <= max.Z;
        }

        public static bool IsZero(Vector3D value) { return IsZero(value, 0.0001); }
        public static bool IsZero(Vector3D value, double epsilon)
        {
            return Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon;
        }
        public static Vector3D IsZeroVector(Vector3D value) { return new Vector3D(value.X == 0 ? 1 : 0, value.Y == 0 ? 1 : 0, value.Z == 0 ? 1 : 0); }
        public static Vector3D IsZeroVector(Vector3D value, double epsilon)
        {
            return new Vector3D(Math.Abs(value.X) < epsilon ? 1 : 0, Math.Abs(value.Y) < epsilon ? 1 : 0, Math.Abs(value.Z) < epsilon ? 1 : 0);
        }
        public static bool IsUnit(ref Vector3D value) { double l = value.LengthSquared(); return l >= 0.9999f && l < 1.0001; }
        public static Vector3D Abs(Vector3D value)
        {
            return new Vector3D(value.X < 0 ? -value.X : value.X, value.Y < 0 ? -value.Y : value.Y, value.Z < 0 ? -value.Z : value.Z);
        }
        public static Vector3D Sign(Vector3D value) { return new Vector3D(Math.Sign(value.X), Math.Sign(value.Y), Math.Sign(value.Z)); }
        public static Vector3D SignNonZero(Vector3D value) { return new Vector3D(value.X < 0 ? -1 : 1, value.Y < 0 ? -1 : 1, value.Z < 0 ? -1 : 1); }
        public static Vector3D Step(Vector3D value)
        {
            return new Vector3D(value.X > 0 ? 1 : value.X < 0 ? -1 : 0, value.Y > 0 ? 1 : value.Y < 0 ? -1 : 0, value.Z > 0 ? 1 : value.Z < 0 ? -1 : 0);
        }
        public static Vector3D Add(Vector3D value1, Vector3D value2) { return new Vector3D(value1.X + value2.X, value1.Y + value2.Y, value1.Z + value2.Z); }
        public static Vector3D Subtract(Vector3D value1, Vector3D value2) { return new Vector3D(value1.X - value2.X, value1.Y - value2.Y, value1.Z - value2.Z); }
        public static Vector3D Multiply(Vector3D value1, Vector3D value2) { return new Vector3D(value1.X * value2.X, value1.Y * value2.Y, value1.Z * value2.Z); }
        public static Vector3D Multiply(Vector3D value1, double scaleFactor) { return new Vector3D(value1.X * scaleFactor, value1.Y * scaleFactor, value1.Z * scaleFactor); }
        public static Vector3D Divide(Vector3D value1, Vector3D value2) { return new Vector3D(value1.X / value2.X, value1.Y / value2.Y, value1.Z / value2.Z); }
        public static Vector3D Divide(Vector3D value1, double value2) { double n = 1 / value2; return new Vector3D(value1.X * n, value1.Y * n, value1.Z * n); }
        public static Vector3D Negate(Vector3D value) { return new Vector3D(-value.X, -value.Y, -value.Z); }
        public static double Dot(Vector3D vector1, Vector3D vector2) { return vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z; }
        public static double Dot(Vector3D vector1, Vector3 vector2) { return vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z; }
        public static Vector3D Cross(Vector3D vector1, Vector3D vector2)
        {
            return new Vector3D(vector1.Y * vector2.Z - vector1.Z * vector2.Y, vector1.Z * vector2.X - vector1.X * vector2.Z, vector1.X * vector2.Y - vector1.Y * vector2.X);
        }
        public static Vector3D Normalize(Vector3D value)
        {
            double n = 1 / Math.Sqrt(value.X * value.X + value.Y * value.Y + value.Z * value.Z);
            return new Vector3D(value.X * n, value.Y * n, value.Z * n);
        }
        public static double Distance(Vector3D value1, Vector3D value2)
        {
            double a = value1.X - value2.X, b = value1.Y - value2.Y, c = value1.Z - value2.Z;
            return Math.Sqrt(a * a + b * b + c * c);
        }
        public static double Distance(Vector3D value1, Vector3 value2)
        {
            double a = value1.X - value2.X, b = value1.Y - value2.Y, c = value1.Z - value2.Z;
            return Math.Sqrt(a * a + b * b + c * c);
        }
        public static double Distance(Vector3 value1, Vector3D value2)
        {
            double a = value1.X - value2.X, b = value1.Y - value2.Y, c = value1.Z - value2.Z;
            return Math.Sqrt(a * a + b * b + c * c);
        }
        public static double DistanceSquared(Vector3D value1, Vector3D value2)
        {
            double a = value1.X - value2.X, b = value1.Y - value2.Y, c = value1.Z - value2.Z;
            return a * a + b * b + c * c;
        }
        public static double RectangularDistance(Vector3D value1, Vector3D value2)
        {
            Vector3D d = Abs(Subtract(value1, value2));
            return d.X + d.Y + d.Z;
        }
        public static double Angle(Vector3D a, Vector3D b)
        {
            double dot = Dot(a, b);
            double len = a.Length() * b.Length();
            double cos = dot / len;
            return Math.Acos(cos < -1 ? -1 : cos > 1 ? 1 : cos);
        }
        public static bool ArePerpendicular(ref Vector3D a, ref Vector3D b)
        {
            double dot = a.Dot(b);
            return dot * dot < 0.00000001 * a.LengthSquared() * b.LengthSquared();
        }
        public static Vector3D Reflect(Vector3D vector, Vector3D normal)
        {
            double n = vector.X * normal.X + vector.Y * normal.Y + vector.Z * normal.Z;
            return new Vector3D(vector.X - 2 * n * normal.X, vector.Y - 2 * n * normal.Y, vector.Z - 2 * n * normal.Z);
        }
        public static Vector3D Reject(Vector3D vector, Vector3D direction)
        {
            double inv = 1.0 / Dot(direction, direction);
            double d = Dot(direction, vector) * inv;
            return new Vector3D(vector.X - d * (direction.X * inv), vector.Y - d * (direction.Y * inv), vector.Z - d * (direction.Z * inv));
        }
        public static Vector3D Min(Vector3D value1, Vector3D value2)
        {
            return new Vector3D(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y, value1.Z < value2.Z ? value1.Z : value2.Z);
        }
        public static Vector3D Max(Vector3D value1, Vector3D value2)
        {
            return new Vector3D(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y, value1.Z > value2.Z ? value1.Z : value2.Z);
        }
        public static Vector3D DominantAxisProjection(Vector3D value1)
        {
            if (Math.Abs(value1.X) > Math.Abs(value1.Y))
            {
                value1.Y = 0;
                if (Math.Abs(value1.X) > Math.Abs(value1.Z)) value1.Z = 0; else value1.X = 0;
            }
            else
            {
                value1.X = 0;
                if (Math.Abs(value1.Y) > Math.Abs(value1.Z)) value1.Z = 0; else value1.Y = 0;
            }
            return value1;
        }
        private static double Clamp1(double v, double lo, double hi) { double a = v > hi ? hi : v; return a < lo ? lo : a; }
        public static Vector3D Clamp(Vector3D value1, Vector3D min, Vector3D max)
        {
            return new Vector3D(Clamp1(value1.X, min.X, max.X), Clamp1(value1.Y, min.Y, max.Y), Clamp1(value1.Z, min.Z, max.Z));
        }
        public static Vector3D ClampToSphere(Vector3D vector, double radius, bool force)
        {
            double lsq = vector.LengthSquared();
            double rsq = radius * radius;
            if (lsq > rsq || force) return Multiply(vector, Math.Sqrt(rsq / lsq));
            return vector;
        }
        public static Vector3D Lerp(Vector3D value1, Vector3D value2, double amount)
        {
            return new Vector3D(value1.X + (value2.X - value1.X) * amount, value1.Y + (value2.Y - value1.Y) * amount, value1.Z + (value2.Z - value1.Z) * amount);
        }
        private static double Bary(double v1, double v2, double v3, double a1, double a2) { return v1 + a1 * (v2 - v1) + a2 * (v3 - v1); }
        public static Vector3D Barycentric(Vector3D value1, Vector3D value2, Vector3D value3, double amount1, double amount2)
        {
            return new Vector3D(Bary(value1.X, value2.X, value3.X, amount1, amount2), Bary(value1.Y, value2.Y, value3.Y, amount1, amount2), Bary(value1.Z, value2.Z, value3.Z, amount1, amount2));
        }
        public static Vector3D SmoothStep(Vector3D value1, Vector3D value2, double amount)
        {
            amount = amount > 1.0 ? 1 : (amount < 0.0 ? 0.0 : amount);
            amount = amount * amount * (3.0 - 2.0 * amount);
            return Lerp(value1, value2, amount);
        }
        private static double Catmull(double v1, double v2, double v3, double v4, double t, double n1, double n2)
        {
            return 0.5 * (2.0 * v2 + (-v1 + v3) * t + (2.0 * v1 - 5.0 * v2 + 4.0 * v3 - v4) * n1 + (-v1 + 3.0 * v2 - 3.0 * v3 + v4) * n2);
        }
        public static Vector3D CatmullRom(Vector3D value1, Vector3D value2, Vector3D value3, Vector3D value4, double amount)
        {
            double n1 = amount * amount;
            double n2 = amount * n1;
            return new Vector3D(Catmull(value1.X, value2.X, value3.X, value4.X, amount, n1, n2), Catmull(value1.Y, value2.Y, value3.Y, value4.Y, amount, n1, n2), Catmull(value1.Z, value2.Z, value3.Z, value4.Z, amount, n1, n2));
        }
        public static Vector3D Hermite(Vector3D value1, Vector3D tangent1, Vector3D value2, Vector3D tangent2, double amount)
        {
            double n1 = amount * amount;
            double n2 = amount * n1;
            double n3 = 2.0 * n2 - 3.0 * n1 + 1.0;
            double n4 = -2.0 * n2 + 3.0 * n1;
            double n5 = n2 - 2 * n1 + amount;
            double n6 = n2 - n1;
            return new Vector3D(
                value1.X * n3 + value2.X * n4 + tangent1.X * n5 + tangent2.X * n6,
                value1.Y * n3 + value2.Y * n4 + tangent1.Y * n5 + tangent2.Y * n6,
                value1.Z * n3 + value2.Z * n4 + tangent1.Z * n5 + tangent2.Z * n6);
        }
        public static Vector3D Transform(Vector3D position, MatrixD m)
        {
            double x = position.X * m.M11 + position.Y * m.M21 + position.Z * m.M31 + m.M41;
            double y = position.X * m.M12 + position.Y * m.M22 + position.Z * m.M32 + m.M42;
            double z = position.X * m.M13 + position.Y * m.M23 + position.Z * m.M33 + m.M43;
            double w = 1 / (position.X * m.M14 + position.Y * m.M24 + position.Z * m.M34 + m.M44);
            return new Vector3D(x * w, y * w, z * w);
        }
        public static Vector3D Transform(Vector3D value, QuaternionD r)
        {
            double n1 = r.X + r.X, n2 = r.Y + r.Y, n3 = r.Z + r.Z;
            double n4 = r.W * n1, n5 = r.W * n2, n6 = r.W * n3;
            double n7 = r.X * n1, n8 = r.X * n2, n9 = r.X * n3;
            double n10 = r.Y * n2, n11 = r.Y * n3, n12 = r.Z * n3;
            return new Vector3D(
                value.X * (1.0 - n10 - n12) + value.Y * (n8 - n6) + value.Z * (n9 + n5),
                value.X * (n8 + n6) + value.Y * (1.0 - n7 - n12) + value.Z * (n11 - n4),
                value.X * (n9 - n5) + value.Y * (n11 + n4) + value.Z * (1.0 - n7 - n10));
        }
        public static Vector3D TransformNormal(Vector3D normal, MatrixD m)
        {
            return new Vector3D(
                normal.X * m.M11 + normal.Y * m.M21 + normal.Z * m.M31,
                normal.X * m.M12 + normal.Y * m.M22 + normal.Z * m.M32,
                normal.X * m.M13 + normal.Y * m.M23 + normal.Z * m.M33);
        }
        public static Vector3D TransformNormal(Vector3D normal, MyBlockOrientation orientation)
        {
            return -normal.X * new Vector3D(Base6Directions.GetVector(orientation.Left))
                + normal.Y * new Vector3D(Base6Directions.GetVector(orientation.Up))
                - normal.Z * new Vector3D(Base6Directions.GetVector(orientation.Forward));
        }
        public static Vector3D Rotate(Vector3D vector, MatrixD rotationMatrix) { return TransformNormal(vector, rotationMatrix); }
        public static Vector3D CalculatePerpendicularVector(Vector3D v)
        {
            const double threshold = 0.0001f;
            Vector3D r = Math.Abs(v.Y + v.Z) > threshold || Math.Abs(v.X) > threshold ? new Vector3D(-(v.Y + v.Z), v.X, v.X) : new Vector3D(v.Z, v.Z, -(v.X + v.Y));
            return Normalize(r);
        }
        public static Vector3D SwapYZCoordinates(Vector3D v) { return new Vector3D(v.X, v.Z, -v.Y); }
        public static Vector3I Round(Vector3D v) { return new Vector3I((int)(v.X + 0.5), (int)(v.Y + 0.5), (int)(v.Z + 0.5)); }
        public static Vector3D Round(Vector3D v, int numDecimals)
        {
            return new Vector3D(Math.Round(v.X, numDecimals), Math.Round(v.Y, numDecimals), Math.Round(v.Z, numDecimals));
        }
        public static Vector3I Floor(Vector3D v) { return new Vector3I((int)Math.Floor(v.X), (int)Math.Floor(v.Y), (int)Math.Floor(v.Z)); }
        public static void GetAzimuthAndElevation(Vector3D v, out double azimuth, out double elevation)
        {
            double elevationSin = Dot(v, Up);
            v.Y = 0;
            v.Normalize();
            double azimuthCos = Dot(v, Forward);
            elevation = Math.Asin(elevationSin);
            azimuth = v.X >= 0 ? -Math.Acos(azimuthCos) : Math.Acos(azimuthCos);
        }
        public static void CreateFromAzimuthAndElevation(double azimuth, double elevation, out Vector3D direction)
        {
            direction = TransformNormal(TransformNormal(Forward, MatrixD.CreateRotationX(elevation)), MatrixD.CreateRotationY(azimuth));
        }

        public static Vector3D operator -(Vector3D value) { return Negate(value); }
        public static Vector3D operator +(Vector3D a, Vector3D b) { return Add(a, b); }
        public static Vector3D operator -(Vector3D a, Vector3D b) { return Subtract(a, b); }
        public static Vector3D operator *(Vector3D a, Vector3D b) { return Multiply(a, b); }
        public static Vector3D operator *(Vector3D a, double s) { return Multiply(a, s); }
        public static Vector3D operator *(double s, Vector3D a) { return Multiply(a, s); }
        public static Vector3D operator /(Vector3D a, Vector3D b) { return Divide(a, b); }
        public static Vector3D operator /(Vector3D a, double d) { return Divide(a, d); }
        public static bool operator ==(Vector3D a, Vector3D b) { return a.X == b.X && a.Y == b.Y && a.Z == b.Z; }
        public static bool operator !=(Vector3D a, Vector3D b) { return !(a == b); }
        public static implicit operator Vector3(Vector3D v) { return new Vector3((float)v.X, (float)v.Y, (float)v.Z); }
        public static implicit operator Vector3D(Vector3 v) { return new Vector3D(v.X, v.Y, v.Z); }

        public override string ToString()
        {
            CultureInfo c = CultureInfo.CurrentCulture;
            return string.Format(c, "X:{0} Y:{1} Z:{2}", X.ToString(c), Y.ToString(c), Z.ToString(c));
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
}

// pbts C# stubs (hand-written behaviour): VRageMath.Quaternion (single precision), XNA's formulas as
// VRageMath keeps them: float arithmetic, transcendental functions in double rounded to float.
// Twin of compiler/se/values/quaternion.ts.
using System;
using System.Globalization;

namespace VRageMath
{
    public struct Quaternion : IEquatable<Quaternion>
    {
        public float X;
        public float Y;
        public float Z;
        public float W;
        public static Quaternion Identity = new Quaternion(0f, 0f, 0f, 1f);
        public static Quaternion Zero = new Quaternion(0f, 0f, 0f, 0f);

        public Quaternion(float x, float y, float z, float w) { X = x; Y = y; Z = z; W = w; }
        public Quaternion(Vector3 vectorPart, float scalarPart) { X = vectorPart.X; Y = vectorPart.Y; Z = vectorPart.Z; W = scalarPart; }

        public float LengthSquared() { return X * X + Y * Y + Z * Z + W * W; }
        public float Length() { return (float)Math.Sqrt((double)(X * X + Y * Y + Z * Z + W * W)); }
        public void Normalize()
        {
            float n = 1f / (float)Math.Sqrt((double)(X * X + Y * Y + Z * Z + W * W));
            X *= n; Y *= n; Z *= n; W *= n;
        }
        public void Conjugate() { X = -X; Y = -Y; Z = -Z; }
        public bool Equals(Quaternion other) { return X == other.X && Y == other.Y && Z == other.Z && W == other.W; }
        public bool Equals(Quaternion value, float epsilon)
        {
            return Math.Abs(X - value.X) < epsilon && Math.Abs(Y - value.Y) < epsilon && Math.Abs(Z - value.Z) < epsilon && Math.Abs(W - value.W) < epsilon;
        }
        public override bool Equals(object obj) { return obj is Quaternion && Equals((Quaternion)obj); }
        public override int GetHashCode() { return X.GetHashCode() + Y.GetHashCode() + Z.GetHashCode() + W.GetHashCode(); }
        public Vector4 ToVector4() { return new Vector4(X, Y, Z, W); }
        public void GetAxisAngle(out Vector3 axis, out float angle)
        {
            float s = (float)Math.Sqrt((double)(X * X + Y * Y + Z * Z));
            axis = s != 0f ? new Vector3(X / s, Y / s, Z / s) : new Vector3(X, Y, Z);
            angle = (float)Math.Atan2((double)s, (double)W) * 2f;
        }
        public override string ToString()
        {
            CultureInfo c = CultureInfo.CurrentCulture;
            return string.Format(c, "{{X:{0} Y:{1} Z:{2} W:{3}}}", X.ToString(c), Y.ToString(c), Z.ToString(c), W.ToString(c));
        }

        public static Quaternion Add(Quaternion a, Quaternion b) { return new Quaternion(a.X + b.X, a.Y + b.Y, a.Z + b.Z, a.W + b.W); }
        public static Quaternion Subtract(Quaternion a, Quaternion b) { return new Quaternion(a.X - b.X, a.Y - b.Y, a.Z - b.Z, a.W - b.W); }
        public static Quaternion Negate(Quaternion q) { return new Quaternion(-q.X, -q.Y, -q.Z, -q.W); }
        public static Quaternion Conjugate(Quaternion value) { return new Quaternion(-value.X, -value.Y, -value.Z, value.W); }
        public static float Dot(Quaternion a, Quaternion b) { return a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W; }
        public static Quaternion Normalize(Quaternion q)
        {
            float n = 1f / (float)Math.Sqrt((double)(q.X * q.X + q.Y * q.Y + q.Z * q.Z + q.W * q.W));
            return new Quaternion(q.X * n, q.Y * n, q.Z * n, q.W * n);
        }
        public static Quaternion Inverse(Quaternion q)
        {
            float n = 1f / (q.X * q.X + q.Y * q.Y + q.Z * q.Z + q.W * q.W);
            return new Quaternion(-q.X * n, -q.Y * n, -q.Z * n, q.W * n);
        }
        public static bool IsZero(Quaternion value) { return IsZero(value, 0.0001f); }
        public static bool IsZero(Quaternion value, float epsilon)
        {
            return Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon && Math.Abs(value.W) < epsilon;
        }
        public static Quaternion FromVector4(Vector4 v) { return new Quaternion(v.X, v.Y, v.Z, v.W); }
        private static Quaternion Product(float x1, float y1, float z1, float w1, float x2, float y2, float z2, float w2)
        {
            float n9 = y1 * z2 - z1 * y2;
            float n10 = z1 * x2 - x1 * z2;
            float n11 = x1 * y2 - y1 * x2;
            float n12 = x1 * x2 + y1 * y2 + z1 * z2;
            return new Quaternion(x1 * w2 + x2 * w1 + n9, y1 * w2 + y2 * w1 + n10, z1 * w2 + z2 * w1 + n11, w1 * w2 - n12);
        }
        public static Quaternion Multiply(Quaternion a, Quaternion b) { return Product(a.X, a.Y, a.Z, a.W, b.X, b.Y, b.Z, b.W); }
        public static Quaternion Multiply(Quaternion a, float s) { return new Quaternion(a.X * s, a.Y * s, a.Z * s, a.W * s); }
        public static Quaternion Concatenate(Quaternion value1, Quaternion value2) { return Product(value2.X, value2.Y, value2.Z, value2.W, value1.X, value1.Y, value1.Z, value1.W); }
        public static Quaternion Divide(Quaternion a, Quaternion b)
        {
            float n = 1f / (b.X * b.X + b.Y * b.Y + b.Z * b.Z + b.W * b.W);
            return Product(a.X, a.Y, a.Z, a.W, -b.X * n, -b.Y * n, -b.Z * n, b.W * n);
        }
        public static Quaternion CreateFromAxisAngle(Vector3 axis, float angle)
        {
            float h = angle * 0.5f;
            float s = (float)Math.Sin((double)h);
            float c = (float)Math.Cos((double)h);
            return new Quaternion(axis.X * s, axis.Y * s, axis.Z * s, c);
        }
        public static Quaternion CreateFromYawPitchRoll(float yaw, float pitch, float roll)
        {
            float r = roll * 0.5f, p = pitch * 0.5f, y = yaw * 0.5f;
            float sr = (float)Math.Sin((double)r), cr = (float)Math.Cos((double)r);
            float sp = (float)Math.Sin((double)p), cp = (float)Math.Cos((double)p);
            float sy = (float)Math.Sin((double)y), cy = (float)Math.Cos((double)y);
            return new Quaternion(cy * sp * cr + sy * cp * sr, sy * cp * cr - cy * sp * sr, cy * cp * sr - sy * sp * cr, cy * cp * cr + sy * sp * sr);
        }
        public static Quaternion Lerp(Quaternion a, Quaternion b, float amount)
        {
            float t = amount, s = 1f - t;
            Quaternion q = a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W >= 0f
                ? new Quaternion(s * a.X + t * b.X, s * a.Y + t * b.Y, s * a.Z + t * b.Z, s * a.W + t * b.W)
                : new Quaternion(s * a.X - t * b.X, s * a.Y - t * b.Y, s * a.Z - t * b.Z, s * a.W - t * b.W);
            return Normalize(q);
        }
        public static Quaternion Slerp(Quaternion a, Quaternion b, float amount)
        {
            float t = amount;
            float cos = a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W;
            bool flip = false;
            if (cos < 0f) { flip = true; cos = -cos; }
            float s1, s2;
            if (cos > 0.999999f)
            {
                s1 = 1f - t;
                s2 = flip ? -t : t;
            }
            else
            {
                float ang = (float)Math.Acos((double)cos);
                float inv = (float)(1.0 / Math.Sin((double)ang));
                s1 = (float)Math.Sin((double)((1f - t) * ang)) * inv;
                s2 = flip ? (float)(-Math.Sin((double)(t * ang))) * inv : (float)Math.Sin((double)(t * ang)) * inv;
            }
            return new Quaternion(s1 * a.X + s2 * b.X, s1 * a.Y + s2 * b.Y, s1 * a.Z + s2 * b.Z, s1 * a.W + s2 * b.W);
        }

        public static Quaternion operator -(Quaternion q) { return Negate(q); }
        public static Quaternion operator +(Quaternion a, Quaternion b) { return Add(a, b); }
        public static Quaternion operator -(Quaternion a, Quaternion b) { return Subtract(a, b); }
        public static Quaternion operator *(Quaternion a, Quaternion b) { return Multiply(a, b); }
        public static Quaternion operator *(Quaternion a, float s) { return Multiply(a, s); }
        public static Quaternion operator /(Quaternion a, Quaternion b) { return Divide(a, b); }
        public static bool operator ==(Quaternion a, Quaternion b) { return a.Equals(b); }
        public static bool operator !=(Quaternion a, Quaternion b) { return !a.Equals(b); }
    }
}

// pbts C# stubs (hand-written behaviour): VRageMath.Quaternion (single precision), Keen's VRage.Math
// formulas: float arithmetic, widened to double where the game widens (dot products, lengths, the
// product's sums, Slerp/Lerp mixes), transcendental functions in double rounded to float.
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

        static double Dot4(Quaternion a, Quaternion b) { return (double)a.X * b.X + (double)a.Y * b.Y + (double)a.Z * b.Z + (double)a.W * b.W; }

        public Vector3 Forward
        {
            get
            {
                float x2 = X + X, y2 = Y + Y, z2 = Z + Z;
                float wx = W * x2, wy = W * y2, xx = X * x2, xz = X * z2, yy = Y * y2, yz = Y * z2;
                return new Vector3(-xz - wy, wx - yz, xx + yy - 1f);
            }
        }
        public Vector3 Right
        {
            get
            {
                float y2 = Y + Y, z2 = Z + Z;
                float wy = W * y2, wz = W * z2, xy = X * y2, xz = X * z2, yy = Y * y2, zz = Z * z2;
                return new Vector3(1f - yy - zz, xy + wz, xz - wy);
            }
        }
        public Vector3 Up
        {
            get
            {
                float x2 = X + X, y2 = Y + Y, z2 = Z + Z;
                float wx = W * x2, wz = W * z2, xx = X * x2, xy = X * y2, yz = Y * z2, zz = Z * z2;
                return new Vector3(xy - wz, 1f - xx - zz, yz + wx);
            }
        }

        public float LengthSquared() { return (float)Dot4(this, this); }
        public float Length() { return (float)Math.Sqrt(Dot4(this, this)); }
        public void Normalize()
        {
            float n = 1f / (float)Math.Sqrt(Dot4(this, this));
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
        public float GetComponent(int index)
        {
            switch (index)
            {
                case 0: return X;
                case 1: return Y;
                case 2: return Z;
                case 3: return W;
                default: return 0f;
            }
        }
        public void SetComponent(int index, float value)
        {
            switch (index)
            {
                case 0: X = value; break;
                case 1: Y = value; break;
                case 2: Z = value; break;
                case 3: W = value; break;
            }
        }
        public int FindLargestIndex()
        {
            int index = 0;
            float largest = X;
            for (int i = 1; i < 4; i++)
            {
                float v = Math.Abs(GetComponent(i));
                if (v > largest) { index = i; largest = v; }
            }
            return index;
        }
        public void GetAxisAngle(out Vector3 axis, out float angle)
        {
            axis = new Vector3(X, Y, Z);
            float s = axis.Length();
            if (s != 0f) axis = new Vector3(X / s, Y / s, Z / s);
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
        public static float Dot(Quaternion a, Quaternion b) { return (float)Dot4(a, b); }
        public static Quaternion Normalize(Quaternion q)
        {
            float n = 1f / (float)Math.Sqrt(Dot4(q, q));
            return new Quaternion(q.X * n, q.Y * n, q.Z * n, q.W * n);
        }
        public static Quaternion Inverse(Quaternion q)
        {
            float n = 1f / (float)Dot4(q, q);
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
            float cx = (float)((double)y1 * z2 - (double)z1 * y2);
            float cy = (float)((double)z1 * x2 - (double)x1 * z2);
            float cz = (float)((double)x1 * y2 - (double)y1 * x2);
            float d = (float)((double)x1 * x2 + (double)y1 * y2 + (double)z1 * z2);
            return new Quaternion(
                (float)((double)x1 * w2 + (double)x2 * w1) + cx,
                (float)((double)y1 * w2 + (double)y2 * w1) + cy,
                (float)((double)z1 * w2 + (double)z2 * w1) + cz,
                w1 * w2 - d);
        }
        public static Quaternion Multiply(Quaternion a, Quaternion b) { return Product(a.X, a.Y, a.Z, a.W, b.X, b.Y, b.Z, b.W); }
        public static Quaternion Multiply(Quaternion a, float s) { return new Quaternion(a.X * s, a.Y * s, a.Z * s, a.W * s); }
        public static Quaternion Concatenate(Quaternion value1, Quaternion value2) { return Product(value2.X, value2.Y, value2.Z, value2.W, value1.X, value1.Y, value1.Z, value1.W); }
        public static Quaternion Divide(Quaternion a, Quaternion b)
        {
            float n = 1f / (float)Dot4(b, b);
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
            double sr = (float)Math.Sin((double)r), cr = (float)Math.Cos((double)r);
            double sp = (float)Math.Sin((double)p), cp = (float)Math.Cos((double)p);
            double sy = (float)Math.Sin((double)y), cy = (float)Math.Cos((double)y);
            return new Quaternion((float)(cy * sp * cr + sy * cp * sr), (float)(sy * cp * cr - cy * sp * sr), (float)(cy * cp * sr - sy * sp * cr), (float)(cy * cp * cr + sy * sp * sr));
        }
        public static Quaternion CreateFromForwardUp(Vector3 forward, Vector3 up)
        {
            Vector3 back = new Vector3(-forward.X, -forward.Y, -forward.Z);
            Vector3 right = Vector3.Cross(up, back);
            Vector3 u = Vector3.Cross(back, right);
            return FromRotation(right.X, right.Y, right.Z, u.X, u.Y, u.Z, back.X, back.Y, back.Z, false);
        }
        public static Quaternion CreateFromRotationMatrix(Matrix m)
        {
            return FromRotation(m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33, true);
        }
        public static Quaternion CreateFromRotationMatrix(ref MatrixD matrix)
        {
            Matrix m = new Matrix(matrix);
            return CreateFromRotationMatrix(m);
        }
        static float Root(float a, float b, float c, bool viaMatrix)
        {
            return viaMatrix ? (float)Math.Sqrt(1.0 + a - b - c) : (float)Math.Sqrt(1f + a - b - c);
        }
        /// <summary>viaMatrix: CreateFromRotationMatrix (square roots of double sums); else CreateFromForwardUp (float sums).</summary>
        static Quaternion FromRotation(float m11, float m12, float m13, float m21, float m22, float m23, float m31, float m32, float m33, bool viaMatrix)
        {
            float trace = m11 + m22 + m33;
            if (trace > 0f)
            {
                float r = viaMatrix ? (float)Math.Sqrt((double)trace + 1.0) : (float)Math.Sqrt(trace + 1f);
                float k = 0.5f / r;
                return new Quaternion((m23 - m32) * k, (m31 - m13) * k, (m12 - m21) * k, r * 0.5f);
            }
            if (m11 >= m22 && m11 >= m33)
            {
                float r = Root(m11, m22, m33, viaMatrix);
                float k = 0.5f / r;
                return new Quaternion(0.5f * r, (m12 + m21) * k, (m13 + m31) * k, (m23 - m32) * k);
            }
            if (m22 > m33)
            {
                float r = Root(m22, m11, m33, viaMatrix);
                float k = 0.5f / r;
                return new Quaternion((m21 + m12) * k, 0.5f * r, (m32 + m23) * k, (m31 - m13) * k);
            }
            float r3 = Root(m33, m11, m22, viaMatrix);
            float k3 = 0.5f / r3;
            return new Quaternion((m31 + m13) * k3, (m32 + m23) * k3, 0.5f * r3, (m12 - m21) * k3);
        }
        public static Quaternion CreateFromTwoVectors(Vector3 firstVector, Vector3 secondVector)
        {
            Vector3 c = Vector3.Cross(firstVector, secondVector);
            Quaternion q = new Quaternion(c.X, c.Y, c.Z, Vector3.Dot(firstVector, secondVector));
            q.W += q.Length();
            q.Normalize();
            return q;
        }
        public static Quaternion Lerp(Quaternion a, Quaternion b, float amount)
        {
            float t = amount, s = 1f - t;
            Quaternion q = Dot4(a, b) >= 0.0
                ? new Quaternion((float)((double)s * a.X + (double)t * b.X), (float)((double)s * a.Y + (double)t * b.Y), (float)((double)s * a.Z + (double)t * b.Z), (float)((double)s * a.W + (double)t * b.W))
                : new Quaternion((float)((double)s * a.X - (double)t * b.X), (float)((double)s * a.Y - (double)t * b.Y), (float)((double)s * a.Z - (double)t * b.Z), (float)((double)s * a.W - (double)t * b.W));
            return Normalize(q);
        }
        public static Quaternion Slerp(Quaternion a, Quaternion b, float amount)
        {
            float t = amount;
            float cos = (float)Dot4(a, b);
            bool flip = false;
            if (cos < 0f) { flip = true; cos = -cos; }
            float s1, s2;
            if ((double)cos > 0.999998986721039)
            {
                s1 = 1f - t;
                s2 = flip ? -t : t;
            }
            else
            {
                float ang = (float)Math.Acos((double)cos);
                float inv = (float)(1.0 / Math.Sin((double)ang));
                s1 = (float)Math.Sin((1.0 - t) * ang) * inv;
                s2 = flip ? (float)(-Math.Sin((double)t * ang)) * inv : (float)Math.Sin((double)t * ang) * inv;
            }
            return new Quaternion((float)((double)s1 * a.X + (double)s2 * b.X), (float)((double)s1 * a.Y + (double)s2 * b.Y), (float)((double)s1 * a.Z + (double)s2 * b.Z), (float)((double)s1 * a.W + (double)s2 * b.W));
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

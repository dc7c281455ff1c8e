// pbts C# stubs (hand-written behaviour): VRageMath.QuaternionD, the game's formulas.
// Twin of compiler/se/values/quaterniond.ts.
using System;
using System.Globalization;

namespace VRageMath
{
    public struct QuaternionD : IEquatable<QuaternionD>
    {
        public double X;
        public double Y;
        public double Z;
        public double W;
        public static QuaternionD Identity = new QuaternionD(0, 0, 0, 1);

        public QuaternionD(double x, double y, double z, double w) { X = x; Y = y; Z = z; W = w; }
        public QuaternionD(Vector3D vectorPart, double scalarPart) { X = vectorPart.X; Y = vectorPart.Y; Z = vectorPart.Z; W = scalarPart; }

        public double Length() { return Math.Sqrt(X * X + Y * Y + Z * Z + W * W); }
        public double LengthSquared() { return X * X + Y * Y + Z * Z + W * W; }
        public void Normalize()
        {
            double n = 1.0 / Math.Sqrt(X * X + Y * Y + Z * Z + W * W);
            X *= n; Y *= n; Z *= n; W *= n;
        }
        public void Conjugate() { X = -X; Y = -Y; Z = -Z; }
        public bool Equals(QuaternionD other) { return X == other.X && Y == other.Y && Z == other.Z && W == other.W; }
        public override bool Equals(object obj) { return obj is QuaternionD && Equals((QuaternionD)obj); }
        public override int GetHashCode() { return X.GetHashCode() + Y.GetHashCode() + Z.GetHashCode() + W.GetHashCode(); }
        public Vector4D ToVector4() { return new Vector4D(X, Y, Z, W); }
        public void GetAxisAngle(out Vector3D axis, out double angle)
        {
            double s = Math.Sqrt(X * X + Y * Y + Z * Z);
            axis = s != 0 ? new Vector3D(X / s, Y / s, Z / s) : new Vector3D(X, Y, Z);
            angle = Math.Atan2(s, W) * 2;
        }
        public override string ToString()
        {
            CultureInfo c = CultureInfo.CurrentCulture;
            return string.Format(c, "{{X:{0} Y:{1} Z:{2} W:{3}}}", X.ToString(c), Y.ToString(c), Z.ToString(c), W.ToString(c));
        }

        public static QuaternionD Add(QuaternionD a, QuaternionD b) { return new QuaternionD(a.X + b.X, a.Y + b.Y, a.Z + b.Z, a.W + b.W); }
        public static QuaternionD Subtract(QuaternionD a, QuaternionD b) { return new QuaternionD(a.X - b.X, a.Y - b.Y, a.Z - b.Z, a.W - b.W); }
        public static QuaternionD Negate(QuaternionD q) { return new QuaternionD(-q.X, -q.Y, -q.Z, -q.W); }
        public static QuaternionD Conjugate(QuaternionD value) { return new QuaternionD(-value.X, -value.Y, -value.Z, value.W); }
        public static double Dot(QuaternionD a, QuaternionD b) { return a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W; }
        public static QuaternionD Normalize(QuaternionD q)
        {
            double n = 1.0 / Math.Sqrt(q.X * q.X + q.Y * q.Y + q.Z * q.Z + q.W * q.W);
            return new QuaternionD(q.X * n, q.Y * n, q.Z * n, q.W * n);
        }
        public static QuaternionD Inverse(QuaternionD q)
        {
            double n = 1.0 / (q.X * q.X + q.Y * q.Y + q.Z * q.Z + q.W * q.W);
            return new QuaternionD(-q.X * n, -q.Y * n, -q.Z * n, q.W * n);
        }
        public static bool IsZero(QuaternionD value) { return IsZero(value, 0.0001); }
        public static bool IsZero(QuaternionD value, double epsilon)
        {
            return Math.Abs(value.X) < epsilon && Math.Abs(value.Y) < epsilon && Math.Abs(value.Z) < epsilon && Math.Abs(value.W) < epsilon;
        }
        public static QuaternionD FromVector4(Vector4D v) { return new QuaternionD(v.X, v.Y, v.Z, v.W); }
        private static QuaternionD Product(double x1, double y1, double z1, double w1, double x2, double y2, double z2, double w2)
        {
            double n9 = y1 * z2 - z1 * y2;
            double n10 = z1 * x2 - x1 * z2;
            double n11 = x1 * y2 - y1 * x2;
            double n12 = x1 * x2 + y1 * y2 + z1 * z2;
            return new QuaternionD(x1 * w2 + x2 * w1 + n9, y1 * w2 + y2 * w1 + n10, z1 * w2 + z2 * w1 + n11, w1 * w2 - n12);
        }
        public static QuaternionD Multiply(QuaternionD a, QuaternionD b) { return Product(a.X, a.Y, a.Z, a.W, b.X, b.Y, b.Z, b.W); }
        public static QuaternionD Multiply(QuaternionD a, double s) { return new QuaternionD(a.X * s, a.Y * s, a.Z * s, a.W * s); }
        public static QuaternionD Concatenate(QuaternionD value1, QuaternionD value2) { return Product(value2.X, value2.Y, value2.Z, value2.W, value1.X, value1.Y, value1.Z, value1.W); }
        public static QuaternionD Divide(QuaternionD a, QuaternionD b)
        {
            double n = 1.0 / (b.X * b.X + b.Y * b.Y + b.Z * b.Z + b.W * b.W);
            return Product(a.X, a.Y, a.Z, a.W, -b.X * n, -b.Y * n, -b.Z * n, b.W * n);
        }
        public static QuaternionD CreateFromAxisAngle(Vector3D axis, double angle)
        {
            double h = angle * 0.5;
            double s = Math.Sin(h);
            return new QuaternionD(axis.X * s, axis.Y * s, axis.Z * s, Math.Cos(h));
        }
        public static QuaternionD CreateFromYawPitchRoll(double yaw, double pitch, double roll)
        {
            double r = roll * 0.5, p = pitch * 0.5, y = yaw * 0.5;
            double sr = Math.Sin(r), cr = Math.Cos(r), sp = Math.Sin(p), cp = Math.Cos(p), sy = Math.Sin(y), cy = Math.Cos(y);
            return new QuaternionD(cy * sp * cr + sy * cp * sr, sy * cp * cr - cy * sp * sr, cy * cp * sr - sy * sp * cr, cy * cp * cr + sy * sp * sr);
        }
        private static QuaternionD FromRotation(double m00, double m01, double m02, double m10, double m11, double m12, double m20, double m21, double m22)
        {
            double tr = m00 + m11 + m22;
            if (tr > 0.0)
            {
                double r = Math.Sqrt(tr + 1.0);
                double n = 0.5 / r;
                return new QuaternionD((m12 - m21) * n, (m20 - m02) * n, (m01 - m10) * n, r * 0.5);
            }
            if (m00 >= m11 && m00 >= m22)
            {
                double r = Math.Sqrt(1.0 + m00 - m11 - m22);
                double n = 0.5 / r;
                return new QuaternionD(0.5 * r, (m01 + m10) * n, (m02 + m20) * n, (m12 - m21) * n);
            }
            if (m11 > m22)
            {
                double r = Math.Sqrt(1.0 + m11 - m00 - m22);
                double n = 0.5 / r;
                return new QuaternionD((m10 + m01) * n, 0.5 * r, (m21 + m12) * n, (m20 - m02) * n);
            }
            double r2 = Math.Sqrt(1.0 + m22 - m00 - m11);
            double n2 = 0.5 / r2;
            return new QuaternionD((m20 + m02) * n2, (m21 + m12) * n2, 0.5 * r2, (m01 - m10) * n2);
        }
        public static QuaternionD CreateFromForwardUp(Vector3D forward, Vector3D up)
        {
            Vector3D v = Vector3D.Negate(forward);
            Vector3D v2 = Vector3D.Cross(up, v);
            Vector3D v3 = Vector3D.Cross(v, v2);
            return FromRotation(v2.X, v2.Y, v2.Z, v3.X, v3.Y, v3.Z, v.X, v.Y, v.Z);
        }
        public static QuaternionD CreateFromRotationMatrix(MatrixD m) { return FromRotation(m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33); }
        public static QuaternionD CreateFromTwoVectors(Vector3D firstVector, Vector3D secondVector)
        {
            Vector3D c = Vector3D.Cross(firstVector, secondVector);
            // The game takes the dot product through Vector3 (single precision).
            QuaternionD q = new QuaternionD(c.X, c.Y, c.Z, Vector3.Dot(firstVector, secondVector));
            q.W += q.Length();
            return Normalize(q);
        }
        public static QuaternionD Lerp(QuaternionD a, QuaternionD b, double amount)
        {
            double t = amount, s = 1.0 - t;
            QuaternionD q = a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W >= 0.0
                ? new QuaternionD(s * a.X + t * b.X, s * a.Y + t * b.Y, s * a.Z + t * b.Z, s * a.W + t * b.W)
                : new QuaternionD(s * a.X - t * b.X, s * a.Y - t * b.Y, s * a.Z - t * b.Z, s * a.W - t * b.W);
            return Normalize(q);
        }
        public static QuaternionD Slerp(QuaternionD a, QuaternionD b, double amount)
        {
            double t = amount;
            double cos = a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W;
            bool flip = false;
            if (cos < 0.0) { flip = true; cos = -cos; }
            double s1, s2;
            if (cos > 0.999998986721039)
            {
                s1 = 1.0 - t;
                s2 = flip ? -t : t;
            }
            else
            {
                double ang = Math.Acos(cos);
                double inv = 1.0 / Math.Sin(ang);
                s1 = Math.Sin((1.0 - t) * ang) * inv;
                s2 = flip ? -Math.Sin(t * ang) * inv : Math.Sin(t * ang) * inv;
            }
            return new QuaternionD(s1 * a.X + s2 * b.X, s1 * a.Y + s2 * b.Y, s1 * a.Z + s2 * b.Z, s1 * a.W + s2 * b.W);
        }

        public static QuaternionD operator -(QuaternionD q) { return Negate(q); }
        public static QuaternionD operator +(QuaternionD a, QuaternionD b) { return Add(a, b); }
        public static QuaternionD operator -(QuaternionD a, QuaternionD b) { return Subtract(a, b); }
        public static QuaternionD operator *(QuaternionD a, QuaternionD b) { return Multiply(a, b); }
        public static QuaternionD operator *(QuaternionD a, double s) { return Multiply(a, s); }
        public static QuaternionD operator /(QuaternionD a, QuaternionD b) { return Divide(a, b); }
        public static bool operator ==(QuaternionD a, QuaternionD b) { return a.Equals(b); }
        public static bool operator !=(QuaternionD a, QuaternionD b) { return !a.Equals(b); }
    }
}

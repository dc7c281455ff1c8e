// pbts C# stubs (hand-written behaviour): VRageMath.Matrix (single precision, row-major, XNA convention),
// XNA's formulas in float; sin/cos in double rounded to float. Twin of compiler/se/values/matrix.ts.
using System;

namespace VRageMath
{
    public struct Matrix : IEquatable<Matrix>
    {
        public float M11, M12, M13, M14, M21, M22, M23, M24, M31, M32, M33, M34, M41, M42, M43, M44;
        public static Matrix Identity = new Matrix(1f, 0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f, 1f);
        public static Matrix Zero = new Matrix(0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f);

        public Matrix(float m11, float m12, float m13, float m14, float m21, float m22, float m23, float m24, float m31, float m32, float m33, float m34, float m41, float m42, float m43, float m44)
        {
            M11 = m11; M12 = m12; M13 = m13; M14 = m14; M21 = m21; M22 = m22; M23 = m23; M24 = m24;
            M31 = m31; M32 = m32; M33 = m33; M34 = m34; M41 = m41; M42 = m42; M43 = m43; M44 = m44;
        }
        public Matrix(float m11, float m12, float m13, float m21, float m22, float m23, float m31, float m32, float m33)
            : this(m11, m12, m13, 0f, m21, m22, m23, 0f, m31, m32, m33, 0f, 0f, 0f, 0f, 1f) { }
        public Matrix(MatrixD other)
            : this((float)other.M11, (float)other.M12, (float)other.M13, (float)other.M14, (float)other.M21, (float)other.M22, (float)other.M23, (float)other.M24,
                   (float)other.M31, (float)other.M32, (float)other.M33, (float)other.M34, (float)other.M41, (float)other.M42, (float)other.M43, (float)other.M44) { }

        public Vector3 Right { get { return new Vector3(M11, M12, M13); } }
        public Vector3 Left { get { return new Vector3(-M11, -M12, -M13); } }
        public Vector3 Up { get { return new Vector3(M21, M22, M23); } }
        public Vector3 Down { get { return new Vector3(-M21, -M22, -M23); } }
        public Vector3 Backward { get { return new Vector3(M31, M32, M33); } }
        public Vector3 Forward { get { return new Vector3(-M31, -M32, -M33); } }
        public Vector3 Translation { get { return new Vector3(M41, M42, M43); } }

        public bool Equals(Matrix o)
        {
            return M11 == o.M11 && M12 == o.M12 && M13 == o.M13 && M14 == o.M14 && M21 == o.M21 && M22 == o.M22 && M23 == o.M23 && M24 == o.M24
                && M31 == o.M31 && M32 == o.M32 && M33 == o.M33 && M34 == o.M34 && M41 == o.M41 && M42 == o.M42 && M43 == o.M43 && M44 == o.M44;
        }
        public override bool Equals(object obj) { return obj is Matrix && Equals((Matrix)obj); }
        public override int GetHashCode() { return M11.GetHashCode() + M22.GetHashCode() + M33.GetHashCode() + M44.GetHashCode(); }

        public static Matrix Add(Matrix a, Matrix b)
        {
            return new Matrix(a.M11 + b.M11, a.M12 + b.M12, a.M13 + b.M13, a.M14 + b.M14, a.M21 + b.M21, a.M22 + b.M22, a.M23 + b.M23, a.M24 + b.M24,
                a.M31 + b.M31, a.M32 + b.M32, a.M33 + b.M33, a.M34 + b.M34, a.M41 + b.M41, a.M42 + b.M42, a.M43 + b.M43, a.M44 + b.M44);
        }
        public static Matrix Subtract(Matrix a, Matrix b)
        {
            return new Matrix(a.M11 - b.M11, a.M12 - b.M12, a.M13 - b.M13, a.M14 - b.M14, a.M21 - b.M21, a.M22 - b.M22, a.M23 - b.M23, a.M24 - b.M24,
                a.M31 - b.M31, a.M32 - b.M32, a.M33 - b.M33, a.M34 - b.M34, a.M41 - b.M41, a.M42 - b.M42, a.M43 - b.M43, a.M44 - b.M44);
        }
        public static Matrix Negate(Matrix a)
        {
            return new Matrix(-a.M11, -a.M12, -a.M13, -a.M14, -a.M21, -a.M22, -a.M23, -a.M24, -a.M31, -a.M32, -a.M33, -a.M34, -a.M41, -a.M42, -a.M43, -a.M44);
        }
        public static Matrix Multiply(Matrix a, float s)
        {
            return new Matrix(a.M11 * s, a.M12 * s, a.M13 * s, a.M14 * s, a.M21 * s, a.M22 * s, a.M23 * s, a.M24 * s,
                a.M31 * s, a.M32 * s, a.M33 * s, a.M34 * s, a.M41 * s, a.M42 * s, a.M43 * s, a.M44 * s);
        }
        public static Matrix Multiply(Matrix a, Matrix b)
        {
            return new Matrix(
                a.M11 * b.M11 + a.M12 * b.M21 + a.M13 * b.M31 + a.M14 * b.M41, a.M11 * b.M12 + a.M12 * b.M22 + a.M13 * b.M32 + a.M14 * b.M42,
                a.M11 * b.M13 + a.M12 * b.M23 + a.M13 * b.M33 + a.M14 * b.M43, a.M11 * b.M14 + a.M12 * b.M24 + a.M13 * b.M34 + a.M14 * b.M44,
                a.M21 * b.M11 + a.M22 * b.M21 + a.M23 * b.M31 + a.M24 * b.M41, a.M21 * b.M12 + a.M22 * b.M22 + a.M23 * b.M32 + a.M24 * b.M42,
                a.M21 * b.M13 + a.M22 * b.M23 + a.M23 * b.M33 + a.M24 * b.M43, a.M21 * b.M14 + a.M22 * b.M24 + a.M23 * b.M34 + a.M24 * b.M44,
                a.M31 * b.M11 + a.M32 * b.M21 + a.M33 * b.M31 + a.M34 * b.M41, a.M31 * b.M12 + a.M32 * b.M22 + a.M33 * b.M32 + a.M34 * b.M42,
                a.M31 * b.M13 + a.M32 * b.M23 + a.M33 * b.M33 + a.M34 * b.M43, a.M31 * b.M14 + a.M32 * b.M24 + a.M33 * b.M34 + a.M34 * b.M44,
                a.M41 * b.M11 + a.M42 * b.M21 + a.M43 * b.M31 + a.M44 * b.M41, a.M41 * b.M12 + a.M42 * b.M22 + a.M43 * b.M32 + a.M44 * b.M42,
                a.M41 * b.M13 + a.M42 * b.M23 + a.M43 * b.M33 + a.M44 * b.M43, a.M41 * b.M14 + a.M42 * b.M24 + a.M43 * b.M34 + a.M44 * b.M44);
        }
        public static Matrix Transpose(Matrix a)
        {
            return new Matrix(a.M11, a.M21, a.M31, a.M41, a.M12, a.M22, a.M32, a.M42, a.M13, a.M23, a.M33, a.M43, a.M14, a.M24, a.M34, a.M44);
        }
        public static Matrix CreateTranslation(Vector3 p) { return new Matrix(1f, 0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f, 1f, 0f, p.X, p.Y, p.Z, 1f); }
        public static Matrix CreateTranslation(float x, float y, float z) { return new Matrix(1f, 0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f, 1f, 0f, x, y, z, 1f); }
        public static Matrix CreateScale(float x, float y, float z) { return new Matrix(x, 0f, 0f, 0f, 0f, y, 0f, 0f, 0f, 0f, z, 0f, 0f, 0f, 0f, 1f); }
        public static Matrix CreateScale(Vector3 s) { return CreateScale(s.X, s.Y, s.Z); }
        public static Matrix CreateScale(float s) { return CreateScale(s, s, s); }
        public static Matrix CreateRotationX(float radians)
        {
            float c = (float)Math.Cos((double)radians), s = (float)Math.Sin((double)radians);
            return new Matrix(1f, 0f, 0f, 0f, 0f, c, s, 0f, 0f, -s, c, 0f, 0f, 0f, 0f, 1f);
        }
        public static Matrix CreateRotationY(float radians)
        {
            float c = (float)Math.Cos((double)radians), s = (float)Math.Sin((double)radians);
            return new Matrix(c, 0f, -s, 0f, 0f, 1f, 0f, 0f, s, 0f, c, 0f, 0f, 0f, 0f, 1f);
        }
        public static Matrix CreateRotationZ(float radians)
        {
            float c = (float)Math.Cos((double)radians), s = (float)Math.Sin((double)radians);
            return new Matrix(c, s, 0f, 0f, -s, c, 0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f, 1f);
        }
        public static Matrix CreateFromAxisAngle(Vector3 axis, float angle)
        {
            float x = axis.X, y = axis.Y, z = axis.Z;
            float s = (float)Math.Sin((double)angle), c = (float)Math.Cos((double)angle);
            float xx = x * x, yy = y * y, zz = z * z, xy = x * y, xz = x * z, yz = y * z;
            return new Matrix(
                xx + c * (1f - xx), xy - c * xy + s * z, xz - c * xz - s * y, 0f,
                xy - c * xy - s * z, yy + c * (1f - yy), yz - c * yz + s * x, 0f,
                xz - c * xz + s * y, yz - c * yz - s * x, zz + c * (1f - zz), 0f,
                0f, 0f, 0f, 1f);
        }
        public static Matrix CreateWorld(Vector3 position) { return CreateWorld(position, Vector3.Forward, Vector3.Up); }
        public static Matrix CreateWorld(Vector3 position, Vector3 forward, Vector3 up)
        {
            Vector3 back = Vector3.Normalize(-forward);
            Vector3 right = Vector3.Normalize(Vector3.Cross(up, back));
            Vector3 u = Vector3.Cross(back, right);
            return new Matrix(right.X, right.Y, right.Z, 0f, u.X, u.Y, u.Z, 0f, back.X, back.Y, back.Z, 0f, position.X, position.Y, position.Z, 1f);
        }
        public static Matrix Invert(Matrix m)
        {
            float n1 = m.M11, n2 = m.M12, n3 = m.M13, n4 = m.M14, n5 = m.M21, n6 = m.M22, n7 = m.M23, n8 = m.M24;
            float n9 = m.M31, n10 = m.M32, n11 = m.M33, n12 = m.M34, n13 = m.M41, n14 = m.M42, n15 = m.M43, n16 = m.M44;
            float n17 = n11 * n16 - n12 * n15, n18 = n10 * n16 - n12 * n14, n19 = n10 * n15 - n11 * n14;
            float n20 = n9 * n16 - n12 * n13, n21 = n9 * n15 - n11 * n13, n22 = n9 * n14 - n10 * n13;
            float n23 = n6 * n17 - n7 * n18 + n8 * n19;
            float n24 = -(n5 * n17 - n7 * n20 + n8 * n21);
            float n25 = n5 * n18 - n6 * n20 + n8 * n22;
            float n26 = -(n5 * n19 - n6 * n21 + n7 * n22);
            float n27 = 1f / (n1 * n23 + n2 * n24 + n3 * n25 + n4 * n26);
            float n28 = n7 * n16 - n8 * n15, n29 = n6 * n16 - n8 * n14, n30 = n6 * n15 - n7 * n14;
            float n31 = n5 * n16 - n8 * n13, n32 = n5 * n15 - n7 * n13, n33 = n5 * n14 - n6 * n13;
            float n34 = n7 * n12 - n8 * n11, n35 = n6 * n12 - n8 * n10, n36 = n6 * n11 - n7 * n10;
            float n37 = n5 * n12 - n8 * n9, n38 = n5 * n11 - n7 * n9, n39 = n5 * n10 - n6 * n9;
            return new Matrix(
                n23 * n27, -(n2 * n17 - n3 * n18 + n4 * n19) * n27, (n2 * n28 - n3 * n29 + n4 * n30) * n27, -(n2 * n34 - n3 * n35 + n4 * n36) * n27,
                n24 * n27, (n1 * n17 - n3 * n20 + n4 * n21) * n27, -(n1 * n28 - n3 * n31 + n4 * n32) * n27, (n1 * n34 - n3 * n37 + n4 * n38) * n27,
                n25 * n27, -(n1 * n18 - n2 * n20 + n4 * n22) * n27, (n1 * n29 - n2 * n31 + n4 * n33) * n27, -(n1 * n35 - n2 * n37 + n4 * n39) * n27,
                n26 * n27, (n1 * n19 - n2 * n21 + n3 * n22) * n27, -(n1 * n30 - n2 * n32 + n3 * n33) * n27, (n1 * n36 - n2 * n38 + n3 * n39) * n27);
        }
        public static Matrix CreateFromYawPitchRoll(float yaw, float pitch, float roll) { return CreateFromQuaternion(Quaternion.CreateFromYawPitchRoll(yaw, pitch, roll)); }
        public float Determinant()
        {
            float n1 = M33 * M44 - M34 * M43, n2 = M32 * M44 - M34 * M42, n3 = M32 * M43 - M33 * M42;
            float n4 = M31 * M44 - M34 * M41, n5 = M31 * M43 - M33 * M41, n6 = M31 * M42 - M32 * M41;
            return M11 * (M22 * n1 - M23 * n2 + M24 * n3) - M12 * (M21 * n1 - M23 * n4 + M24 * n5) + M13 * (M21 * n2 - M22 * n4 + M24 * n6) - M14 * (M21 * n3 - M22 * n5 + M23 * n6);
        }
        public static Matrix CreateFromQuaternion(Quaternion q)
        {
            float n1 = q.X * q.X, n2 = q.Y * q.Y, n3 = q.Z * q.Z;
            float n4 = q.X * q.Y, n5 = q.Z * q.W, n6 = q.Z * q.X, n7 = q.Y * q.W, n8 = q.Y * q.Z, n9 = q.X * q.W;
            return new Matrix(
                1f - 2f * (n2 + n3), 2f * (n4 + n5), 2f * (n6 - n7), 0f,
                2f * (n4 - n5), 1f - 2f * (n3 + n1), 2f * (n8 + n9), 0f,
                2f * (n6 + n7), 2f * (n8 - n9), 1f - 2f * (n2 + n1), 0f,
                0f, 0f, 0f, 1f);
        }

        public static Matrix operator -(Matrix a) { return Negate(a); }
        public static Matrix operator +(Matrix a, Matrix b) { return Add(a, b); }
        public static Matrix operator -(Matrix a, Matrix b) { return Subtract(a, b); }
        public static Matrix operator *(Matrix a, Matrix b) { return Multiply(a, b); }
        public static Matrix operator *(Matrix a, float s) { return Multiply(a, s); }
        public static bool operator ==(Matrix a, Matrix b) { return a.Equals(b); }
        public static bool operator !=(Matrix a, Matrix b) { return !a.Equals(b); }
    }
}

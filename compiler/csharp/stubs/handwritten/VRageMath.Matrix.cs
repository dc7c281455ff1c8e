// pbts C# stubs (hand-written behaviour): VRageMath.Matrix (single precision, row-major, XNA convention),
// Keen's VRage.Math formulas: float arithmetic, widened to double where the game widens; sin/cos/tan
// in double rounded to float. Twin of compiler/se/values/matrix.ts.
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
        static float Row(float a1, float a2, float a3, float a4, float b1, float b2, float b3, float b4)
        {
            return (float)((double)a1 * b1 + (double)a2 * b2 + (double)a3 * b3 + (double)a4 * b4);
        }
        public static Matrix Multiply(Matrix a, Matrix b)
        {
            return new Matrix(
                Row(a.M11, a.M12, a.M13, a.M14, b.M11, b.M21, b.M31, b.M41), Row(a.M11, a.M12, a.M13, a.M14, b.M12, b.M22, b.M32, b.M42),
                Row(a.M11, a.M12, a.M13, a.M14, b.M13, b.M23, b.M33, b.M43), Row(a.M11, a.M12, a.M13, a.M14, b.M14, b.M24, b.M34, b.M44),
                Row(a.M21, a.M22, a.M23, a.M24, b.M11, b.M21, b.M31, b.M41), Row(a.M21, a.M22, a.M23, a.M24, b.M12, b.M22, b.M32, b.M42),
                Row(a.M21, a.M22, a.M23, a.M24, b.M13, b.M23, b.M33, b.M43), Row(a.M21, a.M22, a.M23, a.M24, b.M14, b.M24, b.M34, b.M44),
                Row(a.M31, a.M32, a.M33, a.M34, b.M11, b.M21, b.M31, b.M41), Row(a.M31, a.M32, a.M33, a.M34, b.M12, b.M22, b.M32, b.M42),
                Row(a.M31, a.M32, a.M33, a.M34, b.M13, b.M23, b.M33, b.M43), Row(a.M31, a.M32, a.M33, a.M34, b.M14, b.M24, b.M34, b.M44),
                Row(a.M41, a.M42, a.M43, a.M44, b.M11, b.M21, b.M31, b.M41), Row(a.M41, a.M42, a.M43, a.M44, b.M12, b.M22, b.M32, b.M42),
                Row(a.M41, a.M42, a.M43, a.M44, b.M13, b.M23, b.M33, b.M43), Row(a.M41, a.M42, a.M43, a.M44, b.M14, b.M24, b.M34, b.M44));
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
            double dc = c, ds = s;
            return new Matrix(
                xx + c * (1f - xx), (float)(xy - dc * xy + ds * z), (float)(xz - dc * xz - ds * y), 0f,
                (float)(xy - dc * xy - ds * z), yy + c * (1f - yy), (float)(yz - dc * yz + ds * x), 0f,
                (float)(xz - dc * xz + ds * y), (float)(yz - dc * yz - ds * x), zz + c * (1f - zz), 0f,
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
        static float S2(double a, double b, double c, double d) { return (float)(a * b - c * d); }
        static double T3(double a, double x, double b, double y, double c, double z) { return a * x - b * y + c * z; }
        public static Matrix Invert(Matrix m)
        {
            float n1 = m.M11, n2 = m.M12, n3 = m.M13, n4 = m.M14, n5 = m.M21, n6 = m.M22, n7 = m.M23, n8 = m.M24;
            float n9 = m.M31, n10 = m.M32, n11 = m.M33, n12 = m.M34, n13 = m.M41, n14 = m.M42, n15 = m.M43, n16 = m.M44;
            float n17 = S2(n11, n16, n12, n15), n18 = S2(n10, n16, n12, n14), n19 = S2(n10, n15, n11, n14);
            float n20 = S2(n9, n16, n12, n13), n21 = S2(n9, n15, n11, n13), n22 = S2(n9, n14, n10, n13);
            float n23 = (float)T3(n6, n17, n7, n18, n8, n19);
            float n24 = (float)-T3(n5, n17, n7, n20, n8, n21);
            float n25 = (float)T3(n5, n18, n6, n20, n8, n22);
            float n26 = (float)-T3(n5, n19, n6, n21, n7, n22);
            float k = (float)(1.0 / ((double)n1 * n23 + (double)n2 * n24 + (double)n3 * n25 + (double)n4 * n26));
            float n28 = S2(n7, n16, n8, n15), n29 = S2(n6, n16, n8, n14), n30 = S2(n6, n15, n7, n14);
            float n31 = S2(n5, n16, n8, n13), n32 = S2(n5, n15, n7, n13), n33 = S2(n5, n14, n6, n13);
            float n34 = S2(n7, n12, n8, n11), n35 = S2(n6, n12, n8, n10), n36 = S2(n6, n11, n7, n10);
            float n37 = S2(n5, n12, n8, n9), n38 = S2(n5, n11, n7, n9), n39 = S2(n5, n10, n6, n9);
            return new Matrix(
                n23 * k, (float)-T3(n2, n17, n3, n18, n4, n19) * k, (float)T3(n2, n28, n3, n29, n4, n30) * k, (float)-T3(n2, n34, n3, n35, n4, n36) * k,
                n24 * k, (float)T3(n1, n17, n3, n20, n4, n21) * k, (float)-T3(n1, n28, n3, n31, n4, n32) * k, (float)T3(n1, n34, n3, n37, n4, n38) * k,
                n25 * k, (float)-T3(n1, n18, n2, n20, n4, n22) * k, (float)T3(n1, n29, n2, n31, n4, n33) * k, (float)-T3(n1, n35, n2, n37, n4, n39) * k,
                n26 * k, (float)T3(n1, n19, n2, n21, n3, n22) * k, (float)-T3(n1, n30, n2, n32, n3, n33) * k, (float)T3(n1, n36, n2, n38, n3, n39) * k);
        }
        public static Matrix CreateFromYawPitchRoll(float yaw, float pitch, float roll) { return CreateFromQuaternion(Quaternion.CreateFromYawPitchRoll(yaw, pitch, roll)); }
        public float Determinant()
        {
            float a = S2(M33, M44, M34, M43), b = S2(M32, M44, M34, M42), c = S2(M32, M43, M33, M42);
            float d = S2(M31, M44, M34, M41), e = S2(M31, M43, M33, M41), g = S2(M31, M42, M32, M41);
            return (float)((double)M11 * T3(M22, a, M23, b, M24, c) - (double)M12 * T3(M21, a, M23, d, M24, e) + (double)M13 * T3(M21, b, M22, d, M24, g) - (double)M14 * T3(M21, c, M22, e, M23, g));
        }
        public static Matrix CreateFromQuaternion(Quaternion q)
        {
            float n1 = q.X * q.X, n2 = q.Y * q.Y, n3 = q.Z * q.Z;
            float n4 = q.X * q.Y, n5 = q.Z * q.W, n6 = q.Z * q.X, n7 = q.Y * q.W, n8 = q.Y * q.Z, n9 = q.X * q.W;
            return new Matrix(
                (float)(1.0 - 2.0 * ((double)n2 + n3)), (float)(2.0 * ((double)n4 + n5)), (float)(2.0 * ((double)n6 - n7)), 0f,
                (float)(2.0 * ((double)n4 - n5)), (float)(1.0 - 2.0 * ((double)n3 + n1)), (float)(2.0 * ((double)n8 + n9)), 0f,
                (float)(2.0 * ((double)n6 + n7)), (float)(2.0 * ((double)n8 - n9)), (float)(1.0 - 2.0 * ((double)n2 + n1)), 0f,
                0f, 0f, 0f, 1f);
        }

        public Vector3 Col0 { get { return new Vector3(M11, M21, M31); } }
        public Vector3 Col1 { get { return new Vector3(M12, M22, M32); } }
        public Vector3 Col2 { get { return new Vector3(M13, M23, M33); } }
        public Vector3 Scale { get { return new Vector3(Right.Length(), Up.Length(), Forward.Length()); } }
        Matrix WithRows(Vector3 right, Vector3 up, Vector3 backward)
        {
            Matrix m = this;
            m.M11 = right.X; m.M12 = right.Y; m.M13 = right.Z;
            m.M21 = up.X; m.M22 = up.Y; m.M23 = up.Z;
            m.M31 = backward.X; m.M32 = backward.Y; m.M33 = backward.Z;
            return m;
        }
        public Matrix GetOrientation() { return Identity.WithRows(Right, Up, Backward); }
        public Vector4 GetRow(int row)
        {
            switch (row)
            {
                case 0: return new Vector4(M11, M12, M13, M14);
                case 1: return new Vector4(M21, M22, M23, M24);
                case 2: return new Vector4(M31, M32, M33, M34);
                case 3: return new Vector4(M41, M42, M43, M44);
                default: throw new IndexOutOfRangeException();
            }
        }
        public bool HasNoTranslationOrPerspective()
        {
            float eps = 0.0001f;
            float shouldBeZero = M41 + M42 + M43 + M34 + M24 + M14;
            if (shouldBeZero > eps) return false;
            return !(Math.Abs(M44 - 1f) > eps);
        }
        public bool IsRotation()
        {
            float eps = 0.01f;
            if (!HasNoTranslationOrPerspective()) return false;
            Vector3 r = Right, u = Up, b = Backward;
            if (Math.Abs(Vector3.Dot(r, u)) > eps || Math.Abs(Vector3.Dot(r, b)) > eps || Math.Abs(Vector3.Dot(u, b)) > eps) return false;
            return !(Math.Abs(r.LengthSquared() - 1f) > eps || Math.Abs(u.LengthSquared() - 1f) > eps || Math.Abs(b.LengthSquared() - 1f) > eps);
        }
        public bool IsMirrored() { return Determinant() < 0f; }
        float Sum() { return M11 + M12 + M13 + M14 + M21 + M22 + M23 + M24 + M31 + M32 + M33 + M34 + M41 + M42 + M43 + M44; }
        public bool IsNan() { return float.IsNaN(Sum()); }
        public bool IsValid() { float s = Sum(); return !float.IsNaN(s) && !float.IsInfinity(s); }
        public Vector3 GetDirectionVector(Base6Directions.Direction direction)
        {
            switch (direction)
            {
                case Base6Directions.Direction.Forward: return Forward;
                case Base6Directions.Direction.Backward: return Backward;
                case Base6Directions.Direction.Left: return Left;
                case Base6Directions.Direction.Right: return Right;
                case Base6Directions.Direction.Up: return Up;
                case Base6Directions.Direction.Down: return Down;
                default: return Vector3.Zero;
            }
        }
        public Base6Directions.Direction GetClosestDirection(Vector3 referenceVector)
        {
            float dx = Vector3.Dot(referenceVector, Right), dy = Vector3.Dot(referenceVector, Up), dz = Vector3.Dot(referenceVector, Backward);
            float ax = Math.Abs(dx), ay = Math.Abs(dy), az = Math.Abs(dz);
            if (ax > ay)
            {
                if (ax > az) return dx > 0 ? Base6Directions.Direction.Right : Base6Directions.Direction.Left;
                return dz > 0 ? Base6Directions.Direction.Backward : Base6Directions.Direction.Forward;
            }
            if (ay > az) return dy > 0 ? Base6Directions.Direction.Up : Base6Directions.Direction.Down;
            return dz > 0 ? Base6Directions.Direction.Backward : Base6Directions.Direction.Forward;
        }

        public static Matrix Divide(Matrix a, Matrix b)
        {
            return new Matrix(a.M11 / b.M11, a.M12 / b.M12, a.M13 / b.M13, a.M14 / b.M14, a.M21 / b.M21, a.M22 / b.M22, a.M23 / b.M23, a.M24 / b.M24,
                a.M31 / b.M31, a.M32 / b.M32, a.M33 / b.M33, a.M34 / b.M34, a.M41 / b.M41, a.M42 / b.M42, a.M43 / b.M43, a.M44 / b.M44);
        }
        public static Matrix Divide(Matrix a, float divider) { return Multiply(a, 1f / divider); }
        static float L(float x, float y, float t) { return x + (y - x) * t; }
        public static Matrix Lerp(Matrix a, Matrix b, float t)
        {
            return new Matrix(L(a.M11, b.M11, t), L(a.M12, b.M12, t), L(a.M13, b.M13, t), L(a.M14, b.M14, t), L(a.M21, b.M21, t), L(a.M22, b.M22, t), L(a.M23, b.M23, t), L(a.M24, b.M24, t),
                L(a.M31, b.M31, t), L(a.M32, b.M32, t), L(a.M33, b.M33, t), L(a.M34, b.M34, t), L(a.M41, b.M41, t), L(a.M42, b.M42, t), L(a.M43, b.M43, t), L(a.M44, b.M44, t));
        }
        static void LookAxes(Vector3 position, Vector3 target, Vector3 up, out Vector3 x, out Vector3 y, out Vector3 z)
        {
            z = Vector3.Normalize(Vector3.Subtract(position, target));
            x = Vector3.Normalize(Vector3.Cross(up, z));
            y = Vector3.Cross(z, x);
        }
        static Vector3 BillboardBack(Vector3 objectPosition, Vector3 cameraPosition, Vector3? cameraForward)
        {
            Vector3 d = Vector3.Subtract(objectPosition, cameraPosition);
            float l = d.LengthSquared();
            if (l < 9.99999974737875E-05) return cameraForward.HasValue ? Vector3.Negate(cameraForward.Value) : Vector3.Forward;
            return Vector3.Multiply(d, 1f / (float)Math.Sqrt(l));
        }
        public static Matrix CreateBillboard(Vector3 objectPosition, Vector3 cameraPosition, Vector3 cameraUpVector, Vector3? cameraForwardVector)
        {
            Vector3 back = BillboardBack(objectPosition, cameraPosition, cameraForwardVector);
            Vector3 right = Vector3.Normalize(Vector3.Cross(cameraUpVector, back));
            Vector3 up = Vector3.Cross(back, right);
            Vector3 p = objectPosition;
            return new Matrix(right.X, right.Y, right.Z, 0f, up.X, up.Y, up.Z, 0f, back.X, back.Y, back.Z, 0f, p.X, p.Y, p.Z, 1f);
        }
        public static Matrix CreateConstrainedBillboard(Vector3 objectPosition, Vector3 cameraPosition, Vector3 rotateAxis, Vector3? cameraForwardVector, Vector3? objectForwardVector)
        {
            Vector3 toObject = BillboardBack(objectPosition, cameraPosition, cameraForwardVector);
            Vector3 a = rotateAxis;
            const double limit = 0.998254656791687;
            Vector3 right, back;
            if (Math.Abs(Vector3.Dot(a, toObject)) > limit)
            {
                Vector3 alongForward = Math.Abs((float)((double)a.X * 0.0 + (double)a.Y * 0.0 + (double)a.Z * -1.0)) > limit ? Vector3.Right : Vector3.Forward;
                Vector3 fwd;
                if (objectForwardVector.HasValue)
                {
                    fwd = objectForwardVector.Value;
                    if (Math.Abs(Vector3.Dot(a, fwd)) > limit) fwd = alongForward;
                }
                else fwd = alongForward;
                right = Vector3.Normalize(Vector3.Cross(a, fwd));
                back = Vector3.Normalize(Vector3.Cross(right, a));
            }
            else
            {
                right = Vector3.Normalize(Vector3.Cross(a, toObject));
                back = Vector3.Normalize(Vector3.Cross(right, a));
            }
            Vector3 p = objectPosition;
            return new Matrix(right.X, right.Y, right.Z, 0f, a.X, a.Y, a.Z, 0f, back.X, back.Y, back.Z, 0f, p.X, p.Y, p.Z, 1f);
        }
        public static Matrix CreateLookAt(Vector3 cameraPosition, Vector3 cameraTarget, Vector3 cameraUpVector)
        {
            Vector3 x, y, z;
            LookAxes(cameraPosition, cameraTarget, cameraUpVector, out x, out y, out z);
            Vector3 p = cameraPosition;
            return new Matrix(x.X, y.X, z.X, 0f, x.Y, y.Y, z.Y, 0f, x.Z, y.Z, z.Z, 0f, -Vector3.Dot(x, p), -Vector3.Dot(y, p), -Vector3.Dot(z, p), 1f);
        }
        public static Matrix CreateLookAtInverse(Vector3 cameraPosition, Vector3 cameraTarget, Vector3 cameraUpVector)
        {
            Vector3 x, y, z;
            LookAxes(cameraPosition, cameraTarget, cameraUpVector, out x, out y, out z);
            Vector3 p = cameraPosition;
            return new Matrix(x.X, x.Y, x.Z, 0f, y.X, y.Y, y.Z, 0f, z.X, z.Y, z.Z, 0f, p.X, p.Y, p.Z, 1f);
        }
        static void CheckFov(float fieldOfView, float near, float far)
        {
            if ((double)fieldOfView <= 0.0 || (double)fieldOfView >= 3.14159274101257) throw new ArgumentOutOfRangeException("fieldOfView");
            if (near <= 0f) throw new ArgumentOutOfRangeException("nearPlaneDistance");
            if (far <= 0f) throw new ArgumentOutOfRangeException("farPlaneDistance");
        }
        static void CheckPlanes(float near, float far)
        {
            if (near <= 0f) throw new ArgumentOutOfRangeException("nearPlaneDistance");
            if (far <= 0f) throw new ArgumentOutOfRangeException("farPlaneDistance");
            if (near >= far) throw new ArgumentOutOfRangeException("nearPlaneDistance");
        }
        static float FovY(float fieldOfView) { return 1f / (float)Math.Tan((double)fieldOfView * 0.5); }
        static float Far(float n, float f) { return (float)((double)n * f / ((double)n - f)); }
        public static Matrix CreatePerspectiveFieldOfView(float fieldOfView, float aspectRatio, float nearPlaneDistance, float farPlaneDistance)
        {
            CheckFov(fieldOfView, nearPlaneDistance, farPlaneDistance);
            float y = FovY(fieldOfView);
            return new Matrix(y / aspectRatio, 0f, 0f, 0f, 0f, y, 0f, 0f, 0f, 0f, farPlaneDistance / (nearPlaneDistance - farPlaneDistance), -1f, 0f, 0f, Far(nearPlaneDistance, farPlaneDistance), 0f);
        }
        public static Matrix CreatePerspectiveFovRhComplementary(float fieldOfView, float aspectRatio, float nearPlaneDistance, float farPlaneDistance)
        {
            CheckFov(fieldOfView, nearPlaneDistance, farPlaneDistance);
            float y = FovY(fieldOfView);
            return new Matrix(y / aspectRatio, 0f, 0f, 0f, 0f, y, 0f, 0f, 0f, 0f, -farPlaneDistance / (nearPlaneDistance - farPlaneDistance) - 1f, -1f, 0f, 0f, -Far(nearPlaneDistance, farPlaneDistance), 0f);
        }
        public static Matrix CreatePerspectiveFovRhInfinite(float fieldOfView, float aspectRatio, float nearPlaneDistance)
        {
            float y = FovY(fieldOfView);
            return new Matrix(y / aspectRatio, 0f, 0f, 0f, 0f, y, 0f, 0f, 0f, 0f, -1f, -1f, 0f, 0f, -nearPlaneDistance, 0f);
        }
        public static Matrix CreatePerspectiveFovRhInfiniteComplementary(float fieldOfView, float aspectRatio, float nearPlaneDistance)
        {
            float y = FovY(fieldOfView);
            return new Matrix(y / aspectRatio, 0f, 0f, 0f, 0f, y, 0f, 0f, 0f, 0f, 0f, -1f, 0f, 0f, nearPlaneDistance, 0f);
        }
        public static Matrix CreatePerspectiveFovRhInverse(float fieldOfView, float aspectRatio, float nearPlaneDistance, float farPlaneDistance)
        {
            float t = (float)Math.Tan((double)fieldOfView * 0.5);
            return new Matrix(aspectRatio * t, 0f, 0f, 0f, 0f, t, 0f, 0f, 0f, 0f, 0f, (nearPlaneDistance - farPlaneDistance) / (nearPlaneDistance * farPlaneDistance), 0f, 0f, -1f, 1f / nearPlaneDistance);
        }
        public static Matrix CreatePerspectiveFovRhInfiniteInverse(float fieldOfView, float aspectRatio, float nearPlaneDistance)
        {
            float y = FovY(fieldOfView);
            return new Matrix(y / aspectRatio, 0f, 0f, 0f, 0f, y, 0f, 0f, 0f, 0f, 0f, -1f / nearPlaneDistance, 0f, 0f, -1f, 1f / nearPlaneDistance);
        }
        public static Matrix CreatePerspectiveFovRhInfiniteComplementaryInverse(float fieldOfView, float aspectRatio, float nearPlaneDistance)
        {
            float y = FovY(fieldOfView);
            return new Matrix(y / aspectRatio, 0f, 0f, 0f, 0f, y, 0f, 0f, 0f, 0f, 0f, 1f / nearPlaneDistance, 0f, 0f, -1f, 0f);
        }
        public static Matrix CreatePerspective(float width, float height, float nearPlaneDistance, float farPlaneDistance)
        {
            CheckPlanes(nearPlaneDistance, farPlaneDistance);
            return new Matrix(2f * nearPlaneDistance / width, 0f, 0f, 0f, 0f, 2f * nearPlaneDistance / height, 0f, 0f, 0f, 0f, farPlaneDistance / (nearPlaneDistance - farPlaneDistance), -1f, 0f, 0f, Far(nearPlaneDistance, farPlaneDistance), 0f);
        }
        public static Matrix CreatePerspectiveOffCenter(float left, float right, float bottom, float top, float nearPlaneDistance, float farPlaneDistance)
        {
            CheckPlanes(nearPlaneDistance, farPlaneDistance);
            double l = left, r = right, b = bottom, t = top, n = nearPlaneDistance;
            return new Matrix((float)(2.0 * n / (r - l)), 0f, 0f, 0f, 0f, (float)(2.0 * n / (t - b)), 0f, 0f, (float)((l + r) / (r - l)), (float)((t + b) / (t - b)), farPlaneDistance / (nearPlaneDistance - farPlaneDistance), -1f, 0f, 0f, Far(nearPlaneDistance, farPlaneDistance), 0f);
        }
        public static Matrix CreateOrthographic(float width, float height, float zNearPlane, float zFarPlane)
        {
            return new Matrix(2f / width, 0f, 0f, 0f, 0f, 2f / height, 0f, 0f, 0f, 0f, (float)(1.0 / ((double)zNearPlane - zFarPlane)), 0f, 0f, 0f, zNearPlane / (zNearPlane - zFarPlane), 1f);
        }
        public static Matrix CreateOrthographicOffCenter(float left, float right, float bottom, float top, float zNearPlane, float zFarPlane)
        {
            double l = left, r = right, b = bottom, t = top;
            return new Matrix((float)(2.0 / (r - l)), 0f, 0f, 0f, 0f, (float)(2.0 / (t - b)), 0f, 0f, 0f, 0f, (float)(1.0 / ((double)zNearPlane - zFarPlane)), 0f,
                (float)((l + r) / (l - r)), (float)((t + b) / (b - t)), zNearPlane / (zNearPlane - zFarPlane), 1f);
        }
        public static Matrix CreateFromDir(Vector3 dir)
        {
            float d = dir.Z;
            Vector3 right, up;
            if (d > -0.99999 && d < 0.99999)
            {
                right = Vector3.Normalize(new Vector3(0f - dir.X * d, 0f - dir.Y * d, 1f - dir.Z * d));
                up = Vector3.Cross(dir, right);
            }
            else
            {
                right = new Vector3(dir.Z, 0f, -dir.X);
                up = new Vector3(0f, 1f, 0f);
            }
            return Identity.WithRows(right, up, new Vector3(-dir.X, -dir.Y, -dir.Z));
        }
        public static Matrix CreateFromDir(Vector3 dir, Vector3 suggestedUp)
        {
            Vector3 right = Vector3.Cross(dir, suggestedUp);
            return CreateWorld(Vector3.Zero, dir, Vector3.Cross(right, dir));
        }
        public static Matrix Normalize(Matrix m)
        {
            Vector3 fw = Vector3.Normalize(m.Forward);
            return m.WithRows(Vector3.Normalize(m.Right), Vector3.Normalize(m.Up), new Vector3(-fw.X, -fw.Y, -fw.Z));
        }
        public static Matrix Orthogonalize(Matrix m)
        {
            Vector3 right = Vector3.Normalize(m.Right);
            Vector3 up = Vector3.Normalize(Vector3.Subtract(m.Up, Vector3.Multiply(right, Vector3.Dot(m.Up, right))));
            Vector3 b = m.Backward;
            Vector3 back = Vector3.Normalize(Vector3.Subtract(Vector3.Subtract(b, Vector3.Multiply(right, Vector3.Dot(b, right))), Vector3.Multiply(up, Vector3.Dot(b, up))));
            return m.WithRows(right, up, back);
        }
        public static Matrix Rescale(Matrix m, float scale) { return Rescale(m, new Vector3(scale, scale, scale)); }
        public static Matrix Rescale(Matrix m, Vector3 scale)
        {
            m.M11 *= scale.X; m.M12 *= scale.X; m.M13 *= scale.X;
            m.M21 *= scale.Y; m.M22 *= scale.Y; m.M23 *= scale.Y;
            m.M31 *= scale.Z; m.M32 *= scale.Z; m.M33 *= scale.Z;
            return m;
        }
        public static Matrix SwapYZCoordinates(Matrix m) { return Multiply(m, CreateRotationX(MathHelper.ToRadians(-90f))); }
        public static Matrix Transform(Matrix value, Quaternion rotation)
        {
            Quaternion q = rotation;
            float x2 = q.X + q.X, y2 = q.Y + q.Y, z2 = q.Z + q.Z;
            float wx = q.W * x2, wy = q.W * y2, wz = q.W * z2, xx = q.X * x2, xy = q.X * y2, xz = q.X * z2;
            float yy = q.Y * y2, yz = q.Y * z2, zz = q.Z * z2;
            double r0 = 1f - yy - zz, r1 = xy - wz, r2 = xz + wy, r3 = xy + wz, r4 = 1f - xx - zz, r5 = yz - wx, r6 = xz - wy, r7 = yz + wx, r8 = 1f - xx - yy;
            Matrix v = value;
            return new Matrix(
                (float)(v.M11 * r0 + v.M12 * r1 + v.M13 * r2), (float)(v.M11 * r3 + v.M12 * r4 + v.M13 * r5), (float)(v.M11 * r6 + v.M12 * r7 + v.M13 * r8), v.M14,
                (float)(v.M21 * r0 + v.M22 * r1 + v.M23 * r2), (float)(v.M21 * r3 + v.M22 * r4 + v.M23 * r5), (float)(v.M21 * r6 + v.M22 * r7 + v.M23 * r8), v.M24,
                (float)(v.M31 * r0 + v.M32 * r1 + v.M33 * r2), (float)(v.M31 * r3 + v.M32 * r4 + v.M33 * r5), (float)(v.M31 * r6 + v.M32 * r7 + v.M33 * r8), v.M34,
                (float)(v.M41 * r0 + v.M42 * r1 + v.M43 * r2), (float)(v.M41 * r3 + v.M42 * r4 + v.M43 * r5), (float)(v.M41 * r6 + v.M42 * r7 + v.M43 * r8), v.M44);
        }
        static Matrix LerpTranslation(Matrix m, Matrix a, Matrix b, float t)
        {
            m.M41 = L(a.M41, b.M41, t); m.M42 = L(a.M42, b.M42, t); m.M43 = L(a.M43, b.M43, t);
            return m;
        }
        public static Matrix Slerp(Matrix matrix1, Matrix matrix2, float amount)
        {
            Quaternion q = Quaternion.Slerp(Quaternion.CreateFromRotationMatrix(matrix1), Quaternion.CreateFromRotationMatrix(matrix2), amount);
            return LerpTranslation(CreateFromQuaternion(q), matrix1, matrix2, amount);
        }
        public static Matrix SlerpScale(Matrix matrix1, Matrix matrix2, float amount)
        {
            Vector3 s1 = matrix1.Scale, s2 = matrix2.Scale;
            if (s1.LengthSquared() < 0.000001f || s2.LengthSquared() < 0.000001f) return Zero;
            Quaternion q = Quaternion.Slerp(Quaternion.CreateFromRotationMatrix(Normalize(matrix1)), Quaternion.CreateFromRotationMatrix(Normalize(matrix2)), amount);
            Vector3 scale = new Vector3(L(s1.X, s2.X, amount), L(s1.Y, s2.Y, amount), L(s1.Z, s2.Z, amount));
            return LerpTranslation(Rescale(CreateFromQuaternion(q), scale), matrix1, matrix2, amount);
        }
        public static Matrix CreateFromTransformScale(Quaternion orientation, Vector3 position, Vector3 scale)
        {
            Matrix m = CreateFromQuaternion(orientation);
            m.M41 = position.X; m.M42 = position.Y; m.M43 = position.Z;
            return Rescale(m, scale);
        }

        public static Matrix operator -(Matrix a) { return Negate(a); }
        public static Matrix operator +(Matrix a, Matrix b) { return Add(a, b); }
        public static Matrix operator -(Matrix a, Matrix b) { return Subtract(a, b); }
        public static Matrix operator *(Matrix a, Matrix b) { return Multiply(a, b); }
        public static Matrix operator *(Matrix a, float s) { return Multiply(a, s); }
        public static Matrix operator /(Matrix a, Matrix b) { return Divide(a, b); }
        public static Matrix operator /(Matrix a, float s) { return Divide(a, s); }
        public static bool operator ==(Matrix a, Matrix b) { return a.Equals(b); }
        public static bool operator !=(Matrix a, Matrix b) { return !a.Equals(b); }
    }
}

// pbts C# stubs (hand-written behaviour): VRageMath.MatrixD, the game's formulas.
// Twin of compiler/se/values/matrixd.ts.
using System;
using System.Globalization;

namespace VRageMath
{
    public struct MatrixD : IEquatable<MatrixD>
    {
        public double M11, M12, M13, M14;
        public double M21, M22, M23, M24;
        public double M31, M32, M33, M34;
        public double M41, M42, M43, M44;

        public static MatrixD Identity = new MatrixD(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
        public static MatrixD Zero = new MatrixD(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public MatrixD(double m11, double m12, double m13, double m14, double m21, double m22, double m23, double m24, double m31, double m32, double m33, double m34, double m41, double m42, double m43, double m44)
        {
            M11 = m11; M12 = m12; M13 = m13; M14 = m14;
            M21 = m21; M22 = m22; M23 = m23; M24 = m24;
            M31 = m31; M32 = m32; M33 = m33; M34 = m34;
            M41 = m41; M42 = m42; M43 = m43; M44 = m44;
        }
        public MatrixD(double m11, double m12, double m13, double m21, double m22, double m23, double m31, double m32, double m33)
            : this(m11, m12, m13, 0, m21, m22, m23, 0, m31, m32, m33, 0, 0, 0, 0, 1) { }

        private MatrixD WithRows(Vector3D right, Vector3D up, Vector3D backward)
        {
            return new MatrixD(right.X, right.Y, right.Z, M14, up.X, up.Y, up.Z, M24, backward.X, backward.Y, backward.Z, M34, M41, M42, M43, M44);
        }

        public Vector3D Col0 { get { return new Vector3D(M11, M21, M31); } }
        public Vector3D Col1 { get { return new Vector3D(M12, M22, M32); } }
        public Vector3D Col2 { get { return new Vector3D(M13, M23, M33); } }
        public Vector3D Right { get { return new Vector3D(M11, M12, M13); } set { M11 = value.X; M12 = value.Y; M13 = value.Z; } }
        public Vector3D Left { get { return new Vector3D(-M11, -M12, -M13); } set { M11 = -value.X; M12 = -value.Y; M13 = -value.Z; } }
        public Vector3D Up { get { return new Vector3D(M21, M22, M23); } set { M21 = value.X; M22 = value.Y; M23 = value.Z; } }
        public Vector3D Down { get { return new Vector3D(-M21, -M22, -M23); } set { M21 = -value.X; M22 = -value.Y; M23 = -value.Z; } }
        public Vector3D Backward { get { return new Vector3D(M31, M32, M33); } set { M31 = value.X; M32 = value.Y; M33 = value.Z; } }
        public Vector3D Forward { get { return new Vector3D(-M31, -M32, -M33); } set { M31 = -value.X; M32 = -value.Y; M33 = -value.Z; } }
        public Vector3D Translation { get { return new Vector3D(M41, M42, M43); } set { M41 = value.X; M42 = value.Y; M43 = value.Z; } }
        public Vector3D Scale { get { return new Vector3D(Right.Length(), Up.Length(), Forward.Length()); } }

        public Vector3D GetDirectionVector(Base6Directions.Direction direction)
        {
            switch (direction)
            {
                case Base6Directions.Direction.Forward: return Forward;
                case Base6Directions.Direction.Backward: return Backward;
                case Base6Directions.Direction.Left: return Left;
                case Base6Directions.Direction.Right: return Right;
                case Base6Directions.Direction.Up: return Up;
                case Base6Directions.Direction.Down: return Down;
                default: return Vector3D.Zero;
            }
        }
        public Base6Directions.Direction GetClosestDirection(Vector3D referenceVector)
        {
            double dx = Vector3D.Dot(referenceVector, Right), dy = Vector3D.Dot(referenceVector, Up), dz = Vector3D.Dot(referenceVector, Backward);
            double ax = Math.Abs(dx), ay = Math.Abs(dy), az = Math.Abs(dz);
            if (ax > ay)
            {
                if (ax > az) return dx > 0 ? Base6Directions.Direction.Right : Base6Directions.Direction.Left;
                return dz > 0 ? Base6Directions.Direction.Backward : Base6Directions.Direction.Forward;
            }
            if (ay > az) return dy > 0 ? Base6Directions.Direction.Up : Base6Directions.Direction.Down;
            return dz > 0 ? Base6Directions.Direction.Backward : Base6Directions.Direction.Forward;
        }
        public double Determinant()
        {
            double n17 = M33 * M44 - M34 * M43;
            double n18 = M32 * M44 - M34 * M42;
            double n19 = M32 * M43 - M33 * M42;
            double n20 = M31 * M44 - M34 * M41;
            double n21 = M31 * M43 - M33 * M41;
            double n22 = M31 * M42 - M32 * M41;
            return M11 * (M22 * n17 - M23 * n18 + M24 * n19) - M12 * (M21 * n17 - M23 * n20 + M24 * n21) + M13 * (M21 * n18 - M22 * n20 + M24 * n22) - M14 * (M21 * n19 - M22 * n21 + M23 * n22);
        }
        public bool Equals(MatrixD o)
        {
            return M11 == o.M11 && M12 == o.M12 && M13 == o.M13 && M14 == o.M14 && M21 == o.M21 && M22 == o.M22 && M23 == o.M23 && M24 == o.M24
                && M31 == o.M31 && M32 == o.M32 && M33 == o.M33 && M34 == o.M34 && M41 == o.M41 && M42 == o.M42 && M43 == o.M43 && M44 == o.M44;
        }
        public override bool Equals(object obj) { return obj is MatrixD && Equals((MatrixD)obj); }
        public override int GetHashCode()
        {
            return M11.GetHashCode() + M12.GetHashCode() + M13.GetHashCode() + M14.GetHashCode() + M21.GetHashCode() + M22.GetHashCode() + M23.GetHashCode() + M24.GetHashCode()
                + M31.GetHashCode() + M32.GetHashCode() + M33.GetHashCode() + M34.GetHashCode() + M41.GetHashCode() + M42.GetHashCode() + M43.GetHashCode() + M44.GetHashCode();
        }
        public MatrixD GetOrientation() { return Identity.WithRows(Right, Up, Backward); }
        public Vector4D GetRow(int row)
        {
            switch (row)
            {
                case 0: return new Vector4D(M11, M12, M13, M14);
                case 1: return new Vector4D(M21, M22, M23, M24);
                case 2: return new Vector4D(M31, M32, M33, M34);
                case 3: return new Vector4D(M41, M42, M43, M44);
                default: throw new IndexOutOfRangeException();
            }
        }
        public bool HasNoTranslationOrPerspective()
        {
            double eps = 0.0001f;
            if (M41 + M42 + M43 + M34 + M24 + M14 > eps) return false;
            return !(Math.Abs(M44 - 1.0) > eps);
        }
        /// <summary>As the game: |x|^2 is taken before subtracting 1, so short rows pass too.</summary>
        public bool IsOrthogonal() { return IsOrthogonal(0.0001); }
        public bool IsOrthogonal(double epsilon)
        {
            return Math.Abs(Up.LengthSquared()) - 1.0 < epsilon && Math.Abs(Right.LengthSquared()) - 1.0 < epsilon && Math.Abs(Forward.LengthSquared()) - 1.0 < epsilon
                && Math.Abs(Right.Dot(Up)) < epsilon && Math.Abs(Right.Dot(Forward)) < epsilon;
        }
        public bool IsRotation()
        {
            double eps = 0.01; // the current game's build (Keen's older source had 0.01f)
            if (!HasNoTranslationOrPerspective()) return false;
            Vector3D r = Right, u = Up, b = Backward;
            if (Math.Abs(r.Dot(u)) > eps || Math.Abs(r.Dot(b)) > eps || Math.Abs(u.Dot(b)) > eps) return false;
            if (Math.Abs(r.LengthSquared() - 1) > eps || Math.Abs(u.LengthSquared() - 1) > eps || Math.Abs(b.LengthSquared() - 1) > eps) return false;
            return true;
        }
        public bool IsMirrored() { return Determinant() < 0; }
        private double Sum16() { return M11 + M12 + M13 + M14 + M21 + M22 + M23 + M24 + M31 + M32 + M33 + M34 + M41 + M42 + M43 + M44; }
        public bool IsNan() { return double.IsNaN(Sum16()); }
        public bool IsValid() { double s = Sum16(); return !double.IsNaN(s) && !double.IsInfinity(s); }

        public static MatrixD Add(MatrixD a, MatrixD b)
        {
            return new MatrixD(a.M11 + b.M11, a.M12 + b.M12, a.M13 + b.M13, a.M14 + b.M14, a.M21 + b.M21, a.M22 + b.M22, a.M23 + b.M23, a.M24 + b.M24,
                a.M31 + b.M31, a.M32 + b.M32, a.M33 + b.M33, a.M34 + b.M34, a.M41 + b.M41, a.M42 + b.M42, a.M43 + b.M43, a.M44 + b.M44);
        }
        public static MatrixD Subtract(MatrixD a, MatrixD b)
        {
            return new MatrixD(a.M11 - b.M11, a.M12 - b.M12, a.M13 - b.M13, a.M14 - b.M14, a.M21 - b.M21, a.M22 - b.M22, a.M23 - b.M23, a.M24 - b.M24,
                a.M31 - b.M31, a.M32 - b.M32, a.M33 - b.M33, a.M34 - b.M34, a.M41 - b.M41, a.M42 - b.M42, a.M43 - b.M43, a.M44 - b.M44);
        }
        public static MatrixD Negate(MatrixD a)
        {
            return new MatrixD(-a.M11, -a.M12, -a.M13, -a.M14, -a.M21, -a.M22, -a.M23, -a.M24, -a.M31, -a.M32, -a.M33, -a.M34, -a.M41, -a.M42, -a.M43, -a.M44);
        }
        public static MatrixD Multiply(MatrixD a, double s)
        {
            return new MatrixD(a.M11 * s, a.M12 * s, a.M13 * s, a.M14 * s, a.M21 * s, a.M22 * s, a.M23 * s, a.M24 * s, a.M31 * s, a.M32 * s, a.M33 * s, a.M34 * s, a.M41 * s, a.M42 * s, a.M43 * s, a.M44 * s);
        }
        public static MatrixD Multiply(MatrixD a, MatrixD b)
        {
            return new MatrixD(
                a.M11 * b.M11 + a.M12 * b.M21 + a.M13 * b.M31 + a.M14 * b.M41, a.M11 * b.M12 + a.M12 * b.M22 + a.M13 * b.M32 + a.M14 * b.M42,
                a.M11 * b.M13 + a.M12 * b.M23 + a.M13 * b.M33 + a.M14 * b.M43, a.M11 * b.M14 + a.M12 * b.M24 + a.M13 * b.M34 + a.M14 * b.M44,
                a.M21 * b.M11 + a.M22 * b.M21 + a.M23 * b.M31 + a.M24 * b.M41, a.M21 * b.M12 + a.M22 * b.M22 + a.M23 * b.M32 + a.M24 * b.M42,
                a.M21 * b.M13 + a.M22 * b.M23 + a.M23 * b.M33 + a.M24 * b.M43, a.M21 * b.M14 + a.M22 * b.M24 + a.M23 * b.M34 + a.M24 * b.M44,
                a.M31 * b.M11 + a.M32 * b.M21 + a.M33 * b.M31 + a.M34 * b.M41, a.M31 * b.M12 + a.M32 * b.M22 + a.M33 * b.M32 + a.M34 * b.M42,
                a.M31 * b.M13 + a.M32 * b.M23 + a.M33 * b.M33 + a.M34 * b.M43, a.M31 * b.M14 + a.M32 * b.M24 + a.M33 * b.M34 + a.M34 * b.M44,
                a.M41 * b.M11 + a.M42 * b.M21 + a.M43 * b.M31 + a.M44 * b.M41, a.M41 * b.M12 + a.M42 * b.M22 + a.M43 * b.M32 + a.M44 * b.M42,
                a.M41 * b.M13 + a.M42 * b.M23 + a.M43 * b.M33 + a.M44 * b.M43, a.M41 * b.M14 + a.M42 * b.M24 + a.M43 * b.M34 + a.M44 * b.M44);
        }
        public static MatrixD Divide(MatrixD a, double divider) { return Multiply(a, 1 / divider); }
        public static MatrixD Divide(MatrixD a, MatrixD b)
        {
            return new MatrixD(a.M11 / b.M11, a.M12 / b.M12, a.M13 / b.M13, a.M14 / b.M14, a.M21 / b.M21, a.M22 / b.M22, a.M23 / b.M23, a.M24 / b.M24,
                a.M31 / b.M31, a.M32 / b.M32, a.M33 / b.M33, a.M34 / b.M34, a.M41 / b.M41, a.M42 / b.M42, a.M43 / b.M43, a.M44 / b.M44);
        }
        public static MatrixD Lerp(MatrixD a, MatrixD b, double t)
        {
            return new MatrixD(a.M11 + (b.M11 - a.M11) * t, a.M12 + (b.M12 - a.M12) * t, a.M13 + (b.M13 - a.M13) * t, a.M14 + (b.M14 - a.M14) * t,
                a.M21 + (b.M21 - a.M21) * t, a.M22 + (b.M22 - a.M22) * t, a.M23 + (b.M23 - a.M23) * t, a.M24 + (b.M24 - a.M24) * t,
                a.M31 + (b.M31 - a.M31) * t, a.M32 + (b.M32 - a.M32) * t, a.M33 + (b.M33 - a.M33) * t, a.M34 + (b.M34 - a.M34) * t,
                a.M41 + (b.M41 - a.M41) * t, a.M42 + (b.M42 - a.M42) * t, a.M43 + (b.M43 - a.M43) * t, a.M44 + (b.M44 - a.M44) * t);
        }
        public static MatrixD Transpose(MatrixD m)
        {
            return new MatrixD(m.M11, m.M21, m.M31, m.M41, m.M12, m.M22, m.M32, m.M42, m.M13, m.M23, m.M33, m.M43, m.M14, m.M24, m.M34, m.M44);
        }
        public static MatrixD Invert(MatrixD m)
        {
            double n1 = m.M11, n2 = m.M12, n3 = m.M13, n4 = m.M14, n5 = m.M21, n6 = m.M22, n7 = m.M23, n8 = m.M24;
            double n9 = m.M31, n10 = m.M32, n11 = m.M33, n12 = m.M34, n13 = m.M41, n14 = m.M42, n15 = m.M43, n16 = m.M44;
            double n17 = n11 * n16 - n12 * n15;
            double n18 = n10 * n16 - n12 * n14;
            double n19 = n10 * n15 - n11 * n14;
            double n20 = n9 * n16 - n12 * n13;
            double n21 = n9 * n15 - n11 * n13;
            double n22 = n9 * n14 - n10 * n13;
            double n23 = n6 * n17 - n7 * n18 + n8 * n19;
            double n24 = -(n5 * n17 - n7 * n20 + n8 * n21);
            double n25 = n5 * n18 - n6 * n20 + n8 * n22;
            double n26 = -(n5 * n19 - n6 * n21 + n7 * n22);
            double n27 = 1.0 / (n1 * n23 + n2 * n24 + n3 * n25 + n4 * n26);
            double n28 = n7 * n16 - n8 * n15;
            double n29 = n6 * n16 - n8 * n14;
            double n30 = n6 * n15 - n7 * n14;
            double n31 = n5 * n16 - n8 * n13;
            double n32 = n5 * n15 - n7 * n13;
            double n33 = n5 * n14 - n6 * n13;
            double n34 = n7 * n12 - n8 * n11;
            double n35 = n6 * n12 - n8 * n10;
            double n36 = n6 * n11 - n7 * n10;
            double n37 = n5 * n12 - n8 * n9;
            double n38 = n5 * n11 - n7 * n9;
            double n39 = n5 * n10 - n6 * n9;
            return new MatrixD(
                n23 * n27, -(n2 * n17 - n3 * n18 + n4 * n19) * n27, (n2 * n28 - n3 * n29 + n4 * n30) * n27, -(n2 * n34 - n3 * n35 + n4 * n36) * n27,
                n24 * n27, (n1 * n17 - n3 * n20 + n4 * n21) * n27, -(n1 * n28 - n3 * n31 + n4 * n32) * n27, (n1 * n34 - n3 * n37 + n4 * n38) * n27,
                n25 * n27, -(n1 * n18 - n2 * n20 + n4 * n22) * n27, (n1 * n29 - n2 * n31 + n4 * n33) * n27, -(n1 * n35 - n2 * n37 + n4 * n39) * n27,
                n26 * n27, (n1 * n19 - n2 * n21 + n3 * n22) * n27, -(n1 * n30 - n2 * n32 + n3 * n33) * n27, (n1 * n36 - n2 * n38 + n3 * n39) * n27);
        }
        public static MatrixD CreateTranslation(Vector3D position) { return new MatrixD(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, position.X, position.Y, position.Z, 1); }
        public static MatrixD CreateTranslation(double xPosition, double yPosition, double zPosition) { return new MatrixD(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, xPosition, yPosition, zPosition, 1); }
        public static MatrixD CreateScale(double xScale, double yScale, double zScale) { return new MatrixD(xScale, 0, 0, 0, 0, yScale, 0, 0, 0, 0, zScale, 0, 0, 0, 0, 1); }
        public static MatrixD CreateScale(Vector3D scales) { return CreateScale(scales.X, scales.Y, scales.Z); }
        public static MatrixD CreateScale(double scale) { return CreateScale(scale, scale, scale); }
        public static MatrixD CreateRotationX(double radians)
        {
            double c = Math.Cos(radians), s = Math.Sin(radians);
            return new MatrixD(1, 0, 0, 0, 0, c, s, 0, 0, -s, c, 0, 0, 0, 0, 1);
        }
        public static MatrixD CreateRotationY(double radians)
        {
            double c = Math.Cos(radians), s = Math.Sin(radians);
            return new MatrixD(c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, 0, 0, 0, 1);
        }
        public static MatrixD CreateRotationZ(double radians)
        {
            double c = Math.Cos(radians), s = Math.Sin(radians);
            return new MatrixD(c, s, 0, 0, -s, c, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
        }
        public static MatrixD CreateFromAxisAngle(Vector3D axis, double angle)
        {
            double x = axis.X, y = axis.Y, z = axis.Z;
            double s = Math.Sin(angle), c = Math.Cos(angle);
            double xx = x * x, yy = y * y, zz = z * z, xy = x * y, xz = x * z, yz = y * z;
            return new MatrixD(
                xx + c * (1 - xx), xy - c * xy + s * z, xz - c * xz - s * y, 0,
                xy - c * xy - s * z, yy + c * (1 - yy), yz - c * yz + s * x, 0,
                xz - c * xz + s * y, yz - c * yz - s * x, zz + c * (1 - zz), 0,
                0, 0, 0, 1);
        }
        /// <summary>Through a float Quaternion, as the game (twin of compiler/se/values/matrixd.ts).</summary>
        public static MatrixD CreateFromYawPitchRoll(double yaw, double pitch, double roll)
        {
            return CreateFromQuaternion(Quaternion.CreateFromYawPitchRoll((float)yaw, (float)pitch, (float)roll));
        }
        /// <summary>A float quaternion: its squares and products in float, the entries in double.</summary>
        public static MatrixD CreateFromQuaternion(Quaternion q)
        {
            float n1 = q.X * q.X, n2 = q.Y * q.Y, n3 = q.Z * q.Z;
            float n4 = q.X * q.Y, n5 = q.Z * q.W, n6 = q.Z * q.X, n7 = q.Y * q.W, n8 = q.Y * q.Z, n9 = q.X * q.W;
            return new MatrixD(
                1.0 - 2.0 * ((double)n2 + n3), 2.0 * ((double)n4 + n5), 2.0 * ((double)n6 - n7), 0,
                2.0 * ((double)n4 - n5), 1.0 - 2.0 * ((double)n3 + n1), 2.0 * ((double)n8 + n9), 0,
                2.0 * ((double)n6 + n7), 2.0 * ((double)n8 - n9), 1.0 - 2.0 * ((double)n2 + n1), 0,
                0, 0, 0, 1);
        }
        static MatrixD LerpTranslation(MatrixD m, MatrixD a, MatrixD b, double t)
        {
            m.M41 = a.M41 + (b.M41 - a.M41) * t; m.M42 = a.M42 + (b.M42 - a.M42) * t; m.M43 = a.M43 + (b.M43 - a.M43) * t;
            return m;
        }
        public static MatrixD Slerp(MatrixD matrix1, MatrixD matrix2, double amount)
        {
            Quaternion q = Quaternion.Slerp(Quaternion.CreateFromRotationMatrix(ref matrix1), Quaternion.CreateFromRotationMatrix(ref matrix2), (float)amount);
            return LerpTranslation(CreateFromQuaternion(q), matrix1, matrix2, amount);
        }
        public static MatrixD SlerpScale(MatrixD matrix1, MatrixD matrix2, double amount)
        {
            Vector3D s1 = matrix1.Scale, s2 = matrix2.Scale;
            if (s1.LengthSquared() < 0.01f || s2.LengthSquared() < 0.01f) return Zero;
            MatrixD n1 = Normalize(matrix1), n2 = Normalize(matrix2);
            Quaternion q = Quaternion.Slerp(Quaternion.CreateFromRotationMatrix(ref n1), Quaternion.CreateFromRotationMatrix(ref n2), (float)amount);
            return LerpTranslation(Rescale(CreateFromQuaternion(q), Vector3D.Lerp(s1, s2, amount)), matrix1, matrix2, amount);
        }
        public static MatrixD Transform(MatrixD value, Quaternion rotation)
        {
            Quaternion q = rotation;
            double x2 = q.X + q.X, y2 = q.Y + q.Y, z2 = q.Z + q.Z;
            double wx = q.W * x2, wy = q.W * y2, wz = q.W * z2, xx = q.X * x2, xy = q.X * y2, xz = q.X * z2, yy = q.Y * y2, yz = q.Y * z2, zz = q.Z * z2;
            double r0 = 1 - yy - zz, r1 = xy - wz, r2 = xz + wy, r3 = xy + wz, r4 = 1 - xx - zz, r5 = yz - wx, r6 = xz - wy, r7 = yz + wx, r8 = 1 - xx - yy;
            MatrixD v = value;
            return new MatrixD(
                v.M11 * r0 + v.M12 * r1 + v.M13 * r2, v.M11 * r3 + v.M12 * r4 + v.M13 * r5, v.M11 * r6 + v.M12 * r7 + v.M13 * r8, v.M14,
                v.M21 * r0 + v.M22 * r1 + v.M23 * r2, v.M21 * r3 + v.M22 * r4 + v.M23 * r5, v.M21 * r6 + v.M22 * r7 + v.M23 * r8, v.M24,
                v.M31 * r0 + v.M32 * r1 + v.M33 * r2, v.M31 * r3 + v.M32 * r4 + v.M33 * r5, v.M31 * r6 + v.M32 * r7 + v.M33 * r8, v.M34,
                v.M41 * r0 + v.M42 * r1 + v.M43 * r2, v.M41 * r3 + v.M42 * r4 + v.M43 * r5, v.M41 * r6 + v.M42 * r7 + v.M43 * r8, v.M44);
        }
        public static MatrixD CreateFromTransformScale(Quaternion orientation, Vector3D position, Vector3D scale)
        {
            MatrixD m = CreateFromQuaternion(orientation);
            m.M41 = position.X; m.M42 = position.Y; m.M43 = position.Z;
            return Rescale(m, scale);
        }
        static Vector3D BillboardBack(Vector3D objectPosition, Vector3D cameraPosition, Vector3D? cameraForward)
        {
            Vector3D d = new Vector3D(objectPosition.X - cameraPosition.X, objectPosition.Y - cameraPosition.Y, objectPosition.Z - cameraPosition.Z);
            double l = d.LengthSquared();
            if (l < 9.99999974737875E-05) return cameraForward.HasValue ? Vector3D.Negate(cameraForward.Value) : Vector3D.Forward;
            double k = 1.0 / Math.Sqrt(l);
            return new Vector3D(d.X * k, d.Y * k, d.Z * k);
        }
        public static MatrixD CreateBillboard(Vector3D objectPosition, Vector3D cameraPosition, Vector3D cameraUpVector, Vector3D? cameraForwardVector)
        {
            Vector3D back = BillboardBack(objectPosition, cameraPosition, cameraForwardVector);
            Vector3D right = Vector3D.Normalize(Vector3D.Cross(cameraUpVector, back));
            Vector3D up = Vector3D.Cross(back, right);
            Vector3D p = objectPosition;
            return new MatrixD(right.X, right.Y, right.Z, 0, up.X, up.Y, up.Z, 0, back.X, back.Y, back.Z, 0, p.X, p.Y, p.Z, 1);
        }
        public static MatrixD CreateConstrainedBillboard(Vector3D objectPosition, Vector3D cameraPosition, Vector3D rotateAxis, Vector3D? cameraForwardVector, Vector3D? objectForwardVector)
        {
            Vector3D toObject = BillboardBack(objectPosition, cameraPosition, cameraForwardVector);
            Vector3D a = rotateAxis;
            const double limit = 0.998254656791687;
            Vector3D right, back;
            if (Math.Abs(Vector3D.Dot(a, toObject)) > limit)
            {
                Vector3D alongForward = Math.Abs(a.X * 0.0 + a.Y * 0.0 + a.Z * -1.0) > limit ? Vector3D.Right : Vector3D.Forward;
                Vector3D fwd;
                if (objectForwardVector.HasValue)
                {
                    fwd = objectForwardVector.Value;
                    if (Math.Abs(Vector3D.Dot(a, fwd)) > limit) fwd = alongForward;
                }
                else fwd = alongForward;
                right = Vector3D.Normalize(Vector3D.Cross(a, fwd));
                back = Vector3D.Normalize(Vector3D.Cross(right, a));
            }
            else
            {
                right = Vector3D.Normalize(Vector3D.Cross(a, toObject));
                back = Vector3D.Normalize(Vector3D.Cross(right, a));
            }
            Vector3D p = objectPosition;
            return new MatrixD(right.X, right.Y, right.Z, 0, a.X, a.Y, a.Z, 0, back.X, back.Y, back.Z, 0, p.X, p.Y, p.Z, 1);
        }
        public static MatrixD CreateLookAtInverse(Vector3D cameraPosition, Vector3D cameraTarget, Vector3D cameraUpVector)
        {
            Vector3D z = Vector3D.Normalize(Vector3D.Subtract(cameraPosition, cameraTarget));
            Vector3D x = Vector3D.Normalize(Vector3D.Cross(cameraUpVector, z));
            Vector3D y = Vector3D.Cross(z, x);
            Vector3D p = cameraPosition;
            return new MatrixD(x.X, x.Y, x.Z, 0, y.X, y.Y, y.Z, 0, z.X, z.Y, z.Z, 0, p.X, p.Y, p.Z, 1);
        }
        public static MatrixD CreateFromQuaternion(QuaternionD q)
        {
            double n1 = q.X * q.X, n2 = q.Y * q.Y, n3 = q.Z * q.Z;
            double n4 = q.X * q.Y, n5 = q.Z * q.W, n6 = q.Z * q.X, n7 = q.Y * q.W, n8 = q.Y * q.Z, n9 = q.X * q.W;
            return new MatrixD(
                1.0 - 2.0 * (n2 + n3), 2.0 * (n4 + n5), 2.0 * (n6 - n7), 0,
                2.0 * (n4 - n5), 1.0 - 2.0 * (n3 + n1), 2.0 * (n8 + n9), 0,
                2.0 * (n6 + n7), 2.0 * (n8 - n9), 1.0 - 2.0 * (n2 + n1), 0,
                0, 0, 0, 1);
        }
        public static MatrixD CreateWorld(Vector3D position) { return CreateWorld(position, Vector3D.Forward, Vector3D.Up); }
        public static MatrixD CreateWorld(Vector3D position, Vector3D forward, Vector3D up)
        {
            Vector3D back = Vector3D.Normalize(Vector3D.Negate(forward));
            Vector3D right = Vector3D.Normalize(Vector3D.Cross(up, back));
            Vector3D u = Vector3D.Cross(back, right);
            return new MatrixD(right.X, right.Y, right.Z, 0, u.X, u.Y, u.Z, 0, back.X, back.Y, back.Z, 0, position.X, position.Y, position.Z, 1);
        }
        public static MatrixD CreateLookAt(Vector3D cameraPosition, Vector3D cameraTarget, Vector3D cameraUpVector)
        {
            Vector3D z = Vector3D.Normalize(Vector3D.Subtract(cameraPosition, cameraTarget));
            Vector3D x = Vector3D.Normalize(Vector3D.Cross(cameraUpVector, z));
            Vector3D y = Vector3D.Cross(z, x);
            return new MatrixD(x.X, y.X, z.X, 0, x.Y, y.Y, z.Y, 0, x.Z, y.Z, z.Z, 0, -Vector3D.Dot(x, cameraPosition), -Vector3D.Dot(y, cameraPosition), -Vector3D.Dot(z, cameraPosition), 1);
        }
        public static MatrixD CreateFromDir(Vector3D dir, Vector3D suggestedUp)
        {
            Vector3D right = Vector3D.Cross(dir, suggestedUp);
            return CreateWorld(Vector3D.Zero, dir, Vector3D.Cross(right, dir));
        }
        public static MatrixD CreateFromDir(Vector3D dir)
        {
            Vector3D right = new Vector3D(0, 0, 1);
            Vector3D up;
            double d = dir.Z;
            if (d > -0.99999 && d < 0.99999)
            {
                right = Vector3D.Normalize(Vector3D.Subtract(right, Vector3D.Multiply(dir, d)));
                up = Vector3D.Cross(dir, right);
            }
            else
            {
                right = new Vector3D(dir.Z, 0, -dir.X);
                up = new Vector3D(0, 1, 0);
            }
            return Identity.WithRows(right, up, Vector3D.Negate(dir));
        }
        public static MatrixD Normalize(MatrixD matrix)
        {
            return matrix.WithRows(Vector3D.Normalize(matrix.Right), Vector3D.Normalize(matrix.Up), Vector3D.Negate(Vector3D.Normalize(matrix.Forward)));
        }
        public static MatrixD Orthogonalize(MatrixD rotationMatrix)
        {
            Vector3D r = Vector3D.Normalize(rotationMatrix.Right);
            Vector3D u0 = rotationMatrix.Up;
            Vector3D u = Vector3D.Normalize(Vector3D.Subtract(u0, Vector3D.Multiply(r, u0.Dot(r))));
            Vector3D b0 = rotationMatrix.Backward;
            Vector3D b = Vector3D.Normalize(Vector3D.Subtract(Vector3D.Subtract(b0, Vector3D.Multiply(r, b0.Dot(r))), Vector3D.Multiply(u, b0.Dot(u))));
            return rotationMatrix.WithRows(r, u, b);
        }
        public static MatrixD Rescale(MatrixD matrix, double scale) { return Rescale(matrix, new Vector3D(scale)); }
        public static MatrixD Rescale(MatrixD m, Vector3D s)
        {
            return new MatrixD(m.M11 * s.X, m.M12 * s.X, m.M13 * s.X, m.M14, m.M21 * s.Y, m.M22 * s.Y, m.M23 * s.Y, m.M24, m.M31 * s.Z, m.M32 * s.Z, m.M33 * s.Z, m.M34, m.M41, m.M42, m.M43, m.M44);
        }
        public static MatrixD SwapYZCoordinates(MatrixD m)
        {
            Vector3D r = Vector3D.SwapYZCoordinates(m.Right), u = Vector3D.SwapYZCoordinates(m.Forward);
            Vector3D b = Vector3D.SwapYZCoordinates(m.Up), t = Vector3D.SwapYZCoordinates(m.Translation);
            return new MatrixD(r.X, r.Y, r.Z, m.M14, u.X, u.Y, u.Z, m.M24, b.X, b.Y, b.Z, m.M34, t.X, t.Y, t.Z, m.M44);
        }
        public static MatrixD CreateOrthographic(double width, double height, double zNearPlane, double zFarPlane)
        {
            return new MatrixD(2.0 / width, 0, 0, 0, 0, 2.0 / height, 0, 0, 0, 0, 1.0 / (zNearPlane - zFarPlane), 0, 0, 0, zNearPlane / (zNearPlane - zFarPlane), 1);
        }
        public static MatrixD CreateOrthographicOffCenter(double left, double right, double bottom, double top, double zNearPlane, double zFarPlane)
        {
            return new MatrixD(2.0 / (right - left), 0, 0, 0, 0, 2.0 / (top - bottom), 0, 0, 0, 0, 1.0 / (zNearPlane - zFarPlane), 0,
                (left + right) / (left - right), (top + bottom) / (bottom - top), zNearPlane / (zNearPlane - zFarPlane), 1);
        }
        public static MatrixD CreatePerspective(double width, double height, double nearPlaneDistance, double farPlaneDistance)
        {
            double n = nearPlaneDistance, f = farPlaneDistance;
            return new MatrixD(2.0 * n / width, 0, 0, 0, 0, 2.0 * n / height, 0, 0, 0, 0, f / (n - f), -1, 0, 0, n * f / (n - f), 0);
        }
        public static MatrixD CreatePerspectiveFieldOfView(double fieldOfView, double aspectRatio, double nearPlaneDistance, double farPlaneDistance)
        {
            double yScale = 1.0 / Math.Tan(fieldOfView * 0.5);
            double xScale = yScale / aspectRatio;
            double n = nearPlaneDistance, f = farPlaneDistance;
            return new MatrixD(xScale, 0, 0, 0, 0, yScale, 0, 0, 0, 0, f / (n - f), -1, 0, 0, n * f / (n - f), 0);
        }
        public static MatrixD CreatePerspectiveOffCenter(double left, double right, double bottom, double top, double nearPlaneDistance, double farPlaneDistance)
        {
            double n = nearPlaneDistance, f = farPlaneDistance;
            return new MatrixD(2.0 * n / (right - left), 0, 0, 0, 0, 2.0 * n / (top - bottom), 0, 0,
                (left + right) / (right - left), (top + bottom) / (top - bottom), f / (n - f), -1, 0, 0, n * f / (n - f), 0);
        }

        public static MatrixD operator -(MatrixD m) { return Negate(m); }
        public static MatrixD operator +(MatrixD a, MatrixD b) { return Add(a, b); }
        public static MatrixD operator -(MatrixD a, MatrixD b) { return Subtract(a, b); }
        public static MatrixD operator *(MatrixD a, MatrixD b) { return Multiply(a, b); }
        public static MatrixD operator *(MatrixD a, double s) { return Multiply(a, s); }
        public static MatrixD operator *(double s, MatrixD a) { return Multiply(a, s); }
        public static MatrixD operator /(MatrixD a, double d) { return Divide(a, d); }
        public static bool operator ==(MatrixD a, MatrixD b) { return a.Equals(b); }
        public static bool operator !=(MatrixD a, MatrixD b) { return !a.Equals(b); }
        public override string ToString()
        {
            CultureInfo c = CultureInfo.CurrentCulture;
            return "{ " + string.Format(c, "{{M11:{0} M12:{1} M13:{2} M14:{3}}} ", M11, M12, M13, M14) + string.Format(c, "{{M21:{0} M22:{1} M23:{2} M24:{3}}} ", M21, M22, M23, M24)
                + string.Format(c, "{{M31:{0} M32:{1} M33:{2} M34:{3}}} ", M31, M32, M33, M34) + string.Format(c, "{{M41:{0} M42:{1} M43:{2} M44:{3}}} ", M41, M42, M43, M44) + "}";
        }
    }
}

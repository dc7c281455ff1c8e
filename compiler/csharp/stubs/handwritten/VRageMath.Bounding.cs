// pbts C# stubs (hand-written behaviour): VRageMath.BoundingBoxD, BoundingSphereD, ContainmentType,
// the game's formulas. Twin of compiler/se/values/bounding.ts.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace VRageMath
{
    public enum ContainmentType
    {
        Disjoint = 0,
        Contains = 1,
        Intersects = 2,
    }

    public struct BoundingBoxD : IEquatable<BoundingBoxD>
    {
        public Vector3D Min;
        public Vector3D Max;
        public const int NUMBER_OF_CORNERS = 8;

        public BoundingBoxD(Vector3D min, Vector3D max) { Min = min; Max = max; }

        public Vector3D Center { get { return (Min + Max) * 0.5; } }
        public Vector3D HalfExtents { get { return (Max - Min) * 0.5; } }
        public Vector3D Extents { get { return Max - Min; } }
        public Vector3D Size { get { return Max - Min; } }
        public double Volume { get { Vector3D s = Max - Min; return s.X * s.Y * s.Z; } }
        public double SurfaceArea { get { Vector3D s = Max - Min; return 2 * (s.X * s.Y + s.X * s.Z + s.Y * s.Z); } }
        public double Perimeter
        {
            get
            {
                double wx = Max.X - Min.X, wy = Max.Y - Min.Y, wz = Max.Z - Min.Z;
                return 4.0 * (wx + wy + wz);
            }
        }
        public bool Valid { get { return Min != new Vector3D(double.MaxValue) && Max != new Vector3D(double.MinValue); } }

        public static BoundingBoxD CreateInvalid() { return new BoundingBoxD(new Vector3D(double.MaxValue), new Vector3D(double.MinValue)); }
        public static BoundingBoxD CreateFromPoints(IEnumerable<Vector3D> points)
        {
            if (points == null) throw new ArgumentNullException();
            bool any = false;
            Vector3D min = new Vector3D(double.MaxValue), max = new Vector3D(double.MinValue);
            foreach (Vector3D p in points)
            {
                min = Vector3D.Min(min, p);
                max = Vector3D.Max(max, p);
                any = true;
            }
            if (!any) throw new ArgumentException();
            return new BoundingBoxD(min, max);
        }
        public static BoundingBoxD CreateFromSphere(BoundingSphereD sphere)
        {
            Vector3D c = sphere.Center;
            double r = sphere.Radius;
            return new BoundingBoxD(new Vector3D(c.X - r, c.Y - r, c.Z - r), new Vector3D(c.X + r, c.Y + r, c.Z + r));
        }
        public static BoundingBoxD CreateMerged(BoundingBoxD original, BoundingBoxD additional)
        {
            return new BoundingBoxD(Vector3D.Min(original.Min, additional.Min), Vector3D.Max(original.Max, additional.Max));
        }

        public ContainmentType Contains(Vector3D point)
        {
            return Min.X > point.X || point.X > Max.X || Min.Y > point.Y || point.Y > Max.Y || Min.Z > point.Z || point.Z > Max.Z ? ContainmentType.Disjoint : ContainmentType.Contains;
        }
        public ContainmentType Contains(BoundingBoxD box)
        {
            if (Max.X < box.Min.X || Min.X > box.Max.X || Max.Y < box.Min.Y || Min.Y > box.Max.Y || Max.Z < box.Min.Z || Min.Z > box.Max.Z) return ContainmentType.Disjoint;
            return Min.X > box.Min.X || box.Max.X > Max.X || Min.Y > box.Min.Y || box.Max.Y > Max.Y || Min.Z > box.Min.Z || box.Max.Z > Max.Z ? ContainmentType.Intersects : ContainmentType.Contains;
        }
        public ContainmentType Contains(BoundingSphereD sphere)
        {
            Vector3D c = sphere.Center;
            double r = sphere.Radius;
            double d2 = Vector3D.DistanceSquared(c, Vector3D.Clamp(c, Min, Max));
            if (d2 > r * r) return ContainmentType.Disjoint;
            return Min.X + r > c.X || c.X > Max.X - r || Max.X - Min.X <= r || Min.Y + r > c.Y || c.Y > Max.Y - r || Max.Y - Min.Y <= r || Min.Z + r > c.Z || c.Z > Max.Z - r || Max.X - Min.X <= r
                ? ContainmentType.Intersects : ContainmentType.Contains;
        }
        public bool Intersects(BoundingBoxD box)
        {
            return Max.X >= box.Min.X && Min.X <= box.Max.X && Max.Y >= box.Min.Y && Min.Y <= box.Max.Y && Max.Z >= box.Min.Z && Min.Z <= box.Max.Z;
        }
        public bool Intersects(BoundingSphereD sphere)
        {
            return Vector3D.DistanceSquared(sphere.Center, Vector3D.Clamp(sphere.Center, Min, Max)) <= sphere.Radius * sphere.Radius;
        }
        public double? Intersects(RayD ray)
        {
            double near = 0.0, far = double.MaxValue;
            double[] d = { ray.Direction.X, ray.Direction.Y, ray.Direction.Z };
            double[] p = { ray.Position.X, ray.Position.Y, ray.Position.Z };
            double[] lo = { Min.X, Min.Y, Min.Z };
            double[] hi = { Max.X, Max.Y, Max.Z };
            for (int axis = 0; axis < 3; axis++)
            {
                if (Math.Abs(d[axis]) < 9.99999997475243E-07)
                {
                    if (p[axis] < lo[axis] || p[axis] > hi[axis]) return null;
                    continue;
                }
                double inv = 1 / d[axis];
                double t1 = (lo[axis] - p[axis]) * inv;
                double t2 = (hi[axis] - p[axis]) * inv;
                if (t1 > t2) { double tmp = t1; t1 = t2; t2 = tmp; }
                near = MathHelper.Max(t1, near);
                double f = MathHelper.Min(t2, far);
                if (axis < 2) far = f;
                if (near > f) return null;
            }
            return near;
        }
        public BoundingBoxD Intersect(BoundingBoxD box)
        {
            return new BoundingBoxD(
                new Vector3D(Math.Max(Min.X, box.Min.X), Math.Max(Min.Y, box.Min.Y), Math.Max(Min.Z, box.Min.Z)),
                new Vector3D(Math.Min(Max.X, box.Max.X), Math.Min(Max.Y, box.Max.Y), Math.Min(Max.Z, box.Max.Z)));
        }
        public double Distance(Vector3D point)
        {
            if (Contains(point) == ContainmentType.Contains) return 0;
            return Vector3D.Distance(Vector3D.Clamp(point, Min, Max), point);
        }
        public double DistanceSquared(Vector3D point)
        {
            if (Contains(point) == ContainmentType.Contains) return 0;
            return Vector3D.DistanceSquared(Vector3D.Clamp(point, Min, Max), point);
        }
        public BoundingBoxD GetInflated(double size) { return GetInflated(new Vector3D(size)); }
        public BoundingBoxD GetInflated(Vector3D size) { return new BoundingBoxD(Min - size, Max + size); }
        public Vector3D[] GetCorners()
        {
            return new Vector3D[8]
            {
                new Vector3D(Min.X, Max.Y, Max.Z), new Vector3D(Max.X, Max.Y, Max.Z), new Vector3D(Max.X, Min.Y, Max.Z), new Vector3D(Min.X, Min.Y, Max.Z),
                new Vector3D(Min.X, Max.Y, Min.Z), new Vector3D(Max.X, Max.Y, Min.Z), new Vector3D(Max.X, Min.Y, Min.Z), new Vector3D(Min.X, Min.Y, Min.Z),
            };
        }
        public BoundingBoxD TransformSlow(MatrixD m)
        {
            Vector3D min = new Vector3D(double.MaxValue), max = new Vector3D(double.MinValue);
            foreach (Vector3D c in GetCorners())
            {
                Vector3D t = Vector3D.Transform(c, m);
                min = new Vector3D(Math.Min(t.X, min.X), Math.Min(t.Y, min.Y), Math.Min(t.Z, min.Z));
                max = new Vector3D(Math.Max(t.X, max.X), Math.Max(t.Y, max.Y), Math.Max(t.Z, max.Z));
            }
            return new BoundingBoxD(min, max);
        }
        private static void Axis(Vector3D dir, double lo, double hi, ref Vector3D min, ref Vector3D max)
        {
            Vector3D a = dir * lo, b = dir * hi;
            min += new Vector3D(a.X > b.X ? b.X : a.X, a.Y > b.Y ? b.Y : a.Y, a.Z > b.Z ? b.Z : a.Z);
            max += new Vector3D(a.X > b.X ? a.X : b.X, a.Y > b.Y ? a.Y : b.Y, a.Z > b.Z ? a.Z : b.Z);
        }
        public BoundingBoxD TransformFast(MatrixD m)
        {
            Vector3D min = m.Translation, max = m.Translation;
            Axis(m.Right, Min.X, Max.X, ref min, ref max);
            Axis(m.Up, Min.Y, Max.Y, ref min, ref max);
            Axis(m.Backward, Min.Z, Max.Z, ref min, ref max);
            return new BoundingBoxD(min, max);
        }
        public bool Equals(BoundingBoxD other) { return Min == other.Min && Max == other.Max; }
        public bool Equals(BoundingBoxD other, double epsilon) { return Min.Equals(other.Min, epsilon) && Max.Equals(other.Max, epsilon); }
        public override bool Equals(object obj) { return obj is BoundingBoxD && Equals((BoundingBoxD)obj); }
        public override int GetHashCode() { return Min.GetHashCode() + Max.GetHashCode(); }
        public static bool operator ==(BoundingBoxD a, BoundingBoxD b) { return a.Equals(b); }
        public static bool operator !=(BoundingBoxD a, BoundingBoxD b) { return !a.Equals(b); }
        public override string ToString() { return string.Format(CultureInfo.CurrentCulture, "{{Min:{0} Max:{1}}}", Min, Max); }
    }

    public struct BoundingSphereD : IEquatable<BoundingSphereD>
    {
        public Vector3D Center;
        public double Radius;

        public BoundingSphereD(Vector3D center, double radius) { Center = center; Radius = radius; }

        public static BoundingSphereD CreateFromBoundingBox(BoundingBoxD box)
        {
            return new BoundingSphereD(Vector3D.Lerp(box.Min, box.Max, 0.5), Vector3D.Distance(box.Min, box.Max) * 0.5);
        }
        public static BoundingSphereD CreateMerged(BoundingSphereD original, BoundingSphereD additional)
        {
            Vector3D d = additional.Center - original.Center;
            double len = d.Length();
            double r1 = original.Radius, r2 = additional.Radius;
            if (r1 + r2 >= len)
            {
                if (r1 - r2 >= len) return original;
                if (r2 - r1 >= len) return additional;
            }
            Vector3D dir = d * (1 / len);
            double lo = Math.Min(-r1, len - r2);
            double radius = (Math.Max(r1, len + r2) - lo) * 0.5;
            return new BoundingSphereD(original.Center + dir * (radius + lo), radius);
        }
        public ContainmentType Contains(Vector3D point)
        {
            return Vector3D.DistanceSquared(point, Center) >= Radius * Radius ? ContainmentType.Disjoint : ContainmentType.Contains;
        }
        public ContainmentType Contains(BoundingSphereD sphere)
        {
            double d = Vector3D.Distance(Center, sphere.Center);
            if (Radius + sphere.Radius < d) return ContainmentType.Disjoint;
            return Radius - sphere.Radius < d ? ContainmentType.Intersects : ContainmentType.Contains;
        }
        public bool Intersects(BoundingBoxD box)
        {
            return Vector3D.DistanceSquared(Center, Vector3D.Clamp(Center, box.Min, box.Max)) <= Radius * Radius;
        }
        public bool Intersects(BoundingSphereD sphere)
        {
            double d2 = Vector3D.DistanceSquared(Center, sphere.Center);
            double r1 = Radius, r2 = sphere.Radius;
            return r1 * r1 + 2.0 * r1 * r2 + r2 * r2 > d2;
        }
        public double? Intersects(RayD ray) { return ray.Intersects(this); }
        public BoundingBoxD GetBoundingBox() { return BoundingBoxD.CreateFromSphere(this); }
        public BoundingSphereD Transform(MatrixD m)
        {
            double s = Math.Max(m.M11 * m.M11 + m.M12 * m.M12 + m.M13 * m.M13, Math.Max(m.M21 * m.M21 + m.M22 * m.M22 + m.M23 * m.M23, m.M31 * m.M31 + m.M32 * m.M32 + m.M33 * m.M33));
            return new BoundingSphereD(Vector3D.Transform(Center, m), Radius * Math.Sqrt(s));
        }
        public bool Equals(BoundingSphereD other) { return Center == other.Center && Radius == other.Radius; }
        public override bool Equals(object obj) { return obj is BoundingSphereD && Equals((BoundingSphereD)obj); }
        public override int GetHashCode() { return Center.GetHashCode() + Radius.GetHashCode(); }
        public static bool operator ==(BoundingSphereD a, BoundingSphereD b) { return a.Equals(b); }
        public static bool operator !=(BoundingSphereD a, BoundingSphereD b) { return !a.Equals(b); }
    }
}

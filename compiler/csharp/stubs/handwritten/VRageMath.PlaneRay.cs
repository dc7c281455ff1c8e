// pbts C# stubs (hand-written behaviour): VRageMath.PlaneD, RayD, PlaneIntersectionType, the game's
// formulas. Twin of compiler/se/values/plane-ray.ts.
using System;

namespace VRageMath
{
    public enum PlaneIntersectionType
    {
        Front = 0,
        Back = 1,
        Intersecting = 2,
    }

    public struct PlaneD : IEquatable<PlaneD>
    {
        public Vector3D Normal;
        public double D;

        public PlaneD(double a, double b, double c, double d) { Normal = new Vector3D(a, b, c); D = d; }
        public PlaneD(Vector3D normal, double d) { Normal = normal; D = d; }
        public PlaneD(Vector3D position, Vector3D normal) { Normal = normal; D = -Vector3D.Dot(position, normal); }
        public PlaneD(Vector3D position, Vector3 normal) { Normal = normal; D = -Vector3D.Dot(position, normal); }
        public PlaneD(Vector4 value) { Normal = new Vector3D(value.X, value.Y, value.Z); D = value.W; }
        public PlaneD(Vector3D point1, Vector3D point2, Vector3D point3)
        {
            double n1 = point2.X - point1.X, n2 = point2.Y - point1.Y, n3 = point2.Z - point1.Z;
            double n4 = point3.X - point1.X, n5 = point3.Y - point1.Y, n6 = point3.Z - point1.Z;
            double n7 = n2 * n6 - n3 * n5, n8 = n3 * n4 - n1 * n6, n9 = n1 * n5 - n2 * n4;
            double n10 = 1 / Math.Sqrt(n7 * n7 + n8 * n8 + n9 * n9);
            Normal = new Vector3D(n7 * n10, n8 * n10, n9 * n10);
            D = -(Normal.X * point1.X + Normal.Y * point1.Y + Normal.Z * point1.Z);
        }

        public void Normalize() { this = Normalize(this); }
        public static PlaneD Normalize(PlaneD value)
        {
            Vector3D n = value.Normal;
            double l2 = n.X * n.X + n.Y * n.Y + n.Z * n.Z;
            if (Math.Abs(l2 - 1) < 1.19209289550781E-07) return new PlaneD(n, value.D);
            double k = 1 / Math.Sqrt(l2);
            return new PlaneD(new Vector3D(n.X * k, n.Y * k, n.Z * k), value.D * k);
        }
        public static PlaneD Transform(PlaneD plane, MatrixD matrix)
        {
            Vector3D origin = -plane.Normal * plane.D;
            Vector3D normal = Vector3D.TransformNormal(plane.Normal, matrix);
            return new PlaneD(normal, -Vector3D.Dot(Vector3D.Transform(origin, matrix), normal));
        }
        public double DistanceToPoint(Vector3D point) { return Vector3D.Dot(Normal, point) + D; }
        public double Dot(Vector4 value) { return Normal.X * value.X + Normal.Y * value.Y + Normal.Z * value.Z + D * value.W; }
        public double DotCoordinate(Vector3D value) { return Normal.X * value.X + Normal.Y * value.Y + Normal.Z * value.Z + D; }
        public double DotNormal(Vector3D value) { return Normal.X * value.X + Normal.Y * value.Y + Normal.Z * value.Z; }
        public PlaneIntersectionType Intersects(BoundingBoxD box)
        {
            Vector3D n = Normal;
            Vector3D lo = new Vector3D(n.X >= 0 ? box.Min.X : box.Max.X, n.Y >= 0 ? box.Min.Y : box.Max.Y, n.Z >= 0 ? box.Min.Z : box.Max.Z);
            Vector3D hi = new Vector3D(n.X >= 0 ? box.Max.X : box.Min.X, n.Y >= 0 ? box.Max.Y : box.Min.Y, n.Z >= 0 ? box.Max.Z : box.Min.Z);
            if (n.X * lo.X + n.Y * lo.Y + n.Z * lo.Z + D > 0) return PlaneIntersectionType.Front;
            return n.X * hi.X + n.Y * hi.Y + n.Z * hi.Z + D < 0 ? PlaneIntersectionType.Back : PlaneIntersectionType.Intersecting;
        }
        public PlaneIntersectionType Intersects(BoundingSphereD sphere)
        {
            double d = sphere.Center.X * Normal.X + sphere.Center.Y * Normal.Y + sphere.Center.Z * Normal.Z + D;
            if (d > sphere.Radius) return PlaneIntersectionType.Front;
            return d < -sphere.Radius ? PlaneIntersectionType.Back : PlaneIntersectionType.Intersecting;
        }
        public bool Equals(PlaneD other) { return Normal == other.Normal && D == other.D; }
        public override bool Equals(object obj) { return obj is PlaneD && Equals((PlaneD)obj); }
        public override int GetHashCode() { return Normal.GetHashCode() + D.GetHashCode(); }
        public static bool operator ==(PlaneD a, PlaneD b) { return a.Equals(b); }
        public static bool operator !=(PlaneD a, PlaneD b) { return !a.Equals(b); }
    }

    public struct RayD : IEquatable<RayD>
    {
        public Vector3D Position;
        public Vector3D Direction;

        public RayD(Vector3D position, Vector3D direction) { Position = position; Direction = direction; }

        public double? Intersects(BoundingBoxD box) { return box.Intersects(this); }
        public double? Intersects(BoundingSphereD sphere)
        {
            double dx = sphere.Center.X - Position.X, dy = sphere.Center.Y - Position.Y, dz = sphere.Center.Z - Position.Z;
            double l2 = dx * dx + dy * dy + dz * dz;
            double r2 = sphere.Radius * sphere.Radius;
            if (l2 <= r2) return 0.0;
            double along = dx * Direction.X + dy * Direction.Y + dz * Direction.Z;
            if (along < 0) return null;
            double off = l2 - along * along;
            if (off > r2) return null;
            return along - Math.Sqrt(r2 - off);
        }
        public double? Intersects(PlaneD plane)
        {
            Vector3D n = plane.Normal;
            double dot = n.X * Direction.X + n.Y * Direction.Y + n.Z * Direction.Z;
            if (Math.Abs(dot) < 9.99999974737875E-06) return null;
            double originToPosition = (float)(n.X * Position.X + n.Y * Position.Y + n.Z * Position.Z);
            double t = (-plane.D - originToPosition) / dot;
            if (t < 0)
            {
                if (t < -9.99999974737875E-06) return null;
                t = 0;
            }
            return t;
        }
        public bool Equals(RayD other) { return Position == other.Position && Direction == other.Direction; }
        public override bool Equals(object obj) { return obj is RayD && Equals((RayD)obj); }
        public override int GetHashCode() { return Position.GetHashCode() + Direction.GetHashCode(); }
        public static bool operator ==(RayD a, RayD b) { return a.Equals(b); }
        public static bool operator !=(RayD a, RayD b) { return !a.Equals(b); }
    }
}

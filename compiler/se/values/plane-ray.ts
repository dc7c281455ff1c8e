// VRageMath.PlaneD, RayD and PlaneIntersectionType (structs in C#; fields readonly here). The mutating
// `p.Normalize()` is not offered (use PlaneD.Normalize(p)); the ref-only members (Intersection,
// ProjectPoint) neither.
import type { double } from "../prelude.ts";
import { BoundingBoxD, BoundingSphereD } from "./bounding.ts";
import type { MatrixD } from "./matrixd.ts";
import { Vector3D } from "./vector3d.ts";
import { Vector4 } from "./vectors.ts";

/** VRageMath.PlaneIntersectionType */
export enum PlaneIntersectionType {
  Front = 0,
  Back = 1,
  Intersecting = 2,
}

export class PlaneD {
  readonly Normal: Vector3D;
  readonly D: double;

  constructor(a: double, b: double, c: double, d: double);
  constructor(normal: Vector3D, d: double);
  constructor(position: Vector3D, normal: Vector3D);
  constructor(value: Vector4);
  constructor(point1: Vector3D, point2: Vector3D, point3: Vector3D);
  constructor(a: double | Vector3D | Vector4, b?: double | Vector3D, c?: double | Vector3D, d?: double) {
    if (typeof a === "number") {
      this.Normal = new Vector3D(a, b as number, c as number);
      this.D = d as number;
    } else if (a instanceof Vector4) {
      this.Normal = new Vector3D(a.X, a.Y, a.Z);
      this.D = a.W;
    } else if (typeof b === "number") {
      this.Normal = a;
      this.D = b;
    } else if (c === undefined) {
      this.Normal = b as Vector3D;
      this.D = -Vector3D.Dot(a, b as Vector3D);
    } else {
      const p2 = b as Vector3D, p3 = c as Vector3D;
      const n1 = p2.X - a.X, n2 = p2.Y - a.Y, n3 = p2.Z - a.Z;
      const n4 = p3.X - a.X, n5 = p3.Y - a.Y, n6 = p3.Z - a.Z;
      const n7 = n2 * n6 - n3 * n5, n8 = n3 * n4 - n1 * n6, n9 = n1 * n5 - n2 * n4;
      const n10 = 1 / Math.sqrt(n7 * n7 + n8 * n8 + n9 * n9);
      this.Normal = new Vector3D(n7 * n10, n8 * n10, n9 * n10);
      this.D = -(this.Normal.X * a.X + this.Normal.Y * a.Y + this.Normal.Z * a.Z);
    }
  }

  /** A unit normal (and D scaled with it); planes already unit within 2^-23 are returned as they are. */
  static Normalize(value: PlaneD): PlaneD {
    const n = value.Normal;
    const l2 = n.X * n.X + n.Y * n.Y + n.Z * n.Z;
    if (Math.abs(l2 - 1) < 1.19209289550781e-7) return new PlaneD(n, value.D);
    const k = 1 / Math.sqrt(l2);
    return new PlaneD(new Vector3D(n.X * k, n.Y * k, n.Z * k), value.D * k);
  }
  static Transform(plane: PlaneD, matrix: MatrixD): PlaneD {
    const origin = Vector3D.Multiply(Vector3D.Negate(plane.Normal), plane.D);
    const normal = Vector3D.TransformNormal(plane.Normal, matrix);
    return new PlaneD(normal, -Vector3D.Dot(Vector3D.Transform(origin, matrix), normal));
  }
  DistanceToPoint(point: Vector3D): double {
    return Vector3D.Dot(this.Normal, point) + this.D;
  }
  Dot(value: Vector4): double {
    return this.Normal.X * value.X + this.Normal.Y * value.Y + this.Normal.Z * value.Z + this.D * value.W;
  }
  DotCoordinate(value: Vector3D): double {
    return this.Normal.X * value.X + this.Normal.Y * value.Y + this.Normal.Z * value.Z + this.D;
  }
  DotNormal(value: Vector3D): double {
    return this.Normal.X * value.X + this.Normal.Y * value.Y + this.Normal.Z * value.Z;
  }
  Intersects(box: BoundingBoxD): PlaneIntersectionType;
  Intersects(sphere: BoundingSphereD): PlaneIntersectionType;
  Intersects(o: BoundingBoxD | BoundingSphereD): PlaneIntersectionType {
    const n = this.Normal;
    if (o instanceof BoundingBoxD) {
      const lo = new Vector3D(n.X >= 0 ? o.Min.X : o.Max.X, n.Y >= 0 ? o.Min.Y : o.Max.Y, n.Z >= 0 ? o.Min.Z : o.Max.Z);
      const hi = new Vector3D(n.X >= 0 ? o.Max.X : o.Min.X, n.Y >= 0 ? o.Max.Y : o.Min.Y, n.Z >= 0 ? o.Max.Z : o.Min.Z);
      if (n.X * lo.X + n.Y * lo.Y + n.Z * lo.Z + this.D > 0) return PlaneIntersectionType.Front;
      return n.X * hi.X + n.Y * hi.Y + n.Z * hi.Z + this.D < 0 ? PlaneIntersectionType.Back : PlaneIntersectionType.Intersecting;
    }
    const d = o.Center.X * n.X + o.Center.Y * n.Y + o.Center.Z * n.Z + this.D;
    if (d > o.Radius) return PlaneIntersectionType.Front;
    return d < -o.Radius ? PlaneIntersectionType.Back : PlaneIntersectionType.Intersecting;
  }
  Equals(other: PlaneD): boolean {
    return this.Normal.Equals(other.Normal) && this.D === other.D;
  }
}

export class RayD {
  readonly Position: Vector3D;
  readonly Direction: Vector3D;
  constructor(position: Vector3D, direction: Vector3D) {
    this.Position = position;
    this.Direction = direction;
  }
  /** The distance along the ray to the first hit (0 from inside), or null. */
  Intersects(box: BoundingBoxD): double | null;
  Intersects(plane: PlaneD): double | null;
  Intersects(sphere: BoundingSphereD): double | null;
  Intersects(o: BoundingBoxD | PlaneD | BoundingSphereD): double | null {
    if (o instanceof BoundingBoxD) return o.Intersects(this);
    if (o instanceof PlaneD) {
      const n = o.Normal, dir = this.Direction, p = this.Position;
      const dot = n.X * dir.X + n.Y * dir.Y + n.Z * dir.Z;
      if (Math.abs(dot) < 9.99999974737875e-6) return null;
      // The game rounds this through float (a cast in its source).
      const originToPosition = Math.fround(n.X * p.X + n.Y * p.Y + n.Z * p.Z);
      let t = (-o.D - originToPosition) / dot;
      if (t < 0) {
        if (t < -9.99999974737875e-6) return null;
        t = 0;
      }
      return t;
    }
    const dx = o.Center.X - this.Position.X, dy = o.Center.Y - this.Position.Y, dz = o.Center.Z - this.Position.Z;
    const l2 = dx * dx + dy * dy + dz * dz;
    const r2 = o.Radius * o.Radius;
    if (l2 <= r2) return 0;
    const along = dx * this.Direction.X + dy * this.Direction.Y + dz * this.Direction.Z;
    if (along < 0) return null;
    const off = l2 - along * along;
    if (off > r2) return null;
    return along - Math.sqrt(r2 - off);
  }
  Equals(other: RayD): boolean {
    return this.Position.Equals(other.Position) && this.Direction.Equals(other.Direction);
  }
}

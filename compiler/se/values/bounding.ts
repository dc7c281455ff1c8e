// VRageMath.BoundingBoxD and BoundingSphereD (structs in C#; fields readonly here) and ContainmentType.
// The members that mutate the box in C# and return it (Include, Inflate, Translate, InflateToMinimum,
// Centerize) are not offered: `box.Include(p);` alone changes the box in C# but could not here.
// Use CreateMerged / GetInflated / TransformFast, which build a new box on both sides.
import type { double } from "../prelude.ts";
import { csMax, csMin } from "./mathhelper.ts";
import type { MatrixD } from "./matrixd.ts";
import { Vector3D } from "./vector3d.ts";
import type { RayD } from "./plane-ray.ts";

/** VRageMath.ContainmentType */
export enum ContainmentType {
  Disjoint = 0,
  Contains = 1,
  Intersects = 2,
}

export class BoundingBoxD {
  readonly Min: Vector3D;
  readonly Max: Vector3D;
  constructor(min: Vector3D, max: Vector3D) {
    this.Min = min;
    this.Max = max;
  }

  get Center(): Vector3D {
    return Vector3D.Multiply(Vector3D.Add(this.Min, this.Max), 0.5);
  }
  get HalfExtents(): Vector3D {
    return Vector3D.Multiply(Vector3D.Subtract(this.Max, this.Min), 0.5);
  }
  get Extents(): Vector3D {
    return Vector3D.Subtract(this.Max, this.Min);
  }
  get Size(): Vector3D {
    return Vector3D.Subtract(this.Max, this.Min);
  }
  get Volume(): double {
    const s = Vector3D.Subtract(this.Max, this.Min);
    return s.X * s.Y * s.Z;
  }
  get SurfaceArea(): double {
    const s = Vector3D.Subtract(this.Max, this.Min);
    return 2 * (s.X * s.Y + s.X * s.Z + s.Y * s.Z);
  }
  get Perimeter(): double {
    return 4.0 * (this.Max.X - this.Min.X + (this.Max.Y - this.Min.Y) + (this.Max.Z - this.Min.Z));
  }
  /** False for CreateInvalid()'s box (Min at +MaxValue, Max at -MaxValue). */
  get Valid(): boolean {
    return !this.Min.Equals(new Vector3D(Number.MAX_VALUE)) && !this.Max.Equals(new Vector3D(-Number.MAX_VALUE));
  }

  static CreateInvalid(): BoundingBoxD {
    return new BoundingBoxD(new Vector3D(Number.MAX_VALUE), new Vector3D(-Number.MAX_VALUE));
  }
  /** The smallest box holding every point; throws for an empty list, as the game does. */
  static CreateFromPoints(points: Vector3D[]): BoundingBoxD {
    if (points.length === 0) throw new Error("Value does not fall within the expected range.");
    let min = new Vector3D(Number.MAX_VALUE);
    let max = new Vector3D(-Number.MAX_VALUE);
    for (const p of points) {
      min = Vector3D.Min(min, p);
      max = Vector3D.Max(max, p);
    }
    return new BoundingBoxD(min, max);
  }
  static CreateFromSphere(sphere: BoundingSphereD): BoundingBoxD {
    const c = sphere.Center, r = sphere.Radius;
    return new BoundingBoxD(new Vector3D(c.X - r, c.Y - r, c.Z - r), new Vector3D(c.X + r, c.Y + r, c.Z + r));
  }
  static CreateMerged(original: BoundingBoxD, additional: BoundingBoxD): BoundingBoxD {
    return new BoundingBoxD(Vector3D.Min(original.Min, additional.Min), Vector3D.Max(original.Max, additional.Max));
  }

  Contains(point: Vector3D): ContainmentType;
  Contains(box: BoundingBoxD): ContainmentType;
  Contains(sphere: BoundingSphereD): ContainmentType;
  Contains(o: Vector3D | BoundingBoxD | BoundingSphereD): ContainmentType {
    const a = this.Min, b = this.Max;
    if (o instanceof Vector3D) {
      return a.X > o.X || o.X > b.X || a.Y > o.Y || o.Y > b.Y || a.Z > o.Z || o.Z > b.Z ? ContainmentType.Disjoint : ContainmentType.Contains;
    }
    if (o instanceof BoundingBoxD) {
      if (b.X < o.Min.X || a.X > o.Max.X || b.Y < o.Min.Y || a.Y > o.Max.Y || b.Z < o.Min.Z || a.Z > o.Max.Z) return ContainmentType.Disjoint;
      return a.X > o.Min.X || o.Max.X > b.X || a.Y > o.Min.Y || o.Max.Y > b.Y || a.Z > o.Min.Z || o.Max.Z > b.Z ? ContainmentType.Intersects : ContainmentType.Contains;
    }
    const c = o.Center, r = o.Radius;
    const d2 = Vector3D.DistanceSquared(c, Vector3D.Clamp(c, a, b));
    if (d2 > r * r) return ContainmentType.Disjoint;
    return a.X + r > c.X || c.X > b.X - r || b.X - a.X <= r || a.Y + r > c.Y || c.Y > b.Y - r || b.Y - a.Y <= r || a.Z + r > c.Z || c.Z > b.Z - r || b.X - a.X <= r
      ? ContainmentType.Intersects
      : ContainmentType.Contains;
  }
  Intersects(box: BoundingBoxD): boolean;
  Intersects(sphere: BoundingSphereD): boolean;
  /** The distance along the ray to the box (0 from inside), or null (slab test, as the game). */
  Intersects(ray: RayD): double | null;
  Intersects(o: BoundingBoxD | BoundingSphereD | RayD): boolean | double | null {
    if ("Direction" in o) return this.intersectsRay(o);
    if (o instanceof BoundingBoxD) {
      return this.Max.X >= o.Min.X && this.Min.X <= o.Max.X && this.Max.Y >= o.Min.Y && this.Min.Y <= o.Max.Y && this.Max.Z >= o.Min.Z && this.Min.Z <= o.Max.Z;
    }
    return Vector3D.DistanceSquared(o.Center, Vector3D.Clamp(o.Center, this.Min, this.Max)) <= o.Radius * o.Radius;
  }
  private intersectsRay(ray: RayD): double | null {
    let near = 0.0;
    let far = Number.MAX_VALUE;
    const axes: [number, number, number, number, number][] = [
      [ray.Direction.X, ray.Position.X, this.Min.X, this.Max.X, 0],
      [ray.Direction.Y, ray.Position.Y, this.Min.Y, this.Max.Y, 1],
      [ray.Direction.Z, ray.Position.Z, this.Min.Z, this.Max.Z, 2],
    ];
    for (const [d, p, lo, hi, axis] of axes) {
      if (Math.abs(d) < 9.99999997475243e-7) {
        if (p < lo || p > hi) return null;
        continue;
      }
      const inv = 1 / d;
      let t1 = (lo - p) * inv;
      let t2 = (hi - p) * inv;
      if (t1 > t2) [t1, t2] = [t2, t1];
      near = csMax(t1, near);
      const f = csMin(t2, far);
      if (axis < 2) far = f;
      if (near > f) return null;
    }
    return near;
  }
  /** The overlap of two boxes (an inverted box when they do not overlap). */
  Intersect(box: BoundingBoxD): BoundingBoxD {
    return new BoundingBoxD(
      new Vector3D(csMax(this.Min.X, box.Min.X), csMax(this.Min.Y, box.Min.Y), csMax(this.Min.Z, box.Min.Z)),
      new Vector3D(csMin(this.Max.X, box.Max.X), csMin(this.Max.Y, box.Max.Y), csMin(this.Max.Z, box.Max.Z)),
    );
  }
  Distance(point: Vector3D): double {
    if (this.Contains(point) === ContainmentType.Contains) return 0;
    return Vector3D.Distance(Vector3D.Clamp(point, this.Min, this.Max), point);
  }
  DistanceSquared(point: Vector3D): double {
    if (this.Contains(point) === ContainmentType.Contains) return 0;
    return Vector3D.DistanceSquared(Vector3D.Clamp(point, this.Min, this.Max), point);
  }
  GetInflated(size: double): BoundingBoxD;
  GetInflated(size: Vector3D): BoundingBoxD;
  GetInflated(size: double | Vector3D): BoundingBoxD {
    const s = typeof size === "number" ? new Vector3D(size) : size;
    return new BoundingBoxD(Vector3D.Subtract(this.Min, s), Vector3D.Add(this.Max, s));
  }
  /** The 8 corners, in the game's order (C#'s GetCorners returns an array, which TS arrays do not compile to). */
  private corners(): Vector3D[] {
    const a = this.Min, b = this.Max;
    return [
      new Vector3D(a.X, b.Y, b.Z),
      new Vector3D(b.X, b.Y, b.Z),
      new Vector3D(b.X, a.Y, b.Z),
      new Vector3D(a.X, a.Y, b.Z),
      new Vector3D(a.X, b.Y, a.Z),
      new Vector3D(b.X, b.Y, a.Z),
      new Vector3D(b.X, a.Y, a.Z),
      new Vector3D(a.X, a.Y, a.Z),
    ];
  }
  /** The box of this box's 8 transformed corners. */
  TransformSlow(m: MatrixD): BoundingBoxD {
    let min = new Vector3D(Number.MAX_VALUE);
    let max = new Vector3D(-Number.MAX_VALUE);
    for (const c of this.corners()) {
      const t = Vector3D.Transform(c, m);
      min = new Vector3D(csMin(t.X, min.X), csMin(t.Y, min.Y), csMin(t.Z, min.Z));
      max = new Vector3D(csMax(t.X, max.X), csMax(t.Y, max.Y), csMax(t.Z, max.Z));
    }
    return new BoundingBoxD(min, max);
  }
  /** The same box as TransformSlow for affine matrices, from the axes (Arvo's method). */
  TransformFast(m: MatrixD): BoundingBoxD {
    let min = m.Translation;
    let max = m.Translation;
    const axis = (dir: Vector3D, lo: number, hi: number) => {
      const a = Vector3D.Multiply(dir, lo);
      const b = Vector3D.Multiply(dir, hi);
      min = Vector3D.Add(min, new Vector3D(a.X > b.X ? b.X : a.X, a.Y > b.Y ? b.Y : a.Y, a.Z > b.Z ? b.Z : a.Z));
      max = Vector3D.Add(max, new Vector3D(a.X > b.X ? a.X : b.X, a.Y > b.Y ? a.Y : b.Y, a.Z > b.Z ? a.Z : b.Z));
    };
    axis(m.Right, this.Min.X, this.Max.X);
    axis(m.Up, this.Min.Y, this.Max.Y);
    axis(m.Backward, this.Min.Z, this.Max.Z);
    return new BoundingBoxD(min, max);
  }
  Equals(other: BoundingBoxD): boolean;
  Equals(other: BoundingBoxD, epsilon: double): boolean;
  Equals(other: BoundingBoxD, epsilon?: double): boolean {
    if (epsilon === undefined) return this.Min.Equals(other.Min) && this.Max.Equals(other.Max);
    return this.Min.Equals(other.Min, epsilon) && this.Max.Equals(other.Max, epsilon);
  }
}

export class BoundingSphereD {
  readonly Center: Vector3D;
  readonly Radius: double;
  constructor(center: Vector3D, radius: double) {
    this.Center = center;
    this.Radius = radius;
  }
  static CreateFromBoundingBox(box: BoundingBoxD): BoundingSphereD {
    return new BoundingSphereD(Vector3D.Lerp(box.Min, box.Max, 0.5), Vector3D.Distance(box.Min, box.Max) * 0.5);
  }
  static CreateMerged(original: BoundingSphereD, additional: BoundingSphereD): BoundingSphereD {
    const d = Vector3D.Subtract(additional.Center, original.Center);
    const len = d.Length();
    const r1 = original.Radius, r2 = additional.Radius;
    if (r1 + r2 >= len) {
      if (r1 - r2 >= len) return original;
      if (r2 - r1 >= len) return additional;
    }
    const dir = Vector3D.Multiply(d, 1 / len);
    const lo = csMin(-r1, len - r2);
    const radius = (csMax(r1, len + r2) - lo) * 0.5;
    return new BoundingSphereD(Vector3D.Add(original.Center, Vector3D.Multiply(dir, radius + lo)), radius);
  }
  Contains(point: Vector3D): ContainmentType;
  Contains(sphere: BoundingSphereD): ContainmentType;
  Contains(o: Vector3D | BoundingSphereD): ContainmentType {
    if (o instanceof Vector3D) return Vector3D.DistanceSquared(o, this.Center) >= this.Radius * this.Radius ? ContainmentType.Disjoint : ContainmentType.Contains;
    const d = Vector3D.Distance(this.Center, o.Center);
    if (this.Radius + o.Radius < d) return ContainmentType.Disjoint;
    return this.Radius - o.Radius < d ? ContainmentType.Intersects : ContainmentType.Contains;
  }
  Intersects(box: BoundingBoxD): boolean;
  Intersects(sphere: BoundingSphereD): boolean;
  Intersects(ray: RayD): double | null;
  Intersects(o: BoundingBoxD | BoundingSphereD | RayD): boolean | double | null {
    if ("Direction" in o) return o.Intersects(this);
    if (o instanceof BoundingBoxD) return Vector3D.DistanceSquared(this.Center, Vector3D.Clamp(this.Center, o.Min, o.Max)) <= this.Radius * this.Radius;
    const d2 = Vector3D.DistanceSquared(this.Center, o.Center);
    const r1 = this.Radius, r2 = o.Radius;
    return r1 * r1 + 2.0 * r1 * r2 + r2 * r2 > d2;
  }
  GetBoundingBox(): BoundingBoxD {
    return BoundingBoxD.CreateFromSphere(this);
  }
  /** The sphere moved by `matrix`, its radius scaled by the largest axis scale. */
  Transform(matrix: MatrixD): BoundingSphereD {
    const m = matrix;
    const s = csMax(m.M11 * m.M11 + m.M12 * m.M12 + m.M13 * m.M13, csMax(m.M21 * m.M21 + m.M22 * m.M22 + m.M23 * m.M23, m.M31 * m.M31 + m.M32 * m.M32 + m.M33 * m.M33));
    return new BoundingSphereD(Vector3D.Transform(this.Center, matrix), this.Radius * Math.sqrt(s));
  }
  Equals(other: BoundingSphereD): boolean {
    return this.Center.Equals(other.Center) && this.Radius === other.Radius;
  }
}

// Where grids and blocks are (issue 11: entity geometry from scenario values, no physics).
// A grid has a world position, a forward/up orientation and a cube size; a block has a cell in its
// grid and an orientation (Base6 directions). A block is one cube unless the scenario gives its
// `size` (cubes along its own right, up and backward, as the game's block definitions; the sizes
// themselves are not in the reference) and optionally its `center` (the cell of the block that is its
// Position; default (size - 1) / 2, the game's). As the game computes them (MySlimBlock.cs,
// Keen's public source): Max = Min + |rotated(size - 1)|, Position = Min + rotated(center) (shifted
// along flipped axes); from these:
// grid WorldMatrix = MatrixD.CreateWorld(position, forward, up); a block's WorldMatrix =
// CreateWorld((Min + Max) / 2 * GridSize, Base6 forward, Base6 up) * grid WorldMatrix; GetPosition() its
// translation; GridIntegerToWorld(c) = Transform(c * GridSize, grid WorldMatrix); WorldToGridInteger(p)
// = Round(Transform(p, Invert(grid WorldMatrix)) / GridSize) (Math.Round, halves to even); the world
// boxes are the cubes' local boxes transformed (TransformFast), the volumes their bounding spheres.
import { Base6Directions, BoundingBoxD, BoundingSphereD, MatrixD, MyBlockOrientation, MyCubeSize, Vector3D, Vector3I } from "pbts/se";
import type { Vec3 } from "../grid.ts";

/** Cube edge in metres: large grids 2.5, small grids 0.5 (the game's). */
export const GRID_SIZES: Record<string, number> = { Large: 2.5, Small: 0.5 };

export interface GridGeometrySpec {
  /** World forward and up of the grid (unit vectors; default [0,0,-1] and [0,1,0]). */
  forward?: Vec3;
  up?: Vec3;
  /** "Large" (default, 2.5 m cubes) or "Small" (0.5 m). */
  gridSize?: string;
}

export interface BlockGeometrySpec {
  /** The block's cell in its grid (integers; default [0,0,0]). */
  position?: Vec3;
  /** Base6 directions of the block's forward and up in its grid (default Forward, Up). */
  orientation?: { forward?: string; up?: string };
  /** Cubes along the block's own right, up and backward (default [1, 1, 1]). */
  size?: Vec3;
  /** The block's cell (in its own axes, 0..size-1) that is its Position (default (size - 1) / 2). */
  center?: Vec3;
}

/** A block's cells: its Position, Min, Max, and its size in its own axes. */
export interface BlockCells {
  cell: Vector3I;
  min: Vector3I;
  max: Vector3I;
  size: Vector3I;
}

const DIRECTIONS = ["Forward", "Backward", "Left", "Right", "Up", "Down"];

function vec3(v: unknown, what: string): Vec3 {
  if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === "number" && Number.isFinite(x))) {
    throw new Error(`${what} must be [x, y, z] (numbers), got ${JSON.stringify(v)}`);
  }
  return [v[0], v[1], v[2]];
}

/** A grid's geometry from the scenario; throws a clear error for a bad value. */
export class GridGeometry {
  readonly forward: Vector3D;
  readonly up: Vector3D;
  readonly size: number;
  readonly sizeEnum: MyCubeSize;
  constructor(spec: GridGeometrySpec) {
    const fv = vec3(spec.forward ?? [0, 0, -1], "\"forward\"");
    const uv = vec3(spec.up ?? [0, 1, 0], "\"up\"");
    const f = Vector3D.Normalize(new Vector3D(fv[0], fv[1], fv[2]));
    const u = Vector3D.Normalize(new Vector3D(uv[0], uv[1], uv[2]));
    if (!f.IsValid() || !u.IsValid() || Math.abs(Vector3D.Dot(f, u)) > 1e-6) {
      throw new Error(`"forward" and "up" must be non-zero and perpendicular, got ${JSON.stringify(spec.forward)} and ${JSON.stringify(spec.up)}`);
    }
    const size = spec.gridSize ?? "Large";
    if (!Object.hasOwn(GRID_SIZES, size)) throw new Error(`"gridSize" must be "Large" or "Small", got ${JSON.stringify(size)}`);
    this.forward = f;
    this.up = u;
    this.size = GRID_SIZES[size]!;
    this.sizeEnum = size === "Large" ? MyCubeSize.Large : MyCubeSize.Small;
  }
  worldMatrix(position: Vec3): MatrixD {
    return MatrixD.CreateWorld(new Vector3D(position[0], position[1], position[2]), this.forward, this.up);
  }
}

/** A block's cell and orientation from the scenario; throws a clear error for a bad value. */
export function blockGeometry(spec: BlockGeometrySpec): BlockCells & { orientation: MyBlockOrientation } {
  const p = vec3(spec.position ?? [0, 0, 0], '"position"');
  if (!p.every((x) => Number.isInteger(x))) throw new Error(`"position" is the block's cell in its grid: integers, got ${JSON.stringify(spec.position)}`);
  const o = spec.orientation ?? {};
  const dir = (name: string | undefined, def: string, what: string): Base6Directions.Direction => {
    const i = DIRECTIONS.indexOf(name ?? def);
    if (i < 0) throw new Error(`"orientation.${what}" must be one of ${DIRECTIONS.join(", ")}, got ${JSON.stringify(name)}`);
    return i as Base6Directions.Direction;
  };
  const orientation = new MyBlockOrientation(dir(o.forward, "Forward", "forward"), dir(o.up, "Up", "up"));
  if (!orientation.IsValid) throw new Error(`"orientation": forward ${o.forward ?? "Forward"} and up ${o.up ?? "Up"} must be perpendicular`);
  const size = vec3(spec.size ?? [1, 1, 1], '"size"');
  if (!size.every((x) => Number.isInteger(x) && x >= 1)) throw new Error(`"size" is the block's size in cubes along its right, up and backward: positive integers, got ${JSON.stringify(spec.size)}`);
  const center = vec3(spec.center ?? size.map((x) => Math.floor((x - 1) / 2)), '"center"');
  if (!center.every((x, i) => Number.isInteger(x) && x >= 0 && x < size[i]!)) throw new Error(`"center" is the block's Position cell in its own axes: integers within 0..size-1 (size ${JSON.stringify(size)}), got ${JSON.stringify(spec.center)}`);
  const cell = new Vector3I(p[0], p[1], p[2]);
  // MySlimBlock.ComputeMax / ComputePositionInGrid: local x, y, z are the block's right, up, backward
  const f = Base6Directions.GetIntVector(orientation.Forward);
  const u = Base6Directions.GetIntVector(orientation.Up);
  const r = new Vector3I(f.Y * u.Z - f.Z * u.Y, f.Z * u.X - f.X * u.Z, f.X * u.Y - f.Y * u.X); // forward × up
  const rotate = (v: Vec3): Vec3 => [0, 1, 2].map((k) => {
    const axis = (w: Vector3I) => (k === 0 ? w.X : k === 1 ? w.Y : w.Z);
    return v[0] * axis(r) + v[1] * axis(u) - v[2] * axis(f);
  }) as Vec3;
  const rotSize = rotate([size[0] - 1, size[1] - 1, size[2] - 1]);
  const rotCenter = rotate(center);
  const offset = rotCenter.map((c, k) => (rotSize[k]! < 0 ? c - rotSize[k]! : c));
  const min = new Vector3I(p[0] - offset[0]!, p[1] - offset[1]!, p[2] - offset[2]!);
  const max = new Vector3I(min.X + Math.abs(rotSize[0]), min.Y + Math.abs(rotSize[1]), min.Z + Math.abs(rotSize[2]));
  return { cell, min, max, size: new Vector3I(size[0], size[1], size[2]), orientation };
}

/** A block's world matrix: its local matrix in the grid (centred on its cells min..max), then the grid's. */
export function blockWorldMatrix(min: Vector3I, max: Vector3I, o: MyBlockOrientation, gridSize: number, grid: MatrixD): MatrixD {
  const local = MatrixD.CreateWorld(
    new Vector3D(((min.X + max.X) / 2) * gridSize, ((min.Y + max.Y) / 2) * gridSize, ((min.Z + max.Z) / 2) * gridSize),
    new Vector3D(Base6Directions.GetVector(o.Forward)),
    new Vector3D(Base6Directions.GetVector(o.Up)),
  );
  return MatrixD.Multiply(local, grid);
}

/** The world box of the cubes min..max (cells) of a grid. */
export function cellsWorldBox(min: Vector3I, max: Vector3I, gridSize: number, grid: MatrixD): BoundingBoxD {
  const h = gridSize / 2;
  const local = new BoundingBoxD(new Vector3D(min.X * gridSize - h, min.Y * gridSize - h, min.Z * gridSize - h), new Vector3D(max.X * gridSize + h, max.Y * gridSize + h, max.Z * gridSize + h));
  return local.TransformFast(grid);
}

/** A block's world box: its local box (size cubes about its centre, in its own axes) transformed by its world matrix. */
export function blockWorldBox(size: Vector3I, gridSize: number, world: MatrixD): BoundingBoxD {
  const h = new Vector3D((size.X * gridSize) / 2, (size.Y * gridSize) / 2, (size.Z * gridSize) / 2);
  return new BoundingBoxD(Vector3D.Negate(h), h).TransformFast(world);
}

/** The bounding sphere of a world box. */
export function boxSphere(box: BoundingBoxD): BoundingSphereD {
  return BoundingSphereD.CreateFromBoundingBox(box);
}

/** Math.Round (halves to even), as .NET. */
function roundEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

export function worldToGridInteger(p: Vector3D, gridSize: number, grid: MatrixD): Vector3I {
  const l = Vector3D.Transform(p, MatrixD.Invert(grid));
  return new Vector3I(roundEven(l.X / gridSize), roundEven(l.Y / gridSize), roundEven(l.Z / gridSize));
}

export function gridIntegerToWorld(c: Vector3I, gridSize: number, grid: MatrixD): Vector3D {
  return Vector3D.Transform(new Vector3D(c.X * gridSize, c.Y * gridSize, c.Z * gridSize), grid);
}

// Where grids and blocks are (issue 11: entity geometry from scenario values, no physics).
// A grid has a world position, a forward/up orientation and a cube size; a block has a cell in its
// grid and an orientation (Base6 directions). Every block is one cube (Min = Max = Position): the
// game's multi-cube block sizes are not in the reference. From these, as the game computes them:
// grid WorldMatrix = MatrixD.CreateWorld(position, forward, up); a block's WorldMatrix =
// CreateWorld(Position * GridSize, Base6 forward, Base6 up) * grid WorldMatrix; GetPosition() its
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
export function blockGeometry(spec: BlockGeometrySpec): { cell: Vector3I; orientation: MyBlockOrientation } {
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
  return { cell: new Vector3I(p[0], p[1], p[2]), orientation };
}

/** A block's world matrix: its cube's local matrix in the grid, then the grid's. */
export function blockWorldMatrix(cell: Vector3I, o: MyBlockOrientation, gridSize: number, grid: MatrixD): MatrixD {
  const local = MatrixD.CreateWorld(
    new Vector3D(cell.X * gridSize, cell.Y * gridSize, cell.Z * gridSize),
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

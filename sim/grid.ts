// Grids and the mechanical joints between them. A *construct* in SE is a set of grids joined by
// rotors, hinges and pistons ("mechanical group"); connectors join constructs into a *connected*
// group without merging them (see topology.ts).
import { Vector3I, type BoundingBoxD, type BoundingSphereD, type IMyCubeGrid, type MatrixD, type MyCubeSize, type Vector3D } from "pbts/se";
import type { World } from "./world.ts";
import { fillUnmodelled } from "./blocks/unmodelled.ts";
import { GridGeometry, boxSphere, cellsWorldBox, gridIntegerToWorld, worldToGridInteger, type GridGeometrySpec } from "./blocks/geometry.ts";

export type Vec3 = [number, number, number];

export interface SimGrid extends IMyCubeGrid {}
export class SimGrid implements IMyCubeGrid {
  readonly interfaces: ReadonlySet<string> = new Set(["IMyEntity", "IMyCubeGrid"]);
  readonly EntityId: number;
  CustomName: string;
  readonly IsStatic: boolean;
  /** Position in metres; only antenna range uses it. */
  position: Vec3;
  /** Grid-wide power (batteries/reactors): false unpowers every block on the grid. */
  powered = true;
  constructor(
    private readonly world: World,
    readonly key: string,
    entityId: number,
    opts: { isStatic?: boolean; position?: Vec3 } & GridGeometrySpec,
  ) {
    this.EntityId = entityId;
    this.CustomName = key;
    this.IsStatic = opts.isStatic ?? false;
    fillUnmodelled(this, this.interfaces);
    this.position = opts.position ? [...opts.position] : [0, 0, 0];
    this.geometry = new GridGeometry(opts);
  }
  /** Orientation and cube size (sim/blocks/geometry.ts); `position` is the world position. */
  readonly geometry: GridGeometry;
  get GridSize(): number {
    return this.geometry.size;
  }
  get GridSizeEnum(): MyCubeSize {
    return this.geometry.sizeEnum;
  }
  get WorldMatrix(): MatrixD {
    return this.geometry.worldMatrix(this.position);
  }
  GetPosition(): Vector3D {
    return this.WorldMatrix.Translation;
  }
  GridIntegerToWorld(gridCoords: Vector3I): Vector3D {
    return gridIntegerToWorld(gridCoords, this.GridSize, this.WorldMatrix);
  }
  WorldToGridInteger(coords: Vector3D): Vector3I {
    return worldToGridInteger(coords, this.GridSize, this.WorldMatrix);
  }
  /** The cells of the grid's blocks that still exist (one cube each). */
  private cells(): Vector3I[] {
    return this.world.blocks.filter((b) => b.grid === this && !b.Closed).map((b) => b.Position);
  }
  CubeExists(pos: Vector3I): boolean {
    return this.cells().some((c) => c.X === pos.X && c.Y === pos.Y && c.Z === pos.Z);
  }
  /** The smallest and largest cell of the grid's blocks (zero for a grid without blocks). */
  get Min(): Vector3I {
    const c = this.cells();
    return c.length === 0 ? Vector3I.Zero : c.reduce((a, b) => Vector3I.Min(a, b));
  }
  get Max(): Vector3I {
    const c = this.cells();
    return c.length === 0 ? Vector3I.Zero : c.reduce((a, b) => Vector3I.Max(a, b));
  }
  get WorldAABB(): BoundingBoxD {
    return cellsWorldBox(this.Min, this.Max, this.GridSize, this.WorldMatrix);
  }
  get WorldAABBHr(): BoundingBoxD {
    return this.WorldAABB;
  }
  get WorldVolume(): BoundingSphereD {
    return boxSphere(this.WorldAABB);
  }
  get WorldVolumeHr(): BoundingSphereD {
    return this.WorldVolume;
  }
  get Closed(): boolean {
    return false; // grids are never removed in the simulator; their blocks are
  }
  get DisplayName(): string {
    return this.CustomName;
  }
  IsSameConstructAs(other: IMyCubeGrid): boolean {
    return other instanceof SimGrid && this.world.topology().sameConstruct(this, other);
  }
}

/** A rotor, hinge or piston joining two grids into one construct while attached. */
export interface Joint {
  key: string;
  kind: "rotor" | "hinge" | "piston";
  a: SimGrid;
  b: SimGrid;
  attached: boolean;
}

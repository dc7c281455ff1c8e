// Grids and the mechanical joints between them. A *construct* in SE is a set of grids joined by
// rotors, hinges and pistons ("mechanical group"); connectors join constructs into a *connected*
// group without merging them (see topology.ts).
import { Vector3, Vector3I, type BoundingBoxD, type BoundingSphereD, type IMyCubeGrid, type IMySlimBlock, type MatrixD, type MyCubeSize, type Vector3D } from "pbts/se";
import type { World } from "./world.ts";
import { SimSlimBlock } from "./blocks/slim-block.ts";
import type { SimBlock } from "./blocks/block.ts";
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
  /**
   * Linear velocity in m/s (world), a scenario fact (`linearVelocity`, and `move` events): no physics,
   * the position does not follow it. Float components, as the game's Vector3.
   */
  velocity: Vec3 = [0, 0, 0];
  /** Grid-wide power (batteries/reactors): false unpowers every block on the grid. */
  powered = true;
  constructor(
    private readonly world: World,
    readonly key: string,
    entityId: number,
    opts: { isStatic?: boolean; position?: Vec3; linearVelocity?: Vec3 } & GridGeometrySpec,
  ) {
    this.EntityId = entityId;
    this.CustomName = key;
    this.IsStatic = opts.isStatic ?? false;
    fillUnmodelled(this, this.interfaces);
    this.position = opts.position ? [...opts.position] : [0, 0, 0];
    if (opts.linearVelocity !== undefined) this.velocity = gridVelocity(opts.linearVelocity);
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
  /** IMyCubeGrid.LinearVelocity (Vector3): the scenario's velocity. */
  get LinearVelocity(): Vector3 {
    return new Vector3(this.velocity[0], this.velocity[1], this.velocity[2]);
  }
  /** IMyCubeGrid.Speed: |LinearVelocity| (float, as the game's Vector3.Length()). */
  get Speed(): number {
    return this.LinearVelocity.Length();
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
  /** The grid's blocks that still exist. */
  private liveBlocks() {
    return this.world.blocks.filter((b) => b.grid === this && !b.Closed);
  }
  /** A cube of one of the grid's blocks is at `pos` (a multi-cube block fills Min..Max). */
  CubeExists(pos: Vector3I): boolean {
    return this.liveBlocks().some((b) => {
      const lo = b.Min;
      const hi = b.Max;
      return pos.X >= lo.X && pos.X <= hi.X && pos.Y >= lo.Y && pos.Y <= hi.Y && pos.Z >= lo.Z && pos.Z <= hi.Z;
    });
  }
  private readonly slims = new WeakMap<SimBlock, SimSlimBlock>();
  /** The slim block of the block at `pos` (one object per block, as the game's), or null when no block is there. */
  GetCubeBlock(pos: Vector3I): IMySlimBlock | null {
    const b = this.liveBlocks().find((x) => {
      const lo = x.Min;
      const hi = x.Max;
      return pos.X >= lo.X && pos.X <= hi.X && pos.Y >= lo.Y && pos.Y <= hi.Y && pos.Z >= lo.Z && pos.Z <= hi.Z;
    });
    if (!b) return null; // an empty cell, as the game's
    let s = this.slims.get(b);
    if (!s) this.slims.set(b, (s = new SimSlimBlock(b)));
    return s;
  }
  /** The smallest and largest cell of the grid's blocks (zero for a grid without blocks). */
  get Min(): Vector3I {
    const bs = this.liveBlocks();
    return bs.length === 0 ? Vector3I.Zero : bs.map((b) => b.Min).reduce((a, b) => Vector3I.Min(a, b));
  }
  get Max(): Vector3I {
    const bs = this.liveBlocks();
    return bs.length === 0 ? Vector3I.Zero : bs.map((b) => b.Max).reduce((a, b) => Vector3I.Max(a, b));
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

/** A scenario's grid velocity `[x, y, z]` (m/s) as floats; a clear error otherwise. */
export function gridVelocity(v: unknown): Vec3 {
  if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === "number" && Number.isFinite(x))) {
    throw new Error(`"linearVelocity" must be [x, y, z] in m/s (finite numbers), got ${JSON.stringify(v)}`);
  }
  return [Math.fround(v[0]), Math.fround(v[1]), Math.fround(v[2])];
}

// Grids and the mechanical joints between them. A *construct* in SE is a set of grids joined by
// rotors, hinges and pistons ("mechanical group"); connectors join constructs into a *connected*
// group without merging them (see topology.ts).
import type { IMyCubeGrid } from "pbts/se";
import type { World } from "./world.ts";
import { fillUnmodelled } from "./blocks/unmodelled.ts";

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
    opts: { isStatic?: boolean; position?: Vec3 },
  ) {
    this.EntityId = entityId;
    this.CustomName = key;
    this.IsStatic = opts.isStatic ?? false;
    fillUnmodelled(this, this.interfaces);
    this.position = opts.position ? [...opts.position] : [0, 0, 0];
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

// The top part of a mechanical block (a rotor's head, a hinge's head, a piston's top, a wheel), as the
// game has it: a cube block of its own (IMyAttachableTopBlock, not a terminal block: GridTerminalSystem
// never lists it) on its own grid, the `b` grid of the scenario joint named as the mechanical block
// (`"joints": [{ "name": "Rotor", "a": "Ship", "b": "Turret" }]`). While the joint is attached the
// base's Top is this part and TopGrid its grid, and the part's Base is the base; detached (Detach(),
// the `detach` event) both sides read null and IsAttached false; Attach() joins the same part again.
// A mechanical block without a joint has no top (Top and TopGrid null, as a rotor built without a head).
import type { IMyAttachableTopBlock, IMyCubeGrid, IMyMechanicalConnectionBlock } from "pbts/se";
import type { Joint } from "../grid.ts";
import type { World } from "../world.ts";
import { SimBlock } from "./block.ts";
import { BLOCK_KINDS } from "./kinds.generated.ts";
import { fillUnmodelled } from "./unmodelled.ts";

/** The top part's interface and terminal.dat-style definition per base kind (a pbts naming: the reference has no top parts). */
const TOP_OF: Record<string, { iface: string; typeId: string; subtype: (s: string) => string }> = {
  MotorStator: { iface: "IMyMotorRotor", typeId: "MotorRotor", subtype: (s) => s.replace("Stator", "Rotor") },
  MotorAdvancedStator: { iface: "IMyMotorAdvancedRotor", typeId: "MotorAdvancedRotor", subtype: (s) => (s.includes("Hinge") ? `${s}Head` : s.replace("Stator", "Rotor")) },
  ExtendedPistonBase: { iface: "IMyPistonTop", typeId: "PistonTop", subtype: (s) => s.replace("Base", "Top") },
  MotorSuspension: { iface: "IMyWheel", typeId: "Wheel", subtype: (s) => s.replace("Suspension", "Wheel") },
};

export interface SimTopBlock extends IMyAttachableTopBlock {}
export class SimTopBlock extends SimBlock {
  readonly interfaces: ReadonlySet<string>;
  readonly DefinitionDisplayNameText: string;
  /** The part's interface (IMyMotorRotor, IMyMotorAdvancedRotor, IMyPistonTop, IMyWheel): the C# engine's proxy. */
  readonly topInterface: string;
  private readonly typeId: string;
  constructor(world: World, readonly joint: Joint, readonly base: SimBlock, entityId: number) {
    super(world, `${base.key} (top)`, joint.b, entityId, { name: `${base.key} (top)`, owner: base.OwnerId });
    const top = TOP_OF[base.terminalKind()] ?? TOP_OF.MotorStator!;
    this.topInterface = top.iface;
    this.typeId = top.typeId;
    this.definitionSubtype = top.subtype(base.definitionSubtype);
    this.DefinitionDisplayNameText = top.typeId;
    // a hinge head and a wheel are rotor heads too (IMyMotorAdvancedRotor, IMyWheel: IMyMotorRotor)
    const rotorHead = top.iface === "IMyPistonTop" ? [] : ["IMyMotorRotor"];
    this.interfaces = new Set(["IMyEntity", "IMyCubeBlock", "IMyAttachableTopBlock", ...rotorHead, top.iface]);
    this.terminalDef = BLOCK_KINDS.TerminalBlock!;
    fillUnmodelled(this, this.interfaces);
  }
  override terminalKind(): string {
    return this.typeId;
  }
  /** Attached: the joint joins it to a base that still exists. */
  get IsAttached(): boolean {
    return this.joint.attached && !this.base.destroyed;
  }
  get Base(): IMyMechanicalConnectionBlock | null {
    return this.IsAttached ? (this.base as unknown as IMyMechanicalConnectionBlock) : null;
  }
  // A top part has no terminal: it is never in GridTerminalSystem, and its name is its definition's.
  override get DisplayName(): string {
    return this.DefinitionDisplayNameText;
  }
  override get Name(): string {
    return String(this.EntityId);
  }
  override get DisplayNameText(): string {
    return this.DefinitionDisplayNameText;
  }
  override get IsWorking(): boolean {
    return this.IsFunctional;
  }
}

const tops = new WeakMap<Joint, SimTopBlock>();

/** The joint named as the mechanical block `b`, or null. */
export function jointOf(world: World, b: SimBlock): Joint | null {
  return world.joints.find((j) => j.key === b.key) ?? null;
}

/** The top part of `b`'s joint (made on first use; its EntityId is drawn then), or null without a joint. */
export function topPartOf(world: World, b: SimBlock): SimTopBlock | null {
  const j = jointOf(world, b);
  if (!j) return null;
  let t = tops.get(j);
  if (!t) tops.set(j, (t = new SimTopBlock(world, j, b, world.sim.ids.allocate())));
  return t;
}

/** IMyMechanicalConnectionBlock.Top: the attached top part, else null. */
export function attachedTop(world: World, b: SimBlock): SimTopBlock | null {
  const t = topPartOf(world, b);
  return t && t.IsAttached ? t : null;
}

/** IMyMechanicalConnectionBlock.TopGrid: the attached top part's grid, else null. */
export function attachedTopGrid(world: World, b: SimBlock): IMyCubeGrid | null {
  const j = jointOf(world, b);
  return j && j.attached && !b.destroyed ? j.b : null;
}

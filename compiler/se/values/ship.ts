// Sandbox.ModAPI.Ingame.MyShipMass and MyShipVelocities: what a ship controller reports
// (CalculateShipMass, GetShipVelocities). Structs in C#: readonly here, built by the constructor.
import type { float } from "../prelude.ts";
import { Vector3D } from "./vector3d.ts";

export class MyShipMass {
  /** The grid's mass without cargo, in kg. */
  readonly BaseMass: float;
  /** With cargo (the inventory multiplier applied). */
  readonly TotalMass: float;
  /** What the physics sees (0 for a static grid). */
  readonly PhysicalMass: float;
  /** With no argument, C#'s all-zero struct. */
  constructor(mass?: float, totalMass?: float, physicalMass?: float) {
    this.BaseMass = Math.fround(mass ?? 0);
    this.TotalMass = Math.fround(totalMass ?? 0);
    this.PhysicalMass = Math.fround(physicalMass ?? 0);
  }
}

export class MyShipVelocities {
  /** m/s, world axes. */
  readonly LinearVelocity: Vector3D;
  /** rad/s, world axes. */
  readonly AngularVelocity: Vector3D;
  /** With no argument, C#'s all-zero struct. */
  constructor(linearVelocity?: Vector3D, angularVelocity?: Vector3D) {
    this.LinearVelocity = linearVelocity ?? Vector3D.Zero;
    this.AngularVelocity = angularVelocity ?? Vector3D.Zero;
  }
}

// A rotor's and a piston's top parts under both engines (test/engine/scenarios/top-part.json): Top,
// TopGrid and the part's Base while attached, null after Detach(), the same part after Attach();
// a turret controller's rotor set by the script; thrust direction in the cockpit's frame.
import { IMyMechanicalConnectionBlock, IMyMotorRotor, IMyMotorStator, IMyPistonTop, IMyThrust, IMyTurretControlBlock, MyGridProgram } from "pbts/se";

export class Program extends MyGridProgram {
  private show(name: string): string {
    const b = this.GridTerminalSystem.GetBlockWithName(name);
    if (!(b instanceof IMyMechanicalConnectionBlock)) return `${name}: none`;
    const top = b.Top;
    const grid = b.TopGrid;
    if (top === null) return `${name}: attached ${b.IsAttached} top null grid ${grid === null ? "null" : grid.CustomName}`;
    const base = top.Base;
    return `${name}: attached ${b.IsAttached} top ${top.BlockDefinition.ToString()} rotor ${top instanceof IMyMotorRotor} pistonTop ${top instanceof IMyPistonTop} grid ${grid === null ? "null" : grid.CustomName} on ${top.CubeGrid.CustomName} base ${base === null ? "null" : base.CustomName} ${top.IsAttached} n ${b.NumberInGrid}`;
  }
  Main(argument: string): void {
    const rotor = this.GridTerminalSystem.GetBlockWithName("Rotor");
    const piston = this.GridTerminalSystem.GetBlockWithName("Piston");
    if (!(rotor instanceof IMyMechanicalConnectionBlock) || !(piston instanceof IMyMechanicalConnectionBlock)) return;
    if (argument === "detach") rotor.Detach();
    if (argument === "attach") rotor.Attach();
    this.Echo(`${argument}: ${this.show("Rotor")}; ${this.show("Piston")}`);
    const turret = this.GridTerminalSystem.GetBlockWithName("Turret Control");
    if (argument === "attach" && turret instanceof IMyTurretControlBlock && rotor instanceof IMyMotorStator) {
      const before = turret.AzimuthRotor;
      turret.AzimuthRotor = rotor;
      const after = turret.AzimuthRotor;
      this.Echo(`turret azimuth ${before === null ? "null" : before.CustomName} -> ${after === null ? "null" : after.CustomName}`);
    }
    const thrust = this.GridTerminalSystem.GetBlockWithName("Thruster");
    if (thrust instanceof IMyThrust) {
      const d = thrust.GridThrustDirection;
      this.Echo(`thrust ${d.X},${d.Y},${d.Z}`);
    }
  }
}

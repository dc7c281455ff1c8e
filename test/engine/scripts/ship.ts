// Ship controllers and value-typed properties under both engines (test/engine/scenarios/ship.json):
// position, velocities, gravity and mass come from the scenario ("properties" and "set" events); a
// light's Color through the API and its terminal property; a gravity generator's FieldSize.
import { Color, IMyGravityGenerator, IMyInteriorLight, IMyShipController, MyGridProgram, UpdateFrequency, Vector3, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private runs: int = 0;
  private readonly controllers: IMyShipController[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(): void {
    this.runs++;
    this.GridTerminalSystem.GetBlocksOfType(IMyShipController, this.controllers);
    for (const c of this.controllers) {
      const p = c.GetPosition();
      const v = c.GetShipVelocities();
      const g = c.GetTotalGravity();
      const m = c.CalculateShipMass();
      const com = c.CenterOfMass;
      this.Echo(`${c.CustomName}: at ${p.X},${p.Y},${p.Z} com ${com.Z} speed ${c.GetShipSpeed()} lin ${v.LinearVelocity.X} ang ${v.AngularVelocity.Y} natural ${c.GetNaturalGravity().Y} total ${g.Y} mass ${m.BaseMass}/${m.TotalMass}/${m.PhysicalMass} move ${c.MoveIndicator.Z} roll ${c.RollIndicator}`);
    }
    const light = this.GridTerminalSystem.GetBlockWithName("Light");
    const gen = this.GridTerminalSystem.GetBlockWithName("Gravity");
    if (light instanceof IMyInteriorLight && gen instanceof IMyGravityGenerator) {
      if (this.runs === 1) {
        light.Color = new Color(255, 128, 0);
        gen.FieldSize = new Vector3(10, 20, 30);
      } else if (this.runs === 2) {
        light.SetValueColor("Color", new Color(0, 0, 255, 128));
      }
      const c = light.GetValueColor("Color");
      this.Echo(`light ${light.Color.R},${light.Color.G},${light.Color.B},${light.Color.A} terminal ${c.B} field ${gen.FieldSize.Y}`);
    }
  }
}

import { describe, expect, it } from "vitest";
import { MyGridProgram, UpdateFrequency, UpdateType } from "pbts/se";
import { Simulation } from "pbts/sim";

class Counter extends MyGridProgram {
  n = 0;
  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }
  Main(argument: string, updateSource: UpdateType): void {
    this.n++;
    this.Echo(`n=${this.n} ${argument} ${updateSource}`);
  }
}

describe("smoke", () => {
  it("runs a counter", () => {
    const sim = new Simulation({ seed: 1, phases: "zero" });
    sim.addGrid({ name: "G" });
    sim.addProgrammableBlock("G", { name: "PB", script: Counter });
    sim.start().runTicks(30);
    const runs = sim.trace.ofKind("run");
    expect(runs.map((r) => r.tick)).toEqual([10, 20, 30]);
    expect(runs[2]!.data.echo).toBe("n=3  64\n");
  });
});

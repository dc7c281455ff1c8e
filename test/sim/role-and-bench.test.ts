import { describe, expect, it } from "vitest";
import { UpdateFrequency } from "pbts/se";
import { script, sim1 } from "./helpers.ts";

describe("role hook", () => {
  it("reads `__pbtsRole` when the script sets it, else the last 'role: x' Echo line; traces changes only", () => {
    const sim = sim1();
    let n = 0;
    sim.addProgrammableBlock("G", {
      name: "ByField",
      script: script({
        init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1),
        main: (p) => {
          n++;
          p.__pbtsRole = n < 3 ? "standby" : "active";
          p.Echo("Role: ignored-when-field-is-set");
        },
      }),
    });
    let m = 0;
    sim.addProgrammableBlock("G", {
      name: "ByEcho",
      script: script({
        init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1),
        main: (p) => {
          m++;
          p.Echo("status line");
          p.Echo(m < 2 ? "Role: standby" : "role = active");
        },
      }),
    });
    sim.at(5, { kind: "throw", block: "ByEcho" });
    sim.start().runTicks(5);
    expect(sim.trace.forBlock("ByField", "role").map((e) => [e.tick, e.data.role])).toEqual([
      [1, "standby"],
      [3, "active"],
    ]);
    expect(sim.trace.forBlock("ByEcho", "role").map((e) => [e.tick, e.data.role])).toEqual([
      [1, "standby"],
      [2, "active"],
      [5, ""], // a terminated script has no role
    ]);
  });
});

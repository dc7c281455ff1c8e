import { describe, expect, it } from "vitest";
import { TimeSpan, UpdateFrequency, UpdateType, type IMyProgrammableBlock } from "pbts/se";
import { Simulation, TIMESPAN_TICKS_PER_GAME_TICK, dueUpdateType } from "pbts/sim";
import { runs, script, sim1 } from "./helpers.ts";

describe("scheduling", () => {
  it("combines due Update1/10/100 and Once into one run per tick with the matching flags", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1 | UpdateFrequency.Update10 | UpdateFrequency.Update100 | UpdateFrequency.Once) }),
    });
    sim.start().runTicks(200);
    const r = runs(sim, "PB");
    expect(r.length).toBe(200); // one run per tick, never two
    expect(r[0]!.data.updateType).toBe(UpdateType.Update1 | UpdateType.Once);
    expect(r[1]!.data.updateType).toBe(UpdateType.Update1);
    expect(r.find((e) => e.tick === 10)!.data.updateType).toBe(UpdateType.Update1 | UpdateType.Update10);
    expect(r.find((e) => e.tick === 100)!.data.updateType).toBe(UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100);
    expect(r.find((e) => e.tick === 100)!.data.flags).toBe("Update1|Update10|Update100");
    expect(r.filter((e) => (e.data.updateType as number) & UpdateType.Once).length).toBe(1);
  });

  it("clears Once after it ran; Main may set it again", () => {
    const sim = sim1();
    let left = 3;
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Once),
        main: (p) => {
          if (--left > 0) p.Runtime.UpdateFrequency = UpdateFrequency.Once;
          p.Echo(`freq=${p.Runtime.UpdateFrequency}`);
        },
      }),
    });
    sim.start().runTicks(20);
    const r = runs(sim, "PB");
    expect(r.map((e) => e.tick)).toEqual([1, 2, 3]);
    expect(r.every((e) => e.data.updateType === UpdateType.Once)).toBe(true);
    expect(r[0]!.data.echo).toBe("freq=8\n"); // set again inside Main
    expect(r[2]!.data.echo).toBe("freq=0\n"); // cleared before Main, not set again
    expect(sim.pb("PB").runtime.UpdateFrequency).toBe(UpdateFrequency.None);
  });

  it("gives each block an Update10/Update100 phase drawn from the seed", () => {
    const sim = new Simulation({ seed: 42 });
    sim.addGrid({ name: "G" });
    const s = script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update10 | UpdateFrequency.Update100) });
    for (let i = 0; i < 8; i++) sim.addProgrammableBlock("G", { name: `PB${i}`, script: s });
    sim.start().runTicks(300);
    const phases10 = new Set<number>();
    for (const pb of sim.world.pbs) {
      const r = runs(sim, pb.key);
      const expected: number[] = [];
      for (let t = 1; t <= 300; t++) if (t % 10 === pb.phase10 || t % 100 === pb.phase100) expected.push(t);
      expect(r.map((e) => e.tick)).toEqual(expected); // one run per due tick, flags OR-ed
      for (const e of r) {
        expect(((e.data.updateType as number) & UpdateType.Update10) !== 0).toBe(e.tick % 10 === pb.phase10);
        expect(((e.data.updateType as number) & UpdateType.Update100) !== 0).toBe(e.tick % 100 === pb.phase100);
      }
      phases10.add(pb.phase10);
    }
    expect(phases10.size).toBeGreaterThan(1); // not aligned to a global tick
  });

  it("honours a fixed phase and computes due flags", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "PB", phase10: 3, script: script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update10) }) });
    sim.start().runTicks(25);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([3, 13, 23]);
    expect(dueUpdateType(UpdateFrequency.Update10 | UpdateFrequency.Update100, 205, 5, 5)).toBe(UpdateType.Update10 | UpdateType.Update100);
    expect(dueUpdateType(UpdateFrequency.Update10, 204, 5, 5)).toBe(0);
  });

  it("TimeSinceLastRun counts game ticks x 166,666 and keeps growing while the block is off", () => {
    const sim = sim1();
    const seen: number[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update10),
        main: (p) => seen.push((p.Runtime.TimeSinceLastRun as TimeSpan).Ticks),
      }),
    });
    sim.at(25, { kind: "turn-off", block: "PB" }).at(75, { kind: "turn-on", block: "PB" });
    sim.start().runTicks(90);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([10, 20, 80, 90]);
    expect(seen).toEqual([10, 10, 60, 10].map((t) => t * TIMESPAN_TICKS_PER_GAME_TICK));
  });

  it("LastRunTimeMs is a deterministic model (fixed cost per run)", () => {
    const sim = sim1({ lastRunTimeMs: 0.25 });
    const seen: number[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1), main: (p) => seen.push(p.Runtime.LastRunTimeMs) }),
    });
    sim.start().runTicks(3);
    expect(seen).toEqual([0, 0.25, 0.25]);
  });

  it("the UpdateFrequency setter rejects unsupported flags", () => {
    const sim = sim1();
    const errors: string[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => {
          for (const bad of [16, 255, -1, 1.5]) {
            try {
              p.Runtime.UpdateFrequency = bad;
            } catch (e) {
              errors.push((e as Error).message);
            }
          }
          p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
        },
      }),
    });
    sim.start().runTicks(1);
    expect(errors).toEqual(Array(4).fill("Unsupported flags in UpdateFrequency"));
    expect(runs(sim, "PB").length).toBe(1);
  });

  it("does not run a block that is not working; Once stays pending until it works again", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "PB", script: script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Once) }) });
    sim.at(0, { kind: "turn-off", block: "PB" }).at(50, { kind: "turn-on", block: "PB" });
    sim.start().runTicks(60);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([50]);
  });

  it("runs from Terminal, Trigger (actions) and Script (TryRun), with the argument", () => {
    const sim = sim1();
    const seen: string[] = [];
    const tryRuns: boolean[] = [];
    sim.addProgrammableBlock("G", {
      name: "A",
      argument: "from-field",
      script: script({
        main: (p, arg, type) => {
          seen.push(`A:${arg}:${type}`);
          const b = p.GridTerminalSystem.GetBlockWithName("B") as IMyProgrammableBlock;
          if (arg === "call") {
            tryRuns.push(b.TryRun("hello"));
            tryRuns.push(p.Me.TryRun("self")); // already running
          }
          if (arg === "no-script") tryRuns.push((p.GridTerminalSystem.GetBlockWithName("Empty") as IMyProgrammableBlock).TryRun("x"));
        },
      }),
    });
    sim.addProgrammableBlock("G", { name: "B", script: script({ main: (_p, arg, type) => seen.push(`B:${arg}:${type}`) }) });
    sim.addProgrammableBlock("G", { name: "Empty" }); // no script instance
    sim.at(1, { kind: "run", block: "A", argument: "x" });
    sim.at(2, { kind: "run", block: "A", source: "trigger", argument: "y" });
    sim.at(3, { kind: "run", block: "A" });
    sim.at(4, { kind: "run", block: "A", argument: "call" });
    sim.at(5, { kind: "turn-off", block: "B" });
    sim.at(6, { kind: "run", block: "A", argument: "call" });
    sim.at(7, { kind: "run", block: "A", argument: "no-script" });
    sim.start().runTicks(7);
    expect(seen).toEqual([
      `A:x:${UpdateType.Terminal}`,
      `A:y:${UpdateType.Trigger}`,
      `A:from-field:${UpdateType.Terminal}`,
      `A:call:${UpdateType.Terminal}`,
      `B:hello:${UpdateType.Script}`,
      `A:call:${UpdateType.Terminal}`,
      `A:no-script:${UpdateType.Terminal}`,
    ]);
    expect(tryRuns).toEqual([true, false, false, false, false]);
  });
});

import { describe, expect, it } from "vitest";
import { UpdateFrequency } from "pbts/se";
import { MAX_ENTITY_ID, MIN_ENTITY_ID, Simulation } from "pbts/sim";
import { script } from "./helpers.ts";

/** A busy world: 4 PBs chatting over IGC at seeded phases, shuffled order, random faults, message loss. */
function busyWorld(seed: number): Simulation {
  const sim = new Simulation({ seed, runOrder: "shuffled" });
  sim.addGrid({ name: "G" });
  const chatter = script({
    init: (p) => {
      p.l = p.IGC.RegisterBroadcastListener("chat");
      p.l.SetMessageCallback("chat");
      p.heard = 0;
      p.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    },
    main: (p, arg) => {
      while (p.l.HasPendingMessage) {
        p.l.AcceptMessage();
        p.heard++;
      }
      if (arg === "") p.IGC.SendBroadcastMessage("chat", p.Me.CustomName);
      p.Echo(`heard ${p.heard}`);
    },
  });
  for (let i = 0; i < 4; i++) sim.addProgrammableBlock("G", { name: `PB${i}`, script: chatter });
  sim.at(0, { kind: "message-loss", probability: 0.3 });
  sim.setRandomFaults({ count: 4, kinds: ["turn-off", "throw", "damage", "lag"] }, 500);
  return sim;
}

describe("determinism", () => {
  it("same seed, same scenario: the same trace, event for event", () => {
    const a = busyWorld(7).start().runTicks(600).trace.events;
    const b = busyWorld(7).start().runTicks(600).trace.events;
    expect(a.length).toBeGreaterThan(200);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("different seeds differ where randomness is used (ids, phases, loss, faults, order)", () => {
    const a = busyWorld(7).start().runTicks(600);
    const b = busyWorld(8).start().runTicks(600);
    expect(a.world.pbs.map((p) => p.EntityId)).not.toEqual(b.world.pbs.map((p) => p.EntityId));
    expect(a.world.pbs.map((p) => p.phase10)).not.toEqual(b.world.pbs.map((p) => p.phase10));
    const faults = (s: Simulation) => JSON.stringify(s.trace.ofKind("fault").filter((e) => e.data.random));
    expect(faults(a)).not.toBe(faults(b));
    const lost = (s: Simulation) => s.trace.ofKind("igc-drop").filter((e) => e.data.reason === "lost").length;
    expect(lost(a)).toBeGreaterThan(0);
    expect(JSON.stringify(a.trace.events)).not.toBe(JSON.stringify(b.trace.events));
  });

  it("EntityIds are unique safe integers in [2^52, 2^53)", () => {
    const sim = new Simulation({ seed: 123 });
    sim.addGrid({ name: "G" });
    for (let i = 0; i < 200; i++) sim.addBlock("G", { type: "text-panel", name: `L${i}` });
    const ids = sim.world.blocks.map((b) => b.EntityId).concat(sim.world.grids.map((g) => g.EntityId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(Number.isSafeInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(MIN_ENTITY_ID);
      expect(id).toBeLessThanOrEqual(MAX_ENTITY_ID);
    }
    expect(MAX_ENTITY_ID).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("a fixed EntityId from the scenario is kept; adding faults does not change ids or phases", () => {
    const build = (withFault: boolean) => {
      const sim = new Simulation({ seed: 9 });
      sim.addGrid({ name: "G" });
      sim.addProgrammableBlock("G", { name: "A", entityId: 1000 });
      sim.addProgrammableBlock("G", { name: "B" });
      if (withFault) sim.setRandomFaults({ count: 3 }, 100);
      sim.start();
      return sim.world.pbs.map((p) => [p.EntityId, p.phase10, p.phase100]);
    };
    expect(build(false)[0]![0]).toBe(1000);
    expect(build(true)).toEqual(build(false));
  });
});

// The docking board example (mixins/examples/dock-ship.ts and dock-base.ts, scenario
// test/examples/scenarios/dock.json), judged from the trace: what the ship broadcast (igc-send), what
// reached the base (igc-deliver, igc-drop), the acknowledgements back, and the board's LCD text.
// Its payload is a MyTuple<string, string, bool, Vector3D>: the C# engine carries it with its exact
// type (compiler/csharp/host/Wire.cs "N"), so `msg.As<MyTuple<...>>()` unboxes on both engines.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { failures, loadExample, noMono, run, sameOnBothEngines, texts } from "./helpers.ts";

const S = 60; // ticks a second

function sends(events: TraceEvent[]): { tick: number; status: string; docked: boolean }[] {
  return events
    .filter((e) => e.kind === "igc-send" && e.block === "PB Ship" && e.data.tag === "DOCK")
    .map((e) => {
      const d = e.data.data as { Item2: string; Item3: boolean };
      return { tick: e.tick, status: d.Item2, docked: d.Item3 };
    });
}

describe("docking board example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("dock", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("the ship broadcasts each change of its connector and merge block, in the scenario's order", () => {
    const changesSeen: string[] = [];
    for (const s of sends(events)) if (changesSeen[changesSeen.length - 1] !== s.status) changesSeen.push(s.status);
    // "ready to lock" only while the ship's connector faces the station's (2.5 m apart), "free" away from it
    expect(changesSeen).toEqual(["docked to Station", "ready to lock", "ready to lock, merged", "ready to lock", "free", "ready to lock", "docked to Station", "ready to lock", "free"]);
    // each change within one Update10 period of the event that caused it
    for (const at of [10, 20, 25, 30, 45, 50, 58, 60]) expect(sends(events).some((s) => s.tick >= at * S && s.tick <= at * S + 10), `${at} s`).toBe(true);
    expect(sends(events).filter((s) => s.docked).every((s) => s.status.startsWith("docked"))).toBe(true);
  });

  it("the board shows every delivered status with the ship's distance; out of range nothing arrives", () => {
    const delivered = events.filter((e) => e.kind === "igc-deliver" && e.block === "PB Base");
    const dropped = events.filter((e) => e.kind === "igc-drop" && e.block === "PB Base");
    // between 30 and 45 s the ship (antenna 2 km) is 3 km away: its heartbeat is dropped, unreachable
    expect(dropped.some((e) => e.tick > 30 * S && e.tick < 45 * S && e.data.reason === "unreachable")).toBe(true);
    expect(delivered.some((e) => e.tick > 30 * S + 1 && e.tick < 45 * S)).toBe(false);
    const board = texts(events, "Dock Board");
    expect(board[0]!.text).toBe("DOCKING BOARD\n[D] Miner: docked to Station (3 m)\n");
    expect(board.some((t) => t.text.includes("[ ] Miner: ready to lock, merged (3 m)"))).toBe(true);
  });

  it("every delivered message is acknowledged by unicast, received by the ship", () => {
    const delivered = events.filter((e) => e.kind === "igc-deliver" && e.block === "PB Base" && e.data.tag === "DOCK").length;
    const acks = events.filter((e) => e.kind === "igc-deliver" && e.block === "PB Ship" && e.data.tag === "DOCK_ACK").length;
    expect(delivered).toBeGreaterThan(5);
    expect(acks).toBe(delivered);
  });

  it("gone for 30 s (left at 60 s, out of range), the ship shows as lost", () => {
    const lost = texts(events, "Dock Board").find((t) => t.text.includes("signal lost"));
    expect(lost).toBeDefined();
    const lastHeard = Math.max(...events.filter((e) => e.kind === "igc-deliver" && e.block === "PB Base" && e.data.tag === "DOCK").map((e) => e.tick));
    expect(lost!.tick - lastHeard).toBeGreaterThan(30 * S);
    expect(lost!.tick - lastHeard).toBeLessThanOrEqual(30 * S + 100 + 1); // the base runs every 100 ticks
  });

  sameOnBothEngines(() => scenario, () => events, "the C# engine gives the same trace (the MyTuple payload crosses with its C# type)");
});

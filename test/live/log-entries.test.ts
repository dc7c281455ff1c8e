// The page's trace log when the page falls behind (a loaded machine, a fast speed): the server sends at most
// `max` events of the newest, but a fault, a role change or a command older than them still goes; only periodic
// runs and IGC are skipped. (CI under load once lost the destroy the browser test filters for.)
import { describe, expect, it } from "vitest";
import { logEntries, periodicEvent } from "../../sim/live/view.ts";
import type { TraceEvent } from "../../sim/trace.ts";

const run = (tick: number, flags: string): TraceEvent => ({ tick, block: "PB 1", kind: "run", data: { flags, echo: "" } });
const send = (tick: number): TraceEvent => ({ tick, block: "PB 1", kind: "igc-send", data: { mode: "broadcast", tag: "t", data: "x", distance: "connected" } });

describe("live view: the log's entries", () => {
  it("periodic means Update/Once runs and IGC sends and deliveries; a terminal run, a fault or a role are not", () => {
    expect(periodicEvent(run(1, "Update10"))).toBe(true);
    expect(periodicEvent(run(1, "Once"))).toBe(true);
    expect(periodicEvent(send(1))).toBe(true);
    expect(periodicEvent(run(1, "Terminal"))).toBe(false);
    expect(periodicEvent({ tick: 1, block: "PB 0", kind: "fault", data: { kind: "destroy" } })).toBe(false);
    expect(periodicEvent({ tick: 1, block: "PB 0", kind: "role", data: { role: "active" } })).toBe(false);
  });

  it("a page 2,000 events behind still gets the destroy and the role change among them, and the newest max", () => {
    const events: TraceEvent[] = [run(0, "Update10"), { tick: 1, block: "PB 0", kind: "fault", data: { kind: "destroy" } }];
    for (let t = 2; t < 1000; t++) events.push(run(t, "Update10"), send(t));
    events.push({ tick: 1000, block: "PB 1", kind: "role", data: { role: "active" } });
    for (let t = 1001; t < 1200; t++) events.push(run(t, "Update10"));
    const log = logEntries(events, 0, 300);
    const kinds = log.entries.map((e) => e.kind);
    expect(kinds.filter((k) => k === "fault")).toHaveLength(1);
    expect(kinds.filter((k) => k === "role")).toHaveLength(1);
    expect(log.entries.filter((e) => (e.i as number) >= events.length - 300)).toHaveLength(300);
    expect(log.skipped + log.entries.length).toBe(events.length);
    expect(log.entries.map((e) => e.i)).toEqual([...log.entries.map((e) => e.i as number)].sort((a, b) => a - b));
    expect(log.entries[0]).toMatchObject({ tick: 1, kind: "fault", text: "destroy", periodic: false });
  });

  it("at most max of the older non-periodic events go too", () => {
    const events: TraceEvent[] = [];
    for (let t = 0; t < 1000; t++) events.push({ tick: t, block: "PB 0", kind: "state", data: { status: "working" } });
    const log = logEntries(events, 0, 100);
    expect(log.entries).toHaveLength(200);
    expect(log.skipped).toBe(800);
  });
});

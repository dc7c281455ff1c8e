// The airlock and power scenarios of issue 11 (test/engine/scenarios, also run under both engines by
// test/engine/two-engines.test.ts): the story is read from the trace.
import { describe, expect, it } from "vitest";
import { runScenario } from "pbts/sim";
import type { TraceEvent } from "pbts/sim";

const first = (events: TraceEvent[], block: string, name: string, value: unknown): number => {
  const e = events.find((x) => x.block === block && x.kind === "property" && x.data.name === name && x.data.value === value);
  if (!e) throw new Error(`no property event ${block}.${name} = ${JSON.stringify(value)}`);
  return e.tick;
};

describe("issue 11 scenarios", () => {
  it("airlock: the inner door closes, then the vent depressurizes, then the outer door opens", async () => {
    const { sim } = await runScenario("test/engine/scenarios/airlock.json");
    const ev = sim.trace.events;
    const closing = first(ev, "Inner Door", "Status", "Closing");
    const closed = first(ev, "Inner Door", "Status", "Closed");
    const depress = first(ev, "Airlock Vent", "Depressurize", true);
    const empty = first(ev, "Airlock Vent", "Status", "Depressurized");
    const opening = first(ev, "Outer Door", "Status", "Opening");
    const open = first(ev, "Outer Door", "Status", "Open");
    expect(closing).toBe(60); // the terminal run
    expect(closed - closing).toBe(59); // 1 s door (the run's tick moves the door too)
    expect(depress).toBeGreaterThanOrEqual(closed);
    expect(empty - depress).toBe(180); // 3 s vent
    expect(opening).toBeGreaterThanOrEqual(empty);
    expect(open - opening).toBe(120); // the outer door's rate: 2 s
    const texts = sim.trace.ofKind("text").filter((e) => e.block === "Airlock LCD");
    expect(texts.at(-1)!.data.text).toBe("step 0\ninner open 0%\nvent O2 0%\nouter open true");
  });

  it("power: a battery set low is put on Recharge by the script, charges, and goes back to Auto; the LCD says so", async () => {
    const { sim } = await runScenario("test/engine/scenarios/power.json");
    const ev = sim.trace.events;
    const low = first(ev, "Battery 1", "CurrentStoredPower", 0.6000000238418579);
    expect(low).toBe(150);
    const recharge = first(ev, "Battery 1", "ChargeMode", "Recharge");
    expect(recharge).toBeGreaterThan(low);
    expect(ev.find((e) => e.tick === recharge && e.kind === "property" && e.data.name === "ChargeMode")!.data.by).toBe("PB Power");
    const full = first(ev, "Battery 1", "CurrentStoredPower", 3);
    expect(full).toBeGreaterThan(recharge);
    expect(first(ev, "Battery 1", "ChargeMode", "Auto")).toBeGreaterThan(full);
    const texts = sim.trace.ofKind("text").map((e) => e.data.text as string);
    expect(texts).toContain("Battery 1: 15% recharging +\nBattery 2: 83% auto\n");
    expect(sim.trace.ofKind("property").some((e) => e.block === "Battery 2" && e.data.name === "ChargeMode")).toBe(false);
  });
});

// Round 3 of the new users' trials (test/examples/USER-TRIALS.md): six everyday scripts written the way
// players write them, following only the README, kept with their scenarios in test/examples/trials/.
// Each is judged from the trace (values worked out by hand from its scenario) and runs identically on
// both engines. The seventh script of the round, the assembler queue monitor, is the QueueMonitor example.
import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { loadScenario, type Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, noMono, run, sameOnBothEngines, texts } from "./helpers.ts";

function trial(name: string, body: (events: () => TraceEvent[]) => void): void {
  describe(`trial: ${name}`, () => {
    let scenario: Scenario;
    let events: TraceEvent[];
    beforeAll(async () => {
      scenario = await loadScenario(join(REPO_ROOT, "test/examples/trials", `${name}.json`), noMono === null ? { engine: "cs" } : {});
      events = run(scenario).events;
    });
    it("runs without an exception", () => expect(failures(events)).toEqual([]));
    body(() => events);
    sameOnBothEngines(() => scenario, () => events);
  });
}

// Tanks: H2 (15,000,000 L at 0.8 + 1,000,000 L at 0.1) / 16,000,000 L = 75.6%; O2 95%; at 4 s the big
// tank drops to 0.1: 10.0%, the warning, and the generator goes on (below 50%).
trial("tank-monitor", (events) => {
  it("the LCD's bars and percentages, the low-hydrogen warning and the generator", () => {
    expect(texts(events(), "LCD Tanks")).toEqual([
      { tick: 59, text: "H2 [|||||||||||||||.....] 75.6%\nO2 [|||||||||||||||||||.] 95.0%\ngenerators: off" },
      { tick: 259, text: "H2 [||..................] 10.0%\nO2 [|||||||||||||||||||.] 95.0%\nWARNING: hydrogen low\ngenerators: on" },
    ]);
    expect(changes(events(), "H2/O2 Generator", "Enabled").map((c) => [c.tick, c.value])).toEqual([[59, false], [259, true]]);
  });
});

// Landing gear: Gear 1 is ready at 2 s but the ship does 8 m/s; at 3 s it slows to 1 m/s and Gear 2 is
// ready too: the next Update10 run (tick 188) locks both and zeroes the override. The button unlocks at
// 6 s; the 10 s pause lives in fields, so the reload at 12 s ends it and the gears lock again at 728.
trial("gear-lock", (events) => {
  it("locks the ready gears when slow, unlocks from the button, and (the script's own bug) relocks after a reload", () => {
    for (const g of ["Gear 1", "Gear 2"]) expect(changes(events(), g, "IsLocked").map((c) => [c.tick, c.value, c.by])).toEqual([[188, true, "PB Gear"], [360, false, "PB Gear"], [728, true, "PB Gear"]]);
    expect(changes(events(), "Thruster Up", "ThrustOverridePercentage").map((c) => [c.tick, c.value])).toEqual([[188, 0]]);
  });
});

// Arm: "deploy -speed 5" at 1 s: the hinge turns 30°/s up to its 90° limit (3 s: tick 240), then the rotor
// to 180° (stopped within 1° by the script: tick 611); "stow" at 20 s: the rotor back to 0° (6 s: tick
// 1559), then the hinge down to 0°.
trial("arm-sequencer", (events) => {
  it("hinge out, then rotor; rotor back, then hinge", () => {
    // the angle is traced where a motor stops at a limit: the hinge's 90°; on the way back the script stops
    // it within 1° of 0 (float steps leave it a hair above the limit), the rotor reaches its 0° limit
    expect(changes(events(), "Arm Hinge", "Angle").map((c) => [c.tick, c.value])).toEqual([[240, Math.fround(Math.PI / 2)]]);
    const rpm = (b: string) => changes(events(), b, "TargetVelocityRPM").map((c) => [c.tick, c.value]);
    expect(rpm("Arm Hinge")).toEqual([[60, 5], [241, 0], [1571, -5], [1751, 0]]);
    expect(rpm("Arm Rotor")).toEqual([[251, 5], [611, 0], [1200, -5], [1561, 0]]);
    expect(changes(events(), "Arm Rotor", "Angle").map((c) => [c.tick, c.value])).toEqual([[1559, 0]]);
  });
});

// Build progress: (120 - 90) / 120 = 25%, 113/120 = 94%, then complete: welders off, green text; "off"
// once the projector stops.
trial("build-progress", (events) => {
  it("percentages and blocks left, welders off when complete", () => {
    expect(texts(events(), "LCD Build").map((t) => `${t.tick} ${t.text.split("\n")[0]}`)).toEqual(["93 Building: 25%", "293 Building: 94%", "493 Building: 100%", "693 Projector off"]);
    for (const w of ["Welder 1", "Welder 2"]) expect(changes(events(), w, "Enabled").map((c) => [c.tick, c.value])).toEqual([[493, false]]);
    expect(changes(events(), "LCD Build", "FontColor").map((c) => [c.tick, c.value])).toEqual([[93, [255, 255, 0, 255]], [493, [0, 128, 0, 255]]]);
  });
});

// Cargo bars: 21,000 iron ore × 0.37 L in 15,625 L = 49.728%, 1,000 plates × 3 L = 19.2%; the bars are that
// share of each screen's width (512, and 1,024 on the wide LCD), on the group's LCDs only.
trial("cargo-bars", (events) => {
  it("a bar per container as wide as it is full, on the group's screens only", () => {
    const first = (lcd: string) => events().find((e) => e.kind === "sprites" && e.block === lcd);
    const bars = (lcd: string) => (first(lcd)!.data.sprites as { type: string; size: number[] }[]).filter((s) => s.type === "TEXTURE").map((s) => s.size[0]);
    expect(bars("LCD A")).toEqual([Math.fround(512 * 0.49728), Math.fround(512 * 0.192)]);
    expect(bars("LCD B")).toEqual([Math.fround(1024 * 0.49728), Math.fround(1024 * 0.192)]);
    expect(first("LCD Other")).toBeUndefined();
  });
});

// GPS: the miner's position arrives by IGC (the base does not hear itself) and is listed as a GPS string;
// after the miner moves, the new one; "mark" writes the base's own position to CustomData.
trial("gps-beacon", (events) => {
  it("the other ship's GPS on the LCD, and a mark in CustomData", () => {
    expect(texts(events(), "LCD GPS")).toEqual([
      { tick: 75, text: "GPS:Miner:1200.25:2000:-300:\n" },
      { tick: 375, text: "GPS:Miner:1500:2100:-250.125:\n" },
    ]);
    expect(events().filter((e) => e.kind === "customData").map((e) => [e.tick, e.block, e.data.value])).toEqual([[360, "PB Base", "GPS:Home base:1000:2000.5:-300:\n"]]);
  });
});

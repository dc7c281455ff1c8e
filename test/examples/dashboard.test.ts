// The sprite dashboard example (mixins/examples/sprite-dashboard.ts, scenario
// test/examples/scenarios/dashboard.json), judged from the "sprites" trace events against the
// batteries' and the tank's levels the scenario sets.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines, valueAt } from "./helpers.ts";

interface Sprite {
  type: string;
  data: string;
  position: [number, number] | null;
  size: [number, number] | null;
  color: [number, number, number, number] | null;
}
const SCREENS = ["LCD [Dashboard]", "Wide LCD [Dashboard]", "PB Dashboard"];
const TRACK: Sprite["color"] = [40, 40, 40, 255];

/** The bars of a frame: each dark track, the level drawn on it, and the label. */
function bars(sprites: Sprite[]): { track: Sprite; fill: Sprite; label: string }[] {
  const out: { track: Sprite; fill: Sprite; label: string }[] = [];
  for (let i = 0; i < sprites.length; i++) {
    if (sprites[i]!.type !== "TEXTURE" || JSON.stringify(sprites[i]!.color) !== JSON.stringify(TRACK)) continue;
    out.push({ track: sprites[i]!, fill: sprites[i + 1]!, label: sprites[i + 2]!.data });
  }
  return out;
}

describe("sprite dashboard example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("dashboard", { cs: noMono === null });
    events = run(scenario).events;
  });

  /** A block's level at a tick (0..1), from the scenario's facts and its set events. */
  const level = (block: string, tick: number): number => {
    const spec = scenario.grids[0]!.blocks!.find((b) => b.name === block) as { properties?: Record<string, number> };
    if (block.startsWith("Battery")) return (valueAt(events, block, "CurrentStoredPower", tick, spec.properties?.CurrentStoredPower ?? 3) as number) / 3;
    return valueAt(events, block, "FilledRatio", tick, spec.properties?.FilledRatio ?? 0) as number;
  };
  const frames = (screen: string) => events.filter((e) => e.kind === "sprites" && e.block === screen);

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("draws on the [Dashboard] LCDs and the PB's own screen, in script mode, and nowhere else", () => {
    for (const s of SCREENS) {
      expect(frames(s).length).toBeGreaterThanOrEqual(4); // every 100 ticks for 6 s
      const mode = changes(events, s, "ContentType")[0];
      expect(mode).toMatchObject({ value: "SCRIPT", by: "PB Dashboard" });
    }
    expect(frames("PB Dashboard").every((e) => e.data.surface === 0)).toBe(true);
    expect(events.filter((e) => e.block === "Other LCD" && e.kind !== "fault")).toEqual([]);
  });

  it("one bar per battery and tank: length = level, left-aligned on its track, labelled with the percentage", () => {
    const names = ["Battery 1", "Battery 2", "Battery 3", "Hydrogen Tank"];
    for (const s of SCREENS) {
      for (const frame of frames(s)) {
        const drawn = bars(frame.data.sprites as Sprite[]);
        expect(drawn.map((b) => b.label.replace(/ \d+%$/, ""))).toEqual(names);
        for (const [i, b] of drawn.entries()) {
          const want = level(names[i]!, frame.tick);
          expect(b.label).toBe(`${names[i]} ${Math.round(want * 100)}%`);
          const [tw, th] = b.track.size!;
          const [fw, fh] = b.fill.size!;
          expect(fh).toBe(th);
          expect(Math.abs(fw - tw * want)).toBeLessThan(0.01);
          expect(Math.abs(b.fill.position![0] - fw / 2 - (b.track.position![0] - tw / 2))).toBeLessThan(0.01);
          expect(b.fill.position![1]).toBe(b.track.position![1]);
        }
      }
    }
  });

  it("the colour goes from red (empty) to green (full)", () => {
    for (const frame of frames("LCD [Dashboard]")) {
      for (const b of bars(frame.data.sprites as Sprite[])) {
        const pct = Number(/(\d+)%$/.exec(b.label)![1]) / 100;
        const [r, g, bl, a] = b.fill.color!;
        expect([bl, a]).toEqual([0, 255]);
        expect(Math.abs(g - 255 * pct)).toBeLessThanOrEqual(2);
        expect(Math.abs(r - 255 * (1 - pct))).toBeLessThanOrEqual(2);
      }
    }
  });

  it("the layout fills each screen's width: a wide LCD gets wider bars", () => {
    const width = (s: string) => bars(frames(s)[0]!.data.sprites as Sprite[])[0]!.track.size![0];
    const square = width("LCD [Dashboard]");
    const wide = width("Wide LCD [Dashboard]");
    expect(wide).toBeGreaterThan(1.9 * square);
    for (const s of SCREENS) {
      for (const sp of frames(s)[0]!.data.sprites as Sprite[]) expect(sp.position![0]).toBeGreaterThanOrEqual(0);
    }
  });

  it("after the changes at 4 s the next frame shows them", () => {
    const after = frames("LCD [Dashboard]").find((f) => f.tick > 240)!;
    const labels = bars(after.data.sprites as Sprite[]).map((b) => b.label);
    expect(labels).toContain("Battery 2 90%");
    expect(labels).toContain("Hydrogen Tank 10%");
  });

  sameOnBothEngines(() => scenario, () => events);
});

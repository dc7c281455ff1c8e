// The generator example (mixins/examples/block-scan.ts) in the simulator: a scan spread over runs,
// 50 blocks a run, with its progress echoed each run and a report when a scan completes. The
// expected figures come from the simulated world itself (blocks visible from the PB), not from
// the script.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSimulation, loadScenario } from "../../sim/scenario.ts";
import { FILLER } from "../engine/scenarios/block-scan.scenario.ts";

const SCENARIO = join(resolve(import.meta.dirname, ".."), "engine/scenarios/block-scan.scenario.ts");
const SLICE = 50;

describe("example: block scan with a generator", () => {
  it("scans a slice per run, reports the world's counts at the end of each scan, restarts", async () => {
    const scenario = await loadScenario(SCENARIO);
    const { sim, ticks } = buildSimulation(scenario);
    sim.start();
    const pb = sim.pb("PB Scan");
    const reports: { tick: number; got: string; want: string }[] = [];
    const progress: { done: number; total: number }[] = [];
    let seen = 0;
    while (sim.tick < ticks) {
      sim.step();
      const runs = sim.trace.forBlock("PB Scan", "run");
      for (; seen < runs.length; seen++) {
        const echo = String(runs[seen]!.data.echo);
        const m = /^scan (\d+)\/(\d+) \((\d+)%\)\n/.exec(echo);
        expect(m, echo).not.toBeNull();
        const [done, total, pct] = [Number(m![1]), Number(m![2]), Number(m![3])];
        expect(pct).toBe(Math.floor((done * 100) / total));
        progress.push({ done, total });
        const r = /report: (.*)\n/.exec(echo);
        if (!r) continue;
        // The oracle: what the PB's terminal system sees now (no event falls inside a scan).
        const visible = sim.world.blocksVisibleFrom(pb);
        const working = visible.filter((b) => b.IsWorking).length;
        const damaged = visible.filter((b) => !b.IsWorking && !b.IsFunctional).length;
        reports.push({ tick: sim.tick, got: r[1]!.replace(/^scan \d+: /, ""), want: `${visible.length} blocks, ${working} working, ${damaged} damaged` });
      }
    }
    expect(progress.length).toBeGreaterThan(60);
    // Each scan: SLICE more blocks per run up to the total, then the next scan starts at SLICE again.
    for (let i = 1; i < progress.length; i++) {
      const { done, total } = progress[i]!;
      const prev = progress[i - 1]!;
      expect(done).toBe(prev.done === prev.total ? Math.min(SLICE, total) : Math.min(prev.done + SLICE, total));
    }
    expect(progress[0]!).toEqual({ done: SLICE, total: FILLER + 2 });
    expect(reports.length).toBeGreaterThanOrEqual(10);
    for (const r of reports) expect(r.got, `report at tick ${r.tick}`).toBe(r.want);
    // The events show up: damaged blocks, then one block fewer, then a repair.
    expect(new Set(reports.map((r) => r.got)).size).toBeGreaterThanOrEqual(4);
    // The report reaches the LCD.
    const lcd = sim.world.blocks.find((b) => b.CustomName === "Scan Report") as unknown as { GetText(): string };
    expect(lcd.GetText()).toBe(reports.at(-1)!.got.replace(/^/, `scan ${reports.length}: `));
    expect(pb.status()).not.toBe("terminated");
  });
});

// What keeps a simulated run cheap (issue 17), checked without timing anything:
// - V8 shapes: every PB of a simulation shares one hidden class and the Runtime is not a
//   dictionary-mode object (a throwing accessor per unmodelled member, made per block, once gave
//   each PB its own class and made the run path megamorphic: 3x slower). Checked in a child process
//   with V8's own natives (%HaveSameMap, %HasFastProperties) on the precompiled simulator (js/).
// - Muting "role" turns the role hook off: no role events and no scan of the Echo text.
// - No allocation per run in steady state, untraced or with the role hook (a script that echoes a
//   constant text): two million runs without one garbage collection (V8's "gc" performance entries;
//   a run that allocated 16 bytes would fill the young generation twice). The traced control shows
//   the count sees what a run keeps.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { MyGridProgram, UpdateFrequency } from "pbts/se";
import { Simulation } from "../../sim/simulation.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const js = (p: string) => JSON.stringify(pathToFileURL(join(ROOT, p)).href);

class RoleEcho extends MyGridProgram {
  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update1;
  }
  Main(): void {
    this.Echo("role: active");
  }
}

describe("simulator hot path", () => {
  it("PBs share one hidden class, so do text surfaces; the Runtime, the instance and a surface have fast properties", () => {
    const script = `
      await (await import(${js("compiler/bin/build-js.mjs")})).ensureBuilt();
      const { MyGridProgram } = await import(${js("js/compiler/se/index.js")});
      const { Simulation } = await import(${js("js/sim/simulation.js")});
      class Program extends MyGridProgram { n = 0; constructor() { super(); this.Runtime.UpdateFrequency = 1; } Main() { this.Echo("x" + this.n++); } }
      const sim = new Simulation({ seed: 1 });
      sim.addGrid({ name: "G" });
      for (let i = 0; i < 3; i++) sim.addProgrammableBlock("G", { name: "PB" + i, script: Program });
      sim.addBlock("G", { type: "text-panel", name: "LCD" });
      sim.start().runTicks(5);
      const [a, b, c] = sim.world.pbs;
      console.log(JSON.stringify({
        pbs: %HaveSameMap(a, b) && %HaveSameMap(b, c),
        runtimes: %HaveSameMap(a.runtime, b.runtime),
        runtimeFast: %HasFastProperties(a.runtime),
        pbFast: %HasFastProperties(a),
        instanceFast: %HasFastProperties(a.instance),
        surfaces: %HaveSameMap(a.GetSurface(0), b.GetSurface(0)) && %HaveSameMap(a.GetSurface(0), sim.world.blocks.find((x) => x.key === "LCD").Surface),
        surfaceFast: %HasFastProperties(a.GetSurface(0)),
        runs: sim.runsDone,
      }));`;
    const r = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ pbs: true, runtimes: true, runtimeFast: true, pbFast: true, instanceFast: true, surfaces: true, surfaceFast: true, runs: 15 });
  });

  it("untraced and role-hook runs allocate nothing in steady state (no garbage collection in 2,000,000 runs); traced runs do", () => {
    const script = `
      await (await import(${js("compiler/bin/build-js.mjs")})).ensureBuilt();
      const { MyGridProgram } = await import(${js("js/compiler/se/index.js")});
      const { Simulation } = await import(${js("js/sim/simulation.js")});
      const { PerformanceObserver } = await import("node:perf_hooks");
      class Program extends MyGridProgram { n = 0; constructor() { super(); this.Runtime.UpdateFrequency = 1; } Main() { this.n++; this.Echo("same text"); } }
      const out = {};
      for (const [name, mute, ticks] of [["untraced", ["run", "role"], 20000], ["role", ["run"], 20000], ["traced", [], 5000]]) {
        const sim = new Simulation({ seed: 1, mute });
        sim.addGrid({ name: "G" });
        for (let i = 0; i < 100; i++) sim.addProgrammableBlock("G", { name: "PB" + i, script: Program });
        sim.start().runTicks(3000);
        gc();
        let collections = 0;
        const obs = new PerformanceObserver((l) => (collections += l.getEntries().length));
        obs.observe({ entryTypes: ["gc"] });
        const runs = sim.runsDone;
        sim.runTicks(ticks);
        await new Promise((r) => setTimeout(r, 20));
        obs.disconnect();
        out[name] = { runs: sim.runsDone - runs, collections: Math.min(collections, 1) };
      }
      console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ untraced: { runs: 2_000_000, collections: 0 }, role: { runs: 2_000_000, collections: 0 }, traced: { runs: 500_000, collections: 1 } });
  });

  it("muting \"role\" turns the role hook off; unmuted, the Echo line gives the role", () => {
    for (const muted of [true, false]) {
      const sim = new Simulation({ seed: 1, mute: muted ? ["role"] : [] });
      sim.addGrid({ name: "G" });
      sim.addProgrammableBlock("G", { name: "PB", script: RoleEcho });
      sim.start().runTicks(3);
      expect(sim.trace.ofKind("role").map((e) => e.data.role)).toEqual(muted ? [] : ["active"]);
      expect(sim.pb("PB").role).toBe(muted ? "" : "active");
    }
  });
});

// Simulator bench (`npm run bench -- sim`): the CPU cost of a simulated run next to a direct Main
// call of the same script, for 10, 100 and 1000 PBs at Update1/10/100: untraced (the per-run kinds
// "run" and "role" muted, so no trace event and no role hook), with the role hook (only "run" muted:
// each new Echo text is scanned for a role line) and traced (every kind). Each repetition measures
// the direct loop (>= 1M calls) and the three simulations, in an order that changes from one
// repetition to the next (over four, each part comes first once and right after each other part
// once: partOrder), so no ratio depends on which part ran before it; the table gives the ratio's
// median and min-max over the repetitions. The two sides run two copies of one script (V8 keeps type
// feedback per function: one Main fed the direct loop's plain host and the simulator's objects in
// turn was deoptimized each time the other side ran, and the bench timed V8 recompiling it), one
// class for every frequency. Each timed part starts after a full garbage collection and an untimed
// warm-up of twice its own work: after the collection the heap grows again, and with a warm-up of
// 50,000 runs part of that growth (page faults, about 20 us each per new 4 KiB) fell in the timed
// part, charged to whichever part came first (session 12, 1000 PBs: untraced and role-hook parts
// touched 14-27 new bytes a run while timed though they keep nothing, traced parts 0-1 at Update10
// and Update100 though the trace keeps about 30; the table said traced runs cost less than
// untraced ones). What is timed is the steady state, its own garbage collection included; "new
// B/run" says how much new memory each part still touched.
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { MyGridProgram, TimeSpan, UpdateFrequency, UpdateType, type int } from "pbts/se";
import { createProgram, type ProgramHost } from "../../compiler/se/program.ts";
import { Simulation } from "../../sim/simulation.ts";
import type { TraceKind } from "../../sim/trace.ts";
import { cpuMicros, median, ratioText, reps, spread, table } from "./cpu.ts";

/** The frequency the next SimProgram sets in its constructor. */
let benchFrequency: UpdateFrequency = UpdateFrequency.None;

/** The small script (counts, echoes, reads the runtime), as the direct loop calls it. */
class DirectProgram extends MyGridProgram {
  private n: int = 0;
  Main(argument: string, updateSource: UpdateType): void {
    this.n++;
    if (argument === "stop") this.Runtime.UpdateFrequency = UpdateFrequency.None;
    this.Echo("Runs: " + this.n + " last " + this.Runtime.TimeSinceLastRun.TotalMilliseconds + " ms" + (updateSource === UpdateType.None ? "?" : ""));
  }
}

/** The same script in the simulator (its Main is DirectProgram's, checked below). */
class SimProgram extends MyGridProgram {
  private n: int = 0;
  constructor() {
    super();
    this.Runtime.UpdateFrequency = benchFrequency;
  }
  Main(argument: string, updateSource: UpdateType): void {
    this.n++;
    if (argument === "stop") this.Runtime.UpdateFrequency = UpdateFrequency.None;
    this.Echo("Runs: " + this.n + " last " + this.Runtime.TimeSinceLastRun.TotalMilliseconds + " ms" + (updateSource === UpdateType.None ? "?" : ""));
  }
}
if (String(DirectProgram.prototype.Main) !== String(SimProgram.prototype.Main)) throw new Error("test/bench/sim.ts: the two copies of the bench script differ");

setFlagsFromString("--expose-gc");
/** A full garbage collection (V8's `gc`, taken from a new context once the flag is set). */
const collectGarbage = runInNewContext("gc") as () => void;

/** Muted kinds of the three columns: untraced, role hook on, traced. */
const MODES: TraceKind[][] = [["run", "role"], ["run"], []];

const FREQS: [string, UpdateFrequency, number][] = [
  ["Update1", UpdateFrequency.Update1, 1],
  ["Update10", UpdateFrequency.Update10, 10],
  ["Update100", UpdateFrequency.Update100, 100],
];

function periodOf(freq: UpdateFrequency): number {
  return freq === UpdateFrequency.Update100 ? 100 : freq === UpdateFrequency.Update10 ? 10 : 1;
}

/** CPU microseconds per run of a simulation of `pbs` PBs for `ticks` ticks (start(), a full garbage
 *  collection and twice `ticks` first, not timed), and the new memory its runs touched. */
export function simPerRun(pbs: number, freq: UpdateFrequency, ticks: number, mute: TraceKind[]): { us: number; runs: number; faultedBytes: number } {
  const sim = new Simulation({ seed: 1, mute });
  sim.addGrid({ name: "G" });
  benchFrequency = freq;
  for (let i = 0; i < pbs; i++) sim.addProgrammableBlock("G", { name: `PB ${i}`, script: SimProgram });
  sim.start();
  benchFrequency = UpdateFrequency.None;
  // Untimed: the set-up's garbage collected, then twice the timed ticks (at least two runs of every
  // PB, so each has its steady TimeSinceLastRun): right after a forced collection the runs cost 2-3x
  // the steady ones while the heap grows again (page faults), which no long simulation pays.
  collectGarbage();
  sim.runTicks(Math.max(2 * periodOf(freq), 2 * ticks));
  const before = sim.runsDone;
  const faults = process.resourceUsage().minorPageFault;
  const us = cpuMicros(() => sim.runTicks(ticks));
  const runs = sim.runsDone - before;
  // New memory the runs touched (4 KiB pages faulted in): what a trace keeps grows it, and on the
  // shared machine each faulted byte cost about 5 ns (session 10)
  const faultedBytes = ((process.resourceUsage().minorPageFault - faults) * 4096) / runs;
  return { us: us / runs, runs, faultedBytes };
}

/** CPU microseconds per direct Main call, `calls` calls spread over `pbs` instances (a full
 *  collection and `calls` untimed calls first), and the new memory they touched per call. */
export function directPerCall(pbs: number, calls: number): { us: number; faultedBytes: number } {
  const instances: DirectProgram[] = [];
  for (let i = 0; i < pbs; i++) {
    const runtime = {
      TimeSinceLastRun: new TimeSpan(166666),
      LastRunTimeMs: 0,
      MaxInstructionCount: 50000,
      CurrentInstructionCount: 0,
      MaxCallChainDepth: 1000,
      CurrentCallChainDepth: 0,
      UpdateFrequency: UpdateFrequency.None,
    };
    let last = "";
    const host = { Runtime: runtime, Echo: (s: string) => (last = s), Storage: "" } as unknown as ProgramHost;
    instances.push(createProgram(DirectProgram, host));
    void last;
  }
  // Untimed, as for the simulation: a full collection, then as many calls as are timed.
  collectGarbage();
  for (let r = 0; r < calls; r++) instances[r % pbs]!.Main("", UpdateType.Update1);
  const faults = process.resourceUsage().minorPageFault;
  const us = cpuMicros(() => {
    for (let r = 0; r < calls; r++) instances[r % pbs]!.Main("", UpdateType.Update1);
  });
  return { us: us / calls, faultedBytes: ((process.resourceUsage().minorPageFault - faults) * 4096) / calls };
}

/** The order of the parts (0: the direct loop, 1 + m: MODES[m]) in repetition `rep`: a Williams
 *  Latin square (offsets 0, +1, -1, +2, ... from `rep`), so over `parts` repetitions (an even number)
 *  each part comes first once and right after each other part once: the carry-over of one part into
 *  the next (garbage, heap size, JIT state) falls on every part alike. */
export function partOrder(rep: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => (((rep + (i % 2 ? (i + 1) / 2 : -i / 2)) % parts) + parts) % parts);
}

/** Ticks for about `target` runs, fewer ticks for bigger worlds. */
function ticksFor(pbs: number, period: number, target: number): number {
  return Math.max(period, Math.ceil((target * period) / pbs));
}

export interface SimBenchOptions {
  /** Simulated runs per measurement (default 200,000). */
  targetRuns?: number;
  /** Direct Main calls per baseline measurement (default 1,000,000). */
  directCalls?: number;
  /** Repetitions (default PBTS_BENCH_REPS or 4: a multiple of 4 balances the parts' order, partOrder). */
  repetitions?: number;
  /** PB counts (default PBTS_BENCH_SIM_PBS, comma-separated, or 10, 100 and 1000). */
  sizes?: number[];
}

/** PBTS_BENCH_SIM_PBS=1000 (or "10,1000") measures only those rows. */
function benchSizes(): number[] {
  const s = (process.env.PBTS_BENCH_SIM_PBS ?? "").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return s.length ? s : [10, 100, 1000];
}

export async function benchSim(options: SimBenchOptions = {}): Promise<string> {
  const target = options.targetRuns ?? 200_000;
  const calls = options.directCalls ?? 1_000_000;
  const n = options.repetitions ?? reps(4);
  const sizes = options.sizes ?? benchSizes();
  // Warm-up (JIT): every mode at every size once, so no timed part pays for first compilations.
  for (const pbs of sizes) for (const mute of MODES) simPerRun(pbs, UpdateFrequency.Update1, ticksFor(pbs, 1, 25_000), mute);
  directPerCall(10, Math.min(calls, 100_000));
  const rows: string[][] = [];
  for (const pbs of sizes) {
    for (const [name, freq, period] of FREQS) {
      const ticks = ticksFor(pbs, period, target);
      const ratios: number[][] = MODES.map(() => []);
      const directNs: number[] = [];
      // new memory per run (per call for the direct loop) of each part: direct, then MODES
      const faulted: number[][] = [[], ...MODES.map(() => [])];
      let runs = 0;
      for (let r = 0; r < n; r++) {
        const us: number[] = [];
        for (const part of partOrder(r, MODES.length + 1)) {
          const m = part - 1;
          const x: { us: number; faultedBytes: number; runs?: number } = m < 0 ? directPerCall(pbs, calls) : simPerRun(pbs, freq, ticks, MODES[m]!);
          if (x.runs !== undefined) runs = x.runs;
          us[part] = x.us;
          faulted[part]!.push(x.faultedBytes);
        }
        directNs.push(us[0]! * 1000);
        MODES.forEach((_, m) => ratios[m]!.push(us[m + 1]! / us[0]!));
        await Promise.resolve();
      }
      const bytes = faulted.map((f) => median(f).toFixed(0)).join("/");
      rows.push([String(pbs), name, ticks.toLocaleString("en-US"), runs.toLocaleString("en-US"), median(directNs).toFixed(0), ...ratios.map((r) => ratioText(spread(r))), bytes]);
    }
  }
  return [
    `Simulator: CPU per simulated run / CPU per direct Main call (same script; ${calls.toLocaleString("en-US")} direct calls per baseline; median (min-max) of ${n} side-by-side repetitions, the parts' order balanced over every 4)`,
    table(["PBs", "frequency", "ticks", "runs", "direct ns/call", "untraced", "role hook", "traced", "new B/run d/u/r/t"], rows, 2),
    "untraced: \"run\" and \"role\" muted; role hook: \"run\" muted (each new Echo text scanned for a role line); traced: nothing muted",
    "new B/run: new memory a direct call / untraced / role-hook / traced run touched while timed (page faults x 4 KiB / runs, median): what the trace keeps and the collector's copies; about 5 ns a byte here",
    "goal (issue 17): untraced <= 3x, traced <= 6x",
  ].join("\n");
}

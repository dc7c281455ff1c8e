// Simulator bench (`npm run bench -- sim`): the CPU cost of a simulated run next to a direct Main
// call of the same script, for 10, 100 and 1000 PBs at Update1/10/100: untraced (the per-run kinds
// "run" and "role" muted, so no trace event and no role hook), with the role hook (only "run" muted:
// each new Echo text is scanned for a role line) and traced (every kind). Each repetition measures
// the three simulations, in an order that changes from one repetition to the next (partOrder), and
// each one next to its own baseline: the direct loop (>= 1M calls) and the simulation are cut into
// slices timed in turn (measurePart), so a ratio's two sides are measured in the same moments.
// (Session 14: with one baseline measured before or after the simulations, the baseline itself
// swung 46-75 ns a call between rows of one idle run, and every ratio of a row with it.) The table
// gives the ratio's median and min-max over the repetitions, and the baselines' ns a call. The two
// sides run two copies of one script (V8 keeps type feedback per function: one Main fed the direct
// loop's plain host and the simulator's objects in turn was deoptimized each time the other side
// ran, and the bench timed V8 recompiling it), one class for every frequency. Each part starts after
// a full garbage collection and an untimed warm-up (the direct calls once, the simulation's ticks
// twice): after the collection the heap grows again, and with a warm-up of 50,000 runs part of that
// growth (page faults, about 20 us each per new 4 KiB) fell in the timed part, charged to whichever
// part came first (session 12, 1000 PBs: untraced and role-hook parts touched 14-27 new bytes a run
// while timed though they keep nothing, traced parts 0-1 at Update10 and Update100 though the trace
// keeps about 30; the table said traced runs cost less than untraced ones). What is timed is the
// steady state, its own garbage collection included; "new B/run" says how much new memory each part
// still touched.
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

/** A direct loop's instances: `pbs` copies of the script with a plain host, as a caller of Main
 *  without a simulator would hold them. */
function directInstances(pbs: number): DirectProgram[] {
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
  return instances;
}

/** `calls` direct Main calls spread over `instances` (the one loop every baseline runs). */
function callDirect(instances: DirectProgram[], calls: number): void {
  const pbs = instances.length;
  for (let r = 0; r < calls; r++) instances[r % pbs]!.Main("", UpdateType.Update1);
}

/** Slices a part's timed work is cut into, the direct loop's and the simulation's in turn. */
export const SLICES = 8;

export interface PartMeasure {
  /** CPU microseconds per simulated run, and per direct call in the slices between them. */
  us: number;
  directUs: number;
  runs: number;
  /** New memory the simulated runs touched per run, and the direct calls per call. */
  faultedBytes: number;
  directFaultedBytes: number;
}

/**
 * One part: a simulation of `pbs` PBs for `ticks` ticks (muting `mute`) next to `calls` direct Main
 * calls of the same script on `pbs` instances, both cut into SLICES slices timed in turn (direct
 * first in even slices, the simulation first in odd ones), so the baseline is measured in the same
 * moments as what it is the baseline of: load, the heap's size and the collector's state hit both.
 * Untimed first: a full garbage collection (the set-up's), then as many direct calls as are timed
 * and twice the simulation's ticks (at least two runs of every PB, so each has its steady
 * TimeSinceLastRun):
 * right after a forced collection runs cost 2-3x the steady ones while the heap grows again (page
 * faults), which no long simulation pays.
 */
export function measurePart(pbs: number, freq: UpdateFrequency, ticks: number, mute: TraceKind[], calls: number): PartMeasure {
  const sim = new Simulation({ seed: 1, mute });
  sim.addGrid({ name: "G" });
  benchFrequency = freq;
  for (let i = 0; i < pbs; i++) sim.addProgrammableBlock("G", { name: `PB ${i}`, script: SimProgram });
  sim.start();
  benchFrequency = UpdateFrequency.None;
  const instances = directInstances(pbs);
  collectGarbage();
  callDirect(instances, calls);
  sim.runTicks(Math.max(2 * periodOf(freq), 2 * ticks));
  const sliceTicks = Math.max(1, Math.ceil(ticks / SLICES));
  const sliceCalls = Math.ceil(calls / SLICES);
  let simUs = 0;
  let directUs = 0;
  let simFaults = 0;
  let directFaults = 0;
  const before = sim.runsDone;
  for (let s = 0; s < SLICES; s++) {
    for (const side of s % 2 ? [1, 0] : [0, 1]) {
      const faults = process.resourceUsage().minorPageFault;
      if (side === 0) {
        directUs += cpuMicros(() => callDirect(instances, sliceCalls));
        directFaults += process.resourceUsage().minorPageFault - faults;
      } else {
        simUs += cpuMicros(() => sim.runTicks(sliceTicks));
        simFaults += process.resourceUsage().minorPageFault - faults;
      }
    }
  }
  const runs = sim.runsDone - before;
  const done = sliceCalls * SLICES;
  // New memory touched (4 KiB pages faulted in): what a trace keeps grows it, and on the shared
  // machine each faulted byte cost about 5 ns (session 10)
  return { us: simUs / runs, directUs: directUs / done, runs, faultedBytes: (simFaults * 4096) / runs, directFaultedBytes: (directFaults * 4096) / done };
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
  for (const pbs of sizes) for (const mute of MODES) measurePart(pbs, UpdateFrequency.Update1, ticksFor(pbs, 1, 25_000), mute, 100_000);
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
        for (const m of partOrder(r, MODES.length)) {
          const x = measurePart(pbs, freq, ticks, MODES[m]!, calls);
          runs = x.runs;
          ratios[m]!.push(x.us / x.directUs);
          directNs.push(x.directUs * 1000);
          faulted[0]!.push(x.directFaultedBytes);
          faulted[m + 1]!.push(x.faultedBytes);
        }
        await Promise.resolve();
      }
      const bytes = faulted.map((f) => median(f).toFixed(0)).join("/");
      const d = spread(directNs);
      rows.push([String(pbs), name, ticks.toLocaleString("en-US"), runs.toLocaleString("en-US"), `${d.median.toFixed(0)} (${d.min.toFixed(0)}-${d.max.toFixed(0)})`, ...ratios.map((r) => ratioText(spread(r))), bytes]);
    }
  }
  return [
    `Simulator: CPU per simulated run / CPU per direct Main call (same script), each part timed in ${SLICES} slices in turn with its own baseline of ${calls.toLocaleString("en-US")} direct calls; median (min-max) of ${n} repetitions, the parts' order rotated`,
    table(["PBs", "frequency", "ticks", "runs", "direct ns/call (min-max)", "untraced", "role hook", "traced", "new B/run d/u/r/t"], rows, 2),
    "untraced: \"run\" and \"role\" muted; role hook: \"run\" muted (each new Echo text scanned for a role line); traced: nothing muted",
    "new B/run: new memory a direct call / untraced / role-hook / traced run touched while timed (page faults x 4 KiB / runs, median): what the trace keeps and the collector's copies; about 5 ns a byte here",
    "goal (issue 17): untraced <= 3x, traced <= 6x",
  ].join("\n");
}

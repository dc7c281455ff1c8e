// Simulator throughput: PB runs per second for 10, 100 and 1000 PBs at Update1/10/100, and the
// cost of a simulated run against calling the same Main directly in a loop (measured in the same
// process, same script, same number of runs). Wall-clock time is fine HERE: the bench measures the
// simulator, it is not part of a simulation.
import { MyGridProgram, TimeSpan, UpdateFrequency, UpdateType, type int } from "pbts/se";
import { createProgram, type ProgramHost } from "../compiler/se/program.ts";
import { Simulation } from "./simulation.ts";

/** The small script: counts, echoes, reads the runtime. */
class BenchProgram extends MyGridProgram {
  private n: int = 0;
  Main(argument: string, updateSource: UpdateType): void {
    this.n++;
    if (argument === "stop") this.Runtime.UpdateFrequency = UpdateFrequency.None;
    this.Echo("Runs: " + this.n + " last " + this.Runtime.TimeSinceLastRun.TotalMilliseconds + " ms" + (updateSource === UpdateType.None ? "?" : ""));
  }
}

function scriptFor(freq: UpdateFrequency): new () => MyGridProgram {
  return class Program extends BenchProgram {
    constructor() {
      super();
      this.Runtime.UpdateFrequency = freq;
    }
  };
}

const FREQS: [string, UpdateFrequency, number][] = [
  ["Update1", UpdateFrequency.Update1, 1],
  ["Update10", UpdateFrequency.Update10, 10],
  ["Update100", UpdateFrequency.Update100, 100],
];

interface Row {
  pbs: number;
  freq: string;
  ticks: number;
  runs: number;
  simRate: number;
  simQuietRate: number;
  directRate: number;
}

function runSim(pbs: number, freq: UpdateFrequency, ticks: number, quiet: boolean): { runs: number; seconds: number } {
  const sim = new Simulation({ seed: 1, mute: quiet ? ["run"] : [] });
  sim.addGrid({ name: "G" });
  const script = scriptFor(freq);
  for (let i = 0; i < pbs; i++) sim.addProgrammableBlock("G", { name: `PB ${i}`, script });
  sim.start();
  const t0 = performance.now();
  sim.runTicks(ticks);
  const seconds = (performance.now() - t0) / 1000;
  return { runs: sim.runsDone, seconds };
}

function runDirect(pbs: number, runs: number): number {
  const instances: BenchProgram[] = [];
  for (let i = 0; i < pbs; i++) {
    let echo = "";
    const runtime = {
      TimeSinceLastRun: new TimeSpan(166666),
      LastRunTimeMs: 0,
      MaxInstructionCount: 50000,
      CurrentInstructionCount: 0,
      MaxCallChainDepth: 1000,
      CurrentCallChainDepth: 0,
      UpdateFrequency: UpdateFrequency.None,
    };
    const host = { Runtime: runtime, Echo: (s: string) => (echo = s), Storage: "" } as unknown as ProgramHost;
    instances.push(createProgram(BenchProgram, host));
    void echo;
  }
  const t0 = performance.now();
  for (let r = 0; r < runs; r++) instances[r % pbs]!.Main("", UpdateType.Update1);
  return (performance.now() - t0) / 1000;
}

/** Ticks for a configuration: about `target` runs, fewer ticks for bigger worlds, bounded. */
function ticksFor(pbs: number, period: number, target: number): number {
  const runsPerTick = pbs / period;
  return Math.max(period, Math.min(200_000, Math.ceil(target / runsPerTick)));
}

export async function benchSim(options: { targetRuns?: number } = {}): Promise<string> {
  const target = options.targetRuns ?? 200_000;
  runSim(10, UpdateFrequency.Update1, 500, false); // warm-up (JIT)
  runDirect(10, 5000);
  const rows: Row[] = [];
  for (const pbs of [10, 100, 1000]) {
    for (const [name, freq, period] of FREQS) {
      const ticks = ticksFor(pbs, period, target);
      const full = runSim(pbs, freq, ticks, false);
      const quiet = runSim(pbs, freq, ticks, true);
      const direct = runDirect(pbs, full.runs);
      rows.push({
        pbs,
        freq: name,
        ticks,
        runs: full.runs,
        simRate: full.runs / full.seconds,
        simQuietRate: quiet.runs / quiet.seconds,
        directRate: full.runs / direct,
      });
      await Promise.resolve(); // let the event loop breathe between configurations
    }
  }
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const head = ["PBs", "frequency", "ticks", "runs", "sim runs/s", "sim runs/s (runs untraced)", "direct Main runs/s", "sim cost / direct"];
  const body = rows.map((r) => [
    String(r.pbs),
    r.freq,
    fmt(r.ticks),
    fmt(r.runs),
    fmt(r.simRate),
    fmt(r.simQuietRate),
    fmt(r.directRate),
    `${(r.directRate / r.simRate).toFixed(1)}x`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    "pbts sim benchmark (one small script per PB; runs/s = Main calls per wall-clock second)",
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
    "",
    "sim cost / direct: wall time of a simulated run (scheduling, Echo buffer, runtime, trace) divided by a direct Main call.",
  ].join("\n");
}

// Instructions per simulated run, a figure load does not move (the CPU-time ratios of `npm run bench
// -- sim` do): `node test/bench/sim-instructions.mjs` runs valgrind (cachegrind, no cache simulation)
// over two node processes that differ only by EXTRA more runs and prints the difference per run, for
// the direct Main call and the simulator's three trace modes (the same script and modes as sim.ts).
// Plain JS on the precompiled simulator (js/, `npm run build:js`), so neither tsx nor esbuild is counted.
// One measurement: `node test/bench/sim-instructions.mjs <mode> <pbs> <frequency> <runs>`
// (mode direct|untraced|role|traced; frequency 1|10|100). PBTS_BENCH_WARM and PBTS_BENCH_EXTRA set
// the runs of the two processes (PBTS_BENCH_CACHE=1 adds the simulated D1 cache misses per run). The
// first process's runs default to 200,000 or 2,000 ticks' worth, whichever is more: with 1000 PBs
// at Update1, 200,000 runs are 200 ticks, and V8 was still compiling the per-tick path (called once a
// tick) in the counted runs, so the same code counted 1,152 or ~2,360 instructions a run (session
// 13); the counted runs (EXTRA) default to 200,000.
// Both processes collect the set-up's garbage before their runs (collectGarbage), so the counted
// runs are the steady state the bench times, not the collection of the heap the set-up grew.
// The processes load a copy of js/ taken when the measurement starts (snapshotJs): a pbts run or
// `npm run build:js` that rebuilds js/ meanwhile would otherwise mix two versions in one figure.
import { execFileSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let ROOT = process.env.PBTS_BENCH_ROOT ?? fileURLToPath(new URL("../..", import.meta.url));
const MUTES = { untraced: ["run", "role"], role: ["run"], traced: [] };
/** The first process's runs: 200,000 or 2,000 ticks of `pbs` PBs at `period`, whichever is more. */
const warmRuns = (pbs, period) => Number(process.env.PBTS_BENCH_WARM ?? Math.max(200_000, Math.ceil((2000 * pbs) / period)));
const EXTRA = Number(process.env.PBTS_BENCH_EXTRA ?? 200_000);

async function measureOnce(mode, pbs, period, runs) {
  const se = await import(join(ROOT, "js/compiler/se/index.js"));
  const { createProgram } = await import(join(ROOT, "js/compiler/se/program.js"));
  const { Simulation } = await import(join(ROOT, "js/sim/simulation.js"));
  const { MyGridProgram, TimeSpan, UpdateFrequency, UpdateType } = se;
  // test/bench/sim.ts's BenchProgram
  class BenchProgram extends MyGridProgram {
    n = 0;
    Main(argument, updateSource) {
      this.n++;
      if (argument === "stop") this.Runtime.UpdateFrequency = UpdateFrequency.None;
      this.Echo("Runs: " + this.n + " last " + this.Runtime.TimeSinceLastRun.TotalMilliseconds + " ms" + (updateSource === UpdateType.None ? "?" : ""));
    }
  }
  const freq = period === 1 ? UpdateFrequency.Update1 : period === 10 ? UpdateFrequency.Update10 : UpdateFrequency.Update100;
  if (mode === "direct") {
    const instances = [];
    for (let i = 0; i < pbs; i++) {
      const runtime = { TimeSinceLastRun: new TimeSpan(166666), LastRunTimeMs: 0, MaxInstructionCount: 50000, CurrentInstructionCount: 0, MaxCallChainDepth: 1000, CurrentCallChainDepth: 0, UpdateFrequency: UpdateFrequency.None };
      let last = "";
      instances.push(createProgram(BenchProgram, { Runtime: runtime, Echo: (s) => (last = s), Storage: "" }));
    }
    collectGarbage();
    for (let r = 0; r < runs; r++) instances[r % pbs].Main("", UpdateType.Update1);
    return;
  }
  class Program extends BenchProgram {
    constructor() {
      super();
      this.Runtime.UpdateFrequency = freq;
    }
  }
  const sim = new Simulation({ seed: 1, mute: MUTES[mode] });
  sim.addGrid({ name: "G" });
  for (let i = 0; i < pbs; i++) sim.addProgrammableBlock("G", { name: `PB ${i}`, script: Program });
  sim.start();
  collectGarbage();
  sim.runTicks(Math.ceil((runs * period) / pbs));
}

/**
 * A full garbage collection after the set-up, before the runs (as test/bench/sim.ts does before each
 * part). Without it the heap the set-up grew (loading the simulator, 1000 PBs) is collected during
 * the runs: with 1000 PBs the first mark-compact's incremental marking (its steps, and every pointer
 * store of the runs taking the write barrier's marking path) fell among the counted runs of one
 * process and not at the same point of the other, and added about 1,000 instructions a run to the
 * difference (session 17: untraced, 1000 PBs, Update10 counted 2,437 a run, 1,000 of them marking).
 */
function collectGarbage() {
  setFlagsFromString("--expose-gc");
  runInNewContext("gc")();
}

/** PBTS_BENCH_CACHE=1: cachegrind also simulates the caches and the row adds the first-level data
 *  cache misses per run (reads and writes): the lines of memory a run fetches that it had not touched
 *  recently, which is what costs at 1000 PBs (session 11). */
const CACHE = process.env.PBTS_BENCH_CACHE === "1";

/**
 * A folder that is ROOT with its own copy of js/ (the rest linked: package.json, the sources that hold
 * the data files, node_modules), so every process of one measurement runs the same JavaScript.
 */
function snapshotJs() {
  const dir = mkdtempSync(join(tmpdir(), "pbts-bench-js-"));
  cpSync(join(ROOT, "js"), join(dir, "js"), { recursive: true });
  for (const f of ["package.json", "compiler", "sim", "node_modules"]) symlinkSync(join(ROOT, f), join(dir, f));
  return dir;
}

/** Cachegrind's totals for one process: [instructions, D1 read misses, D1 write misses] (0 without CACHE). */
function instructions(mode, pbs, period, runs) {
  const out = join(tmpdir(), `pbts-cg-${process.pid}-${mode}-${runs}.out`);
  execFileSync("valgrind", ["--tool=cachegrind", `--cache-sim=${CACHE ? "yes" : "no"}`, `--cachegrind-out-file=${out}`, process.execPath, "--single-threaded", fileURLToPath(import.meta.url), mode, String(pbs), String(period), String(runs)], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PBTS_BENCH_ROOT: ROOT } });
  const text = readFileSync(out, "utf8");
  rmSync(out, { force: true });
  const events = /^events:\s+(.*)$/m.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
  const summary = /^summary:\s+(.*)$/m.exec(text)?.[1]?.trim().split(/\s+/).map(Number);
  if (!summary) throw new Error("no cachegrind summary in " + out);
  const at = (name) => (events.indexOf(name) >= 0 ? summary[events.indexOf(name)] : 0);
  return [at("Ir"), at("D1mr"), at("D1mw")];
}

if (process.argv.length >= 6) {
  const [mode, pbs, period, runs] = process.argv.slice(2);
  await measureOnce(mode, Number(pbs), Number(period), Number(runs));
} else {
  const pbs = Number(process.env.PBTS_BENCH_PBS ?? 10);
  const period = Number(process.env.PBTS_BENCH_PERIOD ?? 1);
  const modes = (process.env.PBTS_BENCH_MODES ?? "direct,untraced,role,traced").split(",");
  const row = [];
  const source = ROOT;
  ROOT = snapshotJs();
  try {
    for (const mode of modes) {
      const warm = warmRuns(pbs, period);
      const more = instructions(mode, pbs, period, warm + EXTRA);
      const base = instructions(mode, pbs, period, warm);
      const per = more.map((x, i) => (x - base[i]) / EXTRA);
      row.push(`${mode} ${Math.round(per[0])}` + (CACHE ? ` (D1 misses ${per[1].toFixed(1)} read, ${per[2].toFixed(1)} write)` : ""));
    }
  } finally {
    rmSync(ROOT, { recursive: true, force: true });
  }
  console.log(`instructions per run (${pbs} PBs, Update${period}; valgrind cachegrind, ${EXTRA.toLocaleString("en-US")} more runs than ${warmRuns(pbs, period).toLocaleString("en-US")}; ${join(source, "js")} as it was at the start): ${row.join(", ")}`);
}

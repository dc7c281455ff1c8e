// A/B of the simulator in one process (`node test/bench/sim-ab.mjs`): the CPU (user + system) and the
// new memory of a simulated run of test/bench/sim.ts's script, for the js/ of two or more checkouts side
// by side (PBTS_AB_ROOTS=/path/a,/path/b; each needs `npm run build:js`), parts alternating over the
// repetitions. Env: PBS (10), PERIOD (1, 10 or 100), RUNS (200,000 timed), MODES (traced; also
// untraced, role), REPS (6). Not a measurement of ratios to a direct call (that is `npm run bench --
// sim`): it tells two versions of the simulator apart under the same load.
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const roots = (process.env.PBTS_AB_ROOTS ?? process.cwd()).split(",");
const pbs = Number(process.env.PBS ?? 10), period = Number(process.env.PERIOD ?? 1);
const target = Number(process.env.RUNS ?? 200000);
const ticks = Math.ceil(target * period / pbs);
const MUTES = { untraced: ["run", "role"], role: ["run"], traced: [] };
const modes = (process.env.MODES ?? "traced").split(",");
const libs = [];
for (const root of roots) {
  const se = await import(root + "/js/compiler/se/index.js");
  const { Simulation } = await import(root + "/js/sim/simulation.js");
  const { MyGridProgram, UpdateFrequency, UpdateType } = se;
  const freq = period === 1 ? UpdateFrequency.Update1 : period === 10 ? UpdateFrequency.Update10 : UpdateFrequency.Update100;
  // one class per root and mode (type feedback apart)
  const classes = {};
  for (const m of modes) classes[m] = new Function("MyGridProgram", "UpdateFrequency", "UpdateType", "freq", `return class P extends MyGridProgram {
    n = 0;
    constructor() { super(); this.Runtime.UpdateFrequency = freq; }
    Main(argument, updateSource) {
      this.n++;
      if (argument === "stop") this.Runtime.UpdateFrequency = UpdateFrequency.None;
      this.Echo("Runs: " + this.n + " last " + this.Runtime.TimeSinceLastRun.TotalMilliseconds + " ms" + (updateSource === UpdateType.None ? "?" : ""));
    }
  }`)(MyGridProgram, UpdateFrequency, UpdateType, freq);
  libs.push({ root, Simulation, classes });
}
function one(lib, mode) {
  const sim = new lib.Simulation({ seed: 1, mute: MUTES[mode] });
  sim.addGrid({ name: "G" });
  for (let i = 0; i < pbs; i++) sim.addProgrammableBlock("G", { name: `PB ${i}`, script: lib.classes[mode] });
  sim.start();
  gc();
  sim.runTicks(2 * ticks);
  const b = sim.runsDone, f = process.resourceUsage().minorPageFault, c = process.cpuUsage();
  sim.runTicks(ticks);
  const d = process.cpuUsage(c), runs = sim.runsDone - b;
  return { user: d.user * 1000 / runs, sys: d.system * 1000 / runs, B: (process.resourceUsage().minorPageFault - f) * 4096 / runs };
}
const parts = libs.flatMap((l) => modes.map((m) => [l, m]));
for (const [l, m] of parts) one(l, m);
const res = parts.map(() => []);
const R = Number(process.env.REPS ?? 6);
for (let r = 0; r < R; r++) { const idx = parts.map((_, i) => i); if (r % 2) idx.reverse(); for (const i of idx) res[i].push(one(...parts[i])); }
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
parts.forEach(([l, m], i) => console.log(l.root.padEnd(22), m.padEnd(9), "user+sys", med(res[i].map((x) => x.user + x.sys)).toFixed(0), "user", med(res[i].map((x) => x.user)).toFixed(0), "sys", med(res[i].map((x) => x.sys)).toFixed(0), "B/run", med(res[i].map((x) => x.B)).toFixed(0), " all:", res[i].map((x) => (x.user + x.sys).toFixed(0)).join(" ")));

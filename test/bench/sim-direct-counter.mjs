// Why the sim bench's baseline (a direct Main call, test/bench/sim.ts) costs more with 10 instances
// than with 100 or 1000 when run on its own (`node test/bench/sim-direct-counter.mjs`; needs
// `npm run build:js`): the bench's script echoes its counter, and V8 converts a number to text through
// a cache of recent conversions; a value new to the cache takes the slow path. Called in turn, all P
// instances hold the same counter value, so one call in P converts a new value. COUNTER=masked keeps
// the counters below 1,024 (values the cache keeps): then 10 instances cost no more than 1000.
// CPU time (user + system) a call, 8 slices of 125,000 calls after 1,000,000 warm-up calls, new
// instances and a full collection each repetition. SIZES (10,100,1000), REPS (6).
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const root = new URL("../..", import.meta.url).href;
const { MyGridProgram, TimeSpan, UpdateFrequency, UpdateType } = await import(root + "js/compiler/se/index.js");
const { createProgram } = await import(root + "js/compiler/se/program.js");
const masked = process.env.COUNTER === "masked";
// test/bench/sim.ts's script (COUNTER=masked: the counter echoed modulo 1,024)
class DirectProgram extends MyGridProgram {
  n = 0;
  Main(argument, updateSource) {
    this.n++;
    if (argument === "stop") this.Runtime.UpdateFrequency = UpdateFrequency.None;
    this.Echo("Runs: " + (masked ? this.n & 1023 : this.n) + " last " + this.Runtime.TimeSinceLastRun.TotalMilliseconds + " ms" + (updateSource === UpdateType.None ? "?" : ""));
  }
}
function instancesOf(pbs) {
  const instances = [];
  for (let i = 0; i < pbs; i++) {
    const runtime = { TimeSinceLastRun: new TimeSpan(166666), LastRunTimeMs: 0, MaxInstructionCount: 50000, CurrentInstructionCount: 0, MaxCallChainDepth: 1000, CurrentCallChainDepth: 0, UpdateFrequency: UpdateFrequency.None };
    let last = "";
    instances.push(createProgram(DirectProgram, { Runtime: runtime, Echo: (s) => (last = s), Storage: "" }));
  }
  return instances;
}
function callDirect(instances, calls) {
  const pbs = instances.length;
  for (let r = 0; r < calls; r++) instances[r % pbs].Main("", UpdateType.Update1);
}
const sizes = (process.env.SIZES ?? "10,100,1000").split(",").map(Number);
const reps = Number(process.env.REPS ?? 6);
const ns = new Map(sizes.map((p) => [p, []]));
for (let rep = 0; rep < reps; rep++) {
  for (const pbs of rep % 2 ? [...sizes].reverse() : sizes) {
    const instances = instancesOf(pbs);
    gc();
    callDirect(instances, 1_000_000);
    for (let s = 0; s < 8; s++) {
      const c = process.cpuUsage();
      callDirect(instances, 125_000);
      const d = process.cpuUsage(c);
      ns.get(pbs).push(((d.user + d.system) * 1000) / 125_000);
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [pbs, xs] of ns) console.log(`${String(pbs).padStart(5)} instances, counter ${masked ? "masked" : "as the bench"}: ${median(xs).toFixed(0)} ns a call (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}; ${xs.length} slices)`);

// The bytes a traced run keeps (sim/trace-runs.ts records) for test/bench/sim.ts's script, over the
// bench's timed runs (200,000 after a warm-up of twice as many ticks), counted, not timed:
//   node test/bench/trace-kept-bytes.mjs <root with js/> <pbs> <1|10|100>
// (reads the RunStream's chunks, so it works on trees older than RunStream.keptBytes too).
const [root, pbsS, periodS] = process.argv.slice(2);
const se = await import(root + "/js/compiler/se/index.js");
const { Simulation } = await import(root + "/js/sim/simulation.js");
const { MyGridProgram, UpdateFrequency, UpdateType } = se;
const pbs = Number(pbsS), period = Number(periodS);
const freq = period === 1 ? UpdateFrequency.Update1 : period === 10 ? UpdateFrequency.Update10 : UpdateFrequency.Update100;
class P extends MyGridProgram {
  n = 0;
  constructor() { super(); this.Runtime.UpdateFrequency = freq; }
  Main(argument, updateSource) {
    this.n++;
    if (argument === "stop") this.Runtime.UpdateFrequency = UpdateFrequency.None;
    this.Echo("Runs: " + this.n + " last " + this.Runtime.TimeSinceLastRun.TotalMilliseconds + " ms" + (updateSource === UpdateType.None ? "?" : ""));
  }
}
const sim = new Simulation({ seed: 1 });
sim.addGrid({ name: "G" });
for (let i = 0; i < pbs; i++) sim.addProgrammableBlock("G", { name: "PB " + i, script: P });
sim.start();
const kept = (s) => (s.chunk < 0 ? 0 : s.pos) + s.used.slice(0, Math.max(0, s.chunk)).reduce((x, y) => x + y, 0);
// warm-up as the bench (twice the timed ticks), then the timed 200,000 runs
const ticks = Math.ceil((200000 * period) / pbs);
sim.runTicks(2 * ticks);
const rs = sim.trace.runStream;
rs.flush();
const before = kept(rs), runs0 = sim.runsDone;
sim.runTicks(ticks);
rs.flush();
console.log(`${pbs} PBs Update${period}: ${((kept(rs) - before) / (sim.runsDone - runs0)).toFixed(3)} bytes a run`);

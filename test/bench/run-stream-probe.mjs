// The trace's run encoder alone (sim/trace-runs.ts), for counting its instructions: feeds
// RunStream.add the bench's Echo texts ("Runs: <n> last <ms> ms", test/bench/sim.ts) for <blocks>
// blocks in turn, as their runs come at one frequency, flattened as the role hook leaves them.
// The texts are made before the runs (a pool the same for every run count), so two processes that
// differ only by <runs> differ only by the encoder's work:
//   valgrind --tool=cachegrind --cache-sim=no node --single-threaded test/bench/run-stream-probe.mjs <root> <runs> [blocks] [period]
// at 200,000 and 400,000 runs, the difference of the totals over 200,000 (session 17: 1,654
// instructions a run at 1000 blocks, Update100; NOADD=1 leaves `add` out: 88). <root> holds js/
// (`npm run build:js`).
import { join } from "node:path";

const [root, runsS, blocksS = "1000", periodS = "100"] = process.argv.slice(2);
const { RunStream } = await import(join(root, "js/sim/trace-runs.js"));
const runs = Number(runsS);
const blocks = Number(blocksS);
const period = Number(periodS);
const ms = (period * 166666) / 10000;
const POOL = 50000;
const texts = [];
for (let n = 0; n < POOL; n++) texts.push(("Runs: " + n + " last " + ms + " ms").split("").join(""));
const stream = new RunStream();
const counts = new Int32Array(blocks);
const perTick = Math.max(1, Math.round(blocks / period));
const add = !process.env.NOADD;
let sink = 0;
for (let r = 0; r < runs; r++) {
  const b = r % blocks;
  const n = ++counts[b];
  const tick = Math.floor(r / perTick) + 1;
  const text = texts[n];
  if (add) stream.add(tick, b, 4, "", text, true);
  else sink += text.length;
}
if (sink === 42) console.log(sink);

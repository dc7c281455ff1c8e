// Traces byte for byte, before and after a change to the simulator's run path or its trace encoder
// (issue 17: what speeds a run up must not change a trace). For every scenario under sim/ and test/
// (each `.json` with "grids", and test/engine/scenarios/block-scan.scenario.ts), seeds 1-4, it runs
// the TS engine twice: reading the trace every 7 ticks and at the end (the encoder's reads in the
// middle of a batch), and once at the end; each dump is the trace's JSON, the events each read saw,
// and each PB's role and status. It prints a SHA-256 per scenario and seed and one of them all:
//   node test/bench/trace-digest.mjs [<root>] > digests.txt
// <root> (default: this tree) holds js/ (`npm run build:js`); run it on a copy of the tree before
// the change and on the tree after, and compare the outputs (`diff`). Scenarios whose options ask
// for the C# engine are left out (printed as such): their runs are event objects, not the encoder's.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = process.argv[2] ?? fileURLToPath(new URL("../..", import.meta.url));
const SEEDS = [1, 2, 3, 4];
const { loadScenario, buildSimulation } = await import(join(ROOT, "js/sim/index.js"));

function scenarioFiles(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) scenarioFiles(p, out);
    else if (name.endsWith(".json") && /"grids"\s*:/.test(readFileSync(p, "utf8"))) out.push(p);
  }
  return out;
}

function dump(scenario, seed, every) {
  const { sim, ticks } = buildSimulation(scenario, { seed, engine: "ts" });
  sim.start();
  const reads = [];
  if (every > 0) {
    while (sim.tick < ticks) {
      sim.runTicks(Math.min(every, ticks - sim.tick));
      reads.push(sim.trace.events.length);
    }
  } else sim.runUntil(ticks);
  const events = sim.trace.events;
  reads.push(events.length);
  const pbs = sim.world.pbs.map((pb) => [pb.key, pb.role, pb.status()]);
  return JSON.stringify({ events, reads, pbs });
}

const files = [...scenarioFiles(join(ROOT, "sim"), []), ...scenarioFiles(join(ROOT, "test"), []), join(ROOT, "test/engine/scenarios/block-scan.scenario.ts")];
const all = createHash("sha256");
let count = 0;
for (const file of files) {
  const name = relative(ROOT, file);
  let scenario;
  try {
    scenario = await loadScenario(file, { check: false });
  } catch (e) {
    console.log(`${name}: not loaded (${String(e?.message ?? e).split("\n")[0]})`);
    continue;
  }
  if (scenario.options?.engine === "cs") {
    console.log(`${name}: left out (C# engine)`);
    continue;
  }
  for (const seed of SEEDS) {
    for (const every of [7, 0]) {
      let text;
      try {
        text = dump(scenario, seed, every);
      } catch (e) {
        text = "threw: " + String(e?.message ?? e);
      }
      const h = createHash("sha256").update(text).digest("hex");
      all.update(h);
      count++;
      console.log(`${name} seed ${seed} ${every ? "every 7" : "once"} ${h}`);
    }
  }
}
console.log(`${count} dumps, all: ${all.digest("hex")}`);

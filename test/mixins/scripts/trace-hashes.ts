// Hashes the whole trace (every event: runs with their Echo text, messages sent and delivered, roles,
// storage, faults) of N schedules per property (group, work, dropin-equal) and per adversary family, so
// a change that must not change behaviour (a size cut, a refactoring) is checked by comparing the
// hashes with the base branch's: one line per schedule, then one per family. Usage (fo, issue 14):
//   npx tsx test/mixins/scripts/trace-hashes.ts <runs> <seed> [families] > after.txt   (the same on the base;
//   the CPU time per family goes to stderr)
//   diff before.txt after.txt   (no output: the same traces)
// A change to message texts only: TRACE_MAP=map.json, a JSON list of [new text, old text] pairs, replaces each new
// text in every event by its old one before hashing, so the rest of the trace (every decision) is compared to the base's
// (maps/: one per such step, named in SIZE-LOG.md).
// families: group, work, dropin-equal and the adversary's (families.ts; `<family>+handle` too), comma-separated;
// default: all of them. <runs> per family (an adversary family runs at most its CI count when that is smaller).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { TraceEvent } from "../../../sim/trace.ts";
import { dropinEqualArb, replay, runWorkQueue, scenarioArb, workArb } from "../properties.ts";
import { FAMILIES, familyArb } from "../adversary/families.ts";
import { build } from "../adversary/gen.ts";
import { runAdv } from "../adversary/run.ts";

const runs = Number(process.argv[2] ?? 100), seed = Number(process.argv[3] ?? 20261202);
const ADV = ["operator", "blocks", "world", "topology", "config", "crowd", "storm", "fast", "lossy", "usage", "chain", "fast8", "operator+handle", "blocks+handle"];
const fams = (process.argv[4] ?? ["group", "work", "dropin-equal", ...ADV].join(",")).split(",");

const MAP: [string, string][] = process.env.TRACE_MAP ? JSON.parse(readFileSync(process.env.TRACE_MAP, "utf8")) : [];

function hash(events: readonly TraceEvent[]): string {
  const h = createHash("sha256");
  for (const e of events) {
    let l = `${e.tick} ${e.block} ${e.kind} ${JSON.stringify(e.data)}\n`;
    for (const [now, was] of MAP) l = l.split(now).join(was);
    h.update(l);
  }
  return h.digest("hex").slice(0, 16);
}

function each<T>(name: string, arb: fc.Arbitrary<T>, n: number, trace: (s: T) => readonly TraceEvent[]): void {
  const all = createHash("sha256");
  const t0 = process.cpuUsage();
  fc.sample(arb, { numRuns: n, seed }).forEach((s, i) => {
    const h = hash(trace(s));
    all.update(h);
    console.log(`${name} ${i} ${h}`);
  });
  const c = process.cpuUsage(t0);
  console.log(`${name}: ${n} schedules at seed ${seed}: ${all.digest("hex").slice(0, 16)}`);
  // (the CPU time on stderr: the output is compared with diff)
  console.error(`${name}: ${((c.user + c.system) / 1e6).toFixed(0)} s CPU`);
}

for (const f of fams) {
  if (f === "group") each(f, scenarioArb(), runs, (s) => replay(s).g.sim.trace.events);
  else if (f === "work") each(f, workArb, runs, (s) => runWorkQueue(s).sim.trace.events);
  else if (f === "dropin-equal") each(f, dropinEqualArb, runs, (s) => replay(s).g.sim.trace.events);
  else {
    const ci = FAMILIES[f.split("+")[0]!]?.ci;
    each(f, familyArb(f), Math.min(runs, ci ?? runs), (spec) => runAdv(build(spec)).events);
  }
}

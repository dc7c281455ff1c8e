// Two pbts trees side by side in one process: compile() of the same files by tree A and tree B in turn (the order
// alternating), <pairs> times after 3 untimed pairs; prints each phase's median CPU ms per tree (compile.ts opts.phase:
// program, typescript, checks, emit) and the median (min-max) of B/A per pair. Both trees share one ts-morph (the
// compiles are as `pbts build` runs them again in a warm process: each re-reads the given files). Under load, a ratio
// of the same phase in the same pair is what means something. CPU: process.cpuUsage (user + system).
// Usage: node test/bench/compile-ab.mjs <pbts root A> <pbts root B> <pairs> <file.ts>... (each root with js/ built:
// `node compiler/bin/build-js.mjs` there; e.g. A a `git archive` of the base commit with node_modules linked).
import { resolve } from "node:path";

const [rootA, rootB, pairs, ...files] = process.argv.slice(2);
const { installCompileCache } = await import(resolve(rootB, "compiler/bin/compile-cache.mjs"));
const { tuneV8 } = await import(resolve(rootB, "compiler/bin/v8-tuning.mjs"));
tuneV8(); // as compiler/bin/pbts.mjs does
installCompileCache();
const trees = { A: (await import(resolve(rootA, "js/compiler/compile.js"))).compile, B: (await import(resolve(rootB, "js/compiler/compile.js"))).compile };
const paths = files.map((f) => resolve(f));
const ms = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const once = (compile) => {
  const phases = {};
  let t = process.cpuUsage();
  const r = compile({ files: paths, phase: (name) => ((phases[name] = ms(t)), (t = process.cpuUsage())) });
  if (!r.ok) throw new Error(`compile failed:\n${r.diagnostics.map((d) => d.message).join("\n")}`);
  return phases;
};
const rows = [];
for (let i = 0; i < 3 + Number(pairs); i++) {
  const row = {};
  for (const k of i % 2 ? ["B", "A"] : ["A", "B"]) row[k] = once(trees[k]);
  if (i >= 3) rows.push(row);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const p of Object.keys(rows[0].A)) {
  const ratio = rows.map((r) => r.B[p] / r.A[p]);
  console.log(`${p.padEnd(10)} A ${median(rows.map((r) => r.A[p])).toFixed(0).padStart(5)} ms  B ${median(rows.map((r) => r.B[p])).toFixed(0).padStart(5)} ms  B/A ${median(ratio).toFixed(2)} (${Math.min(...ratio).toFixed(2)}-${Math.max(...ratio).toFixed(2)})`);
}

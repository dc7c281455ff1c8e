// What `pbts build --watch` does after a one-file change, measured in a fresh process of the
// precompiled pbts (js/, what the CLI runs): the first build of a copy of a project (as `--watch`
// starts), then <reps> times: a change to one file (a comment line appended, so every build sees a new
// text), and the rebuild, timed in CPU (process.cpuUsage: user + system). Prints one JSON line:
// { first, rebuilds: [ms...] }. Usage: node test/bench/watch-rebuild.mjs <project root> <file> <reps>
// (test/bench/compiler.ts runs it; the project is a copy, as the file is changed). PBTS_WATCH_KEEP=0: the
// compiles share one ts-morph Project (no Project kept per compile: compiler/build.ts CompileCache), to compare.
// PBTS_WATCH_EDIT=code: the change is a line of code (an exported constant appended, which the file's C#
// carries: the C# of every compile reading it changes) instead of a comment (the C# stays the same, so
// the scripts' paste-ready texts are not made again: CompileCache.composeAll).
import { appendFileSync } from "node:fs";
import { resolve } from "node:path";
import { installCompileCache } from "../../compiler/bin/compile-cache.mjs";
import { ensureBuilt } from "../../compiler/bin/build-js.mjs";
import { tuneV8 } from "../../compiler/bin/v8-tuning.mjs";

tuneV8(); // as compiler/bin/pbts.mjs does
installCompileCache();
ensureBuilt();
const { CompileCache, build, readConfig } = await import("../../js/compiler/build.js");
const [root, file, n] = [resolve(process.argv[2]), resolve(process.argv[3]), Number(process.argv[4] ?? 5)];
const cpu = (fn) => {
  const a = process.cpuUsage();
  fn();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000;
};
// runBuild's watch loop: one cache for the process, the configuration read on every build.
const cache = new CompileCache({ keep: process.env.PBTS_WATCH_KEEP !== "0" });
const once = () => {
  const r = build(root, readConfig(root), cache);
  if (!r.ok) throw new Error(`build failed:\n${r.errors.join("\n")}`);
};
const first = cpu(once);
const rebuilds = [];
for (let i = 0; i < n; i++) {
  appendFileSync(file, process.env.PBTS_WATCH_EDIT === "code" ? `export const watchBenchChange${i} = ${i};\n` : `// watch bench change ${i}\n`);
  rebuilds.push(cpu(once));
}
console.log(JSON.stringify({ first, rebuilds }));

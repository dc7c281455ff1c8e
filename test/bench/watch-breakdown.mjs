// Where a `pbts build --watch` rebuild spends its CPU, compile by compile: as watch-rebuild.mjs (a fresh
// process of the precompiled pbts builds the project once, then changes one file and rebuilds <reps>
// times), printing for each rebuild its CPU ms and those of each compile (the files it was given) and
// each script's paste-ready texts (CompileCache.composeAll) that took more than 5 ms; the rest is the
// cache's checks of the compiles that did not run, and the writes. CPU: process.cpuUsage (user + system).
// Usage: node test/bench/watch-breakdown.mjs <project root> <file> <reps> (the file is changed: use a copy;
// PBTS_WATCH_EDIT=code as in watch-rebuild.mjs).
import { appendFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { installCompileCache } from "../../compiler/bin/compile-cache.mjs";
import { ensureBuilt } from "../../compiler/bin/build-js.mjs";
import { tuneV8 } from "../../compiler/bin/v8-tuning.mjs";

tuneV8(); // as compiler/bin/pbts.mjs does
installCompileCache();
ensureBuilt();
const { CompileCache, build, readConfig } = await import("../../js/compiler/build.js");
const [root, file, n] = [resolve(process.argv[2]), resolve(process.argv[3]), Number(process.argv[4] ?? 3)];
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const spent = [];
class Timed extends CompileCache {
  compile(opts) {
    const t = now();
    const r = super.compile(opts);
    spent.push([`compile ${(opts.files ?? []).map((f) => relative(root, f)).join(" ")}`, now() - t]);
    return r;
  }
  composeAll(script, ...rest) {
    const t = now();
    const r = super.composeAll(script, ...rest);
    spent.push([`texts of ${script}`, now() - t]);
    return r;
  }
}
const cache = new Timed();
const once = () => {
  spent.length = 0;
  const t = now();
  const r = build(root, readConfig(root), cache);
  if (!r.ok) throw new Error(`build failed:\n${r.errors.join("\n")}`);
  return now() - t;
};
console.log(`first build: ${once().toFixed(0)} ms`);
for (let i = 0; i < n; i++) {
  appendFileSync(file, process.env.PBTS_WATCH_EDIT === "code" ? `export const watchBenchChange${i} = ${i};\n` : `// watch bench change ${i}\n`);
  const total = once();
  const big = spent.filter(([, ms]) => ms > 5);
  const rest = total - big.reduce((s, [, ms]) => s + ms, 0);
  console.log(`rebuild ${i + 1}: ${total.toFixed(0)} ms\n${big.map(([what, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${what}`).join("\n")}\n  ${rest.toFixed(0).padStart(6)} ms  the rest`);
}

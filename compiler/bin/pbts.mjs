#!/usr/bin/env node
// pbts CLI entry: runs the precompiled JavaScript in js/ (no tsx). build-js.mjs builds js/ at
// install ("prepare") and here again when a source is newer than its output, so an edited or
// checked-out tree never runs stale code.
import { existsSync } from "node:fs";
import { ensureBuilt } from "./build-js.mjs";
import { installCompileCache, keepCompileCache } from "./compile-cache.mjs";
import { tuneV8 } from "./v8-tuning.mjs";

const CLI = new URL("../../js/compiler/cli.js", import.meta.url);
try {
  ensureBuilt();
} catch (e) {
  // e.g. a read-only install whose sources look newer: run what is there, and say so.
  const why = e instanceof Error ? e.message : String(e);
  if (!existsSync(CLI)) {
    console.error(`pbts: cannot build its JavaScript (js/): ${why}. Run "npm run build:js" in the pbts folder.`);
    process.exit(1);
  }
  console.error(`pbts: js/ may be out of date (${why}); running it anyway. Run "npm run build:js" in the pbts folder.`);
}
if (process.env.PBTS_DEBUG) process.setSourceMapsEnabled?.(true);
tuneV8(); // before TypeScript is loaded, and before the code cache (V8 checks that its flags match)
installCompileCache(); // V8 bytecode of TypeScript kept between runs (compile-cache.mjs)
if (["check", "compile", "build"].includes(process.argv[2] ?? "")) keepCompileCache();
const { main } = await import(CLI.href);
process.exitCode = await main(process.argv);

#!/usr/bin/env node
// pbts CLI entry: runs the precompiled JavaScript in js/ (no tsx). build-js.mjs builds js/ at
// install ("prepare") and here again when a source is newer than its output, so an edited or
// checked-out tree never runs stale code.
import { ensureBuilt } from "./build-js.mjs";

ensureBuilt();
if (process.env.PBTS_DEBUG) process.setSourceMapsEnabled?.(true);
const { main } = await import("../../js/compiler/cli.js");
process.exitCode = await main(process.argv);

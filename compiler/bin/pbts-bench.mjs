#!/usr/bin/env node
// `npm run bench`: prints the benchmark tables (compiler, simulator, failover, build parts).
import { register } from "tsx/esm/api";

register();
const { runBenchmarks } = await import("../../compiler/bench-all.ts");
await runBenchmarks(process.argv.slice(2));

// Runs every part of the benchmark that exists and prints its table. `npm run bench [part...]`.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

const PARTS: { name: string; file: string; fn: string }[] = [
  { name: "compiler", file: "compiler/bench.ts", fn: "benchCompiler" },
  { name: "sim", file: "sim/bench.ts", fn: "benchSim" },
  { name: "failover", file: "test/mixins/bench.ts", fn: "benchFailover" },
  { name: "build", file: "compiler/build-bench.ts", fn: "benchBuild" },
  { name: "cs", file: "compiler/csharp/bench-cs.ts", fn: "benchCs" },
  { name: "engine", file: "sim/engine/bench-link.ts", fn: "benchLink" },
];

export async function runBenchmarks(only: string[]): Promise<void> {
  for (const part of PARTS) {
    if (only.length && !only.includes(part.name)) continue;
    const path = resolve(ROOT, part.file);
    if (!existsSync(path)) {
      console.log(`## ${part.name}\n(not available yet: ${part.file} is missing)\n`);
      continue;
    }
    const mod = await import(path);
    const t0 = performance.now();
    const table: string = await mod[part.fn]();
    console.log(`## ${part.name}\n${table}\n(${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
}

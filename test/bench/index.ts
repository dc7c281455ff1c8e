// `npm run bench [part...]`: every benchmark of pbts, one table per part (all of them without
// arguments). Parts: compiler, sim, failover, build, cs, engine. Every bench measures CPU time and
// puts what it compares side by side (test/bench/cpu.ts); the cs part times calls inside mono
// (compiler/csharp/host/Bench.cs) and says so. PBTS_BENCH_REPS=<n> sets the repetitions.
const PARTS: { name: string; load: () => Promise<() => Promise<string>> }[] = [
  { name: "compiler", load: async () => (await import("./compiler.ts")).benchCompiler },
  { name: "sim", load: async () => (await import("./sim.ts")).benchSim },
  { name: "failover", load: async () => (await import("./failover.ts")).benchFailover },
  { name: "build", load: async () => (await import("./build.ts")).benchBuild },
  { name: "cs", load: async () => (await import("./cs.ts")).benchCs },
  { name: "engine", load: async () => (await import("./engine.ts")).benchLink },
];

/** A part's table failed: a NO in it (a bound missed, or a failing schedule of the failover properties or
 *  adversary families, which print it with its scenario and replay command). The bench then exits 1. */
export function failed(table: string): boolean {
  return /\bNO\b/.test(table);
}

export async function runBenchmarks(only: string[]): Promise<number> {
  const unknown = only.filter((o) => !PARTS.some((p) => p.name === o));
  if (unknown.length) {
    console.error(`npm run bench: unknown part ${unknown.join(", ")}; parts: ${PARTS.map((p) => p.name).join(", ")}`);
    return 2;
  }
  let code = 0;
  for (const part of PARTS) {
    if (only.length && !only.includes(part.name)) continue;
    const fn = await part.load();
    const before = process.cpuUsage();
    const table = await fn();
    const cpu = process.cpuUsage(before);
    console.log(`## ${part.name}\n${table}\n(${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU in this process)\n`);
    if (failed(table)) code = 1;
  }
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await runBenchmarks(process.argv.slice(2));
  if (code !== 0) process.exitCode = code; // a part may have set it already (failover-instructions.ts)
}

// Bench of the C# engine's link to mono (`npm run bench -- engine`): the two-engine test's small
// scenario (sim/scenarios/scripts: three leader copies, a counter, a ping-pong pair; random faults)
// run on the C# engine for a number of seeds, reporting the round trips over the FIFOs per Main and
// the CPU time of both processes (Node: process.cpuUsage; mono: /proc/<pid>/stat utime+stime) per
// Main. CPU time, not wall time: the machine is shared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findToolchain } from "../../compiler/csharp/mono.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { buildSimulation, resolveScripts, type Scenario } from "../../sim/scenario.ts";

const SEEDS = 60;

function monoCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const hz = 100; // USER_HZ on Linux
  return ((Number(f[11]) + Number(f[12])) * 1000) / hz;
}

export function smallScenario(): Scenario {
  return {
    name: "engine-bench-small",
    seconds: 10,
    grids: [
      {
        name: "Ship",
        position: [0, 0, 0],
        blocks: [
          { type: "programmable", name: "PB A", script: "./leader.ts" },
          { type: "programmable", name: "PB B", script: "./leader.ts" },
          { type: "programmable", name: "PB C", script: "./leader.ts" },
          { type: "programmable", name: "PB Counter", script: "./counter.ts" },
          { type: "programmable", name: "PB Ping", script: "./ping.ts" },
          { type: "antenna", name: "Ship Antenna", radius: 5000 },
        ],
      },
      { name: "Drone", position: [3000, 0, 0], blocks: [{ type: "programmable", name: "PB Pong", script: "./pong.ts" }, { type: "antenna", name: "Drone Antenna", radius: 5000 }] },
    ],
    events: [{ tick: 200, kind: "run", block: "PB Counter", argument: "reset" }],
    randomFaults: { count: 6, kinds: ["destroy", "damage", "turn-off", "unpower", "throw", "recompile", "lag", "save-reload"], recoverAfter: [20, 200] },
  };
}

export async function measureLink(seeds = SEEDS): Promise<{ mains: number; tripsPerMain: number; nodeUsPerMain: number; monoUsPerMain: number }> {
  const cs = await import("../../sim/engine/cs.ts");
  const scenario = await resolveScripts(smallScenario(), join(REPO_ROOT, "sim/scenarios/scripts"));
  // warm-up: build and JIT
  buildSimulation(scenario, { engine: "cs", seed: 1000 }).sim.start().runUntil(600);
  const link = cs.csLink();
  const r0 = link.requests + link.calls;
  const m0 = link.mains;
  const n0 = process.cpuUsage();
  const c0 = monoCpuMs(link.pid);
  for (let seed = 1; seed <= seeds; seed++) {
    const { sim, ticks } = buildSimulation(scenario, { engine: "cs", seed });
    sim.start().runUntil(ticks);
  }
  const n1 = process.cpuUsage(n0);
  const c1 = monoCpuMs(link.pid);
  const mains = link.mains - m0;
  return {
    mains,
    tripsPerMain: (link.requests + link.calls - r0) / mains,
    nodeUsPerMain: (n1.user + n1.system) / mains,
    monoUsPerMain: ((c1 - c0) * 1000) / mains,
  };
}

export async function benchLink(): Promise<string> {
  if (!findToolchain()) return "engine bench: mcs/mono not found (install Debian's mono-mcs)";
  const m = await measureLink();
  return [
    `C# engine link: the two-engine test's small scenario, ${SEEDS} seeds, 600 ticks each`,
    `  Main calls            ${m.mains}`,
    `  round trips per Main  ${m.tripsPerMain.toFixed(2)}   (Node->mono calls + mono->Node requests, per Main)`,
    `  CPU per Main          Node ${m.nodeUsPerMain.toFixed(1)} us + mono ${m.monoUsPerMain.toFixed(1)} us = ${(m.nodeUsPerMain + m.monoUsPerMain).toFixed(1)} us`,
  ].join("\n");
}

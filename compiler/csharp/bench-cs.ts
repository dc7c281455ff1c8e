// Bench of compiled scripts under mono: microseconds and bytes allocated per Main run, measured
// inside the mono process (compiler/csharp/host/Bench.cs) against in-process fake API objects, so no
// IPC is in the timed loop. Cases:
// - an empty Main (the baseline: the host's call path and the fake API only);
// - the failover mixin (mixins/failover.ts, when it exists): three copies of a minimal drop-in
//   script in steady state, reported for the active copy and a standby copy;
// - otherwise the simulator's example leader script (three copies).
// Allocation counter: GC.GetAllocatedBytesForCurrentThread (Mono 6.8 has it; found by reflection, and
// the output says "n/a" when a runtime lacks it). Bytes include what the fake API allocates for the
// script (argument arrays of proxy calls, boxed message structs), which the game's API would not.
//   npx tsx compiler/csharp/bench-cs.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findToolchain } from "./mono.ts";
import { REPO_ROOT } from "./stubs.ts";

const WARMUP = 2000;
const ROUNDS = 20000;

const EMPTY = `import { MyGridProgram, UpdateFrequency, UpdateType } from "pbts/se";
export class Program extends MyGridProgram {
  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }
  Main(argument: string, updateSource: UpdateType): void {}
}
`;

const FAILOVER = `import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";
import { MainConsole } from "pbts/mixins/console.ts";
import { FailoverManager, FailoverState } from "pbts/mixins/failover.ts";
// The failover mixin's drop-in usage, with no work of its own.
export class Program extends MyGridProgram {
  private readonly console: MainConsole;
  private readonly failover: FailoverManager;
  constructor() {
    super();
    this.console = new MainConsole(this, "Bench", 8, true);
    this.failover = new FailoverManager(this, this.console, new MyIni());
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }
  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument)) return;
    const state = this.failover.ActiveCheck;
    if (state === FailoverState.Standby) return;
    this.Echo("working");
  }
}
`;

interface NodeResult {
  node: number;
  us: number;
  bytes: string;
  runs: number;
  echo: string;
}

function runBench(exe: string, dll: string, typeName: string, nodes: number, customData: string): NodeResult[] {
  const tc = findToolchain()!;
  const r = spawnSync(tc.mono, ["--optimize=all", exe, "bench", dll, typeName, String(nodes), String(WARMUP), String(ROUNDS), customData.replace(/\n/g, "\\n")], {
    encoding: "utf8",
    timeout: 600_000,
    env: { ...process.env, LANG: "C", LC_ALL: "C" },
  });
  if (r.status !== 0) throw new Error(`bench failed (${r.status}): ${r.stderr}${r.stdout}`);
  return r.stdout
    .trim()
    .split("\n")
    .map((line) => {
      const m = /^node=(\d+) us_per_run=([\d.]+) bytes_per_run=(\S+) runs=(\d+) echo=(.*)$/.exec(line);
      if (!m) throw new Error(`bench: unexpected output ${line}`);
      return { node: Number(m[1]), us: Number(m[2]), bytes: m[3]!, runs: Number(m[4]), echo: m[5]! };
    });
}

export async function benchCs(): Promise<string> {
  if (!findToolchain()) return "bench-cs: mcs/mono not found (install Debian's mono-mcs)\n";
  const { buildHost, buildScript } = await import("../../sim/engine/cs.ts");
  const exe = buildHost();
  const dir = join(REPO_ROOT, ".tmp", "cs", "engine", "bench");
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const lines: string[] = [`C# engine bench: mono, in-process fake API, ${ROUNDS} timed rounds after ${WARMUP} warm-up rounds (Update10 each round)`];
  const row = (label: string, r: NodeResult) =>
    lines.push(`  ${label.padEnd(28)} ${r.us.toFixed(3).padStart(9)} us/run  ${(r.bytes === "n/a" ? "n/a" : Number(r.bytes).toFixed(0)).padStart(7)} bytes/run   (${r.runs} runs; last echo: ${r.echo.slice(0, 60)})`);

  const empty = buildScript(write("empty.ts", EMPTY));
  row("empty Main (baseline)", runBench(exe, empty.dll, empty.typeName, 1, "")[0]!);

  if (existsSync(join(REPO_ROOT, "mixins", "failover.ts"))) {
    const fo = buildScript(write("failover-node.ts", FAILOVER));
    const res = runBench(exe, fo.dll, fo.typeName, 3, "[failover]\nid=bench\nrank={rank}\n");
    const active = res.filter((r) => r.echo.includes("working"));
    const standby = res.filter((r) => !r.echo.includes("working"));
    if (active.length !== 1) lines.push(`  (warning: ${active.length} copies report working after warm-up; steady state not reached as expected)`);
    if (active[0]) row("failover: active copy", active[0]);
    if (standby[0]) row("failover: standby copy", standby[0]);
  } else {
    const leader = buildScript(join(REPO_ROOT, "sim", "scenarios", "scripts", "leader.ts"));
    const res = runBench(exe, leader.dll, leader.typeName, 3, "");
    for (const r of res) row(`leader example copy ${r.node}`, r);
  }
  lines.push("  (bytes: GC.GetAllocatedBytesForCurrentThread around each Main; they include the fake API's own small allocations)");
  return lines.join("\n") + "\n";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchCs().then(
    (s) => process.stdout.write(s),
    (e) => {
      process.stderr.write(String(e?.stack ?? e) + "\n");
      process.exit(1);
    },
  );
}

// Bench of compiled scripts under mono: microseconds and bytes allocated per Main run, measured
// inside the mono process (compiler/csharp/host/Bench.cs) against in-process fake API objects, so no
// IPC is in the timed loop. Cases:
// - an empty Main (the baseline: the host's call path only);
// - a calibration script making the kinds of API calls the failover mixin makes per run (Runtime,
//   Me, IGC send/listen/accept, a block's state, Echo) with no allocation of its own: its bytes are
//   the fake API's share of any script's bytes, and are 0 (the proxies pass shared argument arrays
//   and boxes; the fake queues message structs in reused collections);
// - the failover mixin: three copies of a minimal drop-in script (with an unchanged checkpoint) in
//   steady state, reported for the active copy and a standby copy.
// The scripts are built without the instruction counting that `--engine cs` inserts (that is the
// simulator's, not the game-grade output's: its expression-lambda wrapper allocates).
// Allocation counter: GC.GetAllocatedBytesForCurrentThread (Mono 6.8 has it; found by reflection, and
// the output says "n/a" when a runtime lacks it). With the calibration row at 0, the bytes of the
// other rows are the script's own allocations.
//   npm run bench -- cs
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findToolchain } from "../../compiler/csharp/mono.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";

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

// The kinds of API calls the failover mixin makes per run, with no allocation of its own: what the
// fake API allocates for them (it should be nothing) is the share of the failover rows that is not
// the mixin's. Three copies, so each run drains the other copies' messages of the round before.
const CALIBRATION = `import { MyGridProgram, TransmissionDistance, UpdateFrequency, UpdateType, toDouble, type IMyBroadcastListener, type int, type long } from "pbts/se";
export class Program extends MyGridProgram {
  private readonly listener: IMyBroadcastListener;
  private readonly me: long;
  private lastTsl = 0;
  private lastLrt = 0;
  private lastIc: int = 0;
  private lastCustomData = "";
  private lastSource: long = 0;
  private received = 0;
  private checks = 0;
  constructor() {
    super();
    this.me = this.Me.EntityId;
    this.listener = this.IGC.RegisterBroadcastListener("bench.calibration");
    this.listener.SetMessageCallback("");
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }
  Main(argument: string, updateSource: UpdateType): void {
    const rt = this.Runtime;
    const tsl = toDouble(rt.TimeSinceLastRun.Ticks);
    const lrt = rt.LastRunTimeMs;
    const ic = rt.CurrentInstructionCount;
    if (tsl !== this.lastTsl || lrt !== this.lastLrt || ic < this.lastIc) this.checks++;
    this.lastTsl = tsl;
    this.lastLrt = lrt;
    if (rt.UpdateFrequency === UpdateFrequency.Update10) rt.UpdateFrequency = UpdateFrequency.Update10 | UpdateFrequency.Once;
    if (this.Me.CustomData !== this.lastCustomData) this.checks++;
    const l = this.listener;
    while (l.HasPendingMessage) {
      const m = l.AcceptMessage();
      if (m.As<string>() === "beat" && m.Source !== this.me) {
        this.lastSource = m.Source;
        this.received++;
      }
    }
    this.IGC.SendBroadcastMessage("bench.calibration", "beat", TransmissionDistance.AntennaRelay);
    const b = this.GridTerminalSystem.GetBlockWithId(this.Me.EntityId);
    if (b !== null && !b.Closed && b.IsWorking && b.IsSameConstructAs(this.Me)) this.checks++;
    this.lastIc = rt.CurrentInstructionCount;
    this.Echo("calibration");
  }
}
`;

const FAILOVER = `import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";
import { ScreenConsole } from "pbts/mixins/screen-console.ts";
import { FailoverState } from "pbts/mixins/failover.ts";
import { FailoverManager } from "pbts/mixins/failover-manager.ts";
// The failover mixin's drop-in usage, with no work of its own.
export class Program extends MyGridProgram {
  private readonly console: ScreenConsole;
  private readonly failover: FailoverManager;
  constructor() {
    super();
    this.console = new ScreenConsole(this, "Bench", 8);
    this.failover = new FailoverManager(this, this.console, new MyIni());
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }
  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument)) return;
    const state = this.failover.ActiveCheck;
    if (state === FailoverState.Standby) return;
    // an unchanged checkpoint: kept, and sent with every heartbeat
    this.failover.Checkpoint = "steady";
    this.Echo("working");
  }
}
`;

export interface NodeResult {
  node: number;
  us: number;
  bytes: string;
  runs: number;
  echo: string;
}

interface Rounds {
  warmup: number;
  rounds: number;
}

function runBench(exe: string, dll: string, typeName: string, nodes: number, customData: string, n: Rounds): NodeResult[] {
  const tc = findToolchain()!;
  const r = spawnSync(tc.mono, ["--optimize=all", exe, "bench", dll, typeName, String(nodes), String(n.warmup), String(n.rounds), customData.replace(/\n/g, "\\n")], {
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

export interface CsBench {
  baseline: NodeResult;
  /** The copy of the calibration script that allocated most. */
  calibration: NodeResult;
  /** Failover copies after warm-up: the one that reports working, and the others. */
  active: NodeResult[];
  standby: NodeResult[];
}

/** The failover script with a checkpoint that changes on every active run (two literals: the script itself builds no string). */
const FAILOVER_CHANGING = FAILOVER.replace('import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";', 'import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, type int } from "pbts/se";')
  .replace("  private readonly failover: FailoverManager;\n", "  private readonly failover: FailoverManager;\n  private n: int = 0;\n")
  .replace('this.failover.Checkpoint = "steady";', 'this.n++;\n    this.failover.Checkpoint = (this.n & 1) === 0 ? "even" : "odd";');

/** The same on the lean class (session 25): Failover, HandleCommand(argument, updateSource) on every run. */
const FAILOVER_LEAN = FAILOVER.replace('import { FailoverState } from "pbts/mixins/failover.ts";\nimport { FailoverManager } from "pbts/mixins/failover-manager.ts";', 'import { Failover, FailoverState } from "pbts/mixins/failover.ts";')
  .replace("  private readonly failover: FailoverManager;", "  private readonly failover: Failover;")
  .replace("new FailoverManager(", "new Failover(")
  .replace("HandleCommand(argument)", "HandleCommand(argument, updateSource)");

/** Runs the three cases under mono (requires mcs/mono); `changing`: the active's checkpoint changes on every run; `lean`: the lean class. */
export async function measureCs(n: Rounds = { warmup: WARMUP, rounds: ROUNDS }, changing = false, lean = false): Promise<CsBench> {
  const { buildHost, buildScript } = await import("../../sim/engine/cs.ts");
  const exe = buildHost();
  const dir = join(REPO_ROOT, ".tmp", "cs", "engine", "bench");
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const empty = buildScript(write("empty.ts", EMPTY), { instrumented: false });
  const baseline = runBench(exe, empty.dll, empty.typeName, 1, "", n)[0]!;
  const cal = buildScript(write("calibration.ts", CALIBRATION), { instrumented: false });
  const calibration = runBench(exe, cal.dll, cal.typeName, 3, "", n).reduce((a, b) => (Number(b.bytes) > Number(a.bytes) ? b : a));
  if (lean && !FAILOVER_LEAN.includes("new Failover(this")) throw new Error("bench: the lean script was not made");
  const fo = lean
    ? buildScript(write("failover-lean.ts", FAILOVER_LEAN), { instrumented: false })
    : buildScript(write(changing ? "failover-changing.ts" : "failover-node.ts", changing ? FAILOVER_CHANGING : FAILOVER), { instrumented: false });
  const res = runBench(exe, fo.dll, fo.typeName, 3, "[failover]\nid=bench\nrank={rank}\n", n);
  return { baseline, calibration, active: res.filter((r) => r.echo.includes("working")), standby: res.filter((r) => !r.echo.includes("working")) };
}

export async function benchCs(): Promise<string> {
  if (!findToolchain()) return "bench-cs: mcs/mono not found (install Debian's mono-mcs)\n";
  const m = await measureCs();
  const lines: string[] = [`C# engine bench: mono, in-process fake API, ${ROUNDS} timed rounds after ${WARMUP} warm-up rounds (Update10 each round)`];
  // whole bytes as such; an average below that shows its fraction (a rare allocation is not a 0)
  const bytes = (s: string) => (s === "n/a" ? "n/a" : Number.isInteger(Number(s)) ? Number(s).toFixed(0) : Number(s) < 10 ? Number(s).toFixed(2) : Number(s).toFixed(1));
  const row = (label: string, r: NodeResult) =>
    lines.push(`  ${label.padEnd(30)} ${r.us.toFixed(3).padStart(9)} us/run  ${bytes(r.bytes).padStart(7)} bytes/run   (${r.runs} runs; last echo: ${r.echo.slice(0, 60)})`);
  row("empty Main (baseline)", m.baseline);
  row("API calls only (fake's share)", m.calibration);
  if (m.active.length !== 1) lines.push(`  (warning: ${m.active.length} copies report working after warm-up; steady state not reached as expected)`);
  if (m.active[0]) row("failover: active copy", m.active[0]);
  if (m.standby[0]) row("failover: standby copy", m.standby[0]);
  lines.push("  (bytes: GC.GetAllocatedBytesForCurrentThread around each Main, averaged over the timed runs. The proxies and");
  lines.push("   the fake API allocate nothing for these calls (the calibration row), so the bytes shown are the script's own.)");
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

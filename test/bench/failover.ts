// Failover benchmark (`npm run bench -- failover`; Node, drives the simulator). `benchFailover()`
// returns a printed table: both properties over 20,000 random fault schedules each, the adversary's
// families over 1,000 schedules in all by default (every check of its trace oracle; minutes of CPU,
// where 20,000 took hours: PBTS_BENCH_ADVERSARY=<n> runs more), measured
// takeover latency per kind of loss next to its bound, dual-active ticks over the fault matrix, and
// the per-run cost of standby and active nodes in the simulator. A failing schedule (property or
// adversary family) prints its scenario and replay command and a NO in its row: the bench exits 1.
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";
import { Simulation } from "pbts/sim";
import { benchFailoverInstructions } from "./failover-instructions.ts";
import { EchoConsole } from "../../mixins/echo-console.ts";
import { FailoverManager } from "../../mixins/failover-manager.ts";
import { FailoverRole } from "../../mixins/failover-role.ts";
import { Watch, heartbeatTicks, lastBefore, makeGroup, nextRun } from "../mixins/harness.ts";
import { FAULTS, SCOPES, TARGETS, runMatrixCase } from "../mixins/matrix.ts";
import { SEED, checkGroup, checkWork, countFailures, scenarioArb, workArb } from "../mixins/properties.ts";
import { PERIOD, group as trafficGroup, perPeriod } from "../mixins/traffic.ts";
import fc from "fast-check";
import { FAMILIES } from "../mixins/adversary/families.ts";
import { sampleFamily } from "../mixins/adversary/sample.ts";
import { SEED as ADV_SEED } from "../mixins/adversary/run.ts";
import { writeScenario } from "../mixins/adversary/model.ts";

const P = 100;
const TIMEOUT = 3;
/** The confirmation before a silent takeover: up to three query rounds of two ticks, + the decision. */
const CONFIRM = 7;

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => String(c).padEnd(widths[i]!)).join("  ");
}

interface Latency {
  kind: string;
  measured: number[];
  bound: string;
  ok: boolean;
}

function latencies(seeds: number[]): Latency[] {
  const out: Latency[] = [];
  // graceful: ticks from the handover run to the first run of the next node as active (bound: 1)
  {
    const m: number[] = [];
    let ok = true;
    for (const seed of seeds) {
      const g = makeGroup({ n: 3, seed });
      const w = new Watch(g.sim, g.names).runUntil(600);
      g.sim.at(650, { kind: "run", block: g.order[0]!, argument: "failover handover" });
      w.runUntil(900);
      const took = w.firstActive(g.order[1]!, 650);
      m.push(took - 650);
      ok &&= took - 650 === 1;
    }
    out.push({ kind: "graceful (failover handover)", measured: m, bound: "1 (next tick)", ok });
  }
  // visible: ticks from the fault to the takeover, next to the standby's next run (the bound)
  for (const kind of ["destroy", "turn-off", "unpower", "damage"] as const) {
    const m: number[] = [];
    let ok = true;
    let maxBound = 0;
    for (const seed of seeds) {
      const g = makeGroup({ n: 3, seed });
      const w = new Watch(g.sim, g.names).runUntil(600);
      const L = 777;
      g.sim.at(L, { kind, block: g.order[0]! });
      w.runUntil(L + 3 * P);
      const took = w.firstActive(g.order[1]!, L);
      const bound = nextRun(g.sim, g.order[1]!, L);
      m.push(took - L);
      maxBound = Math.max(maxBound, bound - L);
      ok &&= took === bound;
    }
    out.push({ kind: `visible (${kind})`, measured: m, bound: `standby's next run (<= ${P - 1}; here max ${maxBound})`, ok });
  }
  // silent: ticks from the last heartbeat sent to the takeover (bound: [1 + timeout*P, timeout*P + P])
  for (const kind of ["throw", "change-owner"] as const) {
    const m: number[] = [];
    let ok = true;
    for (const seed of seeds) {
      const g = makeGroup({ n: 3, seed });
      const w = new Watch(g.sim, g.names).runUntil(600);
      const F = 810;
      g.sim.at(F, kind === "throw" ? { kind, block: g.order[0]! } : { kind, block: g.order[0]!, owner: 7 });
      w.runUntil(F + 8 * P);
      const died = kind === "throw" ? nextRun(g.sim, g.order[0]!, F) : F;
      const hb = lastBefore(heartbeatTicks(g.sim, g.order[0]!), died + 1);
      const took = w.firstActive(g.order[1]!, F);
      m.push(took - hb);
      ok &&= took - hb >= 1 + TIMEOUT * P && took - hb <= TIMEOUT * P + P + CONFIRM;
    }
    out.push({ kind: `silent (${kind})`, measured: m, bound: `[${1 + TIMEOUT * P}, ${TIMEOUT * P + P + CONFIRM}] after last heartbeat (confirmation round included)`, ok });
  }
  return out;
}

/** Per-run cost of ActiveCheck by role, measured around the call in a steady group. */
function runCost(ticks: number): { role: string; runs: number; usPerRun: number }[] {
  const cost = new Map<string, { n: number; t: number }>();
  class Program extends MyGridProgram {
    failover: FailoverManager;
    constructor() {
      super();
      this.failover = new FailoverManager(this, new EchoConsole(this), new MyIni());
      this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    }
    Main(argument: string, updateType: UpdateType): void {
      // CPU time of this process around the two calls (µs; the guide: never wall time)
      const t0 = process.cpuUsage();
      this.failover.HandleCommand(argument);
      const v = this.failover.ActiveCheck;
      const d = process.cpuUsage(t0);
      const dt = (d.user + d.system) / 1000;
      if (this.failover.Runs < 100) return; // warm-up
      const role = this.failover.Role === FailoverRole.Active ? "active" : "standby";
      const c = cost.get(role) ?? { n: 0, t: 0 };
      c.n++;
      c.t += dt;
      cost.set(role, c);
      void v;
      void updateType;
    }
  }
  const sim = new Simulation({ seed: 3, mute: ["run", "igc-send", "igc-deliver", "state", "role", "customData"] });
  sim.addGrid({ name: "G" });
  for (let i = 0; i < 4; i++) sim.addProgrammableBlock("G", { name: `PB${i}`, script: Program, customData: `[failover]\nid=bench\nrank=${i}\nheartbeat=1.67` });
  sim.start().runTicks(ticks);
  return [...cost.entries()].map(([role, c]) => ({ role, runs: c.n, usPerRun: (c.t / c.n) * 1000 }));
}

/** A quiet group of 8 (the active PB0 checkpoints on every run), per copy and period: messages sent, IGC (callback) runs, queue-full drops. */
function traffic(): string[] {
  const out = [`Traffic of a quiet group of 8 (ranks 0-7; ticks 1000-2000 = 10 periods of ${PERIOD}; the active PB0 checkpoints on every run), per copy per period`];
  const w = [20, 11, 7, 9, 9, 10];
  out.push(row(["group", "copy", "update", "messages", "IGC runs", "queue-full"], w));
  const groups: [string, (1 | 10 | 100)[]][] = [
    ["U1 active, mixed", [1, 10, 1, 10, 10, 100, 100, 100]],
    ["U10 active, mixed", [10, 1, 10, 10, 100, 100, 1, 100]],
    ["U100 active, mixed", [100, 10, 1, 10, 100, 100, 10, 1]],
  ];
  for (const [name, ups] of groups) {
    const { trace, violations } = trafficGroup(name, ups);
    perPeriod(trace, ups.length).forEach((c, i) => out.push(row([i === 0 ? name : "", c.block + (i === 0 ? " (A)" : i === 1 ? " (next)" : ""), `U${ups[i]}`, c.sent.toFixed(1), c.igcRuns.toFixed(1), c.drops.toFixed(1)], w)));
    if (violations.length) out.push(`  oracle: ${violations.length} violations, first: [${violations[0]!.check}] ${violations[0]!.text}`);
  }
  return out;
}

/** How many failing schedules the bench prints per property or family (each with its scenario and replay command). */
const SHOWN = 10;

/** A property to run over schedules: its row name, and how to count its failures (countFailures over its arbitrary and check). */
export interface BenchProperty {
  name: string;
  run: (n: number, seed: number, onFailure: (e: unknown, k: number) => void) => { failures: number; cpuSeconds: number };
}

export function benchProperty<T>(name: string, arb: fc.Arbitrary<T>, check: (s: T) => void): BenchProperty {
  return { name, run: (n, seed, onFailure) => countFailures(arb, check, n, seed, onFailure) };
}

/**
 * The properties' table over `n` schedules each (fast-check, fixed seed; no shrinking): schedules, failures,
 * CPU seconds and `within` (NO when any schedule failed: the bench then exits non-zero, index.ts), then every
 * failing schedule (up to SHOWN per property): its scenario, violations and the command that replays it.
 */
export function propertyTable(props: BenchProperty[], n: number, seed: number): string[] {
  const w = [44, 10, 10, 10, 6];
  const lines = [row(["property", "schedules", "failures", "CPU s", "within"], w)];
  const shown: string[] = [];
  for (const p of props) {
    const r = p.run(n, seed, (e, k) => {
      if (k > SHOWN) return;
      // the check's message: "scenario {...}", the violations, "replay: <command>"
      const text = String(e instanceof Error ? e.message : e).split("\n");
      shown.push(`failing schedule ${k} of '${p.name}': ${text[0]}`, ...text.slice(1).filter((x) => !x.startsWith("replay: ")).slice(0, 3).map((x) => `  ${x}`), ...text.filter((x) => x.startsWith("replay: ")).map((x) => `  ${x}`));
    });
    lines.push(row([p.name, n, r.failures, r.cpuSeconds.toFixed(1), r.failures === 0 ? "yes" : "NO"], w));
    if (r.failures > SHOWN) shown.push(`(${r.failures - SHOWN} more failing schedules of '${p.name}' not shown: test/mixins/scripts/property-sample.ts prints them all)`);
  }
  return [...lines, ...shown];
}

/** The adversary's families as CI runs them (test/mixins/adversary/adversary.test.ts): each family, and the
 *  HandleCommand-only draws of operator and blocks; their CI counts (the `+handle` ones 200). */
const ADV_CI: [string, number][] = [
  ...Object.entries(FAMILIES).map(([f, x]) => [f, x.ci ?? 500] as [string, number]),
  ["operator+handle", 200],
  ["blocks+handle", 200],
];

/** The adversary's families over `total` schedules, shared out as their CI counts are (at least 1 each),
 *  every check on (the open findings' checks too: their counts show what is open). */
function adversary(total: number): string[] {
  const sum = ADV_CI.reduce((a, [, c]) => a + c, 0);
  const share = ADV_CI.map(([f, ci]) => [f, Math.max(1, Math.round((total * ci) / sum))] as [string, number]);
  const drawn = share.reduce((a, [, r]) => a + r, 0);
  const out = [
    `Adversary families (test/mixins/adversary; fast-check seed ${ADV_SEED} (PBTS_ADVERSARY_SEED); ${drawn.toLocaleString("en-US")} schedules in all ` +
      `(PBTS_BENCH_ADVERSARY=${total}), shared out as the CI counts are, at least 1 a family; every check of the trace oracle, open findings' checks included)`,
  ];
  const w = [16, 10, 8, 9, 44, 16, 6];
  out.push(row(["family", "schedules", "failing", "CPU s", "failing schedules per check", "CPU ms/schedule", "within"], w));
  let n = 0;
  let bad = 0;
  let cpu = 0;
  const shown: string[] = [];
  for (const [f, runs] of share) {
    let k = 0;
    // (every check is on in CI for every family: a failing schedule is a failure of the bench too)
    const r = sampleFamily(f, runs, ADV_SEED, (i, s, v) => {
      if (++k > SHOWN) return;
      const cmd = writeScenario(s, `bench-${f.replace("+", "-")}-${i}`).check;
      shown.push(`failing schedule #${i} of ${f}: ${v.slice(0, 3).map((x) => `[${x.check}] tick ${x.tick}: ${x.text}`).join("; ")}`, `  replay: ${cmd}`);
    });
    n += runs;
    bad += r.failing;
    cpu += r.cpuMs;
    out.push(row([f, runs, r.failing, (r.cpuMs / 1000).toFixed(1), Object.entries(r.byCheck).map(([c, v]) => `${c} ${v}`).join(", ") || "-", (r.cpuMs / runs).toFixed(0), r.failing === 0 ? "yes" : "NO"], w));
    if (k > SHOWN) shown.push(`(${k - SHOWN} more failing schedules of ${f} not shown: test/mixins/scripts/adversary-sample.ts prints them all)`);
  }
  out.push(`adversary total: ${n} schedules, ${bad} failing, ${(cpu / 1000).toFixed(0)} s CPU`, ...shown);
  return out;
}

/** `schedules`: how many random fault schedules each property runs (default 20,000; PBTS_BENCH_SCHEDULES);
 *  `adversarySchedules`: the adversary's families in all (default 1,000, a few minutes of CPU; PBTS_BENCH_ADVERSARY;
 *  0 leaves them out). */
export async function benchFailover(schedules = Number(process.env.PBTS_BENCH_SCHEDULES ?? 20000), adversarySchedules = Number(process.env.PBTS_BENCH_ADVERSARY ?? 1000)): Promise<string> {
  const lines: string[] = [];
  lines.push(`Properties over random fault schedules (fast-check seed ${SEED} (PBTS_PROPERTY_SEED), ${schedules.toLocaleString("en-US")} each (PBTS_BENCH_SCHEDULES); the same checks as test/mixins/property.test.ts)`);
  lines.push(...propertyTable([benchProperty("one active / exactly one / lowest (3-8 copies)", scenarioArb(), checkGroup), benchProperty("work queue: no skip, no avoidable repeat", workArb, checkWork)], schedules, SEED));
  lines.push("");
  if (adversarySchedules > 0) {
    lines.push(...adversary(adversarySchedules));
    lines.push("");
  }
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  lines.push("Failover: takeover latency in ticks (defaults: heartbeat 100 ticks, timeout 3, Update100; 3 nodes, 8 seeds)");
  const w1 = [34, 30, 48, 4];
  lines.push(row(["loss", "measured (min..max)", "bound", "within"], w1));
  for (const l of latencies(seeds)) {
    lines.push(row([l.kind, `${Math.min(...l.measured)}..${Math.max(...l.measured)}`, l.bound, l.ok ? "yes" : "NO"], w1));
  }
  lines.push("");
  lines.push(`Fault matrix: ${FAULTS.length} faults x ${TARGETS.length} targets x ${SCOPES.length} scopes (4 nodes, fault at 700, recovery after 500)`);
  const w2 = [16, 10, 22, 24, 10];
  lines.push(row(["fault", "cases", "dual-active ticks", "of them in one construct", "allowed"], w2));
  let total = 0;
  let sameConstruct = 0;
  let wrong = 0;
  for (const f of FAULTS) {
    let dual = 0;
    let same = 0;
    let allowed = 0;
    let n = 0;
    for (const s of SCOPES)
      for (const t of TARGETS) {
        const r = runMatrixCase(f, t, s);
        dual += r.dualTicks;
        same += r.dualSameConstruct;
        allowed += r.dualAllowed;
        n++;
        if (r.final !== r.expectedFinal || r.dualTicks > r.dualAllowed) wrong++;
      }
    total += dual;
    if (f !== "message-loss") sameConstruct += same;
    lines.push(row([f, n, dual, same, allowed], w2));
  }
  lines.push(
    `total dual-active ticks: ${total}; in one construct, outside message loss (which cuts a node off the group): ${sameConstruct} ` +
      `(a split's two constructs rightly run one active each; after the rejoin both act until they hear each other); cases with a wrong outcome: ${wrong}`,
  );
  lines.push("");
  lines.push("Per-run CPU cost of HandleCommand + ActiveCheck in the simulator (Node, 4 nodes on Update10, 20,000 ticks; process CPU time around the two calls)");
  const w3 = [10, 8, 12];
  lines.push(row(["role", "runs", "us/run"], w3));
  for (const c of runCost(20000)) lines.push(row([c.role, c.runs, c.usPerRun.toFixed(2)], w3));
  lines.push("");
  lines.push(...traffic());
  lines.push("");
  lines.push(await benchFailoverInstructions());
  return lines.join("\n");
}

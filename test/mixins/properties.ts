// The failover properties' machinery, shared by property.test.ts, counterexamples.test.ts and the
// bench (test/bench/failover.ts): random fault schedules (fast-check arbitraries), their replay in the
// simulator with the group checks, the work-queue example's run and its repeat oracle.
import fc from "fast-check";
import type { SimAction, Simulation } from "pbts/sim";
import type { Trace } from "../../sim/trace.ts";
import { buildSimulation, loadScenario } from "../../sim/scenario.ts";
import { FailoverRole } from "../../mixins/failover-role.ts";
import { Program as WorkQueue } from "../../mixins/examples/work-queue.ts";
import { Watch, ini, makeGroup, manager, nodeName, type Group } from "./harness.ts";
import { replayScenario, writeReplay, type ReplaySpec } from "./replay-file.ts";

const P = 100;
const FIRST_FAULT = 300;
const LAST_FAULT = 2200;
const CONFLICT_WINDOW = 3; // ticks: one run of each side, plus delivery of the message that resolves it

export type Kind =
  | "destroy" | "damage" | "turn-off" | "unpower" | "throw" | "recompile" | "lag" | "save-reload" | "disable"
  | "flap" | "handover" | "change-owner" | "loss";
const KINDS: Kind[] = ["destroy", "damage", "turn-off", "unpower", "throw", "recompile", "lag", "save-reload", "disable", "flap", "handover", "change-owner", "loss"];

export interface Fault {
  tick: number;
  kind: Kind;
  node: number;
  duration: number;
}
export interface Scenario {
  seed: number;
  ranks: number[];
  faults: Fault[];
  /** false: the spec's drop-in usage alone (no HandleCommand; run boundaries found by the manager). */
  explicit?: boolean;
  /** The lean class (Failover) with HandleCommand(argument, updateSource) on every run (session 25, issue 15). */
  lean?: boolean;
  /** Per node: 1, 10 or 100 (its UpdateFrequency); default 100. */
  updates?: number[];
  /** [failover] timeout (>= 2) and heartbeat (ticks) of every copy; defaults 3 and 100. */
  timeout?: number;
  heartbeat?: number;
}

const faultArb = (nodes: number, minDuration: number) =>
  fc.record({
    tick: fc.integer({ min: FIRST_FAULT, max: LAST_FAULT }),
    kind: fc.constantFrom(...KINDS),
    node: fc.integer({ min: 0, max: nodes - 1 }),
    duration: fc.integer({ min: minDuration, max: 700 }),
  });

/** 3-8 copies; equal, dense or sparse ranks; mixed update frequencies; timeouts 2-5; heartbeats 1/3-3 s. */
export const scenarioArb = (minDuration = 1) =>
  fc.integer({ min: 3, max: 8 }).chain((n) =>
    fc.record({
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      ranks: fc.oneof(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }),
        fc.constant(Array.from({ length: n }, () => 1)),
      ),
      faults: fc.array(faultArb(n, minDuration), { minLength: 1, maxLength: 6 }),
      explicit: fc.boolean(),
      updates: fc.oneof(fc.constant(Array.from({ length: n }, () => 100)), fc.array(fc.constantFrom(1, 10, 100), { minLength: n, maxLength: n })),
      timeout: fc.constantFrom(2, 3, 5),
      heartbeat: fc.constantFrom(20, 100, 180),
    }),
  );

/** The group property's schedules with the lean class on every copy (a map of scenarioArb: the same draws). */
export const leanArb = scenarioArb().map((s) => ({ ...s, explicit: true, lean: true }));

/** F47's class (the hunt, test/mixins/scripts/property-sample.ts `dropin-equal`): 5-8 copies of one rank, the drop-in
 *  usage alone, mostly Update100, long heartbeats (120-600 ticks), flaps, save-reloads, lags and brief switch-offs. */
export const dropinEqualArb = fc.integer({ min: 5, max: 8 }).chain((n) =>
  fc.record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    ranks: fc.integer({ min: 0, max: 4 }).map((r) => Array.from({ length: n }, () => r)),
    faults: fc.array(
      fc.record({
        tick: fc.integer({ min: FIRST_FAULT, max: LAST_FAULT }),
        kind: fc.constantFrom<Kind>("flap", "flap", "save-reload", "lag", "turn-off"),
        node: fc.integer({ min: 0, max: n - 1 }),
        duration: fc.integer({ min: 1, max: 700 }),
      }),
      { minLength: 2, maxLength: 7 },
    ),
    explicit: fc.constant(false),
    updates: fc.oneof(fc.constant(Array.from({ length: n }, () => 100)), fc.array(fc.constantFrom(10, 100, 100), { minLength: n, maxLength: n })),
    timeout: fc.constantFrom(2, 3, 5),
    heartbeat: fc.constantFrom(120, 150, 180, 240, 300, 450, 600),
  }),
);

/** One period of a copy: the heartbeat rounded up to whole run intervals (what the manager sends). */
function periodOf(s: Scenario, i: number): number {
  const g = s.updates?.[i] ?? 100;
  const hb = s.heartbeat ?? 100;
  return Math.ceil(hb / g) * g;
}

/** Detection bound: the slowest lease (timeout x period) + its reading run + a confirmation round and
 *  a re-query per position in the line, + a boot round and margin. */
function detectionBound(s: Scenario): number {
  const pmax = Math.max(...s.ranks.map((_, i) => periodOf(s, i)));
  return (s.timeout ?? 3) * pmax + 2 * pmax + s.ranks.length * (Math.min(pmax, 100) + 10) + 200;
}

function endOf(s: Scenario): number {
  return LAST_FAULT + 700 + detectionBound(s);
}

/** The schedule as simulator actions (each fault with its recovery). Destroyed nodes stay gone. */
function actions(s: Scenario, name: (i: number) => string): { tick: number; action: SimAction }[] {
  const out: { tick: number; action: SimAction }[] = [];
  for (const f of s.faults) {
    const b = name(f.node);
    const end = f.tick + f.duration;
    switch (f.kind) {
      case "destroy":
        out.push({ tick: f.tick, action: { kind: "destroy", block: b } });
        break;
      case "damage":
        out.push({ tick: f.tick, action: { kind: "damage", block: b } }, { tick: end, action: { kind: "repair", block: b } });
        break;
      case "turn-off":
        out.push({ tick: f.tick, action: { kind: "turn-off", block: b } }, { tick: end, action: { kind: "turn-on", block: b } });
        break;
      case "unpower":
        out.push({ tick: f.tick, action: { kind: "unpower", block: b } }, { tick: end, action: { kind: "repower", block: b } });
        break;
      case "throw":
        out.push({ tick: f.tick, action: { kind: "throw", block: b } }, { tick: end, action: { kind: "recompile", block: b } });
        break;
      case "change-owner":
        // an ownership change (here to a friendly owner) terminates the script; recompiled later
        out.push({ tick: f.tick, action: { kind: "change-owner", block: b, owner: 1 } }, { tick: end, action: { kind: "recompile", block: b } });
        break;
      case "recompile":
        out.push({ tick: f.tick, action: { kind: "recompile", block: b } });
        break;
      case "lag":
        out.push({ tick: f.tick, action: { kind: "lag", ticks: f.duration, block: b } });
        break;
      case "save-reload":
        out.push({ tick: f.tick, action: { kind: "save-reload" } });
        break;
      case "disable":
        out.push(
          { tick: f.tick, action: { kind: "run", block: b, argument: "failover disable" } },
          { tick: end, action: { kind: "run", block: b, argument: "failover enable" } },
        );
        break;
      case "handover":
        // the operator's way back after a handover is `failover enable` (preemption allowed again)
        out.push(
          { tick: f.tick, action: { kind: "run", block: b, argument: "failover handover" } },
          { tick: end, action: { kind: "run", block: b, argument: "failover enable" } },
        );
        break;
      case "flap": {
        // switched off and on again, several times, each off/on shorter or longer than a run interval
        const step = Math.max(2, Math.floor(f.duration / 6));
        for (let k = 0; k < 3; k++) {
          out.push({ tick: f.tick + 2 * k * step, action: { kind: "turn-off", block: b } }, { tick: f.tick + (2 * k + 1) * step, action: { kind: "turn-on", block: b } });
        }
        break;
      }
      case "loss":
        out.push({ tick: f.tick, action: { kind: "message-loss", probability: 0.5, block: b } }, { tick: end, action: { kind: "message-loss", probability: 0, block: b } });
        break;
    }
  }
  return out;
}

/** Ticks at which something was scheduled (faults and recoveries; a lag ends on its own). */
function disruptions(list: { tick: number; action: SimAction }[]): number[] {
  return list.flatMap((a) => (a.action.kind === "lag" ? [a.tick, a.tick + a.action.ticks] : [a.tick])).sort((x, y) => x - y);
}

function live(sim: Simulation, name: string): boolean {
  const pb = sim.pb(name);
  if (!pb.alive || !pb.IsWorking || sim.tick < pb.throttledUntil) return false;
  const m = manager(sim, name);
  return m !== null && m.Role !== FailoverRole.Invalid && m.Role !== FailoverRole.Disabled;
}

interface Outcome {
  violations: string[];
  w: Watch;
  g: Group;
}

function customDataOf(s: Scenario, i: number): string {
  const extra = `${s.timeout ? `timeout=${s.timeout}\n` : ""}${s.heartbeat ? `heartbeat=${s.heartbeat / 60}\n` : ""}`;
  return ini("grp", s.ranks[i]!, extra) + (s.updates && s.updates[i] !== 100 ? `\n[test]\nupdate=${s.updates[i]}\n` : "");
}

/** The property scenario as a `pbts sim` scenario (same blocks, order, seed and actions). */
export function groupReplaySpec(s: Scenario, name: string): ReplaySpec {
  const names = s.ranks.map((_, i) => nodeName(i));
  return {
    name,
    description: `failover property counterexample: ranks ${s.ranks.join(",")}, ${s.lean ? "the lean class (Failover)" : s.explicit === false ? "drop-in usage alone" : "with HandleCommand"}`,
    seed: s.seed,
    ticks: endOf(s),
    blocks: names.map((n, i) => ({
      type: "programmable",
      name: n,
      script: s.lean ? "test/mixins/scripts/lean.ts" : s.explicit === false ? "test/mixins/scripts/drop-in-bare.ts" : "test/mixins/scripts/drop-in.ts",
      customData: customDataOf(s, i),
    })),
    actions: actions(s, (i) => names[i]!),
  };
}

export function replay(s: Scenario): Outcome {
  const g = makeGroup({ ranks: s.ranks, seed: s.seed, script: { explicit: s.explicit ?? true, lean: s.lean ?? false }, customData: (i) => customDataOf(s, i) });
  const acts = actions(s, (i) => g.names[i]!);
  for (const a of acts) g.sim.at(a.tick, a.action);
  const w = new Watch(g.sim, g.names);
  const D = detectionBound(s);
  const END = endOf(s);
  const pmax = Math.max(...s.ranks.map((_, i) => periodOf(s, i)));
  // message loss cuts a copy off the group: two may act until the loss ends and they hear each other
  const lossWindows = s.faults.filter((f) => f.kind === "loss").map((f) => [f.tick, f.tick + f.duration + 2 * pmax + 3]);
  const lossOn = (t: number) => lossWindows.some(([a, b]) => t >= a! && t <= b!);
  const liveSince = new Map<string, number>();
  const violations: string[] = [];
  const dis = disruptions(acts);
  let episode = 0;
  for (let t = 1; t <= END; t++) {
    w.runUntil(t);
    if (t === 1) for (const n of g.names) if (manager(g.sim, n)?.ConfigError) violations.push(`${n}: configuration error ${manager(g.sim, n)!.ConfigError}`);
    for (const n of g.names) {
      if (live(g.sim, n)) {
        if (!liveSince.has(n)) liveSince.set(n, t);
      } else liveSince.delete(n);
    }
    const acting = w.timeline[t]!;
    // (a) at most one active per construct (one grid here) outside the conflict window
    if (acting.length > 1 && !lossOn(t)) {
      episode++;
      if (episode > CONFLICT_WINDOW) violations.push(`tick ${t}: ${acting.join(",")} both active for ${episode} ticks`);
    } else episode = 0;
    // (b) a live node has existed longer than the detection bound and nothing happened meanwhile:
    // exactly one node is active
    const quietSince = dis.filter((d) => d <= t).pop() ?? 0;
    const longLive = [...liveSince.values()].some((since) => t - since > D);
    if (longLive && t - quietSince > D && acting.length !== 1 && !lossOn(t)) violations.push(`tick ${t}: ${acting.length} active after ${t - quietSince} quiet ticks`);
  }
  // (c) settled with preempt=true: the live node with the lowest (rank, EntityId) is the active one
  const liveNow = g.names.filter((n) => live(g.sim, n));
  liveNow.sort((a, b) => s.ranks[g.names.indexOf(a)]! - s.ranks[g.names.indexOf(b)]! || g.sim.pb(a).EntityId - g.sim.pb(b).EntityId);
  // (a copy whose handover was not followed by a 'failover enable' that ran does not preempt: the
  // operator's command may hit a switched-off block)
  const args = (n: string) => g.sim.trace.forBlock(n, "run").map((e) => String(e.data.argument)).filter((a) => a.startsWith("failover "));
  const suppressed = liveNow.some((n) => { const a = args(n); return a.lastIndexOf("failover handover") > a.lastIndexOf("failover enable"); });
  if (liveNow.length > 0 && !suppressed && w.soleAt(END) !== liveNow[0]) violations.push(`end: active ${w.soleAt(END)}, expected ${liveNow[0]}`);
  return { violations, w, g };
}

export const RUNS = Number(process.env.PBTS_PROPERTY_RUNS ?? 2000);
/** A fixed seed: CI runs are reproducible (set PBTS_PROPERTY_SEED to explore other schedules). */
export const SEED = Number(process.env.PBTS_PROPERTY_SEED ?? 20261122);

/** The group property: throws with the scenario, the violations and the replay command. */
export function checkGroup(s: Scenario): void {
  const o = replay(s);
  if (o.violations.length > 0) {
    const cmd = writeReplay(groupReplaySpec(s, `failover-${s.seed}`)).command;
    throw new Error(`scenario ${JSON.stringify(s)}\n${o.violations.slice(0, 5).join("\n")}\nreplay: ${cmd}`);
  }
}

// ---------------- the work-queue example ----------------

export interface WorkScenario {
  seed: number;
  faults: Fault[];
}

// no flapping (offs shorter than a run interval are a documented limit) and no message loss (a
// copy cut off from the group rightly works alone)
const WORK_KINDS: Kind[] = ["destroy", "damage", "turn-off", "unpower", "throw", "recompile", "lag", "save-reload", "disable", "handover", "change-owner"];

export const workArb = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  faults: fc.array(
    fc.record({
      tick: fc.integer({ min: FIRST_FAULT, max: LAST_FAULT }),
      kind: fc.constantFrom(...WORK_KINDS),
      node: fc.integer({ min: 0, max: 2 }),
      // an off/unpowered/damaged copy must miss at least one of its runs to know it was away
      // (README, Failover, "Limits"): durations start above one run interval
      duration: fc.integer({ min: P + 10, max: 700 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});

const WQ_END = endOf({ seed: 1, ranks: [0, 1, 2], faults: [] });

/** The example on 3 PBs with a shared "Work Log" LCD, and the schedule. */
export function workQueueSpec(s: WorkScenario): ReplaySpec {
  const names = ["WQ0", "WQ1", "WQ2"];
  return {
    name: `work-queue-${s.seed}`,
    description: "work-queue property counterexample: three copies of mixins/examples/work-queue.ts",
    seed: s.seed,
    ticks: WQ_END,
    blocks: [
      { type: "text-panel", name: "Work Log" },
      ...names.map((n, i) => ({ type: "programmable" as const, name: n, script: "mixins/examples/work-queue.ts", customData: ini("workqueue", i) })),
    ],
    actions: actions({ seed: s.seed, ranks: [0, 1, 2], faults: s.faults }, (i) => names[i]!),
  };
}

/** Runs the example as workQueueSpec says (the scenario a failure writes, in memory); returns the items in the log. */
export function runWorkQueue(s: WorkScenario): { items: number[]; sim: Simulation } {
  const { sim, ticks } = buildSimulation(replayScenario(workQueueSpec(s), () => WorkQueue));
  sim.start().runUntil(ticks);
  const text = sim.world.block("Work Log").CustomData;
  return { items: text === "" ? [] : text.split("\n").map(Number), sim };
}

/** The item a failover message "<role><rank>;<period>;<seq>;<checkpoint>" or a Storage "<seq>;<checkpoint>" carries (-1: none). */
export function itemOf(data: unknown): number {
  const parts = String(data).split(";");
  const text = parts.length >= 4 ? parts.slice(3).join(";") : parts.length === 2 ? parts[1]! : "";
  return /^\d+$/.test(text) ? Number(text) : -1;
}

/**
 * Repeated items that no design could have avoided, decided from the trace alone (never from the
 * manager's state). Item n, done by X at t1, is done again by R at t2. A copy holds n from the run
 * that did it (X at t1) and from every delivery to it of a message carrying a checkpoint >= n (each
 * delivery counts: a copy that lost n and heard it again holds it again), as long as it keeps it: no
 * destroy, termination or rebuild after that, unless a Save() of it had stored n or later first.
 * The repeat is NOT excused when
 * - R itself held n when it redid it (delivered at or before t2 and kept: the message was in its
 *   queue or already read), or
 * - a holder H ran at some r in [learned, t2) (a run that did not end in an exception, or sent a
 *   message before it did: from the trace's exception and igc-send events, not the manager) while
 *   still holding n (kept to r+1), R's block was
 *   working at r and at r+1 (a message sent at r reaches R then) and R kept what it heard from then
 *   to t2 (counting tick r+1 itself: a world load there drops the message in flight).
 * So a repeat is excused only when no holder could have passed n on: e.g. X destroyed on the tick
 * after it checkpointed (IGC drops a destroyed sender's messages) while nobody else had it, or every
 * holder switched off while R was rebuilt. Returns the repeats NOT so excused.
 */
export function unexplainedRepeats(items: number[], sim: { trace: Trace }): number[] {
  const seen = new Set<number>();
  const repeats: number[] = [];
  for (const n of items) {
    if (seen.has(n)) repeats.push(n);
    seen.add(n);
  }
  const writes = sim.trace.forBlock("Work Log", "customData");
  // a run that ended in an exception and sent nothing (the "throw" fault replaces Main): no chance
  const sent = new Set(sim.trace.ofKind("igc-send").map((e) => `${e.block} ${e.tick}`));
  const crashed = new Set(sim.trace.ofKind("exception").map((e) => `${e.block} ${e.tick}`).filter((k) => !sent.has(k)));
  const statusAt = (block: string, tick: number): string => {
    const ev = sim.trace.forBlock(block, "state").filter((e) => e.tick <= tick);
    return ev.length ? String(ev[ev.length - 1]!.data.status) : "working";
  };
  return repeats.filter((n) => {
    const ws = writes.filter((e) => String(e.data.value).split("\n").pop() === String(n));
    const [first, second] = ws;
    if (!first || !second) return true;
    const t2 = second.tick;
    const redoer = String(second.data.by);
    // (holder, tick it learned n), every time it did
    const learned: [string, number][] = [[String(first.data.by), first.tick]];
    for (const e of sim.trace.ofKind("igc-deliver")) {
      if (e.tick <= first.tick || e.tick > t2 || !e.block || itemOf(e.data.data) < n) continue;
      learned.push([e.block, e.tick]);
    }
    const keeps = (h: string, from: number, to: number): boolean => {
      let saved = false;
      for (const e of sim.trace.events) {
        if (e.block !== h || e.tick <= from || e.tick > to) continue;
        if (e.kind === "save" && itemOf(e.data.storage) >= n) saved = true;
        const lost = (e.kind === "state" && (e.data.status === "destroyed" || e.data.status === "terminated")) || e.kind === "compile";
        if (lost && !(saved && e.data.status !== "destroyed")) return false;
      }
      return true;
    };
    return learned.some(([h, t]) =>
      // the redoer had it itself (in its queue or read) when it redid it
      (h === redoer && t <= t2 && keeps(h, t, t2)) ||
      // h ran holding it while the redoer was working (h could see it), and a message of that run
      // would have reached the redoer (h kept it to the next tick, the redoer was working then)
      // (a run that ended in an exception sent nothing we can count on)
      sim.trace.forBlock(h, "run").some((r) => r.tick >= t && r.tick < t2 && !crashed.has(`${h} ${r.tick}`) && keeps(h, t, r.tick + 1) && statusAt(redoer, r.tick) === "working" && statusAt(redoer, r.tick + 1) === "working" && keeps(redoer, r.tick, t2)),
    );
  });
}

/** The work-queue property: throws with the scenario, the items and the replay command. */
export function checkWork(s: WorkScenario): void {
  const { items, sim } = runWorkQueue(s);
  // no item is skipped: each one follows an item done before it (a group that lost every copy's
  // memory starts again at 1: a repeat, which the oracle judges)
  const skipped = items.some((v, i) => v !== 1 && !items.slice(0, i).includes(v - 1));
  const bad = unexplainedRepeats(items, sim);
  if (skipped || bad.length > 0) {
    const cmd = writeReplay(workQueueSpec(s)).command;
    throw new Error(`scenario ${JSON.stringify(s)}\nitems ${items.join(",")}\nunexplained repeats ${bad.join(",")}\nreplay: ${cmd}`);
  }
}

/** Runs a property over `runs` schedules at `seed` (the same schedules as the test at that seed and count),
 *  counting every failing one (no stop at the first, no shrinking); CPU seconds of the whole run. Used by the
 *  failover bench and test/mixins/scripts/property-sample.ts. */
export function countFailures<T>(arb: fc.Arbitrary<T>, check: (s: T) => void, runs: number, seed: number, onFailure: (e: unknown, n: number) => void = () => {}, onProgress?: (done: number, failures: number) => void): { runs: number; failures: number; cpuSeconds: number } {
  const t0 = process.cpuUsage();
  let failures = 0;
  let done = 0;
  fc.check(
    fc.property(arb, (s) => {
      try {
        check(s);
      } catch (e) {
        onFailure(e, ++failures);
      }
      onProgress?.(++done, failures);
      return true;
    }),
    { numRuns: runs, seed },
  );
  const c = process.cpuUsage(t0);
  return { runs, failures, cpuSeconds: (c.user + c.system) / 1e6 };
}

// The adversary's generators (fast-check), written from failover-spec.md: what a user can do to a
// failover group, at awkward moments. Unlike test/mixins/properties.ts: faults from tick 0 (boot),
// several in one tick, bursts right after each other, per-copy configurations (heartbeat, timeout,
// preempt, preemptdelay, trailing comments, mixed update frequencies), CustomData edited at run time
// (rank changes, enabled=false, bad text and back), operator commands (status, handover, disable,
// enable, user arguments to standbys), world save then a later load, world-wide lag and message
// loss, grid power, rotor splits and docked ships (scope construct/connected), antenna scope.
import fc from "fast-check";
import type { ScenarioEvent } from "../../../sim/scenario.ts";
import { CALLER, SCRIPT, WIPE, badTexts, parseKnown, renderCfg, scenario, type AdvScenario, type Cfg, type NodeSpec } from "./model.ts";

export type OpKind =
  | "destroy" | "damage" | "turn-off" | "unpower" | "unpower-grid" | "throw" | "recompile" | "change-owner" | "lag" | "lag-world"
  | "save-reload" | "save-later-load" | "loss" | "loss-world" | "flap" | "disable" | "handover" | "handover-only" | "status"
  | "user-arg" | "rank-edit" | "bad-edit" | "enabled-edit" | "split" | "undock"
  // session 7: any [failover] key edited at run time (valid, kept or reverted), one bad value and
  // back, the group id changed and back, any operator command in any state
  | "cfg-edit" | "bad-value" | "id-edit" | "cmd-any"
  // session 8: `failover handover` on several copies within a few ticks; the ownership of a copy changed
  // right after a handover was run on it; a world save/reload while a copy is asking the group
  | "handover-storm" | "handover-owner" | "reload-midquery"
  // session 9 (fo-hunt): `failover handover` with the next copy hit 0-2 ticks later (destroyed, switched
  // off, its owner changed, its script crashed, disabled); two or three copies hit in a row, 0-2 ticks apart
  | "handover-next" | "cascade"
  // session 21 (rv-16): the antenna scope's range cut by an antenna (switched off, damaged, destroyed) or by a grid moved
  // away and back; id and rank changed in one CustomData save; a failover command run by another PB's TryRun
  | "antenna-off" | "move" | "id-rank-edit" | "tryrun-cmd"
  // session 23 (rv-fo): several copies' CustomData edited in one tick (ranks, ids, enabled), two copies' ranks swapped in
  // one tick, a copy moved to another group and back (or its rank edited) several times a few ticks apart, a failover
  // command in the tick of a CustomData edit (before or after it), a command on a copy just disabled, CustomData edited
  // while the copy is switched off, or with a recompile or a world save/reload in the same tick
  | "edit-many" | "rank-swap" | "id-bounce" | "rank-bounce" | "cmd-edit" | "cmd-disabled" | "edit-off" | "edit-reload"
  // the CustomData rewritten with the same meaning (key or section names in other case, a section of another script's
  // before [failover], a comment line), alone or in the tick of a failover command on the copy (before or after it)
  | "cosmetic-edit"
  // session 24 (fo-hunt): the antenna of the copy's grid given a short range (below the grids' 30 m spacing) or its
  // broadcasting switched off, and back: a one-way range (its grid still hears the others; F116)
  | "antenna-radius"
  // session 25 (fo-hunt, held-out: test/mixins/scripts/fo25-sample.ts): a copy's `scope=` edited at run time (kept or
  // back), alone or in the tick of a handover or a loss of this copy or the next (before or after it); a copy's Storage
  // gone (recompiled into wipe.ts and back in one tick); a new PB (the spare, GenSpec.spare) built with the script and an
  // empty Storage, or in the tick a copy is destroyed (a copy replaced)
  | "scope-edit" | "scope-loss" | "wipe" | "paste";

export const OP_KINDS: OpKind[] = [
  "destroy", "damage", "turn-off", "unpower", "unpower-grid", "throw", "recompile", "change-owner", "lag", "lag-world",
  "save-reload", "save-later-load", "loss", "loss-world", "flap", "disable", "handover", "handover-only", "status",
  "user-arg", "rank-edit", "bad-edit", "enabled-edit", "split", "undock",
  "cfg-edit", "bad-value", "id-edit", "cmd-any",
  "handover-storm", "handover-owner", "reload-midquery",
  "handover-next", "cascade",
];

/** One value the spec/README call bad ([key, value]): the copy stays out of the group and says why. */
export const BAD_VALUES: [string, string][] = [
  ["timeout", "1"], ["timeout", "0"], ["timeout", "2.5"], ["heartbeat", "0"], ["heartbeat", "-1"], ["heartbeat", "1,5"],
  ["heartbeat", "abc"], ["preempt", "maybe"], ["scope", "galaxy"], ["enabled", "perhaps"], ["rank", "1,000"],
  ["preemptdelay", "-1"], ["id", ""], ["rank", "-3"],
];

/** Valid values for a run-time edit of one key (extremes included). */
const EDITS: { key: keyof Cfg; values: unknown[] }[] = [
  { key: "heartbeat", values: [0.05, 0.5, 1.67, 3, 10] },
  { key: "timeout", values: [2, 3, 5, 10] },
  { key: "preempt", values: [true, false] },
  { key: "preemptdelay", values: [0, 0.5, 4] },
  { key: "comments", values: [true, false] },
];

const COMMANDS = ["failover status", "failover handover", "failover enable", "failover disable", "  Failover HANDOVER ", "FAILOVER disable", "failover Enable  "];

export interface Op {
  /** ticks after the previous op (0: the same tick) */
  dt: number;
  kind: OpKind;
  node: number;
  dur: number;
  /** a second random number (new rank, probability, flap count, bad text index) */
  x: number;
}

export interface GenSpec {
  seed: number;
  n: number;
  layout: "one" | "rotor" | "docked";
  scope: "construct" | "connected" | "antenna";
  ranks: number[];
  updates: (1 | 10 | 100)[];
  handles: boolean[];
  cfgs: Omit<Cfg, "id" | "rank" | "scope">[];
  start: number;
  ops: Op[];
  /** Kinds of op the family allows (for the report). */
  family: string;
  /** Antenna scope on docked ships and rotor splits too (else those layouts use construct). */
  antennaAll?: boolean;
  /** Session 9: per copy, MainConsole instead of EchoConsole (absent: EchoConsole everywhere). */
  mainConsoles?: boolean[];
  /** Session 9: per copy, the warm-up pattern (an Update100 copy adds Update10 while active; script.ts). */
  warmups?: boolean[];
  /** Per copy with the warm-up: it does not read ActiveCheck again after adding Update10 (`reread=false`, F93). */
  rereads?: boolean[];
  /** Session 25: every copy runs the lean class (Failover, HandleCommand(argument, updateSource)): `<family>+lean`. */
  lean?: boolean;
  /** Session 25: a programmable block PB<n> with the copy's CustomData (rank `spareRank`) but no script until a `paste`. */
  spare?: boolean;
  spareRank?: number;
  /** Session 25: every copy's Storage starts just below the checkpoint sequence's wrap (`:grp\n<999,999,999 - k>;cp0`). */
  wrap?: boolean;
  /** Session 25: per copy, the faster flag an Update100 copy switches to while active (script.ts `speed=`; 0: none) and
   *  whether it keeps Update100 beside it (`keep=true`). */
  speeds?: (0 | 1 | 10)[];
  keeps?: boolean[];
  /** Session 25: the scopes a `scope-edit` or `scope-loss` may write (absent: the two others). */
  scopeEdits?: GenSpec["scope"][];
}

const cfgArb = fc.record(
  {
    heartbeat: fc.constantFrom(0.5, 1, 1.67, 3),
    timeout: fc.constantFrom(2, 3, 5),
    preempt: fc.boolean(),
    preemptdelay: fc.constantFrom(0, 1, 4),
    comments: fc.boolean(),
  },
  { requiredKeys: [] },
);

const dtArb = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 3, arbitrary: fc.integer({ min: 4, max: 120 }) }, { weight: 2, arbitrary: fc.integer({ min: 121, max: 900 }) });
const durArb = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 250 }), fc.integer({ min: 251, max: 1200 }));

/** Extreme heartbeats and timeouts (a heartbeat of 3 ticks, of 10 s; timeout 2 or 10). */
const cfgExtremeArb = fc.record(
  {
    heartbeat: fc.constantFrom(0.05, 0.1, 0.5, 10),
    timeout: fc.constantFrom(2, 10),
    preempt: fc.boolean(),
    preemptdelay: fc.constantFrom(0, 0.5, 4),
    comments: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Session 8: a heartbeat of one or three ticks with timeout 2 (the tightest lease the spec allows). */
const cfgFastArb = fc.record(
  {
    heartbeat: fc.constantFrom(0.0167, 0.05),
    timeout: fc.constant(2),
    preempt: fc.boolean(),
    preemptdelay: fc.constantFrom(0, 0.5),
    comments: fc.boolean(),
  },
  { requiredKeys: ["heartbeat", "timeout"] },
);

/** Session 8: preemption with a delay (a returning lower rank waits, while it flaps). */
const cfgPreemptArb = fc.record(
  {
    heartbeat: fc.constantFrom(0.5, 1, 1.67),
    timeout: fc.constantFrom(2, 3),
    preempt: fc.constant(true),
    preemptdelay: fc.constantFrom(0.5, 1, 4),
    comments: fc.boolean(),
  },
  { requiredKeys: ["preempt", "preemptdelay"] },
);

export type CfgKind = "normal" | "extremes" | "fast" | "preempt";

/** Session 25: long idle schedules (10^5 ticks): ops thousands of ticks apart, now and then two in a row. */
const idleDtArb = fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 4, arbitrary: fc.integer({ min: 15000, max: 45000 }) });

export function specArb(o: { kinds?: OpKind[]; maxOps?: number; minN?: number; maxN?: number; family?: string; updates?: (1 | 10 | 100)[]; extremes?: boolean; cfg?: CfgKind; maxUpdate1?: number; scope?: GenSpec["scope"]; layout?: GenSpec["layout"]; handleAll?: boolean; antennaAll?: boolean; usage?: boolean; spare?: boolean; wrap?: boolean; idle?: boolean; scopeEdits?: GenSpec["scope"][]; speed?: boolean } = {}): fc.Arbitrary<GenSpec> {
  const kinds = o.kinds ?? OP_KINDS;
  const ups = o.updates ?? [1, 10, 100];
  const maxOnes = o.maxUpdate1 ?? 2;
  const cfgKind: CfgKind = o.cfg ?? (o.extremes ? "extremes" : "normal");
  const one: fc.Arbitrary<Omit<Cfg, "id" | "rank" | "scope">> = cfgKind === "fast" ? cfgFastArb : cfgKind === "preempt" ? cfgPreemptArb : cfgArb;
  return fc.integer({ min: o.minN ?? 3, max: o.maxN ?? 8 }).chain((n) =>
    fc.record({
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      n: fc.constant(n),
      layout: o.layout ? fc.constant(o.layout) : fc.constantFrom<GenSpec["layout"]>("one", "one", "rotor", "docked"),
      scope: o.scope ? fc.constant(o.scope) : fc.constantFrom<GenSpec["scope"]>("construct", "construct", "connected", "antenna"),
      ranks: fc.oneof(
        fc.constant(Array.from({ length: n }, (_, i) => i)),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 1000000 }), { minLength: n, maxLength: n }),
        fc.constant(Array.from({ length: n }, () => 7)),
      ),
      // at most two copies on Update1 (they make a run cost 10x) unless the family says more
      updates: fc.oneof(fc.constant(Array.from({ length: n }, () => ups[ups.length - 1]!)), fc.array(fc.constantFrom(...ups), { minLength: n, maxLength: n })).map((u) => {
        let ones = 0;
        return u.map((x) => (x === 1 && ++ones > maxOnes ? 10 : x));
      }),
      handles: o.handleAll ? fc.constant(Array.from({ length: n }, () => true)) : fc.oneof(fc.constant(Array.from({ length: n }, () => true)), fc.array(fc.boolean(), { minLength: n, maxLength: n })),
      cfgs: cfgKind === "extremes"
        ? fc.oneof(cfgExtremeArb.map((c) => Array.from({ length: n }, () => c)), fc.array(fc.oneof(cfgArb, cfgExtremeArb), { minLength: n, maxLength: n }))
        : fc.oneof(one.map((c) => Array.from({ length: n }, () => c)), fc.array(one, { minLength: n, maxLength: n })),
      start: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 600 })),
      ops: fc.array(
        fc.record({ dt: o.idle ? idleDtArb : dtArb, kind: fc.constantFrom(...kinds), node: fc.integer({ min: 0, max: n - 1 }), dur: durArb, x: fc.integer({ min: 0, max: 1000 }) }),
        { minLength: 1, maxLength: o.maxOps ?? 8 },
      ),
      family: fc.constant(o.family ?? "chaos"),
      ...(o.antennaAll ? { antennaAll: fc.constant(true) } : {}),
      // (only for families that ask: a new field would change every other family's schedules at its seed)
      ...(o.spare ? { spare: fc.constant(true), spareRank: fc.integer({ min: 0, max: 3 }) } : {}),
      ...(o.wrap ? { wrap: fc.constant(true) } : {}),
      ...(o.scopeEdits ? { scopeEdits: fc.constant(o.scopeEdits) } : {}),
      ...(o.speed ? { speeds: fc.array(fc.constantFrom<0 | 1 | 10>(0, 1, 10, 10), { minLength: n, maxLength: n }), keeps: fc.array(fc.boolean(), { minLength: n, maxLength: n }) } : {}),
      ...(o.usage ? { mainConsoles: fc.array(fc.boolean(), { minLength: n, maxLength: n }), warmups: fc.array(fc.boolean(), { minLength: n, maxLength: n }), rereads: fc.array(fc.boolean(), { minLength: n, maxLength: n }) } : {}),
    }),
  );
}

/** A scope other than `s` (session 25's scope edits: one of the two others, by `x`). */
function otherScope(s: GenSpec["scope"], x: number, allowed?: GenSpec["scope"][]): GenSpec["scope"] {
  const o = (allowed ?? ["construct", "connected", "antenna"]).filter((v) => v !== s);
  return o[x % o.length]!;
}

function gridOf(spec: GenSpec, i: number): string {
  if (spec.layout === "rotor") return i % 2 === 0 ? "Ship" : "Arm";
  if (spec.layout === "docked") return i % 3 === 2 ? "Drone" : "Ship";
  return "Ship";
}

/** The scenario a spec stands for: blocks, configurations, and every op expanded to events. */
export function build(spec: GenSpec): AdvScenario {
  const scope = spec.layout === "one" && spec.scope === "connected" ? "construct" : spec.layout !== "one" && spec.scope === "antenna" && !spec.antennaAll ? "construct" : spec.scope;
  const cfgOf = (i: number, rank = spec.ranks[i]!, extra: Partial<Cfg> = {}): Cfg => ({ id: "grp", rank, ...spec.cfgs[i]!, ...(scope !== "construct" ? { scope } : {}), ...extra });
  const usage = (i: number) => `${spec.mainConsoles?.[i] ? "\nconsole=main" : ""}${spec.warmups?.[i] ? `\nwarmup=true${spec.rereads?.[i] === false ? "\nreread=false" : ""}` : ""}${spec.speeds?.[i] ? `\nspeed=${spec.speeds[i]}${spec.keeps?.[i] ? "\nkeep=true" : ""}` : ""}${spec.lean ? "\nlean=true" : ""}`;
  const text = (i: number, c: Cfg) => renderCfg(c, spec.updates[i]!, spec.handles[i]!, usage(i));
  const nodes: NodeSpec[] = Array.from({ length: spec.n }, (_, i) => ({ name: `PB${i}`, grid: gridOf(spec, i), update: spec.updates[i]!, handle: spec.handles[i]!, customData: text(i, cfgOf(i)) }));
  // (session 25) the spare: a new PB on the first grid, no script until a `paste` builds the copy (like PB0's usage)
  if (spec.spare) nodes.push({ name: `PB${spec.n}`, grid: "Ship", update: spec.updates[0]!, handle: spec.handles[0]!, customData: renderCfg({ id: "grp", rank: spec.spareRank ?? 0, ...spec.cfgs[0]!, ...(scope !== "construct" ? { scope } : {}) }, spec.updates[0]!, spec.handles[0]!), late: true });
  let pasted = false;
  const configs: Record<string, Cfg | null> = {};
  for (const nd of nodes) configs[nd.customData] = parseKnown(nd.customData);
  const ev: ScenarioEvent[] = [];
  const at = (tick: number, e: Record<string, unknown>) => ev.push({ tick, ...e } as ScenarioEvent);
  let t = spec.start;
  let cmd = 0;
  let savedPending = false;
  const destroyed = new Set<number>();
  const callers: { target: string; argument: string; tick: number }[] = [];
  for (const op of spec.ops) {
    t += op.dt;
    const b = `PB${op.node}`;
    const end = t + op.dur;
    if (destroyed.has(op.node) && !["lag-world", "save-reload", "save-later-load", "loss-world", "split", "undock", "unpower-grid"].includes(op.kind)) continue;
    switch (op.kind) {
      case "destroy":
        // never the last copies: something must be left to judge
        if (destroyed.size + 2 >= spec.n) break;
        destroyed.add(op.node);
        at(t, { kind: "destroy", block: b });
        break;
      case "damage":
        at(t, { kind: "damage", block: b });
        at(end, { kind: "repair", block: b });
        break;
      case "turn-off":
        at(t, { kind: "turn-off", block: b });
        at(end, { kind: "turn-on", block: b });
        break;
      case "unpower":
        at(t, { kind: "unpower", block: b });
        at(end, { kind: "repower", block: b });
        break;
      case "unpower-grid": {
        const g = gridOf(spec, op.node);
        at(t, { kind: "unpower", grid: g });
        at(end, { kind: "repower", grid: g });
        break;
      }
      case "throw":
        at(t, { kind: "throw", block: b });
        at(end, { kind: "recompile", block: b });
        break;
      case "recompile":
        at(t, { kind: "recompile", block: b });
        break;
      case "change-owner":
        at(t, { kind: "change-owner", block: b, owner: 1 });
        at(end, { kind: "recompile", block: b });
        break;
      case "lag":
        at(t, { kind: "lag", block: b, ticks: op.dur });
        break;
      case "lag-world":
        at(t, { kind: "lag", ticks: Math.min(op.dur, 400) });
        break;
      case "save-reload":
        at(t, { kind: "save-reload" });
        break;
      case "save-later-load":
        at(t, { kind: "save" });
        at(end, { kind: "load" });
        savedPending = true;
        break;
      case "loss":
        at(t, { kind: "message-loss", block: b, probability: [0.3, 0.5, 1][op.x % 3] });
        at(end, { kind: "message-loss", block: b, probability: 0 });
        break;
      case "loss-world":
        at(t, { kind: "message-loss", probability: [0.3, 0.5, 1][op.x % 3] });
        at(Math.min(end, t + 400), { kind: "message-loss", probability: 0 });
        break;
      case "flap": {
        // off/on several times, some shorter than a run interval
        const k = 2 + (op.x % 4);
        let u = t;
        for (let j = 0; j < k; j++) {
          const off = 1 + ((op.x * (j + 3)) % Math.max(2, op.dur));
          at(u, { kind: "turn-off", block: b });
          at(u + off, { kind: "turn-on", block: b });
          u += off + 1 + ((op.x >> j) % 40);
        }
        break;
      }
      case "disable":
        at(t, { kind: "run", block: b, argument: "failover disable" });
        at(end, { kind: "run", block: b, argument: "failover enable" });
        break;
      case "handover":
        at(t, { kind: "run", block: b, argument: "failover handover" });
        at(end, { kind: "run", block: b, argument: "failover enable" });
        break;
      case "handover-only":
        at(t, { kind: "run", block: b, argument: "failover handover" });
        break;
      case "status":
        at(t, { kind: "run", block: b, argument: op.x % 2 ? "failover status" : "  FAILOVER Status " });
        break;
      case "user-arg":
        at(t, { kind: "run", block: b, argument: `cmd${cmd++}`, source: op.x % 2 ? "trigger" : "terminal" });
        break;
      case "rank-edit": {
        const c = cfgOf(op.node, op.x % 5);
        const tx = text(op.node, c);
        configs[tx] = parseKnown(tx);
        at(t, { kind: "set-custom-data", block: b, value: tx });
        break;
      }
      case "bad-edit": {
        const bads = badTexts("grp", spec.updates[op.node]!, spec.handles[op.node]!, usage(op.node));
        const tx = bads[op.x % bads.length]!;
        configs[tx] = null;
        at(t, { kind: "set-custom-data", block: b, value: tx });
        at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "enabled-edit": {
        const tx = text(op.node, cfgOf(op.node, spec.ranks[op.node]!, { enabled: false }));
        configs[tx] = parseKnown(tx);
        at(t, { kind: "set-custom-data", block: b, value: tx });
        at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "cfg-edit": {
        const e = EDITS[op.x % EDITS.length]!;
        const v = e.values[(op.x >> 3) % e.values.length];
        const c = { ...cfgOf(op.node), [e.key]: v } as Cfg;
        const tx = text(op.node, c);
        configs[tx] = parseKnown(tx);
        at(t, { kind: "set-custom-data", block: b, value: tx });
        if (op.x % 2) at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "bad-value": {
        const [k, v] = BAD_VALUES[op.x % BAD_VALUES.length]!;
        const lines = text(op.node, cfgOf(op.node)).split("\n");
        const i = lines.findIndex((l) => l.startsWith(`${k}=`));
        if (i >= 0) lines[i] = `${k}=${v}`;
        else lines.splice(lines.findIndex((l) => l.startsWith("rank=")) + 1, 0, `${k}=${v}`);
        const tx = lines.join("\n");
        configs[tx] = null;
        at(t, { kind: "set-custom-data", block: b, value: tx });
        at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "id-edit": {
        const tx = text(op.node, { ...cfgOf(op.node), id: op.x % 3 ? "grp2" : "Grp" });
        configs[tx] = parseKnown(tx);
        at(t, { kind: "set-custom-data", block: b, value: tx });
        if (op.x % 4) at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "cmd-any":
        at(t, { kind: "run", block: b, argument: COMMANDS[op.x % COMMANDS.length]!, source: op.x % 5 === 0 ? "trigger" : "terminal" });
        break;
      case "handover-storm": {
        // `failover handover` on 2-5 copies, 0-2 ticks apart (whichever is active then hands over,
        // the others are told it is not theirs to give), each re-enabled later
        const k = 2 + (op.x % 4);
        for (let j = 0; j < k; j++) {
          const b2 = `PB${(op.node + j) % spec.n}`;
          if (destroyed.has((op.node + j) % spec.n)) continue;
          const u = t + j * ((op.x >> 2) % 3);
          at(u, { kind: "run", block: b2, argument: "failover handover" });
          at(u + op.dur, { kind: "run", block: b2, argument: "failover enable" });
        }
        break;
      }
      case "handover-owner":
        // the copy hands over, and its owner changes 0-2 ticks later (its script dies mid-handover)
        at(t, { kind: "run", block: b, argument: "failover handover" });
        at(t + (op.x % 3), { kind: "change-owner", block: b, owner: 1 });
        at(t + (op.x % 3) + op.dur, { kind: "recompile", block: b });
        break;
      case "reload-midquery":
        // a copy comes back (recompiled, or switched on) and the world is saved and reloaded while it
        // asks the group (1-3 ticks later)
        if (op.x % 2) at(t, { kind: "recompile", block: b });
        else {
          at(t, { kind: "turn-off", block: b });
          at(t + 1 + (op.x % 5), { kind: "turn-on", block: b });
          t += 1 + (op.x % 5);
        }
        at(t + 1 + ((op.x >> 1) % 3), { kind: "save-reload" });
        break;
      case "handover-next": {
        // the copy hands over; 0-2 ticks later the copy after it (by index: with ranks 0..n-1 the next
        // in line) is hit, before or while it takes the role
        at(t, { kind: "run", block: b, argument: "failover handover" });
        at(end + 300, { kind: "run", block: b, argument: "failover enable" });
        const c = (op.node + 1) % spec.n;
        const cb = `PB${c}`;
        const u = t + (op.x % 3);
        if (destroyed.has(c)) break;
        switch ((op.x >> 2) % 5) {
          case 0:
            if (destroyed.size + 2 >= spec.n) break;
            destroyed.add(c);
            at(u, { kind: "destroy", block: cb });
            break;
          case 1:
            at(u, { kind: "turn-off", block: cb });
            at(u + op.dur, { kind: "turn-on", block: cb });
            break;
          case 2:
            at(u, { kind: "change-owner", block: cb, owner: 1 });
            at(u + op.dur, { kind: "recompile", block: cb });
            break;
          case 3:
            at(u, { kind: "throw", block: cb });
            at(u + op.dur, { kind: "recompile", block: cb });
            break;
          case 4:
            at(u, { kind: "run", block: cb, argument: "failover disable" });
            at(u + op.dur, { kind: "run", block: cb, argument: "failover enable" });
            break;
        }
        break;
      }
      case "cascade": {
        // two or three copies in a row lost 0-2 ticks apart (switched off, unpowered, or destroyed)
        const k = 2 + (op.x % 2);
        for (let j = 0; j < k; j++) {
          const c = (op.node + j) % spec.n;
          if (destroyed.has(c)) continue;
          const cb = `PB${c}`;
          const u = t + j * ((op.x >> 1) % 3);
          const how = (op.x >> 3) % 3;
          if (how === 2 && destroyed.size + 2 < spec.n) {
            destroyed.add(c);
            at(u, { kind: "destroy", block: cb });
          } else if (how === 1) {
            at(u, { kind: "unpower", block: cb });
            at(u + op.dur + j * 7, { kind: "repower", block: cb });
          } else {
            at(u, { kind: "turn-off", block: cb });
            at(u + op.dur + j * 7, { kind: "turn-on", block: cb });
          }
        }
        break;
      }
      case "antenna-off": {
        // the antenna of the copy's grid (the antenna scope): off and on, damaged and repaired, or destroyed
        const a = `Antenna ${gridOf(spec, op.node)}`;
        const how = op.x % 3;
        at(t, { kind: how === 0 ? "turn-off" : how === 1 ? "damage" : "destroy", block: a });
        if (how < 2) at(end, { kind: how === 0 ? "turn-on" : "repair", block: a });
        break;
      }
      case "move": {
        // the copy's grid flies out of antenna range and back (its first position: scenario() puts grid i at z = 30 i)
        const g = gridOf(spec, op.node);
        const gi = ["Ship", ...(spec.layout === "rotor" ? ["Arm"] : spec.layout === "docked" ? ["Drone"] : [])].indexOf(g);
        at(t, { kind: "move", grid: g, position: [0, 0, 20000 + 30 * gi] });
        at(end, { kind: "move", grid: g, position: [0, 0, 30 * gi] });
        break;
      }
      case "id-rank-edit": {
        const tx = text(op.node, { ...cfgOf(op.node, op.x % 5), id: op.x % 3 ? "grp2" : "Grp" });
        configs[tx] = parseKnown(tx);
        at(t, { kind: "set-custom-data", block: b, value: tx });
        if (op.x % 4) at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "tryrun-cmd":
        // another PB (caller.ts, on Update1, on the first grid) runs a failover command on the copy with TryRun
        callers.push({ target: b, argument: COMMANDS[op.x % 4]!, tick: t });
        break;
      case "edit-many": {
        // 2-4 copies from this one on, in one tick: a new rank (ties likely), the other group, or enabled=false; half come back
        const k = 2 + (op.x % 3);
        for (let j = 0; j < k; j++) {
          const c = (op.node + j) % spec.n;
          if (destroyed.has(c)) continue;
          const y = (op.x >> (2 + j * 2)) + j;
          const how = y % 3;
          const tx = text(c, how === 0 ? cfgOf(c, (op.x + j * 7) % 4) : how === 1 ? { ...cfgOf(c), id: "grp2" } : cfgOf(c, spec.ranks[c]!, { enabled: false }));
          configs[tx] = parseKnown(tx);
          at(t, { kind: "set-custom-data", block: `PB${c}`, value: tx });
          if ((y >> 2) % 2) at(end, { kind: "set-custom-data", block: `PB${c}`, value: nodes[c]!.customData });
        }
        break;
      }
      case "rank-swap": {
        // two copies exchange their current-at-start ranks in one tick (a player reorders the line), kept
        const c = (op.node + 1 + (op.x % Math.max(1, spec.n - 1))) % spec.n;
        if (c === op.node || destroyed.has(c)) break;
        for (const [a, r] of [[op.node, spec.ranks[c]!], [c, spec.ranks[op.node]!]] as [number, number][]) {
          const tx = text(a, cfgOf(a, r));
          configs[tx] = parseKnown(tx);
          at(t, { kind: "set-custom-data", block: `PB${a}`, value: tx });
        }
        break;
      }
      case "id-bounce":
      case "rank-bounce": {
        // 2-5 edits and back, 0-40 ticks apart
        const k = 2 + (op.x % 4);
        let u = t;
        for (let j = 0; j < k; j++) {
          const tx = op.kind === "id-bounce" ? text(op.node, { ...cfgOf(op.node), id: j % 2 ? "Grp" : "grp2" }) : text(op.node, cfgOf(op.node, (op.x >> j) % 5));
          configs[tx] = parseKnown(tx);
          at(u, { kind: "set-custom-data", block: b, value: tx });
          u += (op.x * (j + 1)) % 41;
          at(u, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
          u += (op.x >> (j + 1)) % 41;
        }
        break;
      }
      case "cmd-edit": {
        // a command on this copy, and in the same tick a CustomData edit (rank, id, enabled) of this copy or the next,
        // before or after the command
        const c = op.x % 3 === 0 ? (op.node + 1) % spec.n : op.node;
        if (destroyed.has(c)) break;
        const how = (op.x >> 2) % 3;
        const tx = text(c, how === 0 ? cfgOf(c, (op.x >> 4) % 4) : how === 1 ? { ...cfgOf(c), id: "grp2" } : cfgOf(c, spec.ranks[c]!, { enabled: false }));
        configs[tx] = parseKnown(tx);
        const edit = { kind: "set-custom-data", block: `PB${c}`, value: tx };
        const run = { kind: "run", block: b, argument: COMMANDS[(op.x >> 6) % COMMANDS.length]! };
        if ((op.x >> 8) % 2) { at(t, edit); at(t, run); } else { at(t, run); at(t, edit); }
        at(end, { kind: "set-custom-data", block: `PB${c}`, value: nodes[c]!.customData });
        break;
      }
      case "cmd-disabled": {
        // `failover disable`, then 0-3 ticks later another command or a user argument on the same copy; enabled later
        at(t, { kind: "run", block: b, argument: "failover disable" });
        const a = op.x % 5 === 4 ? `cmd${cmd++}` : COMMANDS[op.x % 4]!;
        at(t + ((op.x >> 3) % 4), { kind: "run", block: b, argument: a });
        at(end, { kind: "run", block: b, argument: "failover enable" });
        break;
      }
      case "edit-off": {
        // switched off, CustomData edited while off (rank, id or enabled), switched on 1-12 ticks later; half edited back
        const off = 1 + (op.x % 12);
        at(t, { kind: "turn-off", block: b });
        const how = (op.x >> 4) % 3;
        const tx = text(op.node, how === 0 ? cfgOf(op.node, (op.x >> 6) % 4) : how === 1 ? { ...cfgOf(op.node), id: "grp2" } : cfgOf(op.node, spec.ranks[op.node]!, { enabled: false }));
        configs[tx] = parseKnown(tx);
        at(t + (op.x % off), { kind: "set-custom-data", block: b, value: tx });
        at(t + off, { kind: "turn-on", block: b });
        if ((op.x >> 8) % 2) at(end + off, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "edit-reload": {
        // a CustomData edit (rank, id) and, in that tick or the next, a recompile of the copy or a world save/reload
        const how = op.x % 2;
        const tx = text(op.node, how === 0 ? cfgOf(op.node, (op.x >> 2) % 4) : { ...cfgOf(op.node), id: "grp2" });
        configs[tx] = parseKnown(tx);
        at(t, { kind: "set-custom-data", block: b, value: tx });
        const u = t + ((op.x >> 4) % 2);
        at(u, (op.x >> 5) % 2 ? { kind: "recompile", block: b } : { kind: "save-reload" });
        if ((op.x >> 6) % 2) at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "cosmetic-edit": {
        const base = nodes[op.node]!.customData;
        const how = op.x % 4;
        const tx = how === 0 ? base.replace(/^id=/m, "ID=").replace(/^rank=/m, "Rank=") : how === 1 ? base.replace("[failover]", "[FAILOVER]") : how === 2 ? `[other]\nfoo=1\n\n${base}` : base.replace("[failover]\n", "[failover]\n; edited by hand\n");
        configs[tx] = parseKnown(base);
        const edit = { kind: "set-custom-data", block: b, value: tx };
        const k = (op.x >> 2) % 3;
        if (k === 0) at(t, edit);
        else {
          const run = { kind: "run", block: b, argument: COMMANDS[(op.x >> 4) % COMMANDS.length]! };
          if (k === 1) { at(t, edit); at(t, run); } else { at(t, run); at(t, edit); }
        }
        if ((op.x >> 7) % 2) at(end, { kind: "set-custom-data", block: b, value: base });
        break;
      }
      case "antenna-radius": {
        const a = `Antenna ${gridOf(spec, op.node)}`;
        const [prop, v0, v1] = op.x % 3 === 2 ? ["EnableBroadCast", false, true] : ["Radius", op.x % 3 ? 10 : 29, 5000];
        at(t, { kind: "set", block: a, property: prop, value: v0 });
        at(end, { kind: "set", block: a, property: prop, value: v1 });
        break;
      }
      case "scope-edit": {
        // the copy's scope edited (to either other value), kept or edited back later
        const tx = text(op.node, cfgOf(op.node, spec.ranks[op.node]!, { scope: otherScope(scope, op.x, spec.scopeEdits) }));
        configs[tx] = parseKnown(tx);
        at(t, { kind: "set-custom-data", block: b, value: tx });
        if ((op.x >> 2) % 2) at(end, { kind: "set-custom-data", block: b, value: nodes[op.node]!.customData });
        break;
      }
      case "scope-loss": {
        // the scope of this copy or the next edited in the tick this copy hands over, is destroyed or switched off (the
        // edit before or after it), kept or edited back later
        const c = (op.x >> 1) % 2 ? (op.node + 1) % spec.n : op.node;
        if (destroyed.has(c)) break;
        const tx = text(c, cfgOf(c, spec.ranks[c]!, { scope: otherScope(scope, op.x >> 2, spec.scopeEdits) }));
        configs[tx] = parseKnown(tx);
        const edit = { kind: "set-custom-data", block: `PB${c}`, value: tx };
        const how = (op.x >> 4) % 3;
        const loss = how === 0 ? { kind: "run", block: b, argument: "failover handover" } : how === 1 && destroyed.size + 2 < spec.n && c !== op.node ? { kind: "destroy", block: b } : { kind: "turn-off", block: b };
        if (loss.kind === "destroy") destroyed.add(op.node);
        if ((op.x >> 6) % 2) { at(t, edit); at(t, loss); } else { at(t, loss); at(t, edit); }
        if (loss.kind === "run") at(end + 300, { kind: "run", block: b, argument: "failover enable" });
        if (loss.kind === "turn-off") at(end, { kind: "turn-on", block: b });
        if ((op.x >> 7) % 2) at(end + 1, { kind: "set-custom-data", block: `PB${c}`, value: nodes[c]!.customData });
        break;
      }
      case "wipe":
        // Storage gone: recompiled into a script that leaves it empty and back into the copy's in one tick
        at(t, { kind: "recompile", block: b, script: WIPE });
        at(t, { kind: "recompile", block: b, script: SCRIPT });
        break;
      case "paste":
        // the spare PB gets the script (a new copy, Storage empty); half the time in the tick this copy is destroyed
        if (!spec.spare || pasted) break;
        pasted = true;
        if (op.x % 2 && destroyed.size + 2 < spec.n) {
          destroyed.add(op.node);
          at(t, { kind: "destroy", block: b });
        }
        at(t + ((op.x >> 1) % 3 === 2 ? 1 : 0), { kind: "recompile", block: `PB${spec.n}`, script: SCRIPT });
        break;
      case "split":
        if (spec.layout === "rotor") {
          at(t, { kind: "detach", joint: "Rotor" });
          at(end, { kind: "attach", joint: "Rotor" });
        }
        break;
      case "undock":
        if (spec.layout === "docked") {
          at(t, { kind: "disconnect", block: "DockA" });
          at(end, { kind: "connect", block: "DockA", to: "DockB" });
        }
        break;
    }
  }
  void savedPending;
  const last = ev.reduce((m, e) => Math.max(m, (e as { tick: number }).tick + ((e as { kind: string }).kind === "lag" ? Number((e as { ticks?: number }).ticks) : 0)), 0);
  const s = scenario({
    name: `adv-${spec.seed}`,
    seed: spec.seed,
    ticks: 0,
    nodes,
    extraConfigs: configs,
    joints: spec.layout === "rotor" ? [["Ship", "Arm", "Rotor"]] : [],
    docks: spec.layout === "docked" ? [["DockA", "Ship", "DockB", "Drone"]] : [],
    antennas: scope === "antenna",
    events: ev.sort((a, b) => (a as { tick: number }).tick - (b as { tick: number }).tick),
    family: spec.family,
  });
  // (session 25) every copy's Storage just below the sequence's wrap, so the group's checkpoints cross 999,999,999 -> 1
  if (spec.wrap) {
    let j = 0;
    // (cp1, not cp0: the test script's item 0 is "nothing done", and the oracle's too; the first item done is 2)
    for (const g of s.grids) for (const b of g.blocks ?? []) if (b.type === "programmable" && "script" in b) (b as { storage?: string }).storage = `:grp\n${999999999 - ((spec.seed + j++) % 7)};cp1`;
  }
  // (a caller's TryRun runs during its update run: its first at tick 1, so a tick of 0 is never reached)
  callers.forEach((c, i) => s.grids[0]!.blocks!.push({ type: "programmable", name: `Caller${i}`, script: CALLER, customData: `${c.target}\n${c.argument}\n${c.tick}` } as never));
  s.ticks = Math.max(last, ...callers.map((c) => c.tick)) + tailTicks(s) + 200;
  return s;
}

/** The settle time the oracle needs after the last disruption (kept in step with settleBound). */
export function tailTicks(s: AdvScenario): number {
  let p = 0;
  let to = 3;
  let pd = 0;
  for (const [tx, c] of Object.entries(s.adv.configs)) {
    if (!c) continue;
    const nd = s.adv.nodes.find((n) => n.customData === tx) ?? s.adv.nodes[0]!;
    const hb = Math.round((c.heartbeat ?? 100 / 60) * 60);
    const g = nd.update;
    p = Math.max(p, g < 2 ? hb : Math.ceil(hb / g) * g, 100);
    to = Math.max(to, c.timeout ?? 3);
    pd = Math.max(pd, Math.round((c.preemptdelay ?? 0) * 60));
  }
  return (to + 2) * p + s.adv.nodes.length * (Math.min(p, 100) + 12) + pd + 2 * 100 + 60 + 2 * 100 + 100;
}

// The adversary's oracle: failover-spec.md's guarantees judged from the simulator's trace alone
// (run events with their update type, argument and Echo; compile, state, exception, save, storage,
// fault/operator and IGC delivery events), never from the manager's fields (nor the simulator's
// "role" events, which read the manager's Role field). The script
// (script.ts) writes what the user's logic did as "@act ..." lines; the scenario's `adv` says how the
// world was built and what each CustomData text means.
//
// Checks (each violation names the spec clause):
//   exception   no exception escapes Main but the injected ones (spec: "never throws out of Main")
//   mismatch    ActiveCheck read twice in one run gives the same value
//   quiet       the user's logic runs only on runs the user asked for (periodic, or a run with an argument) (14)
//   lazy        a copy that holds the active role (by its own @on/@off/@act lines) acts on every periodic run (14)
//   onrun       a copy that becomes active on a periodic run (its @on in that run) acts on it (14)
//   dual        two copies in one scope component both act for more than one run each at once (5)
//   invalid     a copy with bad configuration, enabled=false or `failover disable` never acts
//   errorshown  a copy with bad configuration shows the error on every run (14)
//   settled     after a quiet stretch, exactly one copy acts per component, the lowest live (rank, EntityId) (1, 6)
//   visible     the active copy's block is lost visibly: a standby acts by its next run (3)
//   silent      the active copy's script dies: a standby acts within timeout heartbeats + confirmation (4)
//   handover    `failover handover`/`disable` on the active copy: another acts on its next run (2)
//   twice       a work item is done again while a copy holding its checkpoint could have passed it on (8)
//   skip        a work item is done before the one before it (8)
//   flag        the Failover flag: only on the first run of a takeover from another copy, and always there (spec, drop-in usage)
//   hooks       the user's logic acts only after OnActivate ran in this script instance (10)
//   forward     an argument given to any copy reaches the user's logic at most once, exactly once when an active copy is settled (11)
//   forwardwait an argument given to a standby while no copy is active reaches the active that follows within a few ticks (11, F12)
//   forwardturn the same while the acting copy is leaving (a change of active under way) (11, F29)
//   forwardrun  an argument run on a copy that holds the active role (another copy's TryRun) reaches the user's logic (11, F52)
//   status      `failover status` shows role and rank (12)
//   succession  a copy that handed over takes the role back only if no other copy can (README, Failover; session 9)
//   regroup     a copy whose group id changed does not take the role on the run that read it: it asks first (README, Failover; F107)
import { UpdateType } from "pbts/se";
import type { TraceEvent } from "../../../sim/trace.ts";
import type { AdvScenario, Cfg } from "./model.ts";

const PERIODIC = UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100;
const INJECTED = ["Simulated fault: the script threw.", "Ownership changed."];

export interface Violation {
  check: string;
  tick: number;
  text: string;
}

interface Run {
  tick: number;
  /** index of the event in the trace (order within a tick) */
  seq: number;
  type: number;
  arg: string;
  echo: string;
  act: boolean;
  flag: boolean;
  work: number;
}

interface Node {
  name: string;
  index: number;
  gap: number;
  handle: boolean;
  /** The callback argument of a listener of the user's own (own-listener.ts, `[adv] cb=`; null: none), F101 */
  cb: string | null;
  grid: string;
  entityId: number;
  runs: Run[];
  /** status per tick: from "state" events; [tick, status] */
  states: [number, string][];
  /** the same in trace order: [trace index of the fault that caused it (the state event comes after the tick's runs), status] */
  statesSeq: [number, string][];
  compiles: number[];
  exceptions: number[];
  /** [tick, CustomData] */
  cds: [number, string][];
  /** [from, to) throttled */
  lags: [number, number][];
  /** [tick, probability] message loss on this block */
  loss: [number, number][];
  /** [tick, argument, trace index] operator runs */
  commands: [number, string, number][];
  /** [tick, trace index, sender] IGC messages delivered to it */
  delivered: [number, number, string][];
}

function statusAt(n: Node, t: number): string {
  let s = "none";
  for (const [k, v] of n.states) {
    if (k > t) break;
    s = v;
  }
  return s;
}

function valueAt<T>(xs: [number, T][], t: number, init: T): T {
  let v = init;
  for (const [k, x] of xs) {
    if (k > t) break;
    v = x;
  }
  return v;
}

export interface OracleOptions {
  /** Checks to leave out (a documented limit the scenario family runs into on purpose). */
  skip?: string[];
  /** Judge without the drop-in usage's documented limit (README Failover, "Runs the manager adds": F45c,
   *  F45d, F52): for the tests that show the excuse hides nothing else. */
  noLimit?: boolean;
  /** Called with every run the limit excused (tests count them). */
  onLimit?: (node: string, tick: number, check: string) => void;
}

/** A copy's own listener's callback argument (F101): the block runs own-listener.ts; `[adv] cb=` or "rx". */
function ownCallback(s: AdvScenario, name: string, customData: string): string | null {
  const b = s.grids.flatMap((g) => g.blocks ?? []).find((x) => x.name === name);
  if (!b || !("script" in b) || !String(b.script).endsWith("own-listener.ts")) return null;
  return /\ncb=([^\n]*)/.exec(customData)?.[1] ?? "rx";
}

export function judge(s: AdvScenario, events: TraceEvent[], end: number, opts: OracleOptions = {}): Violation[] {
  const meta = s.adv;
  const out: Violation[] = [];
  const skip = new Set(opts.skip ?? []);
  const bad = (check: string, tick: number, text: string) => {
    if (!skip.has(check) && out.filter((v) => v.check === check).length < 3) out.push({ check, tick, text });
  };
  const nodes = new Map<string, Node>();
  meta.nodes.forEach((ns, index) =>
    nodes.set(ns.name, { name: ns.name, index, gap: ns.update, handle: ns.handle, cb: ownCallback(s, ns.name, ns.customData), grid: ns.grid, entityId: 0, runs: [], states: [], statesSeq: [], compiles: [], exceptions: [], cds: [[0, ns.customData]], lags: [], loss: [], commands: [], delivered: [] }),
  );
  // (F115) the programmable blocks that are no copy (a player's other scripts, a block with none): F84's return check asks
  // such a block too when its CustomData contains the group's id (README Failover, Limits); their state and CustomData only
  const others = new Map<string, Node>();
  for (const g of s.grids) for (const b of g.blocks ?? []) if (b.type === "programmable" && !nodes.has(b.name)) others.set(b.name, { name: b.name, index: -1, gap: 100, handle: true, cb: null, grid: g.name, entityId: 0, runs: [], states: [], statesSeq: [], compiles: [], exceptions: [], cds: [[0, String((b as { customData?: string }).customData ?? "")]], lags: [], loss: [], commands: [], delivered: [] });
  const worldLoss: [number, number][] = [];
  const worldLags: [number, number][] = [];
  const loads: number[] = [];
  let lastWorldSave = 0;
  let lastWorldSaveSeq = -1;
  /** trace index of each set-custom-data (order within a tick) */
  const cdSeq = new Map<[number, string], number>();
  const compileSeq = new Map<string, number[]>();
  const disruptions: number[] = [];
  /** every disruption with what it was (a user argument's own run is "run <argument>") */
  const faultsAt: { tick: number; what: string }[] = [];
  // topology: joint attached, connector pair linked, destroyed connectors, grids moved (`pos`: antenna range)
  // (`seq`: its trace index; a world load puts back the topology of its save, which may come before a change in its tick: F123)
  const topo: { tick: number; kind: string; what: string; pos?: number[]; seq?: number }[] = [];
  // faults on antennas and grid power, world loads (kind "load", `upto`: the entries before the save) in trace order (F103)
  const antennaNames = new Set(s.grids.flatMap((g) => (g.blocks ?? []).filter((b) => b.type === "antenna").map((b) => b.name)));
  const antennaEv: { tick: number; a: Record<string, unknown> }[] = [];
  let antennaSaved = 0;
  // checkpoint knowledge: [tick, node, item] (did it, or a message carrying it was delivered)
  const learned: { tick: number; node: string; item: number }[] = [];
  const saves: { tick: number; node: string; item: number }[] = [];
  const echoes: { tick: number; node: string; text: string }[] = [];
  /** per block: [tick, trace index] of its last fault event */
  const faultSeq = new Map<string, [number, number]>();
  const jointAt = (name: string, t: number, seq = Infinity) => {
    let attached = true;
    for (const x of topo) if (x.tick <= t && (x.seq ?? -1) < seq && x.what === name) attached = x.kind === "attach" ? true : x.kind === "detach" ? false : attached;
    return attached;
  };
  const dockAt = (ca: string, t: number, seq = Infinity) => {
    const d = meta.docks.find((x) => x[0] === ca)!;
    let linked = true;
    for (const x of topo) if (x.tick <= t && (x.seq ?? -1) < seq && (x.what === d[0] || x.what === d[2])) linked = x.kind === "connect" ? true : x.kind === "disconnect" || x.kind === "destroy" ? false : linked;
    return linked;
  };
  /** A grid's position at t (its scenario position, then `move` events; a world load puts back the save's). */
  const posAt = (g: string, t: number, seq = Infinity): number[] => {
    let p: number[] = s.grids.find((x) => x.name === g)?.position ?? [0, 0, 0];
    for (const x of topo) if (x.tick <= t && (x.seq ?? -1) < seq && x.kind === "move" && x.what === g && x.pos) p = x.pos;
    return p;
  };
  /** The largest radius of a grid's working, broadcasting antennas at t (0: none), from the scenario's antennas and the
   *  trace's faults on them (F103: they were taken as always working): switched off or on, damaged, repaired,
   *  destroyed, unpowered (the block or its grid), `Radius`, `EnableBroadcasting` or `Enabled` set; a world load puts
   *  back the save's. */
  const radiusOf = (g: string, t: number): number => Math.max(0, ...(s.grids.find((x) => x.name === g)?.blocks ?? []).map((b) => (b.type === "antenna" ? antennaAt(g, b as AntennaSpec, t) : 0)));
  type AntennaSpec = { name: string; radius?: number; broadcasting?: boolean };
  // (`upto`: the entries before it count; a load's entry replays those before its save, so it never meets itself)
  const antennaState = (g: string, b: AntennaSpec, t: number, upto = antennaEv.length): { on: boolean; ok: boolean; gone: boolean; pw: boolean; gpw: boolean; br: boolean; r: number } => {
    let st = { on: true, ok: true, gone: false, pw: true, gpw: true, br: b.broadcasting ?? true, r: Number(b.radius ?? 5000) };
    for (let i = 0; i < upto; i++) {
      const x = antennaEv[i]!;
      if (x.tick > t) break;
      const a = x.a;
      const k = String(a.kind);
      if (k === "load") st = antennaState(g, b, Infinity, Number(a.upto));
      else if (a.grid === g && (k === "unpower" || k === "repower")) st.gpw = k === "repower";
      else if (a.block !== b.name) continue;
      else if (k === "turn-off" || k === "turn-on") st.on = k === "turn-on";
      else if (k === "damage" || k === "repair") st.ok = k === "repair";
      else if (k === "unpower" || k === "repower") st.pw = k === "repower";
      else if (k === "destroy") st.gone = true;
      else if (k === "set" && a.property === "Radius") st.r = Math.max(0, Number(a.value));
      else if (k === "set" && (a.property === "EnableBroadcasting" || a.property === "EnableBroadCast")) st.br = a.value === true;
      else if (k === "set" && (a.property === "Enabled" || a.property === "OnOff")) st.on = a.value === true;
    }
    return { ...st };
  };
  const antennaAt = (g: string, b: AntennaSpec, t: number): number => {
    const st = antennaState(g, b, t);
    return st.on && st.ok && !st.gone && st.pw && st.gpw && st.br ? st.r : 0;
  };
  for (const [seq, e] of events.entries()) {
    const n = e.block ? nodes.get(e.block) : undefined;
    const o = e.block ? others.get(e.block) : undefined;
    switch (e.kind) {
      case "run": {
        if (!n) break;
        const echo = String(e.data.echo ?? "");
        const m = /^@act ([F-])(.*)$/m.exec(echo);
        const w = m ? / work (\d+)/.exec(m[2]!) : null;
        const r: Run = { tick: e.tick, seq, type: Number(e.data.updateType), arg: String(e.data.argument ?? ""), echo, act: !!m, flag: m?.[1] === "F", work: w ? Number(w[1]) : 0 };
        n.runs.push(r);
        // an operator's run (Terminal or Trigger) that happened: a command, or an argument for the user's logic
        // (a `failover` command another script runs on it with TryRun is a command too, rv-16; a user argument such a run
        // brings is a standby's forwarding, judged by `forward`)
        if (((r.type & (UpdateType.Terminal | UpdateType.Trigger)) !== 0 && r.arg !== "") || ((r.type & UpdateType.Script) !== 0 && /^\s*failover\s/i.test(r.arg))) n.commands.push([e.tick, r.arg, seq]);
        // (such a command is a disruption where it ran, as an operator's run is where its fault is: the caller counts its
        // ticks from its own instance's start, so after a world load it runs a scheduled command later than the schedule
        // says, mix23a #122 at 23113: a handover 66 ticks before the end was judged a settled group, F110)
        if ((r.type & UpdateType.Script) !== 0 && /^\s*failover\s/i.test(r.arg) && !/^\s*failover\s+status/i.test(r.arg)) disruptions.push(e.tick);
        if (m && / mismatch/.test(m[2]!)) bad("mismatch", e.tick, `${n.name}: ActiveCheck changed within one run`);
        if (r.work) learned.push({ tick: e.tick, node: n.name, item: r.work });
        echoes.push({ tick: e.tick, node: n.name, text: echo });
        break;
      }
      case "echo":
        if (n) echoes.push({ tick: e.tick, node: n.name, text: String(e.data.text ?? e.data.echo ?? "") });
        break;
      case "compile":
        if (n) {
          n.compiles.push(e.tick);
          compileSeq.set(n.name, [...(compileSeq.get(n.name) ?? []), seq]);
          n.entityId = Number(e.data.entityId ?? n.entityId);
          echoes.push({ tick: e.tick, node: n.name, text: String(e.data.echo ?? "") });
        }
        break;
      case "state":
        for (const x of [n, o]) if (x) {
          x.states.push([e.tick, String(e.data.status)]);
          const f = faultSeq.get(x.name);
          x.statesSeq.push([f && f[0] === e.tick ? f[1] : seq, String(e.data.status)]);
        }
        break;
      case "exception":
        if (n) {
          n.exceptions.push(e.tick);
          const msg = String(e.data.message ?? "");
          if (!INJECTED.some((x) => msg.includes(x))) bad("exception", e.tick, `${n.name}: exception escaped (${e.data.during}): ${msg.slice(0, 200)}`);
        }
        break;
      case "igc-deliver": {
        const d = String(e.data.data ?? "");
        const m = /;cp(\d+)$/.exec(d);
        if (n && m) learned.push({ tick: e.tick, node: n.name, item: Number(m[1]) });
        if (n) n.delivered.push([e.tick, seq, String(e.data.from ?? "")]);
        break;
      }
      case "save":
      case "storage": {
        if (!n) break;
        const v = String(e.kind === "save" ? (e.data.storage ?? "") : (e.data.value ?? ""));
        if (e.kind === "storage" && !e.data.persisted) break;
        const m = /;cp(\d+)$/.exec(v);
        saves.push({ tick: e.tick, node: n.name, item: m ? Number(m[1]) : 0 });
        break;
      }
      case "load":
        // a world load brings back the CustomData of the last world save
        for (const x of [...nodes.values(), ...others.values()]) {
          let text = x.cds[0]![1];
          for (const c of x.cds) if (c[0] < lastWorldSave || (c[0] === lastWorldSave && (cdSeq.get(c) ?? -1) < lastWorldSaveSeq)) text = c[1];
          x.cds.push([e.tick, text]);
          cdSeq.set(x.cds[x.cds.length - 1]!, seq);
        }
        // ... and the joints and docks of that save; lags end (sim.loadWorld)
        // (as they were at the save, in trace order: a connector undocked after the save in its tick is docked in it, reach
        // #429 at 24015, F123)
        for (const [, , name] of meta.joints) topo.push({ tick: e.tick, kind: jointAt(name, lastWorldSave, lastWorldSaveSeq) ? "attach" : "detach", what: name, seq });
        for (const [ca] of meta.docks) topo.push({ tick: e.tick, kind: dockAt(ca, lastWorldSave, lastWorldSaveSeq) ? "connect" : "disconnect", what: ca, seq });
        // ... and the grids' positions (world.restore)
        for (const g of s.grids) topo.push({ tick: e.tick, kind: "move", what: g.name, pos: posAt(g.name, lastWorldSave, lastWorldSaveSeq), seq });
        // ... and its antennas (F103)
        if (antennaNames.size > 0) antennaEv.push({ tick: e.tick, a: { kind: "load", upto: antennaSaved } });
        loads.push(e.tick);
        disruptions.push(e.tick);
        break;
      case "fault": {
        const a = e.data as Record<string, unknown>;
        const kind = String(a.kind);
        // (a grid's fault (unpower, repower...) is each of its blocks')
        if (n ?? o) faultSeq.set((n ?? o)!.name, [e.tick, seq]);
        else if (a.grid !== undefined) for (const x of [...nodes.values(), ...others.values()]) if (x.grid === a.grid) faultSeq.set(x.name, [e.tick, seq]);
        if (kind !== "run" || !String(a.argument ?? "").startsWith("failover status")) {
          disruptions.push(e.tick);
          faultsAt.push({ tick: e.tick, what: kind === "run" ? `run ${String(a.argument ?? "")}` : kind });
        }
        if (kind === "save" || kind === "save-reload") {
          lastWorldSave = e.tick;
          lastWorldSaveSeq = seq;
          antennaSaved = antennaEv.length;
        }
        if (kind === "lag") {
          const span: [number, number] = [e.tick, e.tick + Number(a.ticks)];
          if (n) n.lags.push(span);
          else worldLags.push(span);
          disruptions.push(span[1]);
        } else if (kind === "message-loss") {
          if (n) n.loss.push([e.tick, Number(a.probability)]);
          else worldLoss.push([e.tick, Number(a.probability)]);
        } else if (kind === "set-custom-data" && (n ?? o)) {
          const x = (n ?? o)!;
          x.cds.push([e.tick, String(a.value)]);
          cdSeq.set(x.cds[x.cds.length - 1]!, seq);
        }
        // (an antenna's range changes the antenna scope's groups, F103; a grid's power too)
        if (antennaNames.has(String(a.block ?? "")) || (a.grid !== undefined && (kind === "unpower" || kind === "repower"))) {
          antennaEv.push({ tick: e.tick, a });
          topo.push({ tick: e.tick, kind: "antenna", what: String(a.block ?? a.grid), seq });
        }
        // (an operator run counts when it ran: see the "run" event)
        else if (["detach", "attach", "disconnect", "connect", "destroy", "move"].includes(kind)) topo.push({ tick: e.tick, kind, what: String(a.joint ?? a.block ?? a.grid), seq, ...(kind === "move" && Array.isArray(a.position) ? { pos: a.position as number[] } : {}) });
        break;
      }
    }
  }
  const list = [...nodes.values()];
  disruptions.sort((a, b) => a - b);
  const T = end + 2;
  // per node and tick: block status working, throttled, message loss on it (arrays: the checks ask often)
  const workArr = new Map<Node, Uint8Array>();
  const thrArr = new Map<Node, Uint8Array>();
  const lossArr = new Map<Node, Uint8Array>();
  const worldLossArr = new Uint8Array(T);
  const worldLagArr = new Uint8Array(T);
  {
    let k = 0;
    for (let t = 0; t < T; t++) {
      while (k < worldLoss.length && worldLoss[k]![0] <= t) k++;
      worldLossArr[t] = k > 0 && worldLoss[k - 1]![1] > 0 ? 1 : 0;
    }
    for (const [a, b] of worldLags) for (let t = a; t < Math.min(b, loads.find((l) => l > a) ?? T, T); t++) worldLagArr[t] = 1;
  }
  for (const n of list) {
    const w = new Uint8Array(T);
    let k = 0;
    let cur = "none";
    for (let t = 0; t < T; t++) {
      while (k < n.states.length && n.states[k]![0] <= t) cur = n.states[k++]![1];
      w[t] = cur === "working" ? 1 : 0;
    }
    workArr.set(n, w);
    const th = new Uint8Array(T);
    for (const [a, b] of n.lags) for (let t = a; t < Math.min(b, loads.find((l) => l > a) ?? T, T); t++) th[t] = 1;
    for (let t = 0; t < T; t++) th[t] = th[t]! | worldLagArr[t]!;
    thrArr.set(n, th);
    const lo = new Uint8Array(T);
    k = 0;
    let p = 0;
    for (let t = 0; t < T; t++) {
      while (k < n.loss.length && n.loss[k]![0] <= t) p = n.loss[k++]![1];
      lo[t] = p > 0 || worldLossArr[t] ? 1 : 0;
    }
    lossArr.set(n, lo);
  }
  const cfgAt = (n: Node, t: number): Cfg | null => {
    const text = valueAt(n.cds, t, n.cds[0]![1]);
    return text in meta.configs ? meta.configs[text]! : null;
  };
  /** The configuration a run saw: CustomData set later in the same tick does not count. */
  const cfgAtRun = (n: Node, r: Run): Cfg | null => {
    let text = n.cds[0]![1];
    for (const x of n.cds) {
      if (x[0] > r.tick || (x[0] === r.tick && (cdSeq.get(x) ?? -1) > r.seq)) break;
      text = x[1];
    }
    return text in meta.configs ? meta.configs[text]! : null;
  };
  const scope = (() => {
    const c = meta.configs[meta.nodes[0]!.customData];
    return c?.scope ?? "construct";
  })();
  const scope0 = scope;
  const period = (n: Node, t: number) => {
    const c = cfgAt(n, t);
    const hb = Math.round((c?.heartbeat ?? 100 / 60) * 60);
    return n.gap < 2 ? hb : Math.ceil(hb / n.gap) * n.gap;
  };
  const throttled = (n: Node, t: number) => thrArr.get(n)![t] === 1;
  const lossy = (n: Node, t: number) => lossArr.get(n)![t] === 1;
  const working = (n: Node, t: number) => workArr.get(n)![t] === 1;
  // a copy the operator disabled (`failover disable` through HandleCommand) until `failover enable`
  // or a new script instance; and one that handed over (no preemption until `failover enable`)
  const cmdState = (n: Node, t: number, word: string, seq = Infinity): boolean => {
    let on = false;
    // a new script instance starts enabled (the manager keeps only the checkpoint over a recompile)
    let lastCompile = -1;
    let lastCompileSeq = -1;
    const cs = compileSeq.get(n.name) ?? [];
    n.compiles.forEach((c, i) => {
      if (c < t || (c === t && cs[i]! < seq)) {
        lastCompile = c;
        lastCompileSeq = cs[i]!;
      }
    });
    for (const [k, a, q] of n.commands) {
      if (k > t || (k === t && q > seq)) break;
      if (k < lastCompile || (k === lastCompile && q < lastCompileSeq)) continue;
      const v = a.trim().toLowerCase();
      if (v === `failover ${word}`) on = true;
      if (v === "failover enable") on = false;
    }
    return on && n.handle;
  };
  const enabledCfg = (n: Node, t: number) => {
    const c = cfgAt(n, t);
    return c !== null && c.enabled !== false && !cmdState(n, t, "disable");
  };
  const eligArr = new Map<Node, Int32Array>();
  for (const n of list) {
    const a = new Int32Array(T);
    for (let t = 0; t < T; t++) a[t] = working(n, t) && !throttled(n, t) && enabledCfg(n, t) ? (t > 0 ? a[t - 1]! : 0) + 1 : 0;
    eligArr.set(n, a);
  }
  const eligible = (n: Node, t: number) => t >= 0 && t < T && eligArr.get(n)![t]! > 0;
  /** eligible for the `span` ticks up to t */
  const eligibleFor = (n: Node, t: number, span: number) => t >= 0 && t < T && eligArr.get(n)![t]! >= Math.min(span, t + 1);

  // ---- components (scope) ----
  const gridOf = new Map([...list, ...others.values()].map((n) => [n.name, n.grid]));
  /** The grids' scope components at `t` (joints; docks with the connected and antenna scopes; antennas in range with the antenna scope). */
  const gridRoots = (t: number, scope: Cfg["scope"] = scope0): ((g: string) => string) => {
    const grids = [...new Set([...s.grids.map((g) => g.name), ...list.map((n) => n.grid), ...meta.joints.flatMap((j) => [j[0], j[1]]), ...meta.docks.flatMap((d) => [d[1], d[3]])])];
    const parent = new Map(grids.map((g) => [g, g]));
    const find = (g: string): string => (parent.get(g) === g ? g : find(parent.get(g)!));
    const join = (a: string, b: string) => parent.set(find(a), find(b));
    // antenna: grids whose antennas reach each other both ways (positions at t; relay chains through the union)
    if (scope === "antenna")
      for (const a of grids)
        for (const b of grids) {
          const pa = posAt(a, t), pb = posAt(b, t);
          const ra = radiusOf(a, t), rb = radiusOf(b, t);
          if (a < b && ra > 0 && rb > 0 && Math.hypot(pa[0]! - pb[0]!, pa[1]! - pb[1]!, pa[2]! - pb[2]!) <= Math.min(ra, rb)) join(a, b);
        }
    for (const [a, b, name] of meta.joints) if (jointAt(name, t)) join(a, b);
    if (scope !== "construct") for (const [ca, ga, , gb] of meta.docks) if (dockAt(ca, t)) join(ga, gb);
    return find;
  };
  /** (F116) The grids a message sent from `g0` reaches at t with the antenna scope, one way too (topology.ts: a hop from a
   *  grid whose working antenna broadcasts to one with a working antenna within that radius; hops chain; a scope
   *  component is one grid system). */
  const reachFrom = (g0: string, t: number): Set<string> => {
    const f = gridRoots(t);
    const grids = [...new Set([...s.grids.map((g) => g.name), ...gridOf.values()])];
    const hearing = (g: string) => (s.grids.find((x) => x.name === g)?.blocks ?? []).some((b) => {
      const st = b.type === "antenna" ? antennaState(g, b as AntennaSpec, t) : null;
      return st !== null && st.on && st.ok && !st.gone && st.pw && st.gpw;
    });
    const seen = new Set([g0]);
    for (const q = [g0]; q.length > 0; ) {
      const a = q.shift()!;
      const ra = radiusOf(a, t), pa = posAt(a, t);
      for (const b of grids) {
        const pb = posAt(b, t);
        if (!seen.has(b) && (f(a) === f(b) || (ra > 0 && hearing(b) && Math.hypot(pa[0]! - pb[0]!, pa[1]! - pb[1]!, pa[2]! - pb[2]!) <= ra))) seen.add(b), q.push(b);
      }
    }
    return seen;
  };
  // the configuration a copy's manager is in at t: the one its last run (or new instance) by then read (F55: an edit
  // takes effect on the copy's next run; new23 #18 at 23114, F111: an active moved to grp2 by an edit was judged in
  // grp2 for the 6 ticks before its run read it, beside grp2's active: dual), and the ticks it changes
  const readAt = new Map<Node, [number, Cfg | null][]>();
  for (const n of list) {
    const xs: [number, Cfg | null][] = [[0, cfgAt(n, 0)]];
    let ri = 0;
    const cs = n.compiles.filter((k) => k > 0);
    let ci = 0;
    // (in tick order; a new instance reads its CustomData when it is built, before its tick's runs)
    while (ri < n.runs.length || ci < cs.length) {
      const c = ci < cs.length && (ri >= n.runs.length || cs[ci]! <= n.runs[ri]!.tick) ? cs[ci++]! : undefined;
      const x: [number, Cfg | null] = c !== undefined ? [c, cfgAt(n, c)] : [n.runs[ri]!.tick, cfgAtRun(n, n.runs[ri++]!)];
      const last = xs[xs.length - 1]![1];
      // (and its scope: session 25's `scope=` edits at run time)
      if ((x[1] === null) !== (last === null) || x[1]?.id !== last?.id || (x[1]?.scope ?? "construct") !== (last?.scope ?? "construct")) xs.push(x);
    }
    readAt.set(n, xs);
  }
  const cfgRead = (n: Node, t: number): Cfg | null => {
    const xs = readAt.get(n)!;
    let i = xs.length - 1;
    while (i > 0 && xs[i]![0] > t) i--;
    return xs[i]![1];
  };
  const component = (t: number): Map<string, number> => {
    const ids = new Map<string, number>();
    const roots: string[] = [];
    const cs = list.map((n) => cfgRead(n, t));
    const scopes = [...new Set(cs.flatMap((c) => (c === null ? [] : [c.scope ?? "construct"])))];
    if (scopes.length <= 1) {
      const find = gridRoots(t, scopes[0] ?? scope0);
      list.forEach((n, i) => {
        // a group is one id (case-sensitive): copies with another id never hear each other; a copy with
        // bad configuration is in no group (a component of its own: it must not act)
        const c = cs[i]!;
        const r = `${find(gridOf.get(n.name)!)}|${c === null ? `!${n.name}` : c.id}`;
        if (!roots.includes(r)) roots.push(r);
        ids.set(n.name, roots.indexOf(r));
      });
      return ids;
    }
    // (session 25) copies of one group in different scopes (`scope=` edited at run time): two copies hear each other
    // when each one's messages reach the other, that is (construct within connected within antenna reach) when they are
    // in one component of the narrower of their two scopes; a component is what those pairs join
    const finds = new Map(scopes.map((sc) => [sc, gridRoots(t, sc)]));
    const up = list.map((_, i) => i);
    const top = (i: number): number => (up[i] === i ? i : (up[i] = top(up[i]!)));
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = cs[i]!, b = cs[j]!;
        if (a === null || b === null || a.id !== b.id) continue;
        if (mutualPair(a, b, list[i]!, list[j]!, finds)) up[top(i)] = top(j);
      }
    const chains = new Set<number>();
    list.forEach((n, i) => {
      const r = cs[i] === null ? `!${n.name}` : `#${top(i)}`;
      if (!roots.includes(r)) roots.push(r);
      ids.set(n.name, roots.indexOf(r));
    });
    // (F134, a documented limit: README Configuration) a component joined through a copy that hears two that do not hear
    // each other (a construct copy on a docked drone, a connected one beside it, the ship's copies): no single group
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (ids.get(list[i]!.name) === ids.get(list[j]!.name) && cs[i] !== null && !mutualPair(cs[i]!, cs[j]!, list[i]!, list[j]!, finds)) chains.add(ids.get(list[i]!.name)!);
    chainOf.set(ids, chains);
    return ids;
  };
  /** (session 25) two copies of one group hear each other: each one's messages reach the other and are read there, that
   *  is, they are in one component of the narrower of their two scopes */
  const mutualPair = (a: Cfg, b: Cfg, na: Node, nb: Node, finds: Map<Cfg["scope"], (g: string) => string>) => {
    const sa = a.scope ?? "construct", sb = b.scope ?? "construct";
    const rank = { construct: 0, connected: 1, antenna: 2 } as const;
    const f = finds.get(rank[sa!] <= rank[sb!] ? sa : sb)!;
    return a.id === b.id && f(gridOf.get(na.name)!) === f(gridOf.get(nb.name)!);
  };
  /** the chained components of a component map (F134) */
  const chainOf = new Map<Map<string, number>, Set<number>>();
  /** n's component at t is chained (F134) */
  const chainedAt = (n: Node, t: number) => {
    const c = compAt(t);
    return chainOf.get(c)?.has(c.get(n.name)!) === true;
  };
  const mutualAt = (a: Node, b: Node, t: number) => {
    const ca = cfgRead(a, t), cb = cfgRead(b, t);
    if (ca === null || cb === null) return false;
    return mutualPair(ca, cb, a, b, new Map((["construct", "connected", "antenna"] as const).map((sc) => [sc, gridRoots(t, sc)])));
  };
  // components change only at topology events and CustomData changes (the group id)
  const changeTicks = [...new Set([...topo.map((x) => x.tick), ...list.flatMap((n) => readAt.get(n)!.map(([k]) => k))])].sort((a, b) => a - b);
  const compAtCache = new Map<number, Map<string, number>>();
  const compAt = (t: number) => {
    let key = -1;
    for (const k of changeTicks) {
      if (k > t) break;
      key = k;
    }
    if (!compAtCache.has(key)) compAtCache.set(key, component(t));
    return compAtCache.get(key)!;
  };

  // ---- acting coverage: an @act run covers [tick, tick + gap), cut short by the node's next periodic run
  // without @act, or its block stopping (state) ----
  type Cov = { node: Node; from: number; to: number; runs: number[] };
  const cover: Cov[] = [];
  for (const n of list) {
    let cur: Cov | null = null;
    // a stretch ends when the block stops, and when the script is rebuilt (a new instance starts
    // listening: its next takeover is a new stretch, Failover flag and all)
    const stops = [...n.states.filter(([, v]) => v !== "working").map(([k]) => k), ...n.compiles.filter((k) => k > 0)].sort((a, b) => a - b);
    const close = (c: Cov, to: number) => {
      c.to = Math.min(c.to, to);
      cover.push(c);
    };
    for (const r of n.runs) {
      if (cur && stops.some((k) => k > cur!.runs[cur!.runs.length - 1]! && k <= r.tick)) {
        close(cur, stops.find((k) => k > cur!.runs[cur!.runs.length - 1]!)!);
        cur = null;
      }
      if (cur && r.tick > cur.to) {
        close(cur, cur.to);
        cur = null;
      }
      // an orderly exit (the leaving hook) ends the stretch
      if (cur && /^@off$/m.test(r.echo) && !r.act) {
        close(cur, r.tick + 1);
        cur = null;
      }
      // (F138) so does one in a run that then acts: its '@off' line comes before its '@act' (the copy left the role and
      // took it again in that run, its OnDeactivate and then its OnActivate ran): the act starts a new stretch
      if (cur && r.act && /^@off$[\s\S]*^@act /m.test(r.echo)) {
        close(cur, r.tick);
        cur = null;
      }
      if (r.act) {
        if (!cur) cur = { node: n, from: r.tick, to: r.tick + n.gap, runs: [r.tick] };
        else {
          cur.runs.push(r.tick);
          cur.to = r.tick + n.gap;
        }
      } else if (cur && (r.type & PERIODIC) !== 0) {
        close(cur, r.tick);
        cur = null;
      }
    }
    if (cur) {
      const st = stops.find((k) => k > cur!.runs[cur!.runs.length - 1]!);
      close(cur, st ?? cur.to);
    }
  }
  cover.sort((a, b) => a.from - b.from);
  const actingAt = (t: number) => cover.filter((c) => c.from <= t && t < c.to);

  // ---- per-run checks ----
  const userRun = (r: Run) => (r.type & PERIODIC) !== 0 || (r.arg !== "" && (r.type & (UpdateType.Terminal | UpdateType.Trigger | UpdateType.Script)) !== 0);
  // The drop-in usage's takeover limit (README Failover, "What the drop-in usage alone cannot tell"; F78, F78b), from
  // the trace alone: a copy without HandleCommand that took the role on an operator's run (no periodic flag, no Once,
  // no IGC in that run's type) and runs both Update10 and Update100 after it (the warm-up: its Update100 runs merge
  // with Update10 ones or come off the Update10 phase, so none shows that flag's phase) can only guess its Update100
  // phase from that run's tick. Excused: the first run of the tick exactly an interval later that the user did not
  // ask for (a callback run, a Once alone), while the copy still holds that role (no hook line, no rebuild between).
  // One run, never two: a second one in that tick, or one an interval after that, is caught.
  const guessed = (n: Node, r: Run): boolean => {
    if (opts.noLimit || n.handle || userRun(r)) return false;
    const b = (compileSeq.get(n.name) ?? []).filter((c) => c < r.seq).pop() ?? -1;
    const p = n.runs.find((x) => x.seq > b && x.tick === r.tick - 100 && /^@on /m.test(x.echo));
    if (!p || (p.type & (PERIODIC | UpdateType.Once | UpdateType.IGC)) !== 0) return false;
    const between = n.runs.filter((o) => o.seq > p.seq && o.seq < r.seq);
    if (between.some((o) => /^@(on |off$)/m.test(o.echo))) return false;
    if (!between.some((o) => (o.type & UpdateType.Update10) !== 0) || !between.some((o) => (o.type & UpdateType.Update100) !== 0)) return false;
    return !between.some((o) => o.tick === r.tick && o.act && !userRun(o));
  };
  // The drop-in usage's limit with a listener of the user's own (README Failover, "What the drop-in usage alone cannot
  // tell"; F102), from the trace alone: a copy without HandleCommand whose own callback run (IGC alone, its callback's
  // argument) came before any periodic run of its instance, with a Once run on the next tick (the probe the manager sets
  // on a run it takes for the periodic one), has its phase put on that callback run's tick (nothing it reads tells a
  // callback run from the update run). In the stretch of its next '@on' (no '@off' since), until a periodic run alone
  // (no Once) shows the real phase: a Once run alone on that guessed phase may run the logic (quiet), and a periodic
  // run merged with the manager's Once off it may do no work (lazy). Nothing else: a periodic run alone, a merged run
  // on the guessed phase, another copy's, a HandleCommand copy's, or one after a periodic run came first, are caught.
  const ownGuess = (n: Node, r: Run): boolean => {
    if (opts.noLimit || n.handle || n.cb === null || (r.type & (UpdateType.Once | UpdateType.Update1)) === 0) return false;
    const b = (compileSeq.get(n.name) ?? []).filter((c) => c < r.seq).pop() ?? -1;
    const mine = n.runs.filter((x) => x.seq > b && x.seq < r.seq);
    const ci = mine.findIndex((x) => x.type === UpdateType.IGC && x.arg === n.cb);
    const c = mine[ci];
    if (!c || mine.slice(0, ci).some((x) => (x.type & PERIODIC) !== 0) || !mine.some((x) => x.tick === c.tick + 1 && (x.type & UpdateType.Once) !== 0)) return false;
    const p = mine.find((x) => x.seq > c.seq && (x.type & PERIODIC) !== 0);
    const f = p && ([[UpdateType.Update10, 10], [UpdateType.Update100, 100]] as const).find(([k]) => (p.type & PERIODIC) === k);
    const on = mine.map((x) => x.seq > c.seq && /^@on /m.test(x.echo)).lastIndexOf(true);
    if (!f || on < 0 || mine.slice(on + 1).some((x) => /^@off$/m.test(x.echo) || ((x.type & PERIODIC) !== 0 && (x.type & UpdateType.Once) === 0))) return false;
    const onPhase = (r.tick - c.tick) % f[1] === 0;
    return r.type === UpdateType.Once ? onPhase && r.act : r.type === (f[0] | UpdateType.Once) && !onPhase && !r.act;
  };
  for (const n of list) {
    const hookTicks = echoes.filter((x) => x.node === n.name && /^@on /m.test(x.text)).map((x) => x.tick);
    for (const r of n.runs) {
      // (the user's own listener's callback run is one the user asked for, F101)
      const own = n.cb !== null && r.arg === n.cb;
      if (r.act && !userRun(r) && !(own && (r.type & UpdateType.IGC) !== 0)) {
        if (!guessed(n, r) && !ownGuess(n, r)) bad("quiet", r.tick, `${n.name}: the user's logic ran as active on a run it did not ask for (${r.type}, argument '${r.arg}')`);
        else opts.onLimit?.(n.name, r.tick, "quiet");
      }
      // a broadcast reaches every copy, and the active's own callback run gives it to the logic: a standby that passes
      // its callback's argument on (another script's run, TryRun) makes the group act on one message again (spec 11: once)
      if (r.act && own && (r.type & UpdateType.Script) !== 0) bad("owncb", r.tick, `${n.name}: the user's own listener's callback argument '${r.arg}' reached the logic from another script's run (a standby passed it on): the group acts on one message more than once`);
      if (r.act && n.handle && /^failover( |$)/i.test(r.arg.trim())) bad("quiet", r.tick, `${n.name}: the failover command '${r.arg}' reached the user's logic`);
      const c = cfgAtRun(n, r);
      if (r.act && (c === null || c.enabled === false)) bad("invalid", r.tick, `${n.name}: acts with ${c === null ? "bad configuration" : "enabled=false"}`);
      if (r.act && cmdState(n, r.tick, "disable", r.seq)) bad("invalid", r.tick, `${n.name}: acts after 'failover disable'`);
      if (c === null && !n.exceptions.includes(r.tick) && !/configuration|failover:|\[ERROR\]/i.test(r.echo)) bad("errorshown", r.tick, `${n.name}: bad configuration and the run's Echo does not say so: ${JSON.stringify(r.echo.slice(0, 120))}`);
      const cs = compileSeq.get(n.name) ?? [];
      let lastCompile = 0;
      n.compiles.forEach((k, i) => {
        if (k < r.tick || (k === r.tick && cs[i]! < r.seq)) lastCompile = k;
      });
      if (r.act && !hookTicks.some((k) => k >= lastCompile && k <= r.tick)) bad("hooks", r.tick, `${n.name}: acts with no OnActivate since its script was built (tick ${lastCompile})`);
      // (a run that threw shows no Echo of its own: the exception is what the PB shows, F49)
      if (r.arg.trim().toLowerCase() === "failover status" && n.handle && !n.exceptions.includes(r.tick)) {
        if (c === null) {
          if (!/^Failover: (CustomData|\[failover\]) /m.test(r.echo)) bad("status", r.tick, `${n.name}: 'failover status' with bad configuration does not say so`);
        } else if (!/active|standby|listening|disabled/i.test(r.echo) || !new RegExp(`rank ${c.rank}\\b`).test(r.echo)) bad("status", r.tick, `${n.name}: 'failover status' lacks role or rank: ${JSON.stringify(r.echo.slice(0, 200))}`);
      }
    }
  }

  // ---- lazy: a copy that holds the active role skips the user's periodic run (spec 14: a periodic
  // run is the user's; no period of work is lost). Whether it holds the role comes from the script's
  // own hook lines, never from the manager's Role field: OnActivate ("@on") runs on becoming active
  // and OnDeactivate ("@off") on an orderly exit, so a copy whose last hook line is "@on" and that
  // later acts again with no new "@on" in between, or leaves with "@off", held the role all along
  // (leaving silently and coming back would have taken a new "@on"). A periodic run without "@act"
  // in such a stretch is swallowed. Stricter, and its own check "onrun" (session 8, F27): a periodic
  // run whose own Echo has "@on" (the hook ran inside ActiveCheck) but no "@act". Excused: a run that threw, and the wake check (spec 5: a copy
  // whose runs stopped, by a missed run interval or throttling, must not act until it has heard the
  // group again, within its query rounds: WAKE ticks after the first run back). A stretch that ends
  // with no such evidence (the trace ends, the script is rebuilt) counts when no other copy of its
  // component acted or announced itself meanwhile (nobody else could hold the role).
  const WAKE = 3 * 3 + 3;
  // The drop-in usage's documented limit (README Failover, "Runs the manager adds"; F45c, F45d, F52), from the
  // trace alone: a run of a copy without HandleCommand that finds a message waiting which calls back (delivered
  // in its tick, no run of the copy since, and the tick's IGC callback run of the copy comes after it) is the
  // update run, the callback run or another script's TryRun, and nothing the script reads tells which. Excused,
  // once: a periodic run (no Once in it, no Update1) that is the first of each of its flags (no run of that
  // flag exactly an interval before, in this instance: the flag just set, F45c; or every run of it on this phase
  // came with the manager's Once, F73), or the one an interval after
  // such a first run that took the role when an operator's run came between them (which of the two was
  // periodic, F45d); and an argument run (F52), also one after an earlier run of the tick took the messages (F67).
  // The next periodic run is not excused: one period late, never two.
  const waiting = (n: Node, r: Run): boolean => {
    const d = n.delivered.filter(([k, q]) => k === r.tick && q < r.seq).pop();
    return d !== undefined && !n.runs.some((x) => x.seq > d[1] && x.seq < r.seq) && n.runs.some((x) => x.tick === r.tick && x.seq > r.seq && (x.type & UpdateType.IGC) !== 0);
  };
  const built = (n: Node, r: Run): number => {
    const cs = compileSeq.get(n.name) ?? [];
    return cs.filter((c) => c < r.seq).pop() ?? -1;
  };
  const FLAGS: [number, number][] = [[UpdateType.Update10, 10], [UpdateType.Update100, 100]];
  // (a run of the flag that came with the manager's Once shows the script nothing: a run that finds that Once gone
  // is the update run, periodic or not; so a flag whose runs on this phase all came so, none of them the run the
  // copy took the role on or acted on, has not shown its phase: F73, the role taken on an operator's run)
  // (nor does one that found a message waiting that calls back: the update run or the callback run, and the manager takes
  // it for neither, storm #685 at 24020, F120: a drop-in copy's first Update10 run at tick 1 found the boot's queries)
  const shown = (n: Node, r: Run, f: number, i: number, b: number): boolean =>
    n.runs.some((x) => x.seq > b && x.seq < r.seq && (x.type & f) !== 0 && (r.tick - x.tick) % i === 0 && (((x.type & UpdateType.Once) === 0 && !waiting(n, x)) || /^@(on |act)/m.test(x.echo)));
  const fresh = (n: Node, r: Run): boolean => {
    const b = built(n, r);
    return FLAGS.every(([f, i]) => (r.type & f) === 0 || !n.runs.some((x) => x.seq > b && x.tick === r.tick - i && (x.type & f) !== 0) || !shown(n, r, f, i, b));
  };
  // (an argument run after an earlier run of the tick took the messages, the callback run still to come, is the same
  // question: nothing waits, and the callback run finds nothing either, F67)
  // (or after the tick's callback run took them, F75: that run and the argument run are the callback run and a TryRun
  // in some order, and nothing the script reads tells which came first)
  const late = (n: Node, r: Run): boolean =>
    (r.type & PERIODIC) === 0 && n.delivered.some(([k, q]) => k === r.tick && q < r.seq) &&
    n.runs.some((x) => x.tick === r.tick && (x.type & UpdateType.IGC) !== 0 && (x.seq > r.seq || n.delivered.some(([k, q]) => k === r.tick && q < x.seq)));
  const limit = (n: Node, r: Run): boolean => {
    if (opts.noLimit || n.handle || !(waiting(n, r) || late(n, r))) return false;
    if ((r.type & PERIODIC) === 0) return (r.type & UpdateType.Script) !== 0 && r.arg !== "";
    if ((r.type & (UpdateType.Once | UpdateType.Update1)) !== 0) return false;
    if (fresh(n, r)) return true;
    const f = FLAGS.find(([k]) => (r.type & PERIODIC) === k);
    const p = f && n.runs.find((x) => x.seq > built(n, r) && x.seq < r.seq && x.tick === r.tick - f[1] && (x.type & f[0]) !== 0);
    return !!p && /^@on /m.test(p.echo) && fresh(n, p) && n.runs.some((o) => o.tick > p.tick && o.tick < r.tick && (o.type & (PERIODIC | UpdateType.Once | UpdateType.IGC)) === 0);
  };
  // The frequency changed without a second read (README Failover, F93): a script that changes its UpdateFrequency on a
  // run and does not read ActiveCheck again in it leaves in place a Once the manager set before the change (the watch's,
  // after a takeover from a copy seen down); when the new flag's first run falls on the next tick it merges with that
  // Once, and nothing the manager reads tells it from that Once alone: it is the manager's. Excused, from the trace and
  // the script's usage (`reread=false` in its [adv] lines, which no edit changes): a periodic run with Once whose every
  // flag is new (no run of it in the interval before, in this instance), one tick after a run of the copy that acted.
  const merged = (n: Node, r: Run): boolean => {
    if (opts.noLimit || (r.type & UpdateType.Once) === 0 || (r.type & UpdateType.Update1) !== 0 || !/\nreread=false/.test(n.cds[0]![1])) return false;
    const b = built(n, r);
    const p = n.runs.filter((x) => x.seq > b && x.seq < r.seq).pop();
    return p !== undefined && p.tick === r.tick - 1 && p.act && FLAGS.every(([f, i]) => (r.type & f) === 0 || !n.runs.some((x) => x.seq > b && x.seq < r.seq && x.tick >= r.tick - i && (x.type & f) !== 0));
  };
  // another copy took the role after `since` and still holds it at `t` by its own lines: its last hook line is that
  // '@on' (no '@off'), its block has worked and its script has not been rebuilt since (F68: an Update100 active that
  // has not acted yet; a copy that wakes and follows it leaves the role silently, with nothing to show who holds it)
  const echoesOf = new Map<string, typeof echoes>();
  const holdsSince = (m: Node, since: number, t: number): boolean => {
    if (!echoesOf.has(m.name)) echoesOf.set(m.name, echoes.filter((e) => e.node === m.name));
    let at = -1;
    for (const e of echoesOf.get(m.name)!) {
      if (e.tick <= since || e.tick > t) continue;
      for (const line of e.text.split("\n")) if (line.startsWith("@on ")) at = e.tick; else if (line === "@off") at = -1;
    }
    return at >= 0 && !m.compiles.some((k) => k > at && k <= t) && !m.states.some(([k, v]) => k > at && k <= t && v !== "working");
  };
  // The check on a copy's return (README Failover, F84): a copy that holds the role and, on a run (x), sees a copy of
  // its group (CustomData naming its id) working in its scope that was not (off, or split off) at its run before, and that nothing was delivered
  // from since `since` (its '@on', or the end of the wake window after a gap: it may have resumed then; a message counts
  // when a run of the copy read it while its sender was seen), cannot know
  // whether that copy took the role meanwhile, unseen between its own runs: it tells it and waits for its answer, 2
  // ticks (the runs of x's tick and the next). Excused: the runs of those 2 ticks.
  const checking = (n: Node, r: Run, since: number): boolean => {
    const id = cfgAtRun(n, r)?.id;
    if (!id) return false;
    // (up at a run y of this copy: its block working then, in trace order (the fault that changed it, not the state event,
    // which comes after the tick's runs; its script may be dead: the block's IsWorking is all the copy sees), and in this
    // copy's scope component, whatever its configuration; a merge brings it back too)
    const up = (m: Node, y: Run) => {
      const c = cfgRead(n, y.tick);
      const f = gridRoots(y.tick, c === null ? scope0 : (c.scope ?? "construct"));
      return ["working", "terminated", "no-script"].includes(valueAt(m.statesSeq, y.seq, "none")) && f(gridOf.get(m.name)!) === f(gridOf.get(n.name)!);
    };
    return n.runs.some((x, i) => {
      const p = n.runs[i - 1];
      if (!p || x.seq > r.seq || x.tick < r.tick - 1) return false;
      // (heard: a message of it read by a run of this copy from `since` up to x, while it was seen)
      const heard = (m: Node) => n.delivered.some(([, q, f]) => {
        const y = f === m.name ? n.runs.find((z) => z.seq > q) : undefined;
        return y !== undefined && y.seq <= x.seq && y.tick >= since && up(m, y);
      });
      // (a peer: a block whose CustomData names the group, or a copy this one heard, F84's config #: it may have left since;
      // a block that is no copy counts by its CustomData alone, F115)
      return [...list, ...others.values()].some((m) => m !== n && (valueAt(m.cds, x.tick, m.cds[0]![1]).includes(id) || n.delivered.some(([, , f]) => f === m.name)) && up(m, x) && !up(m, p) && !heard(m));
    });
  };
  const hookSeq = new Map<Node, { seq: number; tick: number; on: boolean; off: boolean; act: boolean; run: Run | null; compile: boolean }[]>(list.map((n) => [n, []]));
  for (const [seq, e] of events.entries()) {
    const n = e.block ? nodes.get(e.block) : undefined;
    if (!n) continue;
    if (e.kind === "compile") hookSeq.get(n)!.push({ seq, tick: e.tick, on: false, off: false, act: false, run: null, compile: true });
    if (e.kind === "compile" || e.kind === "echo") {
      const text = String(e.kind === "compile" ? (e.data.echo ?? "") : (e.data.text ?? e.data.echo ?? ""));
      for (const line of text.split("\n")) if (/^@(on |off$)/.test(line)) hookSeq.get(n)!.push({ seq, tick: e.tick, on: line.startsWith("@on"), off: line === "@off", act: false, run: null, compile: false });
    }
  }
  for (const n of list) for (const r of n.runs) hookSeq.get(n)!.push({ seq: r.seq, tick: r.tick, on: false, off: false, act: false, run: r, compile: false });
  for (const n of list) {
    const xs = hookSeq.get(n)!.sort((a, b) => a.seq - b.seq);
    let held = false;
    let onAt = -1; // the tick of the '@on' that opened the held stretch
    let pending: Run[] = [];
    let prevRun = -1;
    let wakeAt = -Infinity;
    // the copy's runs stopped (spec 5): a gap longer than the interval it was running at (its fastest
    // periodic flag in the trace over the last 100 ticks: the warm-up adds Update10 to Update100, F36),
    // plus slack, or longer than its lease (timeout heartbeat periods: the spec's own words; fast #210 at 9202)
    let last1 = -Infinity;
    let last10 = -Infinity;
    // (a warm-up copy, `[adv] warmup=true` on Update100 in the CustomData it was built with, adds Update10 on the run
    // it acts on and takes it off in its '@off': from that run on, its next run comes within 10 ticks, before any
    // Update10 run shows the flag; F98: throttled right after taking the role, its first Update10 run came 16 ticks later)
    const warmup = n.gap === 100 && /\nwarmup=true/.test(n.cds[0]![1]);
    let warm = false;
    // (session 25: the interval a script that switches its frequency says it runs at, "@freq <n>" in its Echo: script.ts
    // `speed=`; a flag it has just added counts from the run that added it, as the warm-up's, F98)
    let said = Infinity;
    const woke = (el: number, at: number) => {
      const g = Math.min(said, last1 > at - 100 ? 1 : warm || last10 > at - 100 ? Math.min(10, n.gap) : n.gap);
      return el > g + 2 + Math.floor(g / 10) || el > (cfgAt(n, at)?.timeout ?? 3) * period(n, at);
    };
    const swallowed = (r: Run, why: string) =>
      (r.type & PERIODIC) !== 0
        ? bad("lazy", r.tick, `${n.name}: holds the active role (${why}) at its periodic run (${r.type}), but the user's logic did not run as active`)
        : bad("forwardrun", r.tick, `${n.name}: holds the active role (${why}) at the run of the argument '${r.arg}' (${r.type}), but the user's logic did not run as active`);
    const unconfirmed = (end: number) => {
      for (const r of pending) {
        const comp = compAt(r.tick);
        const other = cover.some((c) => c.node !== n && c.to > r.tick - n.gap && c.from <= end && comp.get(c.node.name) === comp.get(n.name))
          || echoes.some((x) => x.node !== n.name && x.tick >= r.tick - n.gap && x.tick <= end && /^@on /m.test(x.text) && comp.get(x.node) === comp.get(n.name))
          || list.some((m) => m !== n && comp.get(m.name) === comp.get(n.name) && holdsSince(m, onAt, r.tick));
        if (!other) swallowed(r, `its last hook line was '@on' and no other copy acted until ${end}`);
      }
      pending = [];
    };
    for (const x of xs) {
      if (x.compile) {
        unconfirmed(x.tick);
        held = warm = false;
        said = Infinity;
        prevRun = x.tick;
        continue;
      }
      const r = x.run;
      if (!r) {
        if (x.on) {
          pending = [];
          held = true;
          onAt = x.tick;
        }
        if (x.off) {
          for (const p of pending) swallowed(p, `it left with '@off' at ${x.tick}`);
          pending = [];
          held = warm = false;
        }
        continue;
      }
      if (prevRun >= 0 && woke(r.tick - prevRun, prevRun)) wakeAt = r.tick;
      // a copy that wakes hears the group first (spec 5) and follows an active it hears: when another copy of its
      // component acts or says '@on' in the wake window and this one does not act in it, it left the role silently
      // there (no '@off': F65); a copy that resumed beside the other is `dual`'s
      if (wakeAt === r.tick && held && !n.runs.some((o) => o.act && o.tick >= r.tick && o.tick <= r.tick + WAKE)) {
        const comp = compAt(r.tick);
        const mine = (name: string) => name !== n.name && comp.get(name) === comp.get(n.name);
        if (cover.some((c) => mine(c.node.name) && c.from <= r.tick + WAKE && c.to > r.tick) || echoes.some((e) => mine(e.node) && e.tick >= r.tick && e.tick <= r.tick + WAKE && /^@on /m.test(e.text))) {
          unconfirmed(r.tick + WAKE);
          held = false;
        }
      }
      prevRun = r.tick;
      if (r.type & UpdateType.Update1) last1 = r.tick;
      if (r.type & UpdateType.Update10) last10 = r.tick;
      const heldBefore = held;
      let onHere = false;
      let offHere = false;
      for (const line of r.echo.split("\n")) {
        if (line.startsWith("@freq ")) said = Number(line.slice(6));
        if (line.startsWith("@on ")) {
          pending = [];
          held = onHere = true;
          onAt = r.tick;
        } else if (line === "@off") {
          for (const p of pending) swallowed(p, `it left with '@off' at ${r.tick}`);
          pending = [];
          held = warm = false;
          offHere = true;
        } else if (line.startsWith("@act ")) {
          for (const p of pending) swallowed(p, `it acted again at ${r.tick} with no '@on' since`);
          pending = [];
          warm = warmup;
        }
      }
      // (a copy with bad configuration, enabled=false or 'failover disable' must not act (`invalid`): it holds no role, F58)
      const c = cfgAtRun(n, r);
      const excused = n.exceptions.includes(r.tick) || throttled(n, r.tick - 1) || r.tick - wakeAt <= WAKE || c === null || c.enabled === false || cmdState(n, r.tick, "disable", r.seq);
      // (an argument run: another copy's TryRun, a forwarded argument, F52)
      const argRun = (r.type & UpdateType.Script) !== 0 && /^cmd\d+$/.test(r.arg);
      if (((r.type & PERIODIC) === 0 && !argRun) || r.act || offHere || excused) continue;
      // (the check on a copy's return after the drop-in limit: a run both excuse is reported as the limit's)
      const check = () => checking(n, r, Math.max(onAt, wakeAt + WAKE));
      if (onHere && !argRun) {
        if (!check()) bad("onrun", r.tick, `${n.name}: became active on its periodic run (${r.type}: '@on' in this run's Echo), but the user's logic did not run as active on it`);
      } else if (heldBefore && !onHere) {
        if (limit(n, r) || merged(n, r) || ownGuess(n, r)) opts.onLimit?.(n.name, r.tick, (r.type & PERIODIC) !== 0 ? "lazy" : "forwardrun");
        else if (!check()) pending.push(r);
      }
    }
    unconfirmed(end);
  }

  // ---- dual actives ----
  const lossUntil = (t: number) => {
    // message loss somewhere: two may act until they hear each other (a period after it ends)
    const any = (xs: [number, number][]) => xs.some(([k, p], i) => p > 0 && k <= t && (xs[i + 1] === undefined || xs[i + 1]![0] + 2 * maxPeriod + 10 >= t));
    return any(worldLoss) || list.some((n) => any(n.loss));
  };
  const maxPeriod = Math.max(...list.map((n) => period(n, 0)), ...list.flatMap((n) => n.cds.map(([k]) => period(n, k))));
  for (let i = 0; i < cover.length; i++)
    for (let j = i + 1; j < cover.length; j++) {
      const a = cover[i]!;
      const b = cover[j]!;
      if (b.from >= a.to) continue;
      if (a.node === b.node) continue;
      const from = Math.max(a.from, b.from);
      const to = Math.min(a.to, b.to);
      if (to <= from) continue;
      const comp = compAt(from);
      if (comp.get(a.node.name) !== comp.get(b.node.name)) continue;
      if (lossUntil(from)) continue;
      // (F134, a documented limit) two actives that do not hear each other in a component chained by a copy between them
      if (chainedAt(a.node, from) && !mutualAt(a.node, b.node, from)) {
        opts.onLimit?.(b.node.name, from, "dual");
        continue;
      }
      const ra = a.runs.filter((k) => k >= from && k < to).length + (a.from < from ? 1 : 0);
      const rb = b.runs.filter((k) => k >= from && k < to).length + (b.from < from ? 1 : 0);
      if (Math.min(ra, rb) >= 2) bad("dual", from, `${a.node.name} and ${b.node.name} both act in one ${scope} from tick ${from} to ${to} (${ra} and ${rb} runs)`);
    }

  // ---- work items ----
  // items are per group (id): a copy moved to another group works for that group
  const works: { tick: number; node: string; item: number; key: string }[] = [];
  for (const n of list) for (const r of n.runs) if (r.work) works.push({ tick: r.tick, node: n.name, item: r.work, key: `${cfgAtRun(n, r)?.id ?? "?"}#${r.work}` });
  works.sort((a, b) => a.tick - b.tick);
  const done = new Map<string, { tick: number; node: string }>();
  // any group: a copy that changes group may carry its checkpoint along, so a skip is judged over all
  const doneAny = new Map<number, number>();
  const doneStored = new Set<string>();
  // (rv-15, F97) a world saved before the trace: the items up to the one a copy's Storage holds at the start were done
  {
    let k = 0;
    for (const g of s.grids) for (const b of g.blocks ?? []) k = Math.max(k, Number(/;cp(\d+)$/.exec(String((b as { storage?: string }).storage ?? ""))?.[1] ?? 0));
    for (let i = 1; i <= k; i++) doneAny.set(i, -1);
    // (F127) and per group: a Storage naming its group (`:<id>` line) held that group's own items up to its item
    for (const g of s.grids)
      for (const b of g.blocks ?? []) {
        // (without the id line: the group's own of the group the copy reads, README)
        const m = /^(?::([^\n]*)\n)?(\d+);cp(\d+)$/.exec(String((b as { storage?: string }).storage ?? ""));
        const id = m?.[1] ?? meta.configs[String((b as { customData?: string }).customData ?? "")]?.id;
        if (m && id !== undefined && Number(m[2]) % 1000000000 > 0) for (let i = 1; i <= Number(m[3]); i++) doneStored.add(`${id}#${i}`);
      }
  }
  // what a node holds at a tick: the largest item of its group's own checkpoint (made in the group it is in) that it
  // did or had delivered since its instance began, or what its Storage kept when the instance was built. A checkpoint
  // belongs to its group (F88): what a copy carried in from another group is not that group's own, and neither is
  // what a copy of the group passes on before the group works past it (a message's item is the group's own when its
  // sender held it as such, in that group, at the send: delivery is on the next tick)
  const holdArr = new Map<Node, Int32Array>();
  const idArr = new Map<Node, (string | undefined)[]>();
  // the tag names the group (config #248 at seed 8101, a copy moved to grp2 while off read grp's heartbeats)
  const ofGroup = (tag: string, id: string | undefined) => id !== undefined && tag.endsWith(id) && tag.length > id.length && !/[A-Za-z0-9]/.test(tag[tag.length - id.length - 1]!);
  // what a copy carried out of a group it left (the group, its item): its own checkpoint there, or what it carried
  // in already; it ranks below any checkpoint of the group it is in now, and when it is back in the group it came
  // from and nobody there holds one of the group's own, the group must go on from it (config #37 at 18302: the
  // only holder of a split group's half moved away and back). Gone when the copy holds its group's own again
  const carArr = new Map<Node, ({ g: string; v: number } | undefined)[]>();
  {
    // a delivered message waits in its listener's queue until the copy's next run reads it; a full
    // queue (25) drops its oldest message unread (igc-drop queue-full names the tag): what was
    // dropped was never learned (blocks #238 at seed 8101: a copy throttled for 171 ticks behind a
    // U1 active whose queue kept only the newest 25 heartbeats)
    const per = new Map<string, { tick: number; op: string; v: number; tag?: string; to?: string; from?: Node }[]>(list.map((n) => [n.name, []]));
    // a copy moved to another group (its id changed) holds only what it learns there: work items are per group, and
    // what it carried from the other group is not this group's checkpoint. It is in the group its last run (or new
    // instance) read (F55): the move comes at the run that reads the edit, before what that run reads and does, not at
    // the edit (cfg23 #183 at 23108, F109: an Update10 copy edited at 451 sent its X with the old group's own checkpoint
    // from its run at 452, and the copy that took it held that group's own)
    const runAt = new Map<number, Run>();
    for (const n of list) for (const r of n.runs) runAt.set(r.seq, r);
    const cur = new Map<Node, string | undefined>(list.map((n) => [n, meta.configs[n.cds[0]![1]]?.id]));
    /** [tick, group] each time a copy's run or new instance read a group id (undefined: a bad configuration) */
    const reads = new Map<Node, [number, string | undefined][]>(list.map((n) => [n, []]));
    const scriptNow = new Map<string, string>();
    for (let ei = 0; ei < events.length; ei++) {
      const e = events[ei]!;
      if (e.kind === "load") for (const l of per.values()) l.push({ tick: e.tick, op: "load", v: 0 });
      if (!e.block || !per.has(e.block)) continue;
      const l = per.get(e.block)!;
      const n = nodes.get(e.block)!;
      if (e.kind === "compile" || e.kind === "run") {
        // (the configuration read then: CustomData set later in the tick does not count)
        const id = cfgAtRun(n, runAt.get(ei) ?? ({ tick: e.tick, seq: ei } as Run))?.id;
        reads.get(n)!.push([e.tick, id]);
        // (a new instance: its compile op decides from Storage what it holds in the group it reads)
        if (e.kind === "compile") cur.set(n, id ?? cur.get(n));
        else if (id !== undefined && id !== cur.get(n)) {
          l.push({ tick: e.tick, op: "regroup", v: 0, tag: cur.get(n), to: id });
          cur.set(n, id);
        }
      }
      // (with the group the new instance read: an edit later in its tick is not it, new23 #44 at 24034, F118)
      if (e.kind === "compile") l.push({ tick: e.tick, op: "compile", v: 0, to: cur.get(n) });
      if (e.kind === "compile") scriptNow.set(e.block, String(e.data.script ?? ""));
      else if (e.kind === "exception") l.push({ tick: e.tick, op: "dead", v: 0 });
      else if (e.kind === "state" && e.data.status === "destroyed") l.push({ tick: e.tick, op: "dead", v: 0 });
      else if (e.kind === "save" || (e.kind === "storage" && e.data.persisted)) {
        const m = /;cp(\d+)$/.exec(String(e.kind === "save" ? (e.data.storage ?? "") : (e.data.value ?? "")));
        // (F127: a save by another script on the copy's block, wipe.ts: Storage keeps what it wrote, nothing of the manager's)
        l.push({ tick: e.tick, op: e.kind === "save" && e.data.why === "world" ? "worldstore" : "store", v: m ? Number(m[1]) : 0, ...(scriptNow.get(e.block) === "Wipe" ? { tag: "wipe" } : {}) });
      } else if (e.kind === "igc-deliver") {
        const m = /;cp(\d+)$/.exec(String(e.data.data ?? ""));
        l.push({ tick: e.tick, op: "queue", v: m ? Number(m[1]) : 0, tag: String(e.data.tag), from: nodes.get(String(e.data.from)) });
      } else if (e.kind === "igc-drop" && e.data.reason === "queue-full") l.push({ tick: e.tick, op: "qdrop", v: 0, tag: String(e.data.tag) });
      else if (e.kind === "run") {
        l.push({ tick: e.tick, op: "read", v: 0, to: reads.get(n)!.at(-1)![1] });
        const m = /^@act [F-].* work (\d+)/m.exec(String(e.data.echo ?? ""));
        if (m) l.push({ tick: e.tick, op: "learn", v: Number(m[1]) });
      }
    }
    for (const n of list) {
      holdArr.set(n, new Int32Array(T));
      // (the group its last run or new instance read by then, as groupRead; before any, its first CustomData's)
      const a: (string | undefined)[] = new Array(T);
      const rd = reads.get(n)!;
      let id = meta.configs[n.cds[0]![1]]?.id;
      for (let t = 0, i = 0; t < T; t++) {
        for (; i < rd.length && rd[i]![0] <= t; i++) id = rd[i]![1];
        a[t] = id;
      }
      idArr.set(n, a);
    }
    // the sender held item v of the tag's group as that group's own at the send (the tick before the delivery, or the
    // one before that: a copy whose id changed in the send's tick sent its X to the old group first), never looking
    // back past the sender's new instance (a recompile or world load by the send: F95, its old instance's holding)
    const ownSent = (from: Node | undefined, tag: string, v: number, t: number) =>
      from !== undefined && [t - 1, t - 2].some((u) => u >= 0 && !from.compiles.some((k) => k > u && k <= t - 1) && ofGroup(tag, idArr.get(from)![u]) && holdArr.get(from)![u]! >= v);
    type Car = { g: string; v: number } | undefined;
    // what Storage keeps: the item, the group it was saved in, and whether it was that group's own there
    type Kept = { g: string | undefined; v: number; own: boolean } | undefined;
    // (F127) what a copy's Storage holds when the trace starts (a world saved before it: `:<id>` and a line break, then
    // `<seq>;<checkpoint>`; without the id line it loads as the group's own; sequence 0 is a carried one); its first
    // instance builds from it like any later one (before, the oracle took every copy to start holding nothing, so a copy
    // that took the group's own from such a copy was taken to still carry what it brought from another group)
    const kept0 = (n: Node): Kept => {
      const b = s.grids.flatMap((g) => g.blocks ?? []).find((x) => x.name === n.name) as { storage?: string } | undefined;
      const m = /^(?::([^\n]*)\n)?(\d+);cp(\d+)$/.exec(b?.storage ?? "");
      if (!m || Number(m[3]) === 0) return undefined;
      return { g: m[1] ?? cfgAt(n, 0)?.id, v: Number(m[3]), own: Number(m[2]) % 1000000000 > 0 };
    };
    const st = list.map((n) => ({ n, l: per.get(n.name)!, k: 0, h: 0, id: cfgAt(n, 0)?.id, kept: kept0(n), worldKept: kept0(n), queued: new Map<string, number[]>(), car: undefined as Car }));
    for (const n of list) carArr.set(n, new Array<Car>(T));
    for (let t = 0; t < T; t++)
      for (const x0 of st) {
        const { n, l } = x0;
        for (; x0.k < l.length && l[x0.k]!.tick <= t; x0.k++) {
          const x = l[x0.k]!;
          // per tag: the own checkpoint items of the messages waiting unread (0: a message without one, or carried)
          if (x.op === "queue") x0.queued.set(x.tag!, [...(x0.queued.get(x.tag!) ?? []), ownSent(x.from, x.tag!, x.v, t) ? x.v : 0]);
          else if (x.op === "qdrop") x0.queued.get(x.tag!)?.shift();
          else if (x.op === "read") {
            // only a message of the group the copy is in when it reads it carries that group's items
            const id = x.to;
            for (const [tag, q] of x0.queued) if (ofGroup(tag, id)) for (const v of q) if (v > x0.h) x0.h = v;
            x0.queued.clear();
          } else if (x.op === "load") x0.kept = x0.worldKept;
          // (Storage keeps what the copy holds: its group's own only when it held that, else what it carried)
          else if (x.op === "worldstore" || x.op === "store") {
            x0.kept = x.tag === "wipe" ? undefined : x.v > 0 && x.v <= x0.h ? { g: x0.id, v: x.v, own: true } : x0.h > 0 || x0.car === undefined ? undefined : { ...x0.car, own: false };
            if (x.op === "worldstore") x0.worldKept = x0.kept;
          } else if (x.op === "compile") {
            // a new instance reads its CustomData: what was saved in another group (an id edited, then a recompile
            // or a world load before the copy ran, config #103 at 19201) is a carried checkpoint in this one
            const k = x0.kept;
            const own = k !== undefined && k.own && k.g === x.to;
            x0.id = x.to;
            x0.h = own ? k.v : 0;
            x0.car = own || k === undefined || k.g === undefined ? undefined : { g: k.g, v: k.v };
            x0.queued.clear(); // a new instance starts with new listeners
          } else if (x.op === "dead") [x0.h, x0.car] = [0, undefined];
          else if (x.op === "learn" && x.v > x0.h) x0.h = x.v;
          else if (x.op === "regroup") {
            if (x0.h > 0 && x.tag !== undefined) x0.car = { g: x.tag, v: x0.h };
            x0.h = 0;
            x0.id = x.to;
          }
        }
        if (x0.h > 0) x0.car = undefined;
        holdArr.get(n)![t] = x0.h;
        carArr.get(n)![t] = x0.car;
      }
  }
  const holds = (n: Node, t: number): number => holdArr.get(n)![t]!;
  // the group a copy's manager is in at tick t: the one its last run (or new instance) by then read; a CustomData
  // edit takes effect there, not before (F55: a copy moved to grp2 while it had no run still listened on grp)
  const groupRead = (n: Node, t: number): string | undefined => {
    let i = n.runs.length - 1;
    while (i >= 0 && n.runs[i]!.tick > t) i--;
    const c = n.compiles.filter((k) => k <= t).pop();
    return (i >= 0 && (c === undefined || n.runs[i]!.tick >= c) ? cfgAtRun(n, n.runs[i]!) : cfgAt(n, c ?? 0))?.id;
  };
  const ranAt = new Map<Node, Set<number>>(list.map((n) => [n, new Set(n.runs.map((r) => r.tick))]));
  // ticks a copy sent a message (every message carries the newest checkpoint its sender holds)
  const sentAt = new Map<Node, Set<number>>(list.map((n) => [n, new Set<number>()]));
  for (const e of events) if (e.kind === "igc-send" && e.block && nodes.has(e.block)) sentAt.get(nodes.get(e.block)!)!.add(e.tick);
  // a world load rewinds the world to its last save: items done since are undone (done again, rightly)
  const rewinds: [number, number][] = [];
  {
    let lastSave = 0;
    for (const e of events) {
      if (e.kind === "fault" && (e.data.kind === "save" || e.data.kind === "save-reload")) lastSave = e.tick;
      if (e.kind === "load") rewinds.push([e.tick, lastSave]);
    }
  }
  // every message's checkpoint (its sequence and item, read from the text sent) by sender
  const sends: { tick: number; node: Node; tag: string; seq: number; v: number }[] = [];
  for (const e of events) {
    const m = e.kind === "igc-send" && e.block && nodes.has(e.block) ? /;(\d+);cp(\d+)$/.exec(String(e.data.data ?? "")) : null;
    if (m) sends.push({ tick: e.tick, node: nodes.get(e.block!)!, tag: String(e.data.tag), seq: Number(m[1]), v: Number(m[2]) });
  }
  /** F118: item `i` of group `g`, first done at `first`, was done on a lineage begun on a carried checkpoint while no
   *  working copy in reach held the group's own, and the first message since of a copy that held the group's own item
   *  below `i` has a sequence newer than the one the lineage gave item `i`. The lineage is followed back item by item
   *  (each first done by a copy that held the item before it as the group's own) to the item done by a copy that held
   *  none of it, the item before that one never done in the group. */
  /** Checkpoint sequence a is newer than b (both 1..999,999,999): b + 1 to b + 499,999,999 around the circle. */
  const serialNewer = (a: number, b: number) => {
    const d = (a - b + 999999999) % 999999999;
    return d >= 1 && d <= 499999999;
  };
  const ownBackNewer = (g: string, i: number, first: { tick: number; node: string }): boolean => {
    let k = i;
    let d: { tick: number; node: string } | undefined = first;
    for (;;) {
      if (d === undefined) return false;
      const x = nodes.get(d.node)!;
      const h = holds(x, d.tick - 1);
      if (h === 0) break;
      if (h !== k - 1 || groupRead(x, d.tick - 1) !== g) return false;
      const p = done.get(`${g}#${--k}`);
      if (p === undefined || p.tick > d.tick) return false;
      d = p;
    }
    const x = nodes.get(d.node)!;
    const t0 = d.tick - 1;
    // (a carried start: the item before it never done in the group by then, so the copy went on from another group's,
    // not the group's first item nor its own Storage's; a lineage that merely counts again from a takeover is no excuse)
    const prev = done.get(`${g}#${k - 1}`);
    // (F126: or the group's own item k - 1 carried out of the group and back in, an id edited away and then a recompile or
    // a world load before the copy ran: Storage names the other group, so the new instance holds it as a carried one, F92;
    // the trace shows it: the copy's instance sent item k - 1 in the group with sequence 0 before it went on)
    const since = x.compiles.filter((c) => c <= t0).pop() ?? 0;
    const carriedBack = sends.some((m) => m.node === x && m.tick >= since && m.tick <= t0 && m.seq === 0 && m.v === k - 1 && ofGroup(m.tag, g));
    if (k === 1 || (prev !== undefined && prev.tick <= d.tick && !carriedBack)) return false;
    if (groupRead(x, t0) !== g || list.some((h) => h !== x && working(h, t0) && compAt(t0).get(h.name) === compAt(t0).get(x.name) && groupRead(h, t0) === g && holds(h, t0) > 0)) return false;
    const mine = sends.find((m) => m.node.name === first.node && m.tick >= first.tick && m.v === i && ofGroup(m.tag, g));
    if (mine === undefined || mine.seq === 0) return false;
    // (the first such message since: later ones may be the lineage's own, gone on from the one that won)
    const back = sends.find((m) => m.tick >= first.tick && m.v < i && m.seq > 0 && ofGroup(m.tag, g) && idArr.get(m.node)![m.tick] === g && holds(m.node, m.tick) >= m.v);
    // (sequences wrap, 999,999,999 then 1, and compare as serial numbers: newer when less than half the circle ahead,
    // README Checkpoint, F97; a plain comparison excused a group going back to an older one across the wrap, F124)
    return back !== undefined && serialNewer(back.seq, mine.seq);
  };
  let rw = 0;
  for (const w of works) {
    for (; rw < rewinds.length && rewinds[rw]![0] <= w.tick; rw++) {
      const [, saved] = rewinds[rw]!;
      for (const [item, d] of [...done]) if (d.tick >= saved) done.delete(item);
      for (const [item, k] of [...doneAny]) if (k >= saved) doneAny.delete(item);
    }
    const before = done.get(w.key);
    if (w.item > 1 && !doneAny.has(w.item - 1)) bad("skip", w.tick, `${w.node} did item ${w.item}, but item ${w.item - 1} was never done`);
    // per group: the item before was done only in another group, and the copy held its own group's checkpoint (it
    // went on from one carried in past the group's own, F88; a group with none takes a carried one)
    else if (w.item > 1 && !done.has(w.key.replace(/#\d+$/, `#${w.item - 1}`)) && !doneStored.has(w.key.replace(/#\d+$/, `#${w.item - 1}`)) && holds(nodes.get(w.node)!, w.tick - 1) > 0)
      bad("skip", w.tick, `${w.node} did item ${w.item} of ${w.key.replace(/#\d+$/, "")}, but that group's item ${w.item - 1} was never done (it held the group's item ${holds(nodes.get(w.node)!, w.tick - 1)})`);
    if (!doneAny.has(w.item)) doneAny.set(w.item, w.tick);
    if (before) {
      // could a copy that held the item have passed it on to this instance of the redoing copy?
      const b = nodes.get(w.node)!;
      const g = w.key.replace(/#\d+$/, "");
      const since = b.compiles.filter((k) => k <= w.tick).pop() ?? 0;
      let chance = "";
      // (not before the redoing copy was last in another group: it holds one checkpoint, and another group's own may
      // have replaced the one it carried out; what it carried back is judged below)
      const ids = idArr.get(b)!;
      let out = w.tick;
      while (out >= 0 && (ids[out] === g || ids[out] === undefined)) out--;
      for (let u = Math.max(since, before.tick, out + 1); u <= w.tick - 2 && !chance; u++) {
        if (!working(b, u) || !working(b, u + 1) || lossy(b, u) || lossy(b, u + 1)) continue;
        if (worldLags.some(([x, y]) => u + 1 >= x && u + 1 < y)) continue;
        const comp = compAt(u);
        const comp1 = compAt(u + 1);
        for (const h of list) {
          // delivery is checked on the next tick: both ticks in one component
          if (comp.get(h.name) !== comp.get(b.name) || comp1.get(h.name) !== comp1.get(b.name)) continue;
          // (F134: in a chained component only a holder the copy hears can pass the item on)
          if (h !== b && chainedAt(b, u) && !mutualAt(h, b, u)) continue;
          // (both in the item's group: what a copy holds is its group's, and the redoing copy itself may have held
          // another group's item of that number, config #47 at 18302 with F88's first tried fix)
          if (holds(h, u) < w.item || holds(h, u + 1) < w.item || groupRead(h, u) !== g || groupRead(b, u) !== g) continue;
          // the holder must run (a run that did not crash) to pass anything on, and on that run
          // either send a message (it carries the newest checkpoint the sender holds; delivered on the next
          // tick, so loss on the holder then may drop it, F39) or be the
          // acting copy (spec 8: the active sends it at once and with every heartbeat). A standby
          // that runs without sending passes nothing on (F14: a rotor joined for 16 ticks between
          // two splits, no active ran meanwhile: each construct rightly went on with its own work)
          if (h !== b && (!working(h, u) || !working(h, u + 1) || throttled(h, u) || lossy(h, u) || lossy(h, u + 1) || !ranAt.get(h)!.has(u) || h.exceptions.includes(u))) continue;
          if (h !== b && !sentAt.get(h)!.has(u) && !actingAt(u).some((c) => c.node === h)) continue;
          chance = `${h.name} held it at tick ${u}`;
          break;
        }
      }
      // the redoing copy carried the item back into its group, where no copy in reach held any of the group's own
      // checkpoint: the group goes on from the newest carried one (a copy moved away and back, its group's only holder)
      // (F129, wrap25+handle #143 at 25022: not before the copy was last in another group either: what it carried back then
      // is gone if it took another group's own there, as the holders above)
      for (let u = Math.max(since, before.tick, out + 1); u <= w.tick - 1 && !chance; u++) {
        const c = carArr.get(b)![u];
        if (c === undefined || c.g !== g || c.v < w.item || groupRead(b, u) !== g || !ranAt.get(b)!.has(u)) continue;
        // (a copy that held the group's own the tick before and leaves it in this one passes it on: its X, sent from the run
        // that read its new id, carries it, and the group's own wins over a carried one: cfg23 #69 at 23119, F113)
        if (list.some((h) => [u, u - 1].some((k) => k >= 0 && compAt(k).get(h.name) === compAt(k).get(b.name) && groupRead(h, k) === g && holds(h, k) > 0))) continue;
        chance = `${b.name} carried it back into ${g} at tick ${u}, where no copy held the group's own checkpoint`;
      }
      // (F118, a documented limit: README, a copy's `id` changes) the item was first done on a lineage the group began on a
      // carried checkpoint, no copy in reach holding its own (its holder switched off), and a copy that held the group's own
      // sent it later with a newer sequence (the carried lineage counts from 0): the newer wins, the items are done again
      if (chance && ownBackNewer(g, w.item, before)) {
        opts.onLimit?.(w.node, w.tick, "twice");
        chance = "";
      }
      // two actives made by message loss (a copy cut off cannot tell a dead group from a deaf one)
      // both work until they hear each other: the README's documented limit
      for (let u = before.tick; u <= w.tick && chance; u += 5) if (lossUntil(u)) chance = "";
      if (chance) bad("twice", w.tick, `item ${w.item} done by ${before.node} at ${before.tick} and again by ${w.node} at ${w.tick}; ${chance} while ${w.node} was working`);
    } else done.set(w.key, { tick: w.tick, node: w.node });
  }

  // ---- Failover flag ----
  const allActs = cover.map((c) => ({ node: c.node, from: c.from, last: c.runs[c.runs.length - 1]!, to: c.to }));
  for (const n of list)
    for (const r of n.runs) {
      if (!r.flag) continue;
      const c = cover.find((x) => x.node === n && x.runs.includes(r.tick))!;
      if (c.runs[0] !== r.tick) bad("flag", r.tick, `${n.name}: Failover flag on a run that is not the first of its active stretch (from ${c.from})`);
      if (!allActs.some((x) => x.node !== n && x.from < r.tick) && !echoes.some((x) => x.node !== n.name && x.tick <= r.tick && /^@on /m.test(x.text))) bad("flag", r.tick, `${n.name}: Failover flag, but no other copy was ever active before`);
    }

  // ---- regroup: a copy whose id changed asks its new group before it decides (README Behaviour, "a copy's `id`
  // changes": "as at boot", F38), so the run that reads the new id neither says `@on` nor acts: the new group's
  // listeners are registered in that run, after any delivery that could reach them (F107: a handover queued when the
  // copy left that group, read on its return as news, made it take the role at once beside the active; as a standby
  // in the other group, no other check saw it). (A later run of that tick may hear the group: an operator's run that
  // read the id came before the tick's delivery.) The id is the last valid one a run of this instance read (a new
  // instance asks from its constructor) ----
  for (const n of list) {
    const cs = compileSeq.get(n.name) ?? [];
    let id: string | undefined;
    let prev = -1;
    for (const r of n.runs) {
      if (cs.some((c) => c > prev && c < r.seq)) id = undefined;
      prev = r.seq;
      const c = cfgAtRun(n, r);
      if (c !== null && id !== undefined && c.id !== id && (r.act || /^@on /m.test(r.echo))) bad("regroup", r.tick, `${n.name}: took the role on the run that read its new group id (${c.id}), before it could hear that group`);
      if (c !== null) id = c.id;
    }
  }

  // ---- bounds: settled, visible, silent, handover ----
  const S = settleBound(s, list.map((n) => ({ n, cfg: (t: number) => cfgAt(n, t), period: (t: number) => period(n, t) })));
  const quietAround = (t: number, before: number, after: number) => !disruptions.some((d) => d > t - before && d <= t + after && d !== t);
  // (settled) after S quiet ticks: exactly one acts per component, the lowest live (rank, EntityId)
  const checkpoints: number[] = [];
  const marks = [0, ...disruptions, end];
  for (let i = 0; i + 1 < marks.length; i++) if (marks[i + 1]! - marks[i]! > S + 2 * 100) checkpoints.push(marks[i + 1]! - 1);
  for (const t of checkpoints) {
    const comp = compAt(t);
    const comps = new Set(list.map((n) => comp.get(n.name)));
    if (lossUntil(t)) continue;
    for (const k of comps) {
      const members = list.filter((n) => comp.get(n.name) === k);
      const live = members.filter((n) => eligible(n, t));
      const acting = actingAt(t).filter((c) => comp.get(c.node.name) === k).map((c) => c.node);
      // a copy that stopped for a while and came back may be in its wake check: look at the whole
      // last period before t instead of t alone
      if (live.length === 0) {
        if (acting.length) bad("invalid", t, `${acting.map((x) => x.name).join(",")} act with no live, valid copy`);
        continue;
      }
      // (F116) a one-way range (its antenna's radius short of the others, or its broadcasting off): these copies hear the
      // active copy of another component, which cannot hear them, and follow it (README: two actives step down as soon
      // as they hear each other, so no active of their own can stay)
      // (an acting copy of their group: a component is a group's copies in one scope component, F110's mutant)
      const served = () => scope === "antenna" && actingAt(t).some((c) => comp.get(c.node.name) !== k && live.every((m) => cfgRead(m, t) !== null && cfgRead(m, t)?.id === cfgRead(c.node, t)?.id && reachFrom(gridOf.get(c.node.name)!, t).has(gridOf.get(m.name)!)));
      if (acting.length === 0 && served()) continue;
      // (F134, a documented limit) copies in different scopes that do not all hear each other are no single group: the
      // actives that do not hear each other may stay (two that do are `dual`'s); a chained component with none is caught
      if (chainOf.get(comp)?.has(k!) && acting.length > 0) {
        opts.onLimit?.(live[0]!.name, t, "settled");
        continue;
      }
      if (acting.length !== 1) {
        bad("settled", t, `${acting.length} copies act (${acting.map((x) => x.name).join(",") || "none"}) in a settled ${scope} with live copies ${live.map((x) => x.name).join(",")}`);
        continue;
      }
      const preemptAll = live.every((n) => cfgAt(n, t)?.preempt !== false);
      const yielded = live.some((n) => cmdState(n, t, "handover"));
      if (!preemptAll || yielded) continue;
      const order = [...live].sort((a, b) => cfgAt(a, t)!.rank - cfgAt(b, t)!.rank || a.entityId - b.entityId);
      if (acting[0] !== order[0]) bad("settled", t, `${acting[0]!.name} acts but the lowest live (rank, EntityId) is ${order[0]!.name} (preempt=true everywhere)`);
    }
  }
  // a copy announces itself active by its OnActivate hook ("@on"), read from the trace (the lazy
  // check holds it to acting on its periodic runs after that)
  const announced: { tick: number; node: Node }[] = echoes.filter((x) => /^@on /m.test(x.text)).map((x) => ({ tick: x.tick, node: nodes.get(x.node)! }));
  /** The first copy other than `n` in n's component that takes over at or after `at`. */
  // (F121: with the antenna scope a copy of the group in another component whose messages reach n's grid one way takes
  // over for n's component too: its copies hear it and follow it, as F116's `settled` has it)
  const takeover = (n: Node, at: number, comp: Map<string, number>): { node: Node; from: number; firstAct: Run | undefined } | null => {
    let best: { node: Node; from: number } | null = null;
    const ours = (m: Node, t: number) => comp.get(m.name) === comp.get(n.name) || (scope === "antenna" && cfgRead(m, t) !== null && cfgRead(m, t)?.id === cfgRead(n, at)?.id && reachFrom(gridOf.get(m.name)!, t).has(gridOf.get(n.name)!));
    for (const x of announced) if (x.node !== n && x.tick >= at && ours(x.node, x.tick) && (!best || x.tick < best.from)) best = { node: x.node, from: x.tick };
    for (const x of cover) if (x.node !== n && x.to > at && ours(x.node, Math.max(x.from, at))) {
      const f = Math.max(x.from, at);
      if (!best || f < best.from) best = { node: x.node, from: f };
    }
    if (!best) return null;
    const b = best;
    return { ...b, firstAct: b.node.runs.find((r) => r.act && r.tick >= b.from) };
  };
  const delivered = events.filter((e) => e.kind === "igc-deliver" && e.block && nodes.has(e.block)).map((e) => ({ tick: e.tick, to: e.block!, from: String(e.data.from) }));
  /** a message `src` sent in its active stretch whose first act is at `from` (from its `@on` run, up to
   *  a run interval before; delivery takes a tick) reached `dst`'s current script instance (built by
   *  `until`) by `until` (the same rule as fo-cost's heardActing on s8-fo-cost, plus the instance) */
  const heardFrom = (dst: Node, src: Node, from: number, until: number) => {
    const on = echoes.filter((x) => x.node === src.name && x.tick <= from && x.tick >= from - src.gap && /^@on /m.test(x.text));
    const start = on.length ? on[0]!.tick : from;
    const built = dst.compiles.filter((k) => k <= until).pop() ?? 0;
    return delivered.some((d) => d.to === dst.name && d.from === src.name && d.tick > start && d.tick >= built && d.tick <= until);
  };
  // (visible / silent) the acting copy is lost; a standby that has been live for S must act in time
  for (const c of cover) {
    const n = c.node;
    const lost = c.to;
    if (lost >= end - 1) continue;
    const st = statusAt(n, lost);
    const crashed = n.exceptions.includes(lost) || (n.exceptions.some((k) => k > c.runs[c.runs.length - 1]! && k <= lost));
    let kind = "";
    if (st !== "working" && st !== "terminated") kind = "visible";
    else if (crashed || st === "terminated") kind = "silent";
    else continue;
    const at = kind === "silent" ? (n.exceptions.find((k) => k > c.runs[c.runs.length - 1]!) ?? lost) : lost;
    const comp = compAt(at);
    const others = list.filter((m) => m !== n && comp.get(m.name) === comp.get(n.name) && eligible(m, at) && !lossy(m, at));
    // (N4, session 9: a standby whose script dies on its next run after the loss, a `throw` in the same
    // tick, never gets to take over: it is not ready, and for the ones behind it a copy lost silently)
    const dies = (m: Node) => m.exceptions.some((k) => k > at && k <= at + m.gap + 3);
    const ready = others.filter((m) => eligibleFor(m, at, S) && !dies(m));
    if (ready.length === 0) continue;
    const gmax = Math.max(...ready.map((m) => m.gap));
    const P = period(n, at);
    const T = Math.max(...ready.map((m) => cfgAt(m, at)!.timeout ?? 3));
    // a copy ahead of every ready standby in (rank, EntityId) that is out of the running without
    // a sign the others can see (its script died, it is throttled, its messages are lost): the
    // ready ones can only learn it by silence, so the silent bound applies (F13: the active destroyed
    // and the next in line's owner changed in one tick)
    const key = (m: Node) => [cfgAt(m, at)?.rank ?? Infinity, m.entityId] as const;
    const before = (a: Node, b: Node) => key(a)[0] < key(b)[0] || (key(a)[0] === key(b)[0] && key(a)[1] < key(b)[1]);
    const first = ready.reduce((a, b) => (before(b, a) ? b : a));
    // (N4, session 9: also a copy ahead whose script dies on its next run, before it could take over:
    // a `throw` in the tick of the loss shows only when that run comes)
    // (rv-15, antenna scope) or one that left antenna range around the loss (in the group a tick before it, or a lease
    // before, and out of it after): no block lookup shows it, so the others wait for it until silence
    const post = compAt(at + 1);
    const leftRange = (m: Node) => scope === "antenna" && post.get(m.name) !== post.get(n.name) && [at - 1, at - T * P].some((k) => k >= 0 && compAt(k).get(m.name) === compAt(k).get(n.name)) && cfgAt(m, at) !== null;
    const hiddenAhead = list.some((m) => m !== n && before(m, first) && ((comp.get(m.name) === comp.get(n.name) && cfgAt(m, at) !== null && (statusAt(m, at) === "terminated" || ((statusAt(m, at) === "working") && (throttled(m, at) || lossy(m, at) || m.exceptions.some((k) => k <= at + m.gap + 3 && k > at - S))))) || leftRange(m)));
    const silentBound = (T + 1) * P + 3 * 3 + 2 * gmax + 12;
    // (the first in line rebuilt in the loss tick boots: it knows no group and asks three rounds of 2 ticks, F60)
    const bound = kind === "visible" && !hiddenAhead ? gmax + 3 + (first.compiles.includes(at) ? 3 * 2 : 0) : silentBound;
    if (!quietAround(at, S, bound + 2 * gmax)) continue;
    // taking over: its OnActivate hook says so ("@on"; that it then acts on its periodic runs is the
    // "lazy" check's), or the user's logic acts
    // (F57) the lost copy's own script rebuilt after it died (a world load or a recompile later in the trace: a new
    // instance, live again) may win the election itself: its first run after the rebuild that says `@on` or acts
    // counts as the takeover as well as another copy's (a world load rebuilds a script that threw: facts file)
    const dead = (e: TraceEvent) => e.block === n.name && (e.kind === "exception" ? e.tick === at : e.kind === "state" && e.data.status === "terminated" && e.tick <= at);
    const died = kind !== "silent" ? -1 : n.exceptions.includes(at) ? events.findIndex((e) => e.kind === "exception" && dead(e)) : events.reduce((k, e, i) => (dead(e) ? i : k), -1);
    const reborn = died < 0 ? undefined : (compileSeq.get(n.name) ?? []).find((q) => q > died);
    const back = reborn === undefined ? undefined : n.runs.find((r) => r.seq > reborn && (r.act || /^@on /m.test(r.echo)));
    const other = takeover(n, at, comp);
    const next = back && (!other || back.tick < other.from) ? { node: n, from: back.tick, firstAct: n.runs.find((r) => r.act && r.seq >= back.seq) } : other;
    if (!next || next.from > at + bound) bad(kind, at, `${n.name} (active) lost ${kind === "visible" ? `visibly (${st})` : "silently (its script died)"} at ${at}; ${next ? `${next.node.name} acted first at ${next.from}` : "no copy acted"}, bound ${at + bound} (live standbys ${ready.map((m) => m.name).join(",")})`);
    // the flag is owed only when the taker's script instance heard the lost copy while it acted (a
    // message from it delivered since both the stretch began and the taker was last built): a copy
    // rebuilt in the same tick as the active's loss (blocks #174 at seed 8101), or whose only news of
    // it died with it (F15), cannot know it takes over from anyone
    else if (next.node !== n && next.firstAct && !next.firstAct.flag && !loads.some((k) => k > c.from && k <= next.from) && heardFrom(next.node, n, c.from, next.from)) bad("flag", next.from, `${next.node.name} took over from ${n.name} but its first active run has no Failover flag`);
  }
  // (handover) `failover handover` or `failover disable` run on the acting copy through HandleCommand
  for (const n of list) {
    if (!n.handle) continue;
    for (const [t, a, q] of n.commands) {
      const v = a.trim().toLowerCase();
      if (v !== "failover handover" && v !== "failover disable") continue;
      if (!working(n, t) || throttled(n, t)) continue;
      // acting when the command ran: a stretch from an earlier tick, or one whose first act came before it in the
      // tick (F86: a standby that refused the command and took the role later in that tick, its active turned off)
      const mine = actingAt(t).find((x) => x.node === n && (x.from < t || n.runs.some((r) => r.act && r.tick === t && r.seq < q)));
      if (!mine) continue;
      const comp = compAt(t);
      const all = list.filter((m) => m !== n && comp.get(m.name) === comp.get(n.name) && eligibleFor(m, t, S) && eligible(m, t + 1) && !lossy(m, t));
      // (F40, lossy #194 at 9202: as N4 for a loss) a copy whose script dies on its next run after the handover (a
      // `throw` in that tick) never takes over; when it comes before every other one, those learn it only by
      // silence: the silent bound. So does one whose script died in the handover's tick, before the active's run
      // too (F79, storm #34 at 17202: its owner changed; its block works, and nothing the active reads tells it)
      const dies = (m: Node) => m.exceptions.some((k) => k >= t && k <= t + m.gap + 3);
      const ready = all.filter((m) => !dies(m));
      if (ready.length === 0) continue;
      const gmax = Math.max(...ready.map((m) => m.gap));
      const key = (m: Node) => [cfgAt(m, t)?.rank ?? Infinity, m.entityId] as const;
      const first = ready.reduce((a, b) => (key(b)[0] < key(a)[0] || (key(b)[0] === key(a)[0] && key(b)[1] < key(a)[1]) ? b : a));
      // (rv-15, antenna scope) so does a copy ahead that leaves antenna range as the handover goes out (in range the tick
      // before, out of it when the message is delivered): no block lookup shows it, the others wait for it until silence
      const pre = compAt(t - 1), post = compAt(t + 1);
      const leftRange = (m: Node) => scope === "antenna" && pre.get(m.name) === pre.get(n.name) && post.get(m.name) !== post.get(n.name) && eligibleFor(m, t - 1, S) && cfgAt(m, t) !== null;
      // (F128, reconfig #46 at 25101) and so does one ahead that cannot hear the handover (message loss on it in the tick the
      // message goes out or is delivered): a deaf copy looks live to the others, who wait for it until silence
      // (F133, speed25 #731 at 25051: or that has no runs then, a lag on its block: it looks working and takes nothing over)
      const deaf = (m: Node) => comp.get(m.name) === comp.get(n.name) && working(m, t) && working(m, t + 1) && enabledCfg(m, t) && ((eligibleFor(m, t, S) && eligible(m, t + 1) && (lossy(m, t) || lossy(m, t + 1))) || (eligibleFor(m, t - 1, S) && (throttled(m, t) || throttled(m, t + 1))));
      const hidden = list.some((m) => m !== n && ((comp.get(m.name) === comp.get(n.name) && (eligibleFor(m, t, S) || (eligibleFor(m, t - 1, S) && m.exceptions.includes(t))) && dies(m)) || leftRange(m) || deaf(m)) && (key(m)[0] < key(first)[0] || (key(m)[0] === key(first)[0] && key(m)[1] < key(first)[1])));
      const T = Math.max(...ready.map((m) => cfgAt(m, t)!.timeout ?? 3));
      const bound = hidden ? (T + 1) * period(n, t) + 3 * 3 + 2 * gmax + 12 : 1 + gmax + 3;
      if (!quietAround(t, S, bound + gmax)) continue;
      // (F104, rv-16) `failover enable` on it later in the handover's tick puts it back in line, first in everybody's view
      // (the others read its R and S in one drain): taking the role back itself is the takeover
      const reenabled = n.commands.some(([k, c, sq]) => k === t && sq > q && /^failover\s+enable$/i.test(c.trim()));
      const self = reenabled ? n.runs.find((r) => r.seq > q && (r.act || /^@on /m.test(r.echo))) : undefined;
      const other = takeover(n, t, comp);
      const next = self && (!other || self.tick < other.from) ? { node: n, from: self.tick } : other;
      if (!next || next.from > t + bound) bad("handover", t, `'${a}' on the active ${n.name} at ${t}: ${next ? `${next.node.name} acted first at ${next.from}` : "no copy acted"}, bound ${t + bound}`);
      const again = n.runs.find((r) => r.tick > t && (r.type & PERIODIC) !== 0);
      // (unless rebuilt or back in the role ('@on') by then: an Update100 copy's next run may be 99 ticks later, F62)
      const back = (k: number) => n.compiles.some((c) => c > t && c <= k) || echoes.some((x) => x.node === n.name && x.tick > t && x.tick <= k && /^@on /m.test(x.text));
      if (again?.act && !back(again.tick)) bad("handover", again.tick, `${n.name} still acts after '${a}' at ${t}`);
    }
  }
  // (forward) a user argument reaches the user's logic at most once; exactly once when settled
  const userArgs = new Map<string, { tick: number; node: Node }>();
  for (const n of list) for (const [t, a] of n.commands) if (/^cmd\d+$/.test(a)) userArgs.set(a, { tick: t, node: n });
  for (const [a, { tick, node }] of userArgs) {
    const got = list.flatMap((n) => n.runs.filter((r) => r.act && r.arg === a).map((r) => `${n.name}@${r.tick}`));
    if (got.length > 1) bad("forward", tick, `'${a}' given to ${node.name} reached the user's logic ${got.length} times: ${got.join(" ")}`);
    if (got.length === 0 && node.handle && eligible(node, tick) && quietAround(tick, S, 200)) {
      const comp = compAt(tick);
      // an active copy that acted before the argument was given (its announcement delivered by
      // then); boot is no disruption, so a copy that starts acting later in the argument's own tick
      // is not settled (F12: an argument at tick 3, the first active acts later in tick 3)
      const acting = actingAt(tick).filter((c) => comp.get(c.node.name) === comp.get(node.name) && eligible(c.node, tick) && c.from < tick);
      if (acting.length === 1 && scope !== "antenna") bad("forward", tick, `'${a}' given to ${node.name} at ${tick} never reached the user's logic (active: ${acting[0]!.node.name})`);
    }
    // (forwardwait) given to a standby while the group has no active (boot, a takeover under way):
    // spec 11 says it reaches the active copy's script; an operator expects the copy to pass it on
    // once the active is known a few ticks later, not to drop it (F12)
    // (fo-fix's session-9 "F33", a documented limit: README Commands) forwarded to a copy that does not call
    // HandleCommand and left the role in that tick: its manager never sees the argument, and the sender
    // could not know; the console of the copy it was given to names the target, so the trace shows it
    const target = /'(.*)' forwarded to the active (\S+)/.exec(node.runs.find((r) => r.tick === tick && r.arg === a)?.echo ?? "");
    const toDropIn = target !== null && target[1] === a && nodes.get(target[2]!)?.handle === false;
    if (got.length === 0 && node.handle && !toDropIn && eligible(node, tick) && scope !== "antenna") {
      const comp = compAt(tick);
      const W = 2 * node.gap + 12;
      const none = !actingAt(tick).some((c) => comp.get(c.node.name) === comp.get(node.name) && c.from < tick);
      const soon = cover.find((c) => c.node !== node && c.from >= tick && c.from <= tick + W && comp.get(c.node.name) === comp.get(node.name));
      // another fault in the argument's own tick is a race the oracle does not order (operator+handle
      // #195 at seed 8101: the active's CustomData broken in the tick the argument was forwarded to it)
      const race = faultsAt.some((f) => f.tick === tick && f.what !== `run ${a}`);
      // (F54, a documented limit: README Commands) a run with the argument came, from that tick to its first act, on the
      // copy that acts next (the sender took it for the active one: a new instance that had just said L), and that copy
      // held it: a script cannot run itself, so its console must say to run it again; both read from the trace
      const within = (r: Run) => soon !== undefined && r.tick >= tick && r.tick <= soon.from;
      // (F132, storage25 #728 at 25046: or any copy the argument was run on in that span, the active copy it was forwarded
      // to that left the group in that run, its id edited, and became active in its new group: README Commands)
      const self = soon !== undefined && list.some((m) => m.runs.some((r) => within(r) && r.arg === a) && m.runs.some((r) => within(r) && r.echo.includes(`'${a}' not run: active now, run it again`)));
      if (none && soon && !race && !self && eligible(node, tick + W) && !disruptions.some((d) => d > tick && d <= soon.from + node.gap) && !lossUntil(tick))
        bad("forwardwait", tick, `'${a}' given to ${node.name} at ${tick}, while no copy was active, never reached the user's logic; ${soon.node.name} acted from ${soon.from}`);
      // (forwardturn, session 8) given to a standby while the acting copy was about to leave (its
      // CustomData disabled it before its next run, a handover under way): the group still acts on it
      // once, on the copy that acts next (F29: forwarded to an active that left the role in the run
      // that brought it, and dropped)
      else if (!none && soon && !race && !self && node !== soon.node && eligible(node, tick + W) && !disruptions.some((d) => d > tick && d <= soon.from + node.gap) && !lossUntil(tick))
        bad("forwardturn", tick, `'${a}' given to ${node.name} at ${tick}, while the acting copy was leaving, never reached the user's logic; ${soon.node.name} acted from ${soon.from}`);
    }
  }
  // (succession, session 9) README: "A copy that handed over stays out of the line of succession (it takes
  // the role back only if nobody else can) and does not preempt: run `failover enable` on it". Handed over:
  // `failover handover` ran on it while it acted (its `@off` in that run), with no `failover enable`, no
  // new script instance and no `@on` of its own since (taking the role again ends a handover: README, F119).
  // Such a copy that takes the role (its `@on`) while another copy of its group could (live, enabled, not
  // handed over itself, for S ticks, its messages not lost) breaks that promise.
  /** The run read a group id other than the one its copy's run before it (in the trace) was in (a valid configuration). */
  const idRead = (m: Node, r: Run): boolean => {
    const prev = m.runs.filter((x) => x.seq < r.seq).pop();
    const was = prev ? cfgAtRun(m, prev) : null;
    return was !== null && was.id !== cfgAtRun(m, r)?.id;
  };
  const handedOver = (m: Node, t: number, seq = Infinity, onUntil = t): boolean => {
    if (!m.handle) return false;
    let on = false;
    let hq = -1;
    // (the last new instance before the @on, by trace order: a recompile in the tick of a handover, after it, is
    // a new instance, operator+handle #86 at the CI seed)
    const cs = compileSeq.get(m.name) ?? [];
    const built = cs.filter((c, i) => m.compiles[i]! <= t && c < seq).pop() ?? -1;
    for (const [k, a, q] of m.commands) {
      if (k > t || (k === t && q > seq)) break;
      if (q < built) continue;
      const v = a.trim().toLowerCase();
      if (v === "failover enable") on = false;
      // (a handover in the run of the @on itself comes after it: usage #261 at seed 9102, active at boot and handed over in one run)
      // (the run's @off is the handover's only if that run saw a valid, enabled configuration: CustomData made
      // invalid or enabled=false before it makes the copy leave first, and the handover then has nothing to hand
      // over: operator #83, #215 and usage #193 at 11101, F44)
      // (nor when that run read a new group id first: the copy leaves its group for the id, and in the new one it is
      // listening, so the handover is refused there: config #190 at 23101, F108)
      else if (v === "failover handover" && q !== seq && m.runs.some((r) => r.seq === q && /^@off/m.test(r.echo) && cfgAtRun(m, r) !== null && cfgAtRun(m, r)!.enabled !== false && !idRead(m, r))) [on, hq] = [true, q];
    }
    // (enabled=false read by a run since puts it back in line once enabled again, as `failover enable`: README, F59;
    // so does taking the role again, its @on in a later run: where nobody else could, or in another group, README, F119)
    return on && !m.runs.some((r) => r.seq > hq && r.seq < seq && r.tick <= t && (cfgAtRun(m, r)?.enabled === false || (r.tick <= onUntil && /^@on /m.test(r.echo))));
  };
  for (const x of echoes) {
    if (!/^@on /m.test(x.text)) continue;
    const n = nodes.get(x.node)!;
    const r = n.runs.find((k) => k.tick === x.tick && k.echo === x.text);
    if (!handedOver(n, x.tick, r?.seq)) continue;
    const comp = compAt(x.tick);
    // (in its group by its own runs before this tick too: a copy whose run reads the group's id later in the tick joins it
    // then, listening, mix23a #284 at 23120, F111; F106's copy, moved back into the group a tick before and not yet run,
    // is none either: compAt puts a copy in the group its last run read)
    const before = compAt(x.tick - 1);
    // (F134: in a component chained by copies in different scopes, only a copy that hears it both ways could take it;
    // scope25dc #203, #212 at 25054)
    // (F130, speed25 #724 at 25041: another handed-over copy that takes the role in this same tick is no candidate by it:
    // neither has heard the other yet, and both are the only ones left; the conflict is `dual`'s)
    const could = list.filter((m) => m !== n && comp.get(m.name) === comp.get(n.name) && before.get(m.name) === before.get(n.name) && eligibleFor(m, x.tick, S) && eligible(m, x.tick + 3) && !lossy(m, x.tick) && !lossy(n, x.tick) && !handedOver(m, x.tick, Infinity, x.tick - 1) && (!chainedAt(n, x.tick) || mutualAt(m, n, x.tick)) && !m.exceptions.some((k) => k > x.tick - S && k <= x.tick + m.gap + 3));
    if (could.length > 0) bad("succession", x.tick, `${n.name} handed over (no 'failover enable' since) and took the role back at ${x.tick} while ${could.map((m) => m.name).join(",")} could take it`);
  }
  return out;
}

/** Ticks after the last disruption by which the group must have settled (generous: leases of the
 *  slowest copy, query rounds, one skew per copy, the longest preempt delay, two run intervals). */
export function settleBound(s: AdvScenario, nodes: { n: { gap: number; cds: [number, string][] }; cfg: (t: number) => Cfg | null; period: (t: number) => number }[]): number {
  let p = 0;
  let to = 3;
  let pd = 0;
  for (const x of nodes)
    for (const [k] of x.n.cds) {
      p = Math.max(p, x.period(k));
      const c = x.cfg(k);
      to = Math.max(to, c?.timeout ?? 3);
      pd = Math.max(pd, Math.round((c?.preemptdelay ?? 0) * 60));
    }
  return (to + 2) * p + nodes.length * (Math.min(p, 100) + 12) + pd + 2 * 100 + 60;
}

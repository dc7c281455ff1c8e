// rv-fo3 (session 18): hand-made held-out scenarios against the final failover code (issue 14's review).
//   nice -n 15 npx tsx test/mixins/scripts/rv-fo3.ts <grid|all> [--show <variant>] [--write <variant> <file>]
// Per variant it prints the oracle's verdict and, from the trace: work items done more than once (with who did them)
// and, for the copy that comes back (`back`), whether it acted before any message of another copy reached it.
import { writeFileSync } from "node:fs";
import { runAdv } from "../adversary/run.ts";
import { renderCfg, scenario, scenarioFileText, type AdvScenario, type Cfg, type NodeSpec } from "../adversary/model.ts";
import type { TraceEvent } from "../../../sim/trace.ts";

type Ev = NonNullable<AdvScenario["events"]>[number];
type U = 1 | 10 | 100;
const node = (i: number, c: Partial<Cfg> & { rank: number }, update: U, handle: boolean, grid = "Ship", usage = ""): NodeSpec => ({
  name: `PB${i}`,
  grid,
  update,
  handle,
  customData: renderCfg({ id: "grp", ...c }, update, handle, usage),
});
function phases(s: AdvScenario, p: Record<string, number>): AdvScenario {
  for (const g of s.grids)
    for (const b of g.blocks ?? []) {
      const x = b as Record<string, unknown>;
      // (phase10 is 0-9: the simulator takes a larger one silently and then never runs Update10)
      if (typeof x.name === "string" && p[x.name] !== undefined) [x.phase100, x.phase10] = [p[x.name], p[x.name]! % 10];
    }
  return s;
}
const sortEv = (ev: Ev[]) => ev.sort((a, b) => (a.tick ?? 0) - (b.tick ?? 0));

/** A: the taker (PB1) is off briefly between two of its runs (misses none: no gap, no wokeAt); meanwhile PB0 is
 *  destroyed and PB2 takes the role (its A dropped at PB1), works, is switched off; PB1 takes the role with PB2 down
 *  (last heard as S, before PB1's unseen off); PB2 back before its next run (misses none) acts unaware. */
function briefTaker(o: { handle: boolean; u1: U; u2: U; p1: number; p2: number; off1: number; on1: number; kill: number; off2: number; on2: number; usage?: string }): AdvScenario {
  const nodes = [node(0, { rank: 0 }, 100, o.handle, "Ship", o.usage), node(1, { rank: 1 }, o.u1, o.handle, "Ship", o.usage), node(2, { rank: 2 }, o.u2, o.handle, "Ship", o.usage)];
  const ev: Ev[] = [
    { tick: o.off1, kind: "turn-off", block: "PB1" },
    { tick: o.kill, kind: "destroy", block: "PB0" },
    { tick: o.off2, kind: "turn-off", block: "PB2" },
    { tick: o.on1, kind: "turn-on", block: "PB1" },
    { tick: o.on2, kind: "turn-on", block: "PB2" },
  ];
  return phases(scenario({ name: "rv-fo3-brief", ticks: 1800, nodes, events: sortEv(ev) }), { PB0: 0, PB1: o.p1, PB2: o.p2 });
}

/** A2: the active (PB0, Update100) is off briefly between two of its runs (misses none); PB1 (next in line) sees it
 *  down, takes the role, works (its A and checkpoints dropped at PB0), is off before PB0's run back; PB0 carries on
 *  (unaware; PB1 holder off: excused); PB1 back before its own next run acts unaware beside PB0. */
function briefActive(o: { handle: boolean; u1: U; p0: number; p1: number; off0: number; on0: number; off1: number; on1: number; two?: boolean; u0?: U; usage?: string }): AdvScenario {
  const nodes = [node(0, { rank: 0 }, o.u0 ?? 100, o.handle, "Ship", o.usage), node(1, { rank: 1 }, o.u1, o.handle, "Ship", o.usage), node(2, { rank: 2 }, 100, o.handle, "Ship", o.usage)];
  if (o.two) nodes.pop();
  const ev: Ev[] = [
    { tick: o.off0, kind: "turn-off", block: "PB0" },
    { tick: o.on0, kind: "turn-on", block: "PB0" },
    { tick: o.off1, kind: "turn-off", block: "PB1" },
    { tick: o.on1, kind: "turn-on", block: "PB1" },
  ];
  return phases(scenario({ name: "rv-fo3-brief-active", ticks: 1800, nodes, events: sortEv(ev) }), { PB0: o.p0, PB1: o.p1, PB2: 77 });
}

/** F: an argument run on a standby (PB1 or PB2) in the tick the active (PB0) is destroyed, switched off, or its
 *  script dies (throw, owner change), before or after the argument in the tick's order; the copies' frequencies mixed. */
function fwdWorld(o: { handle: boolean; u: [U, U, U]; at: number; fault: "destroy" | "turn-off" | "throw" | "change-owner"; first: boolean; to: string; p: [number, number, number] }): AdvScenario {
  const nodes = [node(0, { rank: 0 }, o.u[0], o.handle), node(1, { rank: 1 }, o.u[1], true), node(2, { rank: 2 }, o.u[2], true)];
  const f: Ev = o.fault === "change-owner" ? { tick: o.at, kind: "change-owner", block: "PB0", owner: 7 } : ({ tick: o.at, kind: o.fault, block: "PB0" } as Ev);
  const r: Ev = { tick: o.at, kind: "run", block: o.to, argument: "cmdX" };
  return phases(scenario({ name: "rv-fo3-fwd", ticks: o.at + 900, nodes, events: o.first ? [f, r] : [r, f] }), { PB0: o.p[0], PB1: o.p[1], PB2: o.p[2] });
}

/** H: `failover handover` on the active PB0 at 1020 (HandleCommand needed for it: PB0 and the next in line call it);
 *  around it: a world save-reload, a save, the next in line (PB1) switched off briefly, PB0 with preemptdelay flapping. */
function hoWorld(o: { handleRest: boolean; u: [U, U, U]; ev: Ev[]; delay?: number; p: [number, number, number] }): AdvScenario {
  const nodes = [node(0, { rank: 0, ...(o.delay !== undefined ? { preemptdelay: o.delay } : {}) }, o.u[0], true), node(1, { rank: 1 }, o.u[1], o.handleRest), node(2, { rank: 2 }, o.u[2], o.handleRest)];
  return phases(scenario({ name: "rv-fo3-ho", ticks: 2600, nodes, events: [{ tick: 1020, kind: "run", block: "PB0", argument: "failover handover" }, ...o.ev] }), { PB0: o.p[0], PB1: o.p[1], PB2: o.p[2] });
}

/** G: two groups on one grid whose ids are substrings of each other (grp, grp2; PB0-2 and PB3-5, ranks 0-2 each);
 *  copies move between them at run time (CustomData), with offs and a destroy in the same ticks. */
/** (a marker: the copy's own first text, filled in by groupsWorld) */
const nodesText = (i: number) => `PB${i}-own`;
function groupsWorld(o: { handle: boolean; u: U[]; ev: Ev[]; ids?: [string, string] }): [AdvScenario, Record<string, string>] {
  const [a, b] = o.ids ?? ["grp", "grp2"];
  const nodes: NodeSpec[] = [];
  for (let i = 0; i < 6; i++) nodes.push({ ...node(i, { rank: i % 3 }, o.u[i]!, o.handle), customData: renderCfg({ id: i < 3 ? a : b, rank: i % 3 }, o.u[i]!, o.handle) });
  // the texts a copy may be moved to: the other group's, same rank (a tie broken by EntityId) or rank 5
  const texts: Record<string, string> = {};
  const extra: Record<string, Cfg> = {};
  for (let i = 0; i < 6; i++)
    for (const r of [i % 3, 5]) {
      const c = { id: i < 3 ? b : a, rank: r };
      texts[`PB${i}->${r}`] = renderCfg(c, o.u[i]!, o.handle);
      extra[texts[`PB${i}->${r}`]!] = c;
    }
  for (let i = 0; i < 6; i++) texts[`PB${i}-own`] = nodes[i]!.customData;
  const ev = o.ev.map((e) => (e.kind === "set-custom-data" ? { ...e, value: texts[e.value] ?? e.value } : e));
  return [phases(scenario({ name: "rv-fo3-groups", ticks: 2400, nodes, extraConfigs: extra, events: sortEv(ev) }), { PB0: 20, PB1: 45, PB2: 70, PB3: 33, PB4: 58, PB5: 91 }), texts];
}

/** S: PB1 (next in line) throttled (block lag) 1000-1300; during the lag the group changes (a handover, the active
 *  destroyed or switched off, PB2 taking over and dying) and the world is saved (Save() drains PB1's old queue outside a
 *  run: `Serialize()` reads the queued messages first), or saved and reloaded. */
function lagSaveWorld(o: { handle: boolean; u1: U; ev: Ev[]; p1: number }): AdvScenario {
  const nodes = [node(0, { rank: 0 }, 100, true), node(1, { rank: 1 }, o.u1, o.handle), node(2, { rank: 2 }, 10, o.handle), node(3, { rank: 3 }, 100, o.handle)];
  return phases(scenario({ name: "rv-fo3-lagsave", ticks: 2200, nodes, events: sortEv([{ tick: 1000, kind: "lag", ticks: 300, block: "PB1" }, ...o.ev]) }), { PB0: 20, PB1: o.p1, PB2: 5, PB3: 60 });
}

/** M (F88): a standby of grp (PB1, holding grp's checkpoint) moved into grp2 (id edited) at 1000; grp works faster
 *  (PB0 on Update10) than grp2 (PB2, PB3 on Update100), so PB1 brings a higher sequence. */
function moveWorld(o: { handle: boolean; rank: number }): AdvScenario {
  const g2 = (i: number, rank: number): NodeSpec => ({ ...node(i, { rank }, 100, o.handle), customData: renderCfg({ id: "grp2", rank }, 100, o.handle) });
  const nodes = [node(0, { rank: 0 }, 10, o.handle), node(1, { rank: 1 }, 100, o.handle), g2(2, 0), g2(3, 1)];
  const to = renderCfg({ id: "grp2", rank: o.rank }, 100, o.handle);
  return phases(scenario({ name: "rv-fo3-move", ticks: 1400, nodes, extraConfigs: { [to]: { id: "grp2", rank: o.rank } }, events: [{ tick: 1000, kind: "set-custom-data", block: "PB1", value: to }] }), { PB0: 4, PB1: 50, PB2: 20, PB3: 70 });
}
/** Items done per group after `from` (the group a copy is in: its CustomData's id at the run). */
export function groupItems(s: AdvScenario, events: TraceEvent[]): Record<string, [number, string, number][]> {
  const cd = new Map<string, string>();
  for (const g of s.grids) for (const b of g.blocks ?? []) if ("customData" in b && b.name) cd.set(b.name, String(b.customData));
  const out: Record<string, [number, string, number][]> = {};
  for (const e of events) {
    if (e.kind === "fault" && e.data.kind === "set-custom-data") cd.set(e.block!, String(e.data.value));
    const m = e.kind === "run" ? /@act [F-].* work (\d+)/.exec(String(e.data.echo ?? "")) : null;
    if (m) {
      const id = /id=(\S+)/.exec(cd.get(e.block!) ?? "")?.[1] ?? "?";
      (out[id] ??= []).push([e.tick, e.block!, Number(m[1])]);
    }
  }
  return out;
}

export const grids: Record<string, () => [string, AdvScenario, string][]> = {
  brief: () => {
    const out: [string, AdvScenario, string][] = [];
    for (const handle of [true, false])
      for (const p1 of [30, 60])
        for (const p2 of [10, 80]) {
          // PB1 runs at 1000+p1 and 1100+p1: off just after the first, on just before the second
          const off1 = 1000 + p1 + 2;
          const on1 = 1100 + p1 - 3;
          // PB2 (Update100, phase p2) takes the role on its first run after the kill, is off before PB1's run back,
          // on after it and before its own next run
          const r2 = [1000 + p2, 1100 + p2, 1200 + p2].find((t) => t > off1 + 2)!;
          const kill = r2 - 1 > off1 ? r2 - 1 : off1 + 1;
          const off2 = r2 + 2;
          if (off2 >= on1 + 3) continue;
          const on2 = 1100 + p1 + 2;
          if (on2 >= r2 + 100) continue;
          out.push([`brief h${handle} p1 ${p1} p2 ${p2}`, briefTaker({ handle, u1: 100, u2: 100, p1, p2, off1, on1, kill, off2, on2 }), "PB2"]);
        }
    return out;
  },
  // the taker on Update10 (off < 10 ticks between two runs) works while PB2 is off; PB2 back just after one of the
  // taker's runs and just before its own: it redoes an item the taker (up, active, holding it) did
  brief10: () => {
    const out: [string, AdvScenario, string][] = [];
    for (const handle of [true, false])
      for (const q of [2, 6])
        for (const p2 of [50, 80])
          for (const lead of [1, 3]) {
            const r2 = 1000 + p2;
            const off1 = r2 - 10 + q + 1 - (q >= 0 ? 0 : 0);
            // PB1's runs: 1000+q+10k; off just after the one before r2, on just before the next
            const before = r2 - ((r2 - q) % 10 === 0 ? 10 : (r2 - q) % 10);
            const o1 = before + 1;
            const on1 = before + 9;
            const kill = Math.max(o1 + 1, r2 - 1);
            if (kill >= r2) continue;
            // PB2 on `lead` ticks before its next run, after a run of PB1
            const on2 = r2 + 100 - lead;
            out.push([`brief10 h${handle} q ${q} p2 ${p2} lead ${lead}`, briefTaker({ handle, u1: 10, u2: 100, p1: q, p2, off1: o1, on1, kill, off2: r2 + 2, on2 }), "PB2"]);
            void off1;
          }
    return out;
  },
  // the active itself off between two runs: PB1 takes over, works, goes off; PB0 resumes unaware; PB1 back acts
  briefActive: () => {
    const out: [string, AdvScenario, string][] = [];
    for (const handle of [true, false])
      for (const u1 of [10, 100] as U[])
        for (const p1 of [3, 40]) {
          const p0 = 20;
          // PB0 runs at 1020, 1120: off 1022-1117; PB1's first run after 1022 takes the role; off 2 ticks after a run
          // of it that worked; on again 1 tick before its next run, after PB0's run at 1120
          const r1 = u1 === 10 ? [1020 + p1 % 10 + 10, 1030 + p1 % 10 + 10] : [1000 + p1 + 100 * +(1000 + p1 <= 1022)];
          const last = r1[r1.length - 1]!;
          const off1 = last + 2;
          let next = last + u1;
          while (next <= 1121) next += u1;
          if (off1 >= 1117) continue;
          out.push([`briefActive h${handle} u1 ${u1} p1 ${p1}`, briefActive({ handle, u1, p0, p1, off0: 1022, on0: 1117, off1, on1: next - 1 }), "PB1"]);
        }
    return out;
  },
  // briefActive with two copies: nobody else can tell the active a takeover happened
  briefActive2: () => {
    const out: [string, AdvScenario, string][] = [];
    for (const handle of [true, false])
      for (const u0 of [10, 100] as U[])
        for (const p1 of [3, 40]) {
          // PB0 (phase 20) off 1022 until 2 ticks before its next run; PB1 (Update100) takes over at 1000+p1 or 1100+p1,
          // off 2 ticks later, back 1 tick before its next run
          const on0 = u0 === 10 ? 1029 : 1118;
          const r1 = 1000 + p1 + (1000 + p1 <= 1022 ? 100 : 0);
          if (r1 >= on0) continue;
          out.push([`briefActive2 h${handle} u0 ${u0} p1 ${p1}`, briefActive({ handle, u1: 100, u0, p0: 20, p1, off0: 1022, on0, off1: r1 + 2, on1: r1 + 99, two: true }), "PB1"]);
        }
    return out;
  },
  fwd: () => {
    const out: [string, AdvScenario, string][] = [];
    for (const handle of [true, false])
      for (const u of [[100, 100, 100], [100, 1, 100], [1, 100, 10], [10, 100, 1]] as [U, U, U][])
        for (const fault of ["destroy", "turn-off", "throw", "change-owner"] as const)
          for (const first of [true, false])
            for (const to of ["PB1", "PB2"])
              for (const at of [1020, 1021, 1050]) out.push([`fwd h${handle} u ${u.join("/")} ${fault} ${first ? "fault first" : "run first"} on ${to} at ${at}`, fwdWorld({ handle, u, at, fault, first, to, p: [20, 50, 80] }), to]);
    return out;
  },
  ho: () => {
    const out: [string, AdvScenario, string][] = [];
    const extras: [string, (d: number) => Ev[]][] = [
      ["none", () => []],
      ["save-reload", (d) => [{ tick: 1020 + d, kind: "save-reload" }]],
      ["save", (d) => [{ tick: 1020 + d, kind: "save" }]],
      ["PB1 blink", (d) => [{ tick: 1020 + d, kind: "turn-off", block: "PB1" }, { tick: 1023 + d, kind: "turn-on", block: "PB1" }]],
      ["PB1 off", (d) => [{ tick: 1020 + d, kind: "turn-off", block: "PB1" }]],
      ["PB0 enable + flap", (d) => [{ tick: 1100 + d, kind: "run", block: "PB0", argument: "failover enable" }, { tick: 1150 + d, kind: "turn-off", block: "PB0" }, { tick: 1160 + d, kind: "turn-on", block: "PB0" }, { tick: 1300 + d, kind: "turn-off", block: "PB0" }, { tick: 1305 + d, kind: "turn-on", block: "PB0" }]],
      ["PB1 handover back", (d) => [{ tick: 1021 + d, kind: "run", block: "PB1", argument: "failover handover" }]],
    ];
    for (const handleRest of [true, false])
      for (const u of [[100, 100, 100], [100, 1, 100], [1, 100, 10], [10, 10, 100]] as [U, U, U][])
        for (const [xn, x] of extras)
          for (const d of [0, 1, 2])
            for (const delay of [undefined, 2]) {
              if (xn.includes("handover back") && !handleRest) continue;
              out.push([`ho rest-handle ${handleRest} u ${u.join("/")} ${xn} +${d} delay ${delay}`, hoWorld({ handleRest, u, ev: x(d), delay, p: [20, 50, 80] }), "PB1"]);
            }
    return out;
  },
  groups: () => {
    const out: [string, AdvScenario, string][] = [];
    const evs: [string, Ev[]][] = [
      ["both actives off 1000-1300", [{ tick: 1000, kind: "turn-off", block: "PB0" }, { tick: 1000, kind: "turn-off", block: "PB3" }, { tick: 1300, kind: "turn-on", block: "PB0" }, { tick: 1300, kind: "turn-on", block: "PB3" }]],
      ["PB4 moves to grp (rank 1 tie)", [{ tick: 1000, kind: "set-custom-data", block: "PB4", value: "PB4->1" }, { tick: 1200, kind: "destroy", block: "PB0" }]],
      ["active PB0 moves to grp2 (rank 0 tie)", [{ tick: 1000, kind: "set-custom-data", block: "PB0", value: "PB0->0" }]],
      ["active PB0 moves to grp2 and back", [{ tick: 1000, kind: "set-custom-data", block: "PB0", value: "PB0->0" }, { tick: 1300, kind: "set-custom-data", block: "PB0", value: nodesText(0) }]],
      ["PB1 moves to grp2 rank 5, PB0 off", [{ tick: 1000, kind: "set-custom-data", block: "PB1", value: "PB1->5" }, { tick: 1000, kind: "turn-off", block: "PB0" }, { tick: 1400, kind: "turn-on", block: "PB0" }]],
      ["grp2's PB3 off, grp's PB0 destroyed, PB5 moves to grp", [{ tick: 1000, kind: "turn-off", block: "PB3" }, { tick: 1001, kind: "destroy", block: "PB0" }, { tick: 1002, kind: "set-custom-data", block: "PB5", value: "PB5->5" }, { tick: 1100, kind: "turn-off", block: "PB1" }, { tick: 1150, kind: "turn-on", block: "PB3" }, { tick: 1160, kind: "turn-on", block: "PB1" }]],
    ];
    for (const handle of [true, false])
      for (const u of [[100, 100, 100, 100, 100, 100], [1, 10, 100, 100, 10, 1]] as U[][])
        for (const ids of [["grp", "grp2"], ["grp2", "grp"], ["a", "ab"]] as [string, string][])
          for (const [en, ev] of evs) out.push([`groups h${handle} u ${u.join("/")} ids ${ids.join(",")} ${en}`, groupsWorld({ handle, u, ev, ids })[0], "PB0"]);
    return out;
  },
  // brief and briefActive with the warm-up (Update10 added on the first active run of an Update100 copy) and
  // MainConsole, PB2/PB1's phase swept: the watch's Once beside the warm-up's two phases
  warm: () => {
    const out: [string, AdvScenario, string][] = [];
    const usage = "\nconsole=main\nwarmup=true";
    for (const handle of [true, false])
      for (const p2 of [10, 37, 80])
        for (const p1 of [30, 64]) {
          const off1 = 1000 + p1 + 2, on1 = 1100 + p1 - 3;
          const r2 = [1000 + p2, 1100 + p2].find((t) => t > off1 + 2)!;
          if (r2 + 2 >= on1 + 3) continue;
          out.push([`warm brief h${handle} p1 ${p1} p2 ${p2}`, briefTaker({ handle, u1: 100, u2: 100, p1, p2, off1, on1, kill: r2 - 1, off2: r2 + 2, on2: 1100 + p1 + 2, usage }), "PB2"]);
        }
    for (const handle of [true, false])
      for (const p1 of [40, 55, 90]) out.push([`warm briefActive h${handle} p1 ${p1}`, briefActive({ handle, u1: 100, p0: 20, p1, off0: 1022, on0: 1117, off1: 1000 + p1 + 2, on1: 1100 + p1 - 1, usage }), "PB1"]);
    return out;
  },
  lagsave: () => {
    const out: [string, AdvScenario, string][] = [];
    const evs: [string, Ev[]][] = [
      ["handover 1100", [{ tick: 1100, kind: "run", block: "PB0", argument: "failover handover" }]],
      ["PB0 destroyed 1100", [{ tick: 1100, kind: "destroy", block: "PB0" }]],
      ["PB0 off 1100-1400", [{ tick: 1100, kind: "turn-off", block: "PB0" }, { tick: 1400, kind: "turn-on", block: "PB0" }]],
      ["PB0 destroyed 1100, PB2 destroyed 1200", [{ tick: 1100, kind: "destroy", block: "PB0" }, { tick: 1200, kind: "destroy", block: "PB2" }]],
      ["PB0 throws 1100", [{ tick: 1100, kind: "throw", block: "PB0" }]],
    ];
    for (const handle of [true, false])
      for (const u1 of [1, 10, 100] as U[])
        for (const [en, ev] of evs)
          for (const sv of [["save", 1150], ["save", 1299], ["save-reload", 1250], ["save", 1300]] as [string, number][])
            out.push([`lagsave h${handle} u1 ${u1} ${en} ${sv[0]} ${sv[1]}`, lagSaveWorld({ handle, u1, ev: [...ev, { tick: sv[1], kind: sv[0] } as Ev], p1: 47 }), "PB1"]);
    return out;
  },
  move: () => {
    const out: [string, AdvScenario, string][] = [];
    for (const handle of [true, false]) for (const rank of [1, 5]) out.push([`move h${handle} rank ${rank}`, moveWorld({ handle, rank }), "PB1"]);
    return out;
  },
};

function report(name: string, s: AdvScenario, back: string, show: boolean): { fail: boolean; unaware: boolean; twice: boolean } {
  const { violations, events } = runAdv(s);
  if (show)
    for (const e of events)
      if (e.kind === "role" || e.kind === "fault" || (e.kind === "run" && String(e.data.echo ?? "").match(/@|failover:/))) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 220));
  const work = new Map<number, [number, string][]>();
  for (const e of events)
    if (e.kind === "run") {
      const m = /@act [F-].* work (\d+)/.exec(String(e.data.echo ?? ""));
      if (m) work.set(Number(m[1]), [...(work.get(Number(m[1])) ?? []), [e.tick, e.block!]]);
    }
  const dup = [...work].filter(([, v]) => v.length > 1).map(([k, v]) => `${k}:${v.map(([t, b]) => `${b}@${t}`).join("/")}`);
  const on = events.filter((e) => e.kind === "fault" && e.data.kind === "turn-on" && e.block === back).pop()?.tick ?? Infinity;
  // (in trace order: a message delivered before the run in the same tick was read by it)
  const ti = events.findIndex((e) => e.kind === "igc-deliver" && e.tick >= on && (e.data.to === back || e.block === back));
  const told = ti < 0 ? Infinity : events[ti]!.tick;
  const acted = events.filter((e, i) => e.kind === "run" && e.block === back && e.tick >= on && (ti < 0 || i < ti) && String(e.data.echo).includes("@act")).map((e) => e.tick);
  const gi = groupItems(s, events);
  const jumps = Object.entries(gi).flatMap(([id, v]) => v.slice(1).filter((x, i) => x[2] > v[i]![2] + 1).map((x) => `${id} ${v.find((y) => y === x) && ""}${x[1]}@${x[0]} ${x[2]} after ${v[v.indexOf(x) - 1]![2]}`));
  const line = `${name}: group skips ${jumps.join(" ") || "-"}; oracle ${violations.length === 0 ? "ok" : violations.map((v) => `${v.check}@${v.tick}`).join(",")}; twice ${dup.join(" ") || "-"}; ${back} back ${on} acted unaware ${acted.join(",") || "-"} (first delivery ${told})`;
  console.log(line);
  return { fail: violations.length > 0, unaware: acted.length > 0, twice: dup.length > 0 };
}

const pick = process.argv[2] ?? "all";
const show = process.argv.includes("--show") ? process.argv[process.argv.indexOf("--show") + 1] : null;
const write = process.argv.includes("--write") ? process.argv.slice(process.argv.indexOf("--write") + 1) : null;
let n = 0, f = 0, u = 0, t = 0;
for (const [g, make] of Object.entries(grids)) {
  if (pick !== "all" && pick !== g) continue;
  for (const [name, s, back] of make()) {
    if (show && name !== show) continue;
    if (write && name !== write[0]) continue;
    n++;
    const r = report(name, s, back, show !== null);
    f += +r.fail; u += +r.unaware; t += +r.twice;
    if (write) writeFileSync(write[1]!, scenarioFileText({ ...s, name: write[2] ?? s.name, description: write[3] ?? "" } as AdvScenario, write[1]!));
  }
}
console.log(`${n} variants: ${f} failing (oracle), ${u} with the returning copy acting unaware, ${t} with an item done twice`);

// F77's family (session 17, fo-f77): a drop-in warm-up copy that took the role on an operator's run while its
// Update100 phase was not known, with operator's runs around later intervals. Varies F77's world and judges each
// variant with the adversary's oracle:
//   nice -n 15 npx tsx test/mixins/scripts/f77-family.ts [grid]
// grids: cmd (the second operator's run at 215+-k), phase (PB0's Update100 phase 0-99 with cmd at 215 and the
// handover at 115), timer (an operator's run every 100 ticks from the handover), handle (HandleCommand), at
// (the handover at 113-116), early (the handover at 104, 114, 117 with no second operator's run), query (PB1
// or PB3 recompiled around 215: its query waits at PB0's runs), cold (no warm-up), off (the active switched off, PB1
// takes over, operator's runs on PB1), all (every grid).
import { readFileSync } from "node:fs";
import { runFamily } from "./family-runner.ts";
import type { AdvScenario } from "../adversary/model.ts";

const FILE = "test/mixins/adversary/findings/F77-dropin-warmup-terminal-takeover-operator-run-interval-later-confirms-wrong-update100-phase.json";
const base = JSON.parse(readFileSync(FILE, "utf8")) as AdvScenario;
type Ev = NonNullable<AdvScenario["events"]>[number];

/** F77's world with PB0's phases pinned, PB0's handle flag, the takeover events and the operator's runs replaced. */
function world(o: { phase10?: number; phase100?: number; handle?: boolean; cold?: boolean; takeover?: Ev[]; runs?: number[]; extra?: Ev[]; ticks?: number }): AdvScenario {
  const cd = (c: string) => {
    const h = o.handle ? c.replace("handle=false", "handle=true") : c;
    return o.cold ? h.replace("\nwarmup=true", "") : h;
  };
  const grids = base.grids.map((g) => ({
    ...g,
    blocks: (g.blocks ?? []).map((b) => {
      if (!("name" in b) || b.name !== "PB0") return b;
      const x = { ...b, customData: cd(String((b as { customData: string }).customData)) } as Record<string, unknown>;
      if (o.phase10 !== undefined) x.phase10 = o.phase10;
      if (o.phase100 !== undefined) x.phase100 = o.phase100;
      return x;
    }),
  })) as AdvScenario["grids"];
  const nodes = base.adv!.nodes.map((n) => (n.name === "PB0" && (o.handle || o.cold) ? { ...n, handle: !!o.handle, customData: cd(n.customData) } : n));
  const configs = { ...base.adv!.configs };
  if (o.handle || o.cold) for (const n of nodes) if (n.name === "PB0") configs[n.customData] = base.adv!.configs[base.adv!.nodes[0].customData];
  const load = (base.events ?? []).filter((e) => e.kind === "save-reload");
  const takeover = o.takeover ?? (base.events ?? []).filter((e) => e.tick === 115);
  const runs: Ev[] = (o.runs ?? [215]).map((t, i) => ({ tick: t, kind: "run", block: "PB0", argument: `cmd${i + 1}` }) as Ev);
  const events = [...load, ...takeover, ...runs, ...(o.extra ?? [])].sort((a, b) => (a.tick ?? 0) - (b.tick ?? 0));
  return { ...base, grids, ticks: o.ticks ?? base.ticks, events, adv: { ...base.adv!, nodes, configs } };
}

/** F77's world without the handover: PB0 (the active after the load) switched off at `off`; PB1 (drop-in, warm-up)
 *  takes over, an operator's run on PB1 at `at` and `at` + 100; PB1's phases pinned. */
function offWorld(off: number, at: number, phase100: number): AdvScenario {
  const grids = base.grids.map((g) => ({ ...g, blocks: (g.blocks ?? []).map((b) => ("name" in b && b.name === "PB1" ? { ...b, phase10: 8, phase100 } : b)) })) as AdvScenario["grids"];
  const load = (base.events ?? []).filter((e) => e.kind === "save-reload");
  const events = [...load, { tick: off, kind: "turn-off", block: "PB0" } as Ev, ...[at, at + 100].map((t, i) => ({ tick: t, kind: "run", block: "PB1", argument: `cmd${i + 1}` }) as Ev)];
  return { ...base, grids, ticks: 450, events: events.sort((a, b) => (a.tick ?? 0) - (b.tick ?? 0)) };
}

const grids: Record<string, () => [string, AdvScenario][]> = {
  cmd: () => [...Array(41).keys()].map((k) => 195 + k).map((t) => [`cmd ${t}`, world({ runs: [t] })]),
  phase: () => [...Array(100).keys()].map((p) => [`phase100 ${p} (phase10 4)`, world({ phase10: 4, phase100: p, ticks: 400 })]),
  timer: () => [0, 4, 10, 15, 30, 34, 50].map((p) => [`phase100 ${p}, runs every 100 from 115`, world({ phase10: 4, phase100: p, runs: [215, 315, 415, 515], ticks: 600 })]),
  handle: () => [15, 30, 34].map((p) => [`handle, phase100 ${p}`, world({ phase10: 4, phase100: p, handle: true, ticks: 400 })]),
  at: () =>
    [30, 34].flatMap((p) =>
      [113, 114, 115, 116].map((h) => [
        `handover at ${h}, phase100 ${p}`,
        world({ phase10: 4, phase100: p, takeover: [{ tick: h, kind: "turn-off", block: "PB2" } as Ev, { tick: h, kind: "run", block: "PB0", argument: "failover handover" } as Ev], runs: [h + 100], ticks: 400 }),
      ]),
    ),
  // a message that calls back waiting at PB0's runs around the tentative phase + 100: PB1 or PB3 recompiled (its query)
  query: () =>
    [30, 34].flatMap((p) =>
      ["PB1", "PB3"].flatMap((blk) =>
        [...Array(21).keys()].map((k) => 205 + k).map((t) => [`${blk} recompiled at ${t}, phase100 ${p}`, world({ phase10: 4, phase100: p, runs: [], extra: [{ tick: t, kind: "recompile", block: blk } as Ev], ticks: 400 })]),
      ),
    ),
  // no warm-up (Update100 only): a query waits at the Update100 run (130) and at a callback run at 215 (115 + 100)
  cold: () =>
    [126, 127, 128, 129].flatMap((a) =>
      [211, 212, 213, 214].map((b) => [`PB1 recompiled at ${a} and ${b}, no warm-up, phase100 30`, world({ phase10: 4, phase100: 30, cold: true, runs: [], extra: [{ tick: a, kind: "recompile", block: "PB1" } as Ev, { tick: b, kind: "recompile", block: "PB1" } as Ev], ticks: 400 })]),
    ),
  // the takeover by PB1 after the active PB0 is switched off, operator's runs on PB1 around it and an interval later
  off: () =>
    [84, 100, 131, 150].flatMap((off) =>
      [0, 1, 2, 5, 9].flatMap((k) => [10, 30, 58].map((p) => [`PB0 off at ${off}, runs on PB1 at ${off + k} and ${off + k + 100}, PB1 phase100 ${p}`, offWorld(off, off + k, p)] as [string, AdvScenario])),
    ),
  // the takeover on the Update10 phase-to-be (114, 104) or off it, no second operator's run, PB0's Update100 phase 0-99
  early: () =>
    [104, 114, 117].flatMap((h) =>
      [...Array(50).keys()].map((k) => 2 * k + (h % 2)).map((p) => [
        `handover at ${h}, phase100 ${p}`,
        world({ phase10: 4, phase100: p, takeover: [{ tick: h, kind: "turn-off", block: "PB2" } as Ev, { tick: h, kind: "run", block: "PB0", argument: "failover handover" } as Ev], runs: [], ticks: 400 }),
      ]),
    ),
};

runFamily(grids);

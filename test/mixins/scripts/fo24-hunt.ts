// Session 24 (fo-hunt): fault shapes no family of families.ts draws, each variant judged by the adversary's oracle with
// every check (family-runner.ts prints the failing ones and a count):
//   nice -n 15 npx tsx test/mixins/scripts/fo24-hunt.ts <reload|radius|storage|rename|long|blockless|all>
// - reload: a world save/reload, a save with a load later, or a recompile of the active or the next copy, 1 tick before
//   to 2 after (and in the same tick before or after) a failover command or a user argument;
// - radius: scope=antenna, two ships; one ship's antenna range cut below the distance (a one-way link: the other still
//   reaches it) or its broadcasting switched off, beside a loss or a handover of the active;
// - storage: copies start with Storage the manager did not write (another script's text, an older build's `<seq>;cp<n>`,
//   another group's, a newer checkpoint on a standby than on the primary), under a loss and a world load;
// - rename: the active's or the next copy's block renamed (CustomName) around a handover, a forwarded argument, a loss;
// - long: 10^5 ticks, one or two faults far apart;
// - blockless (F122's family): a copy that heard its peers while undocked (scope=antenna) takes over with one seen off.
import { runFamily } from "./family-runner.ts";
import { renderCfg, scenario, type AdvScenario, type NodeSpec } from "../adversary/model.ts";
import { tailTicks } from "../adversary/gen.ts";
import type { ScenarioEvent } from "../../../sim/scenario.ts";

type Ev = Record<string, unknown> & { tick: number; kind: string };
const node = (i: number, rank: number, update: 1 | 10 | 100, handle: boolean, grid = "Ship", extra = {}): NodeSpec => ({ name: `PB${i}`, grid, update, handle, customData: renderCfg({ id: "grp", rank, ...extra }, update, handle) });
function finish(s: AdvScenario): AdvScenario {
  const ev = s.events ?? [];
  const last = Math.max(0, ...ev.map((e) => (e as { tick: number }).tick));
  ev.sort((a, b) => (a as { tick: number }).tick - (b as { tick: number }).tick);
  s.ticks = Math.max(s.ticks ?? 0, last + tailTicks(s) + 200);
  return s;
}

function* reload(): Iterable<[string, AdvScenario]> {
  const T = 700;
  const cmds: [string, (t: number) => Ev][] = [
    ["handover PB0", (t) => ({ tick: t, kind: "run", block: "PB0", argument: "failover handover" })],
    ["disable PB0", (t) => ({ tick: t, kind: "run", block: "PB0", argument: "failover disable" })],
    ["handover PB1", (t) => ({ tick: t, kind: "run", block: "PB1", argument: "failover handover" })],
    ["arg PB2", (t) => ({ tick: t, kind: "run", block: "PB2", argument: "cmd0", source: "trigger" })],
    ["arg PB0", (t) => ({ tick: t, kind: "run", block: "PB0", argument: "cmd0" })],
    ["enable PB0", (t) => ({ tick: t, kind: "run", block: "PB0", argument: "failover enable" })],
  ];
  const ops: [string, (t: number) => Ev[]][] = [
    ["save-reload", (t) => [{ tick: t, kind: "save-reload" }]],
    ["save+load", (t) => [{ tick: t, kind: "save" }, { tick: t + 250, kind: "load" }]],
    ["load-of-earlier", (t) => [{ tick: T - 300, kind: "save" }, { tick: t, kind: "load" }]],
    ["recompile PB0", (t) => [{ tick: t, kind: "recompile", block: "PB0" }]],
    ["recompile PB1", (t) => [{ tick: t, kind: "recompile", block: "PB1" }]],
  ];
  for (const u of [10, 100] as const)
    for (const handle of [true, false])
      for (const t0 of [T, T + 3])
        for (const [cn, cmd] of cmds)
          for (const [on, op] of ops)
            for (const dt of [-1, "0<", "0>", 1, 2] as const) {
              const nodes = [0, 1, 2, 3].map((i) => node(i, i, u, handle));
              const d = typeof dt === "number" ? dt : 0;
              const ev: Ev[] = [];
              // "enable PB0": PB0 handed over 200 ticks before
              if (cn === "enable PB0") ev.push({ tick: t0 - 200, kind: "run", block: "PB0", argument: "failover handover" });
              if (dt === "0<") ev.push(...op(t0), cmd(t0));
              else if (dt === "0>") ev.push(cmd(t0), ...op(t0));
              else ev.push(cmd(t0), ...op(t0 + d));
              ev.sort((a, b) => a.tick - b.tick);
              yield [`U${u} ${handle ? "handle" : "dropin"} ${cn}@${t0} ${on}@${dt}`, finish(scenario({ name: "fo24-reload", ticks: 0, nodes, events: ev as ScenarioEvent[] }))];
            }
}

function* radius(): Iterable<[string, AdvScenario]> {
  // PB0, PB1 on Ship, PB2, PB3 on Drone (30 m apart, antennas of 5,000 m); ranks by `order`
  const orders: [string, number[]][] = [["ship-first", [0, 1, 2, 3]], ["drone-first", [2, 3, 0, 1]], ["mixed", [0, 2, 1, 3]]];
  const cuts: [string, (g: string) => [unknown, unknown, string]][] = [
    ["radius", () => [10, 5000, "Radius"]],
    ["broadcast", () => [false, true, "EnableBroadCast"]],
  ];
  const faults: [string, (t: number, active: string) => Ev[]][] = [
    ["none", () => []],
    ["destroy", (t, a) => [{ tick: t, kind: "destroy", block: a }]],
    ["handover", (t, a) => [{ tick: t, kind: "run", block: a, argument: "failover handover" }]],
    ["off", (t, a) => [{ tick: t, kind: "turn-off", block: a }, { tick: t + 30, kind: "turn-on", block: a }]],
    ["arg", (t, a) => [{ tick: t, kind: "run", block: a === "PB0" ? "PB2" : "PB0", argument: "cmd0" }]],
  ];
  for (const u of [10, 100] as const)
    for (const handle of [true, false])
      for (const [onm, order] of orders)
        for (const g of ["Ship", "Drone"])
          for (const [cnm, cut] of cuts)
            for (const len of [5, 150, 1500])
              for (const [fnm, fault] of faults)
                for (const ft of [-1, 0, 2, 60]) {
                  if (fnm === "none" && ft !== 0) continue;
                  const nodes = [0, 1, 2, 3].map((i) => node(i, order[i]!, u, handle, i < 2 ? "Ship" : "Drone", { scope: "antenna", heartbeat: 0.5 }));
                  const active = `PB${order.indexOf(0)}`;
                  const [v0, v1, prop] = cut(g);
                  const T = 600;
                  const ev: Ev[] = [{ tick: T, kind: "set", block: `Antenna ${g}`, property: prop, value: v0 }, { tick: T + len, kind: "set", block: `Antenna ${g}`, property: prop, value: v1 }, ...fault(T + ft, active)];
                  yield [`U${u} ${handle ? "handle" : "dropin"} ${onm} ${g}-${cnm} for ${len} ${fnm}@${ft}`, finish(scenario({ name: "fo24-radius", ticks: 0, nodes, antennas: true, events: ev as ScenarioEvent[] }))];
                }
}

function* storage(): Iterable<[string, AdvScenario]> {
  // each copy's Storage at start (index = copy)
  const sets: [string, string[]][] = [
    ["other-script", ["state=3", "", "", ""]],
    ["other-script-all", ["state=3\nmode=a", "x", "state=1", "{}"]],
    ["old-format", ["5;cp5", "4;cp4", "", ""]],
    ["old-newer-standby", ["3;cp3", "7;cp7", "", ""]],
    ["tagged-newer-standby", [":grp\n3;cp3", ":grp\n7;cp7", "", ""]],
    ["other-group", [":grp2\n9;cp9", "", "", ""]],
    ["other-group-standby", ["", ":grp2\n9;cp9", ":grp\n2;cp2", ""]],
    ["colon-garbage", [":", ":grp", ":grp\n", ":grp\nx"]],
    ["semicolon", [";cp4", "0;cp4", "12;", ":grp\n0;cp3"]],
  ];
  const faults: [string, Ev[]][] = [
    ["none", []],
    ["destroy PB0", [{ tick: 500, kind: "destroy", block: "PB0" }]],
    ["handover PB0", [{ tick: 500, kind: "run", block: "PB0", argument: "failover handover" }]],
    ["save-reload", [{ tick: 500, kind: "save-reload" }]],
    ["recompile all", [0, 1, 2, 3].map((i) => ({ tick: 500, kind: "recompile", block: `PB${i}` }))],
    ["off PB0 early", [{ tick: 3, kind: "turn-off", block: "PB0" }, { tick: 400, kind: "turn-on", block: "PB0" }]],
  ];
  for (const u of [10, 100] as const)
    for (const handle of [true, false])
      for (const [snm, st] of sets)
        for (const [fnm, ev] of faults) {
          const nodes = [0, 1, 2, 3].map((i) => node(i, i, u, handle));
          const s = scenario({ name: "fo24-storage", ticks: 0, nodes, events: ev.map((e) => ({ ...e })) as ScenarioEvent[] });
          for (const b of s.grids[0]!.blocks!) if (b.type === "programmable") (b as { storage?: string }).storage = st[Number(b.name.slice(2))] ?? "";
          yield [`U${u} ${handle ? "handle" : "dropin"} ${snm} ${fnm}`, finish(s)];
        }
}

function* rename(): Iterable<[string, AdvScenario]> {
  const T = 700;
  const acts: [string, (t: number) => Ev[]][] = [
    ["handover PB0", (t) => [{ tick: t, kind: "run", block: "PB0", argument: "failover handover" }]],
    ["arg PB2", (t) => [{ tick: t, kind: "run", block: "PB2", argument: "cmd0" }]],
    ["destroy PB0", (t) => [{ tick: t, kind: "destroy", block: "PB0" }]],
    ["throw PB0", (t) => [{ tick: t, kind: "throw", block: "PB0" }, { tick: t + 400, kind: "recompile", block: "PB0" }]],
  ];
  for (const u of [10, 100] as const)
    for (const handle of [true, false])
      for (const who of ["PB0", "PB1", "PB2"])
        for (const name of ["PB1", "", "Programmable Block"])
          for (const [an, act] of acts)
            for (const dt of [-1, 0, 1]) {
              const nodes = [0, 1, 2, 3].map((i) => node(i, i, u, handle));
              const ev: Ev[] = [{ tick: T + dt, kind: "set", block: who, property: "CustomName", value: name }, ...act(T)];
              yield [`U${u} ${handle ? "handle" : "dropin"} ${who}->'${name}'@${dt} ${an}`, finish(scenario({ name: "fo24-rename", ticks: 0, nodes, events: ev as ScenarioEvent[] }))];
            }
}

function* long(): Iterable<[string, AdvScenario]> {
  const L = 100000;
  const faults: [string, Ev[]][] = [
    ["none", []],
    ["destroy late", [{ tick: L - 5000, kind: "destroy", block: "PB0" }]],
    ["off twice", [{ tick: 30000, kind: "turn-off", block: "PB0" }, { tick: 30005, kind: "turn-on", block: "PB0" }, { tick: 80000, kind: "turn-off", block: "PB1" }, { tick: 80500, kind: "turn-on", block: "PB1" }]],
    ["handover late", [{ tick: 90000, kind: "run", block: "PB0", argument: "failover handover" }]],
    ["save-later-load", [{ tick: 20000, kind: "save" }, { tick: 90000, kind: "load" }]],
    ["throw", [{ tick: 50000, kind: "throw", block: "PB0" }, { tick: 60000, kind: "recompile", block: "PB0" }]],
  ];
  for (const u of [10, 100] as const)
    for (const handle of [true, false])
      for (const [fnm, ev] of faults) {
        const nodes = [0, 1, 2].map((i) => node(i, i, u, handle));
        yield [`U${u} ${handle ? "handle" : "dropin"} ${fnm}`, finish(scenario({ name: "fo24-long", ticks: L, nodes, events: ev.map((e) => ({ ...e })) as ScenarioEvent[] }))];
      }
}

function* blockless(): Iterable<[string, AdvScenario]> {
  // F122's family: scope=antenna, PB0 (rank 0) and PB1 (rank 1) on Ship, PB2 (rank 2) on a Drone docked to it; the Drone
  // undocked at 100 (still in antenna range), PB2 rebuilt while undocked (it hears its peers out of the Ship's grid
  // system), PB1 switched off, the Drone docked again, then PB0 lost: PB2 takes over with PB1 seen off
  const rebuilds: [string, (t: number) => Ev[]][] = [
    ["recompile", (t) => [{ tick: t, kind: "recompile", block: "PB2" }]],
    ["load", (t) => [{ tick: t - 1, kind: "save" }, { tick: t, kind: "load" }]],
    ["none", () => []],
  ];
  const losses: [string, (t: number) => Ev[]][] = [
    ["destroy", (t) => [{ tick: t, kind: "destroy", block: "PB0" }]],
    ["handover", (t) => [{ tick: t, kind: "run", block: "PB0", argument: "failover handover" }]],
    ["off", (t) => [{ tick: t, kind: "turn-off", block: "PB0" }]],
  ];
  for (const u of [1, 10, 100] as const)
    for (const handle of [true, false])
      for (const [rn, rebuild] of rebuilds)
        for (const [ln, loss] of losses)
          for (const [off, dock] of [[200, 250], [260, 250], [200, 400]] as const)
            for (const dt of [0, 1, 37]) {
              const nodes = [0, 1, 2].map((i) => node(i, i, u, handle, i < 2 ? "Ship" : "Drone", { scope: "antenna", heartbeat: 0.5 }));
              const T = Math.max(off, dock) + 100 + dt;
              const ev: Ev[] = [{ tick: 100, kind: "disconnect", block: "DockA" }, ...rebuild(150), { tick: off, kind: "turn-off", block: "PB1" }, { tick: dock, kind: "connect", block: "DockA", to: "DockB" }, ...loss(T), { tick: T + 900, kind: "turn-on", block: "PB1" }];
              yield [`U${u} ${handle ? "handle" : "dropin"} ${rn} PB1-off@${off} dock@${dock} ${ln}@${T}`, finish(scenario({ name: "fo24-blockless", ticks: 0, nodes, antennas: true, docks: [["DockA", "Ship", "DockB", "Drone"]], events: ev as ScenarioEvent[] }))];
            }
}

runFamily({ reload, radius, storage, rename, long, blockless });

// Session 16 rv-fo (reviewer): mutants that the oracles relaxed this session (F69: the group property's Watch;
// F73/F75: the adversary oracle's limits) must still catch. Each changes what a copy actually did, then judges.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { UpdateType } from "pbts/se";
import { FailoverManager } from "../../mixins/failover-manager.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { runAdv } from "./adversary/run.ts";
import { judge } from "./adversary/oracle.ts";
import type { AdvScenario } from "./adversary/model.ts";
import { replay, type Scenario } from "./properties.ts";

const adv = (f: string): AdvScenario => JSON.parse(readFileSync(new URL(`./adversary/findings/${f}`, import.meta.url), "utf8")) as AdvScenario;
const strict = (s: AdvScenario, ev: TraceEvent[]) => judge(s, ev, s.ticks!).map((v) => `${v.check}@${v.tick}`);
const isRun = (e: TraceEvent, b: string, t: number) => e.kind === "run" && e.block === b && e.tick === t;

const F69: Scenario = { seed: 152895412, ranks: [1, 1, 1, 1, 1, 1], faults: [{ tick: 745, kind: "turn-off", node: 5, duration: 495 }, { tick: 1789, kind: "flap", node: 0, duration: 55 }, { tick: 954, kind: "lag", node: 1, duration: 18 }, { tick: 1174, kind: "flap", node: 0, duration: 150 }, { tick: 739, kind: "turn-off", node: 5, duration: 218 }], explicit: false, updates: [100, 100, 10, 10, 100, 10], timeout: 3, heartbeat: 150 };

describe("rv-fo: mutants the relaxed oracles must still catch", () => {
  it("F69's Watch: a throttled active copy that keeps the role on its first run after the lag (reads nothing, asks nothing) beside the copy that took over meanwhile is two actives", () => {
    // mutant manager: PB1's runs from its first one after the lag (1062) leave it active, whatever it read
    const proto = FailoverManager.prototype as unknown as { step(el: number, g: number): void };
    const step = proto.step;
    proto.step = function (this: FailoverManager, el: number, g: number) {
      step.call(this, el, g);
      const m = this as unknown as { p: { Me: { CustomName: string } }; Now: number; Role: number };
      if (m.p.Me.CustomName === "PB1" && m.Now >= 1062 && m.Now < 1300) m.Role = 4;
    };
    try {
      const o = replay(F69);
      // the copy acted as active on that run (the trace: its run at 1062, PB5 active since 967)
      expect(o.g.sim.trace.forBlock("PB1", "run").some((e) => e.tick === 1062)).toBe(true);
      expect(o.w.timeline[1062]).toEqual(expect.arrayContaining(["PB1", "PB5"]));
      expect(o.violations.some((v) => /PB1/.test(v) && /both active/.test(v))).toBe(true);
    } finally {
      proto.step = step;
    }
    // and the real manager: no violation (the F69 test)
    expect(replay(F69).violations).toEqual([]);
  });

  it("F73's excuse: a flag's run merged with the manager's Once that the copy acted on shows its phase; a merged run it did not act on while it held the role is lazy itself; so never two periods", () => {
    const s = adv("F73-dropin-terminal-takeover-phase-only-merged-with-once-first-periodic-message-waiting.json");
    const r0 = runAdv(s);
    expect(r0.violations).toEqual([]);
    // (PB3, off 65-73, works again unheard at 102: F84's check on a copy's return holds that run too; judged with a
    // message of PB3 delivered to PB0 at 80, so that only the F73 limit can excuse it)
    const j = r0.events.findIndex((e) => e.tick >= 80);
    const r = { events: [...r0.events.slice(0, j), { tick: 80, block: "PB0", kind: "igc-deliver", data: { from: "PB3", tag: "pbfo:x", data: "S3;100;0;", listener: "broadcast" } } as TraceEvent, ...r0.events.slice(j)] };
    expect(judge(s, r.events, s.ticks!)).toEqual([]);
    const set = (ev: TraceEvent[], t: number, f: (d: Record<string, unknown>) => Record<string, unknown>) =>
      ev.map((e) => (isRun(e, "PB0", t) && e.data.updateType !== UpdateType.IGC ? { ...e, data: f(e.data as Record<string, unknown>) } : e));
    // the run at 2 (Update100|Once) with '@act' in its Echo: the copy acted on it, so the phase showed: 102 is caught
    const acted = set(r.events, 2, (d) => ({ ...d, echo: `${String(d.echo ?? "")}\n@act - work 0` }));
    expect(strict(s, acted)).toContain("lazy@102");
    // the run at 102 merged with a Once and doing no work (the held copy): caught at 102 (a Once run is never excused)
    const merged = set(r.events, 102, (d) => ({ ...d, updateType: UpdateType.Update100 | UpdateType.Once, flags: "Update100|Once" }));
    expect(strict(s, merged)).toContain("lazy@102");
    // 102 acting on a merged run, 202 with a message waiting doing no work: 102 showed the phase, so 202 is caught
    const at202 = r.events.filter((e) => e.tick === 102 && e.block === "PB0" && (e.kind === "igc-deliver" || (e.kind === "run" && e.data.updateType === UpdateType.IGC)));
    const moved = at202.map((e) => ({ ...e, tick: 202 }));
    const two = set(set(r.events, 102, (d) => ({ ...d, updateType: UpdateType.Update100 | UpdateType.Once, flags: "Update100|Once", echo: `${String(d.echo ?? "")}\n@act - work 1` })), 202, (d) => ({ ...d, echo: String(d.echo ?? "").replace(/^@act.*$/m, "") }));
    const i202 = two.findIndex((e) => isRun(e, "PB0", 202));
    expect(i202).toBeGreaterThan(0);
    const withMsg = [...two.slice(0, i202), moved.find((e) => e.kind === "igc-deliver")!, two[i202]!, moved.find((e) => e.kind === "run")!, ...two.slice(i202 + 1)];
    expect(strict(s, withMsg)).toContain("lazy@202");
    // (control: the message inserted at 202 does reach the limit: with PB0's runs at 102 gone, 202 is excused)
    const ex: string[] = [];
    const none102 = withMsg.filter((e) => !(e.block === "PB0" && e.tick === 102));
    expect(judge(s, none102, s.ticks!, { onLimit: (n, t, c) => ex.push(`${c}:${n}@${t}`) }).map((v) => `${v.check}@${v.tick}`)).not.toContain("lazy@202");
    expect(ex).toContain("lazy:PB0@202");
  });

  it("F84's excuse (the check on a copy's return): the 2 ticks the manager holds, no more: a manager that holds a tick longer is caught; so is the held run when the copy back was heard since the takeover (fo-f84)", () => {
    // blocks #81 at seed 19301: PB1's script dies at 621, its block unpowered; repowered at 629 (working, script dead):
    // PB0 (Update1, active) holds 629 and 630, acts at 631
    const s = adv("F84-check-blocks-19301-81-repowered-dead-script-update1-held-2-ticks.json");
    const r = runAdv(s);
    expect(r.violations).toEqual([]);
    const acted = (ev: TraceEvent[], t: number) => ev.some((e) => isRun(e, "PB0", t) && /^@act /m.test(String(e.data.echo)));
    expect([628, 629, 630, 631].map((t) => acted(r.events, t))).toEqual([true, false, false, true]);
    // mutant manager: the hold lasts a tick longer (PB0 also idle at 631)
    const proto = FailoverManager.prototype as unknown as { updateValue(): void };
    const updateValue = proto.updateValue;
    proto.updateValue = function (this: FailoverManager) {
      const m = this as unknown as { askedAt: number; Now: number; Role: number; state: number };
      const hold = m.Role === 4 && m.Now === m.askedAt;
      updateValue.call(this);
      if (hold) m.state = 0;
    };
    try {
      const mut = runAdv(s);
      expect(acted(mut.events, 631)).toBe(false);
      expect(mut.violations.map((v) => `${v.check}@${v.tick}`)).toContain("lazy@631");
    } finally {
      proto.updateValue = updateValue;
    }
    // the real trace with a message of PB1 read by PB0's run at 629 (PB1 heard, its block working): the held runs are caught
    const j = r.events.findIndex((e) => isRun(e, "PB0", 629));
    const heard = [...r.events.slice(0, j), { tick: 629, block: "PB0", kind: "igc-deliver", data: { from: "PB1", tag: "pbfo:x", data: "S1;100;0;", listener: "broadcast" } } as TraceEvent, ...r.events.slice(j)];
    expect(strict(s, heard)).toContain("lazy@629");
  });

  it("F75's excuse: only when the tick's callback run came after the delivery (it took the message); a callback run before the delivery took nothing, so the argument run after it finds the message and is caught", () => {
    const s = adv("F75-held-argument-passed-after-dropin-active-callback-run-took-messages.json");
    const r = runAdv(s);
    expect(r.violations).toEqual([]);
    const pb1 = (e: TraceEvent) => e.block === "PB1" && e.tick === 524;
    const d = r.events.findIndex((e) => pb1(e) && e.kind === "igc-deliver");
    const cb = r.events.findIndex((e) => pb1(e) && e.kind === "run" && e.data.updateType === UpdateType.IGC);
    const arg = r.events.findIndex((e) => pb1(e) && e.kind === "run" && e.data.updateType !== UpdateType.IGC);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d < cb && cb < arg).toBe(true);
    // the deliveries moved to just after the callback run (before the argument run): caught (since F90 PB6's rank edit
    // at 522 sends an S on the fast tag before its T: two deliveries, both moved)
    const dl = r.events.filter((e) => pb1(e) && e.kind === "igc-deliver");
    const ev = r.events.filter((e) => !dl.includes(e));
    const at = ev.indexOf(r.events[cb]!);
    const moved = [...ev.slice(0, at + 1), ...dl, ...ev.slice(at + 1)];
    expect(strict(s, moved)).toContain("forwardrun@524");
  });

  it("F93's excuse (session 20, fo-f93): one run, the new flag's first merged with the manager's Once on the tick after the change, and only for a script that does not read ActiveCheck again: the same run of a script that reads it again, the flag's next run, or the manager before the fix (the phase on the Update100 run's tick), are caught", () => {
    const s = adv("F93-handle-warmup-no-reread-watch-once-runs-act-update10-runs-do-nothing.json");
    const r = runAdv(s);
    expect(r.violations).toEqual([]);
    // (control: the excuse is what lets 604 pass)
    expect(judge(s, r.events, s.ticks!, { noLimit: true }).map((v) => `${v.check}@${v.tick}`)).toEqual(["lazy@604"]);
    // the same trace from a script that reads ActiveCheck again (no reread=false in its [adv] lines): caught
    const rr = (t: string) => t.replace("\nreread=false", "");
    const again: AdvScenario = { ...s, adv: { ...s.adv!, nodes: s.adv!.nodes.map((n) => ({ ...n, customData: rr(n.customData) })), configs: Object.fromEntries(Object.entries(s.adv!.configs).map(([k, c]) => [rr(k), c])) } };
    expect(strict(again, r.events)).toEqual(["lazy@604"]);
    // the flag's next run (614) doing nothing too: caught (604 still excused)
    const next = r.events.map((e) => (isRun(e, "PB1", 614) ? { ...e, data: { ...e.data, echo: String(e.data.echo).replace(/^@act.*\n?/m, "") } } : e));
    expect(strict(s, next)).toContain("lazy@614");
    expect(strict(s, next)).not.toContain("lazy@604");
    // the manager before the fix (a regap that keeps the last periodic run's tick as a probe's, so the watch's Once
    // taken at 604 confirmed the Update10 phase at 603): its Once runs act and its Update10 runs do nothing, caught
    const proto = FailoverManager.prototype as unknown as { regap(f: number): void };
    const regap = proto.regap;
    proto.regap = function (this: FailoverManager, f: number) {
      const m = this as unknown as { pt: number };
      const pt = m.pt;
      regap.call(this, f);
      m.pt = pt;
    };
    try {
      const old = strict(s, runAdv(s).events);
      expect(old).toEqual(expect.arrayContaining(["quiet@613", "lazy@614", "quiet@623", "lazy@624"]));
      expect(old).not.toContain("lazy@604");
    } finally {
      proto.regap = regap;
    }
  });

  it("F78's excuse (session 17, fo-f78): one run, never two, and only a drop-in copy's after a takeover on an operator's run: a second such run in the tick, one an interval later, a HandleCommand copy's, one after a takeover on a periodic run, or without the limit, are caught", () => {
    const s = adv("F78-dropin-warmup-terminal-takeover-query-callback-run-on-tentative-update100-phase-acts.json");
    const r = runAdv(s);
    expect(r.violations).toEqual([]);
    const at215 = r.events.findIndex((e) => isRun(e, "PB0", 215) && /^@act/m.test(String(e.data.echo)));
    expect(at215).toBeGreaterThan(0);
    expect(r.events[at215]!.data.updateType).toBe(UpdateType.IGC);
    // (control: the excuse is what lets 215 pass)
    expect(judge(s, r.events, s.ticks!, { noLimit: true }).map((v) => `${v.check}@${v.tick}`)).toEqual(["quiet@215"]);
    // a second run in that tick the user did not ask for, acting too: caught
    const twice = [...r.events.slice(0, at215 + 1), r.events[at215]!, ...r.events.slice(at215 + 1)];
    expect(strict(s, twice)).toEqual(["quiet@215"]);
    // the same copy with HandleCommand (every run carries its kind): caught
    const handle = { ...s, adv: { ...s.adv!, nodes: s.adv!.nodes.map((n) => (n.name === "PB0" ? { ...n, handle: true } : n)) } };
    expect(strict(handle, r.events)).toContain("quiet@215");
    // the takeover on a periodic run (its tick is the phase): caught
    const periodic = r.events.map((e) => (isRun(e, "PB0", 115) ? { ...e, data: { ...e.data, updateType: UpdateType.Update100, flags: "Update100" } } : e));
    expect(strict(s, periodic)).toContain("quiet@215");
    // a copy without the warm-up (no Update10 run between the takeover and 215: Update100's probe shows its phase): caught
    const cold = r.events
      .filter((e) => !(e.kind === "run" && e.block === "PB0" && e.tick > 115 && e.tick < 215 && e.data.updateType === UpdateType.Update10))
      .map((e) => (e.kind === "run" && e.block === "PB0" && e.tick > 115 && e.tick < 215 ? { ...e, data: { ...e.data, updateType: Number(e.data.updateType) & ~UpdateType.Update10, flags: String(e.data.flags).replace("Update10|", "") } } : e));
    expect(cold.some((e) => e.kind === "run" && e.block === "PB0" && e.tick > 115 && e.tick < 215 && (Number(e.data.updateType) & UpdateType.Update10) !== 0)).toBe(false);
    expect(strict(s, cold)).toContain("quiet@215");
    // the next interval: 400 ticks, PB0's Update10 run at 314 made a Once alone at 315 that acts: caught
    const s4 = { ...s, ticks: 400 };
    const r4 = runAdv(s4);
    expect(r4.violations).toEqual([]);
    const at314 = r4.events.findIndex((e) => isRun(e, "PB0", 314) && /^@act/m.test(String(e.data.echo)));
    expect(at314).toBeGreaterThan(0);
    const next = r4.events.map((e, i) => (i === at314 ? { ...e, tick: 315, data: { ...e.data, updateType: UpdateType.Once, flags: "Once" } } : e));
    expect(strict(s4, next)).toContain("quiet@315");
  });
  it("F102's excuse (session 21, fo-f102): only a drop-in copy's own callback run before its first periodic run, followed by the probe's Once, puts the guessed phase; only the Once alone on that phase and the merged runs off it, until a periodic run alone: a merged run on the guessed phase, a HandleCommand copy's, one whose callback run came after a periodic run, one without the probe, a periodic run alone swallowed, or the same after a periodic run alone, are caught", () => {
    const s = adv("F102-dropin-own-listener-callback-run-taken-for-update-run-watch-once-acts-periodic-swallowed.json");
    const r = runAdv(s);
    expect(r.violations).toEqual([]);
    const all = ["lazy@400", "lazy@500", "quiet@483"];
    const sorted = (ev: TraceEvent[], t: AdvScenario = s) => strict(t, ev).sort();
    // (control: the excuse is what lets them pass)
    expect(judge(s, r.events, s.ticks!, { noLimit: true }).map((v) => `${v.check}@${v.tick}`).sort()).toEqual(all);
    // the same copy with HandleCommand (every run carries its kind): caught
    const handle = { ...s, adv: { ...s.adv!, nodes: s.adv!.nodes.map((n) => (n.name === "PB1" ? { ...n, handle: true } : n)) } };
    expect(sorted(r.events, handle)).toEqual(expect.arrayContaining(all));
    // the callback run after a periodic run of the copy (the phase shown first): caught
    const late = r.events.map((e) => (isRun(e, "PB1", 27) ? { ...e, data: { ...e.data, updateType: UpdateType.Update100, flags: "Update100", argument: "" } } : e));
    expect(sorted(late)).toEqual(expect.arrayContaining(all));
    // no probe's Once on the next tick (the run was not taken for the update run): caught
    const noProbe = r.events.filter((e) => !(isRun(e, "PB1", 84) && e.data.updateType === UpdateType.Once));
    expect(sorted(noProbe)).toEqual(expect.arrayContaining(all));
    // a run merged with Once on the guessed phase that does no work (483 as Update100|Once, not acting): caught
    const onPhase = r.events.map((e) => (isRun(e, "PB1", 483) ? { ...e, data: { ...e.data, updateType: UpdateType.Update100 | UpdateType.Once, flags: "Update100|Once", echo: String(e.data.echo).replace(/@act[^]*$/, "") } } : e));
    expect(sorted(onPhase)).toContain("lazy@483");
    // a periodic run alone swallowed (400 without the Once): caught
    const alone = r.events.map((e) => (isRun(e, "PB1", 400) ? { ...e, data: { ...e.data, updateType: UpdateType.Update100, flags: "Update100" } } : e));
    expect(sorted(alone)).toContain("lazy@400");
    // after a periodic run alone (450 made one: the phase shown), 483's Once alone acting and 500 swallowed: caught
    const i450 = r.events.findIndex((e) => isRun(e, "PB1", 450));
    const shown = r.events.map((e, i) => (i === i450 ? { ...e, data: { ...e.data, updateType: UpdateType.Update100, flags: "Update100", echo: `${String(e.data.echo)}@act - work 9\n` } } : e));
    expect(sorted(shown)).toEqual(expect.arrayContaining(["quiet@483", "lazy@500"]));
  });

  it("F98's wake interval (session 20, fo-f96): a warm-up copy's Update10 counts from the run it acted on (it adds the flag there), before any Update10 run shows it; only the run back after the missed one is excused (the wake check), not a later one, and not for a copy without the warm-up", () => {
    const s = adv("F98-dropin-warmup-throttled-after-taking-role-first-update10-run-late.json");
    const r = runAdv(s);
    expect(r.violations).toEqual([]);
    // PB7 acts at 5 (an operator's run, the role taken there, Update10 added), is throttled 5-17 and runs next at 21
    // (16 ticks: the flag's run at 11 was missed), asking the group; it acts again at 31
    const act = (t: number) => r.events.some((e) => isRun(e, "PB7", t) && /^@act/m.test(String(e.data.echo)));
    expect([5, 21, 31, 41].map(act)).toEqual([true, false, true, true]);
    // a copy without the warm-up (no Update10 added: its interval is Update100's, 16 ticks is no gap): caught
    const pb7 = s.adv!.nodes.find((n) => n.name === "PB7")!.customData;
    const coldCd = pb7.replace("\nwarmup=true", "");
    const cold = { ...s, adv: { ...s.adv!, nodes: s.adv!.nodes.map((n) => (n.name === "PB7" ? { ...n, customData: coldCd } : n)), configs: { ...s.adv!.configs, [coldCd]: s.adv!.configs[pb7]! } } };
    expect(strict(cold, r.events)).toEqual(["lazy@21"]);
    // the flag counts from the run that acted: without that '@act' line at 5, caught
    const noAct = r.events.map((e) => (isRun(e, "PB7", 5) ? { ...e, data: { ...e.data, echo: String(e.data.echo).replace(/^@act.*$/m, "") } } : e));
    expect(strict(s, noAct)).toEqual(["lazy@21"]);
    // a periodic run after the wake window (12 ticks) that does not act: caught
    const late = r.events.map((e) => (isRun(e, "PB7", 41) ? { ...e, data: { ...e.data, echo: String(e.data.echo).replace(/^@act.*$/m, "") } } : e));
    // (and its item is missing: the work line went with the '@act' line)
    expect(strict(s, late)).toEqual(["lazy@41", "skip@51"]);
  });
});

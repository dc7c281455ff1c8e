// The adversary's suite (fo-adv): failover-spec.md's guarantees, judged from the trace by oracle.ts,
// over fault schedules and configurations of our own (gen.ts, families.ts), plus hand-written
// scenarios. Open findings (test/mixins/adversary/FINDINGS.md) are in open.findings.ts, run by
// `npm run test:adversary-open`; here each property leaves out only the checks an open finding trips
// (OPEN_CHECKS), and says so in its name. More schedules: PBTS_ADVERSARY_RUNS=5000, other ones:
// PBTS_ADVERSARY_SEED=<n>.
import { describe, expect, it } from "vitest";
import { FAMILIES, familyArb } from "./families.ts";
import { property, runAdv, runsFor } from "./run.ts";
import { renderCfg, scenario, type NodeSpec } from "./model.ts";
import { judge } from "./oracle.ts";
import { FIXED, FIXED_OPEN_CHECKS, findings } from "./findings.ts";

/** Checks tripped by open findings (FINDINGS.md), per family. The drop-in run detection findings
 *  (F10, F19, F20, F22-F25: `quiet` and `lazy`) were fixed in session 8 (fo-run), so `quiet` and `lazy`
 *  are on everywhere. Open: F27 (crowd at the CI seed, drop-in alone: a copy rebuilt by a world load
 *  takes the role only once its periodic phase is confirmed, 3 ticks past the visible bound). */
export const OPEN_CHECKS: Record<string, string[]> = {
  operator: [],
  blocks: [],
  world: [],
  topology: [],
  config: [],
  crowd: ["visible"],
  // with HandleCommand on every copy (the usage the README recommends)
  "operator+handle": [],
  "blocks+handle": [],
};
/** CI counts of the HandleCommand-only runs of a family (the family's own count otherwise). */
const HANDLE_CI = 200;

const node = (i: number, rank: number, o: Partial<NodeSpec> & { cfg?: string } = {}): NodeSpec => {
  const update = o.update ?? 100;
  const handle = o.handle ?? true;
  return { name: `PB${i}`, grid: o.grid ?? "Ship", update, handle, customData: o.cfg ?? renderCfg({ id: "grp", rank }, update, handle) };
};

describe("failover adversary: hand-written scenarios", () => {
  it("a quiet group of four acts once, the lowest rank, doing every item once in order", () => {
    const s = scenario({ name: "quiet", ticks: 3000, nodes: [node(0, 5), node(1, 2), node(2, 9), node(3, 2)], events: [] });
    const { violations, events } = runAdv(s);
    expect(violations).toEqual([]);
    const acts = events.filter((e) => e.kind === "run" && /^@act/m.test(String(e.data.echo)));
    expect(acts.length).toBeGreaterThan(20);
    expect(new Set(acts.map((e) => e.block)).size).toBe(1);
  });
  it("the oracle sees a doubled item and a second active (it can fail)", () => {
    const s = scenario({ name: "selfcheck", ticks: 600, nodes: [node(0, 0), node(1, 1)], events: [] });
    const { events } = runAdv(s);
    // forge a second copy doing the same items: the oracle must say so
    const forged = events.map((e) => (e.block === "PB0" && e.kind === "run" ? { ...e, block: "PB1", tick: e.tick + 3 } : e));
    const both = [...events.filter((e) => !(e.block === "PB1" && e.kind === "run")), ...forged.filter((e) => e.block === "PB1" && e.kind === "run" && /@act/.test(String(e.data.echo)))].sort((a, b) => a.tick - b.tick);
    const checks = judge(s, both, 600).map((v) => v.check);
    expect(checks).toContain("twice");
    expect(checks).toContain("dual");
  });
  it("bad CustomData edited in at run time on the active copy: it stops, says why on every run, the next copy acts; fixed, it preempts back", () => {
    const bad = "[failover]\nid=grp\nrank=abc\n\n[adv]\nupdate=100\nhandle=true";
    const s = scenario({
      name: "bad-edit",
      ticks: 4000,
      nodes: [node(0, 0), node(1, 1), node(2, 2)],
      extraConfigs: { [bad]: null },
      events: [
        { tick: 700, kind: "set-custom-data", block: "PB0", value: bad },
        { tick: 701, kind: "run", block: "PB0", argument: "failover status" },
        { tick: 1500, kind: "set-custom-data", block: "PB0", value: node(0, 0).customData },
      ],
    });
    expect(runAdv(s).violations).toEqual([]);
  });
  it("several faults in one tick at boot: the primary destroyed and the next one switched off at tick 0", () => {
    const s = scenario({
      name: "boot-burst",
      ticks: 3000,
      nodes: [node(0, 0), node(1, 1), node(2, 2, { update: 10 }), node(3, 3)],
      events: [
        { tick: 0, kind: "destroy", block: "PB0" },
        { tick: 0, kind: "turn-off", block: "PB1" },
        { tick: 0, kind: "run", block: "PB2", argument: "failover status" },
        { tick: 900, kind: "turn-on", block: "PB1" },
      ],
    });
    expect(runAdv(s).violations).toEqual([]);
  });
  it("a button on a standby (a user argument) reaches the active copy's logic exactly once", () => {
    const s = scenario({
      name: "forward",
      ticks: 2000,
      nodes: [node(0, 0), node(1, 1), node(2, 2)],
      events: [
        { tick: 900, kind: "run", block: "PB2", argument: "cmd0" },
        { tick: 950, kind: "run", block: "PB0", argument: "cmd1", source: "trigger" },
      ],
    });
    const { violations, events } = runAdv(s);
    expect(violations).toEqual([]);
    expect(events.filter((e) => e.kind === "run" && /@act .*arg=cmd0/.test(String(e.data.echo))).map((e) => e.block)).toEqual(["PB0"]);
  });
  it("handover during the returning primary's preempt delay, then the handed-over copy re-enabled", () => {
    const text = (rank: number) => renderCfg({ id: "grp", rank, preemptdelay: 4 }, 100, true);
    const s = scenario({
      name: "handover-preemptdelay",
      ticks: 5000,
      nodes: [node(0, 0, { cfg: text(0) }), node(1, 1, { cfg: text(1) }), node(2, 2, { cfg: text(2) })],
      events: [
        { tick: 600, kind: "turn-off", block: "PB0" },
        { tick: 1000, kind: "turn-on", block: "PB0" },
        { tick: 1100, kind: "run", block: "PB1", argument: "failover handover" },
        { tick: 1101, kind: "run", block: "PB2", argument: "failover handover" },
        { tick: 2000, kind: "run", block: "PB1", argument: "failover enable" },
      ],
    });
    expect(runAdv(s).violations).toEqual([]);
  });
});

describe("failover adversary: a long run", () => {
  it("one hour of game time, four copies (Update100 and Update10), a fault every few minutes: every guarantee holds", () => {
    const kinds = ["destroy", "turn-off", "throw", "save-reload", "lag", "handover", "unpower", "recompile"];
    const events: Record<string, unknown>[] = [];
    for (let k = 0; k < 14; k++) {
      const t = 3000 + k * 14000 + ((k * 7919) % 3000);
      const b = `PB${1 + (k % 3)}`;
      const kind = kinds[k % kinds.length]!;
      if (kind === "destroy") {
        if (k > 10) events.push({ tick: t, kind: "destroy", block: "PB3" });
      } else if (kind === "turn-off" || kind === "unpower") events.push({ tick: t, kind, block: b }, { tick: t + 900, kind: kind === "turn-off" ? "turn-on" : "repower", block: b });
      else if (kind === "throw") events.push({ tick: t, kind, block: b }, { tick: t + 1200, kind: "recompile", block: b });
      else if (kind === "lag") events.push({ tick: t, kind, block: b, ticks: 700 });
      else if (kind === "handover") events.push({ tick: t, kind: "run", block: "PB0", argument: "failover handover" }, { tick: t + 2000, kind: "run", block: "PB0", argument: "failover enable" });
      else if (kind === "recompile") events.push({ tick: t, kind, block: b });
      else events.push({ tick: t, kind });
    }
    const s = scenario({ name: "long", ticks: 60 * 60 * 60, nodes: [node(0, 0), node(1, 1, { update: 10 }), node(2, 2), node(3, 3)], events: events as never });
    const { violations, events: trace } = runAdv(s);
    expect(violations).toEqual([]);
    // the work went on for the whole hour
    const items = trace.filter((e) => e.kind === "run" && / work \d+/.test(String(e.data.echo)));
    expect(items[items.length - 1]!.tick).toBeGreaterThan(60 * 60 * 60 - 200);
  }, 600_000);
});

describe("failover adversary: fixed findings (fo-findings.md), every check", () => {
  for (const f of findings().filter((x) => FIXED.includes(x.name))) {
    const skip = FIXED_OPEN_CHECKS[f.name] ?? [];
    it(`${f.name}${skip.length ? ` (open check left out here: ${skip.join(", ")})` : ""}`, () => {
      expect(runAdv(f.scenario, { skip }).violations.map((v) => `[${v.check}] ${v.tick}: ${v.text}`)).toEqual([]);
    });
  }
  it("every fixed finding has its scenario", () => expect(findings().map((f) => f.name)).toEqual(expect.arrayContaining(FIXED)));
});

describe("failover adversary: generated schedules (fast-check)", () => {
  for (const [family, skip] of Object.entries(OPEN_CHECKS)) {
    const runs = runsFor(family.includes("+") ? HANDLE_CI : FAMILIES[family]!.ci);
    it(`${family}: ${runs} schedules hold every guarantee of the oracle (${skip.length ? `open findings' checks left out here: ${skip.join(", ")}` : "every check"})`, () => {
      property(familyArb(family), { skip }, runs);
    }, 3_600_000);
  }
});

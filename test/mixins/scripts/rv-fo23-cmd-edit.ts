// Session 23 (rv-fo): a failover command and a CustomData edit in one tick (F108's world, hunted around). Four copies of
// group grp (ranks 0-3; every copy on Update100, or Update1/10/100/10), settled by tick 400; at 400 a command runs on
// copy X and CustomData of copy Y is edited, the edit first or the command first; the edit is undone at 550 and
// 'failover enable' runs on X at 700. Varied: X (the active PB0, the next in line PB1, the last PB3), the command
// (handover, disable, enable), Y (X itself, PB1, PB0), the edit (id to grp2; id to grp2 and back 3 ticks later; rank 5;
// rank 0, a tie with PB0; enabled=false; a bad value; the same meaning spelled otherwise), the order, the frequencies.
// Each variant is judged by the adversary's oracle with every check; prints the failing ones and a count:
//   nice -n 15 npx tsx test/mixins/scripts/rv-fo23-cmd-edit.ts [all|u100|mixed]
import { runFamily } from "./family-runner.ts";
import { parseKnown, renderCfg, scenario, type AdvScenario, type Cfg, type NodeSpec } from "../adversary/model.ts";
import { tailTicks } from "../adversary/gen.ts";
import type { ScenarioEvent } from "../../../sim/scenario.ts";

type U = 1 | 10 | 100;
const T = 400;
const EDITS = ["id", "id-back", "rank5", "rank0", "disabled", "bad", "cosmetic"] as const;

function world(ups: U[], x: number, cmd: string, y: number, edit: (typeof EDITS)[number], editFirst: boolean): AdvScenario {
  const cfg = (i: number, o: Partial<Cfg> = {}): Cfg => ({ id: "grp", rank: i, ...o });
  const text = (i: number, c: Cfg) => renderCfg(c, ups[i]!, true);
  const nodes: NodeSpec[] = ups.map((u, i) => ({ name: `PB${i}`, grid: "Ship", update: u, handle: true, customData: text(i, cfg(i)) }));
  const extra: Record<string, Cfg | null> = {};
  const base = nodes[y]!.customData;
  let tx: string;
  if (edit === "id" || edit === "id-back") tx = text(y, cfg(y, { id: "grp2" }));
  else if (edit === "rank5") tx = text(y, cfg(y, { rank: 5 }));
  else if (edit === "rank0") tx = text(y, cfg(y, { rank: 0 }));
  else if (edit === "disabled") tx = text(y, cfg(y, { enabled: false }));
  else if (edit === "bad") tx = base.replace(/^rank=\d+$/m, "rank=abc");
  else tx = `[other]\nfoo=1\n\n${base.replace("[failover]", "[FAILOVER]").replace(/^rank=/m, "Rank=")}`;
  extra[tx] = edit === "bad" ? null : edit === "cosmetic" ? parseKnown(base) : parseKnown(tx);
  const ed: ScenarioEvent = { tick: T, kind: "set-custom-data", block: `PB${y}`, value: tx } as ScenarioEvent;
  const run: ScenarioEvent = { tick: T, kind: "run", block: `PB${x}`, argument: `failover ${cmd}` } as ScenarioEvent;
  const events: ScenarioEvent[] = [...(editFirst ? [ed, run] : [run, ed])];
  if (edit === "id-back") events.push({ tick: T + 3, kind: "set-custom-data", block: `PB${y}`, value: base } as ScenarioEvent);
  events.push({ tick: T + 150, kind: "set-custom-data", block: `PB${y}`, value: base } as ScenarioEvent);
  events.push({ tick: T + 300, kind: "run", block: `PB${x}`, argument: "failover enable" } as ScenarioEvent);
  const s = scenario({ name: "rv-fo23-cmd-edit", ticks: 0, nodes, extraConfigs: extra, events, family: "rv-fo23-cmd-edit" });
  s.ticks = T + 300 + tailTicks(s) + 200;
  return s;
}

function* variants(ups: U[]): Iterable<[string, AdvScenario]> {
  for (const x of [0, 1, 3])
    for (const cmd of ["handover", "disable", "enable"])
      for (const y of [...new Set([x, 1, 0])])
        for (const edit of EDITS)
          for (const first of [true, false]) yield [`PB${x} ${cmd}, PB${y} ${edit} ${first ? "before" : "after"}`, world(ups, x, cmd, y, edit, first)];
}

runFamily({ u100: () => variants([100, 100, 100, 100]), mixed: () => variants([10, 1, 100, 10]) });

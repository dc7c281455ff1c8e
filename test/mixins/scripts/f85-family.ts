// F85's family (session 18, fo-f85): a drop-in copy (Update100 or Update10) that is active, switched off and on,
// with operator's runs around the gap, while a copy of its group is seen down (its watch's Once runs). Varies
// F85's world and judges each variant with the adversary's oracle:
//   nice -n 15 npx tsx test/mixins/scripts/f85-family.ts [grid]
// grids: u100 (PB1 at Update100, phase 55: the gap's start, its length, the operator's run after it), u10 (PB1 at
// Update10, phase10 5), pre (an operator's run just before the gap too, or a second one an interval after the
// first), kinds (the gap by lag, a blackout, damage), early (the role taken on an operator's run before the first
// periodic run, then the gap), handle (HandleCommand: the control), all (every grid).
import { readFileSync } from "node:fs";
import { runFamily } from "./family-runner.ts";
import type { AdvScenario } from "../adversary/model.ts";

const FILE = "test/mixins/adversary/findings/F85-dropin-operator-run-after-gap-confirms-wrong-update100-phase-watch-once-acts.json";
const base = JSON.parse(readFileSync(FILE, "utf8")) as AdvScenario;
type Ev = NonNullable<AdvScenario["events"]>[number];

/** F85's world (PB0 damaged at 4: seen down) with PB1's frequency and handle flag set, PB1 off at `off` for
 *  `len` ticks, and operator's runs on PB1 at `runs`. */
function world(o: { update: 10 | 100; handle?: boolean; off: number; len: number; runs: number[]; gap?: "off" | "lag" | "unpower" | "damage"; ticks?: number }): AdvScenario {
  const cd = (c: string) => {
    let x = c.replace("update=100", `update=${o.update}`);
    if (o.handle) x = x.replace("handle=false", "handle=true");
    return x;
  };
  const grids = base.grids.map((g) => ({
    ...g,
    blocks: (g.blocks ?? []).map((b) => ("name" in b && b.name === "PB1" ? { ...b, customData: cd(String((b as { customData: string }).customData)), phase10: 5, phase100: 55 } : b)),
  })) as AdvScenario["grids"];
  const nodes = base.adv!.nodes.map((n) => (n.name === "PB1" ? { ...n, update: o.update, handle: !!o.handle, customData: cd(n.customData) } : n));
  const configs = { ...base.adv!.configs };
  for (const n of nodes) if (n.name === "PB1") configs[n.customData] = base.adv!.configs[base.adv!.nodes[1].customData];
  const events: Ev[] = [
    ...(base.events ?? []).filter((e) => e.kind === "damage"),
    ...gapEvents(o.gap ?? "off", o.off, o.len),
    ...o.runs.map((t, i) => ({ tick: t, kind: "run", block: "PB1", argument: `cmd${i + 1}` }) as Ev),
  ].sort((a, b) => (a.tick ?? 0) - (b.tick ?? 0));
  return { ...base, grids, ticks: o.ticks ?? 700, events, adv: { ...base.adv!, nodes, configs } };
}

/** The gap: PB1 switched off, lagged, its grid unpowered, or PB1 damaged, from `at` for `len` ticks. */
function gapEvents(kind: "off" | "lag" | "unpower" | "damage", at: number, len: number): Ev[] {
  if (kind === "lag") return [{ tick: at, kind: "lag", block: "PB1", ticks: len } as Ev];
  const [a, b] = kind === "off" ? ["turn-off", "turn-on"] : kind === "unpower" ? ["unpower", "repower"] : ["damage", "repair"];
  const who = kind === "unpower" ? { grid: "Ship" } : { block: "PB1" };
  return [{ tick: at, kind: a, ...who } as Ev, { tick: at + len, kind: b, ...who } as Ev];
}

const grids: Record<string, () => [string, AdvScenario][]> = {
  u100: () =>
    [160, 242].flatMap((off) =>
      [3, 8, 11, 30, 66, 150].flatMap((len) =>
        [0, 1, 2, 10, 25, 60].map((k) => [`U100 off ${off} for ${len}, run at on+${k}`, world({ update: 100, off, len, runs: [off + len + k] })] as [string, AdvScenario]),
      ),
    ),
  u10: () =>
    [162, 247].flatMap((off) =>
      [2, 5, 9, 15, 40].flatMap((len) =>
        [0, 1, 2, 4, 7].map((k) => [`U10 off ${off} for ${len}, run at on+${k}`, world({ update: 10, off, len, runs: [off + len + k] })] as [string, AdvScenario]),
      ),
    ),
  pre: () => [
    ...[3, 30, 150].flatMap((len) => [0, 10, 25].map((k) => [`U100 run at 241, off 242 for ${len}, run at on+${k} and +100`, world({ update: 100, off: 242, len, runs: [241, 242 + len + k, 342 + len + k] })] as [string, AdvScenario])),
    ...[5, 40].flatMap((len) => [1, 4].map((k) => [`U10 run at 246, off 247 for ${len}, run at on+${k} and +10`, world({ update: 10, off: 247, len, runs: [246, 247 + len + k, 257 + len + k] })] as [string, AdvScenario])),
  ],
  // the gap by lag, a blackout of the grid, or damage and repair instead of a switch-off
  kinds: () =>
    (["lag", "unpower", "damage"] as const).flatMap((gap) =>
      ([[100, 242, [30, 66, 150], [1, 10, 25]], [10, 247, [5, 15, 40], [1, 2, 4]]] as const).flatMap(([u, off, lens, ks]) =>
        lens.flatMap((len) => ks.map((k) => [`U${u} ${gap} ${off} for ${len}, run at +${k}`, world({ update: u, gap, off, len, runs: [off + len + k] })] as [string, AdvScenario])),
      ),
    ),
  // PB1 takes the role on an operator's run before its first periodic run (a tentative phase), then the gap
  early: () =>
    ([100, 10] as const).flatMap((u) =>
      [12, 20, 31].flatMap((r) => [30, 150].flatMap((len) => [1, 10].map((k) => [`U${u} run at ${r}, off ${r + 3} for ${len}, run at +${k}`, world({ update: u, off: r + 3, len, runs: [r, r + 3 + len + k] })] as [string, AdvScenario]))),
    ),
  handle: () =>
    [10, 100].flatMap((u) => [30, 150].flatMap((len) => [1, 25].map((k) => [`handle U${u} off 242 for ${len}, run at on+${k}`, world({ update: u as 10 | 100, handle: true, off: 242, len, runs: [242 + len + k] })] as [string, AdvScenario]))),
};

runFamily(grids);

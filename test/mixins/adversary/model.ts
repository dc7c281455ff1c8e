// The adversary's scenarios: a plain `pbts sim` scenario (JSON-able, the script by path) plus what
// the oracle needs to know about the world it built (`adv`): each copy's configuration as written,
// every CustomData text the schedule uses (parsed by the spec's table, or null when the spec calls it
// bad configuration), the grids, joints and connectors. Written from failover-spec.md, independent of
// test/mixins/properties.ts.
import { dirname, join, relative } from "node:path";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Scenario, ScenarioEvent } from "../../../sim/scenario.ts";
import { REPO_ROOT } from "../../../compiler/csharp/stubs.ts";

export const SCRIPT = "test/mixins/adversary/script.ts";
/** A player's other script that runs a copy with TryRun (F56; caller.ts). */
export const CALLER = "test/mixins/adversary/caller.ts";
/** Scripts beside the copy's that a scenario may run (by file name): caller.ts; F101's copy with a listener of the user's
 *  own (own-listener.ts) and a player's base that broadcasts to it (sender.ts). */
export const OTHER_SCRIPTS = ["caller.ts", "own-listener.ts", "sender.ts", "wipe.ts"];
/** A script that leaves Storage empty (wipe.ts: a copy recompiled into it and back in one tick loses its Storage). */
export const WIPE = "test/mixins/adversary/wipe.ts";

/** One copy's configuration as the spec's table reads it. */
export interface Cfg {
  id: string;
  rank: number;
  /** seconds */
  heartbeat?: number;
  timeout?: number;
  preempt?: boolean;
  /** seconds */
  preemptdelay?: number;
  scope?: "construct" | "connected" | "antenna";
  enabled?: boolean;
  /** Write trailing comments after the values (spec 15: accepted). */
  comments?: boolean;
}

/** A copy: its grid, its script usage, its first CustomData. */
export interface NodeSpec {
  name: string;
  grid: string;
  update: 1 | 10 | 100;
  /** Calls HandleCommand first (false: the drop-in usage alone). */
  handle: boolean;
  customData: string;
  /** (session 25) A programmable block with no script at start (a new PB): a `recompile` event with `script` builds the
   *  copy later, its Storage empty. */
  late?: boolean;
}

export interface AdvMeta {
  nodes: NodeSpec[];
  /** Every CustomData text used (initial and set-custom-data): its configuration, or null when bad. */
  configs: Record<string, Cfg | null>;
  /** [grid a, grid b, joint name] mechanical joints (constructs). */
  joints: [string, string, string][];
  /** [connector on a, grid a, connector on b, grid b] docked at start (connected groups). */
  docks: [string, string, string, string][];
  /** Which generator made it (for the report). */
  family: string;
}

export type AdvScenario = Scenario & { adv: AdvMeta };

/** `usage`: extra `[adv]` lines of the script (script.ts: `console=main`, `warmup=true`, `reread=false`), each after a "\n". */
export function renderCfg(c: Cfg, update: number, handle: boolean, usage = ""): string {
  const cm = (s: string) => (c.comments ? `   ; ${s}` : "");
  let t = `[failover]\nid=${c.id}${c.comments ? " # the group" : ""}\nrank=${c.rank}${cm("rank")}\n`;
  if (c.heartbeat !== undefined) t += `heartbeat=${c.heartbeat}${cm("s")}\n`;
  if (c.timeout !== undefined) t += `timeout=${c.timeout}\n`;
  if (c.preempt !== undefined) t += `preempt=${c.preempt}${cm("p")}\n`;
  if (c.preemptdelay !== undefined) t += `preemptdelay=${c.preemptdelay}\n`;
  if (c.scope !== undefined) t += `scope=${c.scope}${cm("scope")}\n`;
  if (c.enabled !== undefined) t += `enabled=${c.enabled}\n`;
  t += `\n[adv]\nupdate=${update}\nhandle=${handle}${usage}`;
  return t;
}

/** Configurations the spec calls bad (the copy stays standby and the console says what is wrong). */
export function badTexts(id: string, update: number, handle: boolean, usage = ""): string[] {
  const adv = `\n\n[adv]\nupdate=${update}\nhandle=${handle}${usage}`;
  return [
    `[failover]\nid=${id}\nrank=abc${adv}`,
    `[failover]\nid=${id}\nrank=-1${adv}`,
    `[failover]\nid=${id}\nrank=1.5${adv}`,
    `[failover]\nid=${id}${adv}`,
    `[failover]\nrank=0${adv}`,
    `[nothing]\nid=${id}\nrank=0${adv}`,
    `[failover]\nid=${id}\nrank=0\n# a hash comment line${adv}`,
    `[failover]\nid=${id}\nrank=0\nrank=1${adv}`,
    `[failover] trailing\nid=${id}\nrank=0${adv}`,
  ];
}

/** The scenario as the JSON of a `pbts sim` file at `file`: the script path relative to that file
 *  (the CLI resolves it from there), so the file loads as written wherever it is kept. */
export function scenarioFileText(s: AdvScenario, file: string): string {
  const rel = relative(dirname(file), join(REPO_ROOT, SCRIPT));
  // (a player's other scripts kept beside the copy's: caller.ts, and F101's own-listener.ts and sender.ts)
  const other = (f: string) => OTHER_SCRIPTS.find((o) => f.endsWith(o));
  const path = (f: unknown) => (other(String(f)) ? relative(dirname(file), join(REPO_ROOT, dirname(SCRIPT), other(String(f))!)) : rel);
  // (an event's script too: a recompile into wipe.ts or the copy's script, session 25)
  const out = { ...s, grids: s.grids.map((g) => ({ ...g, blocks: (g.blocks ?? []).map((b) => ("script" in b && b.script ? { ...b, script: path(b.script) } : b)) })), events: (s.events ?? []).map((e) => (e.script !== undefined ? { ...e, script: path(e.script) } : e)) };
  return JSON.stringify(out, null, 1) + "\n";
}

/** Writes the scenario as a `pbts sim` file (script path relative to it); returns the commands. */
export function writeScenario(s: AdvScenario, name: string): { file: string; sim: string; check: string } {
  const file = join(REPO_ROOT, ".tmp", "adversary", `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, scenarioFileText(s, file));
  const r = relative(process.cwd(), file);
  return { file, sim: `npx pbts sim ${r} --svg ${name}.svg`, check: `npx tsx test/mixins/adversary/check.ts ${r}` };
}

/** A scenario from a node list and events (one helper for hand-written scenarios). */
export function scenario(o: {
  name: string;
  seed?: number;
  ticks: number;
  nodes: NodeSpec[];
  extraConfigs?: Record<string, Cfg | null>;
  joints?: [string, string, string][];
  docks?: [string, string, string, string][];
  antennas?: boolean;
  events: ScenarioEvent[];
  family?: string;
  grids?: string[];
}): AdvScenario {
  const gridNames = o.grids ?? [...new Set(["Ship", ...o.nodes.map((n) => n.grid), ...(o.joints ?? []).flatMap((j) => [j[0], j[1]]), ...(o.docks ?? []).flatMap((d) => [d[1], d[3]])])];
  const configs: Record<string, Cfg | null> = { ...(o.extraConfigs ?? {}) };
  for (const n of o.nodes) if (!(n.customData in configs)) configs[n.customData] = parseKnown(n.customData);
  const grids = gridNames.map((g, gi) => ({
    name: g,
    position: [0, 0, gi * 30] as [number, number, number],
    blocks: [
      ...o.nodes.filter((n) => n.grid === g).map((n) => ({ type: "programmable" as const, name: n.name, ...(n.late ? {} : { script: SCRIPT }), customData: n.customData })),
      ...(o.docks ?? []).flatMap((d) => [...(d[1] === g ? [{ type: "connector" as const, name: d[0] }] : []), ...(d[3] === g ? [{ type: "connector" as const, name: d[2] }] : [])]),
      ...(o.antennas ? [{ type: "antenna" as const, name: `Antenna ${g}`, radius: 5000 }] : []),
    ],
  }));
  return {
    name: o.name,
    seed: o.seed ?? 1,
    ticks: o.ticks,
    grids,
    joints: (o.joints ?? []).map(([a, b, name]) => ({ name, a, b, kind: "rotor" as const })),
    connectors: (o.docks ?? []).map((d) => [d[0], d[2]] as [string, string]),
    events: o.events,
    adv: { nodes: o.nodes, configs, joints: o.joints ?? [], docks: o.docks ?? [], family: o.family ?? "hand-written" },
  };
}

/** The configuration of a text made by renderCfg (hand-written scenarios): a small reader of the
 *  spec's table, enough for what the generators write. Bad texts (badTexts) give null. */
export function parseKnown(text: string): Cfg | null {
  const sec = /^\[failover\]\n([\s\S]*?)(?:\n\n\[adv\]|$)/.exec(text);
  if (!sec) return null;
  const kv = new Map<string, string>();
  for (const line of sec[1]!.split("\n")) {
    if (line === "") continue;
    const m = /^([a-z]+)=(.*)$/.exec(line);
    if (!m) return null;
    if (kv.has(m[1]!)) return null;
    kv.set(m[1]!, m[2]!.replace(/\s+[;#].*$/, "").trim());
  }
  const id = kv.get("id");
  const rank = kv.get("rank");
  if (!id || rank === undefined || !/^\d+$/.test(rank)) return null;
  const num = (k: string) => (kv.has(k) ? Number(kv.get(k)) : undefined);
  const c: Cfg = { id, rank: Number(rank) };
  if (kv.has("heartbeat")) c.heartbeat = num("heartbeat");
  if (kv.has("timeout")) c.timeout = num("timeout");
  if (kv.has("preempt")) c.preempt = kv.get("preempt") === "true";
  if (kv.has("preemptdelay")) c.preemptdelay = num("preemptdelay");
  if (kv.has("scope")) c.scope = kv.get("scope") as Cfg["scope"];
  if (kv.has("enabled")) c.enabled = kv.get("enabled") === "true";
  return c;
}

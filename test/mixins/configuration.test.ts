// Malformed CustomData: no exception escapes Main, a node with an invalid configuration never becomes
// active, and the console names the problem and the fix (with MyIni's line number on parse errors).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../sim/scenario.ts";
import { FailoverRole } from "../../mixins/failover-role.ts";
import { LogLevel, Watch, ini, makeGroup, manager, testConsole } from "./harness.ts";

const base = "[failover]\nid=grp\nrank=0";
/** The hint of every CustomData MyIni cannot parse, as a RegExp source. */
const RULES = "from that line on: only ';' in column 1 starts a comment; no line of only blanks";

/** [CustomData, what the message must say] */
const VARIANTS: [string, RegExp][] = [
  ["", /CustomData needs lines \[failover\], id=miner, rank=0$/],
  ["hello", new RegExp(`not valid INI \\(Line 1: Expected \\[section\\] definition\\): ${RULES}$`)],
  ["[other]\nx=1", /CustomData needs lines \[failover\], id=miner, rank=0$/],
  ["[Failover2]\nid=grp\nrank=0", /CustomData needs lines \[failover\]/],
  ["[failover]\nrank=0", /\[failover\] needs id: e\.g\. id=miner \(same on every copy\)$/],
  ["[failover]\nid=\nrank=0", /needs id: e\.g\. id=miner/],
  ["[failover]\nid=   \nrank=0", /needs id:/],
  // F94: an id of several lines (a MyIni '|' value) would lose the group's checkpoint at a world load (Storage keeps one line)
  ["[failover]\nid=\n|mining\n|ship\nrank=0", /\[failover\] id=mining\nship is not one line: e\.g\. id=miner \(same on every copy\)$/],
  // F135: no "(no ',' in numbers)" for an id with a ',' (it was told so, as if the id were a number)
  ["[failover]\nid=\n|a,b\n|c\nrank=0", /\[failover\] id=a,b\nc is not one line: e\.g\. id=miner \(same on every copy\)$/],
  ["[failover]\nid=grp", /\[failover\] needs rank: e\.g\. rank=0 \(1, 2\.\.\. on others\)$/],
  ["[failover]\nid=grp\nrank=-1", /rank=-1 is not an integer 0 to 1000000: e\.g\. rank=0/],
  ["[failover]\nid=grp\nrank=abc", /\[failover\] rank=abc is not an integer 0 to 1000000: e\.g\. rank=0 \(1, 2\.\.\. on others\)$/],
  ["[failover]\nid=grp\nrank=1.5", /rank=1\.5 is not an integer/],
  ["[failover]\nid=grp\nrank=", /needs rank:/],
  ["[failover]\nid=grp\nrank=0\nrank=1", /not valid INI \(Line 4: .*[Dd]uplicate.*\)/],
  ["[failover]\nid=grp\nrank=99999999", /rank=99999999 is not an integer 0 to 1000000/],
  ["[failover]\nid=grp\nrank=ten", /rank=ten is not an integer/],
  [`${base}\nheartbeat=0`, /heartbeat=0 is not seconds 0\.017 to 600: e\.g\. heartbeat=1\.5$/],
  [`${base}\nheartbeat=-5`, /heartbeat=-5 is not seconds 0\.017 to 600/],
  [`${base}\nheartbeat=fast`, /heartbeat=fast is not seconds 0\.017 to 600: e\.g\. heartbeat=1\.5$/],
  [`${base}\nheartbeat=1e9`, /heartbeat=1e9 is not seconds 0\.017 to 600/],
  [`${base}\nheartbeat=NaN`, /heartbeat=NaN is not seconds 0\.017 to 600/],
  [`${base}\nheartbeat=`, /heartbeat= is not seconds 0\.017 to 600/],
  [`${base}\ntimeout=0`, /timeout=0 is not an integer 2 to 100: e\.g\. timeout=3$/],
  [`${base}\ntimeout=1000`, /timeout=1000 is not an integer 2 to 100/],
  [`${base}\ntimeout=2.5`, /timeout=2\.5 is not an integer/],
  [`${base}\npreempt=maybe`, /preempt=maybe is not true or false: e\.g\. preempt=false$/],
  [`${base}\npreemptdelay=-1`, /preemptdelay=-1 is not seconds 0 to 3600: e\.g\. preemptdelay=10$/],
  [`${base}\npreemptdelay=lots`, /preemptdelay=lots is not seconds 0 to 3600/],
  [`${base}\nscope=galaxy`, /scope=galaxy is not construct, connected or antenna: e\.g\. scope=connected$/],
  [`${base}\nscope=`, /scope= is not construct, connected or antenna/],
  [`${base}\nenabled=perhaps`, /enabled=perhaps is not true or false/],
  [`${base}\ncolour=red`, /\[failover\] unknown key 'colour'; keys: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled$/],
  ["[failover]\nid=grp\nrnak=0", /unknown key 'rnak'/],
  ["garbage before\n[failover]\nid=grp\nrank=0", /not valid INI \(Line 1: /],
  [`${base}\n[broken`, /not valid INI \(Line 4: /],
  ["[failover]\nid=grp\n=0", new RegExp(`not valid INI \\(Line 3: Key cannot be empty\\.\\): ${RULES}$`)],
  ["[failover\nid=grp\nrank=0", /not valid INI \(Line 1: /],
  ["[failover]\nid=grp\nrank=0\njunk line", /not valid INI \(Line 4: /],
  [`${base}\ntimeout=1`, /timeout=1 is not an integer 2 to 100/],
  ["[failover]\nid=grp\nrank=abc ; primary", /rank=abc is not an integer/],
  ["[failover]\nid=grp\nrank=;0", /needs rank:/],
  // the slips people make (README audit L1): MyIni's line and error (which names what its rule wants: a section, a
  // newline, key=value, a key once), and one hint with the rules its errors do not name (comments, a line of blanks);
  // MyIni may name a blank line before the culprit: "from that line on"
  ["[failover]\n# the drill group\nid=grp\nrank=0", new RegExp(`\\(Line 2: Expected key=value definition\\): ${RULES}$`)],
  ["[failover]\r\n# x\r\nid=grp\r\nrank=0", /\(Line 2: .+\): from that line on: only ';' in column 1 starts a comment/],
  ["[failover]\n  ; note\nid=grp\nrank=0", /\(Line 2: .+\): from that line on: only ';' in column 1 starts a comment/],
  ["[failover] ; config\nid=grp\nrank=0", /\(Line 1: Expected newline\): from that line on: only ';' in column 1 starts a comment/],
  ["\n\nid=grp\nrank=0", /\(Line 1: Expected \[section\] definition\): from that line on/],
  ["[failover]\nid=grp\nrank=0\n   ", /\(Line 4: .+\): from that line on: .*no line of only blanks$/],
  ["[failover]\nid=grp\nrank=0\nid=grp", new RegExp(`\\(Line 4: Duplicate key failover/id\\): ${RULES}$`)],
  ["[failover]\nid=grp\nrank=0;primary", /rank=0;primary is not an integer 0 to 1000000 \(a comment needs a blank before it\): e\.g\. rank=0/],
  [`${base}\npreempt=false#stay`, /preempt=false#stay is not true or false \(a comment needs a blank before it\)/],
  // MyIni reads ',' as a digit group separator: refused, never misread (1,5 would be 15 s)
  [`${base}\nheartbeat=1,5`, /heartbeat=1,5 is not seconds 0\.017 to 600 \(no ',' in numbers\): e\.g\. heartbeat=1\.5$/],
  ["[failover]\nid=grp\nrank=1,000", /rank=1,000 is not an integer 0 to 1000000 \(no ',' in numbers\): e\.g\. rank=0/],
];

describe("bad configuration", () => {
  it(`has at least 30 variants (${VARIANTS.length})`, () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(30);
  });

  for (const [i, [text, message]] of VARIANTS.entries()) {
    it(`#${i + 1} ${JSON.stringify(text).slice(0, 50)}`, () => {
      // the bad node would win the election (rank 0 / lowest) if its configuration counted
      const g = makeGroup({ n: 2, seed: 30 + i, customData: (k) => (k === 0 ? text : ini("grp", 1)) });
      const w = new Watch(g.sim, g.names).runUntil(800);
      const bad = g.sim.pb("PB0");
      expect(bad.status()).toBe("working"); // no exception escaped Main or the constructor
      expect(g.sim.trace.forBlock("PB0", "exception")).toEqual([]);
      expect(w.firstActive("PB0", 0)).toBe(-1);
      expect(w.soleAt(800)).toBe("PB1");
      const m = manager(g.sim, "PB0")!;
      expect(m.Role).toBe(FailoverRole.Invalid);
      expect(m.ConfigError).toMatch(message);
      const errors = testConsole(g.sim, "PB0")!.lines.filter((l) => l.level === LogLevel.Error);
      expect(errors.length).toBe(1); // said once, not every run
      expect(errors[0]!.text).toMatch(message);
      expect(testConsole(g.sim, "PB0")!.status).toBe(`Failover: ${m.ConfigError}`);
      // the valid node does not count it as a peer
      expect(manager(g.sim, "PB1")!.Peers.length).toBe(0);
    });
  }

  it("an active node whose CustomData becomes invalid hands over gracefully; fixing it brings it back", () => {
    const g = makeGroup({ n: 2, seed: 77 });
    const w = new Watch(g.sim, g.names).runUntil(600);
    const [A, B] = g.order as [string, string];
    expect(w.soleAt(600)).toBe(A);
    g.sim.at(650, { kind: "set-custom-data", block: A, value: "[failover]\nid=grp\nrank=zero" });
    w.runUntil(1000);
    expect(w.soleAt(1000)).toBe(B);
    expect(w.dualTicks()).toEqual([]);
    expect(g.rec.deactivations.map((d) => d.node)).toEqual([A]);
    expect(manager(g.sim, A)!.ConfigError).toMatch(/rank=zero is not an integer/);
    g.sim.at(1100, { kind: "set-custom-data", block: A, value: ini("grp", 0) });
    w.runUntil(1800);
    expect(manager(g.sim, A)!.ConfigError).toBe("");
    expect(w.soleAt(1800)).toBe(A); // preempt=true: back after a graceful handover
    expect(w.dualTicks()).toEqual([]);
  });

  it("a node with every copy misconfigured: nobody acts, nothing throws", () => {
    const g = makeGroup({ n: 3, seed: 78, customData: () => "[failover]\nid=grp" });
    const w = new Watch(g.sim, g.names).runUntil(800);
    for (let t = 0; t <= 800; t++) expect(w.timeline[t]).toEqual([]);
    expect(g.sim.trace.ofKind("exception")).toEqual([]);
  });
});

describe("configuration as people write it (trailing comments) and as the README prints it", () => {
  it("a trailing ' ; ...' or ' # ...' comment after a value is accepted; the values are read without it", () => {
    const text = (rank: number) => `[failover]\nid=miner # the drill group\nrank=${rank}          ; ${rank === 0 ? "primary" : "backup"}\ntimeout=2\t; two misses\npreempt=false # stay\nscope=construct ; here`;
    const g = makeGroup({ n: 2, seed: 90, customData: (i) => text(i) });
    const w = new Watch(g.sim, g.names).runUntil(600);
    expect(w.soleAt(600)).toBe("PB0");
    const m = manager(g.sim, "PB0")!;
    expect([m.ConfigError, m.Id, m.Rank, m.Timeout, m.Preempt]).toEqual(["", "miner", 0, 2, false]);
    expect(m.StatusText()).toMatch(/^Failover 'miner': active, rank 0\n/);
    expect(m.Scope).toBe(0);
    // a ';' or '#' inside a value (no blank before it) is part of the value
    const h = makeGroup({ n: 1, seed: 91, customData: () => "[failover]\nid=a;b#c\nrank=0" });
    new Watch(h.sim, h.names).runUntil(300);
    expect(manager(h.sim, "PB0")!.Id).toBe("a;b#c");
  });

  /** The ``` blocks of the README's Failover section that hold a [failover] section, as printed. */
  function readmeExamples(): string[] {
    const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
    const section = readme.slice(readme.indexOf("\n## Failover\n"), readme.indexOf("\n## ", readme.indexOf("\n## Failover\n") + 5));
    const blocks: string[] = [];
    let cur: string[] | null = null;
    for (const line of section.split("\n")) {
      if (line.startsWith("```")) {
        if (cur) blocks.push(cur.join("\n"));
        cur = cur ? null : [];
      } else if (cur) cur.push(line);
    }
    return blocks.filter((b) => b.startsWith("[failover]"));
  }

  it("every CustomData example of the README's Failover section, pasted as printed, configures a working group", () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const [k, ex] of examples.entries()) {
      // the copies differ only in their rank, as the examples say
      const g = makeGroup({ n: 3, seed: 92 + k, customData: (i) => ex.replace(/^rank=0/m, `rank=${i}`) });
      const w = new Watch(g.sim, g.names).runUntil(800);
      for (const n of g.names) expect(manager(g.sim, n)!.ConfigError, ex).toBe("");
      expect(w.soleAt(800), ex).toBe("PB0");
      expect(manager(g.sim, "PB0")!.Id).toBe("miner");
      g.sim.at(900, { kind: "destroy", block: "PB0" });
      w.runUntil(1100);
      expect(w.soleAt(1100), ex).toBe("PB1");
    }
  });

  it("the spec's snippet (/work/shared/failover-spec.md) and the seed README's '# This must match' form, as printed, configure a working group", () => {
    const examples = [
      "[failover]\nid=scriptName   ; must match on all copies\nrank=0          ; lowest live rank is the active node",
      "[failover]\nid=scriptName # This must match on every copy\nrank=0",
    ];
    for (const ex of examples) {
      const g = makeGroup({ n: 2, seed: 96, customData: (i) => ex.replace(/^rank=0/m, `rank=${i}`) });
      const w = new Watch(g.sim, g.names).runUntil(600);
      expect(manager(g.sim, "PB0")!.ConfigError, ex).toBe("");
      expect(manager(g.sim, "PB0")!.Id, ex).toBe("scriptName");
      expect(manager(g.sim, "PB1")!.Rank, ex).toBe(1);
      expect(w.soleAt(600), ex).toBe("PB0");
    }
  });

  it("the 'pbts new' Instructions header and the work-queue example's CustomData configure a working group", () => {
    const root = (p: string) => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), "utf8");
    const blocks = [
      root("templates/new/Instructions.readme.hbs").replace(/\{\{scriptName\}\}/g, "MyScript"),
      root("mixins/examples/work-queue.readme"),
      root("mixins/examples/work-queue.ts").replace(/^\/\/ ?/gm, ""),
    ].map((t) => t.slice(t.indexOf("[failover]")).split("\n").slice(0, 3).map((l) => l.trim()).join("\n"));
    for (const ex of blocks) {
      const g = makeGroup({ n: 2, seed: 95, customData: (i) => ex.replace(/^rank=0/m, `rank=${i}`) });
      const w = new Watch(g.sim, g.names).runUntil(600);
      expect(manager(g.sim, "PB0")!.ConfigError, ex).toBe("");
      expect(w.soleAt(600), ex).toBe("PB0");
    }
  });

  it("'pbts new's Program, as generated, shows its title, role and any configuration error on every run (a MainConsole)", async () => {
    const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
    // (inside the repository, so that its `pbts/...` imports resolve as in a project)
    const dir = root(`.tmp/new-template-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(`${dir}/Program.ts`, readFileSync(root("templates/new/Program.ts.hbs"), "utf8").replace(/\{\{scriptName\}\}/g, "MyScript"));
      const pb = (name: string, customData: string) => ({ type: "programmable", name, script: "./Program.ts", customData });
      writeFileSync(`${dir}/s.json`, JSON.stringify({ name: "template", seed: 1, seconds: 10, grids: [{ name: "G", blocks: [pb("A", ini("MyScript", 0)), pb("Bad", "[failover]\nid=MyScript\nrank=first ; the primary")] }] }));
      const { sim } = await runScenario(`${dir}/s.json`);
      for (const [name, line] of [["A", /^Failover 'MyScript': (listening|active), rank 0; active: /m], ["Bad", /^Failover: \[failover\] rank=first is not an integer 0 to 1000000: e\.g\. rank=0/m]] as const) {
        const runs = sim.trace.forBlock(name, "run");
        expect(runs.length).toBeGreaterThan(5);
        for (const r of runs) expect(String(r.data.echo), name).toMatch(new RegExp(`^== MyScript ==\n${line.source.slice(1)}`, "m"));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The edges a restructuring of `parse` (one table, kinds, the comment loop) could move: which texts are accepted with what
 * values, and the message each bad one gets, word for word (the base's, bbff8a6, but F135's). The C#
 * parse runs the same texts against the TS one in test/engine/scenarios/config-edges.json (two-engines.test.ts).
 */
describe("configuration edges, as parsed", () => {
  /** [CustomData, [Id, Rank, HeartbeatTicks, Timeout, Preempt, PreemptDelayTicks, Scope, ConfigEnabled]] (the status has no
   *  Config line since session 27: the values as read are the test) */
  const ACCEPTED: [string, unknown[]][] = [
    // names in any case; the values' words too (MyIni's booleans: yes/no/on/off/1/0)
    ["[FAILOVER]\nID=grp\nRank=2\nHEARTBEAT=0.5\nTimeOut=4\nPreEmpt=no\nPreemptDelay=1.5\nScope=ANTENNA\nEnabled=ON", ["grp", 2, 30, 4, false, 90, 2, true]],
    ["[failover]\nid=grp\nrank=0\npreempt=TRUE\nenabled=1", ["grp", 0, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\nenabled=false", ["grp", 0, 100, 3, true, 0, 0, false]],
    // the status lists the keys in KEYS' order, whatever the text's
    ["[failover]\nscope=connected\nrank=1\nid=grp", ["grp", 1, 100, 3, true, 0, 1, true]],
    // the ranges' edges: whole numbers as MyIni reads them (1e6, 1000000.0, +3, -0; a double's 1.00000000000000001 is 1)
    ["[failover]\nid=grp\nrank=1e6", ["grp", 1000000, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=1000000.0", ["grp", 1000000, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=+3", ["grp", 3, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=-0", ["grp", 0, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=1.00000000000000001", ["grp", 1, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank= 3 ", ["grp", 3, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\ntimeout=2.0", ["grp", 0, 100, 2, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\ntimeout=1e1", ["grp", 0, 100, 10, true, 0, 0, true]],
    // seconds: one tick (1/60 s) at least, rounded to ticks (0.0167 and 0.017 are 1 tick, 0.025 is 1.5: 2)
    ["[failover]\nid=grp\nrank=0\nheartbeat=0.017", ["grp", 0, 1, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\nheartbeat=0.0167", ["grp", 0, 1, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\nheartbeat=600", ["grp", 0, 36000, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\npreemptdelay=3600", ["grp", 0, 100, 3, true, 216000, 0, true]],
    ["[failover]\nid=grp\nrank=0\npreemptdelay=0.025", ["grp", 0, 100, 3, true, 2, 0, true]],
    // comments: a blank (space or tab) before the ';' or '#'; the first one cuts, whatever follows
    ["[failover]\nid=a;b\nrank=0", ["a;b", 0, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=a ;b\nrank=0", ["a", 0, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=x\t# c\nrank=0", ["x", 0, 100, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\nheartbeat=1.5 # x ; y", ["grp", 0, 90, 3, true, 0, 0, true]],
    ["[failover]\nid=grp\nrank=0\nscope=Connected ; docked", ["grp", 0, 100, 3, true, 0, 1, true]],
  ];
  /** [CustomData, the message] */
  const REJECTED: [string, string][] = [
    ["[failover]\nid=grp\nrank=1000001", "[failover] rank=1000001 is not an integer 0 to 1000000: e.g. rank=0 (1, 2... on others)"],
    ["[failover]\nid=grp\nrank=(3)", "[failover] rank=(3) is not an integer 0 to 1000000: e.g. rank=0 (1, 2... on others)"],
    ["[failover]\nid=grp\nrank=0\nheartbeat=0.0166", "[failover] heartbeat=0.0166 is not seconds 0.017 to 600: e.g. heartbeat=1.5"],
    ["[failover]\nid=grp\nrank=0\nheartbeat=600.001", "[failover] heartbeat=600.001 is not seconds 0.017 to 600: e.g. heartbeat=1.5"],
    ["[failover]\nid=grp\nrank=0\nheartbeat=-0", "[failover] heartbeat=-0 is not seconds 0.017 to 600: e.g. heartbeat=1.5"],
    ["[failover]\nid=grp\nrank=0\nheartbeat=Infinity", "[failover] heartbeat=Infinity is not seconds 0.017 to 600: e.g. heartbeat=1.5"],
    ["[failover]\nid=grp\nrank=0\npreemptdelay=3600.01", "[failover] preemptdelay=3600.01 is not seconds 0 to 3600: e.g. preemptdelay=10"],
    ["[failover]\nid=grp\nrank=0\nenabled=", "[failover] enabled= is not true or false: e.g. enabled=false"],
    // an id that is only a comment is none
    ["[failover]\nid=;x\nrank=0", "[failover] needs id: e.g. id=miner (same on every copy)"],
    ["[failover]\nid=#x\nrank=0", "[failover] needs id: e.g. id=miner (same on every copy)"],
    // '|' values (MyIni's lines): a number of two lines
    ["[failover]\nid=grp\nrank=\n|1\n|2", "[failover] rank=1\n2 is not an integer 0 to 1000000: e.g. rank=0 (1, 2... on others)"],
    ["[failover]\nid=\n|a;b\n|c\nrank=0", "[failover] id=a;b\nc is not one line (a comment needs a blank before it): e.g. id=miner (same on every copy)"],
    // both hints' conditions
    ["[failover]\nid=grp\nrank=0\ntimeout=1,0", "[failover] timeout=1,0 is not an integer 2 to 100 (no ',' in numbers): e.g. timeout=3"],
    ["[failover]\nid=grp\nrank=0\nscope=connected;x", "[failover] scope=connected;x is not construct, connected or antenna (a comment needs a blank before it): e.g. scope=connected"],
    // which message first: an unknown key (the first in the text), then the keys in KEYS' order (id, rank, ...)
    ["[failover]\nid=grp\nrank=x\ncolour=red", "[failover] unknown key 'colour'; keys: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled"],
    ["[failover]\nzz=1\nid=grp\nrank=x\nyy=2", "[failover] unknown key 'zz'; keys: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled"],
    ["[failover]\nid=grp\nheartbeat=x\nrank=y", "[failover] rank=y is not an integer 0 to 1000000: e.g. rank=0 (1, 2... on others)"],
    ["[failover]\nheartbeat=x\nrank=0", "[failover] needs id: e.g. id=miner (same on every copy)"],
    // a key's name: ASCII letters in any case, nothing else ('ı' is 'I' to MyIni's case folding, not to the manager)
    ["[failover]\n\u0131d=grp\nrank=0", "[failover] unknown key '\u0131d'; keys: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled"],
    ["[failover]\nid=grp\nrank=0\nid2=x", "[failover] unknown key 'id2'; keys: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled"],
    ["[failover]\nrank=0\nid=grp\nRANK2=1", "[failover] unknown key 'RANK2'; keys: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled"],
    // a key given twice, in any case: MyIni refuses it
    ["[failover]\nid=grp\nrank=0\nRANK=1", "CustomData is not valid INI (Line 4: Duplicate key failover/RANK): from that line on: only ';' in column 1 starts a comment; no line of only blanks"],
  ];
  const read = (text: string) => {
    const g = makeGroup({ n: 1, seed: 5, customData: () => text });
    new Watch(g.sim, g.names).runUntil(5);
    return manager(g.sim, "PB0")!;
  };

  it.each(ACCEPTED)("accepts %j", (text, values) => {
    const m = read(text);
    expect(m.ConfigError).toBe("");
    expect([m.Id, m.Rank, m.HeartbeatTicks, m.Timeout, m.Preempt, m.PreemptDelayTicks, m.Scope, m.ConfigEnabled]).toEqual(values);
  });

  it.each(REJECTED)("refuses %j", (text, message) => {
    const m = read(text);
    expect(m.Role).toBe(FailoverRole.Invalid);
    expect(m.ConfigError).toBe(message);
  });
});

// README.md's examples, pasted as printed: the script of "Writing a script" compiles to the C# shown
// and runs the same on both engines; the CLI block lists what `pbts --help` offers; the diagnostics
// shown are what `pbts check` prints for the file behind them; `pbts new`'s files are all named; the
// failover snippet compiles and runs with either console (and the section's CustomData blocks); the scenario examples load and run; the number
// claims of "The TypeScript subset" hold in Node and under mono.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ChargeMode } from "pbts/se";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../compiler/cli.ts";
import { compile } from "../../compiler/compile.ts";
import { diagnosticsReport } from "../../compiler/cli.ts";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { newProject } from "../../compiler/new-project.ts";
import { ACTION_KINDS } from "../../sim/faults.ts";
import { buildSimulation, loadScenario, runScenario } from "../../sim/scenario.ts";
import { firstDifference, runOn } from "../engine/helpers.ts";
import { Watch, makeGroup, manager } from "../mixins/harness.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
/** Inside the repository, so that `pbts/...` imports resolve as in a project. */
const DIR = join(ROOT, ".tmp", "readme");

/** The text of README section `title` (a `#`-heading, up to the next heading of the same or a higher level). */
function section(title: string): string {
  const m = new RegExp(`^(#+) ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m").exec(README);
  if (!m) throw new Error(`README has no section "${title}"`);
  const rest = README.slice(m.index + m[0].length);
  const next = new RegExp(`^#{1,${m[1].length}} `, "m").exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

/** The fenced blocks of `text` whose info string is `lang` ("" for none), in order. */
function fenced(text: string, lang: string): string[] {
  const out: string[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[1] === lang) out.push(m[2]);
  return out;
}

function write(path: string, text: string): string {
  const abs = join(DIR, path);
  mkdirSync(join(abs, ".."), { recursive: true });
  writeFileSync(abs, text);
  return abs;
}

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] README examples under --engine cs: ${noMono}`);

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
});
afterAll(async () => {
  if (!noMono) (await import("../../sim/engine/cs.ts")).closeCsLink();
});

describe("Writing a script", () => {
  const [script] = fenced(section("Writing a script"), "ts");
  const [csharp] = fenced(section("Writing a script"), "csharp");

  it("the script compiles as printed", () => {
    const r = compile({ sources: { [join(DIR, "src/Program.ts")]: script }, cwd: DIR });
    expect(r.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it("compiles to the C# shown (every line that is not abridged, layout aside)", () => {
    const r = compile({ sources: { [join(DIR, "src/Program.ts")]: script }, cwd: DIR });
    const emitted = r.files.find((f) => f.isProgram)!.code.replace(/\s+/g, "");
    const lines = csharp.split("\n").map((l) => l.split("{ ... }")[0].replace(/\s+/g, "")).filter((l) => l !== "" && l !== "{" && l !== "}");
    expect(lines.length).toBeGreaterThanOrEqual(15); // the block shows the whole class but the loop
    expect(lines.filter((l) => !emitted.includes(l))).toEqual([]);
  });

  it("runs: the panels show the run count, a bad CustomData is echoed with its line; same trace under --engine cs", async () => {
    write("script/Program.ts", script);
    const path = write(
      "script/scenario.json",
      JSON.stringify({
        name: "readme script", seed: 1, seconds: 5,
        grids: [{ name: "Ship", blocks: [
          { type: "programmable", name: "PB", script: "./Program.ts", customData: "[a]\nx=1" },
          { type: "text-panel", name: "LCD" },
        ] }],
        events: [{ seconds: 3, kind: "set-custom-data", block: "PB", value: "[a]\nx" }],
      }),
    );
    const { sim } = await runScenario(path);
    const texts = sim.trace.ofKind("text").map((e) => `${e.block}: ${e.data.text}`);
    expect(texts).toEqual(["LCD: run 1", "LCD: run 2"]);
    const echoes = sim.trace.ofKind("run").map((e) => String(e.data.echo).trim());
    expect(echoes.at(-1)).toBe("CustomData: Line 2: Expected key=value definition");
    if (noMono) return;
    const scenario = await loadScenario(path, { engine: "cs" });
    const ts = runOn(scenario, "ts");
    const cs = runOn(scenario, "cs");
    expect(firstDifference(ts.events, cs.events)).toBeNull();
  });
});

describe("CLI", () => {
  /** `pbts <args>` in-process: its stdout. */
  async function help(...args: string[]): Promise<string> {
    let out = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
    try {
      await main(["node", "pbts", ...args]);
    } finally {
      spy.mockRestore();
    }
    return out;
  }

  it("the usage block names every command and option of `pbts --help`, and no other", async () => {
    const usage = fenced(section("CLI"), "")[0];
    const commands = [...(await help("--help")).matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]).filter((c) => c !== "help");
    const shown = [...new Set([...usage.matchAll(/^pbts (\w+)/gm)].map((m) => m[1]))]; // a command may have several lines (sim, sim --serve)
    expect(shown.sort()).toEqual(commands.sort());
    for (const c of commands) {
      const line = usage.split("\n").filter((l) => l.startsWith(`pbts ${c} `)).map((l) => l.split("#")[0]).join(" ");
      // each option as [short, long]; the README may show either
      const options = [...(await help(c, "--help")).matchAll(/^ {2}(?:(-\w), )?(--[\w-]+)/gm)].filter((m) => m[2] !== "--help");
      const listed = [...new Set([...line.matchAll(/(?<=[\s[])(--?[\w-]+)/g)].map((m) => m[1]))];
      const named = options.map((m) => (listed.includes(m[2]) ? m[2] : m[1] && listed.includes(m[1]) ? m[1] : `(missing ${m[2]})`));
      expect(listed.sort(), `pbts ${c}`).toEqual(named.sort());
    }
    expect(usage).toMatch(/^pbts --version .*\(or -v\)/m);
  });

  it("the diagnostics shown are pbts check's output for the file behind them", () => {
    // src/Program.ts: a console call on line 12, a var on line 13 (held back by the type error), a type error on line 14
    const file = [
      `import { MyGridProgram, UpdateFrequency, UpdateType } from "pbts/se";`,
      ``,
      `export class Program extends MyGridProgram {`,
      `  private runs = 0;`,
      `  constructor() {`,
      `    super();`,
      `    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;`,
      `  }`,
      ``,
      `  Main(argument: string, updateSource: UpdateType): void {`,
      `    this.runs++;`,
      "    console.log(`run ${this.runs}`);",
      `    var x = 1;`,
      `    const s: number = "run";`,
      `  }`,
      `}`,
    ].join("\n");
    const r = compile({ sources: { [join(DIR, "diag/src/Program.ts")]: file }, cwd: join(DIR, "diag") });
    const shown = fenced(section("CLI"), "")[1].trimEnd().split("\n");
    expect(diagnosticsReport(r.diagnostics, "the script would not compile.")).toEqual(shown);
    // the var shows up once both are fixed
    const typed = compile({ sources: { [join(DIR, "diag/src/Program.ts")]: file.replace(`"run"`, "1") }, cwd: join(DIR, "diag") });
    expect(typed.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["12 PBTS1016"]);
    const fixed = compile({ sources: { [join(DIR, "diag/src/Program.ts")]: file.replace(`"run"`, "1").replace("console.log", "this.Echo") }, cwd: join(DIR, "diag") });
    expect(fixed.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["13 PBTS1004"]);
  });

  it("`pbts new`: every file it writes is named in the README", () => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-readme-new-"));
    try {
      const files = newProject(join(dir, "p"));
      const text = section("Start your own script: `pbts new`");
      expect(files.filter((f) => !text.includes(`\`${f}\``))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Failover", () => {
  const [snippet] = fenced(section("Failover"), "ts");
  /** The snippet in a Program: its first three lines in the constructor, the Main lines in Main, Save's comment as Save. */
  function program(consoleLine: (l: string) => string): string {
    const lines = snippet.split("\n").filter((l) => l.trim() !== "");
    const ctor = lines.slice(0, 3).map(consoleLine);
    const mainAt = lines.findIndex((l) => l.startsWith("// Main("));
    const saveAt = lines.findIndex((l) => l.startsWith("// Save():"));
    expect(mainAt).toBe(3);
    const save = lines[saveAt].replace("// Save():", "").trim();
    return [
      `import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";`,
      `import { MainConsole } from "pbts/mixins/console.ts";`,
      `import { EchoConsole } from "pbts/mixins/echo-console.ts";`,
      `import { Failover, FailoverState } from "pbts/mixins/failover.ts";`,
      // (the snippet's class: Failover, or FailoverManager from its own module, a Failover too)
      ...(snippet.includes("new FailoverManager(") ? [`import { FailoverManager } from "pbts/mixins/failover-manager.ts";`] : []),
      `export class Program extends MyGridProgram {`,
      `  private console: MainConsole;`,
      `  private failover: Failover;`,
      `  constructor() {`,
      `    super();`,
      ...ctor,
      `  }`,
      `  Main(argument: string, updateSource: UpdateType): void {`,
      ...lines.slice(mainAt + 1, saveAt),
      `  }`,
      `  Save(): void {`,
      `    ${save}`,
      `  }`,
      `}`,
    ].join("\n");
  }

  it("the usage snippet compiles with MainConsole and, as its comment offers, with EchoConsole", () => {
    for (const [name, text] of [
      ["main", program((l) => l)],
      ["echo", program((l) => (l.includes("// or new EchoConsole(this)") ? l.replace(/new MainConsole\([^)]*\)/, "new EchoConsole(this)") : l))],
    ] as const) {
      expect(text).toContain(name === "main" ? "new MainConsole(this" : "this.console = new EchoConsole(this)");
      const r = compile({ sources: { [join(DIR, `failover/${name}.ts`)]: text }, cwd: DIR });
      expect(r.diagnostics.map((d) => `${d.line}: ${d.code} ${d.message}`), text).toEqual([]);
    }
  });

  it("the usage snippet runs with the section's CustomData blocks: forwarding, status, handover, enable, a visible loss", async () => {
    const [full, small] = fenced(section("Failover"), "").filter((b) => b.startsWith("[failover]")).map((b) => b.trimEnd());
    const cd = (b: string, rank: number) => b.replace(/^rank=0/m, `rank=${rank}`);
    for (const [name, text] of [
      ["run-main", program((l) => l)],
      ["run-echo", program((l) => (l.includes("// or new EchoConsole(this)") ? l.replace(/new MainConsole\([^)]*\)/, "new EchoConsole(this)") : l))],
    ] as const) {
      write(`failover/${name}/Program.ts`, text);
      const pb = (n: string, customData: string) => ({ type: "programmable", name: n, script: "./Program.ts", customData });
      const path = write(`failover/${name}/scenario.json`, JSON.stringify({
        name, seed: 3, seconds: 30,
        grids: [{ name: "Base", blocks: [pb("PB A", cd(full!, 0)), pb("PB B", cd(full!, 1)), pb("PB C", cd(small!, 2))] }],
        events: [
          { tick: 360, kind: "run", block: "PB C", argument: "cycle A" },
          { tick: 480, kind: "run", block: "PB A", argument: "failover handover" },
          { tick: 720, kind: "run", block: "PB A", argument: "failover status" },
          { tick: 840, kind: "run", block: "PB A", argument: "failover enable" },
          { tick: 1500, kind: "destroy", block: "PB A" },
        ],
      }));
      const { sim } = await runScenario(path);
      const roles = (b: string) => sim.trace.forBlock(b, "role").map((e) => `${e.tick} ${e.data.role}`);
      const activeAt = (b: string, from: number) => sim.trace.forBlock(b, "role").find((e) => e.tick > from && e.data.role === "active")?.tick ?? -1;
      expect(roles("PB A").filter((r) => / active$/.test(r)).length, name).toBe(2); // first, and back after 'failover enable'
      expect(activeAt("PB B", 480), name).toBe(481); // handover: the next tick
      expect(activeAt("PB A", 840), name).toBeLessThan(840 + 10); // preempts again at once (preemptdelay=0)
      const b = activeAt("PB B", 1500);
      expect(b, name).toBeGreaterThan(1500);
      expect(b, name).toBeLessThanOrEqual(1600); // the destroyed active seen through the grid: B's next run
      expect(activeAt("PB C", 0), name).toBe(-1);
      // the argument given to the standby C ran on A, once, and C says so
      const onA = sim.trace.forBlock("PB A", "run").filter((e) => e.data.argument === "cycle A");
      expect(onA.map((e) => e.tick), name).toEqual([360]);
      const echo = (blk: string, t: number) => sim.trace.forBlock(blk, "run").filter((e) => e.tick === t).map((e) => String(e.data.echo)).join("\n");
      expect(echo("PB C", 360), name).toContain("failover: 'cycle A' forwarded to the active PB A");
      // the status names the active copy and lists the peers with rank and age
      expect(echo("PB A", 720), name).toMatch(/^Active: PB B \(rank 1\), heartbeat \d+ ticks ago$/m);
      expect(echo("PB A", 720), name).toMatch(/^ {2}PB C \(rank 2\), \d+ ticks ago$/m);
      expect(sim.trace.ofKind("exception"), name).toEqual([]);
    }
  });
});

describe("Failover: the group property's configurations, as the README lists them", () => {
  it("copies, timeouts and heartbeats drawn by scenarioArb are the README's (not a range it never draws)", async () => {
    const fc = (await import("fast-check")).default;
    const { scenarioArb } = await import("../mixins/properties.ts");
    const drawn = fc.sample(scenarioArb(), { numRuns: 400, seed: 14 });
    const list = (xs: number[]) => { const v = [...new Set(xs)].sort((a, b) => a - b); return `${v.slice(0, -1).join(", ")} or ${v.at(-1)}`; };
    const copies = drawn.map((s) => s.ranks.length);
    const text = section("Failover").replace(/\s+/g, " ");
    expect(text).toContain(`${Math.min(...copies)}-${Math.max(...copies)} copies`);
    expect(text).toContain(`timeouts ${list(drawn.map((s) => s.timeout!))}, heartbeats of ${list(drawn.map((s) => s.heartbeat!))} ticks`);
  });
  it("the work-queue property's narrower world is said: three copies, no flapping, no message loss, faults longer than a run", async () => {
    const fc = (await import("fast-check")).default;
    const { workArb, workQueueSpec } = await import("../mixins/properties.ts");
    const drawn = fc.sample(workArb, { numRuns: 400, seed: 14 });
    const kinds = new Set(drawn.flatMap((s) => s.faults.map((f) => f.kind)));
    expect(kinds.has("flap") || kinds.has("loss")).toBe(false);
    expect(Math.min(...drawn.flatMap((s) => s.faults.map((f) => f.duration)))).toBeGreaterThan(100);
    expect(workQueueSpec(drawn[0]!).blocks.filter((b) => b.type === "programmable").length).toBe(3);
    expect(section("Failover").replace(/\s+/g, " ")).toContain("work-queue example (three copies, ranks 0, 1, 2, its Update100, faults longer than a run interval, no flapping and no message loss");
  });
});

describe("Failover: where CustomData comments may go, as the README says", () => {
  /** The manager's configuration error for `text` on a lone copy ("" when valid). */
  function configError(text: string): string {
    const g = makeGroup({ n: 1, seed: 5, customData: () => text });
    new Watch(g.sim, g.names).runUntil(200);
    return manager(g.sim, "PB0")!.ConfigError;
  }

  it("trailing ' ; ' and ' # ' comments and a ';' line in the first column are fine", () => {
    expect(configError("; my drills\n[failover]\nid=miner # the drill group\n; the primary\nrank=0 ; primary")).toBe("");
  });

  it("'# note' or an indented '; note' on a line of its own, or a last line of blanks, is invalid (with MyIni's line)", () => {
    const flat = section("Failover").replace(/\s+/g, " ");
    expect(flat).toContain("`# note` or an indented `; note` there makes the CustomData invalid, and so does a last line of only blanks");
    expect(configError("[failover]\n# the drill group\nid=miner\nrank=0")).toMatch(/^CustomData is not valid INI \(Line 2: /);
    expect(configError("[failover]\nid=miner\n  ; note\nrank=0")).toMatch(/^CustomData is not valid INI \(Line 3: /);
    expect(configError("[failover]\nid=miner\nrank=0\n   ")).toMatch(/^CustomData is not valid INI \(Line 4: /);
  });

  it("the message for CustomData MyIni cannot parse is the manager's, word for word", () => {
    const quoted = /`(CustomData is not valid INI \(Line 2: [^`]+)`/.exec(section("Failover").replace(/\s+/g, " "))![1];
    expect(configError("[failover]\n# the drill group\nid=miner\nrank=0")).toBe(quoted);
  });

  it("MyIni's errors name what the rules the hint leaves out want, as the README says", () => {
    const flat = section("Failover").replace(/\s+/g, " ");
    for (const [text, error, rule] of [
      ["id=miner\n[failover]\nrank=0", "Line 1: Expected [section] definition", "`Expected [section] definition`: keys come after `[failover]`"],
      ["[failover] ; ours\nid=miner\nrank=0", "Line 1: Expected newline", "`Expected newline`: nothing after `]`"],
      ["[failover]\nid=miner\nrank 0", "Line 3: Expected key=value definition", "`Expected key=value definition`: one `key=value` a line"],
      ["[failover]\nid=miner\nrank=0\nid=drill", "Line 4: Duplicate key failover/id", "`Duplicate key`: each key once"],
    ]) {
      expect(flat).toContain(rule);
      expect(configError(text)).toBe(`CustomData is not valid INI (${error}): from that line on: only ';' in column 1 starts a comment; no line of only blanks`);
    }
  });
});

describe("Simulator", () => {
  it("the scenario format example loads and runs as printed, next to sim/scenarios/scripts/", async () => {
    const text = fenced(section("Simulator"), "json")[0];
    cpSync(join(ROOT, "sim/scenarios/scripts/leader.ts"), join(DIR, "sim/scripts/leader.ts"));
    const path = write("sim/scenario.json", text);
    const { sim } = await runScenario(path);
    const faults = sim.trace.ofKind("fault").filter((e) => !e.data.random).map((e) => e.data.kind);
    expect(faults).toEqual(["destroy", "run", "set-custom-data", "disconnect"]);
    expect(sim.world.block("PB Bravo").CustomData).toBe("[failover]\nid=demo\nrank=1");
    expect(sim.trace.ofKind("fault").filter((e) => e.data.random).length).toBeGreaterThanOrEqual(3);
  });

  it("the event kinds listed are the simulator's", () => {
    const para = section("Simulator").split("Event kinds:")[1].split("Their fields")[0];
    const listed = [...para.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).filter((k) => k !== "script");
    expect([...new Set(listed)].sort()).toEqual([...ACTION_KINDS].sort());
  });

  it("the block kinds example loads as printed and sets what it says", () => {
    const block = JSON.parse(fenced(section("Simulator"), "json")[1]);
    const { sim } = buildSimulation({ grids: [{ name: "G", blocks: [block] }] });
    const b = sim.world.block("Battery 1") as unknown as { CurrentStoredPower: number; ChargeMode: number };
    expect(Math.fround(b.CurrentStoredPower)).toBe(Math.fround(0.5));
    expect(b.ChargeMode).toBe(ChargeMode.Recharge);
  });
});

describe("The TypeScript subset: the number examples", () => {
  // [expression, what README says it gives]; the README must say so, Node and mono must print it
  const CLAIMS: [string, string][] = [
    ["(1.005).toFixed(2)", "1.00"],
    ["(2.5).toFixed(0)", "3"],
    ["(-0.0001).toFixed(0)", "-0"],
    ["(1e21).toFixed(2)", "1e+21"],
  ];
  /** -0 claims: printed through 1/x (String(-0) is "0" in JS). */
  const ZEROS: [string, string][] = [
    ["Math.round(-0.4)", "-0"],
    ["Math.max(0, -0)", "0"],
    ["Math.min(-0, 0)", "-0"],
  ];
  const flat = section("The TypeScript subset").replace(/\s+/g, " ");

  it("the README says what the test checks", () => {
    for (const [e, v] of [...CLAIMS, ...ZEROS]) expect(flat).toContain(`\`${e}\` is \`${v}\``);
  });

  it("Node and the C# engine print the README's values", async () => {
    const lines = [...CLAIMS.map(([e]) => `this.Echo(${e});`), ...ZEROS.map(([e]) => `this.Echo(String(1 / ${e}));`)];
    write("numbers/Program.ts", [
      `import { MyGridProgram, UpdateType } from "pbts/se";`,
      `export class Program extends MyGridProgram {`,
      `  Main(argument: string, updateSource: UpdateType): void {`,
      ...lines.map((l) => `    ${l}`),
      `  }`,
      `}`,
    ].join("\n"));
    const path = write("numbers/scenario.json", JSON.stringify({ name: "numbers", seconds: 1, grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script: "./Program.ts" }] }], events: [{ tick: 1, kind: "run", block: "PB" }] }));
    const expected = [...CLAIMS.map(([, v]) => v), ...ZEROS.map(([, v]) => (v === "-0" ? "-Infinity" : "Infinity"))];
    for (const engine of noMono ? (["ts"] as const) : (["ts", "cs"] as const)) {
      const { events } = runOn(await loadScenario(path, { engine }), engine);
      const run = events.find((e) => e.kind === "run")!;
      expect(String(run.data.echo).trimEnd().split("\n"), engine).toEqual(expected);
    }
  });
});

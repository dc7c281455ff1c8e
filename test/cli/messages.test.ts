// The CLI's expected failures: each is one line on stderr, `pbts <command>: <what>. <what to do>`,
// exit code 1, no stack trace; TypeScript errors print without repeated suffixes or type dumps.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const PBTS = join(ROOT, "compiler/bin/pbts.mjs");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function pbts(cwd: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [PBTS, ...args], { cwd, env: { ...process.env, PBTS_DEBUG: "" } });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** The failure is exactly one line on stderr, from `prefix`, matching `what`, without a stack. */
function oneLine(r: Run, prefix: string, what: RegExp): string {
  expect(r.code, r.stderr).toBe(1);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0].startsWith(`${prefix}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(what);
  expect(r.stderr).not.toMatch(/\n\s+at |ENOENT.*ENOENT/);
  return lines[0];
}

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "pbts-cli-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const SCRIPT = `import { MyGridProgram, UpdateFrequency, UpdateType } from "pbts/se";
export class Program extends MyGridProgram {
  private runs = 0;
  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }
  Main(argument: string, updateSource: UpdateType): void {
    this.runs++;
    this.Echo("run " + this.runs);
  }
}
`;
const scenario = (script: string) => JSON.stringify({ name: "t", seconds: 5, grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script }] }] });

describe("pbts CLI messages", () => {
  it("--version prints the version", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await pbts(ROOT, flag);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(VERSION);
    }
  });

  it("an unknown command or option, or a missing argument, is one line pointing at --help", async () => {
    oneLine(await pbts(ROOT, "frob"), "pbts", /unknown command 'frob'.*Run "pbts --help" for usage\.$/);
    oneLine(await pbts(ROOT, "check", "--frob", "x.ts"), "pbts check", /unknown option '--frob'.*Run "pbts check --help"/);
    oneLine(await pbts(ROOT, "sim"), "pbts sim", /missing required argument 'scenario'.*Run "pbts sim --help"/);
  });

  describe("pbts build", () => {
    it("without a package.json", async () => {
      oneLine(await pbts(tempDir(), "build"), "pbts build", /no package\.json in .*Run it in your project's folder, or start a project with "pbts new <dir>"/);
    });
    it("with a package.json that is not JSON", async () => {
      oneLine(await pbts(tempDir({ "package.json": "{ nope" }), "build"), "pbts build", /package\.json is not valid JSON .*Fix it\./);
    });
    it("without a \"pbts\" field", async () => {
      oneLine(await pbts(tempDir({ "package.json": `{ "name": "x" }` }), "build"), "pbts build", /no "pbts" field.*Add one, e\.g\. "pbts": \{/);
    });
    it("with an entry file that does not exist", async () => {
      const dir = tempDir({ "package.json": JSON.stringify({ pbts: { scripts: { Rig: { entry: "src/Nope.ts" } } } }) });
      oneLine(await pbts(dir, "build"), "pbts build", /"pbts"\.scripts\.Rig\.entry: file "src\/Nope\.ts" not found\. Fix the path/);
    });
    it("with a malformed field", async () => {
      const dir = tempDir({ "package.json": JSON.stringify({ pbts: { mixins: { Console: "console.ts" } } }) });
      oneLine(await pbts(dir, "build"), "pbts build", /"pbts"\.mixins\.Console must be a list of files/);
    });
    it("naming a script the field does not have", async () => {
      const dir = tempDir({ "package.json": JSON.stringify({ pbts: { scripts: { Rig: { entry: "src/Program.ts" } } } }), "src/Program.ts": SCRIPT });
      oneLine(await pbts(dir, "build", "Drill"), "pbts build", /no script named "Drill" in package\.json "pbts"\.scripts\. Scripts: Rig\./);
      const ok = await pbts(dir, "build", "Rig");
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain("dist/scripts/Rig/script.cs");
    });
  });

  describe("pbts check / compile", () => {
    it("a missing file is one line, not a diagnostic at a made-up (1,1)", async () => {
      oneLine(await pbts(ROOT, "check", "nope.ts"), "pbts check", /nope\.ts: no such file .*Check the path\./);
      oneLine(await pbts(ROOT, "compile", "nope.ts"), "pbts compile", /nope\.ts: no such file/);
      oneLine(await pbts(ROOT, "check", "compiler"), "pbts check", /compiler is a folder/);
    });

    it("an output folder that cannot be written", async () => {
      const dir = tempDir({ "p.ts": SCRIPT, "out": "a file, not a folder" });
      oneLine(await pbts(dir, "compile", "p.ts", "-o", "out"), "pbts compile", /^pbts compile: cannot write to out \((EEXIST|ENOTDIR)\)\. Give --out a folder you can write to\.$/);
    });

    it("TypeScript errors: once-said advice, no repeated suffix, no type dump", async () => {
      const dir = tempDir({
        "bad.ts": `import { MyGridProgram, Blocks, IMyTextPanel } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string): void {
    const n: number = "x";
    const d = Blocks.IMyWarp;
    const l: IMyTextPanel[] = [];
    this.GridTerminalSystem.GetBlocksOfType(Blocks.IMyRadioAntenna, l);
    const z = true < 1;
  }
}
`,
      });
      const r = await pbts(dir, "check", "bad.ts");
      expect(r.code).toBe(1);
      const lines = r.stderr.trimEnd().split("\n");
      const diags = lines.filter((l) => l.includes("error PBTS0001"));
      expect(diags).toHaveLength(4);
      // TypeScript's message, then a hint for the common codes (none for the rest): no boilerplate suffix.
      expect(diags[0]).toBe(`bad.ts(4,11): error PBTS0001: TS2322: Type 'string' is not assignable to type 'number'. Make the value match the declared type, or change the type.`);
      expect(diags[1]).toBe(`bad.ts(5,22): error PBTS0001: TS2339: Property 'IMyWarp' does not exist on type 'BlockTypes'. Check the name: the in-game API's members are declared in 'pbts/se' (see README, 'Writing a script').`);
      expect(diags[2]).toMatch(/^bad\.ts\(7,69\): error PBTS0001: TS2345: Argument of type 'IMyTextPanel\[\]' is not assignable to parameter of type 'IMyRadioAntenna\[\]'\. Type 'IMyTextPanel' is missing the following properties from type 'IMyRadioAntenna': .*\. Pass a value of the parameter's type\.$/);
      expect(diags[3]).toBe(`bad.ts(8,15): error PBTS0001: TS2365: Operator '<' cannot be applied to types 'boolean' and 'number'.`);
      expect(diags[2]).not.toMatch(/ {2}/);
      expect(new Set(diags.map((d) => d.slice(d.lastIndexOf(". ") + 2))).size).toBe(diags.length);
      expect(diags[1].length).toBeLessThan(200); // the Blocks type by its name, not its 200-character shape
      expect(lines.filter((l) => /type-check/.test(l))).toHaveLength(1);
      expect(lines.at(-2)).toBe("4 errors; the script would not compile.");
      expect(r.stderr).not.toMatch(/\{ readonly/);
    });
  });

  describe("pbts sim", () => {
    it("a missing, unreadable or invalid scenario", async () => {
      const dir = tempDir({ "bad.json": "{ grids: ", "empty.json": "{}" });
      oneLine(await pbts(dir, "sim", "nope.json"), "pbts sim", /scenario "nope\.json" not found \(looked for .*\)\. Check the path\./);
      oneLine(await pbts(dir, "sim", "bad.json"), "pbts sim", /scenario "bad\.json" is not valid JSON: .*Fix the file/);
      oneLine(await pbts(dir, "sim", "empty.json"), "pbts sim", /empty\.json: a scenario needs a "grids" array/);
      oneLine(await pbts(dir, "sim", "."), "pbts sim", /scenario "\." is a folder/);
      writeFileSync(join(dir, "ok.json"), JSON.stringify({ seconds: 1, grids: [{ name: "G", blocks: [] }] }));
      oneLine(await pbts(dir, "sim", "ok.json", "--svg", "no/such/dir/x.svg"), "pbts sim", /^pbts sim: --svg no\/such\/dir\/x\.svg: cannot write it \(ENOENT\)\. Give a file path in a folder that exists\.$/);
    });

    it("a scenario naming an unknown block type, event kind or block", async () => {
      const pb = { type: "programmable", name: "PB" };
      const dir = tempDir({
        "type.json": JSON.stringify({ grids: [{ name: "G", blocks: [{ type: "warp-drive", name: "X" }] }] }),
        "kind.json": JSON.stringify({ grids: [{ name: "G", blocks: [pb] }], events: [{ tick: 3, kind: "explode", block: "PB" }] }),
        "block.json": JSON.stringify({ grids: [{ name: "G", blocks: [pb] }], events: [{ tick: 3, kind: "destroy", block: "PB B" }] }),
        "tick.json": JSON.stringify({ grids: [{ name: "G", blocks: [pb] }], events: [{ kind: "destroy", block: "PB" }] }),
      });
      oneLine(await pbts(dir, "sim", "type.json"), "pbts sim", /^pbts sim: type\.json: grid "G", block "X": unknown block type "warp-drive": use programmable, text-panel, antenna, connector, block, or a block kind of terminal\.dat \(type definition or interface name\): Drill, .*BatteryBlock, .*SmallGatlingGun$/);
      oneLine(await pbts(dir, "sim", "kind.json"), "pbts sim", /^pbts sim: kind\.json: event 1 \("explode", block "PB"\): unknown kind: use one of destroy, damage, .*set-custom-data, set$/);
      oneLine(await pbts(dir, "sim", "block.json"), "pbts sim", /^pbts sim: block\.json: event 1 \("destroy", block "PB B"\): No block named "PB B" \(blocks: PB\)$/);
      oneLine(await pbts(dir, "sim", "tick.json"), "pbts sim", /^pbts sim: tick\.json: event 1 \("destroy", block "PB"\) needs "tick" or "seconds"$/);
    });

    it("a script that is missing, exports no Program, has a syntax error or a bad import", async () => {
      const dir = tempDir({
        "missing.json": scenario("./scripts/nope.ts"),
        "noprog.json": scenario("./scripts/noprog.ts"),
        "syntax.json": scenario("./scripts/syntax.ts"),
        "import.json": scenario("./scripts/import.ts"),
        "scripts/noprog.ts": "export const x = 1;\n",
        "scripts/syntax.ts": "export class Program { Main( {\n",
        "scripts/import.ts": `import { helper } from "./helper.ts";\nexport class Program { Main(): void { helper(); } }\n`,
      });
      oneLine(await pbts(dir, "sim", "missing.json"), "pbts sim", /missing\.json, block "PB": script "\.\/scripts\/nope\.ts" not found .*relative to the scenario file; fix the path\./);
      oneLine(await pbts(dir, "sim", "noprog.json"), "pbts sim", /script "\.\/scripts\/noprog\.ts" does not export a Program class\. Declare "export class Program extends MyGridProgram"/);
      oneLine(await pbts(dir, "sim", "syntax.json"), "pbts sim", /script "\.\/scripts\/syntax\.ts" has a syntax error: .*syntax\.ts\(2,1\): .*[^.]\. Run "pbts check scripts\/syntax\.ts"/);
      oneLine(await pbts(dir, "sim", "import.json"), "pbts sim", /script "\.\/scripts\/import\.ts" could not be loaded: Cannot find module .*helper\.ts.*Fix the import/);
    });

    // Issue 11 item 7: a folder whose package.json lacks "type": "module", or that has none (and no
    // node_modules/pbts: pbts imports resolve to the running pbts, as in the compiler).
    for (const pkg of [null, `{ "name": "rigs" }`, `{ "name": "rigs", "type": "commonjs" }`]) {
      it(`runs a scenario's scripts from a folder with ${pkg === null ? "no package.json" : `package.json ${pkg}`}`, async () => {
        const dir = tempDir({ "scenario.json": scenario("./scripts/counter.ts"), "scripts/counter.ts": SCRIPT, ...(pkg ? { "package.json": pkg } : {}) });
        const r = await pbts(dir, "sim", "scenario.json", "--json");
        expect(r.code, r.stderr).toBe(0);
        const runs = (JSON.parse(r.stdout) as { kind: string; data: { echo?: string } }[]).filter((e) => e.kind === "run");
        expect(runs.length).toBeGreaterThan(2);
        expect(runs.at(-1)!.data.echo).toContain(`run ${runs.length}`);
      });
    }

    it("runs a TS scenario module (importing pbts/sim) from a folder without package.json or node_modules", async () => {
      const dir = tempDir({
        // A value import (a type-only one would be erased): pbts/sim must resolve at run time.
        "scenario.ts": `import { scenarioTicks, type Scenario } from "pbts/sim";\nconst s: Scenario = ${scenario("./scripts/counter.ts")};\ns.ticks = scenarioTicks(s) / 2;\nexport default s;\n`,
        "scripts/counter.ts": SCRIPT,
      });
      const r = await pbts(dir, "sim", "scenario.ts", "--json");
      expect(r.code, r.stderr).toBe(0);
      const events = JSON.parse(r.stdout) as { kind: string; tick: number }[];
      expect(events.filter((e) => e.kind === "run").length).toBeGreaterThan(0);
      expect(Math.max(...events.map((e) => e.tick))).toBeLessThan(150); // 5 s halved by the module's own code
    });

    it("a scenario copied out of the repository runs the same as in place", async () => {
      const dir = mkdtempSync(join(tmpdir(), "pbts-cli-"));
      cpSync(join(ROOT, "sim/scenarios"), dir, { recursive: true });
      const [here, there] = await Promise.all([pbts(ROOT, "sim", "sim/scenarios/counter.json", "--json"), pbts(dir, "sim", "counter.json", "--json")]);
      expect(there.code, there.stderr).toBe(0);
      expect(JSON.parse(there.stdout)).toEqual(JSON.parse(here.stdout));
    });
  });

  it("pbts new into a folder that is not empty", async () => {
    oneLine(await pbts(ROOT, "new", "compiler"), "pbts new", /compiler exists and is not empty\. Give the name of a new \(or empty\) folder\./);
  });
});

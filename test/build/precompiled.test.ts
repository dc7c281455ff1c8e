// Users run precompiled JavaScript (issue 17): the CLI runs js/ (compiler/bin/build-js.mjs), never
// tsx or pbts's TypeScript sources, and scenario scripts load through sim/load-hooks.mjs. Each CLI
// run below has a guard hook that fails the import of anything from tsx or esbuild, or of a .ts file
// of compiler/ or sim/; what the built CLI prints must equal what the sources give in-process.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSimulation, loadScenario } from "../../sim/scenario.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const PBTS = join(ROOT, "compiler/bin/pbts.mjs");
const tmp = mkdtempSync(join(tmpdir(), "pbts-js-"));
const GUARD = join(tmp, "guard.mjs");

/** Resolve hook: nothing of tsx/esbuild, no TypeScript source of the toolchain. */
const guardHook = `
const forbidden = [/\\/node_modules\\/(tsx|esbuild|@esbuild)\\//, new RegExp("^" + ${JSON.stringify(pathToFileURL(ROOT).href)}.replace(/[.*+?^\${}()|[\\]\\\\]/g, "\\\\$&") + "/(compiler|sim)/.*\\\\.ts$")];
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (forbidden.some((f) => f.test(r.url))) throw new Error("guard: the built CLI imported " + r.url);
  return r;
}`;

function pbts(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(GUARD).href, PBTS, ...args], { cwd, encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, PBTS_DEBUG: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON trace the sources give for a scenario, as `pbts sim --json` prints it. */
async function sourceTrace(path: string): Promise<unknown[]> {
  const scenario = await loadScenario(path);
  const { sim, ticks } = buildSimulation(scenario, {});
  sim.start().runUntil(ticks);
  return JSON.parse(JSON.stringify(sim.trace.events)) as unknown[];
}

beforeAll(() => {
  writeFileSync(GUARD, `import { register } from "node:module";\nregister("data:text/javascript," + encodeURIComponent(${JSON.stringify(guardHook)}));\n`);
  // The guard works: importing a toolchain source under it fails.
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(GUARD).href, "--input-type=module", "-e", `await import(${JSON.stringify(pathToFileURL(join(ROOT, "compiler/diagnostics.ts")).href)})`], { encoding: "utf8" });
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(/guard: the built CLI imported .*compiler\/diagnostics\.ts/);
});

describe("precompiled JavaScript (js/)", () => {
  it("package.json sends pbts/se, pbts/sim and pbts/compiler to js/ at run time, to the sources for types; tsx is no dependency", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const [entry, src] of [["./se", "./compiler/se/index.ts"], ["./sim", "./sim/index.ts"], ["./compiler", "./compiler/index.ts"]]) {
      expect(pkg.exports[entry]).toEqual({ types: src, default: `./js/${src.slice(2).replace(/\.ts$/, ".js")}` });
    }
    expect(pkg.scripts.prepare).toBe("node compiler/bin/build-js.mjs");
    expect(Object.keys(pkg.dependencies)).not.toContain("tsx");
  });

  it("pbts --version and check run without tsx", () => {
    const v = pbts(ROOT, "--version");
    expect(v.stderr).toBe("");
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const c = pbts(ROOT, "check", "mixins/failover.ts", "mixins/console.ts");
    expect(c.stderr).toBe("");
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/2 files checked: no problems/);
    const bad = join(tmp, "bad.ts");
    writeFileSync(bad, `import { MyGridProgram } from "pbts/se";\nexport class Program extends MyGridProgram {\n  Main(): void {\n    var x = 1;\n    this.Echo(String(x));\n  }\n}\n`);
    const b = pbts(tmp, "check", "bad.ts");
    expect(b.code).toBe(1);
    expect(b.stdout + b.stderr).toMatch(/bad\.ts\(4,5\): error PBTS1004/);
  });

  it("pbts sim gives the sources' trace: the failover mixin's role hook and the block interfaces work across js/ and the script", async () => {
    const scenario = join(ROOT, "test/live/scenarios/failover.json");
    const r = pbts(ROOT, "sim", scenario, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const built = JSON.parse(r.stdout) as { kind: string; role?: string; block?: string }[];
    expect(built).toEqual(await sourceTrace(scenario));
    // The role comes from the script's FailoverManager (no role line in its Echo).
    expect(built.some((e) => e.kind === "role" && JSON.stringify(e).includes("active"))).toBe(true);
  });

  it("js/ takes ts-morph through require, not an ESM import of the CommonJS package (Node's export lexer read ts-morph.js on every run); lines kept", async () => {
    const { requireTsMorph } = (await import(pathToFileURL(join(ROOT, "compiler/bin/build-js.mjs")).href)) as { requireTsMorph: (t: string) => string };
    const src = `// head\nimport { Node, SyntaxKind as Kind } from "ts-morph";\nimport { x } from "./x.js";\nNode.isBlock(Kind);\n`;
    const out = requireTsMorph(src);
    expect(out.split("\n").length).toBe(src.split("\n").length);
    expect(out).toContain(`const { Node, SyntaxKind: Kind } = __pbtsRequire("ts-morph");`);
    expect(out).toContain(`import { x } from "./x.js";`);
    expect(requireTsMorph(`import { x } from "./x.js";\n`)).toBe(`import { x } from "./x.js";\n`);
    const statements = readFileSync(join(ROOT, "js/compiler/emit/statements.js"), "utf8");
    expect(statements).not.toMatch(/from "ts-morph"/);
    expect(statements).toContain(`__pbtsRequire("ts-morph")`);
  });

  it("a script folder without package.json: TypeScript-style imports (./lib.js, ./lib), an enum, a TS scenario module", () => {
    const dir = join(tmp, "rigs");
    mkdirSync(join(dir, "scripts"), { recursive: true });
    writeFileSync(join(dir, "scripts/lib.ts"), `export enum Mode { Idle, Busy = 5 }\nexport function label(m: Mode): string { return Mode[m]; }\n`);
    writeFileSync(join(dir, "scripts/more.ts"), `export const twice = (n: number): number => n * 2;\n`);
    writeFileSync(
      join(dir, "scripts/main.ts"),
      `import { MyGridProgram, UpdateFrequency, IMyTextPanel, type IMyTerminalBlock } from "pbts/se";\nimport { Mode, label } from "./lib.js";\nimport { twice } from "./more";\n` +
        `export class Program extends MyGridProgram {\n  private readonly blocks: IMyTerminalBlock[] = [];\n  constructor() { super(); this.Runtime.UpdateFrequency = UpdateFrequency.Update100; }\n` +
        `  Main(): void {\n    this.GridTerminalSystem.GetBlocks(this.blocks);\n    let panels = 0;\n    for (const b of this.blocks) if (b instanceof IMyTextPanel) panels++;\n    this.Echo(\`\${label(Mode.Busy)} \${twice(panels)}\`);\n  }\n}\n`,
    );
    writeFileSync(
      join(dir, "rig.ts"),
      `export default { name: "rig", seed: 1, seconds: 3, grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script: "./scripts/main.ts" }, { type: "text-panel", name: "LCD" }] }] };\n`,
    );
    const r = pbts(dir, "sim", "rig.ts", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const runs = (JSON.parse(r.stdout) as { kind: string; echo?: string }[]).filter((e) => e.kind === "run");
    expect(runs.length).toBeGreaterThan(0);
    expect(JSON.stringify(runs[0])).toContain("Busy 2");
  });
});

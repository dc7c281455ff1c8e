// `pbts new`: a scaffolded project installs, builds and passes its own test.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { newProject, pbtsDependency, scriptNameFor } from "../../compiler/new-project.ts";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { withoutInstructions } from "../engine/helpers.ts";
import { TsServer } from "./tsserver.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const mixinsPresent = existsSync(join(ROOT, "mixins/failover.ts")) && existsSync(join(ROOT, "mixins/console.ts"));
if (!mixinsPresent) console.warn("[pbts new] skipped: mixins/failover.ts and mixins/console.ts are not in the tree yet (the scaffold uses them).");

function run(cmd: string, args: string[], cwd: string): { code: number | null; out: string; stdout: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout: 600_000, maxBuffer: 64 << 20, env: { ...process.env, npm_config_yes: "true" } });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}`, stdout: r.stdout };
}

describe("pbts new", () => {
  it("names the script after the folder", () => {
    expect(scriptNameFor("/x/my-drill-rig")).toBe("MyDrillRig");
    expect(scriptNameFor("/x/42")).toBe("Script42");
  });

  it("refuses a folder that is not empty", () => {
    expect(() => newProject(ROOT)).toThrow(/not empty/);
  });

  it("depends on pbts by a path relative to the project, or by version when pbts came from npm", () => {
    expect(pbtsDependency("/home/me/rigs/drill", "/home/me/pbts", "0.1.0")).toBe("file:../../pbts");
    expect(pbtsDependency("/home/me/pbts/examples/drill", "/home/me/pbts", "0.1.0")).toBe("file:../..");
    expect(pbtsDependency("/home/me/rigs/drill", "/home/me/tools/node_modules/pbts", "0.3.1")).toBe("^0.3.1");
    const dir = join(mkdtempSync(join(tmpdir(), "pbts-new-")), "rig");
    newProject(dir, { pbtsSpec: ROOT }); // an absolute --pbts path is written relative too
    const spec = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).dependencies.pbts as string;
    expect(spec).toMatch(/^file:\.\./);
    expect(resolve(dir, spec.slice("file:".length))).toBe(ROOT);
    const dir3 = join(mkdtempSync(join(tmpdir(), "pbts-new-")), "rig");
    newProject(dir3, { pbtsSpec: `file:${ROOT}` });
    expect(JSON.parse(readFileSync(join(dir3, "package.json"), "utf8")).dependencies.pbts).toBe(spec);
    expect(() => newProject(join(dir3, "..", "other"), { pbtsSpec: join(ROOT, "compiler") })).toThrow(/no package\.json there/);
    const dir2 = join(mkdtempSync(join(tmpdir(), "pbts-new-")), "rig");
    newProject(dir2, { pbtsSpec: "^0.1.0" });
    expect(JSON.parse(readFileSync(join(dir2, "package.json"), "utf8")).dependencies.pbts).toBe("^0.1.0");
  });

  it.skipIf(!mixinsPresent)("scaffolds a project that stands alone: install, tsc, build, test, npx pbts, the editor plugin, and a move", async () => {
    const parent = mkdtempSync(join(tmpdir(), "pbts-new-"));
    let dir = join(parent, "drill-rig");
    const files = newProject(dir);
    expect(files).toContain("src/Program.ts");
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    // Stands alone: its own TypeScript and Node types; pbts by a relative path, never an absolute one.
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(["typescript", "@types/node", "vitest"]));
    expect(pkg.dependencies.pbts).toMatch(/^file:\.\.\//);
    expect(isAbsolute(pkg.dependencies.pbts.slice("file:".length))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "tsconfig.json"), "utf8")).compilerOptions.plugins).toEqual([{ name: "pbts/plugin" }]);
    expect(JSON.parse(readFileSync(join(dir, ".vscode/settings.json"), "utf8"))["typescript.tsdk"]).toBe("node_modules/typescript/lib");
    const cli = run(process.execPath, [join(ROOT, "compiler/bin/pbts.mjs"), "check", "src/Program.ts"], dir);
    expect(cli.out).toContain("no problems");
    // npm install needs the registry (or npm's cache) for vitest, typescript and @types/node; pbts is linked.
    const install = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], dir);
    expect(install.code, install.out).toBe(0);
    // pbts's `prepare` is denied in allowScripts (its CLI builds js/ itself): npm 11 prints no install-scripts warning
    expect(install.out).not.toMatch(/install-scripts|allowScripts/);
    expect(existsSync(join(dir, "node_modules/typescript/lib/tsserver.js"))).toBe(true); // where .vscode/settings.json points
    expect(realpathSync(join(dir, "node_modules/pbts"))).toBe(realpathSync(ROOT));
    const tsc = run("npx", ["tsc", "--noEmit"], dir);
    expect(tsc.code, tsc.out).toBe(0);
    const version = run("npx", ["pbts", "--version"], dir);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const build = run("npm", ["run", "build"], dir);
    expect(build.code, build.out).toBe(0);
    const script = readFileSync(join(dir, "dist/scripts/DrillRig/script.cs"), "utf8");
    // (the template's lean class, Failover, alone: FailoverManager is in a module the project does not import)
    expect(script).toContain("class Failover {");
    expect(script).not.toContain("class FailoverManager");
    expect(script.length).toBeLessThanOrEqual(100_000);
    const test = run("npm", ["test"], dir);
    expect(test.code, test.out).toBe(0);
    expect(test.out).toMatch(/1 passed/);
    // The same scenario on both engines gives the same trace (the compiled C# under mono).
    if (!csChecksUnavailable()) {
      const ts = run("npx", ["pbts", "sim", "scenarios/failover.json", "--json"], dir);
      const cs = run("npx", ["pbts", "sim", "scenarios/failover.json", "--json", "--engine", "cs"], dir);
      expect(ts.code, ts.out).toBe(0);
      expect(cs.code, cs.out).toBe(0);
      // identical but for the instruction counts only the C# engine has (test/engine/helpers.ts)
      expect((JSON.parse(cs.stdout) as TraceEvent[]).map(withoutInstructions)).toEqual(JSON.parse(ts.stdout));
      expect(ts.out).toContain("work ");
      // The role hook reads the Failover field: PB B's takeover shows with no role line in the Echo (issue 17).
      const roleOf = (b: string) => (JSON.parse(ts.stdout) as TraceEvent[]).filter((e) => e.kind === "role" && e.block === b).map((e) => e.data.role);
      expect(roleOf("PB B")).toContain("standby");
      expect(roleOf("PB B").at(-1)).toBe("active");
    } else console.warn(`[pbts new] two-engine comparison skipped: ${csChecksUnavailable()}`);

    // The editor: the project's own tsserver loads pbts/plugin from tsconfig and reports PBTS codes as the file changes.
    const server = new TsServer(dir);
    try {
      const program = join(dir, "src/Program.ts");
      server.notify("open", { file: program });
      expect((await server.semanticDiagnostics(program)).filter((d) => d.source === "pbts")).toEqual([]);
      const lines = readFileSync(program, "utf8").split("\n");
      const mainLine = lines.findIndex((l) => l.includes("Main(")) + 2; // 1-based: the line after Main's
      server.notify("change", { file: program, line: mainLine, offset: 1, endLine: mainLine, endOffset: 1, insertString: "    var late = 1;\n" });
      const after = (await server.semanticDiagnostics(program)).filter((d) => d.source === "pbts");
      expect(after.map((d) => [d.code, d.start.line, d.start.offset])).toEqual([[1004, mainLine, 5]]);
      expect(after[0].text).toMatch(/^PBTS1004: 'var' declarations/);
    } finally {
      server.close();
    }

    // The folder can move (renamed here; pbts stays where the relative path says) and still builds.
    const moved = join(parent, "drill-rig-moved");
    renameSync(dir, moved);
    dir = moved;
    const rebuilt = run("npm", ["run", "build"], dir);
    expect(rebuilt.code, rebuilt.out).toBe(0);
    expect(existsSync(join(dir, "dist/scripts/DrillRig/script.cs"))).toBe(true);
    const tscMoved = run("npx", ["tsc", "--noEmit"], dir);
    expect(tscMoved.code, tscMoved.out).toBe(0);
  }, 900_000);
});

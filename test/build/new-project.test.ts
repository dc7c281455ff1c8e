// `pbts new`: a scaffolded project installs, builds and passes its own test.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { newProject, scriptNameFor } from "../../compiler/new-project.ts";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { withoutInstructions } from "../engine/helpers.ts";

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

  it.skipIf(!mixinsPresent)("scaffolds a project whose own install, build and test work", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "pbts-new-")), "drill-rig");
    const files = newProject(dir);
    expect(files).toContain("src/Program.ts");
    const cli = run(process.execPath, [join(ROOT, "compiler/bin/pbts.mjs"), "check", "src/Program.ts"], dir);
    expect(cli.out).toContain("no problems");
    const install = run("npm", ["install", "--no-audit", "--no-fund"], dir);
    expect(install.code, install.out).toBe(0);
    const build = run("npm", ["run", "build"], dir);
    expect(build.code, build.out).toBe(0);
    const script = readFileSync(join(dir, "dist/scripts/DrillRig/script.cs"), "utf8");
    expect(script).toContain("class FailoverManager");
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
    } else console.warn(`[pbts new] two-engine comparison skipped: ${csChecksUnavailable()}`);
  }, 600_000);
});

// Issue 11 (audit item 4): the TS engine runs a script as JavaScript, where a member the game lacks
// reads `undefined`; `pbts sim` checks each script as `pbts check` does (the C# engine and the game
// refuse the same scripts) and refuses one that does not compile, naming file(line,col) and what to
// do; `--no-check` (check: false) runs it anyway. (A syntax error's message: test/cli/messages.test.ts.)
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "pbts/sim";

const LACKING = `import { MyGridProgram, IMyTextPanel } from "pbts/se";
export class Program extends MyGridProgram {
  Main(): void {
    const lcd = this.GridTerminalSystem.GetBlockWithName("LCD");
    if (lcd instanceof IMyTextPanel) this.Echo(\`\${lcd.TextColour}\`);
  }
}
`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "pbts-check-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}
const scenario = (script: string) => JSON.stringify({ name: "s", ticks: 3, grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script }, { type: "text-panel", name: "LCD" }] }] });

describe("the TS engine refuses what the game would not compile", () => {
  it("a member the game lacks: file(line,col), the diagnostic, what to do; check: false loads it", { timeout: 120_000 }, async () => {
    const dir = folder({ "s.json": scenario("./scripts/lacking.ts"), "scripts/lacking.ts": LACKING });
    const err = await loadScenario(join(dir, "s.json"), { check: true }).then(() => null, (e: Error) => e.message);
    expect(err).toMatch(/s\.json, block "PB": script "\.\/scripts\/lacking\.ts" does not compile for the game: .*lacking\.ts\(5,\d+\): PBTS0001: .*TextColour.*\. Fix it \("pbts check .*lacking\.ts" lists every problem\), or run it as it is with --no-check/);
    expect(err).not.toMatch(/[^./]\.\.(\s|$)/); // one period per sentence
    const loaded = await loadScenario(join(dir, "s.json"), { check: false });
    expect(typeof loaded.grids[0]!.blocks![0]!.script).toBe("function");
  });

  it("a script that compiles loads with the check on", { timeout: 120_000 }, async () => {
    const ok = LACKING.replace("lcd.TextColour", "lcd.FontSize");
    const dir = folder({ "s.json": scenario("./scripts/ok.ts"), "scripts/ok.ts": ok });
    const loaded = await loadScenario(join(dir, "s.json"), { check: true });
    expect(typeof loaded.grids[0]!.blocks![0]!.script).toBe("function");
  });
});

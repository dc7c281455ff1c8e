// The in-game API is generated from compiler/reference (npm run api:gen): the committed outputs must
// be what the generator writes now, every generated type of the reference must be declared on both
// sides (TS and C#), enums carry the reference values, and a member the simulator does not model
// throws an error naming it.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CS_OUT, handwrittenCs, staleOutputs, TS_OUT, valuesExports } from "../../compiler/api-gen/generate.ts";
import { loadModel, REFERENCE_DIR } from "../../compiler/api-gen/model.ts";
import { emitTs } from "../../compiler/api-gen/emit-ts.ts";
import { parseWhitelist } from "../../compiler/csharp/whitelist.ts";
import { checkProhibitedApi, SE_DIR } from "../../compiler/emit/api.ts";
import { Project } from "ts-morph";
import { coverage } from "../../compiler/api-gen/coverage.ts";
import { ChargeMode, ContentType, IMyBatteryBlock, IMyTextPanel, UpdateType, MyStoreQueryItem } from "pbts/se";
import { Simulation } from "../../sim/simulation.ts";

const model = loadModel();
const tsApi = readFileSync(join(TS_OUT, "api.ts"), "utf8");

describe("generated in-game API", () => {
  it("committed outputs are up to date (run npm run api:gen)", () => {
    expect(staleOutputs()).toEqual([]);
  });

  it("declares every generated type of the reference in TS and in the C# stubs", () => {
    const gen = model.types.filter((t) => t.status === "generated" && !t.outer);
    expect(gen.length).toBeGreaterThan(200);
    for (const t of gen) {
      const cs = readFileSync(join(CS_OUT, `${t.namespace}.cs`), "utf8");
      const kw = t.kind === "interface" ? "interface" : t.kind === "enum" ? "enum" : "(?:class|struct)";
      expect(tsApi, t.fullName).toMatch(new RegExp(`export ${t.kind === "interface" ? "interface" : t.kind === "enum" ? "enum" : "class"} ${t.name}\\b`));
      expect(cs, t.fullName).toMatch(new RegExp(`public (?:static )?${kw} ${t.name}\\b`));
    }
  });

  it("no type is both generated and hand-written (one copy of each API type)", () => {
    const gen = model.types.filter((t) => t.status === "generated" && !t.outer).map((t) => t.name);
    const cs = handwrittenCs().names;
    const ts = valuesExports();
    expect(gen.filter((n) => cs.has(n))).toEqual([]);
    expect(gen.filter((n) => ts.has(n))).toEqual([]);
  });

  it("every block kind of terminal.dat has its interface as a value", () => {
    const kinds = [...readFileSync(join(import.meta.dirname, "../../compiler/reference/terminal.dat"), "utf8").matchAll(/<block [^>]*\stype="([\w.]+)"/g)].map((m) => m[1].split(".").pop()!);
    expect(kinds.length).toBeGreaterThan(70); // 85 kinds, 76 with a script interface
    const missing = [...new Set(kinds)].filter((k) => !new RegExp(`export const ${k} = apiType<${k}>`).test(tsApi));
    expect(missing).toEqual([]);
  });

  it("enums carry the values enum-values.json gives (and C# the same)", () => {
    expect(ChargeMode.Discharge).toBe(2);
    expect(ContentType.SCRIPT).toBe(3);
    expect(UpdateType.IGC).toBe(512);
    const cs = readFileSync(join(CS_OUT, "Sandbox.ModAPI.Ingame.cs"), "utf8");
    expect(cs).toMatch(/public enum ChargeMode\s*\{\s*Auto = 0,\s*Recharge = 1,\s*Discharge = 2,/);
    expect(cs).toMatch(/\[Flags\]\s*public enum UpdateType/);
  });

  it("offers only members the whitelist allows", () => {
    expect(coverage(model).prohibited).toEqual([]);
  });

  it("a member the whitelist prohibits is declared with @prohibited (so scripts get PBTS1081)", () => {
    // A whitelist that allows IMyBatteryBlock as a type only, not Sandbox.ModAPI.Ingame.* as a whole.
    const text = readFileSync(join(REFERENCE_DIR, "pbwhitelist.dat"), "utf8").replace("Sandbox.ModAPI.Ingame.*, Sandbox.Common", "Sandbox.ModAPI.Ingame.IMyBatteryBlock, Sandbox.Common");
    const narrowed = loadModel(REFERENCE_DIR, parseWhitelist(text));
    expect(coverage(narrowed).prohibited).toContain("Sandbox.ModAPI.Ingame.IMyBatteryBlock.ChargeMode");
    const ts = emitTs(narrowed, { handwritten: new Set(), exported: new Set(), used: new Set(), prelude: new Set() });
    expect(ts).toContain("/** @prohibited IMyBatteryBlock.ChargeMode is not on the PB whitelist (pbwhitelist.dat) */ ChargeMode: ChargeMode;");
  });

  it("the compiler reports a use of a @prohibited API member at the member (PBTS1081)", () => {
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
    project.createSourceFile(`${SE_DIR}/fixture.ts`, "export interface IMyThing {\n  /** @prohibited IMyThing.Secret is not on the PB whitelist (pbwhitelist.dat) */ Secret(): void;\n  Open(): void;\n}\n");
    const script = project.createSourceFile("/s/script.ts", `import type { IMyThing } from "${SE_DIR}/fixture.ts";\nexport function f(t: IMyThing): void {\n  t.Open();\n  t.Secret();\n}\n`);
    const found: string[] = [];
    checkProhibitedApi([script], (node, key, ...args) => found.push(`${key} ${args[0]} ${node.getStartLineNumber()}:${node.getStart() - node.getStartLinePos() + 1}`));
    expect(found).toEqual(["WhitelistProhibited IMyThing.Secret 4:5"]);
  });

  it("interfaces are values: instanceof checks what a simulated object implements", () => {
    const sim = new Simulation({ seed: 1 });
    const grid = sim.addGrid({ name: "G" });
    const lcd = sim.addBlock(grid, { type: "text-panel", name: "LCD" });
    const battery = sim.addBlock(grid, { type: "block", name: "Battery", interfaces: ["IMyPowerProducer", "IMyBatteryBlock"] });
    expect(lcd instanceof IMyTextPanel).toBe(true);
    expect(lcd instanceof IMyBatteryBlock).toBe(false);
    expect(battery instanceof IMyBatteryBlock).toBe(true);
    expect(IMyBatteryBlock.name).toBe("IMyBatteryBlock");
  });

  it("a member the simulator does not model throws an error naming it (never undefined)", () => {
    const sim = new Simulation({ seed: 1 });
    const grid = sim.addGrid({ name: "G" });
    const battery = sim.addBlock(grid, { type: "block", name: "Battery", interfaces: ["IMyPowerProducer", "IMyBatteryBlock"] }) as unknown as IMyBatteryBlock;
    expect(() => battery.CurrentStoredPower).toThrow("not modelled in the simulator: IMyBatteryBlock.CurrentStoredPower");
    expect(() => (battery.ChargeMode = ChargeMode.Recharge)).toThrow("not modelled in the simulator: IMyBatteryBlock.ChargeMode");
    expect(() => battery.GetUserRelationToOwner(0)).toThrow("not modelled in the simulator: IMyCubeBlock.GetUserRelationToOwner");
    // terminal actions are modelled on every block (test/sim/terminal-blocks.test.ts): a plain block's battery action is recorded
    expect(() => battery.ApplyAction("Recharge")).not.toThrow();
    expect(battery.Mass).toBe(0); // every block's Mass is a scenario fact (README, Simulator: defaults)
    expect(() => new MyStoreQueryItem().Amount).toThrow("not modelled in the simulator: MyStoreQueryItem.Amount"); // (MyDetectedEntityInfo is hand-written since session 9, MyProductionItem since session 25)
    expect(battery.CustomName).toBe("Battery");
  });
});

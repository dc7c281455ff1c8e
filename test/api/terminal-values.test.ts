// GetValue<T>/SetValue<T> with the wrong T: the game's TerminalPropertyExtensions.Cast<T> throws
// InvalidOperationException. The compiler rejects a T no terminal property has and, for a literal id,
// a T that terminal.dat does not give that id (PBTS1084); what is left to run time (an id in a
// variable) throws the game's messages in both engines (test/engine/scenarios/terminal.json).
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";
import { sim1 } from "../sim/helpers.ts";
import { Color, StringBuilder } from "pbts/se";
import { compileWithMcs } from "./helpers.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function diagnostics(body: string): string[] {
  const src = `import { MyGridProgram, toFloat, toLong, type int, type float, type long } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string): void {
    const b = this.GridTerminalSystem.GetBlockWithName("x");
    if (b === null) return;
    ${body}
  }
}`;
  const r = compile({ sources: { ".tmp/api-test/terminal-values/script.ts": src }, cwd: ROOT });
  return r.diagnostics.map((d) => `${d.code} ${d.message.split(":")[0]}`);
}

describe("PBTS1084/PBTS1085: a T the game's Cast<T> rejects, a T only C# can test", () => {
  it.each([
    ["SetValue of a number literal (C# infers int)", `b.SetValue("Velocity", 1);`, "'SetValue with a double value' throws in the game"],
    ["GetValue<number> (C# double)", `const v = b.GetValue<number>("Velocity"); this.Echo(\`\${v}\`);`, "'GetValue<double>' throws in the game"],
    ["GetValue<int>", `const v = b.GetValue<int>(argument); this.Echo(\`\${v}\`);`, "'GetValue<int>' throws in the game"],
    ["GetValue<string>", `const v = b.GetValue<string>(argument); this.Echo(v);`, "'GetValue<string>' throws in the game"],
    ["Cast<number> of a property", `const p = b.GetProperty(argument); if (p !== null) this.Echo(\`\${p.Cast<number>() !== null}\`);`, "PBTS1085 'Cast<double>' checks the property's type at run time in C#"],
    ["As<float> of a property (PBTS1085: only C# knows T)", `const p = b.GetProperty(argument); if (p !== null) this.Echo(\`\${p.As<float>() !== null}\`);`, "PBTS1085 'As<float>' checks the property's type at run time in C#"],
    ["Is<bool> of a property", `const p = b.GetProperty(argument); if (p !== null) this.Echo(\`\${p.Is<boolean>()}\`);`, "PBTS1085 'Is<bool>' checks"],
    ["a literal id of another type: OnOff is Boolean", `const v = b.GetValue<float>("OnOff"); this.Echo(\`\${v}\`);`, `'GetValue<float> of "OnOff"' throws in the game`],
    ["a literal id of another type: alignment is Int64", `b.SetValue<float>("alignment", toFloat(2));`, `'SetValue<float> of "alignment"' throws in the game`],
    ["GetMaximum<long> of a Single", `const v = b.GetMaximum<long>("Velocity"); this.Echo(\`\${v}\`);`, `'GetMaximum<long> of "Velocity"' throws in the game`],
  ])("%s", (_name, body, message) => {
    const d = diagnostics(body);
    expect(d.length).toBe(1);
    expect(d[0]).toContain(message.startsWith("PBTS1085") ? "PBTS1085" : "PBTS1084");
    expect(d[0]).toContain(message.replace(/^PBTS1085 /, ""));
  });

  it("the property's own types compile (and mcs takes them)", () => {
    const cs = compileWithMcs(
      "terminal-values-ok",
      `import { MyGridProgram, Color, StringBuilder, toFloat, toLong, type float, type long } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string): void {
    const b = this.GridTerminalSystem.GetBlockWithName("x");
    if (b === null) return;
    const f: float = b.GetValue<float>("Velocity");
    b.SetValue("Velocity", f);
    b.SetValue<float>("Velocity", toFloat(2));
    b.SetValue("OnOff", true);
    const n: long = b.GetValue<long>("alignment");
    b.SetValue<long>("alignment", n);
    const c = b.GetValue<Color>("Color");
    const s = b.GetValue<StringBuilder>("Name");
    const any = b.GetValue<float>(argument); // an id in a variable: checked at run time
    this.Echo(\`\${f} \${n} \${c.R} \${s.ToString()} \${any} \${b.GetMinimum<float>("Velocity")}\`);
  }
}`,
    );
    expect(cs).toContain('b.GetValue<float>("Velocity")');
    expect(cs).toContain('b.SetValue<long>("alignment"');
  });
});

describe("the TS engine throws the game's Cast messages", () => {
  it("unknown ids are 'Invalid property'; typed forms and SetValue's value name the types", () => {
    const sim = sim1();
    const light = sim.addBlock("G", { type: "InteriorLight", name: "L" }) as any;
    sim.start();
    expect(() => light.GetValueFloat("Nope")).toThrow(/^Invalid property$/);
    expect(() => light.SetValue("Nope", 1)).toThrow(/^Invalid property$/);
    expect(() => light.GetMaximum("Nope")).toThrow(/^Invalid property$/);
    expect(() => light.GetValueFloat("OnOff")).toThrow(/^Property OnOff is not of type Single, correct type is Boolean$/);
    expect(() => light.GetValueBool("Radius")).toThrow(/^Property Radius is not of type Boolean, correct type is Single$/);
    expect(() => light.GetValueColor("Radius")).toThrow(/^Property Radius is not of type Color, correct type is Single$/);
    expect(() => light.SetValueColor("OnOff", Color.Red)).toThrow(/^Property OnOff is not of type Color, correct type is Boolean$/);
    expect(() => light.SetValue("Radius", true)).toThrow(/^Property Radius is not of type Boolean, correct type is Single$/);
    expect(() => light.SetValue("OnOff", 2)).toThrow(/^Property OnOff is not of type Single, correct type is Boolean$/);
    expect(() => light.SetValue("Radius", new StringBuilder().Append("x"))).toThrow(/^Property Radius is not of type StringBuilder, correct type is Single$/);
    light.SetValue("Radius", 5);
    light.SetValue("Color", Color.Red);
    expect(light.GetValueFloat("Radius")).toBe(5);
    expect(light.GetValueColor("Color").R).toBe(255);
  });
});

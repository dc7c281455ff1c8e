// C52 (everyday): `E[v]` of an enum imported from another file (the script's own, or an API enum from
// pbts/se) was PBTS1001 "indexing a 'void'": the enum was looked for through the import alias only.
// The emitted lookup is the one a local enum gets (its run is proven in test/diff/cases/coverage-types.ts).
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = join(ROOT, ".tmp/enum-names-import");

function run(program: string): { diags: string[]; cs: string } {
  const r = compile({
    sources: {
      [join(dir, "modes.ts")]: `export enum Mode { Idle, Run = 4, Stop }\n`,
      [join(dir, "Program.ts")]: program,
    },
    cwd: ROOT,
  });
  return { diags: r.diagnostics.map((d) => `${d.code}: ${d.message}`), cs: r.files.map((f) => f.code).join("\n") };
}

it("names a value of a script enum imported from another file and of an API enum", () => {
  const { diags, cs } = run(`import { MyGridProgram, UpdateType, ChargeMode } from "pbts/se";
import { Mode } from "./modes.ts";
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void {
    const m: Mode = Mode.Run;
    this.Echo(\`\${Mode[m]} \${ChargeMode[ChargeMode.Discharge]}\`);
  }
}
`);
  expect(diags).toEqual([]);
  expect(cs).toMatch(/Js\.EnumName\(.*"Run"/);
  expect(cs).toMatch(/Js\.EnumName\(.*"Discharge"/);
});

it("rejects it for an API enum whose numbers in the game are not known, saying what to write", () => {
  const { diags } = run(`import { MyGridProgram, UpdateType, FlightMode } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void {
    const f: FlightMode = FlightMode.Patrol;
    this.Echo(FlightMode[f] ?? "?");
  }
}
`);
  expect(diags).toHaveLength(1);
  expect(diags[0]).toMatch(/^PBTS1001: 'FlightMode\[f\]' \(a name looked up by number in 'FlightMode', whose numbers in the game are not known.*x === FlightMode\./);
});

// C53: `i as State` of an int is C#'s (State)i (run: diff "an int asserted as an enum ... (C53)"); a double is
// rejected, saying how to convert it.
it("rejects a double asserted as an enum, saying to convert it with toInt first", () => {
  const { diags } = run(`import { MyGridProgram, UpdateType } from "pbts/se";
import { Mode } from "./modes.ts";
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void {
    const m = parseFloat(this.Storage) as Mode;
    this.Echo(Mode[m] ?? "?");
  }
}
`);
  expect(diags).toHaveLength(1);
  expect(diags[0]).toMatch(/^PBTS1001: asserting a 'double' as 'Mode' \(C# would truncate a fraction that JS keeps: convert it with toInt\(\.\.\.\) first, toInt\(x\) as Mode\)/);
});

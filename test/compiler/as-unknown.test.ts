// C60 (everyday2, s15): a C# player's `sc as IMyTextSurfaceProvider` is, in TS, `sc as unknown as
// IMyTextSurfaceProvider` (TS refuses the direct assertion between unrelated interfaces). pbts said
// "asserting a 'IMyShipController' as 'object'": not what was written, and no way out. It now says so
// and names instanceof, which compiles (checked here) to C#'s `is` test and cast.
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const file = join(ROOT, ".tmp/as-unknown/Program.ts");

function run(body: string): { diags: string[]; cs: string } {
  const program = `import { MyGridProgram, IMyShipController, IMyTextSurfaceProvider } from "pbts/se";
export class Program extends MyGridProgram {
  Main(): void {
    const sc = this.GridTerminalSystem.GetBlockWithName("Cockpit");
    if (!(sc instanceof IMyShipController)) return;
${body}
  }
}
`;
  const r = compile({ sources: { [file]: program }, cwd: ROOT });
  return { diags: r.diagnostics.map((d) => `${d.code}: ${d.message}`), cs: r.files.map((f) => f.code).join("\n") };
}

it("rejects `as unknown as` saying what was written and naming instanceof", () => {
  const { diags } = run(`    const p = sc as unknown as IMyTextSurfaceProvider;\n    p.GetSurface(0).WriteText("x");`);
  expect(diags).toHaveLength(1);
  expect(diags[0]).toMatch(/^PBTS1001: asserting a 'IMyShipController' as 'unknown' \(pbts has no unchecked cast .*narrow it with instanceof, e\.g\. if \(x instanceof IMyTextSurfaceProvider\)/);
});

it("the way it names compiles: instanceof narrows to the other interface", () => {
  const { diags, cs } = run(`    if (sc instanceof IMyTextSurfaceProvider && sc.SurfaceCount > 0) sc.GetSurface(0).WriteText("x");`);
  expect(diags).toEqual([]);
  expect(cs).toMatch(/sc is IMyTextSurfaceProvider/);
  expect(cs).toMatch(/\(\(IMyTextSurfaceProvider\)sc\)\.GetSurface\(0\)/);
});

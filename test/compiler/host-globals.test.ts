// Browser and Node names the game does not have: TypeScript reports most of them as unknown
// (TS2304), whose hint "Declare it, or import it from 'pbts/se'" would be false for them. They get
// the diagnostic that says what to do instead: PBTS1016 (use the in-game API) or, for timers,
// PBTS1008 (spread work over runs).
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function check(statement: string): string[] {
  const source = [
    `import { MyGridProgram, UpdateType } from "pbts/se";`,
    `export class Program extends MyGridProgram {`,
    `  Main(argument: string, updateSource: UpdateType): void {`,
    `    ${statement}`,
    `  }`,
    `}`,
  ].join("\n");
  const r = compile({ sources: { [join(ROOT, ".tmp/host-globals/p.ts")]: source }, cwd: ROOT });
  return r.diagnostics.map((d) => `${d.line},${d.col} ${d.code}: ${d.message}`);
}

it("setTimeout and the other timers: PBTS1008, not TS2304's 'import it from pbts/se'", () => {
  expect(check(`setTimeout(() => this.Echo("later"), 1000);`)).toEqual([
    "4,5 PBTS1008: 'setTimeout' is not supported: scripts run synchronously inside one game tick. Spread work over runs with a generator (function*) stepped by next() each run, or keep state in fields.",
  ]);
  expect(check(`const t = setInterval;`)[0]).toMatch(/^4,15 PBTS1008: 'setInterval' is not supported/);
});

it("window, document, fetch: PBTS1016 like console and require", () => {
  for (const name of ["window", "document", "fetch"]) {
    expect(check(`const x = ${name};`)).toEqual([
      `4,15 PBTS1016: '${name}' is not available in Space Engineers scripts. Use the in-game API from 'pbts/se' (Echo instead of console, MyIni for parsing).`,
    ]);
  }
});

it("other unknown names keep TS2304 and its hint", () => {
  expect(check(`const x = nope;`)).toEqual([
    "4,15 PBTS0001: TS2304: Cannot find name 'nope'. Declare it, or import it from 'pbts/se' (the in-game API).",
  ]);
});

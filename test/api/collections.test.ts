// API collection types (MyCommandLine.ItemCollection, SwitchCollection): declared in pbts/se as classes
// with [Symbol.iterator]() (and a numeric index signature for the indexer), compiled 1:1 to what C#
// accepts (compiler/emit/api-collections.ts): for...of is foreach over the collection, c[i] the indexer,
// their types keep the outer class name. Behaviour is proven by test/diff/cases/commandline-collections.ts.
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";
import { compileWithMcs } from "./helpers.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const program = (body: string) => `import { MyGridProgram, MyCommandLine, int } from "pbts/se";
export class Program extends MyGridProgram {
  private readonly cl = new MyCommandLine();
  Main(argument: string): void {
    this.cl.TryParse(argument);
${body}
  }
}
`;

describe("API collections", () => {
  it("for...of over Items/Switches is foreach; Items[i] the indexer; a held collection keeps its nested type (mcs compiles it)", () => {
    const cs = compileWithMcs(
      "api-collections",
      program(`    const items = this.cl.Items;
    for (const s of items) this.Echo(s);
    for (const name of this.cl.Switches) this.Echo(name);
    for (let i: int = 0; i < items.Count; i++) this.Echo(items[i] ?? "none");
    const sw: MyCommandLine.SwitchCollection = this.cl.Switches;
    this.Echo(\`\${sw.Count} \${this.cl.Items[0]}\`);`),
    );
    // (a local may print as `var` when its initializer has exactly its type: fo-size, session 8)
    expect(cs).toMatch(/(MyCommandLine\.ItemCollection|var) items = this\.cl\.Items;/);
    expect(cs).toContain("foreach (string s in items)");
    expect(cs).toContain("foreach (string name in this.cl.Switches)");
    expect(cs).toContain("items[i]");
    expect(cs).toMatch(/(MyCommandLine\.SwitchCollection|var) sw = this\.cl\.Switches;/);
    expect(cs).not.toContain("List<");
  });

  it("an index that is not an int is rejected with a located diagnostic (C#'s indexer takes an int)", () => {
    const r = compile({ sources: { ".tmp/api-test/api-collections-bad/script.ts": program(`    const x = 1.5;\n    this.Echo(this.cl.Items[x] ?? "");`) }, cwd: ROOT });
    const d = r.diagnostics.find((x) => x.message.includes("API collection"));
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.code).toMatch(/^PBTS\d+$/);
    expect(d!.line).toBe(7);
  });

  it("Items cannot be written through its indexer (a TypeScript error: the index signature is readonly)", () => {
    const r = compile({ sources: { ".tmp/api-test/api-collections-write/script.ts": program(`    this.cl.Items[0] = "x";`) }, cwd: ROOT });
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });
});

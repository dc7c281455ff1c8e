// Structs are values in C# (issue 10 item 2): besides `===`, a List's IndexOf/Contains and a
// Dictionary's or HashSet's lookups compare them by value in C#, where JS compares object identity.
// `[new Vector3D(1, 2, 3)].indexOf(new Vector3D(1, 2, 3))` printed -1 in Node and 0 under mono, and a
// Map keyed by a Vector3I never found its key in Node. pbts rejects them (PBTS1020) at the use.
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function diagnostics(body: string, fields = ""): string[] {
  const source = `import { MyGridProgram, Vector3D, Vector3I, MyItemType, IMyTerminalBlock } from "pbts/se";
export class Program extends MyGridProgram {
${fields}
  Main(argument: string): void {
${body}
  }
}
`;
  const r = compile({ sources: { ".tmp/api-test/struct-collections/script.ts": source }, cwd: ROOT });
  return r.diagnostics.map((d) => `${d.code} ${d.message}`);
}

describe("API structs in collections compare by value in C#: rejected where JS would compare identity", () => {
  it("indexOf, lastIndexOf and includes on an array of structs are PBTS1020, naming the method and the type", () => {
    const d = diagnostics(`    const xs: Vector3D[] = [new Vector3D(1, 2, 3)];
    const a = xs.indexOf(new Vector3D(1, 2, 3));
    const b = xs.lastIndexOf(Vector3D.Zero);
    const c = xs.includes(Vector3D.Up);
    this.Echo(\`\${a} \${b} \${c}\`);`);
    expect(d).toHaveLength(3);
    expect(d[0]).toMatch(/^PBTS1020 'indexOf' compares 'Vector3D' values/);
    expect(d[1]).toMatch(/^PBTS1020 'lastIndexOf' compares 'Vector3D' values/);
    expect(d[2]).toMatch(/^PBTS1020 'includes' compares 'Vector3D' values/);
  });

  it("a Map keyed by a struct and a Set of structs are PBTS1020 at the 'new'", () => {
    const d = diagnostics(`    this.seen.add(MyItemType.MakeOre("Iron"));
    const m = new Map<Vector3I, number>();
    m.set(new Vector3I(1, 1, 1), 5);`, `  private seen = new Set<MyItemType>();`);
    expect(d).toHaveLength(2);
    expect(d.some((x) => /^PBTS1020 'Set lookup' compares 'MyItemType' values/.test(x))).toBe(true);
    expect(d.some((x) => /^PBTS1020 'Map lookup' compares 'Vector3I' values/.test(x))).toBe(true);
  });

  it("reference types and structs as Map values stay allowed", () => {
    expect(
      diagnostics(`    const blocks: IMyTerminalBlock[] = [];
    this.GridTerminalSystem.GetBlocks(blocks);
    const i = blocks.indexOf(this.Me);
    const where = new Map<string, Vector3D>();
    where.set("home", Vector3D.Zero);
    const keys = new Set<string>();
    keys.add(MyItemType.MakeOre("Iron").ToString());
    this.Echo(\`\${i} \${where.size} \${keys.has("x")}\`);`),
    ).toEqual([]);
  });
});

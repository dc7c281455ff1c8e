// The prelude's `uint`: the API's uint members are `uint` in pbts/se (generated from the reference's C#
// signatures), and what C# would reject or compute differently is a located PBTS diagnostic.
// The values themselves are proven equal in Node and mono by test/diff/cases/uint.ts.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { TS_OUT } from "../../compiler/api-gen/generate.ts";
import { loadModel } from "../../compiler/api-gen/model.ts";
import { toUint } from "pbts/se";
import { compileWithMcs } from "./helpers.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function program(main: string, top = ""): string {
  return `import { MyGridProgram, UpdateType, MyInventoryItem, MyItemType, MyFixedPoint, IMyInventory, IMyProductionBlock, Color, toUint, toInt } from "pbts/se";
import type { int, uint, float, long } from "pbts/se";
function item(id: uint): MyInventoryItem { return new MyInventoryItem(MyItemType.MakeOre("Iron"), id, MyFixedPoint.Zero); }
${top}
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void {
${main}
  }
}
`;
}

function lineCol(text: string, i: number): { line: number; col: number } {
  const before = text.slice(0, i).split("\n");
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** Compile; expect `code` exactly at the unique substring `at`. */
function expectRejected(main: string, code: string, at: string, top = ""): void {
  const source = program(main, top);
  const i = source.indexOf(at);
  expect(i, `'${at}' occurs once`).toBeGreaterThanOrEqual(0);
  expect(source.lastIndexOf(at)).toBe(i);
  const where = lineCol(source, i);
  const r = compile({ sources: { ".tmp/uint/case.ts": source }, cwd: ROOT });
  const shown = r.diagnostics.map(formatDiagnostic).join("\n");
  expect(r.ok, `compiled:\n${source}`).toBe(false);
  expect(r.diagnostics.some((d) => d.code === "PBTS9999"), shown).toBe(false);
  expect(
    r.diagnostics.find((d) => d.code === code && d.line === where.line && d.col === where.col),
    `expected ${code} at ${where.line}:${where.col}, got:\n${shown}`,
  ).toBeDefined();
}

function compiled(main: string, top = ""): string {
  const r = compile({ sources: { ".tmp/uint/case.ts": program(main, top) }, cwd: ROOT });
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  return r.files.map((f) => f.code).join("\n");
}

describe("uint in pbts/se", () => {
  it("every uint member of the generated API is declared uint (never int)", () => {
    const api = readFileSync(join(TS_OUT, "api.ts"), "utf8");
    const model = loadModel();
    // (MyProductionItem.ItemId, generated as "get ItemId(): uint" until session 25, is hand-written: items.ts)
    const expected = ["NextItemId: uint", "MoveQueueItemRequest(queueItemId: uint", "UpgradeCount: uint", "Connections: uint", "GetItemByID(id: uint)", "ItemId: uint", "get Color(): uint | null"];
    for (const e of expected) expect(api, e).toContain(e);
    expect(readFileSync(join(TS_OUT, "../values/items.ts"), "utf8")).toMatch(/class MyProductionItem \{\n  readonly ItemId: uint;/);
    // Each generated member whose C# signature has a uint: its TS declaration line has `uint`.
    const gen = model.types.filter((t) => t.status === "generated");
    const uintMembers = gen.flatMap((t) => t.members.filter((m) => !m.notOffered && /\buint\b/.test(m.signature)).map((m) => ({ type: t.name, name: m.name })));
    expect(uintMembers.length).toBeGreaterThanOrEqual(7);
    const lines = api.split("\n");
    for (const m of uintMembers) {
      const name = m.name === m.type || m.name === ".ctor" ? "constructor(" : m.name;
      expect(lines.some((l) => l.includes(name) && /\buint\b/.test(l)), `${m.type}.${m.name}`).toBe(true);
    }
    expect(api).not.toMatch(/ItemId: int|GetItemByID\(id: int\)|NextItemId: int|UpgradeCount: int/);
  });

  it("toUint in Node truncates and throws as C#'s checked conversion", () => {
    expect(toUint(2.9)).toBe(2);
    expect(Object.is(toUint(-0.5), 0)).toBe(true);
    expect(toUint(4294967295.9)).toBe(4294967295);
    expect(() => toUint(-1)).toThrow(/overflow/);
    expect(() => toUint(4294967296)).toThrow(/overflow/);
    expect(() => toUint(NaN)).toThrow(/overflow/);
  });

  it("emits uint literals, the C# uint type and the API's uint parameters", () => {
    const code = compiled(`const inv = null as IMyInventory | null; const it = item(4000000000); const id: uint = it.ItemId;
      if (inv) { const again = inv.GetItemByID(id); const lit = inv.GetItemByID(7); this.Echo(\`\${again !== null} \${lit !== null}\`); }
      const c = new Color(0xFF00FF00); this.Echo(\`\${id} \${c.PackedValue}\`);`);
    expect(code).toContain("item(4000000000u)");
    expect(code).toContain("uint id = it.ItemId;");
    expect(code).toContain("GetItemByID(id)");
    expect(code).toContain("GetItemByID(7u)");
    expect(code).toContain("new Color(4278255360u)");
    expect(code).toContain("Js.Str((long)id)");
  });
});

describe("uint: what C# would reject or compute differently is a diagnostic", () => {
  it("an int variable passed to a uint parameter (CS1503 in C#)", () =>
    expectRejected(`const i: int = 5; this.Echo(String(item(i).ItemId));`, "PBTS1017", "i).ItemId"));
  it("an int variable passed to the API's GetItemByID(uint)", () =>
    expectRejected(`const inv = null as IMyInventory | null; const slot: int = 3; if (inv) inv.GetItemByID(slot);`, "PBTS1017", "slot);"));
  it("a negative literal where a uint is wanted", () => expectRejected(`const u: uint = -1;`, "PBTS1017", "-1;"));
  it("a double where a uint is wanted", () => expectRejected(`const d = 2.5; const u: uint = d;`, "PBTS1017", "d;"));
  it("a uint stored in an int (needs toInt)", () => expectRejected(`const n: int = item(1).ItemId;`, "PBTS1017", "item(1).ItemId;"));
  it("a uint stored in a float (C# would round it)", () => expectRejected(`const f: float = item(16777217).ItemId;`, "PBTS1017", "item(16777217).ItemId;"));
  it("uint arithmetic stored back into a uint (computes in double)", () =>
    expectRejected(`let u: uint = item(1).ItemId; u = u + 1;`, "PBTS1017", "u + 1;"));
  it("compound assignment on a uint", () => expectRejected(`let u: uint = item(1).ItemId; u += 1;`, "PBTS1017", "u += 1"));
  it("++ on a uint", () => expectRejected(`let u: uint = item(1).ItemId; u++;`, "PBTS1001", "u++"));
  it("bitwise & on a uint (JS: signed 32 bits, C#: unsigned)", () =>
    expectRejected(`const p = new Color(1, 2, 3).PackedValue; this.Echo(String(p & 255));`, "PBTS1083", "p & 255"));
  it("shift of a uint", () => expectRejected(`const p = new Color(1, 2, 3).PackedValue; this.Echo(String(p >> 8));`, "PBTS1083", "p >> 8"));
  it("~ on a uint", () => expectRejected(`const p = new Color(1, 2, 3).PackedValue; this.Echo(String(~p));`, "PBTS1083", "~p"));
  it("a uint as an array index", () => expectRejected(`const xs = [1, 2]; this.Echo(String(xs[item(1).ItemId]));`, "PBTS1047", "item(1).ItemId]"));
});

describe("byte members (IMyTextSurface.BackgroundAlpha)", () => {
  it("are declared byte and used as C# does (mcs compiles it)", () => {
    const api = readFileSync(join(TS_OUT, "api.ts"), "utf8");
    expect(api).toContain("BackgroundAlpha: byte;");
    expect(api).toContain("RecordInterval: byte;");
    const cs = compileWithMcs(
      "byte-alpha",
      `import { MyGridProgram, IMyTextPanel, toByte } from "pbts/se";
import type { byte, int } from "pbts/se";
export class Program extends MyGridProgram {
  Main(): void {
    const p = this.GridTerminalSystem.GetBlockWithName("LCD");
    if (p instanceof IMyTextPanel) {
      const a = p.BackgroundAlpha;
      const level: int = a + 10;
      p.BackgroundAlpha = 128;
      p.BackgroundAlpha = toByte(level / 2);
      const keep: byte = p.BackgroundAlpha;
      this.Echo(\`\${a} \${keep} \${level}\`);
    }
  }
}
`,
    );
    expect(cs).toContain("((IMyTextPanel)p).BackgroundAlpha = 128;");
    // (the conversion is checked by the method's checked block: the emitter writes no nested checked since session 10)
    expect(cs).toMatch(/checked\s*\{[^}]*BackgroundAlpha = \(byte\)\(level \/ 2\.0\);/);
  });
  it("an int variable stored in a byte member is rejected (CS0266 in C#)", () =>
    expectRejected(`const s = null as IMyTextSurfaceLike | null; const v: int = 7; if (s) s.BackgroundAlpha = v;`, "PBTS1017", "v;", "type IMyTextSurfaceLike = import(\"pbts/se\").IMyTextSurface;"));
  it("a constant above 255 stored in a byte is rejected", () => expectRejected(`const b: byte = 256;`, "PBTS1017", "256;", "import type { byte } from \"pbts/se\";"));
  it("compound assignment on a byte is rejected (C# wraps or throws past 255)", () =>
    expectRejected(`let b: byte = 250; b += 10; this.Echo(String(b));`, "PBTS1017", "b += 10", "import type { byte } from \"pbts/se\";"));
});

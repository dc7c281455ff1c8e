// Issue 15 (`full`, session 26): members of different classes share short names where C# finds each by the type it
// looks it up in (compiler/print/scopes.ts), never where an unqualified use would find the other one. Run in Node and
// mono: the diff case "full: one short name for members of different classes, ..." (test/diff/cases/print-size.ts).
import { expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { printLines } from "../../compiler/print/index.ts";
import { WIDE_LETTERS } from "../../compiler/print/short-names.ts";
import { where } from "../../compiler/print/where.ts";

const full = (src: string[]) => printLines(src.map((text) => ({ text })), "full", new Set());

/** The members' new names, by their names before renaming (`names`: new → old, shared ones `a / b`). */
const renamed = (names: Record<string, string> | undefined) => {
  const out = new Map<string, string>();
  for (const [n, olds] of Object.entries(names ?? {})) for (const o of olds.split(" / ")) out.set(o, n);
  return out;
};

const SRC = [
  "static int helper(int x) => x + 1;",
  "class Alpha {",
  "  public int apples, pears;",
  "  public int Sum() => helper(apples) + pears;",
  "}",
  "class Beta {",
  "  public int bricks, tiles;",
  "  public int Total() { int apples2 = bricks; return apples2 + tiles; }",
  "}",
  "class Gamma : Alpha {",
  "  public int grapes;",
  "  public int More() => Sum() + grapes + apples;",
  "}",
  "class Delta {",
  "  public int rocks;",
  "  public int Load() { int pears = rocks; return pears; }",
  "}",
  "public void Main(string argument, UpdateType updateSource) {",
  "  var a = new Alpha(); var b = new Beta(); var g = new Gamma(); var d = new Delta();",
  "  a.apples = 1; a.pears = 2; b.bricks = 3; b.tiles = 4; g.grapes = 5; d.rocks = 6;",
  "  Echo((a.Sum() + b.Total() + g.More() + d.Load()).ToString());",
  "}",
];

it("full: the members of two unrelated classes share short names; the members stay apart within a class", () => {
  const r = full(SRC);
  const n = renamed(r.names);
  const alpha = ["apples", "pears", "Sum"].map((x) => n.get(x)!);
  const beta = ["bricks", "tiles", "Total"].map((x) => n.get(x)!);
  for (const x of [...alpha, ...beta]) expect(x, r.text).toMatch(/^\w$/);
  expect(new Set(alpha).size).toBe(3);
  expect(new Set(beta).size).toBe(3);
  // Beta's members are only reached through a Beta (`b.bricks`): they may have Alpha's names
  expect(alpha.filter((x) => beta.includes(x)).length, r.text).toBeGreaterThan(0);
});

it("full: no shared name where an unqualified use would find the other member (an outer static, a base's member, a local)", () => {
  const r = full(SRC);
  const n = renamed(r.names);
  // Alpha calls helper unqualified: a member of Alpha named like it would hide it
  for (const m of ["apples", "pears", "Sum"]) expect(n.get(m)).not.toBe(n.get("helper"));
  // Gamma derives from Alpha: it has both classes' members
  for (const m of ["grapes", "More"]) for (const b of ["apples", "pears", "Sum"]) expect(n.get(m)).not.toBe(n.get(b));
  // Delta's local `pears` is named like Alpha's member (one old name, one new name): it shares with nothing
  const pears = n.get("pears")!;
  expect([...n].filter(([, v]) => v === pears).map(([k]) => k)).toEqual(["pears"]);
  // Main reads them all qualified: still one name each there
  expect(r.text).toContain(`.${n.get("grapes")}=5;`);
});

it("C194: full renames the first of several field declarators as the field it is, not member by member as a local", () => {
  const r = full(["class P {", "  public int first, second;", "  public int Both() => first + second;", "}", "public void Main(string argument, UpdateType updateSource) {", "  var p = new P(); p.first = 1; p.second = 2; Echo(p.Both().ToString());", "}"]);
  const n = renamed(r.names);
  expect(n.has("first"), r.text).toBe(true);
  expect(r.text).toContain(`int ${n.get("first")},${n.get("second")};`);
  expect(r.text).toContain(`.${n.get("first")}=1;`);
  expect(r.text).toContain(`=>${n.get("first")}+${n.get("second")};`);
});

it("full: past the 53 ASCII names a name is one letter past ASCII (short-names.ts), which `pbts where` reads back", () => {
  // 80 fields of one class, each read in Main: more names than a..z, A..Z and _
  const fields = Array.from({ length: 80 }, (_, i) => `field${i}`);
  const r = full([
    "class Many {",
    ...fields.map((f, i) => `  public int ${f} = ${i};`),
    "}",
    "public void Main(string argument, UpdateType updateSource) {",
    "  var m = new Many();",
    `  Echo((${fields.map((f) => `m.${f}`).join(" + ")}).ToString());`,
    "}",
  ]);
  const n = renamed(r.names);
  const made = fields.map((f) => n.get(f)!);
  for (const x of made) expect([...x].length, x).toBe(1);
  expect(new Set(made).size).toBe(80);
  const wide = made.filter((x) => WIDE_LETTERS.includes(x));
  expect(wide.length).toBeGreaterThan(0);
  // `pbts where script.cs:<name>` with such a name
  const dir = ".tmp/print-wide";
  mkdirSync(dir, { recursive: true });
  const lines = r.text.split("\n");
  writeFileSync(`${dir}/script.cs`, r.text);
  writeFileSync(`${dir}/script.cs.map`, JSON.stringify({ level: "full", lines: lines.map(() => "x.ts:1"), names: r.names }));
  const old = [...n].find(([, v]) => v === wide[0])![0];
  // (a later declarator, `int a=0,Å=6`, has no declaration line of its own to show: the name alone)
  expect(where(`${dir}/script.cs:${wide[0]}`)[0]).toBe(`${wide[0]} = ${old}`);
  // a line of the class: its names, wide ones among them
  const k = lines.findIndex((l) => l.includes(`${wide[0]}=`));
  expect(where(`${dir}/script.cs:${k + 1}`)[1]).toContain(`${wide[0]} = ${old}`);
});

it("C195: a constructor whose `: base(..)` arguments hold a `{` (a collection initializer) is one member: its parameter keeps one name there", () => {
  const r = full([
    "class Base { public double v; public Base(double x) { v = x; } }",
    "class Sub : Base {",
    "  public Sub(double start) : base(Pick(new List<double> { 1.0, 2.0 }, start)) { v = v + start; }",
    "  static double Pick(List<double> xs, double k) => xs[0] + k;",
    "}",
    "public void Main(string argument, UpdateType updateSource) { Echo(new Sub(3).v.ToString()); }",
  ]);
  const m = /\(double (\w)\):base\(\w\(new List<double>\{1d,2d\},(\w)\)\)\{\w=\w\+(\w);\}/.exec(r.text);
  expect(m, r.text).not.toBeNull();
  expect(m![2]).toBe(m![1]);
  expect(m![3]).toBe(m![1]);
});

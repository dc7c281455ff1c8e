// C69: a mixin file's C# depends on the files of its compile, not only on its own text. A script class
// overriding a mixin class's method makes that method `virtual` in the script's compile, but the
// mixin's own compile (its MDK2 shared project) does not see the script: the script's MDK2 project's
// `public override int f()` met the shared project's `public int f()` (mcs CS0506). Now a script that
// adds to a mixin carries that mixin's files (as its compile emits them) in a folder of its own project,
// and does not import the mixin's shared project; a script that only reads fewer of a mixin's files
// (so its compile emits them differently too) imports it as before.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, CompileCache } from "../../compiler/build.ts";
import type { CompileOptions, CompileResult } from "../../compiler/compile.ts";
import { csChecksUnavailable, mcs } from "../../compiler/csharp/mono.ts";
import { buildStubs } from "../../compiler/csharp/stubs.ts";
import { tree } from "./file-tree.ts";

const DIR = resolve(import.meta.dirname, "../../.tmp/build-mixin-emitted-differently");
const skipCs = csChecksUnavailable();
if (skipCs) console.warn(`[mixin-emitted-differently] C# compile checks skipped: ${skipCs}`);

function project(dir = DIR): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(join(dir, "src", "base.ts"), 'import { int } from "pbts/se";\n\nexport class Base {\n  f(): int {\n    return 1;\n  }\n  g(): int {\n    return this.f() + 1;\n  }\n}\n');
  // a file of mixin B that no script reads overrides g: g is virtual in B's compile, not in the scripts'
  writeFileSync(join(dir, "src", "sub.ts"), 'import { int } from "pbts/se";\nimport { Base } from "./base.ts";\n\nexport class Sub extends Base {\n  override g(): int {\n    return 7;\n  }\n}\n');
  writeFileSync(join(dir, "src", "other.ts"), 'import { int } from "pbts/se";\n\nexport class Other {\n  h(): int {\n    return 2;\n  }\n}\n');
  // a script that overrides Base.f, and one that only uses the mixins (its project imports them)
  writeFileSync(
    join(dir, "src", "main.ts"),
    'import { int, MyGridProgram, UpdateType } from "pbts/se";\nimport { Base } from "./base.ts";\nimport { Other } from "./other.ts";\n\nclass Derived extends Base {\n  override f(): int {\n    return 5;\n  }\n}\n\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    const b: Base = new Derived();\n    this.Echo(`${b.g()} ${new Other().h()}`);\n  }\n}\n',
  );
  writeFileSync(
    join(dir, "src", "plain.ts"),
    'import { MyGridProgram, UpdateType } from "pbts/se";\nimport { Base } from "./base.ts";\n\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    this.Echo(`${new Base().g()}`);\n  }\n}\n',
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "t", private: true }));
}

/** The C# files an MDK2 script project compiles: its own (every folder: SDK-style) and its imported shared projects'. */
function projectFiles(mdk2: string, name: string): string[] {
  const proj = readFileSync(join(mdk2, name, `${name}.csproj`), "utf8");
  const mixins = [...proj.matchAll(/Mixins\\(\w+)\\/g)].map((m) => m[1]);
  const cs = (dir: string) => [...tree(dir).keys()].filter((f) => f.endsWith(".cs")).map((f) => join(dir, f));
  return [...cs(join(mdk2, name)), ...mixins.flatMap((m) => cs(join(mdk2, "Mixins", m)))];
}

describe("pbts build: a script's compile emits a mixin's file differently from the mixin's own compile (C69)", () => {
  project();
  const res = build(DIR, { mixins: { B: ["src/base.ts", "src/sub.ts"], O: ["src/other.ts"] }, scripts: { S: { entry: "src/main.ts" }, P: { entry: "src/plain.ts" } } });
  const mdk2 = join(DIR, "dist", "mdk2");

  it("the script's project carries that mixin's files as its compile emits them, and imports the others", () => {
    expect(res.errors).toEqual([]);
    // the shared project is the mixin's own compile: nothing overrides f there
    expect(readFileSync(join(mdk2, "Mixins", "B", "base.cs"), "utf8")).toMatch(/public int f\(\)/);
    const carried = readFileSync(join(mdk2, "S", "B", "base.cs"), "utf8");
    expect(carried).toMatch(/public virtual int f\(\)/);
    const csproj = readFileSync(join(mdk2, "S", "S.csproj"), "utf8");
    expect(csproj).not.toContain("Mixins\\B\\");
    expect(csproj).toContain("Mixins\\O\\O.projitems");
    expect(Object.keys(Object.fromEntries(tree(join(mdk2, "S"))))).toEqual(["B/base.cs", "Instructions.readme", "Program.cs", "S.csproj", "mdk.ini", "mdk.local.ini"]);
    // the script that does not override imports B as before: its compile emits base.cs differently (g is
    // not virtual: it does not read sub.ts), but only because it does not read sub.ts; a compile of it with
    // all of B's files emits them as B's shared project has them
    expect(readFileSync(join(mdk2, "Mixins", "B", "base.cs"), "utf8")).toMatch(/public virtual int g\(\)/);
    expect(readFileSync(join(mdk2, "P", "P.csproj"), "utf8")).toContain("Mixins\\B\\B.projitems");
    expect([...tree(join(mdk2, "P")).keys()].filter((f) => f.endsWith(".cs"))).toEqual(["Program.cs"]);
    // the build says which script carries which mixin, and why
    expect(res.notes).toHaveLength(1);
    expect(res.notes[0]).toMatch(/mdk2\/S: carries mixin B's files in B\/ .*src\/base\.ts/);
  });

  it.skipIf(!!skipCs)("each MDK2 script project compiles together with its mixins (mcs)", () => {
    const stubs = buildStubs();
    for (const name of ["S", "P"]) {
      const r = mcs(projectFiles(mdk2, name), join(DIR, "mdk2-check", `${name}.dll`), { target: "library", refs: [stubs] });
      expect(r.output, name).toBe("");
    }
  }, 300_000);
});

// C74: the carried mixin M holds only the files of M the script's compile reads; a mixin X the script imports
// had a file (not read by the script) that reads another file of M: in neither project (mcs CS0246). Now a
// mixin whose shared project reads a carried mixin is carried too.
describe("pbts build: a mixin the script imports reads a file of a mixin the script carries (C74)", () => {
  const dir = resolve(import.meta.dirname, "../../.tmp/build-mixin-carried-needed");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  const cls = (name: string, method: string, value: string) => `export class ${name} {\n  ${method}(): int {\n    return ${value};\n  }\n}\n`;
  writeFileSync(join(dir, "src", "base.ts"), 'import { int } from "pbts/se";\n\n' + cls("Base", "f", "1"));
  writeFileSync(join(dir, "src", "extra.ts"), 'import { int } from "pbts/se";\n\n' + cls("Extra", "e", "4"));
  writeFileSync(join(dir, "src", "x.ts"), 'import { int } from "pbts/se";\n\n' + cls("X", "y", "2"));
  writeFileSync(join(dir, "src", "x2.ts"), 'import { int } from "pbts/se";\nimport { Extra } from "./extra.ts";\n\n' + cls("X2", "z", "new Extra().e()"));
  writeFileSync(
    join(dir, "src", "main.ts"),
    'import { int, MyGridProgram, UpdateType } from "pbts/se";\nimport { Base } from "./base.ts";\nimport { X } from "./x.ts";\n\nclass D extends Base {\n  override f(): int {\n    return 5;\n  }\n}\n\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    const b: Base = new D();\n    this.Echo(`${b.f()} ${new X().y()}`);\n  }\n}\n',
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "t", private: true }));
  const res = build(dir, { mixins: { M: ["src/base.ts", "src/extra.ts"], X: ["src/x.ts", "src/x2.ts"] }, scripts: { S: { entry: "src/main.ts" } } });
  const mdk2 = join(dir, "dist", "mdk2");

  it("carries both, and the project compiles (mcs)", () => {
    expect(res.errors).toEqual([]);
    expect([...tree(join(mdk2, "S")).keys()].filter((f) => f.endsWith(".cs"))).toEqual(["M/base.cs", "Program.cs", "X/x.cs"]);
    expect(res.notes.join("\n")).toMatch(/carries mixin X's files .*reads a mixin this project carries/);
    if (skipCs) return;
    const r = mcs(projectFiles(mdk2, "S"), join(dir, "check", "S.dll"), { target: "library", refs: [buildStubs()] });
    expect(r.output).toBe("");
  }, 300_000);
});

/** Counts the compiles of a build (and which files each was given). */
class CountingCache extends CompileCache {
  readonly compiles: string[][] = [];
  override compile(opts: CompileOptions): CompileResult {
    this.compiles.push(opts.files ?? []);
    return super.compile(opts);
  }
}

// When the script's compile reads every file of the mixins it uses, a compile of the script with all of
// them has the same files: it is the script's compile, and it emits the mixin's files differently. The
// build compiled it a second time to find that out (a whole compile of the script and its mixins, on every
// build and every watch rebuild); now it carries the mixin without one, and writes the same.
describe("pbts build: a script that reads every file of a mixin it adds to (C69, no second compile)", () => {
  const dir = resolve(import.meta.dirname, "../../.tmp/build-mixin-emitted-differently-all");
  project(dir);
  const config = { mixins: { B: ["src/base.ts"], O: ["src/other.ts"] }, scripts: { S: { entry: "src/main.ts" } } };
  const cache = new CountingCache({ keep: false });
  const res = build(dir, config, cache);
  const mdk2 = join(dir, "dist", "mdk2");

  it("carries the mixin as its compile emits it, with one compile per mixin and one for the script", () => {
    expect(res.errors).toEqual([]);
    expect(cache.compiles.map((files) => files.map((f) => f.replace(`${dir}/`, "")))).toEqual([["src/base.ts"], ["src/other.ts"], ["src/main.ts"]]);
    expect(readFileSync(join(mdk2, "Mixins", "B", "base.cs"), "utf8")).toMatch(/public int f\(\)/);
    expect(readFileSync(join(mdk2, "S", "B", "base.cs"), "utf8")).toMatch(/public virtual int f\(\)/);
    const csproj = readFileSync(join(mdk2, "S", "S.csproj"), "utf8");
    expect(csproj).not.toContain("Mixins\\B\\");
    expect(csproj).toContain("Mixins\\O\\O.projitems");
    expect(res.notes).toHaveLength(1);
    expect(res.notes[0]).toMatch(/mdk2\/S: carries mixin B's files in B\/ .*src\/base\.ts/);
    if (skipCs) return;
    const r = mcs(projectFiles(mdk2, "S"), join(dir, "check", "S.dll"), { target: "library", refs: [buildStubs()] });
    expect(r.output).toBe("");
  }, 300_000);

  it("writes what the second compile decides where it still runs (B with a file the script does not read)", () => {
    // the same project with a file B does not list added to it (read by no script): the script no longer
    // reads every file of B, so the build compiles it with all of B's files, and finds B emitted differently
    const other = `${dir}-compiled`;
    project(other);
    writeFileSync(join(other, "src", "unused.ts"), 'import { int } from "pbts/se";\n\nexport class Unused {\n  u(): int {\n    return 3;\n  }\n}\n');
    const counted = new CountingCache({ keep: false });
    const again = build(other, { ...config, mixins: { ...config.mixins, B: ["src/base.ts", "src/unused.ts"] } }, counted);
    expect(again.errors).toEqual([]);
    expect(counted.compiles).toHaveLength(4);
    for (const f of ["S/B/base.cs", "S/Program.cs", "S/S.csproj"]) expect(readFileSync(join(other, "dist", "mdk2", f), "utf8"), f).toBe(readFileSync(join(mdk2, f), "utf8"));
  });
});

// C69: a mixin file's C# depends on the files of its compile, not only on its own text. A script class
// overriding a mixin class's method makes that method `virtual` in the script's compile, but the
// mixin's own compile (its MDK2 shared project) does not see the script: the script's MDK2 project's
// `public override int f()` met the shared project's `public int f()` (mcs CS0506). Now a script whose
// compile emits a mixin's files differently carries that mixin's files (as its compile emits them) in a
// folder of its own project, and does not import the mixin's shared project.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "../../compiler/build.ts";
import { csChecksUnavailable, mcs } from "../../compiler/csharp/mono.ts";
import { buildStubs } from "../../compiler/csharp/stubs.ts";
import { tree } from "./file-tree.ts";

const DIR = resolve(import.meta.dirname, "../../.tmp/build-mixin-emitted-differently");
const skipCs = csChecksUnavailable();
if (skipCs) console.warn(`[mixin-emitted-differently] C# compile checks skipped: ${skipCs}`);

function project(): void {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, "src"), { recursive: true });
  writeFileSync(join(DIR, "src", "base.ts"), 'import { int } from "pbts/se";\n\nexport class Base {\n  f(): int {\n    return 1;\n  }\n  g(): int {\n    return this.f() + 1;\n  }\n}\n');
  writeFileSync(join(DIR, "src", "other.ts"), 'import { int } from "pbts/se";\n\nexport class Other {\n  h(): int {\n    return 2;\n  }\n}\n');
  // a script that overrides Base.f, and one that only uses the mixins (its project imports them)
  writeFileSync(
    join(DIR, "src", "main.ts"),
    'import { int, MyGridProgram, UpdateType } from "pbts/se";\nimport { Base } from "./base.ts";\nimport { Other } from "./other.ts";\n\nclass Derived extends Base {\n  override f(): int {\n    return 5;\n  }\n}\n\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    const b: Base = new Derived();\n    this.Echo(`${b.g()} ${new Other().h()}`);\n  }\n}\n',
  );
  writeFileSync(
    join(DIR, "src", "plain.ts"),
    'import { MyGridProgram, UpdateType } from "pbts/se";\nimport { Base } from "./base.ts";\n\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    this.Echo(`${new Base().g()}`);\n  }\n}\n',
  );
  writeFileSync(join(DIR, "package.json"), JSON.stringify({ name: "t", private: true }));
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
  const res = build(DIR, { mixins: { B: ["src/base.ts"], O: ["src/other.ts"] }, scripts: { S: { entry: "src/main.ts" }, P: { entry: "src/plain.ts" } } });
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
    // the script that does not override imports B as before
    expect(readFileSync(join(mdk2, "P", "P.csproj"), "utf8")).toContain("Mixins\\B\\B.projitems");
    expect([...tree(join(mdk2, "P")).keys()].filter((f) => f.endsWith(".cs"))).toEqual(["Program.cs"]);
    // the build says which script carries which mixin, and why
    expect(res.notes.join("\n")).toMatch(/S.*B/);
  });

  it.skipIf(!!skipCs)("each MDK2 script project compiles together with its mixins (mcs)", () => {
    const stubs = buildStubs();
    for (const name of ["S", "P"]) {
      const r = mcs(projectFiles(mdk2, name), join(DIR, "mdk2-check", `${name}.dll`), { target: "library", refs: [stubs] });
      expect(r.output, name).toBe("");
    }
  }, 300_000);
});

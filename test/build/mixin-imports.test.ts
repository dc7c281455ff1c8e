// A mixin that imports a file no mixin lists: that file's C# goes with the mixin (it was dropped, so
// the mixin's shared project named a class it did not have), once, and a script using the mixin takes
// it from there (not a second copy in its own project).
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "../../compiler/build.ts";
import { csChecksUnavailable, mcs } from "../../compiler/csharp/mono.ts";
import { buildStubs } from "../../compiler/csharp/stubs.ts";

const skipCs = csChecksUnavailable();

const DIR = resolve(import.meta.dirname, "../../.tmp/build-mixin-imports");

function project(): void {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, "mixins"), { recursive: true });
  mkdirSync(join(DIR, "src"), { recursive: true });
  writeFileSync(join(DIR, "mixins", "helper.ts"), "export class Helper {\n  v = 1;\n}\n");
  writeFileSync(join(DIR, "mixins", "a.ts"), 'import { Helper } from "./helper.ts";\n\nexport class Alpha {\n  h: Helper = new Helper();\n  n(): number {\n    return this.h.v;\n  }\n}\n');
  writeFileSync(join(DIR, "mixins", "b.ts"), 'import { Helper } from "./helper.ts";\n\nexport class Beta {\n  h: Helper = new Helper();\n}\n');
  writeFileSync(
    join(DIR, "src", "Program.ts"),
    'import { MyGridProgram, UpdateType } from "pbts/se";\nimport { Alpha } from "../mixins/a.ts";\nimport { Beta } from "../mixins/b.ts";\n\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    this.Echo(`${new Alpha().n()} ${new Beta().h.v}`);\n  }\n}\n',
  );
  writeFileSync(join(DIR, "package.json"), JSON.stringify({ name: "t", private: true }));
}

describe("pbts build: a mixin importing a file no mixin lists", () => {
  it("writes that file's C# with the first mixin importing it, once; the other mixin and the script read it from there", () => {
    project();
    const res = build(DIR, { mixins: { Alpha: ["mixins/a.ts"], Beta: ["mixins/b.ts"] }, scripts: { S: { entry: "src/Program.ts" } } });
    expect(res.errors).toEqual([]);
    const cs = (d: string) => readdirSync(join(DIR, "dist", "mdk2", d)).filter((f) => f.endsWith(".cs")).sort();
    expect(cs("Mixins/Alpha")).toEqual(["a.cs", "helper.cs"]);
    expect(cs("Mixins/Beta")).toEqual(["b.cs"]);
    expect(readFileSync(join(DIR, "dist", "mdk2", "Mixins", "Alpha", "Alpha.projitems"), "utf8")).toContain("helper.cs");
    // the script project: its own Program.cs; Helper comes from the Alpha mixin it imports
    expect(cs("S")).toEqual(["Program.cs"]);
    expect(readFileSync(join(DIR, "dist", "mdk2", "S", "S.csproj"), "utf8")).toMatch(/Alpha[\s\S]*Beta|Beta[\s\S]*Alpha/);
    const script = readFileSync(join(DIR, "dist", "scripts", "S", "script.cs"), "utf8");
    expect(script.match(/class Helper\b/g)?.length).toBe(1);
  });
});

// C73: a file of mixin M the script does not read imports mixin N, which the script does not use: M's shared
// project (all of M's files) needs N, and the script's csproj imported M only (mcs CS0246 on N's class).
describe("pbts build: a mixin whose other file imports a mixin the script does not use (C73)", () => {
  it("the script's csproj imports that mixin too, and the project compiles (mcs)", () => {
    const dir = resolve(import.meta.dirname, "../../.tmp/build-mixin-needs");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "src"), { recursive: true });
    writeFileSync(join(dir, "src", "n.ts"), 'import { int } from "pbts/se";\n\nexport class NThing {\n  v(): int {\n    return 3;\n  }\n}\n');
    writeFileSync(join(dir, "src", "a.ts"), 'import { int } from "pbts/se";\n\nexport class A {\n  w(): int {\n    return 1;\n  }\n}\n');
    writeFileSync(join(dir, "src", "b.ts"), 'import { int } from "pbts/se";\nimport { NThing } from "./n.ts";\n\nexport class B {\n  x(): int {\n    return new NThing().v();\n  }\n}\n');
    writeFileSync(
      join(dir, "src", "main.ts"),
      'import { MyGridProgram, UpdateType } from "pbts/se";\nimport { A } from "./a.ts";\n\nexport class Program extends MyGridProgram {\n  Main(argument: string, updateSource: UpdateType): void {\n    this.Echo(`${new A().w()}`);\n  }\n}\n',
    );
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "t", private: true }));
    const res = build(dir, { mixins: { N: ["src/n.ts"], M: ["src/a.ts", "src/b.ts"] }, scripts: { S: { entry: "src/main.ts" } } });
    expect(res.errors).toEqual([]);
    const mdk2 = join(dir, "dist", "mdk2");
    const imports = [...readFileSync(join(mdk2, "S", "S.csproj"), "utf8").matchAll(/Mixins\\(\w+)\\/g)].map((m) => m[1]).sort();
    expect(imports).toEqual(["M", "N", "PbtsRuntime"]);
    if (skipCs) return void console.warn(`[mixin-imports] C73's mcs check skipped: ${skipCs}`);
    const files = [join(mdk2, "S", "Program.cs"), ...imports.flatMap((m) => readdirSync(join(mdk2, "Mixins", m)).filter((f) => f.endsWith(".cs")).map((f) => join(mdk2, "Mixins", m, f)))];
    const r = mcs(files, join(dir, "check", "S.dll"), { target: "library", refs: [buildStubs()] });
    expect(r.output).toBe("");
  }, 300_000);
});

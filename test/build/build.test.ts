// pbts build: paste-ready scripts compile the way the game wraps them; MDK2 projects compile and
// their XML has what MDK2's templates have.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, composeScript, stableGuid, type BuildConfig, type BuildResult } from "../../compiler/build.ts";
import { csChecksUnavailable, mcs } from "../../compiler/csharp/mono.ts";
import { buildStubs, readPrologue, wrapScript } from "../../compiler/csharp/stubs.ts";
import { MINIFY_LEVELS, stripComments, trimUnusedMembers, trimUnusedTypes } from "../../compiler/minify.ts";
import { where } from "../../compiler/print/where.ts";
import { tree } from "./file-tree.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = join(ROOT, ".tmp", "build-test");
const pkgConfig = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).pbts as BuildConfig;
const haveMixins = Object.values(pkgConfig.mixins).flat().every((f) => existsSync(join(ROOT, f)));
// The simulator's example scripts, plus the real mixins and example once they exist.
const config: BuildConfig = {
  out: OUT,
  mixins: haveMixins ? pkgConfig.mixins : {},
  scripts: {
    Counter: { entry: "sim/scenarios/scripts/counter.ts" },
    Leader: { entry: "sim/scenarios/scripts/leader.ts", minify: "lite" },
    ...(haveMixins && existsSync(join(ROOT, pkgConfig.scripts.WorkQueue?.entry ?? "-")) ? pkgConfig.scripts : {}),
  },
};
if (!haveMixins) console.warn("[build] the mixins are not in the tree yet: building the simulator's example scripts only.");
const skipCs = csChecksUnavailable();
if (skipCs) console.warn(`[build] C# compile checks skipped: ${skipCs}`);
const prologue = readPrologue();
const skipWrapped = skipCs;

/** Minimal XML well-formedness: balanced tags, one root, declaration first. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const re = /<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = re.exec(body))) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) roots++;
  }
  return stack.length === 0 && roots === 1 && !/<(?![/?!A-Za-z])/.test(body);
}

describe("pbts build", () => {
  let res: BuildResult;
  beforeAll(() => {
    res = build(ROOT, config);
  });

  it("builds without errors and lists every output", () => {
    expect(res.errors).toEqual([]);
    expect(res.outputs.filter((o) => o.kind === "script").length).toBe(Object.keys(config.scripts).length * MINIFY_LEVELS.length);
  });

  it("paste-ready scripts carry no usings or namespace and fit the limit", () => {
    for (const name of Object.keys(config.scripts)) {
      const text = readFileSync(join(OUT, "scripts", name, "script.cs"), "utf8");
      expect(text).not.toMatch(/^using /m);
      expect(text).not.toMatch(/namespace /);
      expect(text.length).toBeLessThanOrEqual(100_000);
      expect(text).toMatch(/void Main\(/);
    }
  });

  it.skipIf(!!skipWrapped)("every paste-ready script, at every minify level, compiles as the game wraps it", () => {
    const stubs = buildStubs();
    for (const name of Object.keys(config.scripts)) {
      for (const f of readdirSync(join(OUT, "scripts", name)).filter((x) => x.endsWith(".cs"))) {
        const text = readFileSync(join(OUT, "scripts", name, f), "utf8");
        const src = join(OUT, "wrapped", `${name}.${f}`);
        const r = mcs([writeTemp(src, wrapScript(text, prologue))], join(OUT, "wrapped", `${name}.${f}.dll`), { target: "library", refs: [stubs] });
        expect(r.output, `${name}/${f}`).toBe("");
        expect(r.ok).toBe(true);
      }
    }
    // 40 mcs runs (8 scripts x 5 levels), ~3 s each idle: more than vitest's 120 s under load
  }, 900_000);

  it("pbts where: at every level, the line declaring Main (and a statement inside it) leads back to the TS", () => {
    for (const name of Object.keys(config.scripts)) {
      for (const f of readdirSync(join(OUT, "scripts", name)).filter((x) => x.endsWith(".cs"))) {
        const file = join(OUT, "scripts", name, f);
        const lines = readFileSync(file, "utf8").split("\n");
        const k = lines.findIndex((l) => /void Main\(/.test(l));
        const [pos] = where(`${file}:${k + 1}`);
        const [, ts, tsLine] = /^(.*):(\d+)$/.exec(pos) ?? [];
        expect(ts, `${name}/${f}: ${pos}`).toBe(config.scripts[name].entry);
        expect(readFileSync(join(ROOT, ts), "utf8").split("\n")[Number(tsLine) - 1], `${name}/${f}`).toMatch(/\bMain\(/);
        // the name form: Main is never renamed
        expect(where(`${file}:Main`)[0]).toMatch(new RegExp(`^Main \\(declared on line ${k + 1}: ${ts}:${tsLine}\\)$`));
        // at full, Main's parameters are renamed in Main: its line names them (the per-line map)
        if (f === "script.full.cs") {
          const params = (/void Main\(([^)]*)\)/.exec(lines[k])?.[1] ?? "").split(",").filter(Boolean).map((p) => p.split(" ").pop()!);
          const names = where(`${file}:${k + 1}`)[1] ?? "";
          for (const p of params) expect(names, `${name}/${f}`).toMatch(new RegExp(`\\b${p} = [a-z]\\w+`));
          if (name === "WorkQueue") expect(params).toHaveLength(2);
        }
      }
    }
  });

  it.skipIf(!!skipCs)("each MDK2 script project compiles together with its mixins", () => {
    const stubs = buildStubs();
    for (const name of Object.keys(config.scripts)) {
      const proj = readFileSync(join(OUT, "mdk2", name, `${name}.csproj`), "utf8");
      const mixins = [...proj.matchAll(/Mixins\\(\w+)\\/g)].map((m) => m[1]);
      const files = [
        // (every folder: an SDK-style csproj compiles them all; a mixin the script carries is in one: C69)
        ...[...tree(join(OUT, "mdk2", name)).keys()].filter((f) => f.endsWith(".cs")).map((f) => join(OUT, "mdk2", name, f)),
        ...mixins.flatMap((m) => readdirSync(join(OUT, "mdk2", "Mixins", m)).filter((f) => f.endsWith(".cs")).map((f) => join(OUT, "mdk2", "Mixins", m, f))),
      ];
      const r = mcs(files, join(OUT, "mdk2-check", `${name}.dll`), { target: "library", refs: [stubs] });
      expect(r.output, name).toBe("");
    }
  });

  it("XML files are well-formed and have MDK2's elements", () => {
    for (const name of Object.keys(config.scripts)) {
      const csproj = readFileSync(join(OUT, "mdk2", name, `${name}.csproj`), "utf8");
      expect(wellFormed(csproj)).toBe(true);
      for (const want of ["<TargetFramework>netframework48</TargetFramework>", "<LangVersion>6</LangVersion>", "<RootNamespace>IngameScript</RootNamespace>", 'Include="Mal.Mdk2.PbAnalyzers"', 'Include="Mal.Mdk2.PbPackager"', 'Include="Mal.Mdk2.References"', 'Label="Shared"'])
        expect(csproj).toContain(want);
      const imports = [...csproj.matchAll(/<Import Project="([^"]+)" Label="Shared" \/>/g)].map((x) => x[1]);
      expect(imports).toContain("..\\Mixins\\PbtsRuntime\\PbtsRuntime.projitems");
      for (const p of imports) expect(p).toMatch(/^\.\.\\Mixins\\(\w+)\\\1\.projitems$/);
      const ini = readFileSync(join(OUT, "mdk2", name, "mdk.ini"), "utf8");
      expect(ini).toMatch(/^\[mdk\]$/m);
      expect(ini).toMatch(/^type=programmableblock$/m);
      expect(ini).toMatch(/^minify=(none|trim|stripcomments|lite|full)$/m);
      // MDK2's current script template (malforge/mdk2 @1d5a6ec): mdk.ini / mdk.local.ini (not <Project>.mdk.ini),
      // minifyextraoptions and namespaces in mdk.ini, the package versions it pins
      expect(ini).toMatch(/^minifyextraoptions=none$/m);
      expect(ini).toMatch(/^namespaces=IngameScript$/m);
      for (const [pkg, v] of [["PbAnalyzers", "2.2.0"], ["PbPackager", "2.2.10"], ["References", "2.2.9"]]) expect(csproj).toContain(`Include="Mal.Mdk2.${pkg}" Version="${v}"`);
      expect(readdirSync(join(OUT, "mdk2", name)).filter((f) => f.endsWith(".ini")).sort()).toEqual(["mdk.ini", "mdk.local.ini"]);
      expect(readFileSync(join(OUT, "mdk2", name, "mdk.local.ini"), "utf8")).toMatch(/^output=auto$/m);
    }
    for (const m of readdirSync(join(OUT, "mdk2", "Mixins"))) {
      const shproj = readFileSync(join(OUT, "mdk2", "Mixins", m, `${m}.shproj`), "utf8");
      const items = readFileSync(join(OUT, "mdk2", "Mixins", m, `${m}.projitems`), "utf8");
      expect(wellFormed(shproj) && wellFormed(items)).toBe(true);
      const guid = stableGuid(m);
      expect(shproj).toContain(`<ProjectGuid>{${guid}}</ProjectGuid>`);
      expect(shproj).toContain(`<Import Project="${m}.projitems" Label="Shared" />`);
      expect(shproj).toContain('<Project ToolsVersion="15.0"');
      expect(shproj).toMatch(/Condition=" '\$\(Configuration\)\|\$\(Platform\)' == 'Debug\|x64' "/);
      expect(items).toContain(`<SharedGUID>${guid.toLowerCase()}</SharedGUID>`);
      expect(items).toContain("<HasSharedItems>true</HasSharedItems>");
      const compiles = [...items.matchAll(/<Compile Include="\$\(MSBuildThisFileDirectory\)([^"]+)" \/>/g)].map((x) => x[1]).sort();
      expect(compiles).toEqual(readdirSync(join(OUT, "mdk2", "Mixins", m)).filter((f) => f.endsWith(".cs")).sort());
    }
  });

  it("mixin GUIDs stay the same from build to build and differ between mixins", () => {
    expect(stableGuid("Failover")).toBe(stableGuid("Failover"));
    expect(stableGuid("Failover")).not.toBe(stableGuid("Console"));
    expect(stableGuid("Failover")).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  });

  it("minify levels: trim drops unused types, stripcomments keeps strings, Main is kept", () => {
    const body = 'public class Used\n{\n}\npublic class Unused\n{\n}\nprivate Used u;\npublic void Main()\n{\n    // note\n    Echo("// not a comment");\n}';
    const trimmed = trimUnusedTypes(body);
    expect(trimmed).toContain("class Used");
    expect(trimmed).not.toContain("class Unused");
    const members = "public class C\n{\n    private double kept;\n    private double dropped;\n    public C()\n    {\n        this.kept = 1.0;\n    }\n    public void Never()\n    {\n    }\n    public override string ToString()\n    {\n        return \"c\";\n    }\n}\nprivate C c;\npublic void Main()\n{\n    Echo(c.ToString());\n}";
    const m = trimUnusedMembers(members);
    expect(m).toContain("private double kept;");
    expect(m).not.toContain("dropped");
    expect(m).not.toContain("Never");
    expect(m).toContain("public C()");
    expect(m).toContain("override string ToString()");
    const stripped = stripComments(trimmed);
    expect(stripped).not.toContain("// note");
    expect(stripped).toContain('"// not a comment"');
    const lite = composeScript([{ source: "x", name: "P.cs", code: "", body, isProgram: true }], ["read me"], "lite");
    expect(lite.startsWith("// read me\n")).toBe(true);
    expect(lite).toContain("public void Main()");
    expect(lite).not.toMatch(/^\s+\S/m);
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function writeTemp(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

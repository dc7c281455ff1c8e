// The instruction-counting rewriter over a broad corpus of emitted C#: every case of the
// differential suite (test/diff/cases: control flow, classes, collections, strings, numbers, API)
// (all of control flow, a sample of the rest) plus the whole pbts runtime (every helper of compiler/runtime/Js.cs) is instrumented and built
// with mcs. C# that builds plain must build instrumented: a file mcs rejects only once instrumented
// is a rewriter bug (the engine would fail to build that script).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { instrument } from "../../compiler/csharp/instrument.ts";
import { csChecksUnavailable, mcs } from "../../compiler/csharp/mono.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { helperNames, helperSource } from "../../compiler/runtime/helpers.ts";
import { caseSource, type DiffCase } from "../diff/harness.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] instrumented corpus build: ${noMono}`);

// control flow is what the rewriter follows: all of it; of the other suites every 4th case (the
// corpus costs a TS compile per case)
const SUITES: [string, number][] = [["control", 1], ["classes", 4], ["collections", 4], ["api", 4], ["numbers", 4], ["strings", 4]];

/** The files mcs reports errors in. */
function failing(output: string): Set<string> {
  const s = new Set<string>();
  for (const m of output.matchAll(/^(.*?\.cs)\(\d+,\d+\): error/gm)) s.add(m[1]!.split("/").pop()!);
  return s;
}

describe.skipIf(noMono !== null)("instrument() over the emitted corpus", () => {
  let cs: typeof import("../../sim/engine/cs.ts");
  const dir = join(REPO_ROOT, ".tmp", "cs", "instrument-corpus");
  beforeAll(async () => {
    cs = await import("../../sim/engine/cs.ts");
    cs.buildHost();
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(() => cs?.closeCsLink());

  it("the whole pbts runtime (every helper) builds instrumented", () => {
    const code = `using System;\nusing System.Collections.Generic;\nusing System.Text;\nnamespace RuntimeAll\n{\n    partial class Program\n    {\n        static class Js\n        {\n${helperSource(helperNames())}\n        }\n    }\n}\n`;
    const plain = join(dir, "runtime", "plain", "Runtime.cs");
    const inst = join(dir, "runtime", "instr", "Runtime.cs");
    mkdirSync(join(dir, "runtime", "plain"), { recursive: true });
    mkdirSync(join(dir, "runtime", "instr"), { recursive: true });
    writeFileSync(plain, code);
    writeFileSync(inst, instrument(code));
    const stubs = join(cs.ENGINE_DIR, "PbtsStubs.dll");
    const p = mcs([plain], join(dir, "runtime", "plain.dll"), { target: "library", refs: [stubs] });
    const r = mcs([inst], join(dir, "runtime", "instr.dll"), { target: "library", refs: [stubs, cs.buildCounter()] });
    if (p.ok) expect(r.output).toBe("");
    expect(r.ok || !p.ok).toBe(true);
  });

  for (const [suite, every] of SUITES) {
    it(`test/diff/cases/${suite}.ts${every > 1 ? ` (every ${every}th case)` : ""}: what builds plain builds instrumented`, { timeout: 180_000 }, async () => {
      const { cases } = (await import(`../diff/cases/${suite}.ts`)) as { cases: DiffCase[] };
      const plainDir = join(dir, suite, "plain");
      const instDir = join(dir, suite, "instr");
      mkdirSync(plainDir, { recursive: true });
      mkdirSync(instDir, { recursive: true });
      const plain: string[] = [];
      const inst: string[] = [];
      let files = 0;
      for (let i = 0; i < cases.length; i += every) {
        const tsFile = join(dir, suite, `case${i}.ts`);
        writeFileSync(tsFile, caseSource(cases[i]!));
        const res = compile({ files: [tsFile], namespace: `Case${i}`, cwd: REPO_ROOT });
        if (!res.ok) continue;
        for (const f of res.files) {
          const name = `case${i}_${f.name}`;
          writeFileSync(join(plainDir, name), f.code);
          writeFileSync(join(instDir, name), instrument(f.code));
          plain.push(join(plainDir, name));
          inst.push(join(instDir, name));
          files++;
        }
      }
      expect(files).toBeGreaterThan(0);
      const stubs = join(cs.ENGINE_DIR, "PbtsStubs.dll");
      const p = mcs(plain, join(dir, suite, "plain.dll"), { target: "library", refs: [stubs] });
      const r = mcs(inst, join(dir, suite, "instr.dll"), { target: "library", refs: [stubs, cs.buildCounter()] });
      const onlyInstrumented = [...failing(r.output)].filter((f) => !failing(p.output).has(f));
      if (onlyInstrumented.length) console.error(r.output.split("\n").slice(0, 20).join("\n"));
      expect(onlyInstrumented).toEqual([]);
      if (p.ok) expect(r.ok).toBe(true);
    });
  }
});

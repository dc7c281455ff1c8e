// `npm run bench`, compiler part: cold compile time of a generated program of a few thousand lines
// (and of the mixins, when present) next to `tsc --noEmit` on the same files, in the same run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SE_INDEX } from "./emit/api.ts";

const ROOT = resolve(import.meta.dirname, "..");
const DIR = join(ROOT, ".tmp", "bench-compiler");

/** A script of `classes` classes, each with fields, methods, loops, strings and collections. */
export function generateProgram(classes: number): string {
  const parts = [`import { MyGridProgram, UpdateType, UpdateFrequency, StringBuilder } from "pbts/se";`, `import type { int } from "pbts/se";`];
  for (let i = 0; i < classes; i++) {
    parts.push(`
export class Worker${i} {
  private items: number[] = [];
  private names = new Map<string, number>();
  private total = 0;
  constructor(private readonly id: int) {}
  add(x: number): void {
    this.items.push(x * ${i + 1});
    this.total += x;
    this.names.set(\`k\${this.items.length}\`, x);
  }
  sum(): number {
    let s = 0;
    for (let k = 0; k < this.items.length; k++) s += this.items[k];
    for (const v of this.items) if (v > ${i}) s -= 0.5;
    return s;
  }
  describe(sb: StringBuilder): void {
    sb.Append(\`worker \${this.id}: \${this.sum()} of \${this.total}\`).AppendLine();
    if (this.names.has("k1")) sb.Append("has k1");
    switch (this.id % 3) {
      case 0: sb.Append("zero"); break;
      case 1: sb.Append("one"); break;
      default: sb.Append("other");
    }
  }
}`);
  }
  parts.push(`
export class Program extends MyGridProgram {
  private sb = new StringBuilder();
  constructor() { super(); this.Runtime.UpdateFrequency = UpdateFrequency.Update100; }
  Main(argument: string, updateSource: UpdateType): void {
    this.sb.Clear();
${Array.from({ length: classes }, (_, i) => `    { const w = new Worker${i}(${i}); w.add(${i}); w.describe(this.sb); }`).join("\n")}
    this.Echo(this.sb.ToString());
  }
}`);
  return parts.join("\n");
}

function timeCmd(cmd: string, args: string[]): { ms: number; ok: boolean; out: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  return { ms: performance.now() - t0, ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(files: string[], label: string, runs: number): string[] {
  const tsconfig = join(DIR, `tsconfig.${label}.json`);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "bundler", strict: true, noEmit: true, skipLibCheck: true, allowImportingTsExtensions: true, types: [], lib: ["ES2022"], paths: { "pbts/se": [SE_INDEX] } },
      files,
    }),
  );
  const pbts: number[] = [];
  const tsc: number[] = [];
  let lines = 0;
  for (const f of files) lines += readFileSync(f, "utf8").split("\n").length;
  for (let i = 0; i < runs; i++) {
    // Alternate the two so machine noise hits both alike.
    const a = timeCmd(process.execPath, [join(ROOT, "compiler/bin/pbts.mjs"), "compile", ...files, "-o", join(DIR, "out", label)]);
    if (!a.ok) throw new Error(`pbts compile failed:\n${a.out}`);
    pbts.push(a.ms);
    const b = timeCmd(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", tsconfig]);
    if (!b.ok) throw new Error(`tsc failed:\n${b.out}`);
    tsc.push(b.ms);
  }
  const p = median(pbts);
  const t = median(tsc);
  return [`| ${label} | ${files.length} | ${lines} | ${p.toFixed(0)} | ${t.toFixed(0)} | ${(p / t).toFixed(1)}x |`];
}

export async function benchCompiler(): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const gen = join(DIR, "generated.ts");
  writeFileSync(gen, generateProgram(120));
  const rows = [
    "Compiler: cold `pbts compile` (a fresh process: startup, type-check, emit) vs `tsc --noEmit` (TypeScript 7, native) on the same files; median of 3 alternating runs.",
    "",
    "| input | files | lines | pbts compile ms | tsc --noEmit ms | ratio |",
    "|---|---|---|---|---|---|",
    ...measure([gen], "generated", 3),
  ];
  const mixinFiles = existsSync(join(ROOT, "mixins"))
    ? readdirSync(join(ROOT, "mixins")).filter((f) => f.endsWith(".ts") && !f.includes("bench") && !f.includes(".test.")).map((f) => join(ROOT, "mixins", f))
    : [];
  if (mixinFiles.length) {
    try {
      rows.push(...measure(mixinFiles, "mixins", 3));
    } catch (e) {
      rows.push(`| mixins | ${mixinFiles.length} | - | failed: ${String((e as Error).message).split("\n")[0]} | | |`);
    }
  }
  return rows.join("\n");
}

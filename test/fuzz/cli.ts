// `npm run fuzz -- --count 10000 --seed N`: generate programs, run them in Node and under mono in
// batches, group the failures by class, shrink one counterexample per class with fast-check and
// write it to .tmp/fuzz/ with the command that replays it. `--path P` replays one program.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import fc from "fast-check";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { atPath, generate, programArb, type FuzzProgram } from "./gen.ts";
import { NONE_OPEN, OPEN, type OpenDefects } from "./flags.ts";
import { FUZZ_TMP, firstDifference, isFailure, runPrograms, signature, type Verdict } from "./runner.ts";

const cmd = new Command("fuzz")
  .description("generative differential fuzzer: random pbts programs, Node vs mono")
  .option("--count <n>", "programs to generate", "1000")
  .option("--seed <n>", "fast-check seed (default: random)")
  .option("--batch <n>", "programs per mcs/mono run", "250")
  .option("--all", "generate every construct, also those whose known defect is open (all flags off)")
  .option("--path <p>", "replay the one program at this fast-check path (from a counterexample file)")
  .option("--kinds <list>", "generate only these snippet kinds (comma-separated, e.g. round6)")
  .option("--no-shrink", "do not shrink counterexamples")
  .option("--shrink-budget <n>", "program runs allowed per shrink", "150")
  .option("--max-shrink <n>", "failure classes to shrink", "12")
  .parse();
const o = cmd.opts<{ count: string; seed?: string; batch: string; all?: boolean; path?: string; shrink: boolean; shrinkBudget: string; maxShrink: string; kinds?: string }>();
const kinds = o.kinds ? o.kinds.split(",").map((x) => x.trim()) : undefined;

const seed = o.seed !== undefined ? Number(o.seed) : Math.floor(Math.random() * 2 ** 31);
const flags: OpenDefects = o.all ? NONE_OPEN : OPEN;
const withCs = !csChecksUnavailable();
if (!withCs) console.warn("[fuzz] mcs/mono not found: only Node and the compiler run.");
const replay = (path: string) => `npm run fuzz -- --seed ${seed} --path ${path}${o.all ? " --all" : ""}${kinds ? ` --kinds ${kinds.join(",")}` : ""}`;

function describe(v: Verdict): string {
  const out: string[] = [`verdict: ${v.kind} (${signature(v)})`];
  if (v.detail) out.push(v.detail.trim());
  if (v.kind === "diff") out.push(firstDifference(v));
  out.push("node:", ...v.node.map((l) => `  ${l}`));
  if (v.cs) out.push("mono:", ...v.cs.map((l) => `  ${l}`));
  return out.join("\n");
}

async function runOne(p: FuzzProgram, dir: string): Promise<Verdict> {
  return (await runPrograms([p], dir, withCs))[0];
}

if (o.path) {
  const v = await runOne(atPath(seed, o.path, flags, kinds), "replay");
  console.log(v.source);
  console.log(describe(v));
  process.exit(isFailure(v) ? 1 : 0);
}

const count = Number(o.count);
const batch = Number(o.batch);
console.log(`[fuzz] seed ${seed}, ${count} programs, flags ${o.all ? "all off (--all)" : Object.keys(OPEN).filter((k) => OPEN[k]).join(", ") || "none"}`);
const t0 = Date.now();
const programs = generate(seed, count, flags, kinds);
const counts = new Map<string, number>();
const firstOf = new Map<string, Verdict>();
const listing: string[] = [];
for (let b = 0; b < count; b += batch) {
  const vs = await runPrograms(programs.slice(b, b + batch), "batch", withCs);
  for (const v of vs) {
    v.index += b;
    const sig = isFailure(v) ? signature(v) : v.kind === "rejected" ? "rejected (PBTS diagnostic)" : "same";
    counts.set(sig, (counts.get(sig) ?? 0) + 1);
    if (isFailure(v) && !firstOf.has(sig)) firstOf.set(sig, v);
    if (isFailure(v)) listing.push(`${v.index}\t${sig}\t${v.kind === "diff" ? firstDifference(v) : v.detail.split("\n")[0]}\t${replay(String(v.index))}`);
  }
  console.log(`[fuzz] ${Math.min(b + batch, count)}/${count} (${Math.round((Date.now() - t0) / 1000)} s) ${[...counts].map(([k, n]) => `${k}: ${n}`).join(", ")}`);
}

mkdirSync(FUZZ_TMP, { recursive: true });
if (listing.length > 0) {
  const list = join(FUZZ_TMP, `failures-${seed}.tsv`);
  writeFileSync(list, `${listing.join("\n")}\n`);
  console.log(`[fuzz] every failing program: ${list}`);
}
let shrunk = 0;
for (const [sig, v] of firstOf) {
  let final = v;
  let path = String(v.index);
  if (o.shrink && shrunk < Number(o.maxShrink)) {
    shrunk++;
    let runs = 0;
    let last: Verdict = v;
    const r = await fc.check(
      fc.asyncProperty(programArb(flags, kinds), async (p) => {
        if (runs++ >= Number(o.shrinkBudget)) return true;
        const w = await runOne(p, "shrink");
        const same = isFailure(w) && signature(w) === sig;
        if (same) last = w;
        return !same;
      }),
      { seed, path, numRuns: 1 },
    );
    if (r.failed && r.counterexamplePath) {
      path = r.counterexamplePath;
      final = last;
    }
    console.log(`[fuzz] shrunk ${sig} in ${runs} runs`);
  }
  const file = join(FUZZ_TMP, `cex-${seed}-${path.replaceAll(":", "_")}.ts`);
  const header = [`failure class: ${sig}`, `replay: ${replay(path)}`, ...describe(final).split("\n")];
  writeFileSync(file, `${header.map((l) => `// ${l}`).join("\n")}\n${final.source}`);
  console.log(`[fuzz] ${sig}: ${file}\n        replay: ${replay(path)}`);
}
const failures = [...counts].filter(([k]) => k !== "same" && !k.startsWith("rejected")).reduce((a, [, n]) => a + n, 0);
console.log(`[fuzz] done in ${Math.round((Date.now() - t0) / 1000)} s: ${failures} failing of ${count}`);
process.exit(failures > 0 ? 1 : 0);

// Where a cold check's CPU goes, phase by phase, in one fresh process of the precompiled pbts (js/):
// loading ts-morph (with pbts's code cache, as the CLI), loading pbts's compiler modules, parsing
// (the lib, pbts/se and the given files), the checker's set-up (binding), and TypeScript's
// diagnostics of the given files; then the same files parsed again in the now warm process.
// Usage: node test/bench/compile-phases.mjs <file.ts>... (CPU ms, process.cpuUsage: user + system).
// With --pbts first: pbts's own compile() instead, phase by phase (compile.ts opts.phase: program set-up
// and parse, TypeScript's diagnostics, the subset checks, emit), cold and then twice again in the warm
// process (as `pbts build --watch` compiles the same files again).
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { installCompileCache } from "../../compiler/bin/compile-cache.mjs";
import { ensureBuilt } from "../../compiler/bin/build-js.mjs";
import { tuneV8 } from "../../compiler/bin/v8-tuning.mjs";

ensureBuilt();
tuneV8(); // as compiler/bin/pbts.mjs does
installCompileCache();
const ms = (since) => {
  const u = process.cpuUsage(since);
  return Math.round((u.user + u.system) / 1000);
};
const start = process.cpuUsage();
if (process.argv[2] === "--pbts") {
  const { compile } = await import("../../js/compiler/compile.js");
  const loaded = ms(start);
  console.log(`${String(loaded).padStart(6)} ms  start-up (ts-morph and pbts's compiler modules loaded)`);
  for (const run of ["cold", "warm", "warm"]) {
    const phases = [];
    let t = process.cpuUsage();
    const r = compile({ files: process.argv.slice(3).map((f) => resolve(f)), phase: (name) => (phases.push(`${name} ${ms(t)}`), (t = process.cpuUsage())) });
    console.log(`${run}: ${phases.join(", ")}${r.ok ? "" : ` (${r.diagnostics.length} errors)`}`);
  }
  process.exit(0);
}
const { Project, ts } = createRequire(import.meta.url)("ts-morph");
const rows = [["load ts-morph", ms(start)]];
let t = process.cpuUsage();
const { COMPILER_OPTIONS } = await import("../../js/compiler/compile.js");
rows.push(["load pbts's compiler modules", ms(t)]);
t = process.cpuUsage();
const project = new Project({ compilerOptions: COMPILER_OPTIONS, skipAddingFilesFromTsConfig: true });
const files = process.argv.slice(2).map((f) => project.addSourceFileAtPath(resolve(f)));
project.resolveSourceFileDependencies();
rows.push([`parse (lib, pbts/se, ${files.length} given; ${project.getSourceFiles().length} non-lib files)`, ms(t)]);
t = process.cpuUsage();
const program = project.getProgram().compilerObject;
program.getTypeChecker();
rows.push(["checker set-up (binding)", ms(t)]);
t = process.cpuUsage();
const errors = files.flatMap((sf) => ts.getPreEmitDiagnostics(program, sf.compilerNode)).length;
rows.push([`diagnostics of the given files (${errors} errors)`, ms(t)]);
t = process.cpuUsage();
for (const sf of project.getSourceFiles()) ts.createSourceFile(sf.getFilePath(), sf.getFullText(), ts.ScriptTarget.ES2022, true);
rows.push(["the non-lib files parsed again (warm)", ms(t)]);
rows.push(["total", ms(start)]);
for (const [what, n] of rows) console.log(`${String(n).padStart(6)} ms  ${what}`);

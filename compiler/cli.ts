// The pbts command line: build, compile, check, sim.
import { Command, InvalidArgumentError } from "commander";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compile } from "./compile.ts";
import { formatDiagnostic } from "./diagnostics.ts";

function printDiagnostics(diags: ReturnType<typeof compile>["diagnostics"]): void {
  for (const d of diags) console.error(formatDiagnostic(d));
  if (diags.length) console.error(`${diags.length} error${diags.length === 1 ? "" : "s"}; no C# written.`);
}

function int(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError("expected an integer");
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  program.name("pbts").description("TypeScript toolchain for Space Engineers Programmable Block scripts").exitOverride();

  program
    .command("compile")
    .description("compile TS subset files to C# 6 (partial class Program in namespace IngameScript)")
    .argument("<files...>", "TypeScript files (their relative imports are compiled too)")
    .option("-o, --out <dir>", "output folder", "dist/cs")
    .option("--namespace <name>", "C# namespace", "IngameScript")
    .action((files: string[], opts: { out: string; namespace: string }) => {
      const r = compile({ files, namespace: opts.namespace });
      printDiagnostics(r.diagnostics);
      if (!r.ok) return void (code = 1);
      mkdirSync(resolve(opts.out), { recursive: true });
      for (const f of r.files) {
        writeFileSync(join(resolve(opts.out), f.name), f.code);
        console.log(`wrote ${join(opts.out, f.name)}`);
      }
    });

  program
    .command("check")
    .description("type-check and report everything outside the subset; writes nothing")
    .argument("<files...>", "TypeScript files")
    .action((files: string[]) => {
      const r = compile({ files });
      printDiagnostics(r.diagnostics);
      if (!r.ok) return void (code = 1);
      console.log(`${files.length} file${files.length === 1 ? "" : "s"} checked: no problems.`);
    });

  program
    .command("sim")
    .description("run a simulator scenario and print its timeline")
    .argument("<scenario>", "scenario file")
    .option("--json", "print the trace as JSON")
    .option("--svg <file>", "draw each PB's state over time into an SVG file")
    .option("--seed <n>", "seed (overrides the scenario's)", int)
    .option("--ticks <n>", "ticks to run (overrides the scenario's)", int)
    .option("--engine <engine>", "run the scripts as TS (ts, default) or compiled to C# under mono (cs)")
    .option("--profile", "print each PB's instructions per run (max, mean, p99) and the runs closest to the limit (counted with --engine cs)")
    .action(async (scenario: string, opts: { json?: boolean; svg?: string; seed?: number; ticks?: number; engine?: "ts" | "cs"; profile?: boolean }) => {
      const { runSimCli } = await import("../sim/cli.ts");
      code = await runSimCli(scenario, opts);
    });

  program
    .command("build")
    .description("compile the mixins and example scripts into dist/ (C# files and paste-ready scripts)")
    .option("--watch", "rebuild when a source changes")
    .action(async (opts: { watch?: boolean }) => {
      const { runBuild } = await import("./build.ts");
      code = await runBuild({ watch: !!opts.watch });
    });

  program
    .command("new")
    .description("scaffold a script project of your own (failover mixin, scenario, test)")
    .argument("<dir>", "folder to create (must be empty or absent)")
    .option("--pbts <spec>", "how the project depends on pbts (default: this pbts, by path)")
    .action(async (dir: string, opts: { pbts?: string }) => {
      const { newProject } = await import("./new-project.ts");
      const files = newProject(dir, { pbtsSpec: opts.pbts });
      for (const f of files) console.log(`created ${join(dir, f)}`);
      console.log(`\nNext:\n  cd ${dir}\n  npm install && npm run build\n  npm test`);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
    if (e.exitCode !== undefined) return e.exitCode || 1;
    console.error(`pbts: ${e.message ?? err}`);
    return 1;
  }
  return code;
}

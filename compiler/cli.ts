// The pbts command line: build, compile, check, sim, new.
// Every expected failure prints one line, `pbts <command>: <what is wrong>. <what to do>`, and
// exits 1; a raw stack is printed only for a bug (and only with PBTS_DEBUG=1).
import { Command, InvalidArgumentError } from "commander";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatDiagnostic, TYPE_ERRORS_FIRST, type Diagnostic } from "./diagnostics.ts";
import { UsageError } from "./usage-error.ts";
import { PBTS_ROOT } from "./package-root.ts";


export function pbtsVersion(): string {
  return (JSON.parse(readFileSync(join(PBTS_ROOT, "package.json"), "utf8")) as { version: string }).version;
}


export function diagnosticsReport(diags: Diagnostic[], tail: string): string[] {
  if (!diags.length) return [];
  const lines = diags.map(formatDiagnostic);
  lines.push(`${diags.length} error${diags.length === 1 ? "" : "s"}; ${tail}`);
  if (diags.some((d) => d.code === "PBTS0001")) lines.push(TYPE_ERRORS_FIRST);
  return lines;
}

/** The files must exist before anything is compiled (one line each, not a fake (1,1) position). */
function requireFiles(files: string[]): void {
  for (const f of files) {
    if (!existsSync(f)) throw new UsageError(`${f}: no such file (from ${process.cwd()}). Check the path.`);
    if (!statSync(f).isFile()) throw new UsageError(`${f} is a folder. Name the .ts files to compile (e.g. src/Program.ts).`);
  }
}

function int(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError("expected an integer");
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name("pbts")
    .description("TypeScript toolchain for Space Engineers Programmable Block scripts")
    .version(pbtsVersion(), "-v, --version", "print pbts's version")
    .exitOverride();

  program
    .command("compile")
    .description("compile TS subset files to C# 6 (partial class Program in namespace IngameScript)")
    .argument("<files...>", "TypeScript files (their relative imports are compiled too)")
    .option("-o, --out <dir>", "output folder", "dist/cs")
    .option("--namespace <name>", "C# namespace", "IngameScript")
    .action(async (files: string[], opts: { out: string; namespace: string }) => {
      requireFiles(files);
      const { compile } = await import("./compile.ts"); // loaded only when needed: ts-morph is most of pbts's start-up
      const r = compile({ files, namespace: opts.namespace });
      for (const l of diagnosticsReport(r.diagnostics, "no C# written.")) console.error(l);
      if (!r.ok) return void (code = 1);
      try {
        mkdirSync(resolve(opts.out), { recursive: true });
        for (const f of r.files) {
          writeFileSync(join(resolve(opts.out), f.name), f.code);
          console.log(`wrote ${join(opts.out, f.name)}`);
        }
      } catch (e) {
        throw new UsageError(`cannot write to ${opts.out} (${(e as { code?: string }).code ?? (e as Error).message}). Give --out a folder you can write to.`);
      }
    });

  program
    .command("check")
    .description("type-check and report everything outside the subset; writes nothing")
    .argument("<files...>", "TypeScript files")
    .action(async (files: string[]) => {
      requireFiles(files);
      const { compile } = await import("./compile.ts");
      const r = compile({ files });
      for (const l of diagnosticsReport(r.diagnostics, "the script would not compile.")) console.error(l);
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
    .option("--serve", "open the live view: a local web page to watch the run, step it and inject faults")
    .option("--port <n>", "the live view's port (default 8090; 0 picks a free one)", int)
    .option("--minify <level>", "with --engine cs: run the paste-ready script at this minify level (none, trim, stripcomments, lite, full)")
    .option("--no-check", "run the scripts on the TS engine without checking them first (pbts check): what the game refuses may run")
    .action(async (scenario: string, opts: { json?: boolean; svg?: string; seed?: number; ticks?: number; engine?: "ts" | "cs"; profile?: boolean; serve?: boolean; port?: number; minify?: string; check?: boolean }) => {
      if (opts.minify !== undefined) {
        const { MINIFY_LEVELS } = await import("./minify.ts");
        const level = MINIFY_LEVELS.find((l) => l === opts.minify);
        if (!level || opts.engine !== "cs") throw new UsageError(`--minify ${opts.minify}: use one of ${MINIFY_LEVELS.join(", ")}, with --engine cs.`);
        (await import("../sim/engine/cs.ts")).setScriptLevel(level);
      }
      const { runSimCli } = await import("../sim/cli.ts");
      code = await runSimCli(scenario, opts);
    });

  program
    .command("where")
    .description("the TS file and line a line of a paste-ready script comes from (any minify level)")
    .argument("<script:line>", "e.g. dist/scripts/MyScript/script.cs:120")
    .action(async (at: string) => {
      const { where } = await import("./print/where.ts");
      for (const l of where(at)) console.log(l);
    });

  program
    .command("build")
    .description(`compile what package.json's "pbts" field lists into dist/ (C# files and paste-ready scripts)`)
    .argument("[scripts...]", "build only these scripts (names from the \"pbts\" field; mixins are always built)")
    .option("--watch", "rebuild when a source changes")
    .action(async (scripts: string[], opts: { watch?: boolean }) => {
      const { runBuild } = await import("./build.ts");
      code = await runBuild({ watch: !!opts.watch, scripts });
    });

  program
    .command("new")
    .description("scaffold a script project of your own (failover mixin, scenario, test)")
    .argument("<dir>", "folder to create (must be empty or absent)")
    .option("--pbts <spec>", "how the project depends on pbts: an npm version or path (default: this pbts, by relative path)")
    .action(async (dir: string, opts: { pbts?: string }) => {
      const { newProject } = await import("./new-project.ts");
      const files = newProject(dir, { pbtsSpec: opts.pbts });
      for (const f of files) console.log(`created ${join(dir, f)}`);
      console.log(`\nNext:\n  cd ${dir}\n  npm install && npm run build\n  npm test`);
    });

  // Commander's own errors (unknown command or option, missing argument) in the same one-line form.
  const configure = (cmd: Command, name: string): void => {
    cmd.configureOutput({
      outputError: (str, write) => write(`${name}: ${str.trim().replace(/^error: /, "").replace(/\.$/, "")}. Run "${name} --help" for usage.\n`),
    });
  };
  configure(program, "pbts");
  for (const c of program.commands) configure(c, `pbts ${c.name()}`);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
    if (e.code === "commander.executeSubCommandAsync" || (typeof e.code === "string" && e.code.startsWith("commander."))) return e.exitCode || 1;
    const command = program.args[0] && program.commands.some((c) => c.name() === program.args[0]) ? `pbts ${program.args[0]}` : "pbts";
    if (err instanceof UsageError) console.error(`${command}: ${e.message}`);
    else {
      console.error(`${command}: ${e.message ?? err}`);
      if (process.env.PBTS_DEBUG) console.error((err as Error)?.stack);
      else console.error("(unexpected: this may be a pbts bug; PBTS_DEBUG=1 prints the stack, please report it)");
    }
    return 1;
  }
  return code;
}

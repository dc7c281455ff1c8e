// `pbts new <dir>`: scaffold a user's own script project (package.json depending on pbts, tsconfig,
// src/Program.ts using the failover mixin, an example scenario and a vitest test).
// The project stands alone: its own typescript and @types/node (so `npx tsc --noEmit` is clean),
// the editor plugin in tsconfig, and pbts by a path relative to the project (or a version), so
// the folder can be renamed or moved along with pbts.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { render } from "./templates.ts";
import { UsageError } from "./usage-error.ts";
import { PBTS_ROOT } from "./package-root.ts";


/** The classic TypeScript (tsc + tsserver, which loads the pbts/plugin editor plugin); TS 7 has no plugin API. */
export const PROJECT_TYPESCRIPT = "~6.0.2";

export interface NewOptions {
  /** How the project depends on pbts: an npm version or range, or a path (default: see pbtsDependency). */
  pbtsSpec?: string;
}

/**
 * This pbts as a dependency of a project in `root`: the installed version when pbts itself came
 * from npm (it sits in a node_modules folder), else `file:` + the path relative to the project.
 */
export function pbtsDependency(root: string, pbtsRoot = PBTS_ROOT, version = pbtsVersion()): string {
  if (pbtsRoot.split(sep).includes("node_modules")) return `^${version}`;
  const rel = relative(root, pbtsRoot).split(sep).join("/");
  return `file:${rel || "."}`;
}

function pbtsVersion(): string {
  return (JSON.parse(readFileSync(join(PBTS_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** A --pbts value as package.json wants it: paths become file: specs relative to the project. */
function normalizeSpec(spec: string, root: string): string {
  if (spec.startsWith("file:")) spec = spec.slice("file:".length);
  const isPath = /^(\.{1,2}([\\/]|$)|[\\/]|[A-Za-z]:[\\/])/.test(spec);
  if (!isPath) return spec; // a version, range, tag or git spec: npm's business
  const abs = resolve(spec);
  if (!existsSync(join(abs, "package.json"))) throw new UsageError(`--pbts ${spec}: no package.json there. Give the folder of pbts (the one with its package.json) or an npm version.`);
  return pbtsDependency(root, abs);
}

export function scriptNameFor(dir: string): string {
  const words = basename(resolve(dir)).split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(name) ? name : `Script${name}`;
}

export function newProject(dir: string, opts: NewOptions = {}): string[] {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(`${dir} is a file. Give the name of a new folder.`);
  if (existsSync(root) && readdirSync(root).length) throw new UsageError(`${dir} exists and is not empty. Give the name of a new (or empty) folder.`);
  const pkg = JSON.parse(readFileSync(join(PBTS_ROOT, "package.json"), "utf8"));
  const pbtsSpec = opts.pbtsSpec !== undefined ? normalizeSpec(opts.pbtsSpec, root) : pbtsDependency(root);
  const data = {
    packageName: basename(root).toLowerCase().replace(/[^a-z0-9-]+/g, "-") || "pb-script",
    scriptName: scriptNameFor(root),
    pbtsSpec,
    // npm 11 keys a linked folder's approval by its spec ("file:../pbts"), a registry package by name.
    // Denied: pbts's `prepare` only builds js/, which its CLI builds itself when missing or stale.
    allowScriptsKey: pbtsSpec.startsWith("file:") ? pbtsSpec : "pbts",
    vitestVersion: pkg.devDependencies.vitest,
    typesNodeVersion: pkg.devDependencies["@types/node"],
    typescriptVersion: PROJECT_TYPESCRIPT,
  };
  const files: [string, string][] = [
    ["package.json", "new/package.json.hbs"],
    ["tsconfig.json", "new/tsconfig.json.hbs"],
    // VS Code offers the project's TypeScript, whose tsserver loads the pbts/plugin editor plugin.
    [".vscode/settings.json", "new/vscode-settings.json.hbs"],
    ["vitest.config.ts", "new/vitest.config.ts.hbs"],
    [".gitignore", "new/gitignore.hbs"],
    ["src/Program.ts", "new/Program.ts.hbs"],
    ["src/Instructions.readme", "new/Instructions.readme.hbs"],
    ["scenarios/failover.json", "new/scenario.json.hbs"],
    ["test/program.test.ts", "new/program.test.ts.hbs"],
  ];
  const written: string[] = [];
  for (const [path, template] of files) {
    const p = join(root, path);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, render(template, data));
    written.push(path);
  }
  return written;
}

// `pbts new <dir>`: scaffold a user's own script project (package.json depending on pbts, tsconfig,
// src/Program.ts using the failover mixin, an example scenario and a vitest test).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { render } from "./templates.ts";

const PBTS_ROOT = resolve(import.meta.dirname, "..");

export interface NewOptions {
  /** How the project depends on pbts (default: this pbts, by path). */
  pbtsSpec?: string;
}

export function scriptNameFor(dir: string): string {
  const words = basename(resolve(dir)).split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[A-Za-z]/.test(name) ? name : `Script${name}`;
}

export function newProject(dir: string, opts: NewOptions = {}): string[] {
  const root = resolve(dir);
  if (existsSync(root) && readdirSync(root).length) throw new Error(`${dir} exists and is not empty`);
  const pkg = JSON.parse(readFileSync(join(PBTS_ROOT, "package.json"), "utf8"));
  const data = {
    packageName: basename(root).toLowerCase().replace(/[^a-z0-9-]+/g, "-") || "pb-script",
    scriptName: scriptNameFor(root),
    pbtsSpec: opts.pbtsSpec ?? `file:${PBTS_ROOT}`,
    vitestVersion: pkg.devDependencies.vitest,
  };
  const files: [string, string][] = [
    ["package.json", "new/package.json.hbs"],
    ["tsconfig.json", "new/tsconfig.json.hbs"],
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

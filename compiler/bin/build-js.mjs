// Precompiles pbts's own TypeScript (compiler/ and sim/) to JavaScript in js/ (git-ignored), so the
// CLI and the `pbts/se`, `pbts/sim`, `pbts/compiler` entries run on plain Node: no tsx, no esbuild.
// - Built by `npm install` (the "prepare" script) and `npm run build:js`; compiler/bin/pbts.mjs
//   calls ensureBuilt() on every run, which re-transpiles only the files whose source is newer than
//   their output (a stat per file when nothing changed), so a checkout or an edit never runs stale code.
// - Transpile only, file by file (TypeScript's transpileModule, ts-morph's bundled TypeScript 6):
//   types are checked by `npm run typecheck`, not here. Relative `.ts` imports become `.js`.
// - Data files stay in the source tree; code finds them through compiler/package-root.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const JS_DIR = join(ROOT, "js");
const MANIFEST = join(JS_DIR, "manifest.json");
/** This file: an output older than it was made by another version of the transpile (rebuilt). */
const SELF = fileURLToPath(import.meta.url);
/** Source folders that are compiled (relative to the package root). */
const SOURCE_DIRS = ["compiler", "sim"];

/** TypeScript as ts-morph bundles it (a dependency; the devDependency `typescript` 7 is the native compiler without transpileModule). */
export function loadTypeScript() {
  const req = createRequire(createRequire(import.meta.url).resolve("ts-morph"));
  return req("@ts-morph/common").ts;
}

/**
 * Options for pbts's sources and for scripts the simulator loads: what vitest and tsx ran them with
 * (ES2022 classes, ES modules). pbts's own `./x.ts` imports become `./x.js` (js/ has only .js); a
 * script's stay as written and load through sim/load-hooks.mjs.
 */
export function transpileOptions(ts, { rewriteImports = true } = {}) {
  return { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, rewriteRelativeImportExtensions: rewriteImports };
}

function sources() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== "node_modules") walk(rel);
      } else if (/\.ts$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(rel);
    }
  };
  for (const d of SOURCE_DIRS) walk(d);
  return out.sort();
}

const outPath = (rel) => join(JS_DIR, rel.replace(/\.ts$/, ".js"));

function mtime(p) {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

/** Whether js/ is missing or a listed source (or this file) is newer than its output (or gone). Cheap: three stats per file. */
export function isStale() {
  let listed;
  try {
    listed = JSON.parse(readFileSync(MANIFEST, "utf8")).files;
  } catch {
    return true;
  }
  const self = mtime(SELF);
  for (const rel of listed) {
    const src = mtime(join(ROOT, rel));
    const out = mtime(outPath(rel));
    if (src < 0 || src > out || self > out) return true;
  }
  return false;
}

/** Write through a temporary file, so a concurrent reader (another pbts process) never sees half a file. */
function writeAtomic(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * `import { a, b as c } from "ts-morph"` becomes `const { a, b: c } = require("ts-morph")` (through
 * createRequire): importing a CommonJS package from ESM makes Node read ts-morph.js with its export
 * lexer first, a cost each CLI run paid for nothing (issue 17). Lines are kept, so the source maps hold.
 */
export function requireTsMorph(text) {
  let n = 0;
  const out = text.replace(/^import \{([^}]*)\} from "ts-morph";/gm, (_, names) => {
    n++;
    return `const {${names.replace(/\b(\w+) as (\w+)\b/g, "$1: $2")}} = __pbtsRequire("ts-morph");`;
  });
  return n === 0 ? out : `import { createRequire as __pbtsCreateRequire } from "node:module"; const __pbtsRequire = __pbtsCreateRequire(import.meta.url); ${out}`;
}

/** Transpile every source newer than its output (all with `force`); returns how many were written. */
export function buildJs({ force = false, log = () => {} } = {}) {
  const ts = loadTypeScript();
  const options = transpileOptions(ts);
  const files = sources();
  let written = 0;
  for (const rel of files) {
    const src = join(ROOT, rel);
    const out = outPath(rel);
    if (!force && mtime(src) <= mtime(out) && mtime(SELF) <= mtime(out)) continue;
    const r = ts.transpileModule(readFileSync(src, "utf8"), { compilerOptions: { ...options, sourceMap: true }, fileName: src, reportDiagnostics: true });
    if (r.diagnostics?.length) {
      const d = r.diagnostics[0];
      const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
      throw new Error(`pbts build:js: ${rel}${pos ? `(${pos.line + 1},${pos.character + 1})` : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    }
    // A source map per file: PBTS_DEBUG=1 stacks (compiler/bin/pbts.mjs turns maps on) name the .ts lines.
    const map = JSON.parse(r.sourceMapText);
    map.sources = [relative(dirname(out), src).split(sep).join("/")];
    writeAtomic(`${out}.map`, JSON.stringify(map));
    writeAtomic(out, requireTsMorph(r.outputText));
    written++;
  }
  // Outputs whose source is gone would still be importable: remove them.
  const wanted = new Set(files.map(outPath));
  const prune = (dir) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) prune(p);
      else if ((p.endsWith(".js") && !wanted.has(p)) || (p.endsWith(".js.map") && !wanted.has(p.slice(0, -4)))) rmSync(p);
    }
  };
  for (const d of SOURCE_DIRS) prune(join(JS_DIR, d));
  writeAtomic(MANIFEST, JSON.stringify({ note: "pbts's sources compiled to JavaScript by compiler/bin/build-js.mjs; do not edit", files }, null, 1) + "\n");
  log(`pbts build:js: ${written} of ${files.length} files transpiled into ${relative(process.cwd(), JS_DIR) || "."}${sep}`);
  return written;
}

/** Build js/ when it is missing or stale (what the CLI does before it starts). */
export function ensureBuilt() {
  if (isStale()) buildJs();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildJs({ force: process.argv.includes("--force"), log: (m) => console.log(m) });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}

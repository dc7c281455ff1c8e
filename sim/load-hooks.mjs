// Node module hooks for loading scenario scripts from any folder (registered by sim/script-host.ts).
// They let plain Node (20.6 and later, no tsx) run a scenario's TypeScript:
// - A .ts/.mts file is transpiled here with TypeScript's transpileModule (ts-morph's bundled
//   TypeScript, loaded on the first .ts file; the options of compiler/bin/build-js.mjs, with which
//   pbts's own code is precompiled) and always loads as an ES module, whatever its folder's
//   package.json says (or without one): pbts scripts are ES modules.
// - `pbts` and `pbts/...` imports resolve to the running pbts (as the compiler's paths do), so a
//   script loads without its own node_modules/pbts and shares one pbts/se with the simulator: the
//   package's "exports" send `pbts/se` to the precompiled js/compiler/se/index.js, the very module
//   the precompiled simulator uses (one MyGridProgram, one IMyTextPanel for instanceof).
// - A terminal-value call with a type argument (`b.GetValue<long>(id)`, `SetValue<float>(id, v)`,
//   GetMinimum/GetMaximum/GetDefaultValue<T>) passes T's .NET name ("Int64") to a simulator block, so
//   the simulator's block throws, as the game's TerminalPropertyExtensions.Cast<T> does, when T is not
//   the property's type, even with the id in a variable (TS erases type arguments; sim/blocks/block.ts).
// - A relative import written the TypeScript way (`./lib.js` for lib.ts) or without an extension
//   finds the .ts file, as tsx did.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadTypeScript, transpileOptions } from "../compiler/bin/build-js.mjs";
import { addTerminalTypeNames } from "./terminal-type-args.mjs";

const PBTS_PACKAGE = new URL("../package.json", import.meta.url).href;
const TS_FILE = /\.(ts|mts|tsx)$/;

let ts = null;
let options = null;

function isTsUrl(url) {
  return url.startsWith("file:") && TS_FILE.test(new URL(url).pathname) && !new URL(url).pathname.endsWith(".d.ts");
}

export async function resolve(specifier, context, next) {
  if (specifier === "pbts" || specifier.startsWith("pbts/")) return next(specifier, { ...context, parentURL: PBTS_PACKAGE });
  try {
    return await next(specifier, context);
  } catch (e) {
    // TypeScript-style relative imports from a .ts file: "./lib.js" or "./lib" for ./lib.ts.
    if (e?.code !== "ERR_MODULE_NOT_FOUND" || !/^\.\.?\//.test(specifier) || !context.parentURL || !isTsUrl(context.parentURL)) throw e;
    for (const candidate of [specifier.replace(/\.js$/, ".ts"), `${specifier}.ts`, `${specifier}/index.ts`]) {
      if (candidate === specifier) continue;
      const url = new URL(candidate, context.parentURL);
      if (existsSync(fileURLToPath(url))) return { url: url.href, format: "module", shortCircuit: true };
    }
    throw e;
  }
}

export async function load(url, context, next) {
  if (!isTsUrl(url)) return next(url, context);
  if (!ts) {
    ts = loadTypeScript();
    options = transpileOptions(ts, { rewriteImports: false });
  }
  const file = fileURLToPath(url);
  const text = await readFile(file, "utf8");
  const r = ts.transpileModule(addTerminalTypeNames(ts, text, file), { compilerOptions: options, fileName: file, reportDiagnostics: true });
  const d = r.diagnostics?.find((x) => x.category === ts.DiagnosticCategory.Error);
  if (d) {
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
    // sim/script-host.ts turns this into "has a syntax error: <file>(<line>,<col>): <what>".
    const err = new SyntaxError(`${file}(${pos.line + 1},${pos.character + 1}): ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    err.code = "PBTS_SCRIPT_SYNTAX";
    throw err;
  }
  return { format: "module", source: r.outputText, shortCircuit: true };
}

// V8 tuning for every pbts command (compiler/bin/pbts.mjs): a function is optimized by
// TurboFan only after it ran 8 times longer than V8's default budget. A cold compile runs a lot of
// TypeScript's and pbts's code a few times each: optimizing it (background threads, counted in the
// process's CPU) cost more than it gained. Measured in CPU (issue 17; `npm run bench -- compiler`,
// and the README's "### compiler"): a cold check ~20% less, a --watch rebuild's first runs ~25% less,
// the steady state of a long --watch unchanged (hot code is still optimized).
// Set before the compile cache is used (V8 rejects a code cache made under other flags): anything
// that loads pbts's compiler with the CLI's cache (test/bench/*.mjs) calls tuneV8() first too.
// PBTS_V8_TUNING=0 turns it off (to compare).
import v8 from "node:v8";

export const V8_FLAGS = "--interrupt-budget=1000000";

let applied = "";

export function tuneV8() {
  if (process.env.PBTS_V8_TUNING === "0" || applied) return;
  v8.setFlagsFromString(V8_FLAGS);
  applied = V8_FLAGS;
}

/**
 * The V8 flags this process runs with, as far as pbts can tell (what tuneV8 set, Node's command-line
 * and NODE_OPTIONS flags): V8 rejects a code cache made under other flags, so compile-cache.mjs keeps
 * one cache per set of flags (two pbts runs with different flags would otherwise overwrite each other's).
 */
export function v8FlagsKey() {
  return JSON.stringify([applied, nodeFlags(process.execArgv), process.env.NODE_OPTIONS ?? ""]);
}

/** Node's command-line flags without the code of -e/-p and the module-loading ones (no V8 flags among them). */
function nodeFlags(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (["-e", "--eval", "-p", "--print", "-r", "--require", "--import", "--loader", "--experimental-loader"].includes(a)) i++;
    else if (!/^--(input-type|require|import|loader|experimental-loader|eval|print)=/.test(a)) out.push(a);
  }
  return out;
}

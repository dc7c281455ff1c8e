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

export function tuneV8() {
  if (process.env.PBTS_V8_TUNING === "0") return;
  v8.setFlagsFromString(V8_FLAGS);
}

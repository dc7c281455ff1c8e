// fast-check options of the properties that run without a fixed seed on purpose: every CI run draws new inputs
// (README "Tests", "Unseeded properties"). A failure prints fast-check's `{ seed, path }`; these variables replay
// it, and run the properties longer than CI does:
//   PBTS_UNSEEDED_SEED=<seed> PBTS_UNSEEDED_PATH=<path> npx vitest run <file> -t "<test>"   the failing input again
//   PBTS_UNSEEDED_TIMES=<n> npx vitest run --testTimeout=0 <files>                          n times CI's runs
// (a seed without a path runs the whole property from that seed: long runs over chosen seeds; a test's own timeout
// grows with n through unseededTimeout). What ran beyond CI: test/PROPERTY-RUNS.md.
import type fc from "fast-check";

const env = (name: string): string | undefined => (process.env[name] === "" ? undefined : process.env[name]);
const times = (): number => {
  const n = Number(env("PBTS_UNSEEDED_TIMES") ?? 1);
  if (!(n > 0)) throw new Error(`PBTS_UNSEEDED_TIMES=${env("PBTS_UNSEEDED_TIMES")}: a positive number`);
  return n;
};

/** `ciRuns` runs (times PBTS_UNSEEDED_TIMES), from a new seed every run unless PBTS_UNSEEDED_SEED names one. */
export function unseeded(ciRuns: number): Pick<fc.Parameters<unknown>, "numRuns" | "seed" | "path"> {
  const seed = env("PBTS_UNSEEDED_SEED");
  const path = env("PBTS_UNSEEDED_PATH");
  if (path !== undefined && seed === undefined) throw new Error("PBTS_UNSEEDED_PATH without PBTS_UNSEEDED_SEED: a path replays only from its seed");
  return {
    numRuns: Math.max(1, Math.round(ciRuns * times())),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}

/** A test's own timeout (ms) for CI's runs, grown with PBTS_UNSEEDED_TIMES. */
export const unseededTimeout = (ms: number): number => Math.round(ms * Math.max(1, times()));

// Math's transcendental functions as the compiler emits them (the C# runtime helpers in compiler/runtime/Js.cs)
// against Node, bit for bit, over fast-check doubles: specials (NaN, ±0, ±Infinity, ±1, subnormals, the largest
// double), random bit patterns, values near 1, integers and halves, every binade. Pow (`**`, `**=`, Math.pow) also
// pairs them with exponents large enough to over- and underflow from bases near 1. One mono run per function; doubles
// travel as their exact bits. PBTS_MATH_COUNT sets the number of inputs per function (CI: 4000), PBTS_MATH_SEED the
// seed. .NET's own functions differ on 0.03% (acos) to 18% (cos) of such inputs: math-differ.ts (C76, C78, C79).
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { DIFF_DIR } from "./harness.ts";
import { buildHost, compare, EXACT } from "./math-inputs.ts";

const skip = csChecksUnavailable();
const COUNT = Number(process.env.PBTS_MATH_COUNT ?? 4000);
const SEED = Number(process.env.PBTS_MATH_SEED ?? 20261202);


let exe = "";
beforeAll(() => {
  if (!skip) exe = buildHost(EXACT, join(DIFF_DIR, "math"));
});

describe.skipIf(!!skip)("Math's functions in C# are Node's bit for bit", () => {
  if (skip) console.warn(`[math] skipped: ${skip}`);

  for (const f of EXACT) {
    it(`${f.name}: ${COUNT} generated inputs (PBTS_MATH_COUNT), seed ${SEED} (PBTS_MATH_SEED), and the special values`, { timeout: 600_000 }, () => {
      const { inputs, differ, examples } = compare(exe, f, COUNT, SEED);
      console.log(`[math] ${f.name}: ${inputs} inputs, ${differ} differ`);
      expect(examples).toEqual([]);
    });
  }
});

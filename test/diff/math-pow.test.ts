// `**`, `**=` and Math.pow: the C# helper Js.Pow (compiler/runtime/Js.cs) against Node's Math.pow, bit for bit,
// over fast-check doubles: specials (NaN, ±0, ±Infinity, ±1, subnormals, the largest double), random bit patterns,
// bases near 1, integer and odd exponents, negative bases, exponents large enough to over- and underflow.
// One mono run; doubles travel as their exact bits. PBTS_POW_COUNT sets the number of pairs (CI: 4000),
// PBTS_POW_SEED the seed. Without the helper (C# Math.Pow, the C runtime's) about 1.6% of such pairs differ (C76).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable, mcs, mono } from "../../compiler/csharp/mono.ts";
import { helperSource } from "../../compiler/runtime/helpers.ts";
import { DIFF_DIR } from "./harness.ts";

const skip = csChecksUnavailable();
const dir = join(DIFF_DIR, "math-pow");
const COUNT = Number(process.env.PBTS_POW_COUNT ?? 4000);
const SEED = Number(process.env.PBTS_POW_SEED ?? 20261202);

const HOST = String.raw`
using System;
using System.Text;

static class Js
{
__HELPERS__
}

static class Host
{
    static double D(string bits) { return BitConverter.Int64BitsToDouble(long.Parse(bits)); }

    static int Main()
    {
        var o = new StringBuilder();
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            var a = line.Split(' ');
            double r = Js.Pow(D(a[0]), D(a[1]));
            o.Append(double.IsNaN(r) ? "NaN" : BitConverter.DoubleToInt64Bits(r).ToString()).Append('\n');
        }
        Console.Write(o);
        return 0;
    }
}
`;

const view = new DataView(new ArrayBuffer(8));
const bitsOf = (d: number): string => {
  view.setFloat64(0, d);
  return view.getBigInt64(0).toString();
};
const fromBits = (b: bigint): number => {
  view.setBigInt64(0, b);
  return view.getFloat64(0);
};
/** NaN has many bit patterns and JS cannot tell them apart: compare it as "NaN". */
const key = (d: number): string => (Number.isNaN(d) ? "NaN" : bitsOf(d));

const SPECIALS = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1 / 3, Infinity, -Infinity, NaN, 5e-324, -5e-324, 2 ** -1022, 2 ** -1074 * 3, Number.MAX_VALUE, -Number.MAX_VALUE, 1 + 2 ** -52, 1 - 2 ** -53, -1 - 2 ** -52, 2 ** 31, 2 ** 31 + 1, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 2 ** 64 * 1.5, 1e300, 1e-300, 1024, -1075, 1074.5, 3.5, 10, 0.1];
/** Any double, NaN payloads included (the random bit patterns). */
const anyBits = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(fromBits);
const nearOne = fc.tuple(fc.integer({ min: 1, max: 52 }), fc.double({ min: -1, max: 1, noNaN: true })).map(([e, f]) => 1 + f * 2 ** -e);
const wide = fc.tuple(fc.boolean(), fc.double({ min: -1100, max: 1100, noNaN: true })).map(([neg, e]) => (neg ? -1 : 1) * 2 ** e);
const double = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 3, arbitrary: anyBits },
  { weight: 3, arbitrary: nearOne },
  { weight: 2, arbitrary: fc.integer({ min: -2000, max: 2000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 100 }).map((k) => k + 0.5) },
  { weight: 2, arbitrary: wide },
);
/** Exponents: the same, and large ones that over- or underflow from bases near 1 (|y| from 2^31 to past 2^64). */
const exponent = fc.oneof({ weight: 5, arbitrary: double }, { weight: 1, arbitrary: fc.double({ min: 2 ** 20, max: 2 ** 70, noNaN: true }).chain((m) => fc.constantFrom(m, -m, Math.round(m))) });

let exe = "";
beforeAll(() => {
  if (skip) return;
  mkdirSync(dir, { recursive: true });
  const src = join(dir, "PowHost.cs");
  writeFileSync(src, HOST.replace("__HELPERS__", helperSource(["Pow"])));
  const r = mcs([src], join(dir, "pow.exe"), { target: "exe" });
  if (!r.ok) throw new Error(r.output);
  exe = join(dir, "pow.exe");
});

describe.skipIf(!!skip)("Js.Pow is Node's Math.pow bit for bit", () => {
  if (skip) console.warn(`[math-pow] skipped: ${skip}`);

  it(`${COUNT} generated pairs (PBTS_POW_COUNT), seed ${SEED} (PBTS_POW_SEED), plus the special values paired with each other`, { timeout: 600_000 }, () => {
    const pairs: [number, number][] = [];
    for (const x of SPECIALS) for (const y of SPECIALS) pairs.push([x, y]);
    pairs.push([3.5, -2], [-10, -63], [1, NaN], [-1, Infinity], [-8, 1 / 3], [2, -1074], [2, -1075], [2, 1023], [2, 1024], [-2, 1023], [0.5, 1074], [1 + 2 ** -52, 2 ** 62], [1 - 2 ** -53, -(2 ** 62)]);
    pairs.push(...fc.sample(fc.tuple(double, exponent), { numRuns: COUNT, seed: SEED }));
    const lines = pairs.map(([x, y]) => `${bitsOf(x)} ${bitsOf(y)}`);
    const r = mono(exe, [], { input: lines.join("\n") + "\n", timeoutMs: 600_000 });
    expect(r.status, r.stderr).toBe(0);
    const cs = r.stdout.split("\n");
    const bad: string[] = [];
    let differ = 0;
    pairs.forEach(([x, y], i) => {
      const want = key(Math.pow(x, y));
      if (cs[i] === want) return;
      differ++;
      if (bad.length < 20) bad.push(`Math.pow(${x}, ${y}): node ${Math.pow(x, y)}, C# ${cs[i] === "NaN" ? NaN : fromBits(BigInt(cs[i]))}`);
    });
    console.log(`[math-pow] ${pairs.length} pairs, ${differ} differ`);
    expect(bad).toEqual([]);
  });
});

// The TS engine's .NET number text (compiler/se/values/net-double.ts, used by MyWaypointInfo) against
// mono, whose double.TryParse(NumberStyles.Any, InvariantCulture) and ToString("R") are .NET
// Framework's (the game's): generated texts and doubles must give the same answers on both sides.
// The oracle is mono's output, never the TS implementation. Needs mcs/mono; skipped otherwise.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csChecksUnavailable, mcs, mono } from "../../compiler/csharp/mono.ts";
import { netDoubleR, netParseDoubleAny } from "../../compiler/se/values/net-double.ts";

const noMono = csChecksUnavailable();
const DIR = resolve(import.meta.dirname, "../../.tmp/net-double");

const PROGRAM = String.raw`
using System;
using System.Globalization;
static class P {
  static void Main(string[] a) {
    string line;
    while ((line = Console.In.ReadLine()) != null) {
      string s = Uri.UnescapeDataString(line);
      if (a[0] == "fmt") { Console.WriteLine(BitConverter.Int64BitsToDouble(long.Parse(s)).ToString("R", CultureInfo.InvariantCulture)); continue; }
      double v;
      bool ok = double.TryParse(s, NumberStyles.Any, CultureInfo.InvariantCulture, out v);
      Console.WriteLine(!ok ? "fail" : double.IsNaN(v) ? "NaN" : BitConverter.DoubleToInt64Bits(v).ToString());
    }
  }
}`;

function monoLines(mode: "fmt" | "parse", inputs: string[]): string[] {
  mkdirSync(DIR, { recursive: true });
  const exe = join(DIR, "net-double.exe");
  const src = join(DIR, "net-double.cs");
  writeFileSync(src, PROGRAM);
  const built = mcs([src], exe, { target: "exe" });
  if (!built.ok) throw new Error(built.output);
  const r = mono(exe, [mode], { input: inputs.map((s) => encodeURIComponent(s)).join("\n") + "\n" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split("\n").slice(0, inputs.length);
}

const bits = (x: number) => {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getBigInt64(0).toString();
};

// Texts from .NET's number grammar (signs before or after, parentheses, ',' groups, '¤', exponents,
// whitespace) with wrong pieces mixed in. Numbers of up to 15 significant digits from 1e-6 to 1e15
// (GPS coordinates): beyond, .NET Framework's parser is not correctly rounded (mono reads "2e-163",
// "7.068322556676221e+205" and subnormals 1 ulp off) while Node's is (README, MyWaypointInfo: a known limit).
const decimal = fc.tuple(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), fc.integer({ min: 1, max: 15 })).map(([d, p]) => d.toPrecision(p));
const piece = fc.constantFrom("", " ", "\t", "+", "-", "(", ")", "\u00A4", ",", ".", "e", "E", "e-", "E+", "0", "00", "1", "5", "9", "12", "1000", "x", "$", "Infinity", "NaN", "\u00A0", "--", "4e400");
const text = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 7 }).map((ps) => ps.join("")),
  fc.tuple(fc.constantFrom("", " ", "-", "+", "(", "\u00A4"), decimal, fc.constantFrom("", " ", "-", ")", " )", "\u00A4")).map(([a, b, c]) => a + b + c),
  decimal,
);
// Doubles as GPS coordinates have them (and the edges): |x| from 1e-6 to 1e12, whole and decimal.
const coordinate = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-6),
  fc.integer({ min: -2e9, max: 2e9 }).chain((i) => fc.integer({ min: 0, max: 7 }).map((d) => i / 10 ** d)),
  fc.constantFrom(0, -0, 0.1, 0.30000000000000004, 1e15, 1e14, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308, 1e21, NaN, Infinity, -Infinity, 9007199254740993, 123456789012345680000),
);

describe.skipIf(noMono !== null)(".NET double text: TS against mono", () => {
  it("double.TryParse(NumberStyles.Any, InvariantCulture) of generated texts", { timeout: 120_000 }, () => {
    const inputs = fc.sample(text, { numRuns: 3000, seed: 2612091 });
    const expected = monoLines("parse", inputs);
    const got = inputs.map((s) => {
      const v = netParseDoubleAny(s);
      return v === undefined ? "fail" : Number.isNaN(v) ? "NaN" : bits(v);
    });
    const bad = inputs.map((s, i) => [s, expected[i], got[i]]).filter(([, e, g]) => e !== g);
    expect(bad.slice(0, 10)).toEqual([]);
    expect(expected.filter((e) => e !== "fail").length).toBeGreaterThan(300); // the grammar reaches successes too
  });

  it('ToString("R") of generated coordinates', { timeout: 120_000 }, () => {
    const xs = fc.sample(coordinate, { numRuns: 3000, seed: 2612092 });
    const expected = monoLines("fmt", xs.map(bits));
    const bad = xs.map((x, i) => [x, expected[i], netDoubleR(x)]).filter(([, e, g]) => e !== g);
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

// The runtime helpers (compiler/runtime/Js.cs) against Node on large generated inputs, in one mono
// run per batch: number to string (shortest digits), toFixed, toPrecision, toString(radix), Number(s),
// parseFloat, parseInt, case mapping. Doubles travel as their exact bits, strings as UTF-16 code units
// in hex, so neither side parses or prints anything but the value under test.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable, mcs, mono } from "../../compiler/csharp/mono.ts";
import { helperSource } from "../../compiler/runtime/helpers.ts";
import { DIFF_DIR } from "./harness.ts";

const skip = csChecksUnavailable();
const dir = join(DIFF_DIR, "runtime");

const HOST = String.raw`
using System;
using System.Collections.Generic;
using System.Text;

static class Js
{
__HELPERS__
}

static class Host
{
    static string Hex(string s) { var sb = new StringBuilder(); foreach (char c in s) sb.Append(((int)c).ToString("x4")); return sb.ToString(); }
    static string Str(string h) { var sb = new StringBuilder(); for (int i = 0; i < h.Length; i += 4) sb.Append((char)Convert.ToInt32(h.Substring(i, 4), 16)); return sb.ToString(); }
    static double D(string bits) { return bits == "NaN" ? double.NaN : BitConverter.Int64BitsToDouble(long.Parse(bits)); }
    static string B(double d) { return double.IsNaN(d) ? "NaN" : BitConverter.DoubleToInt64Bits(d).ToString(); }

    /** f under a culture whose negative sign is U+2212 and digits Arabic-Indic (.NET Framework has such; mono's all use '-'). */
    static string Minus(Func<string> f)
    {
        var was = System.Threading.Thread.CurrentThread.CurrentCulture;
        var c = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        c.NumberFormat.NegativeSign = "\u2212";
        c.NumberFormat.NativeDigits = new[] { "\u0660", "\u0661", "\u0662", "\u0663", "\u0664", "\u0665", "\u0666", "\u0667", "\u0668", "\u0669" };
        System.Threading.Thread.CurrentThread.CurrentCulture = c;
        try { return f(); } finally { System.Threading.Thread.CurrentThread.CurrentCulture = was; }
    }

    static string Run(string[] a)
    {
        switch (a[0])
        {
            case "S": return Js.Str(D(a[1]));
            case "F": return Js.ToFixed(D(a[1]), D(a[2]));
            case "P": return Js.ToPrecision(D(a[1]), D(a[2]));
            case "X": return a[2] == "none" ? Js.ToExponential(D(a[1]), 0, false) : Js.ToExponential(D(a[1]), D(a[2]), true);
            case "R": return Js.ToRadix(D(a[1]), D(a[2]));
            case "N": return B(Js.ToNumber(a.Length > 1 ? Str(a[1]) : ""));
            case "PF": return B(Js.ParseFloat(a.Length > 1 ? Str(a[1]) : ""));
            case "PI": return B(Js.ParseInt(Str(a[1]), D(a[2])));
            case "U": return Hex(Js.ToUpper(a.Length > 1 ? Str(a[1]) : ""));
            case "L": return Hex(Js.ToLower(a.Length > 1 ? Str(a[1]) : ""));
            case "C": return B(Js.CharCodeAt(Str(a[1]), D(a[2])));
            case "SS": return Hex(Js.Substring(Str(a[1]), D(a[2]), D(a[3])));
            case "SL": { long v = long.Parse(a[1]); return Minus(() => Js.Str(v)); }
            case "SM": { double v = D(a[1]); return Minus(() => Js.Str(v)); }
            case "JI": { var v = new List<int>(); foreach (var x in a[1].Split(',')) v.Add(int.Parse(x)); return Minus(() => Js.Join(v, ",")); }
        }
        return "?";
    }

    static int Main()
    {
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            string r;
            try { r = Run(line.Split(' ')); } catch (Exception) { r = "!exception"; }
            Console.WriteLine(r);
        }
        return 0;
    }
}
`;

let exe = "";
beforeAll(() => {
  if (skip) return;
  const src = join(dir, "RuntimeHost.cs");
  mkdirSync(dir, { recursive: true });
  const helpers = helperSource(["StrDouble", "ToFixed", "ToPrecision", "ToExponential", "ToRadix", "ToNumber", "ParseFloat", "ParseInt", "ToUpper", "ToLower", "CharCodeAt", "Substring", "StrLong", "JoinInt"]);
  writeFileSync(src, HOST.replace("__HELPERS__", helpers));
  const r = mcs([src], join(dir, "runtime.exe"), { target: "exe" });
  if (!r.ok) throw new Error(r.output);
  exe = join(dir, "runtime.exe");
});

const bitsOf = (d: number) => {
  if (Number.isNaN(d)) return "NaN";
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, d);
  return b.getBigInt64(0).toString();
};
const fromBits = (s: string) => {
  const b = new DataView(new ArrayBuffer(8));
  b.setBigInt64(0, BigInt(s));
  return b.getFloat64(0);
};
const hex = (s: string) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16).padStart(4, "0")).join("");
const nextUp = (d: number) => fromBits((BigInt(bitsOf(d)) + 1n).toString());
const nextDown = (d: number) => fromBits((BigInt(bitsOf(d)) - 1n).toString());

/** Runs one batch: each op line on the C# side, `expect` computing Node's answer. */
function batch(lines: string[]): string[] {
  const r = mono(exe, [], { input: lines.join("\n") + "\n", env: { LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" }, timeoutMs: 300_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split("\n").slice(0, lines.length);
}

function compare(ops: { line: string; node: () => string }[]): string[] {
  const cs = batch(ops.map((o) => o.line));
  const bad: string[] = [];
  ops.forEach((o, i) => {
    let want: string;
    try {
      want = o.node();
    } catch {
      want = "!exception";
    }
    if (cs[i] !== want && bad.length < 20) bad.push(`${o.line.slice(0, 120)}: node ${want} C# ${cs[i]}`);
  });
  return bad;
}

/** Doubles that make number printing hard: computed values, ties, subnormals, powers of ten. */
function hardDoubles(): number[] {
  const xs: number[] = [];
  for (let a = 1; a < 60; a++) for (let b = 1; b < 60; b++) xs.push(a / b);
  for (let k = 0; k < 3000; k++) xs.push(k * 0.1, k * 0.01, Math.sqrt(k), k / 7 + 0.3, 1 / (k + 1));
  for (let e = -324; e <= 308; e++) {
    const p = Number(`1e${e}`);
    xs.push(p, nextUp(p), nextDown(p), p * 3, p * 7.77);
  }
  xs.push(707880117141150.25, 4.94e-322, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** -1022, nextDown(2 ** -1022), 2 ** 1023, 9007199254740993, 2 ** 53, 2 ** 63, 1e21, 1e21 - 65536, 123456789012345680000);
  for (let i = 0; i < 200; i++) xs.push(2 ** (i * 10 - 1070), 2 ** (i * 5 - 500) * 1.5);
  // Ties: x.5 patterns with the last bits set so two shortest candidates are equally close.
  for (let i = 0; i < 500; i++) xs.push(2 ** 49 + i + 0.25, 2 ** 49 + i + 0.75, 2 ** 50 + i + 0.5);
  fc.sample(fc.double({ noNaN: true }), { numRuns: 20000, seed: 12 }).forEach((d) => xs.push(d));
  fc.sample(fc.integer({ min: -1074, max: 1023 }).chain((e) => fc.double({ min: 2 ** e, max: 2 ** (e + 1), noNaN: true })), { numRuns: 5000, seed: 13 }).forEach((d) => xs.push(d));
  return xs.flatMap((x) => [x, -x]).concat([0, -0, NaN, Infinity, -Infinity]);
}

/** The exact decimal text of the midpoint between x > 0 and the next double up. */
function midpointText(x: number): string {
  const bits = BigInt(bitsOf(x));
  const be = Number(bits >> 52n);
  const f = (bits & ((1n << 52n) - 1n)) | (be > 0 ? 1n << 52n : 0n);
  const q = (be === 0 ? -1074 : be - 1075) - 1;
  const m = 2n * f + 1n;
  if (q >= 0) return (m << BigInt(q)).toString();
  const digits = (m * 5n ** BigInt(-q)).toString().padStart(-q + 1, "0");
  return `${digits.slice(0, digits.length + q)}.${digits.slice(digits.length + q)}`;
}

describe.skipIf(!!skip)("runtime helpers vs Node (batch)", () => {
  it("Number to string: shortest round-trip digits for every kind of double", () => {
    const xs = hardDoubles();
    expect(xs.length).toBeGreaterThan(50000);
    expect(compare(xs.map((x) => ({ line: `S ${bitsOf(x)}`, node: () => String(x) })))).toEqual([]);
  });

  it("toFixed, toPrecision and toExponential: exact decimal rounding, RangeErrors", () => {
    const xs = hardDoubles().filter((_, i) => i % 7 === 0);
    xs.push(1.005, 2.5, -0.0001, 1e21, 0.5, 1.45, 8.345, 1.0000000000000002, 0.000001, 1e-7, 123.456, 999.995, 9.995, 0.05, -1.5);
    const ops: { line: string; node: () => string }[] = [];
    const digits = [0, 1, 2, 3, 5, 10, 17, 20, 25, 50, 100, 101, -1, 2.7, NaN, Infinity];
    xs.forEach((x, i) => {
      const f = digits[i % digits.length];
      const p = [1, 2, 3, 6, 15, 17, 21, 40, 100, 0, 101, 5.9, NaN][i % 13];
      ops.push({ line: `F ${bitsOf(x)} ${bitsOf(f)}`, node: () => x.toFixed(f) });
      ops.push({ line: `P ${bitsOf(x)} ${bitsOf(p)}`, node: () => x.toPrecision(p) });
      const xd = [0, 1, 2, 5, 16, 20, 50, 100, 101, -1, NaN, undefined][i % 12];
      ops.push({ line: `X ${bitsOf(x)} ${xd === undefined ? "none" : bitsOf(xd)}`, node: () => x.toExponential(xd) });
    });
    expect(compare(ops)).toEqual([]);
  });

  it("toUpperCase and toLowerCase of every code point of planes 0, 1 and 14, and Final_Sigma contexts", () => {
    const cps: number[] = [];
    for (let cp = 0; cp < 0x20000; cp++) if (cp < 0xd800 || cp > 0xdfff) cps.push(cp);
    for (let cp = 0xe0000; cp < 0xe1000; cp++) cps.push(cp);
    const strs: string[] = [];
    for (let i = 0; i < cps.length; i += 200) strs.push(String.fromCodePoint(...cps.slice(i, i + 200)));
    // Sigma after and before every kind of neighbour (cased, ignorable, both, neither, astral).
    const around = ["A", "a", "\u00aa", "\u02b0", "\u1d2c", "'", ".", "\u0301", "\u00ad", "1", " ", "\u{10428}", "\u{e0001}", "\u2160", "\u24b6", "\ud800", ""];
    for (const a of around) for (const b of around) for (const c of around) strs.push(`${a}${b}\u03a3${c}`, `${a}\u03a3${b}${c}`);
    const ops = strs.flatMap((s) => [
      { line: `U ${hex(s)}`, node: () => hex(s.toUpperCase()) },
      { line: `L ${hex(s)}`, node: () => hex(s.toLowerCase()) },
    ]);
    expect(compare(ops)).toEqual([]);
  });

  it("charCodeAt and substring at every kind of index (session 16's shorter helpers): NaN, -0, fractions, infinities, out of range, swapped", () => {
    const strs = ["", "a", "abc", "h\u00e9llo w\u00f6rld", "\ud83d\ude00x"];
    const idx = [NaN, 0, -0, 0.5, -0.5, -0.9999, -1, -1.5, 1, 1.9, 2, 2.5, 3, 4, 5, 11, 12, 100, 2 ** 31, -(2 ** 31), 2 ** 53, 1e300, -1e300, Infinity, -Infinity, 5e-324, -5e-324];
    const ops: { line: string; node: () => string }[] = [];
    for (const s of strs)
      for (const i of idx) {
        ops.push({ line: `C ${hex(s)} ${bitsOf(i)}`, node: () => bitsOf(s.charCodeAt(i)) });
        for (const j of idx) ops.push({ line: `SS ${hex(s)} ${bitsOf(i)} ${bitsOf(j)}`, node: () => hex(s.substring(i, j)) });
      }
    expect(ops.length).toBeGreaterThan(3000);
    expect(compare(ops)).toEqual([]);
  });

  it("ints, longs and doubles print as JS does in any culture (the custom format \"0;-0\": no culture's negative sign)", () => {
    const xs = [0n, 1n, -1n, 5n, -5n, 10n, -10n, 1234567n, -1234567n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n)];
    fc.sample(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { numRuns: 2000, seed: 27 }).forEach((x) => xs.push(x));
    const ops = xs.map((x) => ({ line: `SL ${x}`, node: () => String(x) }));
    // the number printer's integers and exponents (Str(double)), and an int array's join (JoinInt), the same way
    const ds = [-5, -1e21, -1.5e-7, -123456789, -(2 ** 53), -1e300, 1e21, 1.5e-7, -0, ...hardDoubles().filter((_, i) => i % 97 === 0)];
    for (const d of ds) ops.push({ line: `SM ${bitsOf(d)}`, node: () => String(d) });
    for (const l of [[-1, 2, -3], [0], [-(2 ** 31), 2 ** 31 - 1]]) ops.push({ line: `JI ${l.join(",")}`, node: () => l.join(",") });
    expect(compare(ops)).toEqual([]);
  });

  it("toString(radix) as V8 writes it", () => {
    const xs = hardDoubles().filter((_, i) => i % 13 === 0);
    xs.push(0.5, 255, -255, 1e21, 0.1, 1 / 3, 2 ** 60 + 2 ** 10, 1e300, 5e-324);
    const ops = xs.map((x, i) => {
      const r = [2, 3, 7, 8, 10, 16, 20, 32, 36, 1, 37, 16.9][i % 12];
      return { line: `R ${bitsOf(x)} ${bitsOf(r)}`, node: () => x.toString(r) };
    });
    expect(compare(ops)).toEqual([]);
  });

  it("Number(s), parseFloat and parseInt: JS grammar, correctly rounded", () => {
    const strs: string[] = [
      "", " ", "  12  ", "\u00a0\u2003 7 \ufeff", "\n\t-3.5\r", "0x1F", "0X1f", "0o17", "0b101", "-0x10", "0x", "0b2", "1e3", "1E-3", "1e", "1e+", ".5", "5.", ".",
      "-.5", "+.5e1", "Infinity", "-Infinity", "+Infinity", "infinity", "Infinityx", "1_000", "12px", "  0x1g", "-0", "+0", "00012", "1e400", "-1e400", "1e-400",
      "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "1.7976931348623158e308", "1.7976931348623157e308", "1.797693134862315807e308",
      "0.1", "0.30000000000000004", "9007199254740993", "9007199254740993.0000000000000000000001", "0x20000000000001", "0x20000000000003", "0x1fffffffffffff800",
      "123456789012345678901234567890", "0." + "0".repeat(400) + "1e400", "1" + "0".repeat(500) + "e-500", "3." + "3".repeat(900),
      "8.98846567431157953864652595394512366e307", "2.2250738585072011e-308", "2.2250738585072012e-308", "7.0e-10", "1e23", "8.5e-1", "z", "- 1",
    ];
    // Decimal strings from doubles (exact halfway points included), with noise in digits and exponents.
    for (const x of hardDoubles().filter((_, i) => i % 11 === 0)) {
      strs.push(String(x), x.toExponential(20), x.toPrecision(25));
    }
    // Exact midpoints between neighbouring doubles (up to 767 significant digits), and just above them
    // far beyond the 800th digit: only exact arithmetic rounds these right.
    for (const x of [1, 0.1, 2 ** -1074, 2 ** -1060 * 3, 2 ** -1022, 1e300, 123.456, Number.MAX_VALUE, 2 ** 70]) {
      const m = midpointText(x);
      strs.push(m, `${m}${"0".repeat(800)}1`, `${m}${"0".repeat(800)}`);
    }
    fc.sample(fc.tuple(fc.stringMatching(/^[0-9]{1,40}$/), fc.integer({ min: -400, max: 400 })), { numRuns: 3000, seed: 7 }).forEach(([d, e]) => strs.push(`${d}e${e}`, `0.${d}`, `${d.slice(0, 3)}.${d.slice(3)}`));
    fc.sample(fc.string({ unit: fc.constantFrom(..."0123456789abcdefxXoOb.+-eE _\t\u00a0Infity".split("")), maxLength: 12 }), { numRuns: 4000, seed: 8 }).forEach((s) => strs.push(s));
    const ops: { line: string; node: () => string }[] = [];
    strs.forEach((s, i) => {
      const radix = [0, 10, 16, 2, 8, 36, 7, 3, 1, 37, -1, 16.5, NaN, 2 ** 32 + 10][i % 14];
      ops.push({ line: `N ${hex(s)}`, node: () => bitsOf(Number(s)) });
      ops.push({ line: `PF ${hex(s)}`, node: () => bitsOf(parseFloat(s)) });
      ops.push({ line: `PI ${hex(s)} ${bitsOf(radix)}`, node: () => bitsOf(parseInt(s, radix)) });
    });
    fc.sample(fc.tuple(fc.stringMatching(/^[0-9a-z]{1,30}$/), fc.integer({ min: 2, max: 36 })), { numRuns: 4000, seed: 9 }).forEach(([s, r]) =>
      ops.push({ line: `PI ${hex(s)} ${bitsOf(r)}`, node: () => bitsOf(parseInt(s, r)) }),
    );
    expect(compare(ops)).toEqual([]);
  });
});

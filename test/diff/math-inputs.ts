// The inputs of the Math differential test (math.test.ts) and of the measuring script (math-differ.ts), and which
// C# the compiler emits for each Math function (compiler/emit/builtins.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { mcs, mono } from "../../compiler/csharp/mono.ts";
import { helperSource } from "../../compiler/runtime/helpers.ts";

export interface MathFn {
  name: string;
  node: (...a: number[]) => number;
  /** The C# the compiler emits, over doubles x (and y). */
  cs: string;
  /** The runtime helper it needs, for the exact ones. */
  helper: string;
  /** .NET's own function, which the helper replaces (what math-differ.ts measures beside it). */
  dotnet?: string;
  /** Inputs beyond the generated ones (cases found by hand). */
  extra?: number[][];
}

/** Computed by a runtime helper that is Node's function step for step: asserted bit for bit (math.test.ts). */
export const EXACT: MathFn[] = [
  {
    name: "pow",
    node: Math.pow,
    cs: "Js.Pow(x, y)",
    helper: "Pow",
    dotnet: "Math.Pow(x, y)",
    extra: [[3.5, -2], [-10, -63], [1, NaN], [-1, Infinity], [-8, 1 / 3], [2, -1074], [2, -1075], [2, 1023], [2, 1024], [-2, 1023], [0.5, 1074], [1 + 2 ** -52, 2 ** 62], [1 - 2 ** -53, -(2 ** 62)], [0.9999999999999999, -1], [2, -0.5]],
  },
  // mono's Math.Sin(1e19) was 1e19 (x87 fsin, C78)
  { name: "sin", node: Math.sin, cs: "Js.Sin(x)", helper: "SinCos", dotnet: "Math.Sin(x)", extra: [[1e18], [9.3e18], [1e19], [1e300], [-1e22], [823550], [823551], [Math.PI * 2 ** 19], [2 ** 1023], [7.450580596923828e-9], [0.7853981633974483], [0.7853981633974484], [2.356194490192345], [1.5707963267948966], [-1.5707963267948966], [3.141592653589793], [6.283185307179586], [2 ** 60 * Math.PI]] },
  { name: "cos", node: Math.cos, cs: "Js.Cos(x)", helper: "SinCos", dotnet: "Math.Cos(x)", extra: [[1e18], [9.3e18], [1e19], [1e300], [-1e22], [823550], [Math.PI * 2 ** 19], [2 ** 1023], [0.3], [0.78125], [0.7853981633974484], [1.5707963267948966], [-1.5707963267948966]] },
  { name: "tan", node: Math.tan, cs: "Js.Tan(x)", helper: "Tan", dotnet: "Math.Tan(x)", extra: [[1e300], [-1e22], [1024], [0.6744], [0.67434], [-0.6744], [3.725290298461914e-9], [1.5707963267948966], [-1.5707963267948966], [0.7853981633974483], [2 ** 1023]] },
  { name: "asin", node: Math.asin, cs: "Js.Asin(x)", helper: "AsinAcos", dotnet: "Math.Asin(x)", extra: [[-0.920471009431328], [0.975], [0.9749999999999999], [0.5], [-0.5], [0.49999999999999994], [7.450580596923828e-9], [1], [-1], [1.0000000000000002]] },
  { name: "acos", node: Math.acos, cs: "Js.Acos(x)", helper: "AsinAcos", dotnet: "Math.Acos(x)", extra: [[0.7500000000000002], [0.5], [-0.5], [0.49999999999999994], [6.938893903907228e-18], [1], [-1], [-1.0000000000000002]] },
  { name: "atan", node: Math.atan, cs: "Js.Atan(x)", helper: "Atan", dotnet: "Math.Atan(x)", extra: [[Math.PI], [0.4375], [0.6875], [1.1875], [2.4375], [2 ** 66], [-(2 ** 66)], [7.450580596923828e-9]] },
  { name: "atan2", node: Math.atan2, cs: "Js.Atan2(x, y)", helper: "Atan2", dotnet: "Math.Atan2(x, y)", extra: [[1, 10], [-7.004990577697754, 6.429228782653809], [1e300, 1e-300], [1e-300, -1e300], [-1e-300, -1e300], [5, 1], [-0, -1], [0, -0], [-0, -0]] },
  { name: "exp", node: Math.exp, cs: "Js.Exp(x)", helper: "Exp", dotnet: "Math.Exp(x)", extra: [[1], [-1], [-33.5], [709.782712893384], [709.7827128933841], [-745.1332191019411], [-745.1332191019412], [-708.5], [-709.1], [-740], [0.34657359027997264], [1.0397207708399179], [3.725290298461914e-9], [158.37345123291016]] },
  { name: "log", node: Math.log, cs: "Js.Log(x)", helper: "Log", dotnet: "Math.Log(x)", extra: [[3], [672.5974082946777], [1.564002282268002e-53], [5e-324], [2.2250738585072014e-308], [1 + 2 ** -21], [1 - 2 ** -21], [Math.SQRT2], [Math.SQRT1_2], [Math.E]] },
  { name: "log10", node: Math.log10, cs: "Js.Log10(x)", helper: "Log10", dotnet: "Math.Log10(x)", extra: [[99.5], [915.5256748199463], [1.659708522810925e-129], [1000], [1e22], [1e-300], [5e-324], [0.001]] },
  // (.NET Framework has no Math.Log2; Math.Log(x, 2) is log(x) / log(2), which differs)
  { name: "log2", node: Math.log2, cs: "Js.Log2(x)", helper: "Log2", dotnet: "Math.Log(x, 2)", extra: [[8], [1024], [2 ** -1074], [5e-324], [2 ** -1022], [3], [10], [Math.SQRT2], [Math.SQRT1_2], [1 + 2 ** -52], [1 - 2 ** -53], [0.7071067811865476], [1.4142135623730951], [1e300], [1e-300], [-0], [-1]] },
  // (two and three numbers: V8's fast paths for them compute as its loop does; no .NET counterpart)
  { name: "hypot", node: (x: number, y: number) => Math.hypot(x, y), cs: "Js.Hypot(x, y)", helper: "Hypot", extra: [[3, 4], [-0, -0], [-0, 0], [NaN, Infinity], [-Infinity, NaN], [1e308, 1e308], [5e-324, 5e-324], [1e-310, 3e-310], [1, 1e-8], [1e200, 1e-200]] },
  { name: "hypot3", node: (x: number, y: number) => Math.hypot(x, y, x - y), cs: "Js.Hypot(x, y, x - y)", helper: "Hypot", extra: [[3, 4], [1, 2], [-0, -0], [NaN, Infinity], [1e308, -1e308], [5e-324, -5e-324], [0.1, 0.2], [1, 1e-8]] },
  // (C#'s conversion to float rounds to nearest even, as fround does)
  { name: "fround", node: Math.fround, cs: "(double)(float)x", helper: "", extra: [[1.1], [16777217], [3.4028235677973366e38], [3.4028235677973362e38], [3.4028236e38], [1e-46], [7.006492321624085e-46], [7.006492321624087e-46], [1.401298464324817e-45], [-0], [2 ** -149], [2 ** -150], [-(2 ** -150)], [0.1]] },
  // (no .NET counterpart to measure: .NET Framework has no Math.Cbrt)
  { name: "cbrt", node: Math.cbrt, cs: "Js.Cbrt(x)", helper: "Cbrt", extra: [[8], [-8], [27], [1e-310], [-5e-324], [2.2250738585072014e-308], [1e300], [-0], [0.001], [3], [1 - 2 ** -53]] },
  { name: "expm1", node: Math.expm1, cs: "Js.Expm1(x)", helper: "Expm1", extra: [[1e-17], [-1e-17], [5e-324], [-0], [0.3], [-0.3], [0.5], [-0.5], [1], [-1], [2], [10], [40], [-40], [-38.9], [38.9], [709.78], [709.79], [-800], [14.5], [13.8]] },
  // (-0.29289...: the lower bound of log1p's k = 0 range, which fdlibm's versions put at high word 0xbfd2bec3 or 0xbfd2bec4)
  { name: "log1p", node: Math.log1p, cs: "Js.Log1p(x)", helper: "Log1p", extra: [[-1], [-1.0000000000000002], [-0.9999999999999999], [1e-17], [-1e-17], [5e-324], [-0], [1e-9], [-1e-9], [0.41421356], [0.4142135623730951], [-0.2928932188134524], [-0.29289321881345237], [-0.2928932188134525], [-0.2928931713104248], [-0.29289340972900385], [-0.2928934097290039], [-0.29289364814758295], [-0.292893648147583], [9007199254740992], [1e300], [0.5], [-0.5], [1], [2]] },
];

/** .NET's own function, which may differ from Node's in the last bit (README, Known limits): measured by math-differ.ts. */
export const NATIVE: MathFn[] = [
  { name: "sqrt", node: Math.sqrt, cs: "Math.Sqrt(x)", helper: "" },
];

const view = new DataView(new ArrayBuffer(8));
export const bitsOf = (d: number): string => {
  view.setFloat64(0, d);
  return view.getBigInt64(0).toString();
};
export const fromBits = (b: bigint): number => {
  view.setBigInt64(0, b);
  return view.getFloat64(0);
};
/** NaN has many bit patterns and JS cannot tell them apart: compare it as "NaN". */
export const key = (d: number): string => (Number.isNaN(d) ? "NaN" : bitsOf(d));

export const SPECIALS = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1 / 3, Infinity, -Infinity, NaN, 5e-324, -5e-324, 2 ** -1022, 2 ** -1074 * 3, Number.MAX_VALUE, -Number.MAX_VALUE, 1 + 2 ** -52, 1 - 2 ** -53, -1 - 2 ** -52, 2 ** 31, 2 ** 31 + 1, 2 ** 53, 2 ** 53 + 2, 2 ** 64, 2 ** 64 * 1.5, 1e300, 1e-300, 1024, -1075, 1074.5, 3.5, 10, 0.1, Math.PI, Math.PI / 2, Math.PI / 4, 709.782712893384, -745.1332191019411];

/** Any double, NaN payloads included (the random bit patterns). */
const anyBits = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(fromBits);
const nearOne = fc.tuple(fc.integer({ min: 1, max: 52 }), fc.double({ min: -1, max: 1, noNaN: true })).map(([e, f]) => 1 + f * 2 ** -e);
const binades = fc.tuple(fc.boolean(), fc.double({ min: -1100, max: 1100, noNaN: true })).map(([neg, e]) => (neg ? -1 : 1) * 2 ** e);
const double = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 3, arbitrary: anyBits },
  { weight: 3, arbitrary: nearOne },
  { weight: 2, arbitrary: fc.integer({ min: -2000, max: 2000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 100 }).map((k) => k + 0.5) },
  { weight: 2, arbitrary: binades },
  { weight: 3, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
);
/** Second arguments: the same, and large ones (|y| from 2^20 to past 2^64: pow over- and underflows from bases near 1). */
const second = fc.oneof({ weight: 5, arbitrary: double }, { weight: 1, arbitrary: fc.double({ min: 2 ** 20, max: 2 ** 70, noNaN: true }).chain((m) => fc.constantFrom(m, -m, Math.round(m))) });

export const inputs = (arity: number): fc.Arbitrary<number[]> => (arity === 2 ? fc.tuple(double, second) : fc.tuple(double));

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

    static int Main(string[] args)
    {
        var o = new StringBuilder();
        string line;
        while ((line = Console.ReadLine()) != null)
        {
            var a = line.Split(' ');
            double x = D(a[0]), y = a.Length > 1 ? D(a[1]) : 0, r;
            switch (args[0])
            {
__CASES__
                default: throw new Exception(args[0]);
            }
            o.Append(double.IsNaN(r) ? "NaN" : BitConverter.DoubleToInt64Bits(r).ToString()).Append('\n');
        }
        Console.Write(o);
        return 0;
    }
}
`;

/** Compiles a host running the functions' C# (with the helpers they need) under mono; returns the exe. */
export function buildHost(fns: MathFn[], dir: string): string {
  mkdirSync(dir, { recursive: true });
  const src = join(dir, "MathHost.cs");
  const cases = fns.map((f) => `                case "${f.name}": r = ${f.cs}; break;`).join("\n");
  writeFileSync(src, HOST.replace("__HELPERS__", helperSource(fns.filter((f) => f.helper).map((f) => f.helper))).replace("__CASES__", cases));
  const r = mcs([src], join(dir, "math.exe"), { target: "exe" });
  if (!r.ok) throw new Error(r.output);
  return join(dir, "math.exe");
}

/** Runs f over the special values (paired, for two arguments), its extra inputs and `count` generated ones in C#. */
export function compare(exe: string, f: MathFn, count: number, seed: number): { inputs: number; differ: number; examples: string[] } {
  const args: number[][] = [];
  if (f.node.length === 2) for (const x of SPECIALS) for (const y of SPECIALS) args.push([x, y]);
  else for (const x of SPECIALS) args.push([x]);
  for (const a of f.extra ?? []) args.push(a);
  for (const a of fc.sample(inputs(f.node.length), { numRuns: count, seed })) args.push(a); // (no spread: a million arguments overflow the stack)
  const r = mono(exe, [f.name], { input: args.map((a) => a.map(bitsOf).join(" ")).join("\n") + "\n", timeoutMs: 1_200_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  const cs = r.stdout.split("\n");
  const examples: string[] = [];
  let differ = 0;
  args.forEach((a, i) => {
    const want = key(f.node(...a));
    if (cs[i] === want) return;
    differ++;
    if (examples.length < 20) examples.push(`${f.name}(${a.join(", ")}): node ${f.node(...a)}, C# ${cs[i] === "NaN" ? NaN : fromBits(BigInt(cs[i]))}`);
  });
  return { inputs: args.length, differ, examples };
}

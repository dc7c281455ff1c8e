// Random well-typed programs from the pbts subset, as fast-check arbitraries.
// A program is a list of independent snippets (each declares its own names, suffixed with its
// index), so every program type-checks by construction and shrinking can drop whole snippets,
// then simplify expressions inside one. Expressions are typed: expr(type, env, depth) only
// combines sub-expressions whose TS type fits, over an environment of names of each type.
// Generated code stays clear of the README's known limits (int overflow of declared ints,
// out-of-range indexes, null dereferences, transcendental Math), so any difference is a bug.
import fc from "fast-check";
import type { DiffCase } from "../diff/harness.ts";
import type { OpenDefects } from "./flags.ts";

export type Ty = "num" | "int" | "str" | "bool" | "nums" | "strs" | "strN";
export type Env = Partial<Record<Ty, string[]>>;

export interface Snippet {
  kind: string;
  top: string;
  main: string;
  /** Program's fields, and statements of its constructor (all snippets' in one `constructor() { super(); .. }`). */
  fields?: string;
  ctor?: string;
}
export interface FuzzProgram {
  snippets: Snippet[];
}

type A<T> = fc.Arbitrary<T>;
const j = (...parts: A<string>[]) => fc.tuple(...parts).map((xs) => xs.join(""));
const lit = (s: string) => fc.constant(s);

// ---- literals
const EDGE_NUMS = [0, -0, 1, -1, 2, 0.1, 0.2, 0.5, 1.5, 2.5, -2.5, 3, 7, 10, 14, 15, 100, 1e21, 1e-7, 1e-6, 123e-20, 5e-324, 4.94e-322, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993, 2 ** 53, 2 ** 31, -(2 ** 31), 707880117141150.25, 0.07142857142857142, 123.456, NaN, Infinity, -Infinity, 1e300, 1e-300, 4.35, 1.005, 86400000];
const SPECIAL_CHARS = ["a", "b", "Z", " ", "-", ",", "$", "&", "'", "é", "ß", "ﬁ", "ﬀ", "և", "ᾳ", "ẞ", "İ", "ı", "ς", "Σ", "ǅ", "Ω", "😀", "𝒳", "\uD800", "\uDC00", "\t", "\n", "\u00A0", "\u2028", "\uFEFF", "0", "9", ".", "\\", '"', "`"];

export function numLiteral(d: number): string {
  if (Number.isNaN(d)) return "NaN";
  if (Object.is(d, -0)) return "(-0)";
  if (d === Infinity) return "Infinity";
  if (d === -Infinity) return "(-Infinity)";
  return d < 0 ? `(-${String(-d)})` : String(d);
}
const numLit: A<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .oneof(
        { weight: 3, arbitrary: fc.constantFrom(...EDGE_NUMS) },
        { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((k) => k / 10) },
        { weight: 2, arbitrary: fc.integer({ min: -50, max: 50 }) },
        { weight: 1, arbitrary: fc.double() },
      )
      .map(numLiteral),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((k) => `0x${k.toString(16).toUpperCase()}`) },
);
const intLit: A<string> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -20, max: 20 }).map((k) => (k < 0 ? `(${k})` : `${k}`)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1000 }).map((k) => `${k}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 4095 }).map((k) => `0x${k.toString(16).toUpperCase()}`) },
);
const smallNat = fc.integer({ min: 0, max: 4 }).map(String);
const strChars = fc.oneof(fc.constantFrom(...SPECIAL_CHARS), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }));
const strLitMemo = new WeakMap<OpenDefects, A<string>>();
function strLit(f: OpenDefects): A<string> {
  let a = strLitMemo.get(f);
  if (!a) strLitMemo.set(f, (a = strLitArb(f)));
  return a;
}
const strLitArb = (f: OpenDefects): A<string> =>
  fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom("", "a", "ab", "Hello", "a,b,,c", " pad ", "fine", "ﬁne", "straße", "ǅemal", "ΣΑΣ", "😀x", "$&$1$$", "a-b-c", "x\uD800y", "İi") },
    { weight: 2, arbitrary: fc.array(strChars, { maxLength: 5 }).map((cs) => cs.join("")) },
  )
  .map((s) => JSON.stringify(s));


// ---- typed expressions
const has = (env: Env, t: Ty) => (env[t]?.length ?? 0) > 0;
const pick = (env: Env, t: Ty) => fc.constantFrom(...env[t]!);

function leaf(t: Ty, env: Env, f: OpenDefects): A<string> {
  const own: A<string>[] = [];
  if (has(env, t)) own.push(pick(env, t), pick(env, t));
  switch (t) {
    case "num":
      return fc.oneof(...own, numLit, ...(has(env, "int") ? [pick(env, "int")] : []));
    case "int":
      return fc.oneof(...own, intLit);
    case "str":
      return fc.oneof(...own, strLit(f));
    case "bool":
      return fc.oneof(...own, fc.constantFrom("true", "false"));
    case "nums":
      return fc.oneof(...own, fc.array(numLit, { minLength: 1, maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`));
    case "strs":
      return fc.oneof(...own, fc.array(strLit(f), { minLength: 1, maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`));
    case "strN":
      // Not a bare literal: TS rejects `null ?? x` and `"a" ?? x` (always/never nullish).
      return fc.oneof(...own, j(lit("("), leaf("bool", env, f), lit(" ? "), strLit(f), lit(" : null)")));
  }
}

/** An int index into a non-empty array `base`: i when in range, else 0. */
const clampIdx = (base: string, i: string) => `(${i} >= 0 && ${i} < ${base}.length ? ${i} : 0)`;

const memo = new WeakMap<OpenDefects, Map<string, A<string>>>();

/** An expression of type t over env, at most d operators deep (memoized: arbitraries are stateless). */
export function expr(t: Ty, env: Env, d: number, f: OpenDefects): A<string> {
  let m = memo.get(f);
  if (!m) memo.set(f, (m = new Map()));
  const key = `${t}|${d}|${JSON.stringify(env)}`;
  let a = m.get(key);
  if (!a) m.set(key, (a = build(t, env, d, f)));
  return a;
}

function build(t: Ty, env: Env, d: number, f: OpenDefects): A<string> {
  if (d <= 0) return leaf(t, env, f);
  const e = (tt: Ty) => expr(tt, env, d - 1, f);
  const lam = (pt: Ty, rt: Ty) => {
    const v = `v${d}`;
    return expr(rt, { ...env, [pt]: [...(env[pt] ?? []), v] }, d - 1, f).map((b) => `(${v}) => ${b}`);
  };
  const ops: A<string>[] = [];
  switch (t) {
    case "num":
      ops.push(
        j(lit("("), e("num"), fc.constantFrom(" + ", " - ", " * ", " / "), e("num"), lit(")")),
        j(lit("("), e("num"), lit(" % "), e("num"), lit(")")),
        j(lit("-("), e("num"), lit(")")),
        fc.integer({ min: -50, max: -1 }).map((x) => `(- ${x})`),
        j(fc.constantFrom("Math.floor(", "Math.ceil(", "Math.round(", "Math.trunc(", "Math.abs(", "Math.sign(", "Math.sqrt("), e("num"), lit(")")),
        j(fc.constantFrom("Math.min(", "Math.max("), e("num"), lit(", "), e("num"), lit(")")),
        j(lit("("), e("bool"), lit(" ? "), e("num"), lit(" : "), e("num"), lit(")")),
        j(e("str"), lit(".length")),
        j(e("nums"), lit(".reduce((acc, "), lit(`v${d}`), lit(") => acc + "), lit(`v${d}`), lit(", 0)")),
        j(lit("toFloat("), e("num"), lit(")")),
        // charCodeAt is a number (NaN out of range) in pbts, not an int.
        fc.tuple(e("str"), leaf("int", env, f)).map(([w, i]) => `(${w}.length > 0 ? ${w}.charCodeAt(${i} >= 0 ? ${i} % ${w}.length : 0) : -1)`),
        e("int"),
      );
      ops.push(j(e("strs"), lit(".map((w) => w.length).reduce((a, b) => a + b, 0)")));
      // Issue 13 item 4: spread into Math.max/min, reduce without a seed (on a non-empty array).
      ops.push(
        j(fc.constantFrom("Math.max(...", "Math.min(..."), e("nums"), lit(")")),
        j(lit("Math.max("), e("num"), lit(", ..."), e("nums"), lit(")")),
        j(lit("["), e("num"), lit(", ..."), e("nums"), lit(`].reduce((ra${d}, rb${d}) => ra${d} - rb${d})`)),
      );
      // Issue 13, second round: `T | undefined` (a conditional, find on numbers) defaulted with ??.
      ops.push(
        j(lit("(("), e("bool"), lit(" ? "), e("num"), lit(" : undefined) ?? "), e("num"), lit(")")),
        j(lit("("), e("nums"), lit(".find("), lam("num", "bool"), lit(") ?? -1)")),
      );
      // The right side is a literal: TS narrows a const on the left to `never` there (counterexample
      // seed 26113020, path 505:...: `pre0 || pre0.trim()` with a truthy const pre0).
      if (has(env, "num")) ops.push(j(lit("("), pick(env, "num"), lit(" || "), numLit, lit(")")));
      ops.push(j(lit("("), e("nums"), lit(".at("), e("int"), lit(") ?? 0.5)")), j(e("nums"), lit(".lastIndexOf("), e("num"), lit(")")));
      break;
    case "int":
      ops.push(
        j(lit("("), e("int"), fc.constantFrom(" + ", " - "), e("int"), lit(")")),
        // Declared ints that overflow throw in C# (a README known limit): keep values well inside int32.
        // `+ 0`: an int -0 (`0 * -3`, `-4 % 2`) is 0 in C#, a README known limit; keep it out of programs.
        j(lit("("), leaf("int", env, f), lit(" * "), fc.integer({ min: -9, max: 9 }).map((x) => `(${x})`), lit(" + 0)")),
        j(lit("("), e("int"), fc.constantFrom(" & ", " | ", " ^ ", " >> "), e("int"), lit(")")),
        j(lit("("), leaf("int", env, f), lit(" << "), fc.integer({ min: 0, max: 3 }).map(String), lit(")")),
        j(e("str"), lit(".length")),
        j(lit("(("), e("int"), lit(" % "), fc.constantFrom("3", "7", "(-2)", "16"), lit(") + 0)")),
        j(lit("~"), leaf("int", env, f)),
        e("num").map((x) => `(Number.isNaN(${x}) ? 0 : toInt(Math.max(-1000000, Math.min(1000000, ${x}))))`),
        j(e("str"), fc.constantFrom(".indexOf(", ".lastIndexOf("), e("str"), lit(")")),
        fc.tuple(e("str"), leaf("int", env, f)).map(([w, i]) => `(${w}.length > 0 ? ${w}[${i} >= 0 ? ${i} % ${w}.length : 0].length : 0)`),
      );
      break;
    case "str":
      ops.push(
        j(lit("("), e("str"), lit(" + "), e("str"), lit(")")),
        j(lit("("), e("str"), lit(" + "), e("num"), lit(")")),
        j(lit("`[${"), e("str"), lit("}]${"), e("num"), lit("}|${"), e("bool"), lit("}`")),
        j(lit("String("), e("num"), lit(")")),
        j(lit("String("), e("bool"), lit(")")),
        j(lit("("), e("num"), lit(").toString()")),
        j(e("str"), fc.constantFrom(".trim()", ".trimStart()", ".trimEnd()")),
        j(e("str"), lit(".slice("), e("int"), lit(")")),
        j(e("str"), lit(".substring("), e("int"), lit(", "), e("int"), lit(")")),
        j(e("str"), lit(".padStart("), smallNat, lit(", "), e("str"), lit(")")),
        j(e("str"), lit(".padEnd("), smallNat, lit(", "), e("str"), lit(")")),
        j(e("str"), lit(".repeat("), smallNat, lit(")")),
        j(e("str"), fc.constantFrom(".replace(", ".replaceAll("), e("str"), lit(", "), strLit(f), lit(")")),
        j(e("str"), lit(".concat("), e("str"), lit(")")),
        j(e("strs"), lit(".join("), e("str"), lit(")")),
        j(lit("("), e("bool"), lit(" ? "), e("str"), lit(" : "), e("str"), lit(")")),
        j(lit("("), e("strN"), lit(" ?? "), e("str"), lit(")")),
        j(e("str"), lit(".charAt("), e("int"), lit(")")),
      );
      ops.push(j(e("str"), fc.constantFrom(".toUpperCase()", ".toLowerCase()")));
      if (has(env, "str")) ops.push(j(lit("("), pick(env, "str"), lit(" || "), strLit(f), lit(")")));
      ops.push(j(lit("("), e("str"), lit(".at("), e("int"), lit(') ?? "")')));
      break;
    case "bool":
      ops.push(
        j(lit("("), e("num"), fc.constantFrom(" < ", " <= ", " > ", " >= "), e("num"), lit(")")),
        j(lit("("), e("str"), fc.constantFrom(" < ", " >= "), e("str"), lit(")")),
        // `+ 0` / `+ ""` widen literal types: TS rejects `1 === 2` ("no overlap") and `x === NaN`.
        j(lit("("), e("num"), lit(" + 0"), fc.constantFrom(" === ", " !== "), e("num"), lit(" + 0)")),
        j(lit("("), e("str"), lit(' + ""'), fc.constantFrom(" === ", " !== "), e("str"), lit(")")),
        j(lit("!"), e("bool")),
        j(lit("("), e("bool"), fc.constantFrom(" && ", " || "), e("bool"), lit(")")),
        j(e("str"), fc.constantFrom(".includes(", ".startsWith(", ".endsWith("), e("str"), lit(")")),
        j(e("nums"), lit(".includes("), e("num"), lit(")")),
        j(e("strs"), lit(".includes("), e("str"), lit(")")),
        j(fc.constantFrom("Number.isNaN(", "Number.isInteger(", "Number.isFinite("), e("num"), lit(")")),
        j(lit("("), e("strN"), fc.constantFrom(" === null)", " !== null)")),
        j(e("nums"), fc.constantFrom(".some(", ".every("), lam("num", "bool"), lit(")")),
      );
      // Issue 13, second round: number and string truthiness, Boolean(x).
      ops.push(
        // `+ 0` / `+ ""`: TS rejects a literal as a condition ("always truthy", TS2872).
        j(lit("(("), e("num"), lit(" + 0) ? true : false)")),
        j(lit("!("), e("num"), lit(" + 0)")),
        j(lit("(("), e("str"), lit(' + "") && ('), e("num"), lit(" + 0) ? true : false)")),
        j(lit("Boolean("), e("num"), lit(")")),
      );
      break;
    case "nums":
      ops.push(
        j(e("nums"), lit(".map("), lam("num", "num"), lit(")")),
        j(e("nums"), lit(".filter("), lam("num", "bool"), lit(")")),
        j(e("nums"), lit(".concat("), e("nums"), lit(")")),
        j(e("nums"), lit(".slice("), e("int"), lit(")")),
        fc.array(e("num"), { minLength: 1, maxLength: 3 }).map((xs) => `[${xs.join(", ")}]`),
        j(lit("[..."), e("nums"), lit(", "), e("num"), lit("]")),
        j(lit("Array.from("), e("nums"), lit(")")),
        j(e("strs"), lit(".map(Number)")),
        j(e("nums"), lit(".filter(Boolean)")),
        fc.tuple(smallNat, lam("num", "num")).map(([n, f]) => `Array.from({ length: ${n} }, (_u, ${f.slice(1)})`),
        j(e("nums"), lit(".flatMap((fv) => [fv, -fv])")),
        j(lit("["), e("nums"), lit(", "), e("nums"), lit("].flat()")),
      );
      break;
    case "strs":
      ops.push(
        j(e("strs"), lit(".map("), lam("str", "str"), lit(")")),
        j(e("strs"), lit(".filter("), lam("str", "bool"), lit(")")),
        j(e("nums"), lit(".map("), lam("num", "str"), lit(")")),
        j(e("str"), lit(".split("), e("str"), lit(")")),
        j(e("strs"), lit(".slice("), e("int"), lit(", "), e("int"), lit(")")),
        j(e("strs"), lit(".slice().sort()")),
        // No type arguments: fuzz.test.ts also evaluates int expressions as plain JS.
        j(lit("[...new Set("), e("strs"), lit(")]")),
        // Issue 13, second round: strings split into code points, built-ins as callbacks.
        j(lit("Array.from("), e("str"), lit(")")),
        j(lit("[..."), e("str"), lit("]")),
        j(e("nums"), lit(".map(String)")),
        j(e("strs"), lit(".filter(Boolean)")),
      );
      break;
    case "strN":
      ops.push(
        j(lit("("), e("bool"), lit(" ? "), e("str"), lit(" : null)")),
        j(lit("("), e("strs"), lit(".find("), lam("str", "bool"), lit(") ?? "), leaf("strN", env, f), lit(")")),
      );
      break;
  }
  return fc.oneof({ weight: 2, arbitrary: leaf(t, env, f) }, { weight: 3, arbitrary: fc.oneof(...ops) });
}

// ---- printing
const SHOW: Record<Ty, (x: string) => string> = {
  num: (x) => `String(${x})`,
  int: (x) => `String(${x})`,
  bool: (x) => `String(${x})`,
  str: (x) => x,
  nums: (x) => `${x}.join(",")`,
  strs: (x) => `${x}.join("|")`,
  strN: (x) => `(${x} ?? "<null>")`,
};
function echoOf(t: Ty, x: string, style: number): string {
  if (t === "str" && style === 1) return `this.Echo(\`[\${${x}}]\`);`;
  if ((t === "num" || t === "int") && style === 1) return `this.Echo(\`\${${x}}\`);`;
  if (t === "num" && style === 2) return `this.Echo("v=" + ${x});`;
  if (t === "bool" && style === 2) return `this.Echo("v=" + ${x});`;
  return `this.Echo(${SHOW[t](x)});`;
}
const TYS: Ty[] = ["num", "int", "str", "bool", "nums", "strs", "strN"];
function echoAny(env: Env, d: number, f: OpenDefects): A<string> {
  return fc.constantFrom(...TYS).chain((t) => fc.tuple(expr(t, env, d, f), fc.nat(2)).map(([x, s]) => echoOf(t, x, s)));
}

// ---- snippets
/** Locals of each type, then echoes and mutations over them. */
function exprSnippet(k: string, f: OpenDefects): A<Snippet> {
  const env: Env = { num: [`n${k}`, `m${k}`], int: [`i${k}`], str: [`s${k}`], bool: [`b${k}`], nums: [`xs${k}`], strs: [`ss${k}`], strN: [`ns${k}`] };
  const decls = j(
    j(lit(`let n${k}: number = `), expr("num", {}, 1, f), lit(";\n")),
    j(lit(`let m${k} = `), numLit, lit(";\n")),
    j(lit(`const i${k}: int = `), expr("int", {}, 1, f), lit(";\n")),
    j(lit(`let s${k} = `), expr("str", {}, 1, f), lit(";\n")),
    j(lit(`let b${k}: boolean = `), expr("bool", {}, 1, f), lit(";\n")),
    j(lit(`const xs${k}: number[] = `), expr("nums", {}, 1, f), lit(";\n")),
    j(lit(`const ss${k}: string[] = `), expr("strs", {}, 1, f), lit(";\n")),
    j(lit(`let ns${k}: string | null = `), expr("strN", {}, 1, f), lit(";\n")),
  );
  const mut: A<string> = fc.oneof(
    j(lit(`n${k} = `), expr("num", env, 2, f), lit(";")),
    j(lit(`n${k} `), fc.constantFrom("+=", "-=", "*=", "/=", "%="), lit(" "), expr("num", env, 2, f), lit(";")),
    j(lit(`m${k} = `), expr("num", env, 2, f), lit(";")),
    lit(`m${k}++;`),
    j(lit(`s${k} += `), expr("str", env, 2, f), lit(";")),
    j(lit(`b${k} = `), expr("bool", env, 2, f), lit(";")),
    j(lit(`xs${k}.push(`), expr("num", env, 2, f), lit(");")),
    j(lit(`ss${k}.unshift(`), expr("str", env, 2, f), lit(");")),
    j(lit(`ns${k} = `), expr("strN", env, 2, f), lit(";")),
    lit(`if (xs${k}.length > 0) xs${k}.pop();`),
    lit(`if (ss${k}.length > 0) ss${k}.shift();`),
    j(lit(`xs${k}.splice(`), expr("int", env, 1, f), lit(", "), smallNat, lit(");")),
    lit(`ss${k}.reverse();`),
    lit(`ss${k}.sort();`),
    j(lit(`for (let q = 0; q < `), smallNat, lit(`; q++) { m${k} = m${k} * `), numLit, lit(` + q; }`)),
    j(lit(`if (xs${k}.length > 0) xs${k}[`), lit(clampIdx(`xs${k}`, `i${k}`)), lit("] = "), expr("num", env, 1, f), lit(";")),
    // Issue 13, second round: a number as a condition, a tuple written, destructured and shared.
    j(lit("if (("), expr("num", env, 2, f), lit(` + 0)) this.Echo("t"); else this.Echo("f");`)),
    lit(`[n${k}, m${k}] = [m${k}, n${k}];`),
    lit(`for (const [fi, fx] of xs${k}.entries()) this.Echo(fi + ":" + fx);`),
    fc.tuple(expr("str", env, 1, f), expr("num", env, 1, f), expr("num", env, 1, f)).map(([a, b, c]) => `{ const tp: [string, number] = [${a}, ${b}]; const [ta, tb] = tp; const tq = tp; tq[1] = ${c}; this.Echo(ta + "," + tb + "," + tp[1] + "," + tp.length); }`),
  );
  const body = fc.array(fc.oneof({ weight: 3, arbitrary: echoAny(env, 3, f) }, { weight: 2, arbitrary: mut }), { minLength: 1, maxLength: 8 });
  return fc.tuple(decls, body).map(([dd, b]) => ({ kind: "expr", top: "", main: dd + b.join("\n") }));
}

/** A base class and a subclass: fields, statics, constructors, virtual methods, super calls, accessors. */
function classSnippet(k: string, f: OpenDefects): A<Snippet> {
  const B = `B${k}`, D = `D${k}`;
  const inB: Env = { num: ["this.a", `${B}.count`], str: ["this.s"], nums: ["this.hist"] };
  const inD: Env = { num: ["this.a", "this.c"], str: ["this.s"], nums: ["this.hist"] };
  const withX = (e: Env): Env => ({ ...e, num: [...e.num!, "x"] });
  return fc
    .record({
      a: numLit,
      s: strLit(f),
      count: numLit,
      fB: expr("num", withX(inB), 2, f),
      gB: expr("str", inB, 2, f),
      c: numLit,
      superArg: expr("num", { num: ["p"] }, 1, f),
      fD: expr("num", withX(inD), 2, f),
      gD: expr("str", inD, 2, f),
      overrideF: fc.boolean(),
      useSuper: fc.boolean(),
      abstractBase: fc.boolean(),
      accessor: fc.boolean(),
      args: fc.array(numLit, { minLength: 1, maxLength: 3 }),
      callArg: numLit,
      staticBump: fc.boolean(),
      redeclare: fc.boolean(),
      s2: strLit(f),
      subStatic: fc.boolean(),
      capture: fc.boolean(),
      tag: numLit,
      setterValue: fc.boolean(),
    })
    .map((r) => {
      const abs = r.abstractBase;
      // Issue 12 classes 11-13 and 18: a subclass redeclaring a field, a member named like the top-level
      // const it reads, a static written through the subclass, a setter parameter named `value`.
      const redeclare = r.redeclare;
      const capture = r.capture;
      const setterArg = r.setterValue ? "value" : "v";
      const top = `interface I${k} { f(x: number): number; kind(): string; }
${capture ? `const tag${k} = ${r.tag};\n` : ""}${abs ? "abstract " : ""}class ${B} implements I${k} {${capture ? `\n  tag${k} = tag${k};` : ""}
  static count: number = ${r.count};
  a: number = ${r.a};
  s: string = ${r.s};
  hist: number[] = [];
  constructor(p: number) { this.a = this.a + p; ${B}.count++; this.hist.push(p); }
  f(x: number): number { return ${r.fB}; }
  g(): string { return ${r.gB}; }
  ${abs ? "abstract kind(): string;" : `kind(): string { return "${B}"; }`}
  ${r.accessor ? `get twice(): number { return this.a * 2; } set twice(${setterArg}: number) { this.a = ${setterArg} / 2; }` : ""}
}
class ${D} extends ${B} {
  c: number = ${r.c};${redeclare ? `\n  s: string = ${r.s2};` : ""}
  constructor(p: number) { super(${r.superArg}); this.c = this.c + this.a; }
  ${r.overrideF ? `f(x: number): number { return ${r.useSuper ? "super.f(x) + " : ""}${r.fD}; }` : ""}
  g(): string { return ${r.gD}; }
  kind(): string { return "${D}"; }
}
${abs ? `class E${k} extends ${B} { kind(): string { return "E${k}"; } }` : ""}`;
      const mk = (x: string, i: number) => (i % 2 === 0 ? `new ${D}(${x})` : abs ? `new E${k}(${x})` : `new ${B}(${x})`);
      const main = `const objs${k}: ${B}[] = [${r.args.map(mk).join(", ")}];
for (const o of objs${k}) { this.Echo(o.kind() + " " + String(o.f(${r.callArg})) + " " + o.g() + " " + String(o instanceof ${D})); }
${r.accessor ? `objs${k}[0].twice = ${r.callArg}; this.Echo(String(objs${k}[0].twice) + "," + String(objs${k}[0].a));` : ""}
${r.staticBump ? `${r.subStatic && !f.STATIC_VIA_SUBCLASS_REJECTED ? D : B}.count += 10;` : ""}
${capture ? `this.Echo(String(objs${k}[0].tag${k}));` : ""}
const asI${k}: I${k} = objs${k}[objs${k}.length - 1];
this.Echo(asI${k}.kind() + " " + String(asI${k}.f(${r.callArg})));
this.Echo(String(${B}.count) + " " + ${SHOW.nums(`objs${k}[0].hist`)});`;
      return { kind: "class", top, main };
    });
}

/** Closures: counters, captured locals, higher-order functions, lambdas in arrays. */
function closureSnippet(k: string, f: OpenDefects): A<Snippet> {
  return fc
    .record({
      start: numLit,
      step: expr("num", { num: ["c"] }, 2, f),
      calls: fc.integer({ min: 1, max: 4 }),
      fn: expr("str", { num: ["x"], str: [`pre${k}`] }, 2, f),
      pre: strLit(f),
      arg: numLit,
      cap0: numLit,
      cap1: expr("num", { num: [`cap${k}`] }, 1, f),
      hof: expr("num", { num: ["y"] }, 2, f),
    })
    .map((r) => ({
      kind: "closure",
      top: `function mk${k}(start: number): () => number { let c = start; return () => { c = ${r.step}; return c; }; }
function twice${k}(g: (y: number) => number, v: number): number { return g(g(v)); }`,
      main: `const ctr${k} = mk${k}(${r.start});
for (let t = 0; t < ${r.calls}; t++) this.Echo(String(ctr${k}()));
const pre${k} = ${r.pre};
const fmt${k} = (x: number): string => ${r.fn};
this.Echo(fmt${k}(${r.arg}));
let cap${k} = ${r.cap0};
const get${k} = () => cap${k} + 1;
cap${k} = ${r.cap1};
this.Echo(String(get${k}()));
this.Echo(String(twice${k}((y) => ${r.hof}, ${r.arg})));
const fs${k}: ((y: number) => number)[] = [(y) => y + 1, (y) => ${r.hof}];
for (const g of fs${k}) this.Echo(String(g(${r.start})));`,
    }));
}

/** Generic classes and functions, instantiated with numbers and strings. */
function genericSnippet(k: string, f: OpenDefects): A<Snippet> {
  return fc
    .record({ n: expr("num", {}, 2, f), s: expr("str", {}, 2, f), first: fc.boolean(), nums: expr("nums", {}, 2, f), explicit: fc.boolean(), strs: expr("strs", {}, 2, f) })
    .map((r) => ({
      kind: "generic",
      top: `class Box${k}<T> { constructor(public v: T) {} get(): T { return this.v; } map<U>(g: (x: T) => U): Box${k}<U> { return new Box${k}<U>(g(this.v)); } }
function pick${k}<T>(a: T, b: T, first: boolean): T { return first ? a : b; }
function lastOr${k}<T>(xs: T[], d: T): T { return xs.length > 0 ? xs[xs.length - 1] : d; }
${f.TYPEPARAM_NULL_REJECTED ? "" : `function orNull${k}<T>(x: T, keep: boolean): T | null { return keep ? x : null; }\n`}${f.ARROW_DEFAULT_REJECTED ? "" : `const inc${k} = (x: number, by: number = 2): number => x + by;\n`}class Stack${k}<T> { items: T[] = []; push(x: T): void { this.items.push(x); } size(): number { return this.items.length; } }`,
      main: `const bn${k} = new Box${k}${r.explicit ? "<number>" : ""}(${r.n});
this.Echo(String(bn${k}.get()));
this.Echo(bn${k}.map<string>((x) => "<" + x + ">").get());
this.Echo(String(bn${k}.map<number>((x) => x * x).get()));
const bs${k} = new Box${k}<string>(${r.s});
this.Echo(bs${k}.get() + String(bs${k}.map<number>((x) => x.length).get()));
this.Echo(String(pick${k}<number>(${r.n}, 2, ${r.first})) + pick${k}<string>("p", ${r.s}, ${r.first}));
this.Echo(String(lastOr${k}<number>(${r.nums}, -1)));
this.Echo(lastOr${k}<string>(${r.strs}, "none"));
const st${k} = new Stack${k}<string>(); st${k}.push(${r.s}); this.Echo(String(st${k}.size()));
${f.TYPEPARAM_NULL_REJECTED ? "" : `this.Echo(orNull${k}<string>(${r.s}, ${r.first}) ?? "nul");`}
${f.ARROW_DEFAULT_REJECTED ? "" : `this.Echo(String(inc${k}(${r.n})) + String(inc${k}(${r.n}, 0.5)));`}`,
    }));
}

/** Maps and Sets: set/get/has/delete, sizes, iteration order. */
function collectionSnippet(k: string, f: OpenDefects): A<Snippet> {
  const env: Env = { str: [`key${k}`], num: [`val${k}`] };
  const op = fc.oneof(
    j(lit(`m${k}.set(`), expr("str", env, 1, f), lit(", "), expr("num", env, 1, f), lit(");")),
    expr("str", env, 1, f).map((x) => `this.Echo(String((m${k}.has(${x}) ? m${k}.get(${x})! : -1)));`),
    j(lit(`this.Echo(String(m${k}.has(`), expr("str", env, 1, f), lit(")));")),
    j(lit(`st${k}.add(`), expr("str", env, 1, f), lit(");")),
    j(lit(`this.Echo(String(st${k}.has(`), expr("str", env, 1, f), lit(")));")),
    j(lit(`nm${k}.set(`), expr("num", env, 1, f), lit(", "), expr("str", env, 1, f), lit(");")),
    j(lit(`this.Echo(nm${k}.get(`), expr("num", env, 1, f), lit(`) ?? "none");`)),
    j(lit(`ns${k}.add(`), expr("num", env, 1, f), lit(");")),
    j(lit(`this.Echo("g " + m${k}.get(`), expr("str", env, 1, f), lit("));")),
  );
  const del = fc.oneof(
    j(lit(`m${k}.delete(`), expr("str", env, 1, f), lit(");")),
    j(lit(`this.Echo(String(st${k}.delete(`), expr("str", env, 1, f), lit(")));")),
  );
  return fc
    .record({ key: strLit(f), val: numLit, ops: fc.array(op, { minLength: 1, maxLength: 8 }), dels: fc.array(del, { maxLength: 2 }), iterate: fc.boolean() })
    .map((r) => ({
      kind: "collection",
      top: "",
      main: `const key${k} = ${r.key}; const val${k} = ${r.val};
const m${k} = new Map<string, number>(); const st${k} = new Set<string>(); const nm${k} = new Map<number, string>(); const ns${k} = new Set<number>();
${r.ops.join("\n")}
${
        // Iterating a Map/Set the program deletes from is PBTS1021: either iterate or delete.
        r.iterate
          ? `for (const [kk, vv] of m${k}) this.Echo(kk + "=" + vv);
for (const x of st${k}) this.Echo("set " + x);
for (const kk of nm${k}.keys()) this.Echo("nk " + String(kk) + " " + String(1 / kk));
for (const x of ns${k}) this.Echo("ns " + String(x));
for (const vv of m${k}.values()) this.Echo("v " + String(vv));
for (const [kk, vv] of nm${k}.entries()) this.Echo(String(kk) + ":" + vv);
m${k}.forEach((vv, kk) => this.Echo("fe " + kk + "=" + vv)); ns${k}.forEach((x) => this.Echo("fs " + x));
this.Echo(Array.from(nm${k}.values()).join("|") + [...st${k}].length);`
          : r.dels.join("\n")
      }
this.Echo(String(m${k}.size) + " " + String(st${k}.size) + " " + String(nm${k}.size) + " " + String(ns${k}.size));`,
    }));
}

/** try/catch/finally with early returns, switch on int and string, loops with break/continue. */
function controlSnippet(k: string, f: OpenDefects): A<Snippet> {
  const env: Env = { num: ["x"], str: ["r"] };
  return fc
    .record({
      lim: numLit,
      msg: expr("str", env, 2, f),
      args: fc.array(numLit, { minLength: 1, maxLength: 3 }),
      cases: fc.uniqueArray(fc.integer({ min: -3, max: 5 }), { minLength: 1, maxLength: 4 }),
      bodies: fc.array(expr("str", { int: ["v"] }, 1, f), { minLength: 5, maxLength: 5 }),
      scases: fc.uniqueArray(fc.constantFrom("a", "b", "", "é", "A"), { minLength: 1, maxLength: 3 }),
      svals: fc.array(fc.constantFrom('"a"', '"b"', '""', '"é"', '"A"', '"z"'), { minLength: 1, maxLength: 3 }),
      n: fc.integer({ min: 0, max: 8 }),
      emptyMsg: fc.boolean(),
      finRet: fc.boolean(),
      reassign: fc.boolean(),
      fewer: fc.boolean(),
      brk: fc.integer({ min: 0, max: 8 }),
      cont: fc.integer({ min: 1, max: 4 }),
    })
    .map((r) => ({
      kind: "control",
      top: `function tf${k}(x: number): string {
  let r = "s";
  try {
    if (x > ${r.lim}) throw new Error(${r.emptyMsg ? "" : r.msg});
    r += "t";
    return r;
  } catch (e) {
    if (e instanceof Error) r += "c:" + e.message;
  } finally {
    r += "f";
  }
  return r + "!";
}
${
        r.finRet && !f.FINALLY_RETURN_REJECTED
          ? `function fr${k}(x: number): string {
  let r = "";
  try { if (x > ${r.lim}) return "early"; r += "body"; } finally { if (x < 0) return "fin" + r; }
  return "end" + r;
}\n`
          : ""
      }function sw${k}(v: int): string {
  switch (v) {
${r.cases.map((c, i) => `    case ${c}: return ${r.bodies[i]};`).join("\n")}
    default: break;
  }
  return "d" + v;
}
function ss${k}(s: string): int {
  switch (s) {
${r.scases.map((c, i) => `    case ${JSON.stringify(c)}: return ${i};`).join("\n")}
    default: return -1;
  }
}`,
      main: `${r.args.map((a) => `this.Echo(tf${k}(${a}));`).join(" ")}
${r.finRet && !f.FINALLY_RETURN_REJECTED ? r.args.map((a) => `this.Echo(fr${k}(${a}));`).join(" ") : ""}
${r.reassign ? `let q${k}: string[] = ["a", "b"]; for (const x of q${k}) { if (q${k}.length < 5) q${k} = q${k}.concat([x + "!"]); this.Echo(x); } this.Echo(q${k}.join(","));` : ""}
${r.fewer ? `let cnt${k} = 0; [1, 2, 3].forEach(() => { cnt${k}++; }); const srt${k} = ["b", "a", "c"]; srt${k}.sort(() => 0); this.Echo(String(cnt${k}) + srt${k}.join(""));` : ""}
for (let v: int = -3; v < 6; v++) this.Echo(sw${k}(v));
${r.svals.map((s) => `this.Echo(String(ss${k}(${s})));`).join(" ")}
let acc${k} = "";
for (let i = 0; i < ${r.n}; i++) { if (i === ${r.brk}) break; if (i % ${r.cont} === 0) continue; acc${k} += i; }
let w${k} = 0; while (w${k} < ${r.n}) { w${k}++; } do { w${k}--; } while (w${k} > ${r.brk});
this.Echo(acc${k} + "/" + w${k});`,
    }));
}

/** Nullables and optional chains through a linked class. */
function nullSnippet(k: string, f: OpenDefects): A<Snippet> {
  const L = `L${k}`;
  const reads = [
    `this.Echo(a${k}.next?.name ?? "none");`,
    `this.Echo(String(a${k}.next?.v ?? -1));`,
    `this.Echo(a${k}.next?.label() ?? "nolabel");`,
    `this.Echo(a${k}.next?.next?.name ?? "none2");`,
    `this.Echo(String(a${k}.next === null) + String(a${k}.next != null));`,
    `if (a${k}.next) this.Echo("truthy " + a${k}.next.name); else this.Echo("falsy");`,
    `const p${k} = sw${k}.pop(); this.Echo(p${k} ?? "popped null");`,
    `const q${k} = sw${k}.shift(); this.Echo(q${k} != null ? q${k} : "shifted null");`,
    `this.Echo(String(o${k} ?? "o-null"));`,
  ];
  reads.push(`this.Echo(a${k}.next?.name.toUpperCase() ?? "up");`, `this.Echo(String(a${k}.next?.items.includes("a") ?? false));`, `this.Echo(String(a${k}.next?.items.length ?? -1));`);
  reads.push(`this.Echo(String(nw${k}.pop() ?? -1));`, `this.Echo(String(nw${k}.shift() ?? -2));`);
  reads.push(`this.Echo("got " + nm${k}.get("zz"));`, `this.Echo(\`\${sw${k}.find((w) => w === "q")}\`);`);
  return fc
    .record({
      v: numLit,
      name: strLit(f),
      link: fc.boolean(),
      link2: fc.boolean(),
      words: fc.array(strLit(f), { maxLength: 3 }),
      nums: fc.array(numLit, { maxLength: 2 }),
      o: expr("strN", {}, 2, f),
      ops: fc.shuffledSubarray(reads, { minLength: 1, maxLength: 7 }),
    })
    .map((r) => ({
      kind: "null",
      top: `class ${L} { next: ${L} | null = null; items: string[] = ["a"]; constructor(public v: number, public name: string) {} label(): string { return this.name + ":" + this.v; } }`,
      main: `const a${k} = new ${L}(${r.v}, ${r.name});
${r.link ? `a${k}.next = new ${L}(1, "n1");` : ""}${r.link && r.link2 ? ` a${k}.next!.next = new ${L}(2, "n2");` : ""}
const sw${k}: string[] = [${r.words.join(", ")}];
const nw${k}: number[] = [${r.nums.join(", ")}];
const nm${k} = new Map<string, string>();
const o${k}: string | null = ${r.o};
${r.ops.join("\n")}`,
    }));
}

/** The prelude's int and float, and enums. */
function numericSnippet(k: string, f: OpenDefects): A<Snippet> {
  return fc
    .record({
      a: expr("int", {}, 2, f),
      b: intLit,
      x: numLit,
      e0: fc.integer({ min: -3, max: 10 }),
      flt: expr("num", {}, 2, f),
      ops: fc.array(expr("num", { int: [`a${k}`, `b${k}`], num: [`f${k}`, `x${k}`] }, 3, f), { minLength: 1, maxLength: 4 }),
    })
    .map((r) => ({
      kind: "numeric",
      top: `enum E${k} { P = ${r.e0}, Q, R = ${r.e0 + 5} }
function ef${k}(b: boolean): E${k} { return b ? E${k}.Q : E${k}.R; }`,
      main: `const a${k}: int = ${r.a}; const b${k}: int = ${r.b};
const x${k} = ${r.x};
const f${k}: float = toFloat(${r.flt});
this.Echo(String(a${k} / 2) + " " + String((a${k} % 1000) * b${k}) + " " + String(a${k} - b${k}));
this.Echo(String(f${k}) + " " + String(f${k} * 3) + " " + String(f${k} + x${k}));
${r.ops.map((o) => `this.Echo(String(${o}));`).join("\n")}
const ev${k} = ef${k}(a${k} > b${k});
switch (ev${k}) { case E${k}.P: this.Echo("P"); break; case E${k}.Q: this.Echo("Q"); break; default: this.Echo("R " + String(ev${k})); break; }`,
    }));
}


/**
 * Objects (session 7): interfaces of properties with optional ones, object literals (nested, in
 * arrays, evaluated in source order, shared), object and array destructuring (renames, defaults,
 * nesting, rest, in for...of and parameters), tuples and swaps.
 */
function objectSnippet(k: string, f: OpenDefects): A<Snippet> {
  const opt = <T>(a: A<T>) => fc.option(a, { nil: undefined });
  return fc
    .record({
      x: expr("num", {}, 2, f),
      y: expr("num", {}, 2, f),
      name: expr("str", {}, 2, f),
      tag: opt(expr("str", {}, 1, f)),
      z: opt(expr("num", {}, 1, f)),
      dflt: fc.constantFrom("0", "1", "-1", "2.5", "-0.5", "100", "0x10", "1e21"),
      sdflt: strLit(f),
      yFirst: fc.boolean(),
      xs: expr("nums", {}, 2, f),
      words: expr("strs", {}, 2, f),
      tupN: expr("num", {}, 1, f),
      tupS: expr("str", {}, 1, f),
      dist: expr("num", { num: ["px", "py"] }, 2, f),
      label: expr("str", { str: ["nm"], num: ["zz"] }, 2, f),
      bump: numLit,
    })
    .map((r) => {
      const v = `v${k}`;
      const parts = [`name: ${r.name}`, `at: ${r.yFirst ? `{ y: ${v}("y", ${r.y}), x: ${v}("x", ${r.x}) }` : `{ x: ${v}("x", ${r.x}), y: ${v}("y", ${r.y}) }`}`];
      if (r.tag !== undefined) parts.push(`tag: ${r.tag}`);
      if (r.z !== undefined) parts.push(`z: ${v}("z", ${r.z})`);
      if (r.yFirst) parts.reverse();
      return {
        kind: "object",
        top: `interface Pt${k} { x: number; y: number; }
interface It${k} { name: string; at: Pt${k}; tag?: string; z?: number; }
function mk${k}(name: string, x: number, y: number): It${k} { return { name, at: { x, y } }; }
function dist${k}({ at: { x: px, y: py } }: It${k}): number { return ${r.dist}; }`,
        main: `const log${k}: string[] = [];
const ${v} = (s: string, n: number): number => { log${k}.push(s); return n; };
const a${k}: It${k} = { ${parts.join(", ")} };
const items${k}: It${k}[] = [a${k}, mk${k}(${r.name}, ${r.y}, ${r.x}), { name: "lit", at: a${k}.at${r.z !== undefined ? `, z: ${r.z}` : ""} }];
items${k}[2].at.x = items${k}[2].at.x + ${r.bump};
this.Echo(log${k}.join(",") + " " + String(a${k}.at.x) + " " + String(items${k}[1].at === a${k}.at) + " " + String(items${k}[2].at === a${k}.at));
for (const { name: nm, at: { x }, tag = ${r.sdflt}, z = ${r.dflt} } of items${k}) this.Echo(nm + "|" + String(x) + "|" + tag + "|" + String(z));
this.Echo(items${k}.map(({ name: nm, z: zz = ${r.dflt} }) => ${r.label}).join(";"));
this.Echo(items${k}.map(dist${k}).map((d) => String(d)).join(","));
const { name: n0${k}, tag: t0${k}, z: z0${k} } = a${k};
this.Echo(n0${k} + " " + (t0${k} ?? "no tag") + " " + String(z0${k} ?? -1) + " " + String(a${k}.z) + " " + \`\${a${k}.tag}\`);
const tp${k}: [number, string, boolean] = [${r.tupN}, ${r.tupS}, ${r.x} > 1];
const [p0${k}, p1${k}, p2${k}] = tp${k};
this.Echo(String(p0${k}) + p1${k} + String(p2${k}) + String(tp${k}[0]));
const xa${k}: number[] = ${r.xs};
const [h${k} = ${r.dflt}, ...rest${k}] = xa${k};
this.Echo(String(h${k}) + "/" + rest${k}.join(","));
let q1${k} = ${r.x}; let q2${k} = ${r.y}; [q1${k}, q2${k}] = [q2${k}, q1${k}];
this.Echo(String(q1${k}) + " " + String(q2${k}));
const wa${k}: string[] = ${r.words};
const [w0${k} = ${r.sdflt}, , w2${k} = "w2"] = wa${k};
this.Echo(w0${k} + "," + w2${k});`,
      };
    });
}

/**
 * Members (session 7): accessors with side effects under compound assignment (read, then the
 * right side, then the write), indexes and receivers computed by calls, `??=`/`||=`/`&&=` on fields,
 * an accessor pair overridden with `super`, string enums (switch, Map keys), statics read by later
 * statics, a generator method, an Error subclass through try/catch/finally.
 */
function memberSnippet(k: string, f: OpenDefects): A<Snippet> {
  return fc
    .record({
      v0: numLit,
      e1: expr("num", {}, 2, f),
      e2: expr("num", {}, 2, f),
      e3: expr("num", {}, 1, f),
      arr: fc.array(numLit, { minLength: 2, maxLength: 4 }),
      base: numLit,
      sub: fc.boolean(),
      s: expr("str", {}, 2, f),
      n: expr("num", {}, 1, f),
      orS: expr("str", {}, 1, f),
      lim: numLit,
      modeB: fc.boolean(),
      throwIt: expr("bool", {}, 2, f),
      code: fc.integer({ min: -5, max: 5 }),
    })
    .map((r) => {
      const C = `Acc${k}`;
      const M = `Md${k}`;
      return {
        kind: "member",
        top: `enum ${M} { A = "a", B = "b-${"\\u00e9"}", C = "" }
class Er${k} extends Error { constructor(public code: number) { super("e" + code); } }
class ${C} {
  static made = 0;
  static base = ${r.base};
  static twice = ${C}.base * 2;
  private _v: number = ${r.v0};
  log: string[] = [];
  hits = 0;
  arr: number[] = [${r.arr.join(", ")}];
  mode: ${M} = ${r.modeB ? `${M}.B` : `${M}.A`};
  s: string | null = null;
  n: number | undefined = undefined;
  t = "";
  u = "u";
  constructor() { ${C}.made++; }
  get v(): number { this.log.push("get"); return this._v; }
  set v(x: number) { this.log.push("set"); this._v = x; }
  idx(i: number): number { this.hits++; this.log.push("i" + i); return i; }
  self(): ${C} { this.log.push("self"); return this; }
  *walk(): Generator<string> { for (const x of this.arr) { if (x > ${r.lim}) return; yield String(x); } yield this.mode; }
}
class Sub${k} extends ${C} { get v(): number { return super.v * 2; } set v(x: number) { super.v = x + 1; } }
interface Nm${k} { name: string; readonly id: number; }
class Nb${k} { name = ${r.s}; get id(): number { return ${r.n}; } }
class Ro${k} extends ${C} { get v(): number { return ${r.n}; } }
class Nc${k} extends Nb${k} implements Nm${k} {}
function pad${k}(x: number, i: number): string { return String(x) + "@" + String(i); }`,
        main: `const o${k}: ${C} = ${r.sub ? `new Sub${k}()` : `new ${C}()`};
o${k}.v += ${r.e1};
o${k}.self().v *= ${r.e2};
o${k}.arr[o${k}.idx(0)] += o${k}.idx(1);
o${k}.arr[o${k}.idx(1)] -= ${r.e3};
o${k}.self().hits++;
this.Echo(o${k}.log.join(",") + " " + String(o${k}.v) + " " + o${k}.arr.join(",") + " " + String(o${k}.hits));
o${k}.s ??= ${r.s}; o${k}.s ??= "no"; o${k}.n ??= ${r.n}; o${k}.t ||= ${r.orS}; o${k}.u &&= ${r.orS};
this.Echo((o${k}.s ?? "null") + " " + String(o${k}.n) + " " + o${k}.t + " " + o${k}.u);
const m${k} = new Map<${M}, number>(); m${k}.set(${M}.A, 1); m${k}.set(o${k}.mode, (m${k}.get(o${k}.mode) ?? 0) + 1); m${k}.set(${M}.C, 0);
for (const [mk, mv] of m${k}) { switch (mk) { case ${M}.A: this.Echo("A" + mv); break; case ${M}.B: this.Echo("B" + mk + mv); break; default: this.Echo("[" + mk + "]" + mv); } }
this.Echo(String(${C}.made) + " " + String(${C}.twice) + " " + String(o${k}.mode === ${M}.B) + " " + (o${k}.mode < ${M}.B ? "lt" : "ge"));
for (const w of o${k}.walk()) this.Echo(w);
const nm${k}: Nm${k} = new Nc${k}(); nm${k}.name += "!"; this.Echo(nm${k}.name + " " + String(nm${k}.id));
const ro${k}: ${C} = new Ro${k}(); try { ro${k}.v = ${r.e3}; this.Echo("set"); } catch (e) { if (e instanceof Error) this.Echo(e.message); }
this.Echo(o${k}.arr.map(pad${k}).join(";"));
const pick${k} = (b: boolean): ((x: number) => number) | null => (b ? (x) => x + ${r.e3} : null);
const sib${k}: ${C} = ${r.modeB} ? new Sub${k}() : new Ro${k}(); const sib2${k}: ${C} = (${r.throwIt} ? new Ro${k}() : null) ?? new Sub${k}();
this.Echo(String(sib${k}.v) + " " + String(sib2${k}.v));
const pf${k} = pick${k}(${r.throwIt}); this.Echo(pf${k} === null ? "nf" : String(pf${k}(2)));
const sel${k} = ${r.modeB} ? (q: string): string => q + "!" : (q: string): string => q.toUpperCase();
this.Echo(sel${k}(${r.s}) + String(((y: number): number => y * 2)(${r.n})));
try { try { if (${r.throwIt}) throw new Er${k}(${r.code}); this.Echo("no throw"); } finally { this.Echo("fin"); } } catch (e) { if (e instanceof Er${k}) this.Echo(e.message + " " + String(e.code) + " " + e.name); }`,
      };
    });
}

/**
 * Wrapping and evaluation order (session 8, C1-C7 in test/diff/cases/adversary-round2.ts): `+ - *`
 * trees of declared ints (edge values too) under bitwise operators and `~` (JS's ToInt32 wraps),
 * compound `^=`/`|=` of products, a string hash, inferred ints beside literals beyond 2^24, `push` of
 * several arguments that read the array or go through a counting receiver, `super` in static members,
 * overrides and implementations with the same defaults called through the base, a class's own
 * `length` field, generic helpers given numbers (indexOf of NaN, -0 keys). Declared ints are printed, never computed with outside a bitwise operator (a known limit).
 */
const INT_EDGES = [0, 1, -1, 2, 3, 31, 255, 65535, 65536, 1103515245, 12345, 1 << 30, 2147483647, -2147483647, 46341, -46341, 100000];
const int32Lit: A<string> = fc
  .oneof({ weight: 2, arbitrary: fc.constantFrom(...INT_EDGES) }, { weight: 1, arbitrary: fc.integer({ min: -2147483647, max: 2147483647 }) })
  .map((k) => (k < 0 ? `(${k})` : String(k)));
function wrapTree(leaves: string[], d: number): A<string> {
  const leaf = fc.oneof(fc.constantFrom(...leaves), int32Lit);
  if (d <= 0) return leaf;
  const sub = wrapTree(leaves, d - 1);
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 3, arbitrary: fc.tuple(sub, fc.constantFrom("+", "-", "*"), sub).map(([a, o, b]) => `(${a} ${o} ${b})`) },
    // `-0` is a double (PBTS1018 under a bitwise operator): literals are not negated.
    { weight: 1, arbitrary: sub.map((a) => (/^(\(-?\d+\)|\d+)$/.test(a) ? a : a.startsWith("-") ? `-(${a})` : `-${a}`)) },
    { weight: 1, arbitrary: fc.tuple(sub, fc.constantFrom("|", "&", "^", "<<", ">>"), fc.constantFrom(...leaves)).map(([a, o, b]) => `(${a} ${o} ${b})`) },
  );
}
function wrapSnippet(k: string, f: OpenDefects): A<Snippet> {
  const ints = [`a${k}`, `b${k}`, `c${k}`];
  return fc
    .record({
      a: int32Lit,
      b: int32Lit,
      c: int32Lit,
      trees: fc.array(fc.tuple(wrapTree(ints, 3), fc.constantFrom("|", "&", "^", "<<", ">>", "~"), fc.oneof(fc.constantFrom(...ints), intLit)), { minLength: 1, maxLength: 4 }),
      mul: int32Lit,
      add: int32Lit,
      steps: fc.integer({ min: 1, max: 12 }),
      s: strLit(f),
      big: fc.integer({ min: (1 << 24) + 1, max: 2147483647 }),
      xs: fc.array(numLit, { minLength: 0, maxLength: 3 }),
      p: numLit,
      dflt: fc.constantFrom("0", "1", "-1", "2.5", "-0.5", "100", "0x10", "1e21"),
      arg: fc.option(numLit, { nil: undefined }),
      len: fc.integer({ min: -5, max: 5 }),
    })
    .map((r) => ({
      kind: "wrap",
      top: `class Wb${k} { static w = ${r.p}; static make(): string { return "b" + String(Wb${k}.w); } f(x: number = ${r.dflt}): string { return "B" + String(x); } }
class Wd${k} extends Wb${k} { static v = super.w; static make(): string { return "d" + super.make(); } f(x: number = ${r.dflt}): string { return "D" + String(x); } }
interface Wi${k} { g(s?: string): string; }
class Wg${k} implements Wi${k} { g(s?: string): string { return "g" + s; } }
class Wl${k} { length = 0; n = 0; xs: number[] = [${r.xs.join(", ")}]; get(): number[] { this.n++; return this.xs; } }
function wio${k}<T>(xs: T[], x: T): number { return xs.indexOf(x) * 10 + xs.lastIndexOf(x); }
function wadd${k}<K>(s: Set<K>, m: Map<K, number>, k: K): void { s.add(k); m.set(k, (m.get(k) ?? 0) + 1); }`,
      main: `const a${k}: int = ${r.a}; const b${k}: int = ${r.b}; const c${k}: int = ${r.c};
const w${k}: int[] = [${r.trees.map(([t, o, rhs]) => (o === "~" ? `~${t}` : `${t} ${o} ${rhs}`)).join(", ")}];
this.Echo(w${k}.join(",") + " " + String(a${k}) + " " + String(b${k}) + " " + String(c${k}));
let h${k}: int = a${k}; for (let i = 0; i < ${r.steps}; i++) { h${k} ^= h${k} * ${r.mul} + ${r.add}; }
let g${k}: int = 0; const s${k} = ${r.s}; for (let i = 0; i < s${k}.length; i++) { g${k} = ((g${k} << 5) - g${k} + toInt(s${k}.charCodeAt(i))) | 0; }
this.Echo(String(h${k}) + " " + String(g${k}));
const len${k} = s${k}.length + ${r.len};
this.Echo(String(len${k} - ${r.big}) + " " + String(len${k} + ${r.big}) + " " + String(${r.big} - len${k}));
const l${k} = new Wl${k}(); l${k}.get().push(l${k}.n, l${k}.xs.length); l${k}.xs.push(l${k}.xs.length, ${r.p}); l${k}.length = l${k}.xs.length; l${k}.length += ${r.len};
this.Echo(l${k}.xs.join(",") + " " + String(l${k}.n) + " " + String(l${k}.length));
const wb${k}: Wb${k} = new Wd${k}(); const wi${k}: Wi${k} = new Wg${k}();
this.Echo(Wd${k}.make() + " " + String(Wd${k}.v) + " " + wb${k}.f(${r.arg ?? ""}) + " " + wi${k}.g() + " " + new Wd${k}().f());
const ws${k} = new Set<number>(); const wm${k} = new Map<number, number>(); for (const x of l${k}.xs) wadd${k}(ws${k}, wm${k}, x);
this.Echo(String(wio${k}(l${k}.xs, ${r.p})) + " " + String(wio${k}(l${k}.xs, NaN)) + " " + [...ws${k}].map((x) => String(1 / x)).join(",") + " " + [...wm${k}.values()].join(",") + " " + String(new Set<number>(l${k}.xs).size));`,
    }));
}

/**
 * Round 3 (session 9, C12-C… in test/diff/cases/adversary-round3.ts): get/set pairs overridden across
 * inheritance with compound and postfix writes, statics read through accessors, closures capturing
 * the variable of every loop kind (for with a body that writes it, for...of, while, do, nested),
 * switch with grouped labels and a default in the middle, try/finally left by break/continue/return,
 * toFixed/toPrecision/toExponential/toString(radix) of edge values, string methods on surrogate pairs,
 * sort stability with a comparator that ties, array destructuring with defaults, spread, enum reverse
 * mapping, and `>>` of a `<<` of constant ints (mono's JIT folding, C12).
 */
const RADIXES = [2, 3, 7, 8, 16, 32, 36];
function round3Snippet(k: string, f: OpenDefects): A<Snippet> {
  return fc
    .record({
      init: numLit,
      writes: fc.array(fc.tuple(fc.constantFrom("+=", "-=", "*=", "=", "++", "--"), numLit), { minLength: 1, maxLength: 4 }),
      n: fc.integer({ min: 0, max: 6 }),
      skip: fc.integer({ min: 1, max: 3 }),
      jump: fc.integer({ min: 0, max: 6 }),
      labels: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 4 }),
      fmt: fc.array(numLit, { minLength: 1, maxLength: 4 }),
      digits: fc.integer({ min: 0, max: 20 }),
      prec: fc.integer({ min: 1, max: 21 }),
      radix: fc.constantFrom(...RADIXES),
      s: strLit(f),
      cut: fc.tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 })),
      pad: fc.integer({ min: 0, max: 8 }),
      keys: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 8 }),
      parts: fc.array(numLit, { minLength: 0, maxLength: 3 }),
      dflt: numLit,
      e0: fc.integer({ min: -2, max: 4 }),
      ev: fc.integer({ min: -3, max: 9 }),
      sh: fc.tuple(int32Lit, int32Lit, int32Lit),
    })
    .map((r) => ({
      kind: "round3",
      top: `class R3b${k} { static made = 0; protected _v = ${r.init}; log: string[] = []; constructor() { R3b${k}.made++; } static get count(): number { return R3b${k}.made; }
  get v(): number { this.log.push("g"); return this._v; } set v(x: number) { this.log.push("s"); this._v = x; } }
class R3d${k} extends R3b${k} { get v(): number { this.log.push("G"); return this._v * 2; } set v(x: number) { this.log.push("S"); super.v = x + 1; } }
class R3p${k} { constructor(public k: number, public n: string) {} }
enum R3e${k} { A = ${r.e0}, B, C = ${r.e0 + 2}, D }
function r3sw${k}(i: int): string {
  let out = "";
  switch (i) {
${r.labels.map((l, i) => (i % 2 === 0 ? `    case ${l}:` : `    case ${l}: out += "L${l}"; break;`)).join("\n")}
    default: out += "d"; break;
    case 99: out += "never"; break;
  }
  return out;
}
function r3fin${k}(n: int): string {
  let out = "";
  for (let i = 0; i < n; i++) {
    try { if (i === ${r.jump}) break; if (i % ${r.skip} === 0) continue; out += "b" + i; } finally { out += "f" + i; }
  }
  try { if (n > ${r.jump}) return out + "r"; } finally { out += "!"; }
  return out + "e";
}`,
      main: `const r3o${k}: R3b${k} = new R3d${k}(); new R3b${k}();
${r.writes.map(([op, x]) => (op === "++" || op === "--" ? `r3o${k}.v${op};` : `r3o${k}.v ${op} ${x};`)).join(" ")}
this.Echo(String(r3o${k}.v) + " " + r3o${k}.log.join("") + " " + String(R3b${k}.count));
const r3f${k}: (() => string)[] = [];
for (let i = 0; i < ${r.n}; i++) { r3f${k}.push(() => "i" + i); if (i % ${r.skip} === 0) i++; }
const r3q${k}: number[] = [${r.parts.join(", ")}];
for (const x of r3q${k}) r3f${k}.push(() => "x" + x);
let r3w${k} = 0; while (r3w${k} < ${r.n}) { const c = r3w${k}; r3f${k}.push(() => "w" + c); r3w${k}++; }
let r3d${k} = ${r.n}; do { const c = r3d${k}; r3f${k}.push(() => "d" + c); r3d${k} -= 2; } while (r3d${k} > 0);
for (let i = 0; i < 2; i++) for (let j = i; j < 2; j++) r3f${k}.push(() => "n" + i + j);
this.Echo(r3f${k}.map((g) => g()).join(","));
const r3s${k}: string[] = []; for (let i: int = -1; i < 8; i++) r3s${k}.push(r3sw${k}(i));
this.Echo(r3s${k}.join(",") + " " + r3fin${k}(${r.n}) + " " + r3fin${k}(${r.jump}));
const r3n${k}: number[] = [${r.fmt.join(", ")}];
this.Echo(r3n${k}.map((x) => x.toFixed(${r.digits}) + "/" + x.toPrecision(${r.prec}) + "/" + x.toExponential(${Math.min(r.digits, 20)}) + "/" + x.toString(${r.radix})).join(" "));
const r3t${k} = ${r.s} + "😀" + ${r.s};
this.Echo(r3t${k}.slice(${r.cut[0]}, ${r.cut[1]}) + "|" + r3t${k}.substring(${r.cut[0]}, ${r.cut[1]}) + "|" + r3t${k}.padStart(${r.pad + 6}, "😀") + "|" + r3t${k}.padEnd(${r.pad}, "ab") + "|" + String(r3t${k}.indexOf("😀")) + String(r3t${k}.lastIndexOf("\\uDE00")) + "|" + [...r3t${k}].length + "|" + r3t${k}.split("😀").join("+") + "|" + r3t${k}.toUpperCase() + "|" + String(r3t${k}.at(${r.cut[0]}) ?? "none"));
const r3k${k}: R3p${k}[] = [${r.keys.map((x, i) => `new R3p${k}(${x}, "${String.fromCharCode(97 + i)}")`).join(", ")}];
r3k${k}.sort((a, b) => a.k - b.k);
const [r3a${k} = ${r.dflt}, r3b${k} = r3a${k} + 1, ...r3r${k}] = r3q${k};
this.Echo(r3k${k}.map((p) => p.n).join("") + " " + String(r3a${k}) + " " + String(r3b${k}) + " " + [...r3r${k}, ...r3n${k}].join(",") + " " + String(Math.max(...r3n${k})));
const r3v${k}: int = ${r.ev};
this.Echo(String(R3e${k}[r3v${k}] ?? "?") + " " + R3e${k}[R3e${k}.D] + " " + String(R3e${k}.B));
const r3x${k}: int = ${r.sh[0]}; const r3y${k}: int = ${r.sh[1]}; const r3z${k}: int = ${r.sh[2]}; let r3h${k}: int = r3x${k}; r3h${k} <<= r3y${k}; r3h${k} >>= r3z${k};
this.Echo([(r3x${k} << r3y${k}) >> r3z${k}, ((r3x${k} << r3y${k}) ^ r3z${k}) >> r3y${k}, r3h${k}].join(","));`,
    }));
}

/**
 * Round 4 (session 10, C17-C22 in test/diff/cases/adversary-round4.ts): where TS's types say `number` and the script
 * wrote `int` (aliases are erased), C#'s static types must still agree: generic classes and functions over int[],
 * Map<string, int>, Box<int> and a user class (type arguments inferred from collections, callbacks whose result is a
 * type argument), delegates with int parameters called and stored, functions passed by name to array callbacks of
 * another number type, array literals of int arrays and int functions, const arrows with int types; next to them the
 * numeric edges of Math (round of halves, sign and min/max of -0 and NaN), replace with `$&`/`$'`, padStart/repeat.
 */
export function round4Snippet(k: string, f: OpenDefects): A<Snippet> {
  const small = fc.integer({ min: -40, max: 40 });
  return fc
    .record({
      ints: fc.array(small, { minLength: 0, maxLength: 5 }),
      nums: fc.array(numLit, { minLength: 1, maxLength: 4 }),
      d: small,
      x: numLit,
      y: numLit,
      s: strLit(f),
      t: strLit(f),
      rep: fc.constantFrom("$&", "$'", "$`", "$$", "[$&]", "x", ""),
      pad: fc.integer({ min: 0, max: 9 }),
      times: fc.integer({ min: 0, max: 3 }),
      keys: fc.array(fc.constantFrom("a", "b", "c"), { minLength: 0, maxLength: 4 }),
      mul: fc.integer({ min: -3, max: 3 }),
    })
    .map((r) => {
      const ints = `[${r.ints.map((v) => (v < 0 ? `(${v})` : String(v))).join(", ")}]`;
      const d = r.d < 0 ? `(${r.d})` : String(r.d);
      return {
        kind: "round4",
        top: `class R4box${k}<T> { constructor(private v: T) {} get(): T { return this.v; } map<U>(fn: (x: T) => U): R4box${k}<U> { return new R4box${k}<U>(fn(this.v)); } }
class R4p${k} { constructor(public n: number, public tag: string) {} }
function r4max${k}<T>(xs: T[], key: (x: T) => number, d: T): T { let b = d; let bk = -Infinity; for (const x of xs) { const kx = key(x); if (kx > bk) { b = x; bk = kx; } } return b; }
function r4last${k}<T>(d: T, xs: T[]): T { return xs.length ? xs[xs.length - 1] : d; }
function r4get${k}<K, V>(m: Map<K, V>, key: K, d: V): V { return m.has(key) ? m.get(key)! : d; }
function r4all${k}<T, U>(xs: T[], fn: (x: T) => U): U[] { return xs.map(fn); }
function r4call${k}(g: (x: int) => number, v: int): number { return g(v); }
function r4half${k}(x: number): number { return x / 2; }
function r4twice${k}(x: int): int { return x * 2; }
function r4pos${k}(x: number): boolean { return x > 0; }
function r4fmt${k}(x: int): string { return "#" + x; }`,
        main: `const r4i${k}: int[] = ${ints}; const r4n${k}: number[] = [${r.nums.join(", ")}]; const r4d${k}: int = ${d};
const r4m${k} = new Map<string, int>(); const r4ks${k}: string[] = [${r.keys.map((x) => JSON.stringify(x)).join(", ")}]; for (const key of r4ks${k}) r4m${k}.set(key, r4get${k}(r4m${k}, key, 0) + r4d${k});
const r4b${k} = new R4box${k}<int>(r4d${k});
this.Echo(String(r4max${k}(r4i${k}, (x) => x * ${r.mul}, r4d${k})) + " " + String(r4last${k}(r4d${k}, r4i${k})) + " " + r4all${k}(r4i${k}, (x) => x * 1.5).join() + " " + r4all${k}(r4i${k}, r4fmt${k}).join() + " " + String(r4get${k}(r4m${k}, "a", -1)) + " " + String(r4b${k}.map((x) => x + 1).map((x) => x * 0.5).get()) + " " + r4b${k}.map((x) => "v" + x).get());
const r4ps${k} = r4n${k}.map((n, i) => new R4p${k}(n, "p" + i)); const r4bp${k} = new R4box${k}<R4p${k}>(r4max${k}(r4ps${k}, (p) => (isNaN(p.n) ? -Infinity : p.n), new R4p${k}(0, "none")));
const r4sq${k} = (x: int): int => x * x; const r4fs${k} = [r4sq${k}, (x: int): int => x - ${d}]; const r4g${k} = [r4i${k}, [${d}]]; r4g${k}[0].push(7);
const r4mk${k} = (add: int): ((x: int) => int) => (x) => x + add; const r4add${k} = r4mk${k}(r4d${k});
this.Echo(r4bp${k}.get().tag + " " + r4fs${k}.map((h) => h(r4d${k})).join() + " " + r4g${k}.map((row) => row.join("+")).join("|") + " " + String(r4add${k}(3)) + " " + String(r4call${k}(r4sq${k}, 3)) + " " + String(r4call${k}((x) => x / 4, r4d${k})));
this.Echo(r4i${k}.map(r4half${k}).join() + " " + r4i${k}.filter(r4pos${k}).join() + " " + r4i${k}.map(r4twice${k}).join() + " " + String(r4i${k}.some(r4pos${k})) + " " + r4n${k}.map(r4half${k}).join() + " " + String(r4i${k}.reduce((a, b) => a + b, 0) / 3));
const r4x${k} = ${r.x}; const r4y${k} = ${r.y};
this.Echo([Math.round(r4x${k}), Math.round(-0.5), Math.round(r4x${k} - 0.5), Math.sign(r4x${k}), 1 / Math.sign(-0), Math.max(r4x${k}, r4y${k}), Math.min(r4x${k}, -0), 1 / Math.min(0, -0), Math.trunc(r4y${k}), Math.abs(r4y${k}), r4x${k} % r4y${k}, Math.floor(r4x${k} / 3)].map((v) => String(v)).join(","));
const r4s${k} = ${r.s} + "|" + ${r.t}; const r4t${k}: string = ${r.t};
this.Echo(r4s${k}.replace(r4t${k}, ${JSON.stringify(r.rep)}) + " " + r4s${k}.replaceAll("|", ${JSON.stringify(r.rep)}) + " " + r4s${k}.padStart(${r.pad}, r4t${k} || "*") + " " + r4s${k}.repeat(${r.times}) + " " + String(r4s${k}.indexOf(r4t${k})));`,
      };
    });
}

/**
 * Round 5 (session 11, C31 and the forms accepted since: test/diff/cases/adversary-round5.ts): every relative index
 * JS converts with ToIntegerOrInfinity (fractional negatives such as -0.5 are -0, the start; NaN is 0; infinities)
 * into slice, splice (with one argument, a count, items), at, substring, charAt, charCodeAt, codePointAt, indexOf and
 * lastIndexOf with a start, padStart and repeat of fractions; split with a limit (ToUint32: NaN 0, -1 everything);
 * unshift and concat of several (an element among the arrays: C34); tuples nested in tuples destructured in declarations, loops and parameters; an int
 * switch whose case labels are written as doubles (C32: `case 1e3`, `case -0`).
 */
export function round5Snippet(k: string, f: OpenDefects): A<Snippet> {
  const idx = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -6, max: 6 }) },
    { weight: 3, arbitrary: fc.constantFrom(-0.5, -0.9, -1.5, 0.5, 1.9, 2.5, -2.5, -5.5, NaN, -0, Infinity, -Infinity, 1e10, -1e10) },
  ).map(numLiteral);
  const count = fc.constantFrom(0, 1, 2, 3, -1, -0.5, 1.5, NaN, Infinity, -Infinity).map(numLiteral);
  const limit = fc.constantFrom(0, 1, 2, 3, 9, -1, 2.9, -0.5, NaN, Infinity, 4294967297, -4294967295).map(numLiteral);
  const small = fc.integer({ min: -9, max: 99 }).map((v) => (v < 0 ? `(${v})` : String(v)));
  return fc
    .record({
      nums: fc.array(small, { minLength: 0, maxLength: 5 }),
      idxs: fc.array(idx, { minLength: 1, maxLength: 4 }),
      end: idx,
      del: fc.option(count, { nil: undefined }),
      items: fc.array(small, { maxLength: 2 }),
      s: strLit(f),
      t: strLit(f),
      sep: fc.oneof(strLit(f), fc.constantFrom('","', '""', '"a"', '"😀"')),
      lim: limit,
      pad: fc.constantFrom(-3, -0.5, 0, 1.9, 3, 7.5, NaN).map(numLiteral),
      rep: fc.constantFrom(-0.5, -0.9, 0, 0.9, 1, 2.5, NaN).map(numLiteral),
      front: fc.array(small, { minLength: 1, maxLength: 3 }),
      more: fc.array(fc.array(small, { maxLength: 2 }), { minLength: 1, maxLength: 3 }),
      n: numLit,
      i: small,
      b: fc.boolean(),
      // C32: int case labels written as doubles (one per value, so no label repeats another)
      labels: fc.tuple(fc.constantFrom("0", "-0", "0.0", "0e0", "-0.0"), fc.constantFrom("1", "1.0", "1e0", "0.1e1", "0x1"), fc.constantFrom("1000", "1e3", "1_000", "0x3E8", "1000.0"), fc.constantFrom("-1", "-1.0", "-1e0", "-0.1e1")),
    })
    .map((r) => {
      const splice = r.del === undefined ? `xs.splice(v)` : `xs.splice(v, ${r.del}${r.items.map((x) => `, ${x}`).join("")})`;
      return {
        kind: "round5",
        top: `function r5f${k}([a, [b, c]]: [number, [string, int]]): string { return String(a) + b + c; }
function r5sw${k}(x: int): string { switch (x) { case ${r.labels[0]}: return "z"; case ${r.labels[1]}: case ${r.labels[2]}: return "p" + x; case ${r.labels[3]}: return "m"; default: return "d"; } }`,
        main: `const r5a${k}: number[] = [${r.nums.join(", ")}]; const r5s${k}: string = ${r.s}; const r5t${k}: string = ${r.t}; const r5o${k}: string[] = [];
for (const v of [${r.idxs.join(", ")}]) {
  const xs = r5a${k}.slice(); const rem = ${splice};
  r5o${k}.push(xs.join(".") + "/" + rem.join(".") + "/" + r5a${k}.slice(v, ${r.end}).join(".") + "/" + String(r5a${k}.at(v)) + "/" + r5s${k}.slice(v) + "/" + r5s${k}.slice(${r.end}, v) + "/" + r5s${k}.substring(v, ${r.end}) + "/" + r5s${k}.charAt(v) + "/" + String(r5s${k}.charCodeAt(v)) + "/" + String(r5s${k}.codePointAt(v)) + "/" + String(r5s${k}.at(v)) + "/" + String(r5s${k}.indexOf(r5t${k}, v)) + "/" + String(r5s${k}.lastIndexOf(r5t${k}, v)));
}
this.Echo(r5o${k}.join(" "));
const r5u${k} = r5a${k}.slice(); r5u${k}.unshift(${r.front.join(", ")}); const r5c${k} = r5u${k}.concat(${r.more.map((m, i) => (i === 1 && m.length === 1 ? m[0] : `[${m.join(", ")}]`)).join(", ")}); r5c${k}.push(0);
this.Echo(r5s${k}.split(${r.sep}, ${r.lim}).join("|") + " " + String(r5s${k}.split(${r.sep}, ${r.lim}).length) + " " + r5s${k}.padStart(${r.pad}, r5t${k}) + "/" + r5s${k}.padEnd(${r.pad}) + "/" + r5s${k}.repeat(${r.rep}) + " " + r5u${k}.join() + " " + r5c${k}.join() + " " + r5s${k}.concat(r5t${k}, r5s${k}));
const r5k${k}: int[] = [${r.i}, 0, 1, 1000, -1]; const r5p${k}: [[number, string], [int, boolean]] = [[${r.n}, r5s${k}], [${r.i}, ${r.b}]]; const [[r5x${k}, r5y${k}], [r5z${k}, r5w${k}]] = r5p${k}; const r5l${k}: [string, [int, int]][] = [[r5t${k}, [${r.i}, 1]], [r5s${k}, [2, ${r.i}]]]; const r5q${k}: string[] = [];
for (const [name, [lo, hi]] of r5l${k}) r5q${k}.push(name + (lo + hi));
this.Echo(String(r5x${k}) + r5y${k} + String(r5z${k}) + String(r5w${k}) + " " + r5q${k}.join() + " " + r5f${k}([${r.n}, [r5t${k}, ${r.i}]]) + " " + r5k${k}.map((x) => r5sw${k}(x)).join());`,
      };
    });
}

/**
 * Round 6 (session 12, test/diff/cases/adversary-round6.ts): spreads of a Map of int tuples (`[...m.entries()]`,
 * `[...m.values()]`, a Set of tuples) into untyped and typed literals, shared inner tuples written through the copy;
 * closures over `for (let i ...)` whose body changes i and leaves by continue inside a switch or a try/finally, or by
 * break; generators with nested try/finally, yield* and an early break or return; int division and modulo through
 * `??`, `?:`, Math.max/min/abs, reduce and an int alias (negative operands, -0 seen through 1 / x); destructuring
 * defaults evaluated lazily (a counter); optional calls whose arguments have side effects.
 */
export function round6Snippet(k: string, f: OpenDefects): A<Snippet> {
  const int = fc.integer({ min: -9, max: 9 }).map((v) => (v < 0 ? `(${v})` : String(v)));
  const nz = fc.integer({ min: -9, max: 9 }).filter((v) => v !== 0).map((v) => (v < 0 ? `(${v})` : String(v)));
  return fc
    .record({
      ents: fc.array(fc.tuple(fc.constantFrom('"a"', '"b"', '"c"', '"d"'), int, strLit(f)), { minLength: 0, maxLength: 3 }),
      write: int,
      typed: fc.boolean(),
      n: fc.integer({ min: 1, max: 7 }),
      mod: fc.integer({ min: 1, max: 4 }),
      step: fc.integer({ min: 0, max: 2 }),
      leave: fc.constantFrom("switch", "finally", "break", "none"),
      at: fc.integer({ min: 0, max: 6 }),
      gstop: fc.integer({ min: 0, max: 5 }),
      gret: fc.integer({ min: 0, max: 4 }),
      a: int,
      b: nz,
      c: int,
      cond: fc.boolean(),
      arr: fc.array(int, { maxLength: 3 }),
      nul: fc.boolean(),
      hnul: fc.boolean(),
      // C40: a top-level int const (a C# const) near int's edges; C42: a sort comparator that throws after some calls
      big: fc.constantFrom(2147483647, -2147483647, 2147483646, 1073741824, 65536, 46341, 16777217, 0, 7),
      sortArr: fc.array(fc.integer({ min: -5, max: 20 }), { maxLength: 9 }),
      // (a poison value, not a call count: how many calls a sort makes is the engine's choice, README known limits)
      throwAt: fc.integer({ min: -5, max: 20 }),
    })
    .map((r) => {
      const ents = r.ents.map(([key, n, str]) => `r6m${k}.set(${key}, [${n}, ${str}]);`).join(" ");
      const leave =
        r.leave === "switch"
          ? `switch (i % ${r.mod}) { case 0: i += ${r.step}; continue; default: break; }`
          : r.leave === "finally"
            ? `try { if (i % ${r.mod} === 0) { i += ${r.step}; continue; } } finally { r6o${k}.push("f" + i); }`
            : r.leave === "break"
              ? `i += ${r.step}; if (i >= ${r.at}) break;`
              : `i += ${r.step};`;
      return {
        kind: "round6",
        top: `type R6I${k} = int;
class R6H${k} { cb: ((x: number) => string) | null = null; }
function r6mk${k}(none: boolean): R6H${k} | null { return none ? null : new R6H${k}(); }
function* r6g${k}(log: string[], stop: number): Generator<number> { try { yield 0; try { for (let i = 1; i < 5; i++) { if (i === stop) return; yield i; } } finally { log.push("in"); } yield* r6h${k}(log); } finally { log.push("out"); } }
function* r6h${k}(log: string[]): Generator<number> { try { yield 10; yield 11; } finally { log.push("h"); } }
function r6d${k}(a: R6I${k}, b: R6I${k}): number { return a / b; }
const R6C${k}: int = ${r.big < 0 ? `-${-r.big}` : r.big}; const R6B${k}: int = ${r.big === 0 ? 3 : 2};`,
        main: `const r6m${k} = new Map<string, [int, string]>(); ${ents}
const r6e${k}${r.typed ? `: [string, [int, string]][]` : ""} = [...r6m${k}.entries()]; const r6v${k} = [...r6m${k}.values(), [${r.write}, "w"] as [int, string]]; const r6s${k} = new Set<[int, int]>([[${r.a}, ${r.b}]]);
if (r6e${k}.length > 0) r6e${k}[0][1][0] = ${r.write};
this.Echo(r6e${k}.map(([key, [n, s]]) => key + (n / 2) + s).join() + "|" + r6v${k}.map((t) => String(t[0] / 4) + t[1]).join() + "|" + [...r6m${k}].map(([key, t]) => key + t[0]).join() + "|" + [...r6s${k}].map(([x, y]) => x / y).join());
const r6f${k}: (() => number)[] = []; const r6o${k}: string[] = [];
for (let i = 0; i < ${r.n}; i++) { r6f${k}.push(() => i); ${leave} }
this.Echo(r6f${k}.map((g) => g()).join() + " " + r6o${k}.join());
const r6l${k}: string[] = [];
for (const x of r6g${k}(r6l${k}, ${r.gret})) { r6l${k}.push(String(x)); if (r6l${k}.length > ${r.gstop}) break; }
this.Echo(r6l${k}.join());
const r6x${k}: int = ${r.a}; const r6y${k}: int = ${r.b}; const r6z${k}: R6I${k} = ${r.c}; const r6q${k} = new Map<string, int>([["k", ${r.c}]]); const r6w${k}: int[] = [${r.arr.join(", ")}];
this.Echo([(r6q${k}.get(${r.cond ? '"k"' : '"z"'}) ?? r6x${k}) / r6y${k}, (${r.cond} ? r6x${k} : r6z${k}) / r6y${k}, Math.max(r6x${k}, r6z${k}) / r6y${k}, Math.min(r6x${k}, r6y${k}) / 2, Math.abs(r6x${k}) / r6y${k}, r6w${k}.reduce((s, v) => s + v, r6z${k}) / r6y${k}, 1 / (r6x${k} % r6y${k}), 1 / (r6z${k} * r6x${k}), r6d${k}(r6x${k}, r6y${k}), 1 / -r6z${k}].map((v) => String(v)).join());
let r6c${k} = 0; const r6k${k} = (): number => ++r6c${k} * 10; const r6n${k}: number[] = [${r.arr.slice(0, 1).join(", ")}]; const [r6a${k} = r6k${k}(), r6b${k} = r6a${k} + r6k${k}()] = r6n${k};
const r6hh${k} = r6mk${k}(${r.hnul}); if (r6hh${k} !== null && !${r.nul}) r6hh${k}.cb = (x) => "cb" + x;
const r6r${k} = r6hh${k}?.cb?.(r6k${k}());
this.Echo(String(r6a${k}) + " " + String(r6b${k}) + " " + r6c${k} + " " + String(r6r${k}));
this.Echo([R6C${k} + 1, R6C${k} - R6B${k}, R6C${k} * R6B${k}, R6C${k} * R6C${k}, -R6C${k} - 1, R6C${k} % R6B${k}, R6C${k} / R6B${k}, 1 / (R6C${k} * 0), R6C${k} + r6x${k}].map((v) => String(v)).join() + " " + String((R6C${k} + R6B${k}) | 0) + String(R6C${k} << R6B${k}));
const r6t${k}: number[] = [${r.sortArr.join(", ")}]; const r6u${k}: string[] = [];
try { r6t${k}.sort((p, q) => { if (p === ${r.throwAt} || q === ${r.throwAt}) throw new Error("cmp"); return p - q; }); } catch (e) { if (e instanceof Error) r6u${k}.push(e.message); }
this.Echo(r6t${k}.join() + " " + r6u${k}.join());`,
      };
    });
}

/**
 * Round 7 (session 13, test/diff/cases/adversary-round7.ts): elements compared with undefined or null (C46: a missing
 * element of a number[] was `double == null`, always false in C#) at indexes past the end, negative, fractional or NaN,
 * on number, int, boolean, string, enum and class arrays and on strings; enum values in arithmetic (now supported), as
 * numbers (C47: array literals, push, number variables, Map values, `?:` beside a number or another enum, Math
 * calls), stepped by ++/--/+=/-=; enum members as labels of an int switch (C48); missing elements read through `?.`
 * and as conditions (C49); a generator's return(undefined).
 */
export function round7Snippet(k: string, _f: OpenDefects): A<Snippet> {
  const small = fc.integer({ min: -6, max: 9 });
  const lit = (v: number) => (v < 0 ? `(${v})` : String(v));
  const idx = fc.constantFrom("0", "1", "2", "3", "5", "-1", "0.5", "NaN", "1.5");
  const cmp = fc.constantFrom("=== undefined", "!== undefined", "== null", "!= null", "== undefined", "!= undefined");
  const mem = fc.constantFrom("A", "B", "C");
  const arith = fc.constantFrom("+", "-", "*", "/", "%");
  return fc
    .record({
      vals: fc.uniqueArray(small, { minLength: 3, maxLength: 3 }),
      other: small,
      nums: fc.array(small, { maxLength: 3 }),
      idxs: fc.array(idx, { minLength: 1, maxLength: 3 }),
      cmps: fc.array(cmp, { minLength: 3, maxLength: 3 }),
      ops: fc.array(fc.tuple(mem, arith, fc.oneof(small.map(lit), mem.map((m) => `R7E${k}.${m}`))), { minLength: 1, maxLength: 3 }),
      step: fc.tuple(mem, fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 3 }), fc.constantFrom("++", "--", "+= 2", "-= 1")),
      cond: fc.boolean(),
      dbl: fc.constantFrom("0.5", "1.5", "-2.25", "0"),
      gstop: fc.integer({ min: 0, max: 3 }),
    })
    .map((r) => {
      const [a, b, c] = r.vals;
      const E = `R7E${k}`;
      const tests = r.idxs
        .map((i) => `r7xs${k}[${i}] ${r.cmps[0]}, r7is${k}[${i}] ${r.cmps[1]}, r7bs${k}[${i}] ${r.cmps[2]}, r7ss${k}[${i}] ${r.cmps[0]}, r7s${k}[${i}] ${r.cmps[1]}, r7es${k}[${i}] ${r.cmps[2]}, r7ks${k}[${i}] === undefined`)
        .join(", ");
      const ops = r.ops.map(([m, o, x]) => `${E}.${m} ${o} ${x}`).join(", ");
      const [sm, so, sn, sstep] = r.step;
      return {
        kind: "round7",
        top: `enum ${E} { A = ${a}, B = ${b}, C = ${c} } enum R7O${k} { X = ${r.other} } class R7K${k} { v: number = ${E}.B; }
function r7f${k}(x: number): number { return x / 2; } function r7g${k}(): int { return ${E}.C; }
function* r7gen${k}(log: string[]): Generator<number> { try { yield 1; yield 2; yield 3; } finally { log.push("fin"); } }`,
        main: `const r7xs${k}: number[] = [${r.nums.join(", ")}]; const r7is${k}: int[] = [${r.nums.join(", ")}]; const r7bs${k} = [${r.cond}]; const r7ss${k} = ["p", "q"]; const r7s${k} = "ab"; const r7es${k} = [${E}.A, ${E}.C]; const r7ks${k} = [new R7K${k}()];
let r7n${k} = 0; while (r7xs${k}[r7n${k}] !== undefined) r7n${k}++;
this.Echo([${tests}].map((t) => (t ? "1" : "0")).join("") + " " + r7n${k});
this.Echo([${ops}].map((v) => String(v)).join() + " " + String(-${E}.B) + String(${E}.A > ${lit(r.other)}) + String(${lit(r.other)} <= ${E}.C));
let r7e${k}: ${E} = ${E}.${sm} ${so} ${sn}; r7e${k}${sstep}; const r7w${k} = [${r.dbl}, ${E}.${sm}]; r7w${k}.push(${E}.B); let r7v${k}: number = ${E}.C; r7v${k} /= 4; const r7m${k} = new Map<string, number>(); r7m${k}.set("a", ${E}.A);
this.Echo(String(r7e${k}) + " " + r7w${k}.join() + " " + String(r7v${k}) + String(r7m${k}.get("a")) + String(r7f${k}(${E}.B)) + String(r7g${k}()) + String(new R7K${k}().v) + String(Math.max(${E}.A, ${r.dbl})) + String(${r.cond} ? ${E}.B : ${r.dbl}) + String(${!r.cond} ? ${E}.C : R7O${k}.X));
let r7c${k} = ""; for (const i of [${r.idxs.join(", ")}]) { r7c${k} += String(r7ks${k}[i]?.v ?? -1) + (r7xs${k}[i] ? "t" : "f") + (!r7ss${k}[i] ? "n" : "s") + (r7es${k}[i] || r7bs${k}[i] ? "y" : "z"); const r7sw${k}: int = r7is${k}.length > 0 ? r7is${k}[0] : ${a}; switch (r7sw${k}) { case ${E}.A: r7c${k} += "a"; break; case ${E}.B: r7c${k} += "b"; break; default: r7c${k} += "d"; } }
this.Echo(r7c${k});
const r7l${k}: string[] = []; const r7it${k} = r7gen${k}(r7l${k}); for (let i = 0; i < ${r.gstop}; i++) r7it${k}.next(); r7it${k}.return(undefined);
this.Echo(String(r7it${k}.next().done) + r7l${k}.join());`,
      };
    });
}

/**
 * Round 8 (session 14, test/diff/cases/adversary-round8.ts): identity comparisons with `this` (C50: TS's this-type was
 * read as a type parameter), the append idiom `xs[xs.length] = v` with a value that may push first (C51), optional
 * interface properties declared in the class (C54's fix), `&&` / `||` / `?:` as statements over truthy and falsy
 * numbers, strings and references (C55), `case null:` / `case undefined:`, and evaluation order of compound
 * assignments through a getter/setter pair and of `a[i++] = i`.
 */
export function round8Snippet(k: string, _f: OpenDefects): A<Snippet> {
  // conditions are typed locals (TS rejects a literal that is always truthy or falsy: TS2872/TS2873)
  const val = fc.constantFrom("r8v#[0]", "r8v#[1]", "r8v#[2]", "r8v#[3]", "r8v#[4]", "r8s#[0]", "r8s#[1]", "r8nil#", "r8obj#", "r8b#", "r8n# > 5");
  const eff = fc.constantFrom("r8inc#(1)", 'r8log#.push("p")', "(r8n# += 10)", "r8cb#?.()", '(r8log#[r8log#.length] = "q")', "r8inc#(r8n#)");
  const form = fc.constantFrom("&&", "||", "?:", "!&&");
  const rhs = fc.constantFrom("7", "r8n#", "r8push#()", "r8n# * 2 + 0.5");
  const cmpop = fc.constantFrom("+=", "-=", "*=", "++", "--");
  return fc
    .record({
      picks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 5 }),
      conds: fc.array(fc.tuple(val, form, eff, eff), { minLength: 2, maxLength: 5 }),
      appends: fc.array(rhs, { minLength: 1, maxLength: 3 }),
      strs: fc.array(fc.constantFrom("a", "b", null, undefined), { minLength: 1, maxLength: 4 }),
      ops: fc.array(fc.tuple(cmpop, fc.integer({ min: -3, max: 5 })), { minLength: 1, maxLength: 3 }),
      start: fc.integer({ min: 0, max: 2 }),
      label: fc.boolean(),
    })
    .map((r) => {
      const stmts = r.conds
        .map(([c, f, a, b]) => (f === "&&" ? `${c} && ${a};` : f === "||" ? `${c} || ${a};` : f === "!&&" ? `!(${c}) && ${a};` : `${c} ? ${a} : ${b};`))
        .join(" ")
        .replaceAll("#", k);
      const apps = r.appends.map((x) => `r8xs${k}[r8xs${k}.length] = ${x.replaceAll("#", k)};`).join(" ");
      const strs = r.strs.map((x) => (x === null ? "null" : x === undefined ? "undefined" : `"${x}"`));
      const ops = r.ops.map(([o, n]) => (o === "++" || o === "--" ? `r8g${k}().p${o};` : `r8g${k}().p ${o} ${n};`)).join(" ");
      return {
        kind: "round8",
        top: `class R8A${k} { constructor(public id: number) {} same(o: R8A${k}): boolean { return o === this; } others(xs: R8A${k}[]): number { return xs.filter((x) => x !== this).length; } where(xs: R8A${k}[]): number { return xs.indexOf(this) * 10 + xs.lastIndexOf(this); } }
interface R8I${k} { label?: string; n?: number; k: string } class R8C${k} implements R8I${k} { k = "k"; label?: string; n?: number; }
class R8P${k} { log = ""; private v = 1; get p(): number { this.log += "g"; return this.v; } set p(x: number) { this.log += "s" + x; this.v = x; } }`,
        main: `const r8objs${k} = [new R8A${k}(0), new R8A${k}(1), new R8A${k}(2), new R8A${k}(3)]; const r8list${k} = [${r.picks.map((i) => `r8objs${k}[${i}]`).join(", ")}];
this.Echo(r8list${k}.map((o) => String(o.same(r8list${k}[0])) + o.others(r8list${k}) + "/" + o.where(r8list${k})).join());
const r8v${k}: number[] = [0, -0, NaN, 1, -2.5]; const r8s${k}: string[] = ["", "a"]; const r8obj${k}: R8A${k} = r8objs${k}[0]; const r8b${k}: boolean = ${!r.label};
let r8n${k} = 0; const r8log${k}: string[] = []; const r8inc${k} = (d: number): void => { r8n${k} += d; }; const r8cb${k}: (() => void) | null = ${r.label} ? () => { r8n${k} += 100; } : null; const r8nil${k}: R8A${k} | null = ${r.label} ? null : r8objs${k}[1];
${stmts}
this.Echo(String(r8n${k}) + r8log${k}.join());
const r8xs${k}: number[] = [${r.start}]; const r8push${k} = (): number => { r8xs${k}.push(-1); return 9; };
${apps}
this.Echo(r8xs${k}.join());
const r8c${k}: R8I${k} = new R8C${k}(); ${r.label ? `r8c${k}.label = "L"; ` : ""}this.Echo(String(r8c${k}.label) + String(r8c${k}.n ?? -1) + r8c${k}.k);
let r8sw${k} = ""; const r8ss${k}: (string | null)[] = [${strs.filter((x) => x !== "undefined").join(", ")}]; for (const x of r8ss${k}) { switch (x) { case null: r8sw${k} += "N"; break; case "a": r8sw${k} += "A"; break; default: r8sw${k} += "D"; } }
const r8m${k} = new Map<string, string>([["a", "x"]]); for (const key of [${strs.map((x) => (x === "null" || x === "undefined" ? '"z"' : x)).join(", ")}]) { switch (r8m${k}.get(key)) { case undefined: r8sw${k} += "u"; break; default: r8sw${k} += "v"; } }
const r8pp${k} = new R8P${k}(); let r8gc${k} = 0; const r8g${k} = (): R8P${k} => { r8gc${k}++; return r8pp${k}; }; ${ops}
const r8a${k} = [0, 0, 0, 0]; let r8i${k} = 0; r8a${k}[r8i${k}++] = r8i${k}; r8a${k}[r8i${k}++] = r8i${k} * 10;
this.Echo(r8sw${k} + " " + r8pp${k}.log + r8gc${k} + " " + r8a${k}.join() + r8i${k});`,
      };
    });
}

/**
 * Round 9 (session 15, test/diff/cases/adversary-round9.ts): forms session 14 left rejected with untrue messages, now
 * compiled: a void optional call (`o?.bump()`) on the right of `&&`/`||`/`??` or as a `?:` branch statement, `??` as a
 * statement (`m.get(k) ?? m.set(k, v);`), a number or boolean read through `?.` and printed (String(), a template,
 * `+` with a string), `x >>> k` on ints (counts past 31 and negative), Math.max()/min() of zero to three arguments
 * (NaN, -0), and a chaining method returning `this` in a class nothing extends.
 */
export function round9Snippet(k: string, _f: OpenDefects): A<Snippet> {
  const cond = fc.constantFrom("r9b#", "!r9b#", "r9n# > 2", "r9xs#.length > 1", "r9s#.length === 0");
  const eff = fc.constantFrom("r9o#?.bump()", "r9nil#?.bump()", 'r9log#.push("p")', 'r9m#.set("k", r9n#)', "(r9n# += 3)", "r9o#?.add(2)");
  const nullable = fc.constantFrom("r9nil#", "r9o#", "r9str#", 'r9m#.get("k")', 'r9m#.get("z")');
  const printed = fc.constantFrom("String(r9nil#?.n)", "String(r9o#?.n)", "`${r9str#?.length}`", '"l" + r9str#?.length', "String(r9nil#?.on)", "`${r9o#?.on}`", '"h" + r9o#?.half');
  const num = fc.constantFrom("NaN", "-0", "0", "1.5", "-2", "r9n#", "r9xs#.length");
  return fc
    .record({
      stmts: fc.array(
        fc.oneof(
          fc.tuple(fc.constant("&&"), cond, eff),
          fc.tuple(fc.constant("||"), cond, eff),
          fc.tuple(fc.constant("??"), nullable, eff),
          fc.tuple(fc.constant("?:"), cond, fc.tuple(eff, eff)),
        ),
        { minLength: 2, maxLength: 6 },
      ),
      prints: fc.array(printed, { minLength: 1, maxLength: 4 }),
      shifts: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -2, max: 40 })), { minLength: 1, maxLength: 4 }),
      maxes: fc.array(fc.tuple(fc.boolean(), fc.array(num, { maxLength: 3 })), { minLength: 1, maxLength: 3 }),
      chain: fc.array(fc.integer({ min: -3, max: 9 }), { minLength: 1, maxLength: 4 }),
      nil: fc.boolean(),
      b: fc.boolean(),
    })
    .map((r) => {
      const stmts = r.stmts
        // (the right of `o ?? ...` sees o narrowed to null: TS types `o?.bump()` there on never)
        .map(([f, c, e]) => (f === "?:" ? `${c} ? ${(e as string[])[0]} : ${(e as string[])[1]};` : `${c} ${f} ${f === "??" && (e as string).startsWith(`${c}?.`) ? 'r9log#.push("q")' : e};`))
        .join(" ")
        .replaceAll("#", k);
      const prints = r.prints.map((p) => p.replaceAll("#", k)).join(' + "," + ');
      const shifts = r.shifts.map(([i, c]) => `String(r9ints${k}[${i}] >>> ${c < 0 ? `r9neg${k}` : c})`).join(" + ");
      const maxes = r.maxes.map(([mx, xs]) => `String(Math.${mx ? "max" : "min"}(${xs.join(", ").replaceAll("#", k)}))`).join(' + "/" + ');
      const chain = r.chain.map((d) => `.add(${d})`).join("");
      return {
        kind: "round9",
        top: `class R9O${k} { n = 0; on = false; half = 0.5; bump(): void { this.n++; this.on = !this.on; } add(d: number): this { this.n += d; this.half = this.n / 2; return this; } }`,
        main: `const r9b${k}: boolean = ${r.b}; let r9n${k} = ${r.chain.length}; const r9xs${k}: number[] = [${r.chain.join(", ")}]; const r9s${k}: string = "${r.b ? "" : "s"}";
const r9mk${k} = (c: boolean): R9O${k} | null => (c ? new R9O${k}() : null); const r9o${k} = r9mk${k}(true); const r9nil${k} = r9mk${k}(!${r.nil}); const r9str${k}: string | null = r9xs${k}.length > ${r.nil ? 0 : 99} ? "abc" : null;
const r9log${k}: string[] = []; const r9m${k} = new Map<string, number>();
${stmts}
this.Echo(String(r9n${k}) + r9log${k}.join() + String(r9m${k}.get("k")) + String(r9o${k}!.n) + String(r9nil${k}?.n ?? -1));
this.Echo(${prints});
const r9ints${k}: int[] = [0, 1, -1, 2147483647, -2147483648, ${r.chain[0]}]; const r9neg${k}: int = ${r.shifts[0][1]};
this.Echo(${shifts} + "|" + ${maxes});
const r9c${k} = new R9O${k}(); this.Echo(String(r9c${k}${chain}.n) + String(r9c${k}.add(0) === r9c${k}) + String(r9c${k}.half));`,
      };
    });
}

/**
 * Round 10 (session 16, test/diff/cases/adversary-round10.ts): labelled loops and blocks (were PBTS1049; now C# gotos:
 * compiler/emit/labels.ts), nested two deep over for (counters a lambda captures, or stepped in the body), for...of
 * (an array, Map entries, a generator with a finally), while and do-while, with `continue L` / `break L` / plain jumps
 * inside a switch, a try/finally or an if; and types named like C# keywords or the compiler's temporaries (C70:
 * declared `@lock` / `Box__1_`, referenced unescaped): type parameters `lock`/`event`/`ref`..., members of such names,
 * a class `R10Box#__n`.
 */
export function round10Snippet(k: string, _f: OpenDefects): A<Snippet> {
  const outer = fc.constantFrom("for", "forCopy", "forOf", "while", "do", "mapOf");
  const inner = fc.constantFrom("for", "forOf", "whileTrue", "gen", "forCopy");
  const cond = fc.constantFrom("r10i# === 1", "r10j# === 2", "r10j# > r10i#", "(r10i# + r10j#) % 3 === 0", "r10n# > 6", "r10j# === 0");
  const jump = fc.constantFrom("continue r10o#", "break r10o#", "continue", "break", "continue r10o#", "break r10o#");
  const wrap = fc.constantFrom("if", "switch", "try", "block");
  const kw = fc.constantFrom("lock", "event", "ref", "fixed", "operator", "checked", "sealed", "params", "base", "decimal");
  return fc
    .record({
      outer,
      inner,
      jumps: fc.array(fc.tuple(cond, jump, wrap), { minLength: 1, maxLength: 3 }),
      step: fc.boolean(),
      blockBreak: fc.boolean(),
      tp: kw,
      member: kw,
      box: fc.integer({ min: 1, max: 99 }),
      n: fc.integer({ min: 2, max: 4 }),
    })
    .map((r) => {
      const n = r.n;
      // the inner body: each jump under a condition, in an if, a switch, a try/finally or a block
      const body = r.jumps
        .map(([c, j, w]) => {
          // (a plain `break` in a switch leaves the switch: written as such it tests that too)
          if (w === "switch") return `switch (${c} ? 1 : 0) { case 1: r10log#.push("s"); ${j}; default: r10n#++; }`;
          if (w === "try") return `try { if (${c}) ${j}; r10n#++; } finally { r10log#.push("f"); }`;
          if (w === "block") return `{ const r10t# = r10j# * 2; if (${c} && r10t# >= 0) { ${j}; } }`;
          return `if (${c}) { ${j}; }`;
        })
        .join(" ");
      const work = `r10log#.push(\`\${r10i#}\${r10j#}\`); r10n#++;`;
      const innerLoop = (() => {
        switch (r.inner) {
          case "for":
            return `for (let r10j# = 0; r10j# < ${n}; r10j#++) { ${body} ${work} }`;
          case "forCopy":
            return `for (let r10j# = 0; r10j# < ${n}; r10j#++) { r10fs#.push(() => r10j# * 10); ${body} ${work} }`;
          case "forOf":
            return `for (const r10j# of [0, 1, 2, 3].slice(0, ${n})) { ${body} ${work} }`;
          case "whileTrue":
            return `let r10j# = -1; while (true) { r10j#++; if (r10j# >= ${n}) break; ${body} ${work} }`;
          default:
            return `for (const r10j# of r10gen#(${n})) { ${body} ${work} }`;
        }
      })();
      const step = r.step ? `if (r10i# === 0 && r10n# > 100) r10i#++;` : "";
      const outerLoop = (() => {
        switch (r.outer) {
          case "for":
            return `r10o#: for (let r10i# = 0; r10i# < 3; r10i#++) { ${innerLoop} ${step} r10log#.push("e"); }`;
          case "forCopy":
            return `r10o#: for (let r10i# = 0; r10i# < 3; r10i#++) { r10fs#.push(() => r10i#); ${innerLoop} ${step} r10log#.push("e"); }`;
          case "forOf":
            return `r10o#: for (const r10i# of [0, 1, 2]) { ${innerLoop} r10log#.push("e"); }`;
          case "while":
            return `let r10i# = -1; r10o#: while (r10i# < 2) { r10i#++; ${innerLoop} r10log#.push("e"); }`;
          case "do":
            return `let r10i# = -1; r10o#: do { r10i#++; ${innerLoop} r10log#.push("e"); } while (r10i# < 2);`;
          default:
            return `r10o#: for (const [r10key#, r10i#] of new Map<string, number>([["a", 0], ["b", 1], ["c", 2]])) { r10log#.push(r10key#); ${innerLoop} r10log#.push("e"); }`;
        }
      })();
      const block = r.blockBreak
        ? `r10blk#: { for (const x of [1, 2, 3]) { if (x === r10n# % 3) break r10blk#; r10log#.push("b" + x); } r10log#.push("nob"); }`
        : "";
      const tp = r.tp;
      const m = r.member;
      return {
        kind: "round10",
        top: `function* r10gen#(n: number): Generator<number> { try { for (let i = 0; i < n; i++) yield i; } finally { r10closed#.push(n); } } const r10closed#: number[] = [];
class R10Box#__${r.box} { ${m} = ${r.box}; ${m}Of(): number { return this.${m} + 1; } }
class R10G#<${tp}> { constructor(public v: ${tp}) {} get(): ${tp} { return this.v; } pair(o: ${tp}): ${tp}[] { return [this.v, o]; } }`.replaceAll("#", k),
        main: `const r10log#: string[] = []; let r10n# = 0; const r10fs#: (() => number)[] = [];
${outerLoop}
${block}
this.Echo(r10log#.join(" ") + "|" + r10n# + "|" + r10closed#.join() + "|" + r10fs#.map((f) => f()).join());
const r10b# = new R10Box#__${r.box}(); const r10bs#: R10Box#__${r.box}[] = [r10b#]; const r10g# = new R10G#<R10Box#__${r.box}>(r10b#);
this.Echo(String(r10g#.get().${m}Of()) + r10g#.pair(r10bs#[0]).length + String(new R10G#<string>("s").get()));`.replaceAll("#", k),
      };
    });
}

/**
 * Round 11 (session 17, test/diff/cases/adversary-round11.ts): writes through `!` and parentheses. C77: `n! += 2`,
 * `n!++`, `n! = v` on a nullable number, int or field were `n.Value += 2` (mcs CS0200); a nullable TypeScript narrowed
 * is stepped without `!`. C80: `(x) *= 3` was missed by the int inference of an unannotated `let`, `(i) += 1` by the
 * loop copies of a `for` counter a lambda captures. Each snippet runs a random sequence of writes over such targets.
 */
export function round11Snippet(k: string, _f: OpenDefects): A<Snippet> {
  // targets of number type; each is read back (printed) after the writes
  const numTarget = fc.constantFrom("r11n#!", "(r11n#!)", "(r11n#)!", "r11m#", "(r11m#)", "r11c#.v!", "(r11c#.v)!", "r11x#", "(r11x#)", "R11S#.s!");
  const value = fc.constantFrom("0.5", "2", "3", "-1.5", "7", "1e3", "0", "-0", "0.1");
  const numOp = fc.oneof(
    fc.tuple(fc.constantFrom("=", "+=", "-=", "*=", "/=", "%="), value).map(([o, v]) => (t: string) => `${t} ${o} ${v};`),
    fc.constantFrom((t: string) => `${t}++;`, (t: string) => `${t}--;`, (t: string) => `++${t};`, (t: string) => `--${t};`),
    fc.constantFrom((t: string) => `r11log#.push(String(++${t}));`, (t: string) => `r11log#.push(String(${t} += 1.5));`, (t: string) => `r11log#.push(String(${t} = 4));`),
    value.map((v) => (t: string) => `${t} = ${v}; ${t} **= 2;`),
  );
  const intTarget = fc.constantFrom("r11i#!", "(r11i#!)", "r11j#", "(r11j#)");
  const intOp = fc.constantFrom("+= 3", "-= 2", "|= 5", "&= 6", "^= 1", "<<= 1", ">>= 1", "++", "--").map((o) => (t: string) => (o === "++" || o === "--" ? `${t}${o};` : `${t} ${o};`));
  const step = fc.constantFrom("(r11k#) += 1", "(r11k#)++", "++(r11k#)", "r11k# += 1", "(r11k#) += 2");
  return fc
    .record({
      nums: fc.array(fc.tuple(numTarget, numOp), { minLength: 1, maxLength: 6 }),
      ints: fc.array(fc.tuple(intTarget, intOp), { minLength: 0, maxLength: 4 }),
      step,
      every: fc.integer({ min: 1, max: 3 }),
      n: fc.integer({ min: 2, max: 7 }),
    })
    .map((r) => ({
      kind: "round11",
      top: `class R11C# { v: number | null = 1; } class R11S# { static s: number | null = 2; }`.replaceAll("#", k),
      main: `const r11log#: string[] = []; let r11n#: number | null = this.Storage.length === 0 ? 3 : null; let r11m#: number | null = 5; const r11c# = new R11C#(); let r11x# = 1;
let r11i#: int | null = this.Storage.length === 0 ? 6 : null; let r11j#: int | null = 9;
${r.nums.map(([t, op]) => op(t)).join(" ")}
${r.ints.map(([t, op]) => op(t)).join(" ")}
const r11fs#: (() => number)[] = []; for (let r11k# = 0; r11k# < ${r.n}; r11k#++) { r11fs#.push(() => r11k#); if (r11k# % ${r.every} === 0) ${r.step}; }
this.Echo(r11log#.join() + "|" + r11n#! + "|" + r11m# + "|" + r11c#.v! + "|" + r11x# + "|" + R11S#.s! + "|" + r11i#! + "|" + r11j# + "|" + r11fs#.map((f) => f()).join());`.replaceAll("#", k),
    }));
}

/**
 * Round 12 (session 18, test/diff/cases/adversary-round12.ts): type assertions on numbers. C85: `i as number` of an
 * int-inferred `let` was a false PBTS1017, and a write through `as`, `<T>` or `satisfies` (`(x as number) = 2.5`) was
 * missed by the int inference and the loop copies. Each snippet writes an unannotated `let` (it starts as an int
 * literal) through such wrappers, reads int-inferred names and loop counters through `as number` in arithmetic
 * that leaves int's range, and steps a captured `for` counter through an assertion, in a labelled loop. C86: such
 * writes of a narrowed nullable local (`(n as number) += 1`) were `n.Value += 1` (mcs CS0200).
 */
export function round12Snippet(k: string, _f: OpenDefects): A<Snippet> {
  const wrap = fc.constantFrom((t: string) => `(${t} as number)`, (t: string) => `(<number>${t})`, (t: string) => `(${t} satisfies number)`, (t: string) => `((${t}) as number)`, (t: string) => t);
  const value = fc.constantFrom("0.5", "2", "3", "-1.5", "7", "65536", "2147483647", "0", "-0", "0.1", "46341");
  const write = fc.oneof(
    fc.tuple(wrap, fc.constantFrom("=", "+=", "-=", "*=", "/=", "%="), value, fc.constantFrom("r12x#", "r12n#")).map(([w, o, v, t]) => `${w(t)} ${o} ${v};`),
    fc.tuple(wrap, fc.constantFrom("++", "--", "**= 2")).map(([w, o]) => `${w("r12n#")}${o === "**= 2" ? " " : ""}${o};`),
    fc.tuple(wrap, fc.constantFrom("++", "--")).map(([w, o]) => `${w("r12x#")}${o};`),
    fc.tuple(wrap, value).map(([w, v]) => `${w("r12y#")} = ${v}; ${w("r12y#")} **= 2;`),
    fc.tuple(wrap, value).map(([w, v]) => `[${w("r12x#")}, r12z#] = [${v}, r12z# + 1];`),
  );
  const read = fc.tuple(fc.constantFrom("r12i#", "r12z#", "r12x#"), fc.constantFrom("* 65536", "* (r12i# as number)", "/ 3", "% 7", "+ 2147483647", "- 0.5", "** 2"))
    .map(([n, e]) => `r12log#.push(String((${n} as number) ${e}));`);
  const step = fc.constantFrom("(r12k# as number) += 1", "(<number>r12k#)++", "(r12k# satisfies number) += 2", "r12k# += 1");
  return fc
    .record({
      writes: fc.array(write, { minLength: 1, maxLength: 5 }),
      reads: fc.array(read, { minLength: 0, maxLength: 3 }),
      step,
      every: fc.integer({ min: 1, max: 3 }),
      n: fc.integer({ min: 2, max: 6 }),
      cont: fc.boolean(),
    })
    .map((r) => ({
      kind: "round12",
      top: "",
      main: `const r12log#: string[] = []; let r12x# = 1; let r12y# = 2; let r12z# = 0; let r12i# = 46340; r12i#++; let r12n#: number | null = 3;
${r.writes.join(" ")}
${r.reads.join(" ")}
const r12fs#: (() => number)[] = []; r12o#: for (let r12k# = 0; r12k# < ${r.n}; r12k#++) { r12fs#.push(() => r12k# as number); for (let r12j# = 0; r12j# < 2; r12j#++) { if (r12k# % ${r.every} === 0) { ${r.step}; ${r.cont ? "continue r12o#;" : "break;"} } r12log#.push(String((r12j# as number) / 2)); } }
this.Echo(r12log#.join() + "|" + r12x# + "|" + r12y# + "|" + r12z# + "|" + (1 / r12x#) + "|" + r12n# + "|" + r12fs#.map((f) => f()).join());`.replaceAll("#", k),
    }));
}

/**
 * Round 14 (session 21, test/diff/cases/adversary-round14.ts): C108, an element or property assignment whose value is
 * used (`const y = xs[i++] = i`, `f(xs[t()] = v())`, `z = at(0).x = val()`, a condition), with effects in the index,
 * the receiver and the value: mcs ran the value first. C111: a number or boolean and a string meeting in `??` or `?:`
 * where printed. C113: arrows annotated `(x: number)` as callbacks of an int[]. C115: a generator spread.
 */
export function round14Snippet(k: string, _f: OpenDefects): A<Snippet> {
  const idx = fc.constantFrom("r14i#++", "r14i#", "r14t#(\"i\", 3)", "0", "r14i# + 1", "++r14i#");
  const val = fc.constantFrom("r14i#", "r14i#++", "r14t#(\"v\", 2)", "7", "r14i# * 0.5", "(r14xs#[r14i#] = r14i# + 10)", "-0");
  const who = fc.constantFrom("r14at#(0)", "r14at#(1)", "r14ps#[r14i# % 2]");
  const mem = fc.constantFrom("x", "f");
  const used = fc.oneof(
    fc.tuple(idx, val).map(([i, v]) => `const r14y#_@ = r14xs#[${i}] = ${v}; r14o# += r14y#_@ + ",";`),
    fc.tuple(idx, val).map(([i, v]) => `r14o# += String(r14xs#[${i}] = ${v}) + ",";`),
    fc.tuple(idx, val).map(([i, v]) => `if ((r14xs#[${i}] = ${v}) > 2) r14o# += "g";`),
    fc.tuple(idx, idx, val).map(([i, j, v]) => `r14xs#[${i}] = r14xs#[${j}] = ${v};`),
    fc.tuple(who, mem, val).map(([w, m, v]) => `r14o# += String(${w}.${m} = ${v}) + ";";`),
    fc.tuple(who, mem, who, val).map(([w, m, w2, v]) => `const r14z#_@ = ${w}.${m} = ${w2}.x = ${v}; r14o# += r14z#_@;`),
    fc.tuple(idx, val).map(([i, v]) => `r14o# += Math.max(r14xs#[${i}] = ${v}, -1) + "m";`),
  );
  const key = fc.constantFrom('"a"', '"b"', '"z"');
  const printed = fc.oneof(
    key.map((q) => `r14o# += \`\${r14m#.get(${q}) ?? "-"}|\${r14bm#.get(${q}) ?? "unset"}\`;`),
    key.map((q) => `r14o# += String(r14m#.get(${q}) ?? r14t#("d", 4) + "d") + "n=" + (r14i# > 4 ? "big" : r14i#);`),
    key.map((q) => `r14o# += (r14sm#.get(${q}) ?? r14m#.get(${q}) ?? NaN) + ";";`),
  );
  const cb = fc.constantFrom(
    "r14is#.map((x: number) => x / 2).join()",
    "r14is#.filter((x: number) => x > 1).join()",
    "r14is#.reduce((a: number, x: number) => a * 2 + x, 0.5)",
    "[...r14is#].sort((a: number, b: number) => b - a).join()",
    "[...r14g#(3)].join() + Math.max(...r14g#(2))",
    "[-1, ...r14g#(2), ...r14is#].join()",
  );
  return fc
    .record({ used: fc.array(used, { minLength: 1, maxLength: 4 }), printed: fc.array(printed, { maxLength: 2 }), cbs: fc.array(cb, { minLength: 1, maxLength: 2 }), start: fc.integer({ min: 0, max: 3 }) })
    .map((r) => ({
      kind: "round14",
      top: `let r14log# = ""; function r14t#(s: string, v: int): int { r14log# += s; return v; } class R14P# { private v = 0; get x(): number { return this.v; } set x(n: number) { r14log# += "s"; this.v = n; } f = 0; }
const r14ps# = [new R14P#(), new R14P#()]; function r14at#(i: int): R14P# { r14log# += "@" + i; return r14ps#[i]; }
function* r14g#(n: int): Generator<number> { try { for (let i = 0; i < n; i++) yield i * 1.5; } finally { r14log# += "F"; } }`.replaceAll("#", k),
      main: `const r14xs#: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]; let r14i# = ${r.start}; let r14o# = ""; const r14is#: int[] = [3, 1, 2147483647, -4];
const r14m# = new Map<string, number>([["a", 1.5], ["z", -0]]); const r14bm# = new Map<string, boolean>([["a", false]]); const r14sm# = new Map<string, string>([["b", "s"]]);
${r.used.map((u, n) => u.replaceAll("@", String(n))).join("\n")}
${r.printed.join("\n")}
r14o# += "|" + ${r.cbs.join(' + "|" + ')};
this.Echo(r14xs#.join() + " " + r14i# + " " + r14o# + " " + r14log# + " " + r14ps#[0].x + r14ps#[0].f + r14ps#[1].x + r14ps#[1].f);`.replaceAll("#", k),
    }));
}

const SNIPPETS: [string, (k: string, f: OpenDefects) => A<Snippet>][] = [
  ["expr", exprSnippet],
  ["class", classSnippet],
  ["closure", closureSnippet],
  ["generic", genericSnippet],
  ["collection", collectionSnippet],
  ["control", controlSnippet],
  ["null", nullSnippet],
  ["numeric", numericSnippet],
  ["object", objectSnippet],
  ["member", memberSnippet],
  ["wrap", wrapSnippet],
  ["round3", round3Snippet],
  ["round4", round4Snippet],
  ["round5", round5Snippet],
  ["round6", round6Snippet],
  ["round7", round7Snippet],
  ["round8", round8Snippet],
  ["round9", round9Snippet],
  ["round10", round10Snippet],
  ["round11", round11Snippet],
  ["round12", round12Snippet],
  ["round14", round14Snippet],
];

/**
 * Single-instance classes (issue 15, compiler/print/flatten.ts folds them into Program at `full`): a class made once by
 * Program's constructor, with field initializers that run at `new` (a call with an effect), an argument with one, a
 * default, a parameter the constructor writes, a field holding Program, a second class given the instance, a
 * delegate field Program's constructor sets. Not among the default kinds (the CI's programs stay what they were):
 * `npm run fuzz -- --kinds singleton,expr,class`.
 */
export function singletonSnippet(k: string, f: OpenDefects): A<Snippet> {
  return fc
    .record({
      n: fc.integer({ min: -5, max: 9 }),
      s: strLit(f),
      str: strLit(f),
      arg: fc.constantFrom("3", "(-2)", 'sgNote#("arg")', "2.5", "0"),
      useDefault: fc.boolean(),
      holder: fc.boolean(),
      writeParam: fc.boolean(),
      delegate: fc.boolean(),
      steps: fc.array(fc.integer({ min: -3, max: 5 }), { minLength: 1, maxLength: 3 }),
    })
    .map((r) => ({
      kind: "singleton",
      top: `let sgLog# = ""; function sgNote#(x: string): number { sgLog# += x + ";"; return x.length; }
class Sg# { cnt = ${r.n}; tag = ${r.s}; init = sgNote#("init"); items: string[] = []; onStep: ((v: number) => void) | null = null;
  constructor(private readonly p: MyGridProgram, a: number, b: string${r.useDefault ? ` = ${r.str}` : ""}) { ${r.writeParam ? "while (a > 0) { this.items.push(b + a); a--; }" : "this.items.push(b + a);"} this.cnt += a + this.init; sgNote#("ctor" + b.length); }
  step(x: number): number { this.cnt = this.cnt * 2 + x; if (this.onStep !== null) this.onStep(this.cnt); return this.cnt; }
  get text(): string { return this.items.join("|") + this.tag + this.cnt; }
  say(): void { this.p.Echo(this.text + " " + sgLog#); } }
${r.holder ? `class SgH# { constructor(private readonly sg: Sg#) {} twice(x: number): number { return this.sg.step(x) + this.sg.step(x); } }` : ""}`.replaceAll("#", k),
      fields: `private readonly sg#: Sg#;${r.holder ? ` private readonly sgh#: SgH#;` : ""}`.replaceAll("#", k),
      ctor: `sgNote#("before"); this.sg# = new Sg#(this, ${r.arg}${r.useDefault ? "" : `, ${r.str}`});${r.holder ? " this.sgh# = new SgH#(this.sg#);" : ""}${r.delegate ? ' this.sg#.onStep = (v: number) => { sgLog# += "s" + v; };' : ""}`.replaceAll("#", k),
      main: `${r.steps.map((x) => `this.Echo(String(this.sg#.step(${x})));`).join(" ")}${r.holder ? " this.Echo(String(this.sgh#.twice(1)));" : ""} this.sg#.say();`.replaceAll("#", k),
    }));
}

/** Kinds only `--kinds` chooses (not in the default mix: adding one would change every seed's programs). */
const EXTRA_SNIPPETS: [string, (k: string, f: OpenDefects) => A<Snippet>][] = [["singleton", singletonSnippet]];

/** Stands for the snippet's position in its names; JSON.stringify escapes it, so no literal holds it. */
const K = "\u0001";

/** A program: 1 to 4 snippets of any kinds (shrinking drops snippets, then simplifies them). */
export function programArb(f: OpenDefects, kinds?: string[]): A<FuzzProgram> {
  const chosen = kinds ? [...SNIPPETS, ...EXTRA_SNIPPETS].filter(([name]) => kinds.includes(name)) : SNIPPETS;
  if (!chosen.length) throw new Error(`no snippet kind among ${kinds!.join(", ")} (kinds: ${SNIPPETS.map(([n]) => n).join(", ")})`);
  return fc.array(fc.oneof(...chosen.map(([, s]) => s(K, f))), { minLength: 1, maxLength: 4 }).map((snippets) => ({ snippets }));
}

export function toCase(p: FuzzProgram, name: string): DiffCase {
  const at = (s: string, i: number) => s.replaceAll(K, String(i));
  const tops = p.snippets.map((s, i) => at(s.top, i)).filter((t) => t.trim() !== "");
  const fields = p.snippets.map((s, i) => at(s.fields ?? "", i)).filter((t) => t !== "");
  const ctor = p.snippets.map((s, i) => at(s.ctor ?? "", i)).filter((t) => t !== "");
  return {
    name,
    top: tops.join("\n"),
    ...(fields.length || ctor.length ? { members: `${fields.join("\n")}\n  constructor() { super(); ${ctor.join("\n")} }` } : {}),
    main: p.snippets.map((s, i) => `// ---- ${s.kind}\n{\n${at(s.main, i)}\n}`).join("\n"),
  };
}

/**
 * The programs fast-check's runner draws for (seed, count), in order: program i is the one at
 * replay path "i", so `--seed S --path i` regenerates it and fast-check can shrink from it.
 */
export function generate(seed: number, count: number, f: OpenDefects, kinds?: string[]): FuzzProgram[] {
  const out: FuzzProgram[] = [];
  fc.assert(
    fc.property(programArb(f, kinds), (p) => {
      out.push(p);
    }),
    { seed, numRuns: count },
  );
  return out;
}

/** The program at a replay path ("i" or "i:a:b..." after shrinking). */
export function atPath(seed: number, path: string, f: OpenDefects, kinds?: string[]): FuzzProgram {
  const r = fc.check(fc.property(programArb(f, kinds), () => false), { seed, path, numRuns: 1, endOnFailure: true });
  if (!r.failed || !r.counterexample) throw new Error(`no program at path ${path} for seed ${seed}`);
  return (r.counterexample as [FuzzProgram])[0];
}

import type { DiffCase } from "../harness.ts";

// Session 22 (cc-reach2): builtins a scripter reaches for (they were refused): Math.imul/clz32, findLast,
// findLastIndex, reduceRight, includes(x, from). Findings: test/compiler/ADVERSARY-FINDINGS.md "## Session 22, cc-reach2".
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  {
    name: "(reach2) Math.imul and Math.clz32: int32 wrap, NaN/Infinity/-0/fractions/beyond 2^32 as JS's ToInt32/ToUint32",
    main: `const xs = [0, -0, 1, -1, 3.7, -3.7, 2147483647, 2147483648, -2147483649, 4294967296 + 5, 1e20, -1e20, NaN, Infinity, -Infinity, 0.5, 65535, 0x7fffffff * 3]; let s = ""; for (const a of xs) { s += Math.clz32(a) + ":"; for (const b of [3, -7, 2147483647, 1e10, NaN]) s += Math.imul(a, b) + ","; s += " "; } const n: int = 1024; const h = Math.imul(n, 0x9e3779b1) ^ Math.clz32(n); let hs = 0; let hi: int = 7; for (const ch of "pbts hash") { hs = (Math.imul(31, hs) + ch.charCodeAt(0)) | 0; hi = Math.imul(hi, 16777619) ^ Math.imul(ch.charCodeAt(0), 1); } s += hs + " " + hi + " " + Math.imul(hs, hs) / 3 + " "; const big = Math.imul(2147483647, 1) + 1; let acc = Math.clz32(0); acc += Math.imul(-2147483648, 1) - 1; s += big + " " + acc + " " + (Math.imul(65536, 32768) * 2) + " " + -Math.imul(-2147483648, 1) + " "; ${show("s + h + ' ' + (1 / Math.imul(-0, 5))")}`,
  },
  {
    name: "(reach2) findLast, findLastIndex and reduceRight (with and without a seed) on numbers, strings, enums and objects",
    top: `enum St { Idle, Run, Done } class P { constructor(public n: string, public v: number) {} }`,
    main: `const xs = [3, -1, 4, 1, 5, 9, 2, 6]; const none: number[] = []; const ps = [new P("a", 1), new P("b", 5), new P("c", 2)]; const sts = [St.Run, St.Idle, St.Done, St.Idle]; const w = ["x", "yy", "zzz"]; let log = ""; const last = xs.findLast((x) => { log += x; return x % 2 === 0; }); const f2 = xs.findLast((x) => x > 100); const p = ps.findLast((q) => q.v > 1); const p2 = ps.findLast((q) => q.v > 10); ${show("last + ' ' + f2 + ' ' + xs.findLastIndex((x) => x < 0) + ' ' + xs.findLastIndex((x) => x > 100) + ' ' + none.findLastIndex((x) => x > 0) + ' ' + (p ? p.n : 'none') + ' ' + (p2 === undefined) + ' ' + sts.findLast((x) => x !== St.Idle) + ' ' + sts.findLastIndex((x) => x === St.Idle) + ' ' + w.findLast((x) => x.length < 3) + ' ' + xs.reduceRight((a, b) => a + ',' + b, '') + ' ' + xs.reduceRight((a, b) => a - b) + ' ' + w.reduceRight((a, b) => a + b) + ' ' + none.reduceRight((a, b) => a + b, 7) + ' ' + ps.reduceRight((a, q) => a + q.n, '>') + ' ' + log")} try { none.reduceRight((a, b) => a + b); } catch (e) { this.Echo("throws"); }`,
  },
  {
    name: "(reach2) string includes and startsWith with a start position, endsWith with an end: negative, beyond the end, NaN, fractional",
    main: `const s = "abcabc"; let r = ""; for (const p of [-5, 0, 1, 3, 4, 5.9, 6, 7, NaN, Infinity, -Infinity]) r += (s.includes("a", p) ? "t" : "f") + (s.includes("", p) ? "T" : "F") + (s.includes("bc", p) ? "1" : "0") + (s.startsWith("ab", p) ? "s" : "-") + (s.startsWith("", p) ? "S" : "-") + (s.endsWith("bc", p) ? "e" : "-") + (s.endsWith("", p) ? "E" : "-") + (s.endsWith("abcabc", p) ? "w" : "-") + " "; ${show("r")}`,
  },
  {
    name: "(reach2) Array.of (arguments read in order, empty, of objects) and Array.isArray of arrays, a missing array, numbers, strings and objects",
    top: `class P { constructor(public n: string) {} } let log = ""; function t(v: number): number { log += v; return v; }`,
    main: `const xs = Array.of(t(3), t(1), t(2)); const ys = Array.of<string>(); const ints: int[] = Array.of<int>(7, 2); ints.push(ints[0] / 2 | 0); const ps = Array.of(new P("a"), new P("b")); xs.push(4); let miss: number[] | null = null; if (log.length > 5) miss = [1]; const maybe: number[] | undefined = log.length > 1 ? xs : undefined; const n = 3; const p = ps[0]; const word = "ab"; const ro: readonly number[] = xs; ${show("xs.join() + ' ' + ys.length + ' ' + ints.join() + ' ' + ps.map((q) => q.n).join('') + ' ' + Array.isArray(xs) + Array.isArray(miss) + Array.isArray(maybe) + Array.isArray(ro) + Array.isArray(n) + Array.isArray(p) + Array.isArray(word) + Array.isArray('s') + ' ' + log + ' ' + 'Ab'.toLocaleString()")}`,
  },
  // cc-adv16's left open: Math.min(...enums) was PBTS1001; a (St | null)[] joined PBTS1015; "" + m.get(k) of a Map<string, long> PBTS1046
  {
    name: "(reach2) Math.min/max of spread enum values, an array of St | null joined and printed, a Map of longs' missing value printed, reduce over enums",
    top: `enum St { Idle, Run, Done = 7 }`,
    main: `const xs = [St.Run, St.Done, St.Idle]; const none: St[] = []; const ys: (St | null)[] = [St.Done, null, St.Idle]; const zs: (St | undefined)[] = [undefined, St.Run]; const m = new Map<string, long>(); m.set("a", toLong(4503599627370497)); const ids: (long | undefined)[] = [m.get("a"), m.get("b")]; ${show("Math.min(...xs) + ' ' + Math.max(...xs) + ' ' + Math.min(...none) + ' ' + Math.max(...none) + ' ' + ys.join() + ' ' + xs.join() + ' ' + `${ys}` + ' ' + String(zs) + ' ' + ys.join('-') + ' ' + m.get('a') + ' ' + m.get('b') + ' ' + `${m.get('b')}` + String(m.get('a')) + ' ' + ids[1] + ' ' + xs.reduce((a, b) => a + b) + ' ' + xs.reduce((a, b) => a + b, 0.5) + ' ' + xs.reduceRight((a, b) => (a > b ? a : b))")}`,
  },
  // cc-adv16's left open: a lambda in a for loop's head that runs at once (an array's some/find/map...) was PBTS1007
  {
    name: "(reach2) a lambda in a for loop's condition, initializer and update passed to an array method that runs it at once (it reads the counter's value of the moment in both)",
    main: `const xs = [3, 1, 4, 1, 5]; let s = ""; for (let i = 0; xs.some((x) => x === i); i++) s += i; s += "|"; for (let j = 1.5, i = xs.findIndex((x) => x > j + 2) / 2; i < 4; i = xs.filter((x) => x > i).length > 1 ? i + 1 : 9) s += i + ":" + j + ","; s += "|"; for (let k = 5; xs.map((x) => x * k).reduce((a, b) => a + b) > 20 && xs.every((x) => [x].some((y) => y !== k)); k--) s += k; const fs: (() => number)[] = []; for (let i = 0; i < 3; i++) { fs.push(() => i); } ${show("s + ' ' + fs.map((f) => f()).join()")}`,
  },
  {
    name: "(reach2) Math.cbrt, Math.expm1 and Math.log1p: exact cubes, negatives, -0, subnormals, NaN and Infinity, an int argument (bit for bit: test/diff/math.test.ts)",
    main: `const n: int = 27; let s = ""; for (const x of [8, -8, 27, 2, 1e-310, -5e-324, -0, 0.001, 1e300, NaN, Infinity, -Infinity, 64.5]) s += Math.cbrt(x) + "/" + Math.expm1(x / 7) + "/" + Math.log1p(x / 9) + ","; ${show("s + ' ' + Math.cbrt(n) + ' ' + 1 / Math.cbrt(-0) + ' ' + Math.expm1(1e-10) + ' ' + 1 / Math.expm1(-0) + ' ' + Math.expm1(n) + ' ' + Math.log1p(-1) + ' ' + Math.log1p(-2) + ' ' + Math.log1p(1e-20) + ' ' + Math.log1p(n)")}`,
  },
  {
    name: "(reach2) toSorted and toReversed (ES2023): sorted and reversed copies, the original untouched, a comparator's calls",
    top: `class P { constructor(public n: string, public v: number) {} }`,
    main: `const xs = [3, -1, 10, 2, 2.5]; const w = ["b", "a", "C"]; const ps = [new P("a", 2), new P("b", 1), new P("c", 2)]; let calls = 0; const s1 = xs.toSorted((a, b) => { calls++; return a - b; }); const r = xs.toReversed(); r.push(99); ${show("s1.join() + ' ' + xs.join() + ' ' + r.join() + ' ' + w.toSorted().join() + ' ' + w.join() + ' ' + ps.toSorted((a, b) => a.v - b.v).map((p) => p.n).join('') + ' ' + ps.toReversed()[0].n + ' ' + ([] as string[]).toSorted().length + ' ' + (calls > 0)")}`,
  },
];

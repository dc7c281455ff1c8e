// cc-adv5 (session 11): forms the compiler rejected with a vague message (PBTS1015 "'splice with 1 argument(s)' is
// not supported", PBTS1006 "destructuring is not supported here") that C# can do exactly, now accepted; each case
// prints edge values so a difference in the C# helpers (compiler/runtime/Js.cs) shows. Rejections with their
// messages: test/compiler/adversary.test.ts (session 11 block). Findings C31-…: test/compiler/ADVERSARY-FINDINGS.md.
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // C31: a fractional negative start or end (-0.5) is -0 to JS (ToIntegerOrInfinity truncates first), so
  // `xs.slice(-0.5)` is the whole array; Js.Clamp took len + ceil(-0.5) = len: empty in C# (slice, splice, string slice).
  c("adversary: slice and splice of a fractional negative index", `const xs = [1, 2, 3, 4]; const vs = [-0.5, -0.9, -1.5, 0.5, -4.5, -5, -0]; const out: string[] = []; for (const v of [-0.5, -0.9, -1.5]) { const ys = [1, 2, 3, 4]; const r = ys.splice(v, 1); out.push(ys.join("") + "/" + r.join("")); } this.Echo(vs.map((v) => xs.slice(v).join("") + "/" + xs.slice(0, v).join("") + "/" + "abcd".slice(v) + "/" + "abcd".slice(0, v) + "/" + xs.slice(v, -0.5).join("")).join(" ") + " " + out.join(" "));`),
  // C32: a numeric case label written as a double (`case 1e3`, `case 1.0`, `case -0`) on an int subject: JS's ===
  // meets the int 1000 / 1 / 0, C# got `case 1000.0:` / `case -0.0:` (mcs CS0266). Now the int value.
  c("adversary: int switch with case labels written as doubles", `const vs: int[] = [0, 1, 1000, 16, -1, 7]; const out: string[] = []; for (const x of vs) { switch (x) { case -0: out.push("z"); break; case 1.0: out.push("one"); break; case 1e3: case 0x10: out.push("k" + x); break; case -1.0e0: out.push("m"); break; case 0.7e1: out.push("seven"); break; default: out.push("d"); } } this.Echo(out.join());`),
  // splice(start): JS's deleteCount is the rest of the array; splice(start, n, ...items) inserts where it removed.
  c("adversary: splice with one argument and with items", `const starts = [0, 2, -1, -9, 9, 1.7, NaN, -0.5, Infinity, -Infinity]; const out: string[] = []; for (const s of starts) { const xs = [1, 2, 3, 4]; const r = xs.splice(s); out.push(xs.join("") + "/" + r.join("")); } for (const [s, n] of [[1, 0], [1, 2], [-1, 1], [9, 1], [0, -1], [2, NaN], [1, 9], [-2, 1.9]] as [number, number][]) { const xs = [1, 2, 3, 4]; const r = xs.splice(s, n, 7, 8); out.push(xs.join("") + "/" + r.join("")); } const ss = ["a", "b"]; ss.splice(1, 0, "x"); this.Echo(out.join(" ") + " " + ss.join());`),
  c("adversary: splice inserting reads every argument before changing the array", `const xs = [1, 2, 3]; const log: string[] = []; const at = (v: number): number => { log.push("at" + xs.length); return v; }; const r = xs.splice(at(1), at(1), at(9), xs.length); this.Echo(xs.join() + "|" + r.join() + "|" + log.join());`),
  // unshift(a, b): in front, in order, as one insertion (a first).
  c("adversary: unshift with several arguments", `const xs = [1]; xs.unshift(2, 3); xs.unshift(4); const ys: string[] = []; ys.unshift("a", "b", "c"); let i = 0; const zs = [0]; zs.unshift(++i, ++i, zs.length); this.Echo(xs.join() + "|" + ys.join() + "|" + zs.join());`),
  // concat(a, b): every argument read first, then one copy (the receiver's elements first).
  c("adversary: concat with several arguments", `const a = [1]; const b = [2, 3]; const e: number[] = []; const r = a.concat(b, e, [4], a); r.push(9); const log: string[] = []; const g = (x: number[]): number[] => { log.push("g" + a.length); a.push(5); return x; }; const r2 = a.concat(g([6]), g([7])); this.Echo(r.join() + "|" + a.join() + "|" + r2.join() + "|" + log.join() + "|" + "ab".concat("c", "", "d") + "x".concat("1" + "2", \`\${a.length}\`));`),
  // C34: an argument of concat that is no array is appended as one element: `xs.concat(2)` was
  // `Js.Concat<double>(xs, 2)` (mcs CS1503). Now a one-element list in its place.
  c("adversary: concat of elements and arrays", `const xs = [1]; const ys = xs.concat(2); const zs = xs.concat(3, [4, 5], 6, ys); const ss = ["a"].concat("b", ["c"]); const ro: readonly number[] = [7]; const r2 = xs.concat(ro, 8); const ps = [new P("p")]; const qs = ps.concat(new P("q"), [new P("r")]); this.Echo(ys.join() + "|" + zs.join() + "|" + ss.join() + "|" + r2.join() + "|" + qs.map((p) => p.n).join() + "|" + xs.join());`, undefined, `class P { constructor(public n: string) {} }`),
  // split(sep, limit): the first ToUint32(limit) parts (NaN 0, -1 all of them, 2.9 two).
  c("adversary: split with a limit", `const lims = [0, 1, 2, 3, 9, -1, 2.9, NaN, Infinity, 4294967297, -4294967295]; this.Echo(lims.map((n) => "a,b,c".split(",", n).join("|") + "#" + "".split(",", n).length + "#" + "abc".split("", n).join("")).join(" "));`),
  // codePointAt(i): a surrogate pair read as one code point; a lone surrogate as itself; undefined outside.
  c("adversary: codePointAt", `const s = "a😀b\\uD800x\\uDC00"; const out: string[] = []; for (const i of [0, 1, 2, 3, 4, 5, 6, 7, -1, 1.9, NaN]) out.push(String(s.codePointAt(i))); const cp = "😀".codePointAt(0) ?? -1; this.Echo(out.join() + " " + (cp > 65535) + " " + String("".codePointAt(0)) + " " + String.fromCharCode(s.codePointAt(0)!));`),
  // Tuples nested in tuples (PBTS1006 before): the inner tuple read once, then its parts.
  c("adversary: nested tuple destructuring", `const t: [[number, string], int] = [[1.5, "a"], 2]; const [[a, b], c] = t; const [[, d]] = t; const f = ([x, [y, z]]: [number, [string, boolean]]): string => x + y + z; const pairs: [string, [int, int]][] = [["p", [1, 2]], ["q", [3, 4]]]; const out: string[] = []; for (const [k, [lo, hi]] of pairs) out.push(k + (lo + hi)); const [[p, q], r] = mk(); this.Echo(a + b + c + d + "|" + f([1, ["y", true]]) + "|" + out.join() + "|" + p + q + r + "|" + calls);`, undefined, `let calls = 0; function mk(): [[int, int], string] { calls++; return [[7, 8], "r"]; }`),
];

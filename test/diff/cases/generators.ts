// Generators -> C# iterators (compiler/emit/generators.ts): next(), done/value, for...of, early
// return, disposal (finally blocks) when a for...of breaks or return() abandons a generator.
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;
const count = `function* count(n: int): Generator<int> { for (let i = 0; i < n; i++) yield i; }`;

export const cases: DiffCase[] = [
  { name: "for-of over a generator function", top: count, main: `let s = ""; for (const x of count(4)) s += x + ","; this.Echo(s);` },
  { name: "next() steps and done/value", top: count, main: `const g = count(2); for (let k = 0; k < 4; k++) { const r = g.next(); if (r.done) this.Echo("done"); else ${show("r.value")} }` },
  { name: "next().done as a condition", top: count, main: `const g = count(3); let n = 0; while (!g.next().done) n++; ${show("n")}` },
  { name: "next() after done stays done", top: count, main: `const g = count(1); g.next(); g.next(); const r = g.next(); ${show("r.done")}` },
  { name: "generator body is lazy", top: `class Log { static lines: string[] = []; } function* g(): Generator<string> { Log.lines.push("start"); yield "a"; Log.lines.push("after a"); yield "b"; Log.lines.push("end"); }`, main: `const it = g(); this.Echo("made:" + Log.lines.join("|")); it.next(); this.Echo("1:" + Log.lines.join("|")); it.next(); it.next(); this.Echo("3:" + Log.lines.join("|"));` },
  { name: "early return ends the generator", top: `function* upTo(xs: number[], stop: number): Generator<number> { for (const x of xs) { if (x === stop) return; yield x * 2; } }`, main: `let s = ""; for (const v of upTo([1, 2, 3, 4], 3)) s += v + " "; this.Echo(s);` },
  { name: "generator without yield runs its body once", top: `class C { static n = 0; } function* none(): Generator<number> { C.n++; }`, main: `const g = none(); ${show("g.next().done")} ${show("C.n")} ${show("g.next().done")} ${show("C.n")}` },
  { name: "for-of break runs the generator's finally", top: `class Log { static s = ""; } function* res(): Generator<int> { try { yield 1; yield 2; yield 3; } finally { Log.s += "[closed]"; } }`, main: `for (const x of res()) { Log.s += x; if (x === 2) break; } this.Echo(Log.s);` },
  { name: "for-of completes: finally runs once", top: `class Log { static s = ""; } function* res(): Generator<int> { try { yield 1; yield 2; } finally { Log.s += "[f]"; } }`, main: `for (const x of res()) Log.s += x; this.Echo(Log.s);` },
  { name: "return() abandons a generator and runs finally", top: `class Log { static s = ""; } function* res(): Generator<int, void> { try { yield 1; yield 2; } finally { Log.s += "[f]"; } }`, main: `const g = res(); g.next(); g.return(); this.Echo(Log.s); ${show("g.next().done")}` },
  { name: "return() before the first next() skips the body", top: `class Log { static s = ""; } function* res(): Generator<int, void> { try { Log.s += "run"; yield 1; } finally { Log.s += "[f]"; } }`, main: `const g = res(); g.return(); this.Echo("<" + Log.s + ">"); ${show("g.next().done")}` },
  { name: "exception in a for-of body closes the generator", top: `class Log { static s = ""; } function* res(): Generator<int> { try { yield 1; yield 2; } finally { Log.s += "[f]"; } }`, main: `try { for (const x of res()) { throw new Error("x" + x); } } catch (e) { Log.s += (e as Error).message; } this.Echo(Log.s);` },
  { name: "generator that throws is done afterwards", top: `function* bad(): Generator<int> { yield 1; throw new Error("boom"); }`, main: `const g = bad(); g.next(); try { g.next(); } catch (e) { this.Echo((e as Error).message); } ${show("g.next().done")}` },
  { name: "yield* delegates to another generator", top: `${count} function* twice(n: int): Generator<int> { yield* count(n); yield 100; yield* count(n); }`, main: `let s = ""; for (const x of twice(2)) s += x + " "; this.Echo(s);` },
  { name: "generator method reads and writes fields", top: `class Counter { total = 0; *steps(n: int): Generator<string> { for (let i = 1; i <= n; i++) { this.total += i; yield "step " + i; } } }`, main: `const c = new Counter(); for (const s of c.steps(3)) this.Echo(s + " total " + c.total);` },
  { name: "generator of class instances", top: `class P { constructor(public name: string) {} } function* ps(): Generator<P> { yield new P("a"); yield new P("b"); }`, main: `const g = ps(); let r = g.next(); while (!r.done) { this.Echo(r.value.name); r = g.next(); }` },
  { name: "IterableIterator and Iterator return types", top: `function* a(): IterableIterator<string> { yield "x"; yield "y"; } function* b(): Iterator<number> { yield 1.5; }`, main: `let s = ""; for (const v of a()) s += v; const r = b().next(); if (!r.done) s += r.value; this.Echo(s);` },
  { name: "generator stored in a field, partially consumed, then for-of", members: `gen: Generator<int> | null = null; *make(): Generator<int> { for (let i = 0; i < 5; i++) yield i * i; }`, main: `this.gen = this.make(); this.gen.next(); this.gen.next(); let s = ""; for (const v of this.gen) s += v + ","; this.Echo(s); ${show("this.gen.next().done")}` },
  { name: "state machine stepped once per run", members: `phase = "";
  *machine(): Generator<boolean> { this.phase = "open"; yield true; for (let i = 0; i < 2; i++) { this.phase = "wait " + i; yield true; } this.phase = "closed"; }`, main: `const m = this.machine(); for (let run = 0; run < 6; run++) { const more = !m.next().done; this.Echo("run " + run + ": " + this.phase + (more ? "" : " (done)")); }` },
  { name: "nested generators interleaved", top: count, main: `const a = count(3); const b = count(2); let s = ""; for (let i = 0; i < 4; i++) { const x = a.next(); const y = b.next(); s += (x.done ? "-" : String(x.value)) + (y.done ? "-" : String(y.value)) + " "; } this.Echo(s);` },
  { name: "try/finally around yield in a loop", top: `class Log { static s = ""; } function* g(): Generator<int> { for (let i = 0; i < 3; i++) { try { yield i; } finally { Log.s += "f" + i; } } }`, main: `for (const x of g()) Log.s += "(" + x + ")"; this.Echo(Log.s);` },
  { name: "lambda inside a generator returns normally", top: `function* g(xs: number[]): Generator<number> { const f = (x: number): number => { return x + 1; }; for (const x of xs) yield f(x); }`, main: `let s = ""; for (const v of g([1, 2])) s += v; this.Echo(s);` },
];

// Guards and defaults (compiler/emit/guards.ts): `&&`/`||` on references and strings used as
// conditions, `??=`/`||=`/`&&=`, optional calls, `s?.length ?? 0`, `(m.get(k) ?? 0) + 1`.
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;
const top = `class Part { enabled = true; name = ""; constructor(public level: number) {} }`;
const members = `cb: (() => void) | null = null; f: ((x: number) => number) | null = null;
  pick(i: int): Part | null { return i === 0 ? null : new Part(i); }
  str(i: int): string | null { return i === 0 ? null : i === 1 ? "" : "text"; }`;

export const cases: DiffCase[] = [
  { name: "if (p && p.enabled) on a reference", top, members, main: `for (let i: int = 0; i < 3; i++) { const p = this.pick(i); if (i === 2 && p) p.enabled = false; if (p && p.enabled) this.Echo("on " + i); else this.Echo("off " + i); }` },
  { name: "|| and ! on references as a condition", top, members, main: `for (let i: int = 0; i < 3; i++) { const p = this.pick(i); if (!p || p.level > 1) this.Echo("skip " + i); else this.Echo("use " + p.level); }` },
  { name: "strings in && and || conditions", top, members, main: `for (let i: int = 0; i < 3; i++) { const s = this.str(i); const t = this.str(2 - i); if (s || t) this.Echo("some " + i); if (s && t) this.Echo("both " + i); if (!(s && t)) this.Echo("not both " + i); }` },
  { name: "guard in while and ?: conditions", top, members, main: `let i: int = 2; let p = this.pick(i); while (p && p.level > 0) { this.Echo(p.level > 1 ? "big" : "small"); i--; p = this.pick(i); } const q = this.pick(1); this.Echo(q && q.enabled ? "q on" : "q off");` },
  { name: "short-circuit keeps side effects in order", top, members, main: `const log: string[] = []; const f = (s: string): Part | null => { log.push(s); return s === "x" ? null : new Part(1); }; if (f("x") && f("y")) log.push("then"); if (f("x") || f("z")) log.push("else"); this.Echo(log.join(","));` },
  { name: "??= on a string and a reference", top, members, main: `let s = this.str(0); s ??= "default"; this.Echo(s); let t = this.str(1); t ??= "unused"; this.Echo("[" + t + "]"); let p = this.pick(0); p ??= new Part(7); ${show("p.level")}` },
  { name: "??= on a nullable number and a field", top: `${top} class Cache { hits: number | null = null; }`, members, main: `let n: number | null = null; n ??= 5; n ??= 6; ${show("n + 1")} const c = new Cache(); c.hits ??= 1; c.hits ??= 2; ${show("c.hits")}` },
  { name: "||= and &&= on booleans", main: `let a = false; a ||= true; let b = true; b &&= false; let c = true; c ||= false; ${show("a")} ${show("b")} ${show("c")}` },
  { name: "||= and &&= on strings", top, members, main: `let a = ""; a ||= "filled"; let b = "keep"; b ||= "no"; let c = "x"; c &&= "replaced"; let d = ""; d &&= "no"; this.Echo(a + "|" + b + "|" + c + "|[" + d + "]");` },
  { name: "||= on a reference field", top: `${top} class Holder { part: Part | null = null; }`, main: `const h = new Holder(); h.part ||= new Part(3); h.part ||= new Part(4); ${show("h.part.level")}` },
  { name: "optional call of a callback", top, members, main: `this.cb?.(); this.cb = () => this.Echo("called"); this.cb?.(); ${show("this.f?.(2) ?? -1")} this.f = (x: number) => x * 3; ${show("this.f?.(2) ?? -1")}` },
  { name: "s?.length ?? 0", top, members, main: `for (let i: int = 0; i < 3; i++) { const s = this.str(i); ${show("s?.length ?? 0")} }` },
  { name: "(m.get(k) ?? 0) + 1 counts words", main: `const m = new Map<string, number>(); for (const w of ["a", "b", "a", "c", "a"]) m.set(w, (m.get(w) ?? 0) + 1); for (const [k, v] of m) this.Echo(k + "=" + v);` },
  { name: "map.get ?? default on int and boolean values", main: `const m = new Map<string, int>(); m.set("x", 0); const b = new Map<int, boolean>(); b.set(1, false); ${show("m.get(\"x\") ?? 9")} ${show("m.get(\"y\") ?? 9")} ${show("b.get(1) ?? true")} ${show("b.get(2) ?? true")}` },
  { name: "map.get ?? default evaluates the default only when missing", main: `const m = new Map<string, number>(); m.set("a", 1); let calls = 0; const d = (): number => { calls++; return -1; }; const x = m.get("a") ?? d(); const y = m.get("b") ?? d(); this.Echo(x + " " + y + " " + calls);` },
  { name: "a nullable number field narrowed by a null check reads its value", top: `class Pid { private integral = 0; private last: number | null = null; constructor(private kp: number, private ki: number, private kd: number) {} step(err: number, dt: number): number { this.integral += err * dt; const d = this.last === null ? 0 : (err - this.last) / dt; this.last = err; return this.kp * err + this.ki * this.integral + this.kd * d; } }`, main: `const p = new Pid(1, 0.1, 0.05); let v = 10; for (let i = 0; i < 4; i++) { const u = p.step(0 - v, 1 / 60); v += u * 0.01; this.Echo(v.toFixed(4)); }` },
  { name: "nullable int and boolean fields narrowed through a chain", top: `class S { on: boolean | null = null; n: int | null = null; } class H { s = new S(); }`, main: `const h = new H(); for (let i = 0; i < 2; i++) { if (h.s.n !== null) this.Echo("n " + (h.s.n + 1)); else this.Echo("no n"); if (h.s.on !== null && h.s.on) this.Echo("on"); h.s.n = 4; h.s.on = true; }` },
];

// Types and classes scripters write (issue 13 items 5, 6): string-literal unions and type aliases
// as string/the aliased type; toString() of a user class in templates, + and String().
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;
const mode = `type Mode = "idle" | "run" | "stop";`;

export const cases: DiffCase[] = [
  { name: "string-literal union as a state", top: `${mode} function next(m: Mode): Mode { return m === "idle" ? "run" : m === "run" ? "stop" : "idle"; }`, main: `let m: Mode = "idle"; for (let i = 0; i < 4; i++) { this.Echo(m); m = next(m); }` },
  { name: "switch over a string-literal union", top: `${mode} function label(m: Mode): string { switch (m) { case "idle": return "I"; case "run": return "R"; case "stop": return "S"; } }`, main: `const ms: Mode[] = ["run", "stop", "idle"]; let s = ""; for (const m of ms) s += label(m); this.Echo(s);` },
  { name: "string-literal union in a field, a Map and a nullable", top: `${mode} class Machine { mode: Mode = "idle"; last: Mode | null = null; }`, main: `const k = new Machine(); k.last = k.mode; k.mode = "run"; const counts = new Map<Mode, int>(); counts.set(k.mode, 1); this.Echo(k.mode + " " + k.last + " " + counts.has("run") + " " + counts.has("idle"));` },
  { name: "inline literal union parameter", top: `function onOff(s: "on" | "off"): boolean { return s === "on"; }`, main: `${show("onOff(\"on\")")} ${show("onOff(\"off\")")}` },
  { name: "type aliases of number, string, int and arrays", top: `type Id = string; type Amount = number; type Ticks = int; type Ids = Id[];`, main: `const a: Id = "ore"; const n: Amount = 2.5; const t: Ticks = 7; const xs: Ids = [a, "ice"]; this.Echo(a + n + t + xs.join("/"));` },
  { name: "alias of a class and of a nullable", top: `class P { v = 1; } type Ref = P; type MaybeP = P | null;`, main: `const r: Ref = new P(); let m: MaybeP = null; if (m === null) m = r; ${show("m.v")}` },
  { name: "toString() in a template and with +", top: `class V { constructor(public x: number, public y: number) {} toString(): string { return "(" + this.x + ", " + this.y + ")"; } }`, main: `const v = new V(1, 2.5); this.Echo(\`at \${v}\`); this.Echo("pos " + v); this.Echo(v + "!"); ${show("v")}` },
  { name: "inherited and overridden toString()", top: `class A { toString(): string { return "A"; } } class B extends A { } class C extends A { toString(): string { return "C<" + super.toString() + ">"; } }`, main: `const xs: A[] = [new A(), new B(), new C()]; let s = ""; for (const x of xs) s += x + " "; this.Echo(s);` },
  { name: "toString() of a missing value prints null or undefined", top: `class V { toString(): string { return "V"; } }`, main: `const xs: V[] = [new V()]; const none: V | null = xs.length > 5 ? xs[0] : null; this.Echo("n=" + none); this.Echo(\`f=\${xs.find((x) => x !== xs[0])}\`); this.Echo("ok=" + xs.find((x) => x === xs[0]));` },
  { name: "~Flag clears a flag of a flags enum", top: `/** @flags */ enum F { None = 0, A = 1, B = 2, C = 4 }`, main: `let f = F.A | F.B | F.C; f = f & ~F.B; ${show("f === (F.A | F.C)")} f &= ~F.A; ${show("f")} const x = ~F.A; ${show("x")} ${show("(f & ~F.C) === F.None")}` },
  { name: "~ on a plain enum value", top: `enum E { X = 3, Y = 8 }`, main: `const n = ~E.Y; ${show("n")} ${show("(E.X & ~E.Y) === E.X")}` },
  { name: "as after instanceof narrowing, and an upcast", top: `class A { v = 1; } class B extends A { w = 2; }`, main: `const xs: A[] = [new A(), new B()]; for (const a of xs) { if (a instanceof B) { const b = a as B; ${show("b.w")} } const up = a as A; ${show("up.v")} }` },
];

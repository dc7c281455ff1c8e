// What a new user writes (issue 13's closing rule), beyond objects (coverage-objects.ts):
// Array.from with a mapping function, a Set of a string's characters, a narrowed string, uint/byte
// values as conditions.
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  { name: "Array.from(x, mapFn) of an array, a Set, Map keys and values, a string", main: `const m = new Map<string, number>([["a", 1], ["bb", 2.5]]); this.Echo(Array.from(m.keys(), (k) => k.toUpperCase()).join()); this.Echo(Array.from(m.values(), (v, i) => v * 2 + i).join()); const s = new Set([3, 1, 3, 2]); this.Echo(Array.from(s, (x) => x * x).join()); const xs = ["x", "yy"]; const lens = Array.from(xs, (w) => w.length); lens.push(0.5); this.Echo(lens.join()); this.Echo(Array.from("a😀b", (c, i) => i + c).join("|"));` },
  { name: "new Set of a string: its characters (code points), in order", main: `const letters = new Set("iron ore"); ${show("letters.size")} this.Echo([...letters].join("")); ${show("new Set(\"\").size")} const e = new Set("😀a😀"); ${show("e.size")} ${show("e.has(\"😀\")")}` },
  { name: "a Map's string value narrowed by an undefined check reads as a string", top: `function num(cfg: Map<string, string>, key: string, fallback: number): number { const raw = cfg.get(key); if (raw === undefined) return fallback; const n = Number(raw); return Number.isFinite(n) ? n + raw.length : fallback; } function words(m: Map<string, string[]>, k: string): number { const w = m.get(k); if (!w) return -1; return w.length; }`, main: `const cfg = new Map<string, string>([["speed", " 12 "], ["bad", "x"]]); ${show("num(cfg, \"speed\", 5)")} ${show("num(cfg, \"bad\", 5)")} ${show("num(cfg, \"none\", 5)")} const m = new Map<string, string[]>([["a", ["x", "y"]]]); ${show("words(m, \"a\")")} ${show("words(m, \"b\")")}` },
  { name: "uint and byte values as conditions: zero is falsy", top: `import { toUint, toByte } from "pbts/se"; import type { uint, byte } from "pbts/se";`, main: `const us: uint[] = [toUint(0), toUint(7), toUint(4294967295)]; const bs: byte[] = [toByte(0), toByte(255)]; let s = ""; for (const u of us) s += (u ? "T" : "F") + (!u ? "!" : "") ; for (const b of bs) { if (b) s += "b"; else s += "z"; } let n: uint = toUint(3); while (n) n = toUint(n - 1); s += n; this.Echo(s);` },
];

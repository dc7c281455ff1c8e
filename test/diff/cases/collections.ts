import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;
const echo = (expr: string) => `this.Echo(${expr});`;
const item = `class Item { constructor(public name: string, public n: number) {} }`;

export const cases: DiffCase[] = [
  // Arrays: basics
  { name: "array literal and length", main: `const a = [1, 2, 3]; ${show("a.length")} const e: number[] = []; ${show("e.length")} const s = ["x", "y"]; ${show("s.length")}` },
  { name: "indexing and assignment", main: `const a = [10, 20, 30]; ${show("a[0]")} a[1] = 25; ${show("a[1]")} a[2] += 0.5; ${show("a[2]")}` },
  { name: "indexing out of range throws in both", main: `const a: string[] = ["x"]; const i: int = 3; this.Echo("before"); ${echo("a[i]")}` },
  { name: "int array", main: `const a: int[] = [1, 2, 3]; let s: int = 0; for (const x of a) s += x; ${show("s")} ${show("s / 2")}` },
  { name: "push with multiple args", main: `const a: number[] = []; a.push(1); a.push(2, 3, 4.5); ${show("a.length")} ${echo('a.join(",")')}` },
  { name: "push of strings", main: `const a: string[] = ["a"]; a.push("b", "c"); ${echo("a.join()")}` },
  { name: "pop", main: `const a = ["a", "b"]; ${echo('a.pop() ?? "none"')} ${echo('a.pop() ?? "none"')} ${echo('a.pop() ?? "none"')} ${show("a.length")}` },
  { name: "shift", main: `const a = ["a", "b"]; ${echo('a.shift() ?? "none"')} ${echo('a.shift() ?? "none"')} ${echo('a.shift() ?? "none"')} ${show("a.length")}` },
  { name: "pop on empty object array is null", top: item, main: `const a: Item[] = []; const x = a.pop(); ${show("x == null")} a.push(new Item("i", 1)); const y = a.shift(); ${echo('y != null ? y.name : "null"')}` },
  { name: "unshift", main: `const a = [3]; a.unshift(2); a.unshift(1); ${echo("a.join()")} ${show("a.length")}` },
  { name: "includes", main: `const a = [1, 2.5, 3]; ${show("a.includes(2.5)")} ${show("a.includes(4)")} const s = ["a", "b"]; ${show('s.includes("b")')} ${show('s.includes("B")')}` },
  { name: "includes NaN is true", main: `const n = NaN; const a = [1, n]; ${show("a.includes(n)")} ${show("a.includes(NaN)")}` },
  { name: "includes -0 and 0", main: `const z = 0; const a = [-z]; ${show("a.includes(0)")} ${show("a.indexOf(0)")}` },
  { name: "indexOf", main: `const a = [5, 6, 5]; ${show("a.indexOf(5)")} ${show("a.indexOf(7)")} const s = ["x", "y"]; ${show('s.indexOf("y")')} ${show('s.indexOf("z")')}` },
  { name: "indexOf NaN is -1", main: `const n = NaN; const a = [n, 1]; ${show("a.indexOf(n)")} ${show("a.indexOf(1)")}` },
  { name: "indexOf of objects is identity", top: item, main: `const a = new Item("a", 1); const b = new Item("a", 1); const xs = [a, b]; ${show("xs.indexOf(b)")} ${show("xs.indexOf(new Item(\"a\", 1))")}` },
  { name: "slice", main: `const a = [1, 2, 3, 4, 5]; ${echo("a.slice(1, 3).join()")} ${echo("a.slice(-2).join()")} ${echo("a.slice().join()")} ${echo('"[" + a.slice(3, 1).join() + "]"')} ${echo("a.slice(-100, 100).join()")} ${show("a.length")}` },
  { name: "slice copies", main: `const a = [1, 2]; const b = a.slice(); b.push(3); ${show("a.length")} ${show("b.length")}` },
  { name: "splice removes and returns", main: `const a = [1, 2, 3, 4, 5]; const r = a.splice(1, 2); ${echo("r.join()")} ${echo("a.join()")}` },
  { name: "splice with negative and large counts", main: `const a = [1, 2, 3, 4, 5]; const r = a.splice(-2, 10); ${echo("r.join()")} ${echo("a.join()")} const r2 = a.splice(0, -1); ${show("r2.length")} ${echo("a.join()")}` },
  { name: "splice as a statement", main: `const a = ["a", "b", "c"]; a.splice(1, 1); ${echo("a.join()")}` },
  { name: "concat", main: `const a = [1, 2]; const b = [3]; const c = a.concat(b); ${echo("c.join()")} ${show("a.length")} ${echo("a.concat([]).join()")}` },
  { name: "reverse in place and returns the array", main: `const a = [1, 2, 3]; const b = a.reverse(); ${echo("a.join()")} ${show("a === b")}` },
  { name: "join default separator and formats numbers", main: `const a = [1, 0.5, -0, 1e21, 1 / 3, NaN]; ${echo("a.join()")} ${echo('a.join(" | ")')} ${echo('a.join("")')}` },
  { name: "join of booleans and ints", main: `const a = [true, false]; ${echo("a.join()")} const b: int[] = [1, -2]; ${echo('b.join(";")')} const e: string[] = []; ${echo('"[" + e.join() + "]"')}` },
  { name: "join of string | null", main: `const a: (string | null)[] = ["a", null, "b"]; ${echo('a.join("-")')}` },

  // sort
  { name: "sort numbers with comparator", main: `const a = [10, 9, 1, 100, -5, 2.5]; a.sort((x, y) => x - y); ${echo("a.join()")}` },
  { name: "sort descending", main: `const a = [3, 1, 2]; a.sort((x, y) => y - x); ${echo("a.join()")}` },
  { name: "sort is stable", top: item, main: `const a = [new Item("a", 2), new Item("b", 1), new Item("c", 2), new Item("d", 1), new Item("e", 0), new Item("f", 2)]; a.sort((x, y) => x.n - y.n); let s = ""; for (const it of a) s += it.name; ${echo("s")}` },
  { name: "sort stability with many equal keys", top: item, main: `const a: Item[] = []; for (let i = 0; i < 40; i++) a.push(new Item("i" + i, i % 3)); a.sort((x, y) => x.n - y.n); let s = ""; for (const it of a) s += it.name + " "; ${echo("s")}` },
  { name: "sort() of strings is code-unit order", main: `const a = ["b", "a", "B", "A", "aa", "", "_", "10", "9", "é"]; a.sort(); ${echo('a.join("|")')}` },
  { name: "sort returns the same array", main: `const a = ["b", "a"]; const b = a.sort(); ${show("a === b")} ${echo("b.join()")}` },
  { name: "sort strings with comparator", main: `const a = ["ccc", "a", "bb"]; a.sort((x, y) => x.length - y.length); ${echo("a.join()")}` },

  // callbacks
  { name: "forEach", main: `const a = [1, 2, 3]; let s = 0; a.forEach((x) => { s += x; }); ${show("s")}` },
  { name: "forEach with index", main: `const a = ["a", "b"]; a.forEach((x, i) => { this.Echo(i + ":" + x); });` },
  { name: "map to numbers", main: `const a = [1, 2, 3]; const b = a.map((x) => x * 1.5); ${echo("b.join()")} const c = a.map((x) => x * 2); ${echo("c.join()")}` },
  { name: "map of ints", main: `const a: int[] = [1, 2, 3]; const b = a.map((x) => x * 2); ${echo("b.join()")} const c = a.map((x) => x / 2); ${echo("c.join()")}` },
  { name: "map to strings with index", main: `const a = [1, 2]; const b = a.map((x, i) => x + "@" + i); ${echo("b.join()")}` },
  { name: "filter", main: `const a = [1, 2, 3, 4, 5, 6]; const b = a.filter((x) => x % 2 === 0); ${echo("b.join()")} ${show("a.length")}` },
  { name: "find on strings", main: `const a = ["apple", "banana"]; ${echo('a.find((x) => x.startsWith("b")) ?? "none"')} ${echo('a.find((x) => x.startsWith("c")) ?? "none"')}` },
  { name: "find on objects", top: item, main: `const a = [new Item("a", 1), new Item("b", 2)]; const f = a.find((x) => x.n > 1); ${echo('f != null ? f.name : "none"')} const g = a.find((x) => x.n > 5); ${show("g == null")}` },
  { name: "findIndex", main: `const a = [5, 10, 15]; ${show("a.findIndex((x) => x > 7)")} ${show("a.findIndex((x) => x > 70)")}` },
  { name: "some and every", main: `const a = [1, 2, 3]; ${show("a.some((x) => x > 2)")} ${show("a.some((x) => x > 3)")} ${show("a.every((x) => x > 0)")} ${show("a.every((x) => x > 1)")} const e: number[] = []; ${show("e.some((x) => true)")} ${show("e.every((x) => false)")}` },
  { name: "reduce sum", main: `const a = [1, 2, 3.5]; ${show("a.reduce((acc, x) => acc + x, 0)")}` },
  { name: "reduce to string", main: `const a = [1, 2, 3]; ${echo('a.reduce((acc, x) => acc + "[" + x + "]", "")')}` },
  { name: "reduce of ints into a number", main: `const a: int[] = [7, 2]; ${show("a.reduce((acc, x) => acc + x / 4, 0)")}` },

  // for-of and mutation during iteration
  { name: "for-of over array", main: `const a = ["x", "y", "z"]; for (const v of a) ${echo("v")}` },
  { name: "for-of sees elements pushed during iteration", main: `const a = [1, 2, 3]; let n = 0; for (const v of a) { if (v < 3) a.push(v + 10); n++; this.Echo(String(v)); } ${show("n")}` },
  { name: "for-of after removing during iteration", main: `const a = [1, 2, 3, 4]; for (const v of a) { this.Echo(String(v)); if (v === 2) a.shift(); }` },
  { name: "for-of with element assignment", main: `const a = [1, 2, 3]; for (const v of a) { a[2] = 30; this.Echo(String(v)); }` },
  { name: "for-of with pop", main: `const a = [1, 2, 3, 4]; for (const v of a) { a.pop(); this.Echo(String(v)); }` },
  { name: "classic for loop over array", main: `const a = [3, 1, 2]; let s = ""; for (let i = 0; i < a.length; i++) s += a[i] * 2 + ";"; ${echo("s")}` },
  { name: "break and continue in for-of", main: `const a = [1, 2, 3, 4, 5]; for (const v of a) { if (v === 2) continue; if (v === 4) break; this.Echo(String(v)); }` },

  // nested arrays
  { name: "nested arrays", main: `const g: number[][] = [[1, 2], [3]]; g[1].push(4); g.push([]); ${show("g.length")} ${show("g[1][1]")} for (const row of g) ${echo('"[" + row.join() + "]"')}` },
  { name: "building a grid", main: `const g: number[][] = []; for (let y = 0; y < 3; y++) { const row: number[] = []; for (let x = 0; x < 3; x++) row.push(x * y); g.push(row); } ${show("g[2][2]")} ${show("g[1].length")}` },
  { name: "array of arrays of strings", main: `const g: string[][] = [["a"], ["b", "c"]]; let s = ""; for (const r of g) for (const v of r) s += v; ${echo("s")}` },
  { name: "array identity and equality", main: `const a = [1]; const b = [1]; const c = a; ${show("a === b")} ${show("a === c")}` },

  { name: "for-of with unshift during iteration", main: `const a = [1, 2, 3]; let n = 0; for (const v of a) { if (n === 0) a.unshift(0); n++; this.Echo(String(v)); if (n > 6) break; }` },
  { name: "Map keys -0 and 0 are the same key", main: `const z = 0; const m = new Map<number, string>(); m.set(-z, "neg"); ${echo('m.get(0) ?? "none"')} m.set(0, "pos"); ${show("m.size")} for (const k of m.keys()) ${show("1 / k")}` },
  { name: "Set of -0 and 0", main: `const z = 0; const s = new Set<number>(); s.add(-z); s.add(0); ${show("s.size")} ${show("s.has(0)")} for (const x of s) ${show("1 / x")}` },
  { name: "Map NaN key", main: `const m = new Map<number, string>(); m.set(NaN, "nan"); ${echo('m.get(NaN) ?? "none"')} ${show("m.has(0 / 0)")}` },
  { name: "Set NaN", main: `const s = new Set<number>(); s.add(NaN); s.add(NaN); ${show("s.size")} ${show("s.has(NaN)")}` },
  { name: "array sort then indexOf", main: `const a = ["pear", "apple", "fig"]; a.sort(); ${show('a.indexOf("fig")')} ${echo("a.join()")}` },
  { name: "sort with comparator returning fractions", main: `const a = [0.3, 0.1, 0.2]; a.sort((x, y) => x - y); ${echo("a.join()")}` },
  { name: "sort mixed NaN-free doubles with duplicates", main: `const a = [3, 1, 2, 1, 3, -0, 0]; a.sort((x, y) => x - y); ${echo("a.join()")}` },
  // Map
  { name: "Map set get has size", main: `const m = new Map<string, number>(); m.set("a", 1); m.set("b", 2.5); ${show("m.size")} ${show('m.has("a")')} ${show('m.has("z")')} ${show('m.get("b")!')}` },
  { name: "Map set overwrites and keeps position", main: `const m = new Map<string, number>(); m.set("a", 1); m.set("b", 2); m.set("a", 3); for (const [k, v] of m) this.Echo(k + "=" + v); ${show("m.size")}` },
  { name: "Map get on object values is null when missing", top: item, main: `const m = new Map<string, Item>(); m.set("x", new Item("x", 1)); const a = m.get("x"); const b = m.get("y"); ${echo('a != null ? a.name : "null"')} ${show("b == null")}` },
  { name: "Map get on string values with ??", main: `const m = new Map<number, string>(); m.set(1, "one"); ${echo('m.get(1) ?? "none"')} ${echo('m.get(2) ?? "none"')}` },
  { name: "Map get! on missing key then a method throws in both", main: `const m = new Map<string, number>(); this.Echo("start"); this.Echo(m.get("nope")!.toString());` },
  { name: "Map delete and clear", main: `const m = new Map<string, number>(); m.set("a", 1); m.set("b", 2); ${show('m.delete("a")')} ${show('m.delete("a")')} ${show("m.size")} m.clear(); ${show("m.size")} ${show('m.has("b")')}` },
  { name: "Map insertion order of entries", main: `const m = new Map<string, int>(); for (const k of ["z", "a", "m", "b"]) m.set(k, k.length); for (const [k, v] of m) this.Echo(k + v);` },
  { name: "Map keys and values", main: `const m = new Map<number, string>(); m.set(3, "c"); m.set(1, "a"); m.set(2, "b"); for (const k of m.keys()) ${show("k")} for (const v of m.values()) ${echo("v")}` },
  { name: "Map entries()", main: `const m = new Map<string, boolean>(); m.set("t", true); m.set("f", false); for (const [k, v] of m.entries()) this.Echo(k + ":" + v);` },
  { name: "Map with number keys", main: `const m = new Map<number, number>(); m.set(0.5, 1); m.set(1, 2); ${show("m.get(0.5)!")} ${show("m.has(1.0)")} ${show("m.has(2)")}` },
  { name: "Map with int keys counting", main: `const m = new Map<int, int>(); const xs: int[] = [1, 2, 1, 3, 1]; for (const x of xs) { m.set(x, m.has(x) ? m.get(x)! + 1 : 1); } for (const [k, v] of m) this.Echo(k + "x" + v);` },
  { name: "Map with object keys is identity", top: item, main: `const m = new Map<Item, string>(); const a = new Item("a", 1); m.set(a, "A"); m.set(new Item("a", 1), "B"); ${show("m.size")} ${echo('m.get(a) ?? "none"')}` },
  { name: "Map of arrays", main: `const m = new Map<string, number[]>(); m.set("a", []); const l = m.get("a"); if (l != null) l.push(5); ${show('m.get("a")!.length')}` },
  { name: "Map modified values during iteration", main: `const m = new Map<string, number>(); m.set("a", 1); m.set("b", 2); for (const [k, v] of m) { this.Echo(k + v); } m.set("a", 10); for (const [k, v] of m) this.Echo(k + v);` },

  // Set
  { name: "Set add has size", main: `const s = new Set<string>(); s.add("a"); s.add("b"); s.add("a"); ${show("s.size")} ${show('s.has("a")')} ${show('s.has("c")')}` },
  { name: "Set delete and clear", main: `const s = new Set<number>(); s.add(1); s.add(2); ${show("s.delete(1)")} ${show("s.delete(1)")} ${show("s.size")} s.clear(); ${show("s.size")}` },
  { name: "Set iteration order", main: `const s = new Set<string>(); for (const x of ["q", "a", "z", "a", "b"]) s.add(x); for (const x of s) ${echo("x")}` },
  { name: "Set of numbers", main: `const s = new Set<number>(); s.add(1.5); s.add(2); s.add(1.5); for (const x of s) ${show("x")} ${show("s.has(2.0)")}` },
  { name: "Set of ints from array", main: `const s = new Set<int>(); const xs: int[] = [3, 1, 3, 2, 1]; for (const x of xs) s.add(x); let t = ""; for (const x of s) t += x; ${echo("t")}` },
  { name: "Set values()", main: `const s = new Set<string>(); s.add("x"); s.add("y"); for (const v of s.values()) ${echo("v")}` },
  { name: "Set delete without iteration is fine", main: `const s = new Set<string>(); s.add("a"); s.add("b"); s.delete("a"); ${show("s.size")} ${show('s.has("a")')}` },
  { name: "Map delete without iteration is fine", main: `const m = new Map<string, number>(); m.set("a", 1); m.delete("a"); m.set("b", 2); ${show("m.size")} ${show('m.get("b")!')}` },
  { name: "collections as fields", members: "private readonly list: string[] = []; private readonly seen = new Set<string>(); private readonly counts = new Map<string, int>();", main: `for (const w of ["a", "b", "a"]) { if (!this.seen.has(w)) { this.seen.add(w); this.list.push(w); } this.counts.set(w, (this.counts.has(w) ? this.counts.get(w)! : 0) + 1); } ${echo("this.list.join()")} ${show('this.counts.get("a")!')}` },
];

import type { DiffCase } from "../harness.ts";

// Optional chains on a computed receiver (C102): `m.get(k)?.push(v)`, `f()?.x`, `xs[i]?.m()`. JS evaluates the
// receiver once and skips the rest of the chain (arguments included) when it is null or undefined; each case
// counts the receiver's evaluations and the arguments' and prints both ways (present and missing).
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  {
    name: "(C102) grouping into a Map of arrays: m.get(k)?.push(v) pushes when the key is there, evaluates nothing more when not",
    top: `let gets = 0; let args = 0; function key(w: string): string { gets++; return w.substring(0, 1); } function arg(w: string): number { args++; return w.length; }`,
    main: `const m = new Map<string, number[]>(); m.set("a", []); m.set("c", [0]); for (const w of ["apple", "bob", "cat", "axe", "dog"]) m.get(key(w))?.push(arg(w)); let o = ""; for (const [k, v] of m) o += k + ":" + v.join("/") + ";"; ${show("o + ' ' + gets + ' ' + args")}`,
  },
  {
    name: "(C102) the value of m.get(k)?.length and m.get(k)?.join(): read through ??, a condition, a template, String()",
    main: `const m = new Map<string, string[]>(); m.set("x", ["p"]); const l1 = m.get("x")?.length ?? 0; const l2 = m.get("y")?.length ?? 0; let c = ""; if (m.get("x")?.length) c += "x"; if (m.get("y")?.length) c += "y"; if (!m.get("z")?.length) c += "!z"; ${show("l1 + ' ' + l2 + ' ' + c + ` ${m.get('y')?.length} ${m.get('x')?.length}` + ' ' + String(m.get('q')?.join('-')) + ' ' + m.get('x')?.join('-')")}`,
  },
  {
    name: "(C102) f()?.x: the call made once, its result's members read, a null result short-circuits the whole chain",
    top: `class Node2 { next: Node2 | null = null; name = "n"; items: string[] = ["i"]; constructor(public id: number) {} child(): Node2 | null { calls++; return this.next; } } let calls = 0; function pick(n: Node2, deep: boolean): Node2 | null { calls++; return deep ? n.next : n; }`,
    main: `const a = new Node2(1); a.next = new Node2(2); const r = [pick(a, false)?.name.toUpperCase(), pick(a, true)?.child()?.name, pick(a, false)?.child()?.items.join(), String(a.child()?.child()?.id), String(pick(a, true)?.id), pick(a.next, true)?.name ?? "none"]; ${show("r.join('|') + ' ' + calls")}`,
  },
  {
    name: "(C102) elements: xs[i]?.m() of classes, strings and chars, in range and past the end (JS reads undefined there)",
    top: `class Door { open = false; toggle(): boolean { this.open = !this.open; return this.open; } }`,
    main: `const ds = [new Door(), new Door()]; let i = 0; ds[i++]?.toggle(); ds[5]?.toggle(); const t = ds[1]?.toggle() ?? false; const parts = "go  north".split(" "); const s = "abc"; ${show("ds.map((d) => d.open).join() + ' ' + i + ' ' + t + ' ' + parts[2]?.trim().toUpperCase() + ' ' + parts[7]?.trim() + ' ' + (s[1]?.toUpperCase() ?? '-') + (s[9]?.toUpperCase() ?? '-') + ' ' + String(ds[-1]?.open ?? true)")}`,
  },
  {
    name: "(C102) an optional field's array and an interface's optional list: o.list?.push(x), o.sub?.list.length",
    top: `interface Holder { list?: number[]; sub?: Holder; name: string } function make(full: boolean): Holder { made++; return full ? { name: "f", list: [1], sub: { name: "s", list: [2, 3] } } : { name: "e" }; } let made = 0;`,
    main: `const h = make(true); const e = make(false); h.list?.push(9); e.list?.push(9); make(true).list?.push(7); const n = make(true).sub?.list?.length ?? -1; const m = make(false).sub?.list?.length ?? -1; ${show("h.list!.join() + ' ' + (e.list === undefined) + ' ' + n + ' ' + m + ' ' + made")}`,
  },
  {
    name: "(C102) computed chains inside callbacks (an expression-bodied lambda), with int arithmetic that overflows in the chain",
    main: `const m = new Map<string, number[]>(); m.set("a", [1, 2]); m.set("b", []); const keys = ["a", "b", "c"]; const lens = keys.map((k) => m.get(k)?.length ?? -1); keys.forEach((k) => m.get(k)?.push(k.length)); const big: int[] = [2147483647]; const lists = new Map<string, int[]>(); lists.set("x", big); let msg = "none"; try { const v = lists.get("x")?.map((q) => q + toInt(1)).length ?? 0; msg = "no overflow " + v; } catch (e) { msg = "overflow"; } ${show("lens.join() + ' ' + [...m.values()].map((v) => v.join('/')).join() + ' ' + msg")}`,
  },
  {
    name: "(C102) as the right side of && and || in a statement, and in a conditional's branch",
    main: `const m = new Map<string, string[]>(); m.set("k", []); let n = 0; const key = (): string => { n++; return "k"; }; const ok = argument === ""; ok && m.get(key())?.push("a"); ok || m.get(key())?.push("b"); ok ? m.get(key())?.push("c") : m.get("zz")?.push("d"); m.get(key())?.splice(0, 0, "z"); ${show("m.get('k')!.join() + ' ' + n")}`,
  },
  {
    name: "(C102) a struct element read through ?. and defaulted: vs[i]?.X ?? d, in range and past the end",
    top: `import { Vector3D } from "pbts/se";`,
    main: `const vs = [new Vector3D(1, 2, 3)]; const a = vs[0]?.X ?? -1; const b = vs[3]?.Y ?? -1; ${show("a + ' ' + b")}`,
  },
  {
    name: "(C103) a nullable struct or number local read through ?.: v?.X ?? d, x?.toFixed(1) ?? d (C# reads .Value past the null test)",
    top: `import { Vector3D } from "pbts/se";`,
    main: `const vs = [new Vector3D(1, 2, 3)]; const v: Vector3D | undefined = vs.find((q) => q.X > 0); const w: Vector3D | undefined = vs.find((q) => q.X > 5); const xs = [1.25, 2]; const x: number | undefined = xs.find((q) => q > 1); const y: number | undefined = xs.find((q) => q > 7); ${show("(v?.X ?? -1) + ' ' + (w?.Y ?? -1) + ' ' + (x?.toFixed(1) ?? 'none') + ' ' + (y?.toFixed(1) ?? 'none') + ' ' + (xs[0]?.toFixed(3) ?? 'none') + ' ' + (xs[9]?.toFixed(3) ?? 'none') + ' ' + String(v?.Length())")}`,
  },
  {
    name: "(C104) a missing element read through ?. and printed: undefined in JS (its TS type holds neither null nor undefined), not null",
    top: `class Door { name = "d"; }`,
    main: `const ds = [new Door()]; const xs = ["a"]; ${show("'' + ds[5]?.name + ' ' + ds[0]?.name + ` ${ds[3]?.name}` + ' ' + String(ds[2]?.name) + ' ' + xs[4]?.toUpperCase()")}`,
  },
  {
    name: "(C102) computed chains in a field initializer, a generator, an optional call of a Map's callback, push of two values",
    top: `let made = 0; class Box { items: number[] = [5]; cb: ((x: number) => void) | null = null; } function mk(full: boolean): Box | null { made++; return full ? new Box() : null; } class Holder { n = mk(true)?.items.length ?? 0; m = mk(false)?.items.length ?? -1; s = String(mk(false)?.items.length); } function* gen(): Generator<number> { yield mk(true)?.items.length ?? 0; yield mk(false)?.items[0] ?? -2; }`,
    main: `const h = new Holder(); let o = ""; for (const g of gen()) o += g + ";"; const log: number[] = []; const cbs = new Map<string, (x: number) => void>(); cbs.set("a", (x) => { log.push(x); }); cbs.get("a")?.(3); cbs.get("b")?.(4); const b = mk(true)!; b.cb = (x) => { log.push(x * 10); }; const boxes = new Map<string, Box>(); boxes.set("b", b); boxes.get("b")?.cb?.(5); boxes.get("c")?.cb?.(6); boxes.get("b")?.items.push(7, 8); boxes.get("z")?.items.push(9, 10); ${show("h.n + ' ' + h.m + ' ' + h.s + ' ' + o + ' ' + log.join() + ' ' + b.items.join() + ' ' + made")}`,
  },
  {
    name: "(C105) ??=, ||= and &&= on optional interface properties no class implements with an accessor (o.tags ??= [] was PBTS1074)",
    top: `interface Options { name: string; speed?: number; tags?: string[]; on?: boolean; label?: string } let made = 0; function fresh(): string[] { made++; return ["new"]; }`,
    main: `const a: Options = { name: "a" }; const b: Options = { name: "b", speed: 2, tags: ["t"], on: true, label: "" }; for (const o of [a, b]) { o.tags ??= fresh(); o.tags.push(o.name); o.speed ??= 5; o.label ||= "L" + o.name; o.on &&= o.name === "b"; } ${show("a.tags!.join() + ' ' + b.tags!.join() + ' ' + a.speed + b.speed + ' ' + a.label + b.label + ' ' + a.on + b.on + ' ' + made")}`,
  },
  {
    name: "(C107) a || b with a computed number or string on the left and a computed right: the right evaluated only when the left is falsy (a sort's tie-break)",
    top: `let calls = 0; function fallback(n: number): number { calls++; return n; } function word(s: string): string { calls++; return s + "!"; } class Item { constructor(public name: string, public prio: number) {} }`,
    main: `const names = ["bb", "a", "cc", "ab", "b"]; names.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)); const items = [new Item("x", 2), new Item("y", 1), new Item("a", 2)]; items.sort((p, q) => q.prio - p.prio || (p.name < q.name ? -1 : 1)); const ns = [parseFloat("x") || fallback(1), parseFloat("0") || fallback(2), parseFloat("-0") || fallback(3), parseFloat("7") || fallback(4), (names.length - 5) || fallback(5)]; const ss = ["  ".trim() || word("e"), " k ".trim() || word("f")]; ${show("names.join() + ' ' + items.map((i) => i.name).join('') + ' ' + ns.join() + ' ' + ss.join() + ' ' + calls")}`,
  },
  {
    name: "(C102) once-rejected error cases, now run: an interface property a class implements with a getter read through ?. (the getter runs once), a call result's member through a helper",
    top: `interface I { kids?: number[] } class G implements I { reads = 0; get kids(): number[] | undefined { this.reads++; return this.reads > 1 ? [1, 2] : undefined; } } class H { items: string[] = ["a"]; } let gets = 0; function get(full: boolean): H | null { gets++; return full ? new H() : null; }`,
    main: `const g = new G(); const i: I = g; const a = i.kids?.length ?? 0; const b = i.kids?.length ?? 0; i.kids?.push(3); ${show("a + ' ' + b + ' ' + g.reads + ' ' + (get(false)?.items.length ?? 0) + ' ' + (get(true)?.items.length ?? 0) + ' ' + gets")}`,
  },
  {
    name: "(C102) MyCommandLine: cmd.Argument(i)?.toLowerCase() of an argument that is there and one that is not (the README's user trial)",
    top: `import { MyCommandLine } from "pbts/se";`,
    main: `const cmd = new MyCommandLine(); let o = ""; if (cmd.TryParse("Start  Fast")) { o += (cmd.Argument(0)?.toLowerCase() ?? "") + "|" + (cmd.Argument(1)?.toUpperCase() ?? "-") + "|" + (cmd.Argument(5)?.toLowerCase() ?? "none") + "|" + String(cmd.Argument(7)?.trim()); } ${show("o")}`,
  },
  {
    name: "(C102) find()?.name, m.get(k)?.[0], m.get(k)?.[0]?.toUpperCase(), filter(...)[0]?.tags.join(): found and not found",
    top: `class It { tags: string[] = ["t", "u"]; constructor(public name: string) {} }`,
    main: `const xs = [new It("a"), new It("bb")]; const m = new Map<string, string[]>([["a", ["x"]], ["e", []]]); const r = [xs.find((i) => i.name === "bb")?.name ?? "none", xs.find((i) => i.name === "q")?.name ?? "none", m.get("a")?.[0] ?? "-", m.get("e")?.[0] ?? "-", m.get("z")?.[0]?.toUpperCase() ?? "-", m.get("a")?.[0]?.toUpperCase() ?? "-", m.get("e")?.[0]?.toUpperCase() ?? "-", xs.filter((i) => i.name.length > 1)[0]?.tags.join() ?? "", xs.filter((i) => i.name.length > 5)[0]?.tags.join() ?? "empty"]; ${show("r.join('|')")}`,
  },
];

// cc-adv8 (session 14): adversarial cases, round 8. Findings C50-…: test/compiler/ADVERSARY-FINDINGS.md.
// Rejections and their messages: test/compiler/adversary.test.ts (session 14 block).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // C50: `o === this` was PBTS1001 "'===' on values of the type parameter 'A'": TS types `this` as the polymorphic
  // this-type (a type parameter constrained by the class). C#'s `this` is the class: a reference comparison, as in JS.
  c("adversary: comparing with this, this in a list and as a key (C50)", `const a = new A(); const b = new Sub(); const xs: A[] = [a, b, a]; a.mark(); b.mark(); a.mark(); const n = new N<string>("n"); const m = new N<string>("m"); n.next = m; m.next = m; this.Echo([a.same(a), a.same(new A()), b.same(b), a.same(b), b.notMe(a), n.isLast(), m.isLast(), m.loops(), n.loops()].map((x) => (x ? "1" : "0")).join("") + String(a.others(xs)) + String(a.idx(xs)) + String(b.has(xs)) + String(reg.filter((r) => r === a).length) + String(seen.get(a)) + String(seen.get(b)) + String(seen.size));`, undefined, `const reg: A[] = []; const seen = new Map<A, number>(); class A { constructor() { reg.push(this); } same(o: A): boolean { return o === this; } notMe(o: A): boolean { return this !== o; } others(xs: A[]): number { return xs.filter((x) => x !== this).length; } idx(xs: A[]): number { return xs.indexOf(this) + xs.lastIndexOf(this) * 10; } has(xs: A[]): boolean { return xs.includes(this); } mark(): void { seen.set(this, (seen.get(this) ?? 0) + 1); } } class Sub extends A {} class N<T> { next: N<T> | null = null; constructor(public v: T) {} isLast(): boolean { return this.next === null || this.next === this; } loops(): boolean { return this.next === this; } }`),
  // C51: `xs[xs.length] = v` (JS's append idiom) threw in C# (a List's indexer at Count). Now Add, or Js.Put where the
  // value could change the list first (JS reads the index before the value: a push inside is overwritten).
  c("adversary: the append idiom xs[xs.length] = v (C51)", `const xs = [1, 2]; xs[xs.length] = 3; xs[(xs.length)] = 4.5; const ss: string[] = []; ss[ss.length] = "a"; ss[ss.length] = ss.join() + "b"; const o = new O(); o.add(7); o.add(8); const ks: int[] = []; ks[ks.length] = 5; const ys = [1]; const f = (): number => { ys.push(9); return 5; }; ys[ys.length] = f(); this.Echo(xs.join() + "|" + ss.join() + "|" + o.items.join() + "|" + ks.join() + String(ks[0] / 2) + "|" + ys.join());`, undefined, `class O { items: number[] = []; add(v: number): void { this.items[this.items.length] = v; } }`),
];

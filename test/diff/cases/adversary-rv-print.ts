import type { DiffCase } from "../harness.ts";

// Session 22, rv-print: programs that broke the paste-ready printer's passes (compiler/print/); run them at a
// level with PBTS_DIFF_LEVEL=none, lite and full (the default level, MDK2's files, does not go through the printer).
export const cases: DiffCase[] = [
  {
    // C136: foreach.ts took any `.GetKeys(s, L)` for MyIni's (which fills L and keeps nothing); this one keeps L,
    // and touch() adds to it while the loop runs: a foreach threw where JS goes on
    name: "C136: a method of the script named GetKeys keeps the list; the loop over it sees what is added",
    top: `class Reg { kept: string[] = []; GetKeys(s: string, into: string[]): void { this.kept = into; into.push(s); } touch(): void { if (this.kept.length < 4) this.kept.push("t"); } }`,
    main: `const reg = new Reg(); const names: string[] = []; reg.GetKeys("a", names); let out = ""; for (let i = 0; i < names.length; i++) { out += names[i]; reg.touch(); } this.Echo(out + " " + String(names.length));`,
  },
  {
    // C137: a property TS narrowed by instanceof was emitted without a cast (mcs CS1061 'Base does not contain ok'), at
    // every level; a local so narrowed was cast. Fields, a nullable field, a getter, a chain, an argument of the subclass type.
    name: "C137: a property narrowed by instanceof is cast, as a local is",
    top: `class Base { tag = "b"; } class Sub extends Base { n = 0; ok(): boolean { this.n++; return this.n % 2 === 1; } }
class Other extends Base {}
function useSub(s: Sub): number { return s.n; }
class Box { cur: Base = new Sub(); maybe: Base | null = null; inner: Box | null = null; reads = 0;
  get got(): Base { this.reads++; return this.cur; }
  test(): string {
    const a = this.cur instanceof Sub && this.cur.ok();
    this.maybe = this.cur;
    const b = this.maybe instanceof Sub ? useSub(this.maybe) : -1;
    const c = this.got instanceof Sub && this.got.ok();
    this.inner = new Box();
    const d = this.inner.cur instanceof Sub ? this.inner.cur.ok() : false;
    this.cur = new Other();
    const e = this.cur instanceof Sub && this.cur.ok();
    return String(a) + "," + String(b) + "," + String(c) + "," + String(d) + "," + String(e) + "," + String(this.reads);
  } }`,
    main: `const box = new Box(); this.Echo(box.test()); const o = box.inner; if (o !== null && o.cur instanceof Sub) this.Echo(String(o.cur.n) + String(useSub(o.cur)));`,
  },
  {
    // C137's limit: TS keeps `this.cur`'s narrowing to Sub across swap(), which replaces it; where the declared type serves
    // (an argument of type Base, a member Base has, a comparison) C# gets no cast, which would throw here
    name: "C137: a narrowed property where its declared type serves gets no cast (the narrowing may be stale)",
    top: `class Base { tag = "b"; name(): string { return this.tag; } } class Sub extends Base { tag = "s"; } class Other extends Base { tag = "o"; }
function useBase(b: Base): string { return b.name(); }
class Box { cur: Base = new Sub(); swap(): void { this.cur = new Other(); }
  test(): string { let s = ""; if (this.cur instanceof Sub) { this.swap(); s += useBase(this.cur) + this.cur.name() + this.cur.tag + String(this.cur === this.cur); const b: Base = this.cur; s += b.tag; } return s; } }`,
    main: `this.Echo(new Box().test());`,
  },
];

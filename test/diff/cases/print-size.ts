import type { DiffCase } from "../harness.ts";

// Issue 15 (size): a field initialized to its default value (0, false, null, an enum member of value 0)
// gets no assignment in the constructor, unless code that runs before it may write the field.
const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  {
    name: "default-valued field initializers: a new object starts at zero",
    top: `enum Mode { Off, On } class P { n = 0; d = 0.0; b = false; o: P | null = null; m = Mode.Off; s = ""; bump(): void { this.n++; this.d += 1.5; this.b = true; this.o = this; this.m = Mode.On; } }`,
    main: `const p = new P(); p.bump(); const q = new P(); ${show("p.n + p.d")} ${show("q.n + q.d")} ${show("q.b")} ${show("q.o === null")} ${show("q.m")} ${show("p.m")}`,
  },
  {
    name: "default-valued field initializer after an initializer that writes it (JS resets it)",
    top: `class P { a = this.setB(); b = 0; c = false; setB(): number { this.b = 5; this.c = true; return 1; } }`,
    main: `const p = new P(); ${show("p.a")} ${show("p.b")} ${show("p.c")}`,
  },
  {
    name: "default-valued field initializer after constructing a plain class",
    top: `class Box { v = 7; constructor(public w: number) {} } class P { box = new Box(2); k = 0; inc(): void { this.k++; } }`,
    main: `const p = new P(); p.inc(); const q = new P(); ${show("q.k")} ${show("p.k")} ${show("q.box.v + q.box.w")}`,
  },
  {
    name: "default-valued field initializer after a constructor that calls back",
    top: `class Reg { constructor(o: P) { o.k = 9; } } class P { r: Reg = new Reg(this); k = 0; }`,
    main: `${show("new P().k")}`,
  },
  {
    name: "default-valued Program fields",
    members: `count = 0; last: string | null = null; seen = false; constructor() { super(); this.count++; }`,
    main: `${show("this.count")} ${show("this.last === null")} ${show("this.seen")}`,
  },
  // the `full` level's compact spellings (compiler/print/compact.ts): run at full with PBTS_DIFF_LEVEL=full
  {
    name: "full spellings: helpers named like .NET members, Ordinal and InvariantCulture aliases, Infinity",
    top: `const A = 65; const HALF_WAY = 0.5; const ON = true; const LONG_MESSAGE = "a message long enough to stay a constant";`,
    main: `const s = "a;b;c#d"; ${show('s.indexOf(";") + s.indexOf("#") + s.indexOf("x") + s.indexOf(";", 2)')} ${show("s.substring(2) + s.substring(1, 3) + s.slice(-2)")} ${show("String(-7) + String(12345678901) + String(0.25) + String(-1.5e21)")} ${show("A + HALF_WAY")} ${show("ON")} ${show("LONG_MESSAGE + LONG_MESSAGE")} ${show("s.startsWith(\"a\") && s.endsWith(\"d\")")}`,
  },
  {
    name: "full spellings: consecutive locals of one type, fields without initializers, out defaults",
    top: `class Acc { a = 1; b = 2; c = 0; d = ""; e = false; total(): number { const x = this.a + this.b; const y = x * 2; const z = y - this.c; return x + y + z; } }`,
    main: `const acc = new Acc(); acc.c = 4; let i = 0; let j = 1; for (let k = 0; k < 3; k++) { const m = k * 2; const n = m + j; i += n; } ${show("acc.total()")} ${show("i + j")} ${show("acc.d + acc.e")}`,
  },
  {
    // compile.ts's apiMembers (emit/api-members.ts): Id, Status, Line, Lines are renamed at full; Section, read on a MyIniKey, is not
    name: "full: members named like API members, renamed unless the script reads the API's",
    top: `import type { MyIniKey } from "pbts/se"; class Peer { Id = 0; Status = "ok"; Line = "-"; Lines: string[] = []; constructor(Id: number) { this.Id = Id; } tag(): string { return this.Status + this.Line + String(this.Id); } } class Key { Section = "mine"; }`,
    main: `const ini = new MyIni(); ini.TryParse("[s]\\nk=1\\n"); const keys: MyIniKey[] = []; ini.GetKeys("s", keys); const p = new Peer(3); p.Lines.push("x"); const k = new Key(); this.Echo(\`\${p.tag()} \${p.Lines.length} \${keys[0].Section}/\${keys[0].Name} \${k.Section}\`);`,
  },
  {
    // rename.ts splitApiNames (full): Peer's Name is renamed apart from MyIniKey's Name, read in another function (the
    // compile's read positions tell the tokens apart); Section, read on both in one statement, keeps its name
    name: "full: a member named like an API member the script also reads, renamed apart where the reads' positions differ",
    // (a line each: a position is a TS line)
    top: `import type { MyIniKey } from "pbts/se";\nclass Peer {\n Section = "p";\n constructor(readonly Block: string) {}\n get Name(): string { return "peer " + this.Block; }\n get Tag(): string { return this.Name + "!"; }\n}\nfunction names(keys: MyIniKey[]): string {\n let s = "";\n for (const k of keys) s += k.Name + ",";\n return s;\n}\nfunction both(p: Peer, k: MyIniKey): string { return p.Section + k.Section; }`,
    main: `const ini = new MyIni(); ini.TryParse("[s]\\na=1\\nb=2\\n"); const keys: MyIniKey[] = []; ini.GetKeys("s", keys); const p = new Peer("x"); this.Echo(names(keys)); this.Echo(p.Tag + p.Name); this.Echo(both(p, keys[1]));`,
  },
  {
    // rename.ts ownMethodWords (full): the console's Error and Line methods (Error a word of the emitter's, Line an API
    // type) are renamed: every token of each is a call
    name: "full: methods named Error and Line renamed as the script's own",
    top: `class Con { out = ""; Error(m: string): void { this.Line("[ERROR] " + m); } Warn(m: string): void { this.Line("[warn] " + m); } protected Line(l: string): void { this.out += l + ";"; } } class Loud extends Con { protected Line(l: string): void { super.Line(l + "!"); } }`,
    main: `const c = new Con(); c.Error("a"); c.Warn("b"); const l: Con = new Loud(); l.Error("c"); this.Echo(c.out + "|" + l.out);`,
  },
  {
    // the same with a field Line (no call) and a thrown JS Error (the TS names the outside Error): both keep their names
    name: "full: methods named Error and Line kept beside a field Line and a thrown Error",
    top: `class Con { out = ""; Error(m: string): void { this.Line("[ERROR] " + m); } protected Line(l: string): void { this.out += l + ";"; } } class Box { Line = "-"; } function fail(k: int): string { try { if (k > 1) throw new Error("big"); return "ok"; } catch (e) { return e instanceof Error ? e.message : "?"; } }`,
    main: `const c = new Con(); c.Error("a"); c.Error("b"); this.Echo(c.out + new Box().Line + fail(1) + fail(2));`,
  },
  {
    // compiler/emit/int-ranges.ts: these functions' int arithmetic is proven in range, so they have no `checked`
    name: "int ranges: guarded loop steps and index arithmetic without checked",
    top: `function trimIt(s: string): string { let a: int = 0; let b: int = s.length; while (a < b && s.charCodeAt(a) <= 32) a++; while (b > a && s.charCodeAt(b - 1) <= 32) b--; return s.substring(a, b); } function shift(xs: string[]): string { const n: int = xs.length; for (let i: int = 1; i < n; i++) xs[i - 1] = xs[i]; if (n > 0) xs[n - 1] = "-"; return xs.join(","); } function slot(k: int): int { let j: int = 0; while (j < 8 && j !== k) j++; return 4 * j + 3; }`,
    main: `this.Echo("[" + trimIt("  a b \\t") + "][" + trimIt("   ") + "]" + shift(["x", "y", "z"]) + shift([]) + String(slot(5)) + String(slot(-1)));`,
  },
  {
    // compiler/print/foreach.ts: at full the loops of sum/find/tags are foreach; grow's (the body adds through
    // a method) and shift's (an indexer write) stay for loops, which see the elements added while they run
    name: "full: index loops over lists as foreach where nothing changes the list, kept where the body does",
    top: `class P { v: int; constructor(v: int) { this.v = v; } } class Bag { ps: P[] = []; sum(): int { let s: int = 0; for (let i: int = 0; i < this.ps.length; i++) { const p = this.ps[i]; if (p.v > 1) s += p.v; } return s; } find(v: int): P | null { for (let i: int = 0; i < this.ps.length; i++) { if (this.ps[i].v === v) return this.ps[i]; } return null; } add(v: int): void { this.ps.push(new P(v)); } grow(): int { let n: int = 0; for (let i: int = 0; i < this.ps.length; i++) { const p = this.ps[i]; n++; if (p.v < 3 && this.ps.length < 6) this.add(p.v + 10); } return n; } shift(): string { let t = ""; for (let i: int = 0; i < this.ps.length; i++) { const p = this.ps[i]; if (i > 0) this.ps[i - 1] = p; t += String(p.v); } return t; } tags(): string { let t = ""; for (let i: int = 0; i < this.ps.length; i++) t += String(this.ps[i].v) + ","; return t; } }`,
    main: `const b = new Bag(); b.add(1); b.add(2); b.add(5); ${show("b.sum()")} ${show("b.find(2) === null")} ${show("b.find(9) === null")} ${show("b.grow()")} ${show("b.tags()")} ${show("b.shift()")} ${show("b.tags()")}`,
  },
  {
    // compiler/print/compact.ts shareBools: at full, true/false are consts of Program's (a nested class,
    // a switch's case labels, a default parameter value, a loop condition, && and ?: operands)
    name: "full: true and false written often as Program's consts",
    top: `class Flag { on = true; off = false; set(v: boolean = false): boolean { this.on = v; return true; } both(): boolean { return this.set(false) && this.on === false; } }`,
    main: `const f = new Flag(); let b = false; switch (f.on) { case true: b = true; break; case false: b = false; break; } let n = 0; while (true) { n++; if (f.set(n > 2)) { if (f.on === true) break; } } ${show("b")} ${show("n")} ${show("f.both()")} ${show("f.off === false ? true : false")} ${show("f.set() === true && f.on !== true")}`,
  },
  {
    // compiler/print/compact.ts mergeDeclarations: at full, Program's static tables share one declaration
    name: "full: static tables of literals and constants in one declaration",
    top: `const NAMES = ["zero", "one", "two"]; const TABLE: int[] = [5, -6, 7]; const MORE = ["three", "zero"]; const WORDS = ["x", "y"];`,
    main: `${show('NAMES[1] + TABLE[1] + MORE[0] + WORDS.length + NAMES.length + MORE[1]')}`,
  },
  {
    // compiler/print/passes.ts dropThis (session 16): `this.` goes before a field named like its own type
    // (`Mode = on ? Mode.On : Mode.Off`, C#'s Color Color); a local read as `n.` keeps `this.n`
    name: "this. dropped before a field named like its enum type; kept beside a local of the field's name",
    top: `enum Mode { Off, On, Auto } class Lamp { Mode: Mode = Mode.Auto; n: int = 0; set(on: boolean): string { this.Mode = on ? Mode.On : Mode.Off; const n = [1, 2, 3]; this.n = n.length; return String(this.Mode) + (this.Mode === Mode.On ? " on " : " off ") + String(Mode.Auto); } }`,
    main: `const l = new Lamp(); ${show("l.Mode")} ${show("l.set(true)")} ${show("l.set(false)")} ${show("l.n + (l.Mode === Mode.Off ? 10 : 20)")}`,
  },
  {
    // compiler/print/compact.ts numberForms: at full, 32.0 is 32d and 0.5 is .5 (the same doubles)
    name: "full: double literals in their shorter forms",
    main: `const a = 32.0; const b = 0.5; let c = 0.0; c -= 0.25; const big = 9007199254740993.0; ${show("a * b + c")} ${show("big")} ${show("1.0 / 3.0")} ${show("(0.1 + 0.2).toFixed(20)")} ${show("-0.0 === 0")} ${show("1 / -0.0")}`,
  },
  {
    // compiler/print/compact.ts widenCasts: at full, (double)x of an int or long name is 1d*x (left alone after * / %)
    name: "full: int and long names widened as 1d*x",
    top: `class T { n: int = 7; big: long = toLong(9007199254740993); half(): number { return this.n / 2 + this.n % 4; } }`,
    main: `const t = new T(); const alphaInt: int = 2147483647; const betaInt: int = -3; const gammaLong: long = toLong(123456789012); ${show("alphaInt * alphaInt")} ${show("alphaInt * betaInt / 7")} ${show("betaInt - alphaInt / 3")} ${show("10 / betaInt % 4")} ${show("-betaInt * 0.5")} ${show("t.half()")} ${show("toDouble(gammaLong) * 3 + alphaInt")} ${show("alphaInt > t.n * 1.5 && betaInt < t.n / 2")} ${show("toDouble(t.big) * 2")} ${show("(betaInt + 1) / 2")}`,
  },
  {
    // compiler/emit/operators.ts: beside a double C# converts the other operand itself (no cast), and ints
    // computed in double put `.0` on a literal right operand (`j / 2.0`, not `(double)j / 2`)
    name: "ints, floats, uints and bytes beside a double; ints in double with a literal on the right",
    top: `import { toUint, toByte } from "pbts/se";`,
    main: `const i: int = 2147483647; const j: int = -7; const f = toFloat(0.1); const u = toUint(4294967295); const b = toByte(255); const d = 0.1; ${show("i * 1.1 + 2")} ${show("f * d")} ${show("d * f + f")} ${show("u * 0.5 + d")} ${show("b * 1.5 - d")} ${show("d - b")} ${show("i / 2")} ${show("j / 2")} ${show("j % 4")} ${show("1 / (j * 0)")} ${show("1 / ((j - 3) % 10)")} ${show("(j - 1) % 10")} ${show("i * 3")} ${show("1 / (j % 1)")} ${show("i + 2147483647")} ${show("f + f * d")} ${show("j / 0")} ${show("j % 0")} ${show("f * f")}`,
  },
  {
    // compiler/print/passes.ts dropBraces (session 21): a block of one loop whose body is one simple statement loses its
    // braces (`if (c) for (..) s; else ..`); compact.ts enumZeroDefaults: `E x = (E)0` is `E x = 0` (a parameter's default)
    name: "a loop alone in an if's or else's block, without braces; an enum parameter's default 0",
    top: `enum Mode { Off, On } function pick(n: int, u: UpdateType = 0, m: Mode = 0): string { let c: int = 0; if (n > 2) for (let i: int = 0; c < 50 && i < n; i++) c += i * 3; else for (let i: int = n; i < 4; i++) c -= i; let w: int = 0; if (n > 0) while (w < n) w += 2; else if (n < -1) for (let k: int = 0; k < 3; k++) if (k === 1) w = k; return String(c) + "," + String(w) + "," + ((u & UpdateType.IGC) !== 0 ? "igc" : "-") + (m === Mode.On ? "on" : "off"); }`,
    main: `${show("pick(5)")} ${show("pick(0)")} ${show("pick(-3, UpdateType.IGC, Mode.On)")} ${show("pick(1)")} ${show("pick(40)")}`,
  },
  {
    // compiler/print/foreach.ts: a List MyIni's GetKeys fills before the loop is a foreach; one the loop's body fills
    // again (GetKeys clears it and adds: a foreach's enumerator would throw) stays an index loop
    name: "a list GetKeys fills: foreach over it, an index loop where the body fills it again",
    top: `import type { MyIniKey } from "pbts/se"; function names(ini: MyIni): string { const keys: MyIniKey[] = []; ini.GetKeys("s", keys); let t = ""; for (let i: int = 0; i < keys.length; i++) t += keys[i].Name + ","; return t; } function again(ini: MyIni): string { const ks: MyIniKey[] = []; ini.GetKeys("s", ks); let t = ""; for (let i: int = 0; i < ks.length; i++) { t += ks[i].Name; if (i === 0) ini.GetKeys("t", ks); } return t + String(ks.length); }`,
    main: `const ini = new MyIni(); ini.TryParse("[s]\\na=1\\nb=2\\nc=3\\n[t]\\nz=1\\n"); ${show("names(ini)")} ${show("again(ini)")}`,
  },
  {
    // compact.ts literalLocals: consecutive `var` locals each a bool (a comparison, && or || outermost) are one `bool` statement
    name: "consecutive bool locals as one bool statement, initialized in order",
    top: `let calls: int = 0; function tick(v: boolean): boolean { calls++; return v; } function flags(s: string): string { const a = s.length > 2; const b = s === "x" || tick(s === "yy"); const c = (s.length & 1) === 0 && a; const d = tick(a) !== b; return String(a) + String(b) + String(c) + String(d) + String(calls); }`,
    main: `${show('flags("x")')} ${show('flags("yy")')} ${show('flags("abcd")')}`,
  },
  {
    // compact.ts asConditions: `(x is T) && ((T)x).M()` (x a local or parameter) → `(x as T)?.M() == true`
    name: "instanceof then a member: (x as T)?.M() == true, false for another class, short-circuit kept",
    top: `class Base { n: int = 0; } class Box extends Base { ok(k: int): boolean { this.n += k; return k > 1; } get big(): boolean { return this.n > 2; } } class Other extends Base {} function probe(b: Base, k: int): string { const c: Base = b; let s = ""; if (c instanceof Box && c.ok(k)) s += "ok"; if (b instanceof Box && b.big) s += "big"; const t = k > 0 && c instanceof Box && c.ok(1); return s + "," + String(t) + "," + String(b.n); }`,
    main: `const x = new Box(); ${show("probe(x, 2)")} ${show("probe(x, 0)")} ${show("probe(new Other(), 3)")} ${show("probe(x, 1)")}`,
  },
  {
    // compact.ts widenCasts: (double)d → 1d*d for an int local or parameter named like another member's string; (double)(e) → 1d*(e)
    name: "widened int operands: a parameter named like another member's string, a group of int names (x % 0 is NaN)",
    top: `function other(d: string): string { return d + "!"; } function per(d: int, g: int): string { const wq: int = d - 1; return String(wq % g === 0) + "," + String(Math.abs(wq - g) > 3) + "," + String((wq - g) % g) + "," + String((d + g - 1) / g); }`,
    main: `${show('other("a") + per(5, 2)')} ${show("per(1, 0)")} ${show("per(-7, 3)")} ${show("per(100, 7)")}`,
  },
  {
    // compact.ts nullConditions: `x != null && x.P` → `x?.P == true` (and `== false`, `!= false`, `!= true` for `!x.P` and `x == null ||`),
    // x a parameter, a local or a field chain; the calls M makes are counted (read once, called once, short-circuit kept)
    name: "null test then a member: x?.P == true / == false / != false / != true, null and not, calls counted",
    top: `class Box { n: int = 0; ok(k: int): boolean { this.n += k; return k > 1; } get big(): boolean { return this.n > 2; } } class Holder { box: Box | null = null; } function probe(b: Box | null, h: Holder, k: int): string { let s = ""; const c = b; if (b !== null && b.ok(k)) s += "ok"; if (c !== null && !c.big) s += "small"; if (b === null || b.big) s += "nb"; if (b === null || !b.ok(0)) s += "nok"; const t = k > 0 && h.box !== null && h.box.big; const u = h.box === null || h.box.ok(1) ? "y" : "n"; return s + "," + String(t) + "," + u + "," + String(b === null ? -1 : b.n) + "," + String(h.box === null ? -1 : h.box.n); }`,
    main: `const h = new Holder(); const x = new Box(); ${show("probe(x, h, 2)")} ${show("probe(null, h, 1)")} h.box = x; ${show("probe(x, h, 3)")} ${show("probe(null, h, 0)")} ${show("probe(new Box(), h, 1)")}`,
  },
  {
    // compact.ts unsetDelegates (every level): a hook nothing sets is dropped with its calls (their arguments were never
    // evaluated); a hook that is set, or read as a value, stays
    name: "hooks: one never set (its call evaluates no argument), one set, one read as a value",
    top: `let n: int = 0; function count(): int { n++; return n; } class Hooks { onA: ((k: int) => void) | null = null; onB: (() => void) | null = null; onC: (() => int) | null = null; run(): string { let s = ""; this.onA?.(count()); this.onB?.(); s += String(this.onC?.() ?? -1); return s + "," + String(n); } }`,
    main: `const h = new Hooks(); ${show("h.run()")} h.onB = () => { n += 10; }; ${show("h.run()")} h.onC = () => n; ${show("h.run()")}`,
  },
  {
    // unsetDelegates at every level (session 24): two hooks nothing sets, declared one after the other, called between
    // statements that count; a hook set only after its class's first use still runs from then on
    name: "hooks: two never set between counted statements, one set late",
    top: `let n: int = 0; function count(): int { n++; return n; } class Steps { first: ((k: int) => void) | null = null; second: (() => void) | null = null; late: ((k: int) => void) | null = null; run(): string { let s = String(count()); this.first?.(count()); s += String(count()); this.second?.(); this.late?.(count()); return s + "," + String(n); } }`,
    main: `const st = new Steps(); ${show("st.run()")} st.late = (k: int) => { n += k * 100; }; ${show("st.run()")}`,
  },
  {
    // rename.ts + scopes.ts (full): members of different classes share short names where C# tells them apart by the
    // type it looks them up in; never a member and a Program function a class calls unqualified (twice), a base's and
    // a subclass's members, a class's member and a local named like another class's member (count in Box.show)
    name: "full: one short name for members of different classes, none where lookup would find the other",
    top: `let calls: int = 0; function twice(n: int): int { calls++; return n * 2; } class Counter { count: int = 0; name = "c"; bump(by: int): int { this.count += twice(by); return this.count; } } class Tally extends Counter { extra: int = 1; label(): string { return this.name + String(this.count + this.extra + twice(this.extra)); } } class Box { size: int = 3; items: string[] = []; put(s: string): void { this.items.push(s); this.size += s.length + twice(1); } show(size: int): string { const count = size + this.size; return String(count) + this.items.join("+"); } } function sum(c: Counter, t: Tally, b: Box): int { return c.count + t.count + t.extra + b.size + b.items.length + calls; }`,
    main: `const c = new Counter(); const t = new Tally(); const b = new Box(); c.bump(2); t.bump(3); t.extra = 4; b.put("ab"); b.put("c"); ${show("c.count")} ${show("t.label()")} ${show("b.show(10)")} ${show("sum(c, t, b)")} ${show("c.name + t.name + b.items.length")}`,
  },
  {
    // fold.ts (full): a bool method whose body is a constant is written as the constant at its calls and the conditions
    // are folded; what the operands and arguments do still happens (bump counts), what they skipped is still skipped;
    // kept: a call whose argument is a property (its getter counts), one through another object (a new Other's h)
    name: "full: constant bool methods inlined and their conditions folded, side effects kept",
    top: `let n: int = 0; function bump(): int { n++; return n; } class Hooks { k: int = 0; get prop(): int { n += 100; return n; } never(): boolean { return false; } always(x: int): boolean { return true; } seen(x: int): boolean { return true; } through(): boolean { return false; } run(): string { let s = ""; if (bump() > 0 && !this.never()) s += "a"; if (this.never()) return s + "early"; if (this.always(this.k)) s += "b"; if (this.never() || bump() > 1) s += "c"; const t = this.always(1) || bump() > 100; const u = this.never() && bump() > 0; if (this.seen(this.prop)) s += "d"; if (!this.always(2)) { s += "x"; } else s += "e"; return s + String(t) + String(u) + "," + String(n); } } class Other { h: Hooks | null = new Hooks(); go(): string { return String(this.h !== null && this.h.through()); } }`,
    main: `const h = new Hooks(); ${show("h.run()")} ${show("h.run()")} ${show("new Other().go()")} ${show("n")}`,
  },
  {
    // fold.ts compoundBools (full): `x = x || y` → `x |= y` and `x = x && y` → `x &= y` where y only gives a value
    // (locals, fields, comparisons); a call keeps its short circuit (hit() counts)
    name: "full: x = x || y and x = x && y as compound assignments; a call keeps its short circuit",
    top: `let n: int = 0; function hit(): boolean { n++; return true; } class Flags { a = false; b = true; run(k: int): string { let x = k > 1; let y = k > 5; x = x || y && k < 9; y = y && (x || k === 3); this.a = this.a || hit(); this.b = this.b && k > 0; let z = k > 2; z = z || hit(); return String(x) + String(y) + String(this.a) + String(this.b) + String(z) + "," + String(n); } }`,
    main: `const f = new Flags(); ${show("f.run(0)")} ${show("f.run(3)")} ${show("f.run(7)")} ${show("new Flags().run(-1)")}`,
  },
  {
    // statements.ts removedEnd (every level): `xs.shift();` / `xs.pop();` whose value nobody reads, on a local, a parameter
    // or a field through this.: `if (xs.Count > 0) xs.RemoveAt(0);` (no helper); an empty array is left as it is
    name: "shift() and pop() as statements: a guarded RemoveAt, an empty array unchanged",
    top: `class Q { xs: string[] = []; ns: number[] = [1, 2, 3]; run(ys: int[]): string { this.xs.shift(); this.xs.pop(); this.ns.pop(); this.ns.shift(); ys.shift(); ys.pop(); const zs = ["a"]; zs.pop(); zs.pop(); zs.shift(); this.xs.push("q", "r", "s"); this.xs.shift(); return this.xs.join("") + String(this.ns.length) + this.ns.join(",") + String(ys.length) + String(zs.length); } }`,
    main: `const q = new Q(); ${show("q.run([4, 5, 6])")} ${show("q.run([])")} ${show("q.run([7])")}`,
  },
  {
    // non-empty.ts: right after a push (or in the one branch of an if after it whose condition only reads) the RemoveAt has
    // no guard; a bound below 1 empties the log again at once; a call in the condition (e() empties the list), a spread
    // push of nothing and another list keep it (an unguarded RemoveAt there would throw in C#)
    name: "shift() right after push(): no guard where the push left an element, the guard kept otherwise",
    top: `class L { readonly xs: string[] = []; constructor(private readonly max: int) {} add(s: string): string { this.xs.push(s); if (this.xs.length > this.max) this.xs.shift(); return this.xs.join(","); } } function e(xs: int[]): boolean { xs.splice(0); return true; } function f(xs: int[], zs: int[]): string { xs.push(1); xs.pop(); xs.push(2, 3); if (xs.length > 1) { xs.shift(); } xs.push(4); if (e(xs)) xs.shift(); xs.push(...zs); xs.shift(); zs.push(5); xs.pop(); return xs.join(",") + ";" + zs.join(","); }`,
    main: `const ms: int[] = [2, 0, -1]; for (const m of ms) { const l = new L(m); let t = ""; for (const w of ["a", "b", "c"]) t += l.add(w) + "|"; this.Echo(t); } ${show("f([], [])")} ${show("f([9], [])")} ${show("f([], [7])")}`,
  },
  {
    // fold.ts mergeJumps (full): `if (a) return x; if (b) return x;` is `if (a || b) return x;` (continue too); b runs
    // only when a is false (hit counts)
    name: "full: consecutive ifs that jump alike as one if (a || b), b evaluated only when a is false",
    top: `let n: int = 0; function hit(k: int): boolean { n++; return k > 2; } function f(k: int): string { if (hit(k)) return "a"; if (k > 1 ? hit(k + 5) : false) return "a"; if (k < 0) return "b"; return "c"; } function g(k: int): int { for (let i: int = 0; i < 5; i++) { if (i === k) continue; if (i > 3) continue; n += 10; } return n; }`,
    main: `${show("f(3)")} ${show("f(2)")} ${show("f(-1)")} ${show("f(1)")} ${show("g(2)")} ${show("n")}`,
  },
  {
    // fold.ts enumZeroArgs (full): `F((E)0)` → `F(0)` for the script's one method F whose parameter there is an E
    name: "full: an enum's 0 passed to the script's one method of that name",
    top: `enum Mode { Off, On } function f(s: string, m: Mode, u: UpdateType): string { return s + String(m) + String((u & UpdateType.Once) !== 0) + String(u === (0 as UpdateType)); }`,
    main: `${show('f("a", 0 as Mode, 0 as UpdateType)')} ${show('f("b", Mode.On, UpdateType.Once)')}`,
  },
  {
    // forwarders.ts (full): a void method that only calls another with its own parameters goes and its calls call that
    // one (arguments evaluated once, in order: t counts); a forwarder through this., a chain, one used as a delegate
    name: "full: forwarding methods dropped, their calls call the target; arguments evaluated once, in order",
    top: `let t: int = 0; function tick(s: string): string { t++; return s + t; } class Con { out = ""; info(m: string, k: int): void { this.line(m, k); } note(m: string, k: int): void { this.info(m, k); } warn(m: string, k: int): void { this.line("[w] " + m, k); } private line(m: string, k: int): void { this.out += m + ":" + k + ";"; } run(): string { this.info(tick("a"), t); this.note(tick("b"), t * 2); this.warn(tick("c"), -t); const f = (m: string) => this.info(m, 7); f("d"); return this.out; } }`,
    main: `const c = new Con(); ${show("c.run()")} ${show("c.run()")} ${show("t")}`,
  },
  {
    // fold.ts literalStrings (full): a folded singleton's literal argument makes `"T" == ""` and `"== " + "T"` constant
    name: "full: string literal comparisons and concatenations folded, a string ?: on a constant condition",
    top: `class Box { title: string; tag: string; constructor(private readonly p: MyGridProgram, title: string, tag: string) { this.title = title === "" ? "" : "== " + title + " =="; this.tag = tag !== "" ? "<" + tag + ">" + "!" : "none"; } show(n: int): void { this.p.Echo(this.title + this.tag + n + "a" + "b" + "\\\\" + "\\"q\\"" + "x".length); } }`,
    members: `private readonly box: Box;
  constructor() { super(); this.box = new Box(this, "Work", ""); }`,
    main: `this.box.show(3); const e = "" === "" ? "E" + "F" : "G"; this.Echo(e + ("ab" === "ab") + ("a\\\\" === "a\\\\") + (("a" as string) !== "b"));`,
  },
];

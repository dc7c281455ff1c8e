import type { DiffCase } from "../harness.ts";

// VRage.MyTuple<T1..T6> (compiler/se/values/tuple.ts): built, read, passed, stored, sent as an IGC
// message's Data and read back with As<T>() or `as` (C#: one struct per arity).
const TOP = `import { MyTuple, MyIGCMessage, Vector3D } from "pbts/se";
function pair(n: int, s: string): MyTuple<int, string> { return new MyTuple<int, string>(n, s); }
function describe(t: MyTuple<int, string>): string { return \`\${t.Item1}:\${t.Item2}\`; }
class Holder { constructor(readonly t: MyTuple<string, boolean>) {} }`;

const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("MyTuple: 1 to 6 items, read back", `const a = new MyTuple<int>(1); const b = new MyTuple<int, string>(2, "two");
    const c3 = new MyTuple<number, string, boolean>(1.5, "x", true); const d = new MyTuple<int, int, int, int>(1, 2, 3, 4);
    const e = new MyTuple<string, string, string, string, string>("a", "b", "c", "d", "e");
    const f = new MyTuple<int, number, string, boolean, long, int>(1, 2.5, "s", false, 123456789012, -6);
    this.Echo(\`\${a.Item1} \${b.Item1} \${b.Item2} \${c3.Item1} \${c3.Item2} \${c3.Item3} \${d.Item1 + d.Item4}\`);
    this.Echo(\`\${e.Item1}\${e.Item5} \${f.Item2} \${f.Item3} \${f.Item4} \${f.Item5} \${f.Item6}\`);`),
  c("MyTuple: passed to and returned from functions, kept in a field", `const t = pair(7, "seven"); const h = new Holder(new MyTuple<string, boolean>("on", true));
    this.Echo(\`\${describe(t)} \${describe(pair(t.Item1 + 1, t.Item2 + "!"))} \${h.t.Item1} \${h.t.Item2}\`);`),
  c("MyTuple: Create infers the item types", `const t = MyTuple.Create("id", 3); const u = MyTuple.Create(1.25, "x", false);
    this.Echo(\`\${t.Item1} \${t.Item2 * 2} \${u.Item1} \${u.Item2} \${u.Item3}\`);`),
  c("MyTuple: a copy is a value (a new tuple replaces, never mutates)", `let t = pair(1, "a"); const keep = t; t = pair(2, "b");
    this.Echo(\`\${describe(keep)} \${describe(t)}\`);`),
  c("MyTuple: in arrays and maps", `const list: MyTuple<int, string>[] = [pair(1, "a"), pair(2, "b")]; list.push(pair(3, "c"));
    const m = new Map<string, MyTuple<int, string>>(); for (const t of list) m.set(t.Item2, t);
    let sum = 0; for (const t of list) sum += t.Item1;
    this.Echo(\`\${list.length} \${sum} \${m.get("b")!.Item1} \${list.map((t) => t.Item2).join("")}\`);`),
  c("MyTuple: nested tuples and struct items", `const t = new MyTuple<MyTuple<int, string>, Vector3D>(pair(4, "four"), new Vector3D(1, 2, 3));
    this.Echo(\`\${t.Item1.Item1} \${t.Item1.Item2} \${t.Item2.X + t.Item2.Z}\`);`),
  c("MyTuple: IGC message Data read back with As<T>() and as", `const msg = new MyIGCMessage(pair(5, "five"), "tag", 42);
    const viaAs = msg.As<MyTuple<int, string>>(); const viaCast = msg.Data as MyTuple<int, string>;
    this.Echo(\`\${msg.Tag} \${viaAs.Item1} \${viaAs.Item2} \${viaCast.Item1 * 2}\`);`),
];

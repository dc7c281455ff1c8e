import type { DiffCase } from "../harness.ts";

// The prelude's `uint` (C# uint): the API's ids and packed values. What may be stored in one, how it is
// read, printed, compared and computed with (in double, as JS does), and toUint's checked conversion.
const TOP = `import { Color, MyFixedPoint, MyInventoryItem, MyItemType, Vector3, toUint } from "pbts/se";
import type { uint } from "pbts/se";
function item(id: uint): MyInventoryItem { return new MyInventoryItem(MyItemType.MakeOre("Iron"), id, MyFixedPoint.MaxIntValue); }
function twice(id: uint): uint { return toUint(id * 2); }
function idOf(it: MyInventoryItem): number { return it.ItemId; }
class Box<T> { constructor(readonly value: T) {} }`;

const c = (name: string, main: string, members?: string): DiffCase => ({ name, top: TOP, main, members });

export const cases: DiffCase[] = [
  c("uint: ItemId printed, small and above int's range", `const a = item(7); const b = item(4000000000); const top = item(4294967295);
    this.Echo(\`\${a.ItemId} \${b.ItemId} \${top.ItemId} \${String(b.ItemId)} \${"id " + top.ItemId} \${b.ItemId.toString()}\`);`),
  c("uint: literals where a uint is wanted (int-sized, above int's range, hex)", `const x: uint = 0; const y: uint = 3000000000; const z: uint = 0xFFFFFFFF;
    this.Echo(\`\${x} \${y} \${z} \${item(0x80000000).ItemId}\`);`),
  c("uint: read as number and long, passed on", `const it = item(4000000001); const d: number = it.ItemId; const l: long = it.ItemId;
    this.Echo(\`\${d} \${l} \${idOf(it)} \${item(it.ItemId).ItemId}\`);`),
  c("uint: arithmetic computes in double as in JS (no wrap, no overflow)", `const big = item(4294967295).ItemId; const zero = item(0).ItemId;
    this.Echo(\`\${big + 1} \${zero - 1} \${big * big} \${big / 2} \${big % 7} \${-zero} \${1 / -zero} \${-big} \${big + 0.5}\`);`),
  c("uint: comparisons with uint, int, double, float", `const a = item(3000000000).ItemId; const b = item(5).ItemId; const i: int = 5; const f: float = toFloat(16777216);
    const g = item(16777217).ItemId;
    this.Echo(\`\${a > b} \${b === i} \${a !== b} \${b <= 5} \${a > 2.5e9} \${g === f} \${g > f} \${b === 5} \${a >= 3000000000}\`);`),
  c("uint: toUint truncates toward zero", `this.Echo(\`\${toUint(2.9)} \${toUint(-0.5)} \${toUint(4294967295.5)} \${toUint(0)} \${toUint(item(9).ItemId)}\`);`),
  c("uint: toUint of a negative throws", `const n = -1; this.Echo("before"); const u = toUint(n); this.Echo(\`\${u}\`);`),
  c("uint: toUint above 2^32-1 throws", `const n = 4294967296; this.Echo("before"); this.Echo(\`\${toUint(n)}\`);`),
  c("uint: toUint of NaN throws", `this.Echo("before"); this.Echo(\`\${toUint(NaN)}\`);`),
  c("uint: twice() stores a computed value back with toUint; overflow throws", `this.Echo(\`\${twice(item(2000000000).ItemId)}\`); this.Echo(\`\${twice(3000000000)}\`);`),
  c("uint: toInt of a uint (in range, then beyond int)", `this.Echo(\`\${toInt(item(2147483647).ItemId)}\`); this.Echo(\`\${toInt(item(2147483648).ItemId)}\`);`),
  c("uint: toFloat and toDouble of a uint", `const u = item(16777217).ItemId; this.Echo(\`\${toFloat(u)} \${toDouble(u)} \${toFloat(item(4294967295).ItemId)}\`);`),
  c("uint: conditional between uint and int, double, literal", `const u = item(4000000000).ItemId; const i: int = -3; const flip = u > 1;
    const a = flip ? u : i; const b = !flip ? u : 2.5; const x: uint = flip ? u : 0; const y = flip ? u : -1;
    this.Echo(\`\${a} \${b} \${x} \${y} \${flip ? 0 : u}\`);`),
  c("uint: Math and number methods widen the uint", `const u = item(4294967295).ItemId;
    this.Echo(\`\${Math.abs(u)} \${Math.max(u, 1)} \${Math.min(u, 3.5)} \${Math.floor(u / 10)} \${Math.sqrt(item(16).ItemId)} \${u.toFixed(1)} \${Number(u)} \${Math.round(u)}\`);`),
  c("uint: locals, fields, arrays and maps of uint", `const ids: uint[] = [1, item(3000000000).ItemId]; ids.push(item(4).ItemId); const m = new Map<uint, string>(); m.set(ids[1], "big");
    this.last = ids[2]; const copy = ids[1];
    this.Echo(\`\${ids[0]} \${ids.length} \${m.get(3000000000)} \${m.has(ids[0])} \${this.last} \${copy} \${ids.indexOf(4)} \${ids.includes(3000000000)}\`);`, `last: uint = 0;`),
  c("uint: nullable uint (null, set, printed, defaulted)", `let n = this.find(0); this.Echo(\`\${n} \${n ?? 0}\`); n = this.find(4000000000); this.Echo(\`\${n} \${n ?? 0} \${n !== null ? n + 1 : -1}\`);`,
    `find(id: uint): uint | null { return id === 0 ? null : id; }`),
  c("uint: toInt, toLong, toUint of constants out of range throw at run time", `this.Echo("a"); this.Echo(\`\${toUint(-1)}\`);`),
  c("uint: toInt of NaN and of a big constant throw at run time", `this.Echo("a"); this.Echo(\`\${toInt(-2.5)} \${toLong(1e15)} \${toLong(-0.5)}\`); this.Echo(\`\${toInt(3e9)}\`);`),
  c("uint: generic argument is a number", `const b = new Box(item(4000000000).ItemId); this.Echo(\`\${b.value + 1}\`);`),
  c("uint: compound assignment through toUint, loop over uint ids", `let sum: uint = 0; for (const id of [item(1).ItemId, item(4000000000).ItemId]) sum = toUint(sum + id); this.Echo(\`\${sum}\`);`),
  c("uint: Color.PackedValue and new Color(uint)", `const red = new Color(255, 0, 0); const p = red.PackedValue; const again = new Color(p); const lit = new Color(0xFF00FF00);
    this.Echo(\`\${p} \${again.R} \${again.A} \${lit.G} \${lit.PackedValue} \${new Color(p - 255 > 0 ? toUint(p - 255) : 0).ToString()} \${Color.White.PackedValue}\`);`),
  c("uint: number methods, map to numbers, lambdas returning a uint", `const u = item(4000000000).ItemId; const ids: uint[] = [u, 5];
    const ys: number[] = ids.map((x) => x); const f = (x: uint) => x;
    this.Echo(\`\${u.toString(16)} \${u.toFixed(2)} \${u.toPrecision(3)} \${u.toExponential(1)} \${ys[0] + ys[1]} \${f(u) + 1}\`);`),
  c("uint: MyIni ToUInt32 and TryGetUInt32", `const ini = new MyIni(); ini.TryParse("[s]\\nbig=4000000000\\nneg=-1\\nover=4294967296\\nz=-0\\ne=1e3\\nf=1.5\\nsp= 12 \\n");
    const n = new Out<uint>(); const ok = ini.Get("s", "big").TryGetUInt32(n); const bad = ini.Get("s", "neg").TryGetUInt32(n);
    this.Echo(\`\${ok} \${bad} \${n.value} \${ini.Get("s", "big").ToUInt32()} \${ini.Get("s", "neg").ToUInt32(7)} \${ini.Get("s", "over").ToUInt32(8)} \${ini.Get("s", "z").ToUInt32(9)} \${ini.Get("s", "e").ToUInt32()} \${ini.Get("s", "f").ToUInt32(1)} \${ini.Get("s", "sp").ToUInt32()} \${ini.Get("s", "none").ToUInt32(3000000000)}\`);
    ini.Set("s", "id", item(4294967295).ItemId); this.Echo(ini.Get("s", "id").ToString());`),
  c("(C190) uint? ?? a number (item?.ItemId ?? -1, as a player finds an entry): computed in double as JS has it (was mcs CS0019)", `const items = [item(4000000000), item(3)];
    const found = items.find((i) => i.ItemId === 3); const none = items.find((i) => i.ItemId === 9);
    const d: number = 0.5; const i: int = -2;
    this.Echo(\`\${found?.ItemId ?? -1} \${none?.ItemId ?? -1} \${none?.ItemId ?? d} \${none?.ItemId ?? i} \${items[0]?.ItemId ?? -1} \${(none?.ItemId ?? -1) + 1} \${none?.ItemId ?? 7}\`);`),
  c("uint: MyInventoryItem Equals with uint ids", `const a = item(4000000000); const b = item(4000000000); const d = item(4); this.Echo(\`\${a.Equals(b)} \${a.Equals(d)}\`);`),
];

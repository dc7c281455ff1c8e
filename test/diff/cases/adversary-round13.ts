import type { DiffCase } from "../harness.ts";

// Session 19 (cc-adv13): everyday API-facing scripts (IGC payloads, value types, MyIni, MyCommandLine, TimeSpan,
// StringBuilder). The IGC sends themselves run in test/engine/scenarios/igc-payloads.json (both engines).
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  { name: "(C89) an unknown local narrowed by instanceof to a script class reads its members (was mcs CS1061 on object)", top: `class Box { v = 1.5; twice(): number { return this.v * 2; } } class Other { w = 1; }`, main: `const xs: unknown[] = [new Box(), new Other(), null]; let out = ""; for (const x of xs) { if (x instanceof Box) out += x.v + " " + x.twice() + ";"; else if (x instanceof Other) out += "other " + x.w + ";"; else out += "none;"; } const o: unknown = xs[0]; if (o instanceof Box) { const b: Box = o; b.v = 4; } if (o instanceof Box) out += " " + o.v; ${show("out")}` },
  { name: "(C90) a whole literal beside a long in a conditional where a long is wanted: a const, a return, an argument (was PBTS1017 'double where long')", top: `function idOr0(ok: boolean, id: long): long { return ok ? id : 0; } function twice(l: long): string { return String(l) + "/" + String(l); }`, main: `const big: long = toLong(4503599627370497); const a: long = argument === "x" ? 0 : big; const b: long = argument === "" ? -1 : big; ${show("a + ' ' + b + ' ' + idOr0(true, big) + ' ' + idOr0(false, big) + ' ' + twice(argument === 'x' ? 7 : big)")}` },
  { name: "(C92) a nested API enum's name looked up by value: Base6Directions.Direction[d], printed, defaulted, and of a value no member has (was PBTS1001 'indexing a Base6Directions.Direction')", top: `import { Base6Directions } from "pbts/se";`, main: `const names: string[] = []; for (let d = 0; d < 7; d++) names.push(Base6Directions.Direction[d as Base6Directions.Direction] ?? "none"); const up = Base6Directions.Direction.Up; ${show("names.join() + ' ' + Base6Directions.Direction[up] + ' ' + Base6Directions.Axis[Base6Directions.Axis.LeftRight] + ' ' + Base6Directions.Direction[9 as Base6Directions.Direction]")}` },
];

// cc-adv7 (session 13): adversarial cases, round 7. Findings C46-…: test/compiler/ADVERSARY-FINDINGS.md.
// Rejections and their messages: test/compiler/adversary.test.ts (session 13 block).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // C46: `xs[i] === undefined` on a number[] was C# `xs[i] == null`, always false for a value type (mcs drops the read):
  // Node printed true for a missing element, mono false. On strings, string[] and class[] it threw. Now read through
  // Js.ElementOrNullValue / ElementOrNull / CharOrNull, as `xs[i] ?? d` is; every index kind JS reads as missing.
  c("adversary: a missing element compared with undefined (C46)", `const xs = [1, 2]; const bs = [true]; const ss = ["a"]; const s = "ab"; const vs = [new Vector3D(1, 2, 3)]; const ks: K[] = [new K()]; const es = [E.A]; const out: boolean[] = []; for (const i of [0, 1, 2, -1, 0.5, NaN]) { out.push(xs[i] === undefined, xs[i] !== undefined, xs[i] == null, xs[i] != undefined, (xs[i]) == undefined, undefined === xs[i], bs[i] === undefined, ss[i] === undefined, s[i] === undefined, s[i] != null, vs[i] === undefined, ks[i] === undefined, es[i] === undefined); } const ys: int[] = [7]; let n = 0; while (ys[n] !== undefined) n++; this.Echo(out.map((b) => (b ? "1" : "0")).join("") + n + String(xs[5] === null) + (xs[3] === undefined ? "m" : String(xs[3])));`, undefined, `import { Vector3D } from "pbts/se"; class K {} enum E { A, B }`),
];

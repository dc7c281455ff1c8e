// Picks the runtime helpers (Js.cs) a script uses, with their dependencies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sourceDir } from "../package-root.ts";

interface Helper {
  name: string;
  uses: string[];
  code: string;
}

let parsed: Map<string, Helper> | null = null;

function helpers(): Map<string, Helper> {
  if (parsed) return parsed;
  const text = readFileSync(join(sourceDir(import.meta.url), "Js.cs"), "utf8");
  parsed = new Map();
  const chunks = text.split(/^\/\/ @helper /m).slice(1);
  for (const chunk of chunks) {
    const lines = chunk.split("\n");
    const name = lines[0].trim();
    const uses: string[] = [];
    const body: string[] = [];
    for (const l of lines.slice(1)) {
      const m = /^\/\/ @uses (.*)$/.exec(l);
      if (m) uses.push(...m[1].split(",").map((s) => s.trim()));
      else if (!l.startsWith("// @note ")) body.push(l); // a note for pbts's authors, not for the script
    }
    parsed.set(name, { name, uses, code: body.join("\n").trim() });
  }
  return parsed;
}

export function helperNames(): string[] {
  return [...helpers().keys()];
}

/** The body of `static class Js` for the given helpers (dependencies included, file order kept). */
export function helperSource(names: Iterable<string>): string {
  const all = helpers();
  const want = new Set<string>();
  const add = (n: string) => {
    if (want.has(n)) return;
    const h = all.get(n);
    if (!h) throw new Error(`unknown runtime helper ${n}`);
    want.add(n);
    h.uses.forEach(add);
  };
  for (const n of names) add(n);
  // (a helper with no code of its own only names what it uses: StrInt)
  const code = [...all.values()].filter((h) => want.has(h.name) && h.code !== "").map((h) => h.code).join("\n\n");
  return code.includes("@CASE_DATA@") ? code.replace("@CASE_DATA@", caseTables(want.has("ToUpper"), want.has("ToLower"))) : code;
}

let caseData: string[] | undefined;

/**
 * The case tables of Js.cs's CaseMap, taken from the JS engine running the compiler, so the emitted
 * C# maps every code point exactly as this Node does (the simulator runs the same Node). Six strings
 * of base-32 numbers ('P'..'o' leading digits, '0'..'O' the last): toUpperCase and toLowerCase runs
 * (gap from the previous run's end, count*2 + stride-1, zigzag delta), their mappings to several code
 * points (gap, count, code points), and the Cased and Case_Ignorable code points as runs without
 * a delta. Only the tables of the directions asked for are filled in (the others are "").
 */
export function caseTables(upper = true, lower = true): string {
  const used = [upper, lower, upper, lower, lower, lower];
  const pick = (t: string[]) => `{\n${t.map((x, i) => `    @"${used[i] ? x : ""}"`).join(",\n")}\n}`;
  if (caseData) return pick(caseData);
  const enc = (n: number): string => {
    let out = String.fromCharCode(0x30 + (n % 32));
    for (n = Math.floor(n / 32); n > 0; n = Math.floor(n / 32)) out = String.fromCharCode(0x50 + (n % 32)) + out;
    return out;
  };
  const zig = (v: number) => (v >= 0 ? 2 * v : -2 * v - 1);
  const single = [new Map<number, number>(), new Map<number, number>()];
  const multi = [new Map<number, number[]>(), new Map<number, number[]>()];
  const props = [new Map<number, number>(), new Map<number, number>()];
  const cased = /\p{Cased}/u;
  const ignorable = /\p{Case_Ignorable}/u;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    [ch.toUpperCase(), ch.toLowerCase()].forEach((m, t) => {
      if (m === ch) return;
      const cps = [...m].map((x) => x.codePointAt(0)!);
      if (cps.length === 1) single[t].set(cp, cps[0] - cp);
      else multi[t].set(cp, cps);
    });
    if (cased.test(ch)) props[0].set(cp, 0);
    if (ignorable.test(ch)) props[1].set(cp, 0);
  }
  const runs = (m: Map<number, number>, mapped: (cp: number) => boolean, delta = true): string => {
    const all: { start: number; count: number; stride: number; delta: number }[] = [];
    for (const [cp, d] of [...m].sort((a, b) => a[0] - b[0])) {
      const last = all[all.length - 1];
      if (last && last.delta === d) {
        // Every other code point (upper/lower pairs) only when the ones skipped map to themselves.
        if (last.count === 1 && (cp === last.start + 1 || (cp === last.start + 2 && !mapped(cp - 1)))) {
          last.stride = cp - last.start;
          last.count = 2;
          continue;
        }
        if (last.count > 1 && cp === last.start + last.count * last.stride && (last.stride === 1 || !mapped(cp - 1))) {
          last.count++;
          continue;
        }
      }
      all.push({ start: cp, count: 1, stride: 1, delta: d });
    }
    let end = -1;
    return all
      .map((r) => {
        const s = enc(r.start - end) + enc(r.count * 2 + r.stride - 1) + (delta ? enc(zig(r.delta)) : "");
        end = r.start + (r.count - 1) * r.stride;
        return s;
      })
      .join("");
  };
  const multis = (m: Map<number, number[]>): string => {
    let prev = 0;
    return [...m]
      .sort((a, b) => a[0] - b[0])
      .map(([cp, cps]) => {
        const s = enc(cp - prev) + enc(cps.length) + cps.map(enc).join("");
        prev = cp;
        return s;
      })
      .join("");
  };
  const tables = [
    runs(single[0], (cp) => single[0].has(cp) || multi[0].has(cp)),
    runs(single[1], (cp) => single[1].has(cp) || multi[1].has(cp)),
    multis(multi[0]),
    multis(multi[1]),
    runs(props[0], () => true, false),
    runs(props[1], () => true, false),
  ];
  caseData = tables;
  return pick(caseData);
}

// The README documents every diagnostic the compiler can give.
import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Diagnostics } from "../../compiler/diagnostics.ts";

it("README lists every diagnostic code of the registry", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const missing = Object.values(Diagnostics).map((d) => d.code).filter((c) => !readme.includes(`| ${c} |`));
  expect(missing).toEqual([]);
});

it("diagnostic codes are unique", () => {
  const codes = Object.values(Diagnostics).map((d) => d.code);
  expect(new Set(codes).size).toBe(codes.length);
});

/**
 * The registry's text as a pattern of its README row: an argument {n} is shown as '…' or as a
 * capital-letter name (T, U), the same name wherever {n} recurs.
 */
function rowPattern(text: string): RegExp {
  const seen = new Set<string>();
  const body = text
    .split(/(\{\d\})/)
    .map((part) => {
      const n = /^\{(\d)\}$/.exec(part)?.[1];
      if (n === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (seen.has(n)) return `\\k<a${n}>`;
      seen.add(n);
      return `(?<a${n}>…|[A-Z][A-Za-z]{0,2})`;
    })
    .join("");
  return new RegExp(`^${body}$`);
}

it("README's diagnostics table says what the registry says (what is wrong, how to fix), '…' or a name for an argument", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const rows = new Map<string, string>();
  for (const m of readme.matchAll(/^\| (PBTS\d{4}) \| (.*) \| (.*) \|$/gm)) rows.set(m[1], `${m[2]} | ${m[3]}`.replace(/\\\|/g, "|"));
  const wrong = Object.values(Diagnostics)
    .filter((d) => d.code !== "PBTS0001") // TypeScript's message and TS_HINTS: described, not quoted
    .map((d) => ({ code: d.code, registry: `${d.what} | ${d.fix}`, readme: rows.get(d.code) ?? "(no row)" }))
    .filter((r) => !rowPattern(r.registry).test(r.readme));
  expect(wrong).toEqual([]);
});

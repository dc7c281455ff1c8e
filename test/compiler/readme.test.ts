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

it("README's diagnostics table says what the registry says (what is wrong, how to fix), '…' for an argument", () => {
  const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
  const rows = new Map<string, string>();
  for (const m of readme.matchAll(/^\| (PBTS\d{4}) \| (.*) \| (.*) \|$/gm)) rows.set(m[1], `${m[2]} | ${m[3]}`.replace(/\\\|/g, "|"));
  const plain = (s: string) => s.replace(/\{\d\}/g, "…");
  const wrong = Object.values(Diagnostics)
    .filter((d) => d.code !== "PBTS0001") // TypeScript's message and TS_HINTS: described, not quoted
    .map((d) => ({ code: d.code, registry: `${plain(d.what)} | ${plain(d.fix)}`, readme: rows.get(d.code) }))
    .filter((r) => r.readme !== r.registry);
  expect(wrong).toEqual([]);
});

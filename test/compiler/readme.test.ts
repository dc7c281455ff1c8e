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

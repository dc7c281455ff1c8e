// Issue 13's closing rule, checked on first drafts written as a new user would (the accepted ones
// run whole in test/diff/cases/coverage-programs.ts). These drafts stay rejected, each for a reason
// C# 6 cannot honour; the test pins the diagnostic and that its message says what to write instead.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function check(draft: string): string[] {
  const source = readFileSync(join(import.meta.dirname, "drafts", `${draft}.ts.txt`), "utf8");
  const r = compile({ sources: { [join(ROOT, `.tmp/drafts/${draft}.ts`)]: source }, cwd: ROOT });
  return r.diagnostics.map((d) => `${d.code}: ${d.message}`);
}

const REJECTED: [string, string, RegExp][] = [
  ["02-dispatch", "PBTS1001", /a regular expression \(JS and \.NET regular expressions match differently; split on a string/],
  ["07-tokenizer", "PBTS1001", /a regular expression/],
  ["08-state-machine", "PBTS1001", /'Record<State, State>' \(an object used as a dictionary; use a Map\)/],
  ["13-queue", "PBTS1001", /'T \| undefined' of a type parameter .*take a default value of type T instead/],
  ["15-status-flags", "PBTS1001", /'Object\.entries' \(objects are not dictionaries in C#: keep keyed data in a Map/],
  ["16-priority-queue", "PBTS1001", /'null' as a 'T \| null' value .*pop\(fallback: T\): T/],
  ["17-logger", "PBTS1003", /union type 'string \| number' is not supported/],
  ["20-storage", "PBTS1003", /union type 'string \| number' is not supported/],
];

for (const [draft, code, message] of REJECTED) {
  it(`${draft}: ${code}, saying what to write instead`, () => {
    const got = check(draft);
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((d) => d.startsWith(`${code}: `) && message.test(d)), got.join("\n")).toBe(true);
  });
}

it("10-kv-config's cfg.get(key)?.toLowerCase() (an optional chain on a computed receiver, C102) compiles", () => {
  expect(check("10-kv-config")).toEqual([]);
});

it("05-cargo-sorter with a short line destructured without a default compiles (its C# throws there: Known limits)", () => {
  expect(check("05-cargo-sorter-short-line")).toEqual([]);
});

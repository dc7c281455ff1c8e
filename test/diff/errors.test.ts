// Negative cases: what pbts cannot make behave the same in C# must be rejected, with the right code,
// at the right place, and without writing any C#.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { Diagnostics, formatDiagnostic, makeDiagnostic } from "../../compiler/diagnostics.ts";
import { main } from "../../compiler/cli.ts";
import { errorCases } from "./errors.cases.ts";
import { caseSource } from "./harness.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DIR = join(ROOT, ".tmp", "errors");

/** 1-based line and column of offset `i` in `text`. */
function lineCol(text: string, i: number): { line: number; col: number } {
  const before = text.slice(0, i).split("\n");
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

it("has at least 60 error cases", () => {
  expect(errorCases.length).toBeGreaterThanOrEqual(60);
});

it("error case names are unique", () => {
  const names = errorCases.map((c) => c.name);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

describe("rejected constructs", () => {
  errorCases.forEach((c, i) => {
    it(`${c.code}: ${c.name}`, () => {
      const source = c.source ?? caseSource({ main: "", ...c });
      const at = source.indexOf(c.at);
      expect(at, `'at' must occur in the source:\n${source}`).toBeGreaterThanOrEqual(0);
      expect(source.lastIndexOf(c.at), `'at' must be unique in the source:\n${source}`).toBe(at);
      const where = lineCol(source, at);
      const path = `.tmp/errors/case${i}.ts`;
      const r = compile({ sources: { [path]: source }, cwd: ROOT });
      const shown = r.diagnostics.map(formatDiagnostic).join("\n");
      expect(r.ok, `compiled without errors:\n${source}`).toBe(false);
      expect(r.files).toEqual([]);
      expect(r.diagnostics.some((d) => d.code === "PBTS9999"), `internal error:\n${shown}`).toBe(false);
      const hit = r.diagnostics.find((d) => d.code === c.code && d.line === where.line && d.col === where.col);
      expect(hit, `expected ${c.code} at ${where.line}:${where.col}, got:\n${shown}\nfor:\n${source}`).toBeDefined();
      expect(hit!.file).toBe(path);
      expect(hit!.message.length).toBeGreaterThan(10);
      if (c.says) expect(hit!.message).toContain(c.says);
    });
  });
});

describe("diagnostic format", () => {
  it("formats like tsc: file(line,col): error CODE: what. fix", () => {
    const d = makeDiagnostic(Diagnostics.VarDeclaration, "src/a.ts", 3, 5);
    expect(formatDiagnostic(d)).toBe(
      "src/a.ts(3,5): error PBTS1004: 'var' declarations are function-scoped in JS but block-scoped in C#. Use 'let' or 'const'.",
    );
  });

  it("fills the arguments of a diagnostic", () => {
    const d = makeDiagnostic(Diagnostics.UnionType, "a.ts", 1, 2, ["string | number"]);
    expect(d.message).toContain("'string | number'");
  });

  it("every registered code is unique and has a what and a fix", () => {
    const defs = Object.values(Diagnostics);
    const codes = defs.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of defs) {
      expect(d.code).toMatch(/^PBTS\d{4}$/);
      expect(d.what.length).toBeGreaterThan(0);
      expect(d.fix.length).toBeGreaterThan(0);
    }
  });
});

describe("CLI", () => {
  afterEach(() => vi.restoreAllMocks());

  it("pbts compile prints file(line,col): error PBTSxxxx and writes nothing", async () => {
    mkdirSync(DIR, { recursive: true });
    const file = join(DIR, "cli-var.ts");
    const out = join(DIR, "cli-out");
    rmSync(out, { recursive: true, force: true });
    const source = caseSource({ name: "var", main: `    var x = 1;\n    this.Echo(String(x));` });
    writeFileSync(file, source);
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
    vi.spyOn(console, "log").mockImplementation(() => {});
    const code = await main(["node", "pbts", "compile", file, "-o", out]);
    expect(code).toBe(1);
    const where = lineCol(source, source.indexOf("var x"));
    const rel = relative(process.cwd(), file);
    expect(lines).toContain(`${rel}(${where.line},${where.col}): error PBTS1004: ${Diagnostics.VarDeclaration.what}. ${Diagnostics.VarDeclaration.fix}`);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^.+\(\d+,\d+\): error PBTS\d{4}: .+\. .+/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

// pbts/plugin (compiler/plugin/index.cjs) through TypeScript's language service, the way tsserver
// uses it: init({ typescript }) -> create(info) -> a language service whose semantic diagnostics
// hold pbts's, with the codes, messages and positions of `pbts check`, following edits.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { ts } from "ts-morph";
import { COMPILER_OPTIONS, compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
type PluginInit = (modules: { typescript: typeof ts }) => { create(info: unknown): ts.LanguageService };

/** A language service over in-memory files (pbts/se and the lib come from disk), like an editor's. */
function editor(files: Record<string, string>) {
  const versions = new Map<string, number>(Object.keys(files).map((f) => [f, 1]));
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => COMPILER_OPTIONS,
    getScriptFileNames: () => Object.keys(files),
    getScriptVersion: (f) => String(versions.get(f) ?? 0),
    getScriptSnapshot: (f) => {
      const text = files[f] ?? ts.sys.readFile(f);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f in files || ts.sys.fileExists(f),
    readFile: (f) => files[f] ?? ts.sys.readFile(f),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const plain = ts.createLanguageService(host, ts.createDocumentRegistry());
  const logged: string[] = [];
  const info = {
    languageService: plain,
    languageServiceHost: host,
    project: { getCurrentDirectory: () => ROOT, projectService: { logger: { info: (m: string) => logged.push(m) } } },
    config: { name: "pbts/plugin" },
  };
  const init = require("pbts/plugin") as PluginInit;
  const ls = init({ typescript: ts }).create(info);
  return {
    ls,
    logged,
    edit(file: string, text: string) {
      files[file] = text;
      versions.set(file, (versions.get(file) ?? 0) + 1);
    },
  };
}

/** What the plugin adds, as `pbts check` prints it: code, line, col, message. */
function pbtsOf(ls: ts.LanguageService, file: string) {
  return ls
    .getSemanticDiagnostics(file)
    .filter((d) => d.source === "pbts")
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start!);
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      const code = text.slice(0, text.indexOf(":"));
      expect(d.code).toBe(Number(code.replace("PBTS", "")));
      expect(d.length).toBeGreaterThan(0);
      return { code, line: line + 1, col: character + 1, message: text.slice(code.length + 2) };
    });
}

/** `pbts check`'s answer for the same text. */
function checkOf(file: string, text: string) {
  return compile({ sources: { [file]: text }, cwd: ROOT }).diagnostics.map((d) => ({ code: d.code, line: d.line, col: d.col, message: d.message }));
}

const FILE = join(ROOT, "plugin-fixture/src/Program.ts");
const SCRIPT = `import { MyGridProgram, UpdateType } from "pbts/se";

export class Program extends MyGridProgram {
  private count = 0;
  Main(argument: string, updateSource: UpdateType): void {
    var n = 1;
    if (argument == "reset") this.count = 0;
    this.count += n;
    this.Echo("runs " + this.count);
  }
}
`;

describe("pbts/plugin in TypeScript's language service", () => {
  it("adds pbts check's diagnostics (codes, messages, positions) to the semantic diagnostics", () => {
    const { ls } = editor({ [FILE]: SCRIPT });
    const got = pbtsOf(ls, FILE);
    expect(got.map((d) => d.code)).toEqual(["PBTS1004", "PBTS1010"]);
    expect(got).toEqual(checkOf(FILE, SCRIPT));
    expect(got[0]).toMatchObject({ line: 6, col: 5 });
    // The squiggle covers the token at the reported position (`var`).
    const d = ls.getSemanticDiagnostics(FILE).find((x) => x.source === "pbts")!;
    expect(SCRIPT.slice(d.start!, d.start! + d.length!)).toBe("var");
  });

  it("follows edits: fixed problems go, new ones come, positions move", () => {
    const { ls, edit } = editor({ [FILE]: SCRIPT });
    expect(pbtsOf(ls, FILE).map((d) => d.code)).toEqual(["PBTS1004", "PBTS1010"]);
    const fixed = SCRIPT.replace("var n", "let n").replace('argument == "reset"', 'argument === "reset"');
    edit(FILE, fixed);
    expect(pbtsOf(ls, FILE)).toEqual([]);
    const moved = `// a new first line\n${fixed.replace("this.count += n;", "this.count += n;\n    const o = { a: 1 };")}`;
    edit(FILE, moved);
    const got = pbtsOf(ls, FILE);
    expect(got.map((d) => d.code)).toEqual(["PBTS1023"]);
    expect(got).toEqual(checkOf(FILE, moved));
    expect(got[0].line).toBe(10);
  });

  it("follows unsaved edits of the files a script imports", () => {
    const helper = join(ROOT, "plugin-fixture/src/gate.ts");
    const main = `import { MyGridProgram } from "pbts/se";
import { Gate } from "./gate.ts";

export class Program extends MyGridProgram {
  private readonly gate = new Gate();
  Main(argument: string): void {
    if (this.gate.open) this.Echo("open");
  }
}
`;
    const { ls, edit } = editor({ [FILE]: main, [helper]: "export class Gate {\n  open = true;\n}\n" });
    expect(pbtsOf(ls, FILE)).toEqual([]);
    edit(helper, "export class Gate {\n  open: unknown = 1;\n}\n"); // now an unknown used as a condition in Program.ts
    const got = pbtsOf(ls, FILE);
    expect(got.map((d) => [d.code, d.line])).toEqual([["PBTS1011", 7]]);
    expect(got).toEqual(compile({ sources: { [FILE]: main, [helper]: "export class Gate {\n  open: unknown = 1;\n}\n" }, cwd: ROOT }).diagnostics.map((d) => ({ code: d.code, line: d.line, col: d.col, message: d.message })));
  });

  it("does not repeat a TypeScript error the editor already shows", () => {
    const text = SCRIPT.replace("var n = 1;", 'const n: number = "one";');
    const { ls } = editor({ [FILE]: text });
    const all = ls.getSemanticDiagnostics(FILE);
    expect(all.filter((d) => d.code === 2322)).toHaveLength(1);
    expect(all.filter((d) => d.source === "pbts")).toEqual([]);
    expect(checkOf(FILE, text).map((d) => d.code)).toEqual(["PBTS0001"]);
  });

  it("leaves host code alone (tests, scenarios: files importing vitest, pbts/sim or node:*)", () => {
    const test = join(ROOT, "plugin-fixture/test/program.test.ts");
    const text = `import { it } from "vitest";\nimport { readFileSync } from "node:fs";\nit("x", () => { var s = readFileSync("a", "utf8"); console.log(s == "b"); });\n`;
    const { ls } = editor({ [FILE]: SCRIPT, [test]: text });
    expect(ls.getSemanticDiagnostics(test).filter((d) => d.source === "pbts")).toEqual([]);
    expect(pbtsOf(ls, FILE)).toHaveLength(2);
  });

  it("keeps every other language-service call working", () => {
    const { ls } = editor({ [FILE]: SCRIPT });
    const at = SCRIPT.indexOf("this.Echo") + "this.".length;
    expect(ls.getQuickInfoAtPosition(FILE, at)?.displayParts?.map((p) => p.text).join("")).toContain("Echo");
    expect(ls.getSyntacticDiagnostics(FILE)).toEqual([]);
  });
});

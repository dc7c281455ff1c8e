// Issue 15 (`full`): a script member named like an API member (`Id`, `Status`, `Lines`) is renamed when
// the script never reads the API's member of that name (compile.ts asks the checker: emit/api-members.ts);
// a name the script also reads on an API value (`Section` of MyIniKey) keeps its name everywhere.
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { composeScript } from "../../compiler/build.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { printLines } from "../../compiler/print/index.ts";
import { caseSource } from "../diff/harness.ts";
import { cases } from "../diff/cases/print-size.ts";

const compiled = (top: string, main: string) => {
  const r = compile({ sources: { ".tmp/print-api-members/case.ts": caseSource({ name: "c", top, main }) }, cwd: process.cwd() });
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  return r;
};
const words = (text: string) => new Set(text.match(/[A-Za-z_]\w*/g));

it("full renames a script member named like an API member the script never reads; one it reads on an API value keeps its name", () => {
  const c = cases.find((x) => x.name.startsWith("full: members named like API members"))!;
  const r = compiled(c.top!, c.main);
  const api = new Set(r.files[0].apiMembers);
  // the checker's answer: what the script reads on API values, not what it declares
  expect(api.has("Section")).toBe(true);
  expect(api.has("GetKeys")).toBe(true);
  for (const n of ["Id", "Status", "Lines"]) expect(api.has(n), n).toBe(false);
  const none = words(composeScript(r.files, [], "none"));
  const full = words(composeScript(r.files, [], "full"));
  for (const n of ["Id", "Status", "Lines", "Section"]) expect(none.has(n), n).toBe(true);
  for (const n of ["Id", "Status", "Lines"]) expect(full.has(n), n).toBe(false);
  expect(full.has("Section")).toBe(true);
});

it("without the compile's list (printLines alone) full keeps every name an API member has, as before", () => {
  const src = ["class P {", "  public long Id;", "  public P(long id) {", "    Id = id;", "  }", "}"];
  const text = printLines(src.map((t) => ({ text: t })), "full").text;
  expect(words(text).has("Id")).toBe(true);
  expect(words(printLines(src.map((t) => ({ text: t })), "full", new Set()).text).has("Id")).toBe(false);
});

it("a constructor parameter named like the field it sets gets a name of its own at full: no `this.` left", () => {
  const src = ["class P {", "  public long Id;", "  int n;", "  public P(long Id, int n) {", "    this.Id = Id;", "    this.n = n;", "  }", "  public long G() => Id + n;", "}"];
  const text = printLines(src.map((t) => ({ text: t })), "full", new Set()).text;
  expect(text).not.toContain("this.");
  // the fields keep one name each, read in G as in the constructor
  const [, f1, f2] = /long (\w+);int (\w+);/.exec(text)!;
  expect(text).toMatch(new RegExp(`\\{${f1}=\\w+;${f2}=\\w+;\\}`));
  expect(text).toContain(`=>${f1}+${f2};`);
});

it("full renames a script member apart from the API member of its name where their reads' positions differ (splitApiNames)", () => {
  const c = cases.find((x) => x.name.startsWith("full: a member named like an API member the script also reads"))!;
  const r = compiled(c.top!, c.main);
  const full = composeScript(r.files, [], "full");
  // MyIniKey's Name (read in names()) and Section keep their names; Peer's Name, read only elsewhere, is renamed
  expect(full.match(/\.Name\b/g)?.length, full).toBe(1);
  expect(full).not.toMatch(/string Name\b/);
  expect(full).toMatch(/\bSection="p"/);
  expect(full.match(/\.Section\b/g)?.length).toBe(2);
  // none keeps every name
  const none = composeScript(r.files, [], "none");
  expect(none).toMatch(/string Name\b/);
});

it("a name some member reads on both (in two statements), or that a parameter has, is not split: it keeps its name everywhere", () => {
  const both = compiled(
    `import type { MyIniKey } from "pbts/se";\nclass Peer {\n get Name(): string { return "p"; }\n}\nfunction f(p: Peer, k: MyIniKey): string {\n const a = p.Name;\n return a + k.Name;\n}`,
    `const ini = new MyIni(); ini.TryParse("[s]\\na=1\\n"); const keys: MyIniKey[] = []; ini.GetKeys("s", keys); this.Echo(f(new Peer(), keys[0]));`,
  );
  expect(composeScript(both.files, [], "full")).toMatch(/string Name\b/);
  const param = compiled(
    `import type { MyIniKey } from "pbts/se";\nclass Peer {\n get Name(): string { return "p"; }\n}\nfunction f(k: MyIniKey): string {\n return k.Name;\n}\nfunction g(Name: string): string {\n return Name + new Peer().Name;\n}`,
    `const ini = new MyIni(); ini.TryParse("[s]\\na=1\\n"); const keys: MyIniKey[] = []; ini.GetKeys("s", keys); this.Echo(f(keys[0]) + g("q"));`,
  );
  expect(composeScript(param.files, [], "full")).toMatch(/string Name\b/);
});

it("full renames the script's methods named Error and Line (every token a call) unless the TS names the JS Error or a token is no call (ownMethodWords)", () => {
  const con = `class Con { out = ""; Error(m: string): void { this.Line("[ERROR] " + m); } protected Line(l: string): void { this.out += l + ";"; } }`;
  const main = `const c = new Con(); c.Error("a"); this.Echo(c.out);`;
  const full = words(composeScript(compiled(con, main).files, [], "full"));
  expect(full.has("Error")).toBe(false);
  expect(full.has("Line")).toBe(false);
  // the TS throws a JS Error (C#'s Exception): the name Error is left alone; a field Line is no call: Line is too
  const thrown = words(composeScript(compiled(`${con} function f(): void { throw new Error("x"); }`, main).files, [], "full"));
  expect(thrown.has("Error")).toBe(true);
  expect(thrown.has("Line")).toBe(false);
  const field = words(composeScript(compiled(`${con} class Box { Line = "-"; }`, `${main} this.Echo(new Box().Line);`).files, [], "full"));
  expect(field.has("Line")).toBe(true);
  expect(field.has("Error")).toBe(false);
});

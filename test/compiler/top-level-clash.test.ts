// C117: every file's top-level functions, variables and types are members of the one C# class Program, so a
// name two files of one compile declare at top level is two members of it. The failover mixin's own short
// names (`CB`, `newer`...) met a user's: mcs CS0102 for `const CB`, and for `newer(a: number, b: number)`
// C# picked the mixin's `newer(int, int)` from the user's code (Node 1002, the game -1): silently different.
// Both are now PBTS1043 at the user's declaration, naming the other file. Two scripts of one build are two
// compiles: their helpers of one name are not refused.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { build } from "../../compiler/build.ts";
import { compile, type CompileResult } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = join(ROOT, ".tmp/top-level-clash");

const PROGRAM = `import { MyGridProgram, MyIni, UpdateType } from "pbts/se";
import { EchoConsole } from "../../mixins/echo-console.ts";
import { FailoverManager } from "../../mixins/failover-manager.ts";
import { useIt } from "./mine.ts";
export class Program extends MyGridProgram {
  private readonly failover: FailoverManager;
  constructor() {
    super();
    this.failover = new FailoverManager(this, new EchoConsole(this), new MyIni());
  }
  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument)) return;
    this.Echo(String(useIt(1, 2)));
  }
}
`;

// (a) mcs CS0102 beside the mixin's `CB`; (b) C# resolved `newer(x, y)` to the mixin's newer(int, int)
const MINE = `import type { int } from "pbts/se";
export const CB = 3;
export function newer(a: number, b: number): number { return a * 1000 + b; }
export function useIt(x: int, y: int): number { return newer(x, y) + CB - 3; }
`;

let r: CompileResult;
beforeAll(() => {
  r = compile({ sources: { [join(dir, "Program.ts")]: PROGRAM, [join(dir, "mine.ts")]: MINE }, cwd: ROOT });
});

const said = (at: string) => r.diagnostics.filter((d) => d.message.startsWith(`'${at}' `)).map((d) => `${d.file}(${d.line},${d.col}): ${d.code}: ${d.message}`);

it("(C117) a user's top-level const named like the failover mixin's (mcs CS0102) is PBTS1043 at the user's declaration", () => {
    expect(r.ok).toBe(false);
  expect(said("CB")).toEqual([
    ".tmp/top-level-clash/mine.ts(2,14): PBTS1043: 'CB' is a name the emitted C# already uses (mixins/failover.ts declares 'CB' at top level too, and every file's top-level functions, variables and types are members of the one C# class Program). Rename it.",
  ]);
});

it("(C117) a user's function named like the mixin's, which C# overload resolution would call instead (Node 1002, mono -1), is PBTS1043", () => {
  expect(said("newer")).toEqual([
    ".tmp/top-level-clash/mine.ts(3,17): PBTS1043: 'newer' is a name the emitted C# already uses (mixins/failover.ts declares 'newer' at top level too, and every file's top-level functions, variables and types are members of the one C# class Program). Rename it.",
  ]);
  // said in the user's file only: the mixin's names are not the user's to rename
  expect(r.diagnostics.filter((d) => d.file.includes("mixins/"))).toEqual([]);
});

it("(C117) two files of a script declaring one helper are PBTS1043 at each, naming the other", () => {
  const two = compile({
    sources: {
      [join(dir, "Two.ts")]: `import { MyGridProgram, UpdateType } from "pbts/se";
import { a } from "./a.ts";
function pad(s: string): string { return "[" + s + "]"; }
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void { this.Echo(pad(a())); }
}
`,
      [join(dir, "a.ts")]: `function pad(s: string): string { return "<" + s + ">"; }\nexport function a(): string { return pad("a"); }\n`,
    },
    cwd: ROOT,
  });
  expect(two.diagnostics.map((d) => `${d.file}(${d.line},${d.col}): ${d.code}: ${d.message.replace(/ at top level too.*/, "")}`)).toEqual([
    ".tmp/top-level-clash/a.ts(1,10): PBTS1043: 'pad' is a name the emitted C# already uses (.tmp/top-level-clash/Two.ts declares 'pad'",
    ".tmp/top-level-clash/Two.ts(3,10): PBTS1043: 'pad' is a name the emitted C# already uses (.tmp/top-level-clash/a.ts declares 'pad'",
  ]);
});

it("(C117) two scripts of one build, each declaring a helper of one name, are two compiles: both build", () => {
  const proj = join(dir, "build");
  rmSync(proj, { recursive: true, force: true });
  mkdirSync(join(proj, "src"), { recursive: true });
  const script = (word: string) => `import { MyGridProgram, UpdateType } from "pbts/se";
import { tag } from "./${word}-tag.ts";
const LABEL = "${word}";
function pad(s: string): string { return "[" + s + "]"; }
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void { this.Echo(pad(LABEL) + tag()); }
}
`;
  for (const w of ["one", "two"]) {
    writeFileSync(join(proj, "src", `${w}.ts`), script(w));
    writeFileSync(join(proj, "src", `${w}-tag.ts`), `const TAG = "${w}";\nexport function tag(): string { return TAG; }\n`);
  }
  const res = build(proj, { mixins: {}, scripts: { One: { entry: "src/one.ts" }, Two: { entry: "src/two.ts" } } });
  expect(res.errors).toEqual([]);
  const scripts = res.outputs.filter((o) => o.kind === "script").map((o) => o.path);
  expect(scripts).toContain("dist/scripts/One/script.cs");
  expect(scripts).toContain("dist/scripts/Two/script.cs");
});

it("(C117) a script's top-level name that an unread file of a mixin it imports declares (its MDK2 project holds the whole mixin) is PBTS1043", () => {
  const proj = join(dir, "shared");
  rmSync(proj, { recursive: true, force: true });
  mkdirSync(join(proj, "src"), { recursive: true });
  writeFileSync(join(proj, "src", "tools-a.ts"), `export function twice(s: string): string { return s + s; }\n`);
  writeFileSync(join(proj, "src", "tools-b.ts"), `const LIMIT = 5;\nexport function limited(n: number): number { return Math.min(n, LIMIT); }\n`);
  writeFileSync(
    join(proj, "src", "main.ts"),
    `import { MyGridProgram, UpdateType } from "pbts/se";
import { twice } from "./tools-a.ts";
const LIMIT = "x";
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void { this.Echo(twice(LIMIT)); }
}
`,
  );
  const res = build(proj, { mixins: { Tools: ["src/tools-a.ts", "src/tools-b.ts"] }, scripts: { Main: { entry: "src/main.ts" } } });
  expect(res.errors).toEqual([
    "src/main.ts(3,7): error PBTS1043: 'LIMIT' is a name the emitted C# already uses (src/tools-b.ts declares 'LIMIT' at top level too, and every file's top-level functions, variables and types are members of the one C# class Program). Rename it.",
  ]);
});

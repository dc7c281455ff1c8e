import type { DiffCase } from "../harness.ts";

// Session 22, rv-print: programs that broke the paste-ready printer's passes (compiler/print/); run them at a
// level with PBTS_DIFF_LEVEL=none, lite and full (the default level, MDK2's files, does not go through the printer).
export const cases: DiffCase[] = [
  {
    // C136: foreach.ts took any `.GetKeys(s, L)` for MyIni's (which fills L and keeps nothing); this one keeps L,
    // and touch() adds to it while the loop runs: a foreach threw where JS goes on
    name: "C136: a method of the script named GetKeys keeps the list; the loop over it sees what is added",
    top: `class Reg { kept: string[] = []; GetKeys(s: string, into: string[]): void { this.kept = into; into.push(s); } touch(): void { if (this.kept.length < 4) this.kept.push("t"); } }`,
    main: `const reg = new Reg(); const names: string[] = []; reg.GetKeys("a", names); let out = ""; for (let i = 0; i < names.length; i++) { out += names[i]; reg.touch(); } this.Echo(out + " " + String(names.length));`,
  },
];

import type { DiffCase } from "../harness.ts";

// Session 22 (cc-adv16): adversary round 16, everyday scripts: enums, numbers, strings, collections.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  // C124: an enum value as an index (names[st], a field, an assignment target), an array length or a ** operand was PBTS1047 "not an int or a number" / PBTS1001
  { name: "(C124) an enum value as an index, an array length and a ** operand", top: `enum St { Idle, Run, Done } enum Far { A = 7 } const names = ["idle", "run", "done"]; class M { state = St.Run; counts = [0, 0, 0]; label(): string { return names[this.state]; } }`, main: `const m = new M(); let st = St.Done; names[St.Idle] = "IDLE"; m.counts[st] += 2; m.counts[m.state]++; const far = Far.A; const grid = new Array<number>(St.Done).fill(st ** 2); let s = names[st] + ' ' + m.label() + ' ' + "xyz"[st] + ' ' + m.counts.join() + ' ' + (names[far] ?? "none") + ' ' + (names[far]?.length ?? -1) + ' ' + (names[st] ? "t" : "f") + ' ' + grid.join() + ' ' + (St.Run ** St.Done) + ' ' + names.join(); for (let i = St.Idle; i <= St.Done; i++) s += names[i][0]; ${show("s")}` },
];

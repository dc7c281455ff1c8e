import type { DiffCase } from "../harness.ts";

// Session 22 (cc-adv16): adversary round 16, everyday scripts: enums, numbers, strings, collections.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  // C124: an enum value as an index (names[st], a field, an assignment target), an array length or a ** operand was PBTS1047 "not an int or a number" / PBTS1001
  { name: "(C124) an enum value as an index, an array length and a ** operand", top: `enum St { Idle, Run, Done } enum Far { A = 7 } const names = ["idle", "run", "done"]; class M { state = St.Run; counts = [0, 0, 0]; label(): string { return names[this.state]; } }`, main: `const m = new M(); let st = St.Done; names[St.Idle] = "IDLE"; m.counts[st] += 2; m.counts[m.state]++; const far = Far.A; const grid = new Array<number>(St.Done).fill(st ** 2); let s = names[st] + ' ' + m.label() + ' ' + "xyz"[st] + ' ' + m.counts.join() + ' ' + (names[far] ?? "none") + ' ' + (names[far]?.length ?? -1) + ' ' + (names[st] ? "t" : "f") + ' ' + grid.join() + ' ' + (St.Run ** St.Done) + ' ' + names.join(); for (let i = St.Idle; i <= St.Done; i++) s += names[i][0]; ${show("s")}` },
  // C125: xs.join(), `${xs}`, String(xs) of an array of enum values were PBTS1015 "join of 'St' elements"; Array.from({ length: St.Done }, ...) "a length of type 'St'"
  { name: "(C125) an array of enum values joined, printed in a template and by String(), and an enum as Array.from's length", top: `enum St { Idle, Run, Done } /** @flags */ enum F { A = 1, B = 2, C = 4 } let log = ""; function sep(): string { log += "s"; return " / "; }`, main: `const xs = [St.Done, St.Idle, St.Run]; const fs: F[] = [F.A | F.C, F.B]; const none: St[] = []; const sq = Array.from({ length: St.Done }, (_, i) => i * i); ${show("xs.join() + ' ' + `[${xs}]` + ' ' + String(fs) + ' ' + xs.join(sep()) + ' [' + none.join() + '] ' + xs + ' ' + sq.join() + ' ' + log")}` },
];

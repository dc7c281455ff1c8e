import type { DiffCase } from "../harness.ts";

// Session 15 reviewer rv2: the `full` printer passes (compiler/print/compact.ts) against programs
// built to break them. Run at full with PBTS_DIFF_LEVEL=full (they also hold at the default level).
const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  {
    // widenCasts read `var m` as not a number, but foreachLoops had made it `foreach (var m in modes)`:
    // `1d*m` of an enum does not compile (CS0019)
    name: "(C65) full: an enum list summed in a loop foreach turns, beside an int of the same name",
    top: `enum Mode { A = 1, B = 2, C = 4 } class Bag { modes: Mode[] = [Mode.A, Mode.C]; sum(): number { let s = 0; for (let i = 0; i < this.modes.length; i++) { const m = this.modes[i]; s += m; } return s; } other(): number { const m: int = 3; return m / 2; } }`,
    main: `const b = new Bag(); ${show("b.sum()")} ${show("b.other()")}`,
  },
  {
    // widenCasts after a unary minus that follows `/` or `%`: `(double)a / -(double)x` was `(double)a/-1d*x`,
    // which C# reads as `((double)a/-1d)*x`
    name: "(C66) full: an int divided by a negated int, and its neighbours",
    main: `const pa: int = 6 + toInt(this.Storage.length); const px: int = 3 + toInt(this.Storage.length); ${show("pa / -px")} ${show("pa % -px")} ${show("-pa / px")} ${show("pa / -(px)")} ${show("2 ** -px")} ${show("pa * -px / 4")} ${show("pa - -px * 0.5")} ${show("(pa + 1) / - -px")}`,
  },
];

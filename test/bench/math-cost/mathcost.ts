// rv-cc2: the game's counted instructions of the session-17 math helpers, per call, over a spread of inputs.
import { MyGridProgram, UpdateType, type int } from "pbts/se";

export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void {
    const xs = [0.5, 1.5, 3, 10, 100, 1e5, 1e9, 1e18, 1e22, 1e300, -0.7, 2.5e-8, 0.999, 7.25];
    const names = ["sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "log10", "pow", "sq"];
    let out = "";
    let sink = 0;
    for (const name of names) {
      let max: int = 0;
      let total: int = 0;
      for (const x of xs) {
        const c0: int = this.Runtime.CurrentInstructionCount;
        let r = 0;
        if (name === "sin") r = Math.sin(x);
        else if (name === "cos") r = Math.cos(x);
        else if (name === "tan") r = Math.tan(x);
        else if (name === "asin") r = Math.asin(x / 1e300);
        else if (name === "acos") r = Math.acos(0.3);
        else if (name === "atan") r = Math.atan(x);
        else if (name === "atan2") r = Math.atan2(x, 3);
        else if (name === "exp") r = Math.exp(x / 100);
        else if (name === "log") r = Math.log(x);
        else if (name === "log10") r = Math.log10(x);
        else if (name === "pow") r = x ** 1.37;
        else r = x ** 2;
        const c1: int = this.Runtime.CurrentInstructionCount;
        sink += r;
        const d: int = c1 - c0;
        total += d;
        if (d > max) max = d;
      }
      out += name + " max " + max + " mean " + Math.round(total / xs.length) + "\n";
    }
    // a user's loop: how many Math.sin calls fit in one run
    const c0: int = this.Runtime.CurrentInstructionCount;
    let s = 0;
    for (let i = 0; i < 1000; i++) s += Math.sin(i * 0.37) * Math.cos(i * 0.11);
    const c1: int = this.Runtime.CurrentInstructionCount;
    out += "loop of 1000 sin*cos: " + (c1 - c0) + " (s " + s + ")\n";
    const c2: int = this.Runtime.CurrentInstructionCount;
    let p = 0;
    for (let i = 0; i < 1000; i++) p += (i * 0.37) ** 1.5;
    const c3: int = this.Runtime.CurrentInstructionCount;
    out += "loop of 1000 ** 1.5: " + (c3 - c2) + " (p " + p + ")\n";
    this.Echo(out + sink);
  }
}

// An exception at a known TS line, in Main and two calls deep (test/engine/cs-exception-at.test.ts).
import { MyGridProgram } from "pbts/se";

export class Program extends MyGridProgram {
  Main(argument: string): void {
    if (argument === "deep") this.fail(2);
    const name = argument;
    if (name === "here") throw new Error("thrown in Main");
  }
  fail(n: number): void {
    if (n > 0) this.fail(n - 1);
    else throw new Error("thrown in fail");
  }
}

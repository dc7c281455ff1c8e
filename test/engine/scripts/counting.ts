// Test script of test/engine/instructions.test.ts: each argument runs one construct and records
// Runtime.CurrentInstructionCount at checkpoints (ints, printed only at the end so the printing's own
// cost is not part of what is checked). The expected counts are worked out by hand from the game's
// rules in the test.
import { Blocks, MyGridProgram, UpdateType, type IMyProgrammableBlock, type int } from "pbts/se";

class Box {
  private v: int = 0;
  constructor(start: int) {
    this.v = start;
  }
  get value(): int {
    return this.v;
  }
  set value(x: int) {
    this.v = x;
  }
}

export class Program extends MyGridProgram {
  private depth: int = 0;

  // an explicit constructor: C# has one to count (a field's default value alone no longer makes one)
  constructor() {
    super();
  }

  private helper(x: int): int {
    if (x > 0) {
      return x;
    }
    return -x;
  }

  private recurse(n: int): int {
    this.depth = this.Runtime.CurrentCallChainDepth;
    return n <= 0 ? 0 : this.recurse(n - 1) + 1;
  }

  Main(argument: string, updateSource: UpdateType): void {
    const c0 = this.Runtime.CurrentInstructionCount;
    let n: int = 0;
    if (argument === "if") {
      if (n === 0) {
        n++;
      }
      if (n === 5) {
        n++;
      } else {
        n--;
      }
      if (n === 0) {
        if (n === 0) {
          n++;
        } else {
          n--;
        }
      }
    } else if (argument === "elseif") {
      n = 3;
      if (n === 1) {
        n = 10;
      } else if (n === 2) {
        n = 20;
      } else if (n === 3) {
        n = 30;
      } else {
        n = 40;
      }
    } else if (argument === "switch") {
      for (let i: int = 0; i < 4; i++) {
        switch (i) {
          case 0:
          case 1:
            n += 1;
            break;
          case 2:
            n += 2;
            break;
          default:
            n += 3;
            break;
        }
      }
    } else if (argument === "loops") {
      for (let i: int = 0; i < 3; i++) n++;
      let w: int = 0;
      while (w < 4) w++;
      let d: int = 0;
      do {
        d++;
      } while (d < 2);
      const xs: int[] = [1, 2, 3, 4, 5];
      for (const x of xs) n += x;
    } else if (argument === "try") {
      try {
        n++;
        throw new Error("x");
      } catch (e) {
        n++;
      } finally {
        n++;
      }
      try {
        n++;
      } finally {
        n++;
      }
    } else if (argument === "lambda") {
      const f: (s: string) => boolean = (s: string): boolean => s === "yes";
      const g: (s: string) => boolean = (s: string): boolean => {
        if (s.length > 0) {
          return true;
        }
        return false;
      };
      if (f("yes")) n++;
      if (f("no")) n++;
      if (g("a")) n++;
    } else if (argument === "helper") {
      n = this.helper(3) + this.helper(-4);
    } else if (argument === "property") {
      const b = new Box(2);
      b.value = b.value + 1;
      n = b.value;
    } else if (argument === "limit") {
      for (;;) n++;
    } else if (argument === "depth") {
      n = this.recurse(5000);
    } else if (argument === "nest") {
      // runs the PB named "Nested" with "limit": the nested run shares this run's count
      const pbs: IMyProgrammableBlock[] = [];
      this.GridTerminalSystem.GetBlocksOfType(Blocks.IMyProgrammableBlock, pbs, (b: IMyProgrammableBlock) => b.CustomName === "Nested");
      this.Echo("before");
      if (pbs.length > 0) pbs[0]!.TryRun("limit");
      this.Echo("after");
    } else if (argument === "catchlimit") {
      try {
        for (;;) n++;
      } catch (e) {
        this.Echo("caught");
      } finally {
        this.Echo("finally");
      }
    }
    const c1 = this.Runtime.CurrentInstructionCount;
    this.Echo(`${c0} ${c1} ${n}`);
  }
}

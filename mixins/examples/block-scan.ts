// Example: scan every block of a large grid, a slice per run, with a generator.
//
// A grid with thousands of blocks cannot be inspected in one run (the game stops a run past
// 50,000 counted instructions). The scan is a generator (compiled to a C# iterator, the
// IEnumerator<bool> state machine SE scripters write by hand): each Update10 run steps it once,
// it inspects the next SLICE blocks and yields. When it is done the totals go to the LCD named
// "Scan Report" (if there is one) and a new scan starts on the next run.
//
// Echo each run: "scan <done>/<total> (<percent>%)", then "report: ..." when a scan completes.
import { IMyTextPanel, MyGridProgram, UpdateFrequency, UpdateType, toInt, type IMyTerminalBlock, type int } from "pbts/se";

/** Blocks inspected per run. */
const SLICE: int = 50;

export class Program extends MyGridProgram {
  private readonly blocks: IMyTerminalBlock[] = [];
  private scanner: Generator<boolean, void> | null = null;
  private done: int = 0;
  private working: int = 0;
  private broken: int = 0;
  private scans: int = 0;
  private report = "no scan finished yet";

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(argument: string, updateSource: UpdateType): void {
    if ((updateSource & UpdateType.Update10) === UpdateType.None) return;
    if (this.scanner === null) this.scanner = this.scan();
    // One step per run: the generator resumes where the previous run left it.
    const step = this.scanner.next();
    const total = this.blocks.length;
    const percent = total === 0 ? 100 : toInt(Math.floor((this.done * 100) / total));
    this.Echo(`scan ${this.done}/${total} (${percent}%)`);
    if (step.done) {
      this.scanner = null;
      this.Echo(`report: ${this.report}`);
    }
  }

  /** The scan: refresh the block list, inspect SLICE blocks per step, then publish the totals. */
  private *scan(): Generator<boolean, void> {
    this.GridTerminalSystem.GetBlocks(this.blocks);
    this.done = 0;
    this.working = 0;
    this.broken = 0;
    for (let i = 0; i < this.blocks.length; i++) {
      const b = this.blocks[i];
      if (b.IsWorking) this.working++;
      else if (!b.IsFunctional) this.broken++;
      this.done++;
      if (this.done % SLICE === 0 && this.done < this.blocks.length) yield true;
    }
    this.scans++;
    this.report = `scan ${this.scans}: ${this.blocks.length} blocks, ${this.working} working, ${this.broken} damaged`;
    const lcd = this.GridTerminalSystem.GetBlockWithName("Scan Report");
    if (lcd instanceof IMyTextPanel) lcd.WriteText(this.report);
  }
}

// Runtime (IMyGridProgramRuntimeInfo) of one script instance.
// - TimeSinceLastRun counts *game ticks* since the previous run (or since the instance was built),
//   times 166,666 TimeSpan ticks; it keeps growing while the block is off or throttled.
// - LastRunTimeMs is DETERMINISTIC: the wall time of a JS run says nothing about the game's cost and
//   would break "same seed, same trace". The model is a fixed cost per run (SimOptions.lastRunTimeMs,
//   default 0), set after every run; it is 0 before the first run.
// - CurrentInstructionCount, TS engine: modelled only as far as scripts can rely on it: it starts
//   again at every run and grows within a run (each read costs an instruction: reads return 1, 2,
//   3...). The cost of the script's own code is not counted (TS has no C# structure to count);
//   call depth is not modelled (0) and the limit is never reached. The C# engine (sim/engine/cs.ts)
//   counts exactly by the game's rules (compiler/csharp/instrument.ts) and answers these members
//   itself; past the limit it ends the run with ScriptTooComplex below.
import { fillUnmodelled } from "./blocks/unmodelled.ts";
import { TimeSpan, UpdateFrequency, type IMyGridProgramRuntimeInfo } from "pbts/se";

/**
 * The game's DetailedInfo text when a run passes 50,000 instructions or a call depth of 1,000
 * (MySpaceTexts.ProgrammableBlock_Exception_TooComplex, English; the text is not in our reference
 * data: taken as players quote it, *uncertain*). The game shows it after the run's Echo output and
 * terminates the script until it is recompiled.
 */
export const TOO_COMPLEX_TEXT = "Script execution terminated, script is too complex.";
/** The same inside a run nested through TryRun (ProgrammableBlock_Exception_NestedTooComplex): *uncertain* text; the nested script is not terminated, the caller is. */
export const NESTED_TOO_COMPLEX_TEXT = "Nested script execution terminated, script is too complex.";

/** A run passed the instruction limit or the call depth (C# engine): the script is terminated. */
export class ScriptTooComplex extends Error {
  constructor() {
    super(TOO_COMPLEX_TEXT);
  }
}
/** The same in a run nested in another one (TryRun): this script stays alive; its caller dies. */
export class NestedTooComplex extends Error {
  constructor() {
    super(NESTED_TOO_COMPLEX_TEXT);
  }
}

/** TimeSpan ticks per game tick (1/60 s, as the game rounds it). */
export const TIMESPAN_TICKS_PER_GAME_TICK = 166666;
export const TICKS_PER_SECOND = 60;
const VALID_FREQUENCY_BITS =
  UpdateFrequency.Update1 | UpdateFrequency.Update10 | UpdateFrequency.Update100 | UpdateFrequency.Once;

let prototypeFilled = false;

/** Intervals (game ticks) whose TimeSpan all PBs share, made when first met. */
const SHARED_GAPS = 1024;
const sharedSpans: (TimeSpan | undefined)[] = new Array<TimeSpan | undefined>(SHARED_GAPS).fill(undefined);
function sharedTimeSpan(gap: number): TimeSpan {
  let span = sharedSpans[gap];
  if (span === undefined) sharedSpans[gap] = span = new TimeSpan(gap * TIMESPAN_TICKS_PER_GAME_TICK);
  return span;
}

const RUNTIME_INTERFACES: ReadonlySet<string> = new Set(["IMyGridProgramRuntimeInfo"]);

export interface SimRuntimeInfo extends IMyGridProgramRuntimeInfo {}
export class SimRuntimeInfo implements IMyGridProgramRuntimeInfo {
  // What every run reads and writes first (V8 lays fields out in this order; issue 17).
  TimeSinceLastRun: TimeSpan = TimeSpan.Zero;
  private frequency: UpdateFrequency = UpdateFrequency.None;
  private instructions = 0;
  LastRunTimeMs = 0;
  // The constants are getters on the prototype, not fields: the object a run reads stays small (with
  // 1000 PBs, fewer of its bytes to fetch per run: issue 17).
  get interfaces(): ReadonlySet<string> {
    return RUNTIME_INTERFACES;
  }
  get MaxInstructionCount(): number {
    return 50000;
  }
  get MaxCallChainDepth(): number {
    return 1000;
  }
  get CurrentCallChainDepth(): number {
    return 0;
  }

  /**
   * `lastRunTick`: the tick the instance was built; the first run measures from it.
   * `onFrequency`: told every UpdateFrequency change (the scheduler's buckets, sim/scheduler.ts).
   */
  constructor(
    public lastRunTick: number,
    private readonly onFrequency: ((before: number, after: number) => void) | null = null,
  ) {
    // Unmodelled members (LifetimeTicks) go on the prototype, once: defined on each instance they
    // would make the Runtime a dictionary-mode object, slow to read on every run.
    if (!prototypeFilled) {
      prototypeFilled = true;
      fillUnmodelled(SimRuntimeInfo.prototype, this.interfaces, this);
    }
  }

  get CurrentInstructionCount(): number {
    return ++this.instructions;
  }

  get UpdateFrequency(): UpdateFrequency {
    return this.frequency;
  }
  set UpdateFrequency(value: UpdateFrequency) {
    // The game's setter throws ArgumentException for any bit outside the enum.
    if (typeof value !== "number" || !Number.isInteger(value) || (value & ~VALID_FREQUENCY_BITS) !== 0 || value < 0) {
      throw new Error("Unsupported flags in UpdateFrequency");
    }
    const before = this.frequency;
    this.frequency = value;
    if (before !== value && this.onFrequency) this.onFrequency(before, value);
  }
  /** Host side: clear Once after the run it caused was started. */
  clearOnce(): void {
    const before = this.frequency;
    this.frequency &= ~UpdateFrequency.Once;
    if (before !== this.frequency && this.onFrequency) this.onFrequency(before, this.frequency);
  }
  /** Host side: called at the start of every run. */
  beginRun(tick: number): void {
    const gap = tick - this.lastRunTick;
    // A TimeSpan is immutable, so every PB shares one per interval up to SHARED_GAPS game ticks (with
    // 1000 PBs a run then reads a TimeSpan in the cache, not one of its own: issue 17); a longer
    // interval gets the PB's own, reused while the interval stays the same. Steady-state runs allocate none.
    if (gap >= 0 && gap < SHARED_GAPS) this.TimeSinceLastRun = sharedTimeSpan(gap);
    else if (this.TimeSinceLastRun.Ticks !== gap * TIMESPAN_TICKS_PER_GAME_TICK) this.TimeSinceLastRun = new TimeSpan(gap * TIMESPAN_TICKS_PER_GAME_TICK);
    this.lastRunTick = tick;
    this.instructions = 0;
  }
}

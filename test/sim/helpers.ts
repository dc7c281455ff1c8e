// Test helpers for the simulator tests: small worlds and scripts built from hooks.
import { MyGridProgram, UpdateType } from "pbts/se";
import { Simulation, type ProgramClass, type SimOptions, type TraceEvent } from "pbts/sim";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type P = MyGridProgram & Record<string, any>;

export interface Hooks {
  init?(p: P): void;
  main?(p: P, argument: string, updateType: UpdateType): void;
  save?(p: P): void;
}

/** A script class whose constructor/Main/Save call the hooks. */
export function script(hooks: Hooks): ProgramClass {
  return class Program extends MyGridProgram {
    constructor() {
      super();
      hooks.init?.(this as unknown as P);
    }
    Main(argument: string, updateType: UpdateType): void {
      hooks.main?.(this as unknown as P, argument, updateType);
    }
    Save(): void {
      hooks.save?.(this as unknown as P);
    }
  };
}

/** A simulation with one grid "G" (phases 0 unless told otherwise). */
export function sim1(opts: SimOptions = {}): Simulation {
  const sim = new Simulation({ seed: 1, phases: "zero", ...opts });
  sim.addGrid({ name: "G" });
  return sim;
}

export function runs(sim: Simulation, block: string): TraceEvent[] {
  return sim.trace.forBlock(block, "run");
}

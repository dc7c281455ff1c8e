// Deterministic EntityIds. SE's EntityIds are 64-bit longs (often above 2^53), but the scripts run in
// Node where `long` is a JS number: only integers below 2^53 are exact. So the simulator draws ids
// in [2^52, 2^53): always 16 digits, always exact, unique, and a function of the seed.
import { type Rng } from "./rng.ts";

export const MIN_ENTITY_ID = 2 ** 52;
export const MAX_ENTITY_ID = 2 ** 53 - 1;

export class EntityIdAllocator {
  private readonly used = new Set<number>();
  constructor(private readonly rng: Rng) {}

  /** A fresh id; `fixed` (from a scenario) is honoured when it is a safe integer and unused. */
  allocate(fixed?: number): number {
    if (fixed !== undefined) {
      if (!Number.isSafeInteger(fixed) || fixed <= 0) throw new Error(`EntityId ${fixed} is not a positive safe integer`);
      if (this.used.has(fixed)) throw new Error(`EntityId ${fixed} is used twice`);
      this.used.add(fixed);
      return fixed;
    }
    for (;;) {
      const hi = (this.rng.nextUint32() >>> 12) | 0x100000; // 21 bits with the top one set: >= 2^52
      const lo = this.rng.nextUint32();
      const id = hi * 4294967296 + lo;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

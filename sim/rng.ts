// Seeded randomness for the simulator. WHY our own PRNG: the trace must be a pure function of
// (scenario, seed), so Math.random and the clock are never used. Each concern (entity ids, phases,
// message loss, random faults, run order) draws from its own stream, so adding a fault to a
// scenario does not shift the ids or phases of unrelated blocks.

/** mulberry32: a small, fast 32-bit generator with good enough statistics for test schedules. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }
  /** Uniform integer in [0, n). */
  int(n: number): number {
    if (n <= 0) return 0;
    return Math.floor(this.next() * n);
  }
  /** Uniform integer in [min, max] (inclusive). */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  /** True with probability p. */
  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** Fisher-Yates shuffle in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }
}

/** Names of the independent random streams. */
export type RngStream = "ids" | "phases" | "loss" | "faults" | "order";

/** Derive a stream's seed from the scenario seed (FNV-1a of the stream name mixed with the seed). */
export function streamSeed(seed: number, stream: RngStream): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // splitmix-style finalizer so nearby seeds give unrelated streams
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export function streamRng(seed: number, stream: RngStream): Rng {
  return new Rng(streamSeed(seed, stream));
}

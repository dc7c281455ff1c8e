// Spec, behaviour 13: a standby's and an active node's steady-state runs allocate nothing. Measured
// under mono with GC.GetAllocatedBytesForCurrentThread around each Main (test/bench/cs.ts,
// the same code `npm run bench -- cs` prints), against a fake API that itself allocates nothing for
// these calls: the calibration script, making the same kinds of calls, shows 0. Bytes are counts,
// not timings, so the assertion is exact and not noisy.
import { describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] C# allocation test: ${noMono}`);

describe.skipIf(noMono !== null)("the compiled failover mixin allocates nothing per run in steady state", () => {
  it("calibration 0 bytes/run; active and standby copies 0 bytes/run", { timeout: 240_000 }, async () => {
    const { measureCs } = await import("../bench/cs.ts");
    const m = await measureCs({ warmup: 1000, rounds: 3000 });
    expect(m.calibration.bytes).not.toBe("n/a");
    expect(Number(m.calibration.bytes)).toBe(0);
    expect(m.active).toHaveLength(1);
    expect(m.standby).toHaveLength(2);
    for (const r of [...m.active, ...m.standby]) {
      expect(r.runs).toBe(3000);
      expect(Number(r.bytes), `copy ${r.node}: ${r.echo}`).toBe(0);
    }
  });
});

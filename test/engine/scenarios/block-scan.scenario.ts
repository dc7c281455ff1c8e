// The generator example (mixins/examples/block-scan.ts) on a large grid: 300 blocks, some switched
// off, two damaged, one destroyed, one repaired (between two scans); scanned 50 blocks per Update10 run. Run on both engines
// by test/engine/two-engines.test.ts and checked against the world by test/sim/block-scan.test.ts.
import type { Scenario } from "../../../sim/scenario.ts";

/** Generic blocks besides the PB and the LCD. */
export const FILLER = 298;

const scenario: Scenario = {
  name: "block-scan",
  description: "mixins/examples/block-scan.ts scans a 300-block grid a slice per run with a generator and reports its progress.",
  seed: 3,
  seconds: 12,
  grids: [
    {
      name: "Station",
      isStatic: true,
      blocks: [
        { type: "programmable", name: "PB Scan", script: "../../../mixins/examples/block-scan.ts", phase10: 0 },
        { type: "text-panel", name: "Scan Report" },
        ...Array.from({ length: FILLER }, (_, i) => ({ type: "block" as const, name: `Block ${i}`, enabled: i % 10 !== 0 })),
      ],
    },
  ],
  events: [
    { tick: 245, kind: "damage", block: "Block 7" },
    { tick: 245, kind: "damage", block: "Block 8" },
    { tick: 365, kind: "destroy", block: "Block 9" },
    { tick: 485, kind: "repair", block: "Block 7" },
  ],
};
export default scenario;

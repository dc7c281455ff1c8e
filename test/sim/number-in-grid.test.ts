// NumberInGrid (IMyCubeBlock): the game numbers a grid's blocks of one definition 1, 2, ... in the order
// they are placed. world.ts counts them per grid, kind and subtype (one counter, O(1) a block: a scan of
// every block per added block made building 1000 PBs quadratic, issue 17). Generated worlds: each
// block's number is 1 + the blocks added before it on its grid with its type and subtype, counted from
// the list of additions; a block whose addition failed is not counted (and is in no list of the world:
// a refused PB was once left in the run order); a "NumberInGrid" property wins.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { Simulation } from "pbts/sim";

interface Add {
  grid: "G" | "H";
  type: "BatteryBlock" | "programmable" | "text-panel" | "Door";
  subtype: string | null;
  /** Fails after the block is built ("rates" on a hand-written block is an error). */
  fails: boolean;
  fixed: number | null;
}

const SUBTYPES: Record<Add["type"], string[]> = {
  BatteryBlock: ["LargeBlockBatteryBlock", "SmallBlockBatteryBlock"],
  programmable: ["LargeProgrammableBlock", "SmallProgrammableBlock"],
  "text-panel": ["LargeLCDPanel", "SmallTextPanel"],
  Door: ["SmallDoor", "LargeBlockGate"],
};

const add: fc.Arbitrary<Add> = fc
  .record({
    grid: fc.constantFrom("G" as const, "H" as const),
    type: fc.constantFrom("BatteryBlock" as const, "programmable" as const, "text-panel" as const, "Door" as const),
    pick: fc.integer({ min: -1, max: 1 }),
    fails: fc.boolean(),
    fixed: fc.option(fc.integer({ min: 1, max: 50 }), { freq: 5 }),
  })
  .map(({ grid, type, pick, fails, fixed }) => ({
    grid,
    type,
    subtype: pick < 0 ? null : SUBTYPES[type][pick]!,
    // only hand-written blocks refuse "rates"; a kind block (battery, door) takes them
    fails: fails && (type === "programmable" || type === "text-panel"),
    fixed,
  }));

describe("NumberInGrid", () => {
  it("counts a grid's earlier blocks of the same type and subtype (generated worlds)", () => {
    fc.assert(
      fc.property(fc.array(add, { maxLength: 40 }), (adds) => {
        const sim = new Simulation({ seed: 1 });
        sim.addGrid({ name: "G" });
        sim.addGrid({ name: "H" });
        const added: { spec: Add; subtype: string; n: number }[] = [];
        adds.forEach((a, i) => {
          const spec: Record<string, unknown> = { type: a.type, name: `B${i}` };
          if (a.subtype !== null) spec.subtype = a.subtype;
          if (a.fails) spec.rates = {};
          if (a.fixed !== null) spec.properties = { NumberInGrid: a.fixed };
          let b: { NumberInGrid: number; definitionSubtype: string } | null = null;
          try {
            b = sim.addBlock(a.grid, spec as never) as unknown as typeof b;
          } catch {
            expect(a.fails).toBe(true);
            // a refused block is in no list (a refused PB was once left in the run order)
            expect(sim.world.pbs.some((p) => p.key === `B${i}`) || sim.world.blocks.some((p) => p.key === `B${i}`)).toBe(false);
            return;
          }
          expect(a.fails).toBe(false);
          added.push({ spec: a, subtype: b!.definitionSubtype, n: b!.NumberInGrid });
        });
        added.forEach((x, i) => {
          const before = added.slice(0, i).filter((y) => y.spec.grid === x.spec.grid && y.spec.type === x.spec.type && y.subtype === x.subtype).length;
          expect(x.n).toBe(x.spec.fixed ?? before + 1);
        });
      }),
      unseeded(200),
    );
  });
});

// Issue 11 item 2, "every API property readable": every property of every interface of every block
// kind (and of a mechanical block's top part) is read on a fresh block; none may throw. The two-engine
// form (the same reads from a PB script, compared under --engine cs) is test/engine/api-properties.test.ts.
import { describe, expect, it } from "vitest";
import { Simulation } from "pbts/sim";
import { BLOCK_KINDS } from "../../sim/blocks/kinds.generated.ts";
import { TOP_PROPERTIES, TYPES, isMechanical, propertiesOf } from "./api-properties.ts";

function fresh(type: string): { sim: Simulation; b: Record<string, unknown> } {
  const sim = new Simulation({ seed: 1, phases: "zero" });
  sim.addGrid({ name: "G" });
  sim.addGrid({ name: "T", position: [0, 5, 0] });
  const b = sim.addBlock("G", { type, name: "X" }) as unknown as Record<string, unknown>;
  if (isMechanical(type)) sim.world.addJoint("X", "G", "T");
  sim.start();
  return { sim, b };
}

describe("every API property of every block kind is readable", () => {
  it("lists 85 kinds plus the 4 hand-written names, and thousands of properties", () => {
    expect(Object.keys(BLOCK_KINDS)).toHaveLength(85);
    expect(TYPES.reduce((n, t) => n + propertiesOf(t).length, 0)).toBeGreaterThan(3900);
  });

  it("reads each on a fresh block (and its top part): none throws", () => {
    const throwing: string[] = [];
    let reads = 0;
    for (const type of TYPES) {
      const { b } = fresh(type);
      const read = (o: Record<string, unknown>, props: [string, string][], where: string) => {
        for (const [i, p] of props) {
          reads++;
          try {
            void o[p];
          } catch (e) {
            throwing.push(`${where} ${i}.${p}: ${(e as Error).message}`);
          }
        }
      };
      read(b, propertiesOf(type), type);
      if (isMechanical(type)) {
        const top = b.Top as Record<string, unknown> | null;
        expect(top, `${type}.Top`).not.toBeNull();
        read(top!, TOP_PROPERTIES, `${type}/top`);
      }
    }
    expect(throwing).toEqual([]);
    expect(reads).toBeGreaterThan(4000);
  });
});

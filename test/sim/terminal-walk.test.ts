// A generated walk over every block kind of terminal.dat (and the hand-written types): build it in a
// scenario, read every terminal property, set each one to the value read (it must read back the
// same) and to a generated value (it must read back that value), apply every action in a generated
// order (nothing may throw; each application is an "action" trace event, in order), then save and
// load the world (the values set survive). fast-check draws the values, the order and the block's
// state (working, off, damaged, unpowered, destroyed) per kind.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Color, StringBuilder } from "pbts/se";
import { Simulation } from "pbts/sim";
import { BLOCK_KINDS } from "../../sim/blocks/kinds.generated.ts";
import type { SimBlock } from "../../sim/blocks/block.ts";

const TYPES = [...Object.keys(BLOCK_KINDS), "programmable", "text-panel", "antenna", "connector", "block"];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type B = SimBlock & Record<string, any>;

function build(type: string): { sim: Simulation; b: B } {
  const sim = new Simulation({ seed: 1, phases: "zero" });
  sim.addGrid({ name: "G" });
  const b = sim.addBlock("G", { type, name: "X" }) as B;
  sim.start();
  return { sim, b };
}

/** A value as compared: colours by packed value, StringBuilders by text. */
function plain(v: unknown): unknown {
  if (v instanceof Color) return `color ${v.PackedValue}`;
  if (v instanceof StringBuilder) return `text ${v.ToString()}`;
  return v;
}

/** Single properties over a whole-number API member (the value is rounded: block.ts writeTerminal). */
// Sliders over whole-number API members: a transponder's channel, a projector's offset and rotation (Vector3I).
const WHOLE = new Set(["TransponderBlock.Channel", ...["X", "Y", "Z", "RotX", "RotY", "RotZ"].map((a) => `Projector.${a}`)]);

/** A generated value of a terminal type (Single within [1, 2], Int64 within [0, 2]: valid for every kind's ranges and enums). */
function valueOf(type: string, whole: boolean): fc.Arbitrary<unknown> {
  switch (type) {
    case "Boolean": return fc.boolean();
    case "Single": return whole ? fc.integer({ min: 1, max: 2 }) : fc.integer({ min: 0, max: 100 }).map((n) => Math.fround(1 + n / 100));
    case "Int64": return fc.integer({ min: 0, max: 2 });
    case "Color": return fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map(([r, g, b, a]) => new Color(r, g, b, a));
    case "StringBuilder": return fc.string({ maxLength: 12 }).map((s) => new StringBuilder().Append(s));
    default: return fc.constant(null);
  }
}

describe("terminal walk: every kind, every property and action (generated values and orders)", () => {
  it("covers the 85 kinds of terminal.dat and the hand-written types", () => {
    expect(Object.keys(BLOCK_KINDS).length).toBe(85);
    for (const t of TYPES) {
      const { b } = build(t);
      expect(Object.keys(b.terminalDef.props).length, t).toBeGreaterThan(3);
      expect(b.terminalDef.actions.length, t).toBeGreaterThan(0);
    }
  });

  for (const type of TYPES) {
    it(`${type}: reads, round-trips, applies every action without a throw; save/load keeps the values`, () => {
      const props = Object.entries(build(type).b.terminalDef.props);
      const actions = build(type).b.terminalDef.actions;
      const settable = props.filter(([id]) => id !== "OnOff"); // OnOff last: a block turned off still takes its settings
      fc.assert(
        fc.property(fc.tuple(...settable.map(([id, t]) => valueOf(t, WHOLE.has(`${type}.${id}`)))), fc.shuffledSubarray(actions, { minLength: actions.length }), fc.constantFrom("none", "off", "damaged", "unpowered", "destroyed"), (values, order, state) => {
          const { sim, b } = build(type);
          // read every property; the value read sets back to itself
          for (const [id, t] of props) {
            const p = b.GetProperty(id)!;
            expect(p.Id).toBe(id);
            expect(p.TypeName).toBe(t);
            const v = p.GetValue(b);
            p.SetValue(b, v);
            expect(plain(p.GetValue(b)), `${type}.${id} same value`).toEqual(plain(v));
          }
          // a generated value reads back (a door's Open, a battery's ChargeMode... are driven by it)
          settable.forEach(([id], i) => {
            const p = b.GetProperty(id)!;
            p.SetValue(b, values[i]);
            expect(plain(p.GetValue(b)), `${type}.${id} set ${String(plain(values[i]))}`).toEqual(plain(values[i]));
          });
          // every action, in the generated order and block state: none throws, each is an action event in order
          if (state === "off") b.Enabled = false;
          if (state === "damaged") b.functional = false;
          if (state === "unpowered") b.powered = false;
          if (state === "destroyed") b.destroyed = true;
          sim.step();
          const before = sim.trace.ofKind("action").length;
          for (const a of order) b.ApplyAction(a);
          const applied = sim.trace.ofKind("action").slice(before).filter((e) => e.data.by === "host").map((e) => e.data.name);
          expect(applied).toEqual(order);
          for (const [id] of props) expect(() => b.GetProperty(id)!.GetValue(b)).not.toThrow();
          // a world save and load keeps every terminal value
          const saved = props.map(([id]) => plain(b.GetProperty(id)!.GetValue(b)));
          sim.saveWorld();
          sim.loadWorld();
          expect(props.map(([id]) => plain(b.GetProperty(id)!.GetValue(b)))).toEqual(saved);
        }),
        { numRuns: 6, seed: 11 },
      );
    });
  }
});

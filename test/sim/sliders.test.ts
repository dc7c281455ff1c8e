// Slider ranges and defaults (GetMinimum/GetMaximum/GetDefaultValue) from the game's public source
// (sim/blocks/sliders.ts), colour pickers' ranges, and the clear error where no public source gives one.
import { describe, expect, it } from "vitest";
import { Color } from "pbts/se";
import { runScenario } from "pbts/sim";
import type { SimBlock } from "../../sim/blocks/block.ts";
import { SLIDERS } from "../../sim/blocks/sliders.ts";
import { BLOCK_KINDS } from "../../sim/blocks/kinds.generated.ts";
import { sim1 } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type B = SimBlock & Record<string, any>;
const f = Math.fround;

describe("slider table", () => {
  it("every entry names a Single terminal property of its kind (terminal.dat) and the file it was read from", () => {
    for (const [kind, sliders] of Object.entries(SLIDERS)) {
      for (const [id, s] of Object.entries(sliders)) {
        expect(s.from.length, `${kind}.${id}`).toBeGreaterThan(3);
        if (kind === "*") expect(BLOCK_KINDS.TextPanel!.props[id], id).toBe("Single");
        else expect(BLOCK_KINDS[kind]?.props[id], `${kind}.${id}`).toBe("Single");
      }
    }
  });

  it("ranges and defaults read from the source: antenna radius by grid size, rotor limits, sensor, projector, sound, connector", () => {
    const sim = sim1();
    const small = sim.addGrid({ name: "S", gridSize: "Small" });
    void small;
    const a = sim.addBlock("G", { type: "RadioAntenna", name: "A" }) as B;
    const sa = sim.addBlock("S", { type: "RadioAntenna", name: "SA" }) as B;
    const r = sim.addBlock("G", { type: "MotorAdvancedStator", name: "R" }) as B;
    const s = sim.addBlock("G", { type: "SensorBlock", name: "Sensor" }) as B;
    const p = sim.addBlock("G", { type: "Projector", name: "Proj" }) as B;
    const snd = sim.addBlock("G", { type: "SoundBlock", name: "Snd" }) as B;
    const c = sim.addBlock("G", { type: "ShipConnector", name: "C" }) as B;
    const g = sim.addBlock("G", { type: "Gyro", name: "Gy" }) as B;
    const pi = sim.addBlock("G", { type: "ExtendedPistonBase", name: "P", properties: { LowestPosition: 1, HighestPosition: 6 } }) as B;
    sim.start();
    const range = (b: B, id: string) => [b.GetMinimum(id), b.GetMaximum(id), b.GetDefaultValue(id)];
    expect(range(a, "Radius")).toEqual([1, 50000, 10000]);
    expect(range(sa, "Radius")).toEqual([1, 5000, 500]);
    expect(range(r, "LowerLimit")).toEqual([-361, 360, -361]);
    expect(range(r, "UpperLimit")).toEqual([-360, 361, 361]);
    expect(range(r, "Weld speed")).toEqual([0, 100, 95]);
    expect(r.GetDefaultValue("Displacement")).toBe(0);
    expect(s.GetDefaultValue("Front")).toBe(5);
    expect(range(p, "RotY")).toEqual([-2, 2, 0]);
    expect([p.GetMinimum("NumberOfBlocks"), p.GetMaximum("NumberOfBlocks")]).toEqual([1, 10000]);
    expect(range(snd, "VolumeSlider")).toEqual([0, 1, 1]);
    expect(range(c, "Strength")).toEqual([f(0.000001), 1, f(0.00015)]);
    expect(g.GetDefaultValue("Yaw")).toBe(0);
    expect(range(pi, "UpperLimit")).toEqual([1, 6, 6]);
    expect(range(pi, "LowerLimit")).toEqual([1, 6, 1]);
    // Increase/Decrease stay within the source's range; Reset sets its default
    snd.SetValueFloat("VolumeSlider", 0.95);
    snd.ApplyAction("IncreaseVolumeSlider");
    expect(snd.GetValueFloat("VolumeSlider")).toBe(1);
    sa.Radius = 4950;
    sa.ApplyAction("IncreaseRadius"); // step 100, within the small grid's 1..5000
    expect(sa.Radius).toBe(5000);
    const w = sim.addBlock("G", { type: "MotorSuspension", name: "W" }) as B;
    w.SetValueFloat("MaxSteerAngle", 0.1);
    w.ApplyAction("ResetMaxSteerAngle");
    expect(w.GetValueFloat("MaxSteerAngle")).toBe(f(0.45));
  });

  it("colour pickers: 0,0,0,0..255,255,255,255, default white (MyTerminalControlColor)", () => {
    const sim = sim1();
    const l = sim.addBlock("G", { type: "InteriorLight", name: "L" }) as B;
    sim.start();
    const rgba = (c: Color) => [c.R, c.G, c.B, c.A];
    expect(rgba(l.GetMinimum("Color"))).toEqual([0, 0, 0, 0]);
    expect(rgba(l.GetMaximum("Color"))).toEqual([255, 255, 255, 255]);
    expect(rgba(l.GetDefaultValue("FontColor"))).toEqual([255, 255, 255, 255]);
  });

  it("a value no public source gives throws a clear 'not modelled' naming the kind and property", () => {
    const sim = sim1();
    const r = sim.addBlock("G", { type: "MotorStator", name: "R" }) as B;
    const b = sim.addBlock("G", { type: "BatteryBlock", name: "Bat" }) as B;
    const e = sim.addBlock("G", { type: "EventControllerBlock", name: "E" }) as B;
    sim.start();
    expect(() => r.GetDefaultValue("Torque")).toThrow("not modelled in the simulator: ITerminalProperty.GetDefaultValue of MotorStator.Torque (not in the game's public source: README, Simulator)");
    expect(() => b.GetMinimum("ChargeMode")).toThrow("GetMinimum of BatteryBlock.ChargeMode (not in the game's public source");
    expect(() => e.GetMaximum("Threshold")).toThrow("GetMaximum of EventControllerBlock.Threshold");
  });

  it("both engines' scenario (test/engine/scenarios/slider-defaults.json): the same values through a script", async () => {
    const { sim } = await runScenario("test/engine/scenarios/slider-defaults.json");
    const echo = String(sim.trace.forBlock("PB Sliders", "run")[0]!.data.echo).split("\n");
    expect(echo[3]).toBe("Radius 1..50000 default 10000; small Radius 1..5000 default 500; LowerLimit -361..360 default -361; UpperLimit -360..361 default 361; Weld speed 0..100 default 95");
    expect(echo[4]).toBe("colour 255,255,255,255 0,0,0,0 255,255,255,255");
    expect(echo[5]).toBe("Torque range not in the public source");
  });
});

// Text surfaces (sim/blocks/text-surface.ts): settings, text, images and sprite frames of LCDs, the
// PB's screen and keyboard, and a cockpit's screens (IMyTextSurfaceProvider). Verdicts come from the
// trace ("property", "text", "sprites" events) and what the script Echoes.
import { describe, expect, it } from "vitest";
import { Color, ContentType, MySprite, TextAlignment, Vector2, type IMyTextPanel, type IMyTextSurfaceProvider } from "pbts/se";
import { buildSimulation, runScenario, type Scenario } from "pbts/sim";
import { sim1, script, type P } from "./helpers.ts";

describe("text surfaces", () => {
  it("the screens scenario: settings, text and sprites are traced with the surface and the script that did it", async () => {
    const { sim } = await runScenario("test/engine/scenarios/screens.json");
    const ev = sim.trace.events.filter((e) => e.kind === "property" || e.kind === "text" || e.kind === "sprites");
    const brief = ev.map((e) => `${e.tick} ${e.block}${e.data.surface !== undefined ? `#${e.data.surface}` : ""} ${e.kind} ${e.kind === "property" ? `${e.data.name}=${JSON.stringify(e.data.value)}` : e.kind === "text" ? JSON.stringify(e.data.text) : (e.data.sprites as unknown[]).length} ${e.data.by}`);
    expect(brief).toEqual([
      '200 LCD property ContentType="TEXT_AND_IMAGE" PB Screens',
      '200 LCD property Font="Monospace" PB Screens',
      "200 LCD property FontSize=1.5 PB Screens",
      "200 LCD property FontColor=[255,0,0,255] PB Screens",
      "200 LCD property BackgroundColor=[0,0,64,255] PB Screens",
      '200 LCD property Alignment="CENTER" PB Screens',
      "200 LCD property TextPadding=5 PB Screens",
      '200 LCD text "Hello" PB Screens',
      '200 LCD text "Hello world" PB Screens',
      '300 Art property ContentType="SCRIPT" PB Screens',
      "300 Art sprites 3 PB Screens",
      "300 PB Screens#1 sprites 1 PB Screens",
      '300 Seat#1 text "speed 0" PB Screens',
      "300 Seat#1 property FontSize=2 PB Screens",
      '300 PB Screens#0 text "pb ok" PB Screens',
    ]);
    const art = sim.trace.forBlock("Art", "sprites")[0]!.data.sprites;
    expect(art).toEqual([
      { type: "TEXTURE", data: "SquareSimple", position: [256, 256], size: [512, 512], color: [0, 40, 0, 255], font: null, alignment: "CENTER", rotation: 0 },
      { type: "TEXT", data: "42%", position: null, size: null, color: [255, 255, 255, 255], font: "White", alignment: "LEFT", rotation: 2 },
      { type: "CLIP_RECT", data: null, position: [0, 0], size: [100, 50], color: null, font: null, alignment: "CENTER", rotation: 0 },
    ]);
    const echo = sim.trace.forBlock("PB Screens", "run").map((e) => String(e.data.echo));
    // defaults of a new LCD (enums print as numbers, as the compiled C# does)
    expect(echo[0]).toBe("lcd: 0 font Debug 1 color 255,255,255 bg 0 align 0 pad 2 size 512x512 text \npb surfaces 2 Large Display Keyboard seat 3\n");
    expect(echo[1]).toBe("lcd: 1 font Monospace 1.5 color 255,0,0 bg 64 align 2 pad 5 size 512x512 text Hello world\nshown Cross selected Cross\n");
    expect(echo[2]).toContain("seat 1: 0 font Debug 2 color 255,255,255 bg 0 align 0 pad 2 size 512x512 text speed 0");
    expect(echo[2]).toContain("art 1024x512 keyboard 256 seat |");
  });

  it("a setting set to its current value is no event; a world load restores text and settings", () => {
    const sim = sim1();
    const lcd = sim.addBlock("G", { type: "TextPanel", name: "LCD" }) as unknown as IMyTextPanel;
    sim.start();
    lcd.FontSize = 1;
    lcd.FontColor = new Color(255, 255, 255);
    expect(sim.trace.ofKind("property")).toEqual([]);
    sim.apply({ kind: "save" });
    lcd.WriteText("after save");
    lcd.ContentType = ContentType.TEXT_AND_IMAGE;
    sim.apply({ kind: "load" });
    expect(lcd.GetText()).toBe("");
    expect(lcd.ContentType).toBe(ContentType.NONE);
    expect(sim.trace.ofKind("text").map((e) => e.data.text)).toEqual(["after save", ""]);
  });

  it("a frame is submitted once, on Dispose; a frame never disposed draws nothing", () => {
    const sim = sim1();
    sim.addBlock("G", { type: "TextPanel", name: "LCD" });
    sim.addProgrammableBlock("G", { name: "PB", script: script({ main: (p: P) => {
      const lcd = p.GridTerminalSystem.GetBlockWithName("LCD") as IMyTextPanel;
      const f = lcd.DrawFrame();
      f.Add(MySprite.CreateText("a", "Debug", new Color(1, 2, 3), 1, TextAlignment.RIGHT));
      f.AddRange([MySprite.CreateSprite("Circle", new Vector2(1, 2), new Vector2(3, 4))]);
      f.Dispose();
      f.Dispose();
      lcd.DrawFrame().Add(MySprite.CreateClearClipRect());
    } }) });
    sim.start().apply({ kind: "run", block: "PB", argument: "" });
    const frames = sim.trace.ofKind("sprites");
    expect(frames.length).toBe(1);
    expect((frames[0]!.data.sprites as { data: string }[]).map((s) => s.data)).toEqual(["a", "Circle"]);
  });

  it("cockpits and button panels are text surface providers (1 screen unless told); other kinds refuse \"surfaces\"", () => {
    const sim = sim1();
    const c = sim.addBlock("G", { type: "Cockpit", name: "C" }) as unknown as IMyTextSurfaceProvider;
    expect(c.SurfaceCount).toBe(1);
    expect(c.GetSurface(0).DisplayName).toBe("Screen 0");
    expect(c.GetSurface(1)).toBeNull();
    const b = sim.addBlock("G", { type: "ButtonPanel", name: "B", surfaces: 4 } as never) as unknown as IMyTextSurfaceProvider;
    expect(b.SurfaceCount).toBe(4);
    expect(() => buildSimulation({ grids: [{ name: "G", blocks: [{ type: "CargoContainer", name: "X", surfaces: 2 } as never] }] } as Scenario)).toThrow(/block "X": "surfaces": CargoContainer is not a text surface provider/);
    expect(() => buildSimulation({ grids: [{ name: "G", blocks: [{ type: "TextPanel", name: "L", subtype: "Huge" } as never] }] } as Scenario)).toThrow(/block "L": unknown subtype "Huge" for TextPanel: use one of .*LargeLCDPanelWide/);
  });
});

// The timeline and the SVG picture (sim/timeline.ts, sim/svg.ts): LCD text, operator runs labelled as
// such (not faults), the fault marks in the legend, sprite frames and inventory moves in the timeline.
import { describe, expect, it } from "vitest";
import { runScenario } from "pbts/sim";
import { renderSvg } from "../../sim/svg.ts";
import { formatTimeline } from "../../sim/timeline.ts";

describe("pictures", () => {
  it("the SVG shows each LCD's last text and a mark per text change; operator runs are blue marks; the legend names the marks", async () => {
    const { sim, ticks } = await runScenario("test/engine/scenarios/airlock.json");
    const svg = renderSvg(sim, { name: "airlock", ticks });
    expect(svg).toContain("LCD panels (last text)");
    expect(svg).toContain("Airlock LCD");
    for (const line of ["step 0", "inner open 0%", "vent O2 0%", "outer open true"]) expect(svg).toContain(`>${line}</text>`);
    const changes = sim.trace.forBlock("Airlock LCD", "text").length;
    expect((svg.match(/fill="#8ab4f8"/g) ?? []).length).toBe(changes);
    const runs = sim.trace.ofKind("fault").filter((e) => e.data.kind === "run").length;
    expect(runs).toBeGreaterThan(0);
    expect((svg.match(/fill="#1967d2"><title>tick \d+: operator run/g) ?? []).length).toBe(runs);
    for (const name of [">fault</text>", ">world fault</text>", ">operator</text>"]) expect(svg).toContain(name);
  });

  it("the timeline labels operator actions 'operator' and describes sprite frames and inventory moves", async () => {
    const screens = await runScenario("test/engine/scenarios/screens.json");
    const t1 = formatTimeline(screens.sim, { ticks: screens.ticks });
    expect(t1).toMatch(/Art +sprites +3 sprite\(s\): texture SquareSimple, "42%", clip_rect \(by PB Screens\)/);
    expect(t1).toMatch(/PB Screens +sprites +surface 1: 1 sprite\(s\): texture Circle/);
    const terminal = await runScenario("test/engine/scenarios/terminal.json");
    const t2 = formatTimeline(terminal.sim, { ticks: terminal.ticks });
    expect(t2).toMatch(/PB Action +operator +run argument=action/);
    expect(t2).not.toMatch(/PB Action +fault/);
    const inv = await runScenario("test/engine/scenarios/inventory.json");
    expect(formatTimeline(inv.sim, { ticks: inv.ticks })).toMatch(/Cargo A +inventory +270\.27027 MyObjectBuilder_Ore\/Iron -> Cargo B \(by PB Stock\)/);
  });
});

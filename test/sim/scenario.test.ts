import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { UpdateFrequency } from "pbts/se";
import { buildSimulation, runScenario, type Scenario } from "../../sim/scenario.ts";
import { runSimCli } from "../../sim/cli.ts";
import { renderSvg } from "../../sim/svg.ts";
import { script } from "./helpers.ts";

const SCENARIOS = resolve(__dirname, "../../sim/scenarios");

function captureStdout(): { text: () => string; restore: () => void } {
  let buf = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    buf += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  return { text: () => buf, restore: () => spy.mockRestore() };
}

afterEach(() => vi.restoreAllMocks());

describe("example scenarios", () => {
  it("counter: Storage carries the count through recompile and reload; throw terminates it", async () => {
    const { sim } = await runScenario(join(SCENARIOS, "counter.json"));
    const echoes = sim.trace.forBlock("PB Counter", "run").map((e) => [e.tick, String(e.data.echo).trim()] as const);
    const after = (tick: number) => echoes.find(([t]) => t > tick)![1];
    const before = (tick: number) => [...echoes].reverse().find(([t]) => t < tick)![1];
    expect(after(480)).toBe(`Count: ${Number(before(480).split(" ")[1]) + 1}`); // recompile keeps the count
    expect(echoes.find(([t]) => t === 600)![1]).toBe("Count: 0"); // Terminal "reset"
    expect(after(720)).toBe(`Count: ${Number(before(720).split(" ")[1]) + 1}`); // save-reload keeps it
    expect(sim.pb("PB Counter").status()).toBe("terminated");
  });

  it("leader: the lowest live EntityId takes over after destroy, off and crash", async () => {
    const { sim } = await runScenario(join(SCENARIOS, "leader.json"));
    const roleAt = (block: string, tick: number) => {
      const r = sim.trace.forBlock(block, "role").filter((e) => e.tick <= tick);
      return r.length ? r[r.length - 1]!.data.role : "";
    };
    expect([roleAt("PB Alpha", 290), roleAt("PB Bravo", 290), roleAt("PB Charlie", 290)]).toEqual(["active", "standby", "standby"]);
    expect([roleAt("PB Bravo", 590), roleAt("PB Charlie", 590)]).toEqual(["active", "standby"]);
    expect(roleAt("PB Charlie", 890)).toBe("active"); // Bravo is off
    expect([roleAt("PB Bravo", 1190), roleAt("PB Charlie", 1190)]).toEqual(["active", "standby"]);
    expect(roleAt("PB Charlie", 1490)).toBe("active"); // Bravo crashed
    expect([roleAt("PB Bravo", 1790), roleAt("PB Charlie", 1790)]).toEqual(["active", "standby"]);
  });

  it("ping-pong: pongs stop while the drone is out of range, and loss is seeded", async () => {
    const { sim } = await runScenario(join(SCENARIOS, "ping-pong.json"));
    const drops = sim.trace.ofKind("igc-drop");
    const unreachable = drops.filter((e) => e.data.reason === "unreachable");
    expect(unreachable.length).toBeGreaterThan(3);
    expect(unreachable.every((e) => e.tick > 600 && e.tick <= 1200)).toBe(true);
    expect(drops.some((e) => e.data.reason === "lost")).toBe(true);
    const pongRuns = sim.trace.forBlock("PB Ping", "run").filter((e) => e.data.argument === "pong");
    expect(pongRuns.some((e) => e.tick > 600 && e.tick < 1200)).toBe(false);
    expect(pongRuns.some((e) => e.tick > 1200)).toBe(true);
    const again = await runScenario(join(SCENARIOS, "ping-pong.json"));
    expect(JSON.stringify(again.sim.trace.events)).toBe(JSON.stringify(sim.trace.events));
    const other = await runScenario(join(SCENARIOS, "ping-pong.json"), { seed: 8 });
    expect(JSON.stringify(other.sim.trace.ofKind("igc-drop"))).not.toBe(JSON.stringify(drops));
  });
});

describe("scenario format", () => {
  it("builds from an object with script classes, joints, connectors, groups, seconds and random faults", () => {
    const s: Scenario = {
      name: "inline",
      seed: 4,
      seconds: 2,
      grids: [
        { name: "A", owner: 5, blocks: [{ type: "programmable", name: "PB", script: script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update10) }) }, { type: "connector", name: "C1" }] },
        { name: "B", blocks: [{ type: "connector", name: "C2" }, { type: "text-panel", name: "LCD" }] },
        { name: "Head", blocks: [] },
      ],
      joints: [{ name: "Rotor", a: "A", b: "Head" }],
      connectors: [["C1", "C2"]],
      groups: [{ name: "Screens", blocks: ["LCD"] }],
      events: [{ seconds: 1, kind: "turn-off", block: "PB" }],
      randomFaults: { count: 1, kinds: ["lag"] },
    };
    const { sim, ticks } = buildSimulation(s);
    expect(ticks).toBe(120);
    expect(sim.pb("PB").OwnerId).toBe(5);
    expect(sim.world.topology().sameConnected(sim.world.grid("A"), sim.world.grid("B"))).toBe(true);
    expect(sim.world.topology().sameConstruct(sim.world.grid("A"), sim.world.grid("Head"))).toBe(true);
    sim.start().runUntil(ticks);
    expect(sim.trace.forBlock("PB", "fault").map((e) => e.tick)).toContain(60);
    expect(sim.trace.ofKind("fault").some((e) => e.data.random === true && e.data.kind === "lag")).toBe(true);
    expect(sim.trace.forBlock("PB", "run").every((e) => e.tick < 60)).toBe(true);
  });

  it("rejects a scenario whose script paths were not loaded, and events without a time", () => {
    expect(() => buildSimulation({ grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script: "./x.ts" }] }] })).toThrow(/not loaded/);
    expect(() => buildSimulation({ grids: [{ name: "G" }], events: [{ kind: "save" } as never] })).toThrow(/needs "tick" or "seconds"/);
  });

  it("loads a JSON scenario from elsewhere, and a module scenario (default export)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-sim-"));
    const counter = resolve(SCENARIOS, "scripts/counter.ts").replace(/\\/g, "/");
    writeFileSync(join(dir, "s.json"), JSON.stringify({ grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script: counter }] }], ticks: 30 }));
    const { sim } = await runScenario(join(dir, "s.json"));
    expect(sim.trace.forBlock("PB", "run").length).toBe(3);
    writeFileSync(join(dir, "s.ts"), `export default { name: "module", ticks: 20, grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script: ${JSON.stringify(counter)} }] }] };\n`);
    const mod = await runScenario(join(dir, "s.ts"));
    expect(mod.scenario.name).toBe("module");
    expect(mod.sim.trace.forBlock("PB", "run").length).toBe(2);
  });
});

describe("runSimCli", () => {
  it("prints a timeline, writes an SVG and returns 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-sim-"));
    const svg = join(dir, "leader.svg");
    const out = captureStdout();
    const code = await runSimCli(join(SCENARIOS, "leader.json"), { svg });
    out.restore();
    expect(code).toBe(0);
    expect(out.text()).toContain("Scenario leader");
    expect(out.text()).toMatch(/PB Alpha +fault +destroy/);
    expect(out.text()).toMatch(/Summary/);
    const text = readFileSync(svg, "utf8");
    expect(text.startsWith("<svg")).toBe(true);
    for (const name of ["PB Alpha", "PB Bravo", "PB Charlie", "destroyed", "role active"]) expect(text).toContain(name);
  });

  it("--json prints the trace; same seed gives the same output, --seed and --ticks override", async () => {
    const run = async (opts: { seed?: number; ticks?: number }) => {
      const out = captureStdout();
      const code = await runSimCli(join(SCENARIOS, "ping-pong.json"), { json: true, ...opts });
      out.restore();
      expect(code).toBe(0);
      return out.text();
    };
    const a = await run({});
    const b = await run({});
    expect(a).toBe(b);
    const events = JSON.parse(a) as { tick: number }[];
    expect(events.length).toBeGreaterThan(50);
    expect(Math.max(...events.map((e) => e.tick))).toBeLessThanOrEqual(2400);
    const short = JSON.parse(await run({ ticks: 300 })) as { tick: number }[];
    expect(Math.max(...short.map((e) => e.tick))).toBeLessThanOrEqual(300);
    expect(await run({ seed: 99 })).not.toBe(a);
  });

  it("returns 1 with a message for a missing scenario", async () => {
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await runSimCli("/nonexistent/scenario.json", {});
    expect(code).toBe(1);
    expect(String(err.mock.calls[0]![0])).toMatch(/^pbts sim: /);
  });

  it("renderSvg draws one row per PB and marks faults", async () => {
    const { sim, ticks, scenario } = await runScenario(join(SCENARIOS, "counter.json"));
    const svg = renderSvg(sim, { name: scenario.name, ticks });
    expect(svg).toContain("PB Counter");
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(5); // faults on the PB (+ world save-reload)
    expect(svg).toContain("terminated");
  });
});

describe("scenario errors name the file, the block and the valid choices", () => {
  const load = (name: string, scenario: unknown): Promise<unknown> => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-sim-"));
    writeFileSync(join(dir, name), JSON.stringify(scenario));
    return runScenario(join(dir, name));
  };
  const grid = (block: Record<string, unknown>) => ({ name: "x", grids: [{ name: "G", blocks: [block] }] });

  it('"script": 42 says a path is wanted (was: Cannot read properties of undefined)', async () => {
    await expect(load("s42.json", grid({ type: "programmable", name: "PB", script: 42 }))).rejects.toThrow(
      /s42\.json, block "PB": "script" must be the path of a script module exporting Program \(a string, relative to the scenario file, e\.g\. "\.\/scripts\/main\.ts"\), got 42/,
    );
    expect(() => buildSimulation(grid({ type: "programmable", name: "PB", script: 42 }) as never)).toThrow(/grid "G", block "PB": "script" must be the path/);
  });
  it("an unknown kind lists the kinds; an unknown property the block's properties; a wrong value type the expected type", async () => {
    await expect(load("kind.json", grid({ type: "Batery", name: "B" }))).rejects.toThrow(/kind\.json": grid "G", block "B": unknown block type "Batery": use .*BatteryBlock/);
    await expect(load("prop.json", grid({ type: "BatteryBlock", name: "B", properties: { ChargeMod: 1 } }))).rejects.toThrow(/prop\.json": grid "G", block "B": unknown property "ChargeMod" for IMyBatteryBlock: use one of .*ChargeMode, /);
    await expect(load("value.json", grid({ type: "BatteryBlock", name: "B", properties: { ChargeMode: true } }))).rejects.toThrow(/value\.json": grid "G", block "B": property "ChargeMode" expects a ChargeMode \(Auto, Recharge, Discharge\), got true/);
    await expect(load("sub.json", grid({ type: "BatteryBlock", name: "B", subtype: "Huge" }))).rejects.toThrow(/sub\.json": grid "G", block "B": .*"Huge".*LargeBlockBatteryBlock/);
    const ev = { ...grid({ type: "BatteryBlock", name: "B" }), events: [{ tick: 3, kind: "set", block: "B", property: "CurrentStoredPower", value: "low" }] };
    await expect(load("ev.json", ev)).rejects.toThrow(/ev\.json": event 1 \("set", block "B"\): property "CurrentStoredPower" expects a number \(float\), got "low"/);
  });
});

describe("a PB's phase out of range", () => {
  it("is an error naming the block and the range (phase10 20 never ran, silently)", () => {
    const pb = (f: Record<string, unknown>) => ({ grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", ...f }] }] }) as never;
    expect(() => buildSimulation(pb({ phase10: 20 }))).toThrow(/grid "G", block "PB": "phase10" must be a whole number from 0 to 9 \(the tick's remainder when Update10 runs\), got 20/);
    expect(() => buildSimulation(pb({ phase100: -1 }))).toThrow(/"phase100" must be a whole number from 0 to 99/);
    expect(() => buildSimulation(pb({ phase100: 2.5 }))).toThrow(/"phase100" must be a whole number/);
    expect(() => buildSimulation(pb({ phase10: 9, phase100: 99 }))).not.toThrow();
  });
});

describe("a misspelt block field", () => {
  it("is an error naming the grid, the block and the fields a block takes", () => {
    expect(() => buildSimulation({ grids: [{ name: "G", blocks: [{ type: "BatteryBlock", name: "B", sise: [1, 2, 1] }] }] } as never)).toThrow(
      /grid "G", block "B": unknown field "sise": a block takes type, name, subtype, properties, .*size, center, behind/,
    );
  });
});

describe("properties of a PB, LCD, antenna or connector (hand-written blocks)", () => {
  it("are set and checked like a kind's (they were ignored); rates and surfaces are errors there", () => {
    const { sim } = buildSimulation({
      grids: [{ name: "G", blocks: [
        { type: "TextPanel", name: "L", properties: { FontSize: 3, Title: "hi", OnOff: false } },
        { type: "antenna", name: "A", properties: { HudText: "beacon", CustomData: "x=1" } },
      ] }],
    } as never);
    const lcd = sim.world.block("L") as unknown as { FontSize: number; Enabled: boolean; GetPublicTitle(): string };
    expect([lcd.FontSize, lcd.Enabled, lcd.GetPublicTitle()]).toEqual([3, false, "hi"]);
    expect((sim.world.block("A") as unknown as { HudText: string; CustomData: string }).HudText).toBe("beacon");
    const one = (block: Record<string, unknown>) => () => buildSimulation({ grids: [{ name: "G", blocks: [block] }] } as never);
    expect(one({ type: "TextPanel", name: "L", properties: { FontSize: true } })).toThrow(`grid "G", block "L": property "FontSize" expects a number (float), got true`);
    expect(one({ type: "programmable", name: "P", properties: { Nope: 1 } })).toThrow(/grid "G", block "P": unknown property "Nope" for this block: use one of .*CustomData/);
    expect(one({ type: "programmable", name: "P", rates: { x: 1 } })).toThrow(`"rates" are for blocks with dynamics`);
    expect(one({ type: "TextPanel", name: "L", surfaces: 2 })).toThrow(`"surfaces" is fixed for this block`);
  });
});

describe("a misspelt grid field", () => {
  it("is an error naming the grid and the fields a grid takes; other top-level fields are left to tools", () => {
    expect(() => buildSimulation({ grids: [{ name: "G", linearVelocty: [1, 0, 0], blocks: [] }] } as never)).toThrow(
      `grid "G": unknown field "linearVelocty": a grid takes name, position, linearVelocity, forward, up, gridSize, isStatic, entityId, owner, unpowered, blocks`,
    );
    expect(() => buildSimulation({ grids: "G" } as never)).toThrow(`"grids" must be an array of grids`);
    expect(() => buildSimulation({ adv: { family: "x" }, grids: [{ name: "G", blocks: [] }] } as never)).not.toThrow();
  });
});

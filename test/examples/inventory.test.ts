// The inventory display example (mixins/examples/inventory-display.ts, scenario
// test/examples/scenarios/inventory.json), judged from the trace: the inventory transfers and the LCD
// text against the items the scenario puts in the containers.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { failures, loadExample, noMono, run, sameOnBothEngines, texts } from "./helpers.ts";

const PB = "PB Inventory";
interface Item {
  type: string;
  subtype: string;
  amount: number;
}
/** The scenario's items per block: its "inventory" or the first of its "inventories". */
function itemsOf(scenario: Scenario, grid: string): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const b of scenario.grids.find((g) => g.name === grid)!.blocks!) {
    const spec = b as { inventory?: Item[]; inventories?: Item[][] };
    out.set(b.name, [...(spec.inventory ?? []), ...(spec.inventories ?? []).flat()]);
  }
  return out;
}
const name = (i: Item): string => (i.type.endsWith("_Ore") ? `${i.subtype} Ore` : i.type.endsWith("_Ingot") ? `${i.subtype} Ingot` : i.subtype);
/** "2.5k" -> [2450, 2550): the range of amounts the LCD's short form stands for. */
function range(s: string): [number, number] {
  const m = /^([\d.]+)([kM]?)$/.exec(s)!;
  const unit = m[2] === "M" ? 1e6 : m[2] === "k" ? 1e3 : 1;
  const digits = m[1]!.includes(".") ? m[1]!.split(".")[1]!.length : 0;
  const half = (0.5 * unit) / 10 ** digits;
  return [Number(m[1]) * unit - half, Number(m[1]) * unit + half];
}

describe("inventory display example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  let moves: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("inventory", { cs: noMono === null });
    events = run(scenario).events;
    moves = events.filter((e) => e.kind === "inventory");
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("the first run moves every ore stack of the containers and the docked ship into the Ore Cargo, whole", () => {
    const firstRun = events.find((e) => e.kind === "run")!.tick;
    const expected: string[] = [];
    for (const grid of ["Base", "Ship"]) {
      for (const [block, items] of itemsOf(scenario, grid)) {
        if (!/Cargo/.test(block) || block === "Ore Cargo") continue;
        for (const i of items) if (i.type.endsWith("_Ore")) expected.push(`${block}: ${i.type}/${i.subtype} ${i.amount} -> Ore Cargo by ${PB} at ${firstRun}`);
      }
    }
    const got = moves.map((e) => `${e.block}: ${e.data.item} ${e.data.amount} -> ${e.data.to} by ${e.data.by} at ${e.tick}`);
    expect(got.sort()).toEqual(expected.sort());
    expect(expected.length).toBe(4);
  });

  it("the refinery keeps its ore and nothing but ore moves", () => {
    expect(moves.filter((e) => e.block === "Refinery")).toEqual([]);
    expect(moves.every((e) => String(e.data.item).startsWith("MyObjectBuilder_Ore/"))).toBe(true);
  });

  it("the LCD lists the base's totals, most first; the docked ship's cargo is not counted", () => {
    const totals = new Map<string, number>();
    for (const items of itemsOf(scenario, "Base").values()) for (const i of items) totals.set(name(i), (totals.get(name(i)) ?? 0) + i.amount);
    // Ore brought in from the ship is the base's now.
    for (const e of moves) if (e.block === "Ship Cargo") {
      const sub = String(e.data.item).split("/")[1]!;
      totals.set(`${sub} Ore`, (totals.get(`${sub} Ore`) ?? 0) + Number(e.data.amount));
    }
    const shown = texts(events, "LCD [Inventory]");
    expect(shown.length).toBeGreaterThan(0);
    const lines = shown[0]!.text.trimEnd().split("\n");
    const listed = lines.slice(1).map((l) => /^(.+?)\s+(\S+)$/.exec(l)!);
    expect(listed.map((m) => m[1]).sort()).toEqual([...totals.keys()].sort());
    for (const m of listed) {
      const [lo, hi] = range(m[2]!);
      const want = totals.get(m[1]!)!;
      expect({ item: m[1], ok: want >= lo && want < hi }).toEqual({ item: m[1], ok: true });
    }
    const order = listed.map((m) => totals.get(m[1]!)!);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    // Mass: ore and ingots 1 kg, a steel plate 20 kg (the game's values).
    let kg = 0;
    for (const [n, v] of totals) kg += n === "SteelPlate" ? 20 * v : v;
    expect(lines[0]).toMatch(new RegExp(`^Cargo: \\d+% of \\d+\\.\\d m3, ${(kg / 1000).toFixed(1).replace(".", "\\.")} t$`));
  });

  it("after the ship undocks (5 s) nothing moves and the totals stay", () => {
    expect(moves.filter((e) => e.tick >= 5 * 60)).toEqual([]);
    const shown = texts(events, "LCD [Inventory]");
    expect(shown.length).toBe(1); // a text event only when the text changes
    expect(events.filter((e) => e.kind === "run").length).toBeGreaterThanOrEqual(5);
  });

  sameOnBothEngines(() => scenario, () => events);
});

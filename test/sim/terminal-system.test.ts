import { describe, expect, it } from "vitest";
import { Blocks, IMyBatteryBlock, type IMyBlockGroup, type IMyTerminalBlock, type IMyTextPanel, type IMyTextSurfaceProvider } from "pbts/se";
import { script, sim1, type P } from "./helpers.ts";

function probe(fn: (p: P) => void) {
  return script({ main: (p) => fn(p) });
}

describe("GridTerminalSystem", () => {
  it("scopes to the logical group (rotors, pistons, connectors) and the owner's access", () => {
    const sim = sim1();
    sim.addGrid({ name: "Rotor head" });
    sim.addGrid({ name: "Docked" });
    sim.addGrid({ name: "Elsewhere" });
    sim.world.addJoint("Rotor", "G", "Rotor head", "rotor");
    sim.addBlock("G", { type: "connector", name: "Dock A" });
    sim.addBlock("Docked", { type: "connector", name: "Dock B" });
    sim.apply({ kind: "connect", block: "Dock A", to: "Dock B" });
    sim.addBlock("G", { type: "text-panel", name: "LCD Main" });
    sim.addBlock("Rotor head", { type: "text-panel", name: "LCD Turret" });
    sim.addBlock("Docked", { type: "text-panel", name: "LCD Docked" });
    sim.addBlock("Elsewhere", { type: "text-panel", name: "LCD Elsewhere" });
    sim.addBlock("G", { type: "text-panel", name: "LCD Enemy", owner: 2 });
    sim.addBlock("G", { type: "text-panel", name: "LCD Nobody", owner: 0 });
    const seen: string[][] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: probe((p) => {
        const l: IMyTextPanel[] = [];
        p.GridTerminalSystem.GetBlocksOfType(Blocks.IMyTextPanel, l);
        seen.push(l.map((b) => b.CustomName));
      }),
    });
    sim.at(1, { kind: "run", block: "PB" });
    sim.at(2, { kind: "disconnect", block: "Dock A" });
    sim.at(2, { kind: "detach", joint: "Rotor" });
    sim.at(2, { kind: "run", block: "PB" });
    sim.start().runTicks(2);
    expect(seen).toEqual([
      ["LCD Main", "LCD Turret", "LCD Docked", "LCD Nobody"],
      ["LCD Main", "LCD Nobody"],
    ]);
  });

  it("GetBlocksOfType filters by interface and collect, and clears the list first", () => {
    const sim = sim1();
    sim.addBlock("G", { type: "text-panel", name: "LCD 1" });
    sim.addBlock("G", { type: "text-panel", name: "LCD 2" });
    sim.addBlock("G", { type: "antenna", name: "Antenna" });
    sim.addBlock("G", { type: "block", name: "Battery", interfaces: ["IMyBatteryBlock", "IMyPowerProducer"] });
    const out: Record<string, unknown> = {};
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: probe((p) => {
        const gts = p.GridTerminalSystem;
        const all: IMyTerminalBlock[] = [{} as IMyTerminalBlock];
        gts.GetBlocksOfType(Blocks.IMyTerminalBlock, all);
        out.all = all.map((b) => b.CustomName);
        const lcds: IMyTextPanel[] = [];
        gts.GetBlocksOfType(Blocks.IMyTextPanel, lcds, (b) => b.CustomName.endsWith("2"));
        out.lcd2 = lcds.map((b) => b.CustomName);
        const batteries: IMyTerminalBlock[] = [];
        gts.GetBlocksOfType(IMyBatteryBlock, batteries);
        out.batteries = batteries.map((b) => b.CustomName);
        const pbs: IMyTerminalBlock[] = [];
        gts.GetBlocksOfType(Blocks.IMyProgrammableBlock, pbs);
        out.pbs = pbs.map((b) => b.CustomName);
        const surfaces: IMyTextSurfaceProvider[] = [];
        gts.GetBlocksOfType(Blocks.IMyTextSurfaceProvider, surfaces);
        out.surfaces = surfaces.map((b) => (b as unknown as IMyTerminalBlock).CustomName);
      }),
    });
    sim.apply({ kind: "run", block: "PB" });
    expect(out).toEqual({
      all: ["LCD 1", "LCD 2", "Antenna", "Battery", "PB"],
      lcd2: ["LCD 2"],
      batteries: ["Battery"],
      pbs: ["PB"],
      surfaces: ["LCD 1", "LCD 2", "Antenna", "PB"], // the older type names are their kinds: LCDs and antennas are IMyTextSurfaceProvider, as in terminal.dat
    });
  });

  it("GetBlockWithId, GetBlockWithName, SearchBlocksOfName (case-insensitive substring), GetBlocks", () => {
    const sim = sim1();
    const lcd = sim.addBlock("G", { type: "text-panel", name: "Status LCD" });
    sim.addBlock("G", { type: "text-panel", name: "Cargo lcd" });
    sim.addGrid({ name: "Other" });
    const far = sim.addBlock("Other", { type: "text-panel", name: "Far LCD" });
    const out: unknown[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: probe((p) => {
        const gts = p.GridTerminalSystem;
        out.push(gts.GetBlockWithId(lcd.EntityId)?.CustomName ?? null);
        out.push(gts.GetBlockWithId(far.EntityId));
        out.push(gts.GetBlockWithName("Status LCD") === gts.GetBlockWithId(lcd.EntityId));
        out.push(gts.GetBlockWithName("status lcd")); // exact name
        const found: IMyTerminalBlock[] = [];
        gts.SearchBlocksOfName("LCD", found);
        out.push(found.map((b) => b.CustomName));
        gts.SearchBlocksOfName("cargo", found, (b) => b.CustomName.startsWith("C"));
        out.push(found.map((b) => b.CustomName));
        gts.GetBlocks(found);
        out.push(found.length);
      }),
    });
    sim.apply({ kind: "run", block: "PB" });
    expect(out).toEqual(["Status LCD", null, true, null, ["Status LCD", "Cargo lcd"], ["Cargo lcd"], 3]);
  });

  it("block groups: GetBlockGroups and GetBlockGroupWithName, limited to blocks in scope", () => {
    const sim = sim1();
    sim.addGrid({ name: "Other" });
    sim.addBlock("G", { type: "text-panel", name: "L1" });
    sim.addBlock("G", { type: "text-panel", name: "L2" });
    sim.addBlock("Other", { type: "text-panel", name: "L3" });
    sim.world.addGroup("Screens", ["L1", "L3"]);
    sim.world.addGroup("Remote", ["L3"]);
    const out: unknown[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: probe((p) => {
        const groups: IMyBlockGroup[] = [];
        p.GridTerminalSystem.GetBlockGroups(groups);
        out.push(groups.map((g) => g.Name));
        const g = p.GridTerminalSystem.GetBlockGroupWithName("Screens")!;
        const blocks: IMyTerminalBlock[] = [];
        g.GetBlocks(blocks);
        out.push(blocks.map((b) => b.CustomName));
        out.push(p.GridTerminalSystem.GetBlockGroupWithName("Remote"));
      }),
    });
    sim.apply({ kind: "run", block: "PB" });
    expect(out).toEqual([["Screens"], ["L1"], null]);
  });

  it("a destroyed block leaves the terminal system; stale references see Closed", () => {
    const sim = sim1();
    sim.addBlock("G", { type: "text-panel", name: "LCD" });
    const out: unknown[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => (p.lcd = p.GridTerminalSystem.GetBlockWithName("LCD")),
        main: (p) => out.push(p.lcd.Closed, p.GridTerminalSystem.GetBlockWithName("LCD") !== null),
      }),
    });
    sim.at(1, { kind: "run", block: "PB" }).at(2, { kind: "destroy", block: "LCD" }).at(2, { kind: "run", block: "PB" });
    sim.start().runTicks(2);
    expect(out).toEqual([false, true, true, false]);
  });
});

// Production queues (sim/blocks/production.ts): round 2 of the user trials stopped at GetQueue ("not
// modelled in the simulator: IMyProductionBlock.GetQueue"). The queue rules are MyProductionBlock's and
// MyAssembler's (Keen's public source); blueprints, queues and rates are scenario facts. Each expected
// value below is worked out by hand from the scenario. Both engines: test/engine/scenarios/production.json.
import { describe, expect, it } from "vitest";
import { IMyAssembler, MyAssemblerMode, MyDefinitionId, MyFixedPoint, MyItemType, MyProductionItem } from "pbts/se";
import { buildSimulation, runScenario } from "pbts/sim";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";

const BLUEPRINTS = {
  SteelPlate: { inputs: { "Ingot/Iron": 21 }, results: { "Component/SteelPlate": 1 }, seconds: 1 },
  IronOreToIngot: { inputs: { "Ore/Iron": 1 }, results: { "Ingot/Iron": 0.7 } },
};
const bp = (name: string) => MyDefinitionId.Parse(`MyObjectBuilder_BlueprintDefinition/${name}`);
function world(assembler: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const { sim } = buildSimulation({ blueprints: BLUEPRINTS, grids: [{ name: "G", blocks: [{ type: "Assembler", name: "A", ...assembler }] }], ...extra } as never);
  sim.start();
  return { sim, a: sim.world.block("A") as unknown as IMyAssembler };
}
const iron = (n: number) => ({ inventories: [[{ type: "Ingot", subtype: "Iron", amount: n }], []] });
const queue = (a: IMyAssembler) => {
  const l: MyProductionItem[] = [];
  a.GetQueue(l);
  return l.map((i) => `${i.ItemId}:${i.BlueprintId.SubtypeName} ${i.Amount.ToString()}`);
};

describe("production queues", () => {
  // From production.json: 100 iron, 5 nickel; SteelPlate 21 iron / 1 s (60 ticks), Motor 20 iron + 5 nickel
  // / 2 s, IronOreToIngot 1 ore -> 0.7 ingot / 0.5 s. The assembler makes a plate at tick 60 (79 iron
  // left); the script's queue edits follow the source's merge rules (a new first blueprint resets the
  // progress: 1/60 at tick 72, 29/60 at tick 100); three more plates at 130, 190, 250 (16 iron left: no
  // motor); the refinery's 2 ore make 1.4 ingots at ticks 30 and 60, then it waits.
  const EXPECTED = [
    "show: A [0:SteelPlate 2] empty false producing false progress 0 mode assembly repeating false coop false\nR [0:IronOreToIngot 3] producing false next 1 2\ncan true false true false conveyor true\nmade 0 plates 0 motors; iron 100 ingots 0 from ore",
    "add: A [3:Motor 1, 0:SteelPlate 1, 1:Motor 1, 2:SteelPlate 3] empty false producing true progress 0 mode assembly repeating false coop false\nR [0:IronOreToIngot 1] producing false next 3 4\ncan true false true false conveyor true\nmade 1 plates 0 motors; iron 79 ingots 1.4 from ore",
    "move: A [2:SteelPlate 2, 3:Motor 1, 0:SteelPlate 1, 1:Motor 1] empty false producing true progress 0 mode assembly repeating false coop false\nR [0:IronOreToIngot 1] producing false next 5 6\ncan true false true false conveyor true\nmade 1 plates 0 motors; iron 79 ingots 1.4 from ore",
    "remove: A [2:SteelPlate 2, 0:SteelPlate 1, 1:Motor 1] empty false producing true progress 0.01666666753590107 mode assembly repeating false coop false\nR [0:IronOreToIngot 1] producing false next 7 8\ncan true false true false conveyor true\nmade 1 plates 0 motors; iron 79 ingots 1.4 from ore",
    "show: A [2:SteelPlate 2, 0:SteelPlate 1, 1:Motor 1] empty false producing true progress 0.4833333194255829 mode assembly repeating false coop false\nR [0:IronOreToIngot 1] producing false next 9 10\ncan true false true false conveyor true\nmade 1 plates 0 motors; iron 79 ingots 1.4 from ore",
    "show: A [1:Motor 1] empty false producing false progress 0 mode assembly repeating false coop false\nR [0:IronOreToIngot 1] producing false next 11 12\ncan true false true false conveyor true\nmade 4 plates 0 motors; iron 16 ingots 1.4 from ore",
    "disassembly: [4:SteelPlate 1] repeating false dis true\nmode: A [1:Motor 1] empty false producing false progress 0 mode assembly repeating true coop true\nR [0:IronOreToIngot 1] producing false next 13 14\ncan true false true false conveyor true\nmade 4 plates 0 motors; iron 16 ingots 1.4 from ore",
    "show: A [1:Motor 1] empty false producing false progress 0 mode assembly repeating true coop true\nR [0:IronOreToIngot 1] producing false next 15 16\ncan true false true false conveyor true\nmade 4 plates 0 motors; iron 16 ingots 1.4 from ore",
    "clear: A [] empty true producing false progress 0 mode assembly repeating true coop true\nR [] producing false next 17 18\ncan true false true false conveyor true\nmade 4 plates 0 motors; iron 16 ingots 1.4 from ore",
    "", // "bad": InsertQueueItem(-2, ...) throws (the source's List.Insert), the script stops
  ];
  const run = async (engine: "ts" | "cs") => {
    const { sim } = await runScenario("test/engine/scenarios/production.json", { engine });
    return {
      echo: sim.trace.forBlock("PB Queue", "run").map((e) => String(e.data.echo).trim()),
      made: sim.trace.ofKind("property").filter((e) => e.data.name === "Queue" && e.data.by === "host").map((e) => `${e.tick} ${e.block} ${(e.data.value as string[]).join(", ")}`),
      thrown: sim.trace.ofKind("exception").map((e) => `${e.tick} ${String(e.data.message).split("\n")[0]}`),
    };
  };
  it("round 2's queue monitor stopped at GetQueue: the production scenario's queue edits and units, by hand", async () => {
    const r = await run("ts");
    expect(r.echo).toEqual(EXPECTED);
    expect(r.thrown).toEqual(["550 Index must be within the bounds of the List."]);
    expect(r.made).toEqual([
      "30 Refinery IronOreToIngot 2", "60 Assembler SteelPlate 1", "60 Refinery IronOreToIngot 1",
      "130 Assembler SteelPlate 1, SteelPlate 1, Motor 1", "190 Assembler SteelPlate 1, Motor 1", "250 Assembler Motor 1",
    ]);
  });
  it.skipIf(csChecksUnavailable() !== null && !process.env.PBTS_REQUIRE_MONO)("the C# engine prints the same lines", { timeout: 120_000 }, async () => {
    const r = await run("cs");
    expect(r.echo).toEqual(EXPECTED);
    expect(r.thrown).toEqual(["550 Index must be within the bounds of the List."]);
  });

  it("a unit takes round(seconds × 60 / speed) ticks and uses its inputs then; nothing without them, nothing while off", () => {
    const { sim, a } = world({ ...iron(42), properties: { Queue: [{ blueprint: "SteelPlate", amount: 3 }] }, rates: { speed: 2 } });
    sim.runTicks(29);
    expect(queue(a)).toEqual(["0:SteelPlate 3"]);
    expect(a.CurrentProgress).toBe(Math.fround(29 / 30));
    sim.runTicks(1); // tick 30: the first plate
    expect(queue(a)).toEqual(["0:SteelPlate 2"]);
    expect(a.OutputInventory.GetItemAmount(MyItemType.MakeComponent("SteelPlate")).ToString()).toBe("1");
    expect(a.InputInventory.GetItemAmount(MyItemType.MakeIngot("Iron")).ToString()).toBe("21");
    a.Enabled = false;
    sim.runTicks(60);
    expect([queue(a), a.IsProducing]).toEqual([["0:SteelPlate 2"], false]);
    a.Enabled = true;
    sim.runTicks(30); // the second plate; then 0 iron: the third waits
    sim.runTicks(60);
    expect([queue(a), a.IsProducing, a.InputInventory.ItemCount]).toEqual([["0:SteelPlate 1"], false, 0]);
  });

  it("Repeating queues a finished unit again; Disassembly takes the results back apart into the input", () => {
    const { sim, a } = world({ inventories: [[{ type: "Ingot", subtype: "Iron", amount: 50 }], [{ type: "Component", subtype: "SteelPlate", amount: 2 }]], properties: { Queue: [{ blueprint: "SteelPlate", amount: 1 }] } });
    a.Repeating = true;
    sim.runTicks(60);
    // the repeat is queued at the end first, where it joins the entry of the same blueprint (the source's
    // InsertQueueItem), then the finished unit is taken off: the same entry, still 1
    expect(queue(a)).toEqual(["0:SteelPlate 1"]);
    a.Mode = MyAssemblerMode.Disassembly;
    expect([queue(a), a.Repeating, a.DisassembleEnabled]).toEqual([[], false, true]); // the other mode's queue and flag
    a.AddQueueItem(bp("SteelPlate"), MyFixedPoint.DeserializeString("2"));
    sim.runTicks(120);
    expect(a.InputInventory.GetItemAmount(MyItemType.MakeIngot("Iron")).ToString()).toBe(String(50 - 21 + 42));
    expect(a.OutputInventory.GetItemAmount(MyItemType.MakeComponent("SteelPlate")).ToString()).toBe("1");
    a.Mode = MyAssemblerMode.Assembly;
    expect([queue(a), a.Repeating]).toEqual([["0:SteelPlate 1"], true]);
  });

  it("a \"set\" event of Queue replaces the queue (traced by the host), with new ids", () => {
    const { sim, a } = world({ properties: { Queue: [{ blueprint: "SteelPlate", amount: 2 }] } }, { events: [{ tick: 5, kind: "set", block: "A", property: "Queue", value: [{ blueprint: "MyObjectBuilder_BlueprintDefinition/SteelPlate", amount: 7 }] }] });
    sim.runTicks(10);
    expect(queue(a)).toEqual(["1:SteelPlate 7"]);
    expect(sim.trace.forBlock("A", "property").filter((e) => e.data.name === "Queue").map((e) => [e.tick, e.data.value, e.data.by])).toEqual([[5, ["SteelPlate 7"], "host"]]);
  });

  it("indexes as the source's List: InsertQueueItem below -1 throws; a move to a negative index throws with the entry taken out", () => {
    const { a } = world({ properties: { Queue: [{ blueprint: "SteelPlate", amount: 2 }] } });
    expect(() => a.InsertQueueItem(-2, bp("IronOreToIngot"), 1)).not.toThrow(); // a blueprint it cannot use: nothing
    // -2 neither names an entry nor appends (-1), so the last entry is not joined: List.Insert(-2) throws
    expect(() => a.InsertQueueItem(-2, bp("SteelPlate"), 1)).toThrow("Index must be within the bounds of the List.");
    a.AddQueueItem(bp("SteelPlate"), MyFixedPoint.DeserializeString("1"));
    expect(queue(a)).toEqual(["0:SteelPlate 3"]); // appending joins the last entry of the same blueprint
    // one entry: min(count - 1, -1) = -1 is not its index: taken out, then List.Insert(-1) throws
    expect(() => a.MoveQueueItemRequest(0, -1)).toThrow("Index must be within the bounds of the List.");
    expect(queue(a)).toEqual([]);
  });

  it("the terminal's slaveMode checkbox is CooperativeMode; turning it on switches Repeating off (the source's setter)", () => {
    const { a } = world({});
    a.Repeating = true;
    a.ApplyAction("slaveMode");
    expect([a.CooperativeMode, a.Repeating, a.GetValueBool("slaveMode")]).toEqual([true, false, true]);
    a.CooperativeMode = false;
    expect(a.GetValueBool("slaveMode")).toBe(false);
  });

  it("save/load keeps the queues, the ids and the progress", () => {
    const { sim, a } = world({ ...iron(100), properties: { Queue: [{ blueprint: "SteelPlate", amount: 2 }] } });
    sim.runTicks(20);
    sim.apply({ kind: "save-reload" } as never);
    const b = sim.world.block("A") as unknown as IMyAssembler;
    expect([queue(b), b.CurrentProgress]).toEqual([["0:SteelPlate 2"], Math.fround(20 / 60)]);
    sim.runTicks(40);
    expect(queue(b)).toEqual(["0:SteelPlate 1"]);
    expect(a).toBeDefined();
  });

  it("scenario errors name the blueprint and what to do", () => {
    expect(() => world({ properties: { Queue: [{ blueprint: "Motor", amount: 1 }] } })).toThrow(`no blueprint "Motor" in the scenario's "blueprints" (SteelPlate, IronOreToIngot)`);
    expect(() => world({ properties: { Queue: [{ blueprint: "IronOreToIngot" }] } })).toThrow(`IMyAssembler cannot use blueprint "IronOreToIngot"`);
    expect(() => world({ properties: { Queue: "SteelPlate" } })).toThrow(`expects a list of { "blueprint": "SteelPlate", "amount": 10 }`);
    // a "set" event's queue is checked at load, naming the event
    expect(() => world({}, { events: [{ seconds: 1, kind: "set", block: "A", property: "Queue", value: [{ blueprint: "Nope" }] }] })).toThrow(`event 1 ("set", block "A"): property "Queue" no blueprint "Nope"`);
    expect(() => buildSimulation({ blueprints: { X: { inputs: { Iron: 1 }, results: {} } }, grids: [] } as never)).toThrow(`blueprint "X", inputs: "Iron" is not "Type/Subtype"`);
    expect(() => buildSimulation({ blueprints: { X: { inputs: {}, results: {}, time: 1 } }, grids: [] } as never)).toThrow(`unknown field "time"`);
  });
});

import { describe, expect, it } from "vitest";
import { MyGridProgram, UpdateFrequency, UpdateType, type IMyTerminalBlock } from "pbts/se";
import { EXCEPTION_PREFIX } from "pbts/sim";
import { runs, script, sim1, type P } from "./helpers.ts";

describe("lifecycle", () => {
  it("sets Me, Runtime, IGC, Echo, Storage and GridTerminalSystem before the constructor body runs", () => {
    const sim = sim1();
    const seen: Record<string, unknown> = {};
    const pb = sim.addProgrammableBlock("G", {
      name: "PB",
      storage: "saved state",
      script: script({
        init: (p) => {
          seen.me = p.Me.EntityId;
          seen.igc = p.IGC.Me;
          seen.storage = p.Storage;
          seen.freq = p.Runtime.UpdateFrequency;
          seen.gts = p.GridTerminalSystem.GetBlockWithName("PB")?.EntityId;
          p.Echo("hello");
        },
      }),
    });
    sim.start();
    expect(seen).toEqual({ me: pb.EntityId, igc: pb.EntityId, storage: "saved state", freq: UpdateFrequency.None, gts: pb.EntityId });
    const compile = sim.trace.forBlock("PB", "compile")[0]!;
    expect(compile.data).toMatchObject({ reason: "start", ok: true, echo: "hello\n", entityId: pb.EntityId });
  });

  it("chooses Main by signature: (argument, updateType), (argument), ()", () => {
    const got: unknown[][] = [];
    class Two extends MyGridProgram {
      Main(argument: string, updateSource: UpdateType): void {
        got.push(["two", argument, updateSource]);
      }
    }
    class One extends MyGridProgram {
      Main(argument: string): void {
        got.push(["one", ...arguments]);
        void argument;
      }
    }
    class Zero extends MyGridProgram {
      Main(): void {
        got.push(["zero", ...arguments]);
      }
    }
    class NoMain extends MyGridProgram {}
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "Two", script: Two });
    sim.addProgrammableBlock("G", { name: "One", script: One });
    sim.addProgrammableBlock("G", { name: "Zero", script: Zero });
    sim.addProgrammableBlock("G", { name: "NoMain", script: NoMain });
    for (const b of ["Two", "One", "Zero", "NoMain"]) sim.at(1, { kind: "run", block: b, argument: "arg" });
    sim.start().runTicks(1);
    expect(got).toEqual([["two", "arg", UpdateType.Terminal], ["one", "arg"], ["zero"]]);
    expect(sim.trace.forBlock("NoMain", "compile")[0]!.data.ok).toBe(false);
    expect(sim.pb("NoMain").status()).toBe("terminated");
  });

  it("traces Storage changes and persists Storage on world save (Save() first)", () => {
    const sim = sim1();
    const calls: string[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        main: (p, arg) => {
          p.Storage = `main:${arg}`;
        },
        save: (p) => {
          calls.push("save");
          p.Storage = p.Storage + "+saved";
        },
      }),
    });
    sim.at(1, { kind: "run", block: "PB", argument: "a" }).at(2, { kind: "save" });
    sim.start().runTicks(2);
    expect(calls).toEqual(["save"]);
    expect(sim.trace.forBlock("PB", "storage").map((e) => e.data)).toEqual([{ value: "main:a", persisted: false }]);
    expect(sim.trace.forBlock("PB", "save")[0]!.data).toMatchObject({ why: "world", storage: "main:a+saved", calledSave: true });
    expect(sim.pb("PB").persistedStorage).toBe("main:a+saved");
  });

  it("recompile runs Save() first, then the constructor again with the saved Storage and UpdateFrequency None", () => {
    const sim = sim1();
    const log: string[] = [];
    let instances = 0;
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => {
          instances++;
          log.push(`ctor storage=${p.Storage} freq=${p.Runtime.UpdateFrequency}`);
          if (instances === 1) p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
        },
        main: (p) => {
          p.Storage = `t${sim.tick}`;
        },
        save: () => log.push("save"),
      }),
    });
    sim.at(5, { kind: "recompile", block: "PB" });
    sim.start().runTicks(20);
    expect(log).toEqual(["ctor storage= freq=0", "save", "ctor storage=t4 freq=0"]);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([1, 2, 3, 4]); // the new instance never set a frequency
    const kinds = sim.trace.forBlock("PB").filter((e) => e.tick === 5).map((e) => e.kind);
    expect(kinds.indexOf("save")).toBeLessThan(kinds.indexOf("compile"));
  });

  it("world save/load: Storage from the last save, constructor again, UpdateFrequency None, block state restored", () => {
    const sim = sim1();
    const ctors: string[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => {
          ctors.push(p.Storage);
          p.Runtime.UpdateFrequency = UpdateFrequency.Update10;
        },
        main: (p) => {
          p.Storage = `t${sim.tick}`;
        },
      }),
    });
    sim.at(25, { kind: "save" }).at(35, { kind: "turn-off", block: "PB" }).at(40, { kind: "load" });
    sim.start().runTicks(50);
    // saved at 25 holds t20; the run at 30 changed Storage after the save, the load throws it away
    expect(ctors).toEqual(["", "t20"]);
    expect(sim.pb("PB").Enabled).toBe(true); // it was on when saved
    expect(sim.trace.ofKind("load").length).toBe(1);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([10, 20, 30, 40, 50]);
  });

  it("an exception in Main terminates the script until recompile, with the game's DetailedInfo", () => {
    const sim = sim1();
    let n = 0;
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1),
        main: () => {
          n++;
          if (n === 3) throw new Error("Object reference not set to an instance of an object.");
        },
      }),
    });
    sim.at(10, { kind: "recompile", block: "PB" });
    sim.start().runTicks(12);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([1, 2, 3, 10, 11, 12]);
    const ex = sim.trace.forBlock("PB", "exception");
    expect(ex.length).toBe(1);
    expect(ex[0]!.tick).toBe(3);
    expect(ex[0]!.data.during).toBe("main");
    expect(ex[0]!.data.detailedInfo).toBe("Caught exception during execution of script: Object reference not set to an instance of an object.");
    expect(sim.trace.forBlock("PB", "state").map((e) => [e.tick, e.data.status])).toEqual([
      [0, "working"],
      [3, "terminated"],
      [10, "working"],
    ]);
  });

  it("DetailedInfo shows the exception while terminated; exceptions in the constructor and Save terminate too", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "Ctor", script: script({ init: () => { throw new Error("bad ctor"); } }) });
    sim.addProgrammableBlock("G", { name: "Save", script: script({ save: () => { throw new Error("bad save"); } }) });
    sim.at(1, { kind: "save" }).at(2, { kind: "run", block: "Save" }).at(2, { kind: "run", block: "Ctor" });
    sim.start().runTicks(2);
    expect(sim.pb("Ctor").DetailedInfo).toBe(EXCEPTION_PREFIX + "bad ctor");
    expect(sim.pb("Save").DetailedInfo).toBe(EXCEPTION_PREFIX + "bad save");
    expect(sim.trace.forBlock("Ctor", "exception")[0]!.data.during).toBe("constructor");
    expect(sim.trace.forBlock("Save", "exception")[0]!.data.during).toBe("save");
    expect(sim.trace.ofKind("run").length).toBe(0);
    // a stale reference to the PB from another script sees the same text
    let info = "";
    sim.addProgrammableBlock("G", {
      name: "Reader",
      script: script({ main: (p) => (info = (p.GridTerminalSystem.GetBlockWithName("Ctor") as IMyTerminalBlock).DetailedInfo) }),
    });
    sim.apply({ kind: "run", block: "Reader" });
    expect(info.startsWith("Caught exception during execution of script:")).toBe(true);
  });

  it("world load compiles a terminated script again", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({ init: (p: P) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1) }),
    });
    sim.at(3, { kind: "throw", block: "PB", message: "boom" }).at(10, { kind: "save-reload" });
    sim.start().runTicks(12);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([1, 2, 3, 10, 11, 12]);
    expect(sim.trace.forBlock("PB", "compile").map((e) => e.data.reason)).toEqual(["start", "load"]);
  });
});

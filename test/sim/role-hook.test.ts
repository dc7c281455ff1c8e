// The role hook (sim/role.ts): a failover manager field (Failover or FailoverManager) first, then `__pbtsRole`, then the last
// "role: x" Echo line; the same roles under the C# engine (EngineHost.cs finds the manager by type
// name). And the bucketed scheduler (sim/scheduler.ts UpdateScheduler, with quiet-tick skipping)
// against the full scan of every PB on every tick: the same trace, event for event.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { afterAll, describe, expect, it } from "vitest";
import { MyIni, UpdateFrequency } from "pbts/se";
import { Simulation, type TraceEvent } from "pbts/sim";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { EchoConsole } from "../../mixins/echo-console.ts";
import { FailoverManager } from "../../mixins/failover-manager.ts";
import { roleFromEcho } from "../../sim/role.ts";
import { buildSimulation, resolveScripts, type Scenario } from "../../sim/scenario.ts";
import { runUpdates } from "../../sim/scheduler.ts";
import { script } from "./helpers.ts";

const HERE = dirname(fileURLToPath(import.meta.url));

function failoverScenario(file = "./scripts/failover-role.ts"): Scenario {
  return {
    name: "role-hook",
    seed: 2,
    seconds: 40,
    grids: [
      {
        name: "Base",
        blocks: ["A", "B", "C"].map((n, rank) => ({ type: "programmable" as const, name: `PB ${n}`, script: file, customData: `[failover]\nid=hook\nrank=${rank}` })),
      },
    ],
    events: [{ seconds: 15, kind: "destroy", block: "PB A" }],
  };
}

const roles = (sim: Simulation, block: string) => sim.trace.forBlock(block, "role").map((e) => String(e.data.role));

describe("role hook", () => {
  it("a FailoverManager field reports the role with no role line in the Echo: takeover shows on the standby", async () => {
    const { sim, ticks } = buildSimulation(await resolveScripts(failoverScenario(), HERE));
    sim.start().runUntil(ticks);
    for (const e of sim.trace.ofKind("run")) expect(String(e.data.echo)).not.toMatch(/^\s*role\s*[:=]/im);
    expect(roles(sim, "PB A")).toEqual(["listening", "active", ""]); // "" once destroyed
    const b = roles(sim, "PB B");
    expect(b.slice(0, 2)).toEqual(["listening", "standby"]);
    expect(b[b.length - 1]).toBe("active");
    const took = sim.trace.forBlock("PB B", "role").find((e) => e.data.role === "active")!;
    expect(took.tick).toBeGreaterThan(15 * 60);
    expect(roles(sim, "PB C").at(-1)).toBe("standby");
  });

  it("a Failover field (the lean class, session 25) reports the role as a FailoverManager field does", async () => {
    const { sim, ticks } = buildSimulation(await resolveScripts(failoverScenario("./scripts/failover-role-lean.ts"), HERE));
    sim.start().runUntil(ticks);
    expect(roles(sim, "PB A")).toEqual(["listening", "active", ""]);
    expect(roles(sim, "PB B").at(-1)).toBe("active");
    expect(roles(sim, "PB C").at(-1)).toBe("standby");
  });

  it("the manager wins over __pbtsRole, which wins over an Echo line", () => {
    const sim = new Simulation({ seed: 1, phases: "zero" });
    sim.addGrid({ name: "G" });
    const both = script({
      init: (p) => {
        p.mgr = new FailoverManager(p, new EchoConsole(p), new MyIni());
        p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
      },
      main: (p) => {
        p.__pbtsRole = "custom";
        p.Echo("role: echoed");
      },
    });
    const field = script({
      init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1),
      main: (p) => {
        p.__pbtsRole = "custom";
        p.Echo("role: echoed");
      },
    });
    sim.addProgrammableBlock("G", { name: "Both", script: both, customData: "[failover]\nid=x\nrank=0" });
    sim.addProgrammableBlock("G", { name: "Field", script: field });
    sim.start().runTicks(3);
    expect(roles(sim, "Both")).toEqual(["listening"]);
    expect(roles(sim, "Field")).toEqual(["custom"]);
  });

  it("reads the last 'role: x' line of the Echo (case-insensitive, ':' or '='), never across lines", () => {
    expect(roleFromEcho("status\nRole: standby\nrole = active\n")).toBe("active");
    expect(roleFromEcho("  ROLE:leader\nother line\n")).toBe("leader");
    expect(roleFromEcho("role:\nactive\n")).toBeNull();
    expect(roleFromEcho("the role: x\n")).toBeNull();
    expect(roleFromEcho("\n\n")).toBeNull();
    expect(roleFromEcho("\nrole: a")).toBe("a");
    expect(roleFromEcho("")).toBeNull();
  });

  it("finds the same role as reading the Echo line by line (generated texts)", () => {
    // The reading the hook documents: split at "\n", the last line that matches wins.
    const byLines = (text: string): string | null => {
      const lines = text.split("\n");
      for (let i = lines.length - 1; i >= 0; i--) {
        const m = /^\s*role\s*[:=]\s*(\S+)/i.exec(lines[i]!);
        if (m) return m[1]!;
      }
      return null;
    };
    const pieces = ["role", "ROLE", "Role", "rOlE", "rôle", " ", "\t", "\u00a0", "\u2028", "\n", "\r", ":", "=", "x", "active", "the ", "\ufeff"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        expect(roleFromEcho(text)).toBe(byLines(text));
      }),
      unseeded(3000),
    );
  });

  const noMono = csChecksUnavailable();
  describe.skipIf(noMono !== null)("C# engine", () => {
    afterAll(async () => (await import("../../sim/engine/cs.ts")).closeCsLink());
    it("reports the same roles from the compiled FailoverManager (found by type name)", { timeout: 300_000 }, async () => {
      await import("../../sim/engine/cs.ts");
      const ts = buildSimulation(await resolveScripts(failoverScenario(), HERE));
      ts.sim.start().runUntil(ts.ticks);
      const cs = buildSimulation(await resolveScripts(failoverScenario(), HERE), { engine: "cs" });
      cs.sim.start().runUntil(cs.ticks);
      const pick = (s: Simulation) => s.trace.ofKind("role").map((e) => [e.tick, e.block, e.data.role]);
      expect(pick(cs.sim)).toEqual(pick(ts.sim));
      expect(roles(cs.sim, "PB B").at(-1)).toBe("active");
    });
    it("and from the compiled Failover (the lean class: its field's type, FailoverManager's base)", { timeout: 300_000 }, async () => {
      const lean = failoverScenario("./scripts/failover-role-lean.ts");
      const ts = buildSimulation(await resolveScripts(lean, HERE));
      ts.sim.start().runUntil(ts.ticks);
      const cs = buildSimulation(await resolveScripts(lean, HERE), { engine: "cs" });
      cs.sim.start().runUntil(cs.ticks);
      const pick = (s: Simulation) => s.trace.ofKind("role").map((e) => [e.tick, e.block, e.data.role]);
      expect(pick(cs.sim)).toEqual(pick(ts.sim));
      expect(roles(cs.sim, "PB B").at(-1)).toBe("active");
    });
  });
});

/** The same simulation with the full scan of every PB each tick and no quiet-tick skipping. */
function fullScan(sim: Simulation): Simulation {
  sim.scheduler.runUpdates = (tick: number) => runUpdates(tick, sim.world.pbs);
  sim.scheduler.quietTicks = () => 0;
  return sim;
}

const FREQS = [0, 1, 2, 4, 8, 2 | 4, 1 | 8, 4 | 8, 2 | 8];

/** PBs that switch frequency from a per-PB plan, TryRun each other, and chat over IGC. */
function planWorld(seed: number, plans: number[][], faults: number, builder: (s: Simulation) => Simulation): TraceEvent[] {
  const sim = builder(new Simulation({ seed }));
  sim.addGrid({ name: "G" });
  plans.forEach((plan, i) => {
    const s = script({
      init: (p) => {
        p.k = 0;
        p.l = p.IGC.RegisterBroadcastListener("t");
        p.l.SetMessageCallback("t");
        p.Runtime.UpdateFrequency = FREQS[plan[0]! % FREQS.length]!;
      },
      main: (p, arg) => {
        p.k++;
        while (p.l.HasPendingMessage) p.l.AcceptMessage();
        const step = plan[p.k % plan.length]!;
        p.Runtime.UpdateFrequency = FREQS[step % FREQS.length]!;
        if (step % 5 === 0 && arg !== "try") (p.GridTerminalSystem.GetBlockWithName(`P${(step + p.k) % plans.length}`) as unknown as { TryRun(a: string): boolean } | null)?.TryRun("try");
        if (step % 7 === 0) p.IGC.SendBroadcastMessage("t", p.k);
        p.Echo(`k ${p.k}`);
      },
    });
    sim.addProgrammableBlock("G", { name: `P${i}`, script: s });
  });
  sim.setRandomFaults({ count: faults, kinds: ["turn-off", "throw", "lag", "recompile", "save-reload", "unpower"], recoverAfter: [5, 200] }, 1500);
  return sim.start().runTicks(1500).trace.events;
}

describe("bucketed scheduler", () => {
  it("a run that makes a later PB due (TryRun) runs it in the same tick, as the full scan does (counterexample [1,[[0,0,4],[13,0]],0])", () => {
    // the every-tick bucket ended before the TryRun'd PB joined it; the scheduler must rebuild and go on
    expect(JSON.stringify(planWorld(1, [[0, 0, 4], [13, 0]], 0, (s) => s))).toBe(JSON.stringify(planWorld(1, [[0, 0, 4], [13, 0]], 0, fullScan)));
  });
  it("gives the trace of the full scan (random frequency plans, TryRun, IGC callbacks, faults)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 8 }),
        (seed, plans, faults) => {
          const fast = planWorld(seed, plans, faults, (s) => s);
          const scan = planWorld(seed, plans, faults, fullScan);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(scan));
        },
      ),
      { numRuns: 60, seed: 17 },
    );
  });
});

// The role hook's Echo reading (sim/role.ts (c)) on a traced run is done when the trace encodes the
// run (sim/trace.ts deferRole, sim/trace-runs.ts: the encoder tells from what changed of the block's
// last text whether the new one may hold "role"). What a reader sees must be what reading every text
// at once gives: the same "role" events in the same places and the same `role` of each block at any
// moment. The oracle is the same world with `runsAsObjects` (runs as event objects, so every role
// line is read at once, as the role-hook-only mode and the C# engine do).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UpdateFrequency } from "pbts/se";
import { Simulation } from "pbts/sim";
import { script } from "./helpers.ts";

/** Pieces of Echo texts: role lines whole and in parts (a change that makes or breaks "role" at
 *  either end of what changed), other cases, "=" and ":", and the same counter on every run. */
const PIECES = ["role: a", "Role= b", "ROLE:c", "ro", "le: d", "r", "ole=e", "x", "\n", " ", "rolex", "le", "role", ": f", "RoLe = g", "é", "ünïcode role: h"];

interface Plan {
  /** Per step: the pieces echoed (indices into PIECES; 99 echoes the run count), in one or two Echo calls. */
  echoes: number[][];
  /** Per step: 0 nothing, 1 set __pbtsRole, 2 delete it, 3 change Storage, 4 TryRun the next PB, 5 IGC broadcast, 6 read the next PB's role. */
  acts: number[];
}

/** Every read the world makes: the events, each PB's role, at a tick; and at the end. */
function world(seed: number, plans: Plan[], readEvery: number, eager: boolean): string {
  const sim = new Simulation({ seed });
  if (eager) sim.trace.runsAsObjects = true;
  sim.addGrid({ name: "G" });
  const seen: string[] = [];
  plans.forEach((plan, i) => {
    const s = script({
      init: (p) => {
        p.k = 0;
        p.l = p.IGC.RegisterBroadcastListener("t");
        p.l.SetMessageCallback("t");
        p.Runtime.UpdateFrequency = i % 3 === 0 ? UpdateFrequency.Update1 : i % 3 === 1 ? UpdateFrequency.Update10 : UpdateFrequency.Update1 | UpdateFrequency.Update100;
        p.Echo(PIECES[i % PIECES.length]!);
      },
      main: (p, arg) => {
        p.k++;
        while (p.l.HasPendingMessage) p.l.AcceptMessage();
        const step = p.k % plan.echoes.length;
        const text = plan.echoes[step]!.map((x) => (x === 99 ? String(p.k) : PIECES[x % PIECES.length]!));
        const cut = text.length >> 1;
        if (cut > 0 && step % 2 === 0) {
          p.Echo(text.slice(0, cut).join(""));
          p.Echo(text.slice(cut).join(""));
        } else p.Echo(text.join(""));
        const act = plan.acts[p.k % plan.acts.length]!;
        if (act === 1) p.__pbtsRole = `own${p.k % 3}`;
        if (act === 2) delete p.__pbtsRole;
        if (act === 3) p.Storage = `s${p.k % 4}`;
        const next = `P${(i + 1) % plans.length}`;
        if (act === 4 && arg !== "try") (p.GridTerminalSystem.GetBlockWithName(next) as unknown as { TryRun(a: string): boolean } | null)?.TryRun("try");
        if (act === 5) p.IGC.SendBroadcastMessage("t", p.k);
        if (act === 6) seen.push(`${next}:${sim.world.pbs[(i + 1) % plans.length]!.role}`);
      },
    });
    sim.addProgrammableBlock("G", { name: `P${i}`, script: s });
  });
  sim.setRandomFaults({ count: 3, kinds: ["turn-off", "throw", "recompile", "save-reload"], recoverAfter: [5, 60] }, 400);
  sim.start();
  const reads: unknown[] = [];
  while (sim.tick < 400) {
    sim.runTicks(readEvery);
    if (sim.tick % (2 * readEvery) === 0) reads.push(sim.trace.events.length);
    reads.push(sim.world.pbs.map((pb) => pb.role).join(","));
  }
  return JSON.stringify({ events: sim.trace.events, reads, seen });
}

const plan = fc.record({
  echoes: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: PIECES.length - 1 }), fc.constant(99)), { maxLength: 5 }), { minLength: 1, maxLength: 7 }),
  acts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 9 }),
});

describe("role hook, Echo lines of traced runs read when the trace encodes them", () => {
  it("the same role events, in the same places, and the same roles at every read as reading each text at once (generated worlds)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(plan, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 60 }), (seed, plans, every) => {
        expect(world(seed, plans, every, false)).toBe(world(seed, plans, every, true));
      }),
      { numRuns: 40, seed: 22 },
    );
  });

  it("a role word made or broken by a change of its first or last letter alone, on many blocks in turn (many batches of runs)", () => {
    // Each block's texts differ from its last one only in the first or the last letter of "role" (or
    // grow by a digit); between them `__pbtsRole` answers, so the Echo line's role is a change each time.
    const texts = (i: number, k: number) => (i % 3 === 0 ? `${k % 2 ? "r" : "x"}ole: B` : i % 3 === 1 ? `rol${k % 2 ? "e" : "a"}: C` : `count ${k} ${k % 2 ? "role" : "rolE-"}: c${k % 4}`);
    const make = (eager: boolean) => {
      const sim = new Simulation({ seed: 3 });
      if (eager) sim.trace.runsAsObjects = true;
      sim.addGrid({ name: "G" });
      for (let i = 0; i < 7; i++) {
        sim.addProgrammableBlock("G", {
          name: `B${i}`,
          script: script({
            init: (p) => {
              p.k = 0;
              p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
            },
            main: (p) => {
              p.k++;
              if (p.k % 4 === 0) p.__pbtsRole = "own";
              else delete p.__pbtsRole;
              p.Echo(texts(i, p.k));
            },
          }),
        });
      }
      sim.start().runTicks(300);
      return { roles: sim.trace.ofKind("role").map((e) => [e.tick, e.block, e.data.role]), now: sim.world.pbs.map((pb) => pb.role) };
    };
    const lazy = make(false);
    expect(lazy).toEqual(make(true));
    expect(lazy.roles.length).toBeGreaterThan(600); // two changes every 4 runs: the comparison compares something
  });
});

import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { describe, expect, it } from "vitest";
import { UpdateFrequency } from "pbts/se";
import { ECHO_MAX_LENGTH } from "pbts/sim";
import { EchoBuffer } from "../../sim/echo.ts";
import { roleFromEcho } from "../../sim/role.ts";
import { runs, script, sim1 } from "./helpers.ts";

describe("Echo", () => {
  it("is cleared at the start of each run", () => {
    const sim = sim1();
    let n = 0;
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => {
          p.Echo("from constructor");
          p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
        },
        main: (p) => {
          n++;
          p.Echo(`run ${n}`);
          if (n === 1) p.Echo("only in the first run");
        },
      }),
    });
    sim.start();
    expect(sim.trace.forBlock("PB", "compile")[0]!.data.echo).toBe("from constructor\n");
    sim.runTicks(2);
    const r = runs(sim, "PB");
    expect(r[0]!.data.echo).toBe("run 1\nonly in the first run\n");
    expect(r[1]!.data.echo).toBe("run 2\n");
    expect(sim.pb("PB").DetailedInfo).toBe("run 2\n");
  });

  it("keeps only the newest 8,000 characters", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        main: (p) => {
          for (let i = 0; i < 200; i++) p.Echo(`line ${String(i).padStart(3, "0")} ` + "x".repeat(40)); // 50 chars + \n each
        },
      }),
    });
    sim.at(1, { kind: "run", block: "PB" });
    sim.start().runTicks(1);
    const echo = runs(sim, "PB")[0]!.data.echo as string;
    expect(ECHO_MAX_LENGTH).toBe(8000);
    expect(echo.length).toBe(8000);
    expect(echo.endsWith(`line 199 ${"x".repeat(40)}\n`)).toBe(true);
    expect(echo.includes("line 000")).toBe(false); // the oldest text was trimmed
    expect(echo.includes("line 050")).toBe(true);
  });

  it("the role hook's `lines` (one message: the message itself) hold the same role line as the text (generated messages)", () => {
    const part = fc.constantFrom("role: a", "ROLE=b", " role : c", "x", "\n", " ", "rolex", "role:", "\nrole: d ", "r".repeat(3000));
    fc.assert(
      fc.property(fc.array(fc.array(part, { maxLength: 5 }).map((p) => p.join("")), { maxLength: 4 }), (messages) => {
        const buf = new EchoBuffer();
        for (const m of messages) buf.append(m);
        const lines = buf.lines;
        expect(roleFromEcho(lines)).toBe(roleFromEcho(buf.value));
      }),
      unseeded(500),
    );
  });

  it("the trace's `lines` and `newlineAfterLines` give the text (generated messages, past 8,000 characters too)", () => {
    const part = fc.constantFrom("role: a", "x", "\n", "", "r".repeat(3000), "y".repeat(7999));
    fc.assert(
      fc.property(fc.array(fc.array(part, { maxLength: 4 }).map((p) => p.join("")), { maxLength: 4 }), (messages) => {
        const buf = new EchoBuffer();
        for (const m of messages) buf.append(m);
        const lines = buf.lines;
        const newline = buf.newlineAfterLines;
        expect(newline ? lines + "\n" : lines).toBe(buf.value);
      }),
      unseeded(500),
    );
  });
});

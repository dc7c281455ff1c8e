// mixins/console.ts: what MainConsole keeps and echoes; mixins/screen-console.ts: what ScreenConsole writes on the PB's own screen (title, status, the kept lines,
// one per line, nothing after the last), decided from the trace's "text" events.
import { describe, expect, it } from "vitest";
import { MyGridProgram, UpdateFrequency } from "pbts/se";
import { Simulation } from "pbts/sim";
import { ScreenConsole } from "../../mixins/screen-console.ts";
import { MainConsole } from "../../mixins/console.ts";

describe("ScreenConsole on the PB's screen", () => {
  it("title, status and the last maxLines lines joined by line breaks; no lines: the status line ends it", () => {
    const said: string[] = [];
    class P extends MyGridProgram {
      con = new ScreenConsole(this, "T", 2);
      runs = 0;
      constructor() {
        super();
        this.Runtime.UpdateFrequency = UpdateFrequency.Update1;
      }
      Main(): void {
        this.con.Flush();
        if (this.runs === 0) this.con.SetStatus("ready");
        else {
          const line = `line ${this.runs}`;
          said.push(line);
          this.con.Info(line);
        }
        this.runs++;
      }
    }
    const sim = new Simulation({ seed: 3 });
    sim.addGrid({ name: "G" });
    sim.addProgrammableBlock("G", { name: "X", script: P });
    // (Flush writes the screen: each run shows what the run before it left)
    sim.start().runUntil(8);
    const t = sim.trace.forBlock("X", "text").map((e) => String(e.data.text));
    expect(t[0]).toBe("== T ==\n\n");
    expect(t).toContain("== T ==\nready\n");
    // with lines: the last two, joined, no trailing break
    const last = said.slice(-3, -1);
    expect(t[t.length - 1]).toBe(`== T ==\nready\n${last.join("\n")}`);
  });
});

describe("MainConsole's kept lines (session 26: Line pushes, then drops the oldest past maxLines)", () => {
  // what Flush echoes after each of 5 lines: the title, the status, then the last maxLines lines (none for maxLines < 1)
  for (const max of [-1, 0, 1, 3, 12]) {
    it(`maxLines ${max}: every line echoed at once; Flush echoes the last ${Math.max(max, 0)}`, () => {
      const out: string[] = [];
      const con = new MainConsole({ Echo: (s: string) => out.push(s) } as unknown as MyGridProgram, "T", max);
      con.SetStatus("s");
      for (let k = 1; k <= 5; k++) {
        out.length = 0;
        con.Info(`l${k}`);
        expect(out).toEqual([`l${k}`]);
        out.length = 0;
        con.Flush();
        const kept = Array.from({ length: k }, (_, i) => `l${i + 1}`).slice(max > 0 ? -max : k);
        expect(out).toEqual(["== T ==", "s", ...kept]);
        expect(con.Lines).toEqual(kept);
      }
    });
  }
});

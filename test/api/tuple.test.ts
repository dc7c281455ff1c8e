// MyTuple<T1..T6> (compiler/se/values/tuple.ts): the IGC patterns compile to SE's C# (mcs against the
// stubs), a tuple crosses the simulator's IGC, and what C# would do differently is rejected.
// Values are proven equal in Node and mono by test/diff/cases/tuple.ts.
import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { MyTuple, UpdateFrequency, type MyIGCMessage } from "pbts/se";
import { script, sim1 } from "../sim/helpers.ts";
import { compileWithMcs } from "./helpers.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function program(main: string): string {
  return `import { MyGridProgram, UpdateType, MyTuple, MyIGCMessage } from "pbts/se";
import type { int } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void {
${main}
  }
}
`;
}

function lineCol(text: string, i: number): { line: number; col: number } {
  const before = text.slice(0, i).split("\n");
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

function expectRejected(main: string, code: string, at: string): void {
  const source = program(main);
  const i = source.indexOf(at);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(source.lastIndexOf(at)).toBe(i);
  const where = lineCol(source, i);
  const r = compile({ sources: { ".tmp/tuple/case.ts": source }, cwd: ROOT });
  const shown = r.diagnostics.map(formatDiagnostic).join("\n");
  expect(r.ok).toBe(false);
  expect(r.diagnostics.some((d) => d.code === "PBTS9999"), shown).toBe(false);
  expect(r.diagnostics.find((d) => d.code === code && d.line === where.line && d.col === where.col), `expected ${code} at ${where.line}:${where.col}, got:\n${shown}`).toBeDefined();
}

describe("MyTuple", () => {
  it("IGC send and receive compile to SE's C# (mcs)", () => {
    const cs = compileWithMcs(
      "tuple-igc",
      `import { MyGridProgram, UpdateType, MyTuple, UpdateFrequency, IMyBroadcastListener } from "pbts/se";
import type { int } from "pbts/se";
export class Program extends MyGridProgram {
  private readonly listener: IMyBroadcastListener;
  constructor() {
    super();
    this.listener = this.IGC.RegisterBroadcastListener("pos");
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }
  Main(argument: string, updateSource: UpdateType): void {
    const id: int = 3;
    this.IGC.SendBroadcastMessage("pos", new MyTuple<int, string>(id, "x"));
    this.IGC.SendBroadcastMessage("pos2", MyTuple.Create("a", true));
    while (this.listener.HasPendingMessage) {
      const msg = this.listener.AcceptMessage();
      const t = msg.Data as MyTuple<int, string>;
      const u = msg.As<MyTuple<int, string>>();
      this.Echo(\`\${t.Item1 + u.Item1} \${t.Item2}\`);
    }
  }
}
`,
    );
    expect(cs).toContain(`SendBroadcastMessage("pos", new MyTuple<int, string>(id, "x"))`);
    expect(cs).toContain(`MyTuple.Create<string, bool>("a", true)`);
    // (a local may print as `var` when its initializer has exactly its type: fo-size, session 8)
    expect(cs).toMatch(/(MyTuple<int, string>|var) t = \(MyTuple<int, string>\)msg\.Data;/);
    expect(cs).toContain("msg.As<MyTuple<int, string>>()");
  });

  it("crosses the simulator's IGC and is read back with As<T>()", () => {
    const sim = sim1();
    const got: string[] = [];
    sim.addProgrammableBlock("G", {
      name: "S",
      script: script({ main: (p) => p.IGC.SendBroadcastMessage("t", new MyTuple<number, string>(7, "seven")) }),
    });
    sim.addProgrammableBlock("G", {
      name: "R",
      script: script({
        init: (p) => {
          p.l = p.IGC.RegisterBroadcastListener("t");
          p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
        },
        main: (p) => {
          while (p.l.HasPendingMessage) {
            const m = p.l.AcceptMessage() as MyIGCMessage;
            const t = m.As<MyTuple<number, string>>();
            got.push(`${t.Item1}:${t.Item2}`);
          }
        },
      }),
    });
    sim.at(2, { kind: "run", block: "S", argument: "" });
    sim.start().runTicks(4);
    expect(got).toEqual(["7:seven"]);
  });

  it("an item beyond the tuple's type arguments is rejected (C#'s MyTuple<int, string> has no Item3)", () =>
    expectRejected(`const t = new MyTuple<int, string>(1, "a"); const x = t.Item3; this.Echo(\`\${x}\`);`, "PBTS1001", "t.Item3"));
  it("=== between tuples is rejected (struct values)", () =>
    expectRejected(`const a = new MyTuple<int>(1); const b = new MyTuple<int>(1); this.Echo(\`\${a === b}\`);`, "PBTS1020", "a === b"));
  it("items are readonly (build a new tuple)", () => expectRejected(`const a = new MyTuple<int>(1); a.Item1 = 2;`, "PBTS0001", "Item1 = 2"));
  it("'as MyTuple' of anything but an IGC message's Data is a checked cast: rejected", () =>
    expectRejected(`const o: unknown = new MyTuple<int>(1); const t = o as MyTuple<int>; this.Echo(\`\${t.Item1}\`);`, "PBTS1075", "o as MyTuple<int>"));
});

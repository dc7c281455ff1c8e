// The instruction-counting rewriter (compiler/csharp/instrument.ts) on C# that pbts does not emit
// today but the game counts (goto, using, expression-bodied members, indexers, operators, catch
// without a variable, exception filters, anonymous methods, static constructors, do/while,
// switch sections without statements): a hand-written Program is instrumented, built with mcs and
// run in the engine's mono host; the counts it reads are worked out by hand from the game's rules in
// the comments. Plus the rewriter's output shape on small inputs.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { instrument } from "../../compiler/csharp/instrument.ts";
import { buildCached } from "../../compiler/csharp/stubs.ts";
import { SimRuntimeInfo } from "../../sim/runtime.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] instrumented C# execution tests: ${noMono}`);

// compared without whitespace (the rewriter inserts text inline, keeping line numbers)
const strip = (s: string) => s.replace(/global::PbtsInstr\.Counter\./g, "").replace(/\s+/g, "");

describe("instrument(): where the counter calls go", () => {
  it("an if body and a plain else body are counted, an else-if is not counted itself", () => {
    const out = strip(instrument("class A { void M(int x) { if (x == 1) x = 2; else if (x == 3) { x = 4; } else x = 5; } }"));
    expect(out).toBe(
      strip("class A { void M(int x) { Enter(); Count(); try { if (x == 1) { Count(); x = 2; } else if (x == 3) { Count(); x = 4; } else { Count(); x = 5; } } finally { Exit(); } } }"),
    );
  });
  it("switch sections with statements get a count; a section's labels share it", () => {
    const out = strip(instrument("class A { void M(int x) { switch (x) { case 1: case 2: x = 0; break; default: break; } } }"));
    expect(out).toContain(strip("switch (x) { case 1: case 2: Count(); x = 0; break; default: Count(); break; }"));
  });
  it("catch gets a filter that lets the counter's exception through; finally runs only while alive", () => {
    const out = strip(instrument("class A { void M() { try { } catch { } finally { M(); } } }"));
    expect(out).toContain(strip("catch(global::System.Exception __pbts_ex0) when (!(__pbts_ex0 is global::PbtsInstr.ScriptOutOfRangeException)) { Count(); } finally{ if (!IsDead()) { Count(); M(); } }"));
  });
  it("an existing filter is kept behind the counter's", () => {
    const out = strip(instrument("class A { void M() { try { } catch (System.Exception e) when (e.Message == \"x\") { } } }"));
    expect(out).toContain(strip("catch (System.Exception e) when (!(e is global::PbtsInstr.ScriptOutOfRangeException) && (e.Message == \"x\")) { Count(); }"));
  });
  it("expression-bodied members become counted blocks; lambdas are counted as methods", () => {
    const out = strip(instrument("class A { int P => 1; void V() => F(x => x + 1); int F(System.Func<int, int> f) => f(2); }"));
    expect(out).toContain(strip("int P { get { Enter(); Count(); try { return 1; } finally { Exit(); } } }"));
    expect(out).toContain(strip("void V() { Enter(); Count(); try { F(x => L(() => x + 1)); } finally { Exit(); } }"));
    expect(out).toContain(strip("int F(System.Func<int, int> f) { Enter(); Count(); try { return f(2); } finally { Exit(); } }"));
  });
  it("enums and interfaces pass through; a generic interface's class constraint does not make it a class", () => {
    const src = "interface I<T> where T : class { int M(); int P { get; } } enum E { A, B = 2 } class C<T> where T : struct { int F() { return 1; } }";
    const out = strip(instrument(src));
    expect(out).toContain(strip("interface I<T> where T : class { int M(); int P { get; } } enum E { A, B = 2 }"));
    expect(out).toContain(strip("int F() { Enter(); Count(); try { return 1; } finally { Exit(); } }"));
  });
  it("strings, comments and generics with commas are not mistaken for code", () => {
    const src = 'class A { string M() { var d = new System.Collections.Generic.Dictionary<string, int>(); System.Func<int, int> f = x => new System.Collections.Generic.Dictionary<string, int>().Count; /* if (x) { */ return "if (x) { } // " + @"a""b" + $"{d.Count}"; } }';
    const out = strip(instrument(src));
    expect(out).toContain(strip("f = x => L(() => new System.Collections.Generic.Dictionary<string, int>().Count);"));
    expect(out).toContain(strip('return "if (x) { } // " + @"a""b" + $"{d.Count}";'));
  });
});

// Each mark is Runtime.CurrentInstructionCount; the expected values are derived in the comments.
const PROGRAM = `
using System;
using System.Collections.Generic;
using Sandbox.ModAPI.Ingame;

namespace InstrTest
{
    public class Res : IDisposable
    {
        public static int Disposed;
        public void Dispose() { Disposed++; }                           // entry +1
    }

    public struct V
    {
        public int X;
        public V(int x) { X = x; }                                       // entry +1
        public static V operator +(V a, V b) => new V(a.X + b.X);        // entry +1 (+1 for new V)
        public int this[int i] => X * i;                                  // entry +1
    }

    public class Program : MyGridProgram
    {
        static int statics;
        static Program() { statics = 1; }                                // entry +1 (at creation)
        readonly List<int> marks = new List<int>();
        int Twice(int x) => x * 2;                                        // entry +1

        void Mark() { marks.Add(Runtime.CurrentInstructionCount); }      // entry +1 (read after it)

        public void Main(string argument)
        {
            marks.Clear();
            Mark();                                  // Main 1, Mark 2 -> mark 2
            int i = 0;
        again:
            i++;
            if (i < 3) goto again;                   // 3 passes: if body +1 x2 (goto +1 x2) = +4 -> 6
            Mark();                                  // Mark +1 -> mark 7
            using (var r = new Res()) { i++; }       // body +1, finally +1, Dispose +1 -> 10
            Mark();                                  // -> mark 11
            var v = new V(1) + new V(2);             // V(1) +1, V(2) +1, operator +1, new V in it +1 -> 15
            int w = v[2] + Twice(1);                 // indexer +1, Twice +1 -> 17
            Mark();                                  // -> mark 18
            try { throw new Exception("x"); }
            catch { i++; }                           // catch +1 -> 19
            try { throw new Exception("y"); }
            catch (Exception e) when (e.Message == "z") { i++; }
            catch (Exception) { i++; }               // filtered out: nothing; second catch +1 -> 20
            Mark();                                  // -> mark 21
            Func<int, int> f = delegate (int x) { return x + 1; };
            Action a = () => i++;
            w += f(1);                               // anonymous method +1 -> 22
            a();                                     // expression lambda +1 -> 23
            do { i++; } while (i < 0);               // one iteration +1 -> 24
            switch (i) { case 100: break; default: break; }  // default section +1 -> 25
            Mark();                                  // -> mark 26
            Echo(string.Join(",", marks) + " statics=" + statics + " disposed=" + Res.Disposed + " w=" + w);
        }
    }
}
`;

describe.skipIf(noMono !== null)("instrumented C# in the mono host", () => {
  let cs: typeof import("../../sim/engine/cs.ts");
  beforeAll(async () => {
    cs = await import("../../sim/engine/cs.ts");
  });
  afterAll(() => cs?.closeCsLink());

  it("goto, using, operators, indexers, expression bodies, catch forms, anonymous methods, do, switch: counts by hand", () => {
    const link = cs.csLink();
    const counter = cs.buildCounter();
    const stubs = join(cs.ENGINE_DIR, "PbtsStubs.dll");
    const dir = join(cs.ENGINE_DIR, "src", "instr-test");
    mkdirSync(dir, { recursive: true });
    const src = join(dir, "InstrTest.cs");
    writeFileSync(src, instrument(PROGRAM));
    const dll = buildCached([src], join(cs.ENGINE_DIR, "InstrTest.dll"), { target: "library", refs: [stubs, counter] });
    const classId = link.loadClass(dll, "InstrTest.Program");
    const echoes: string[] = [];
    const host = { Echo: (m: string) => echoes.push(m) };
    const created = link.create(classId, { me: null as never, runtime: new SimRuntimeInfo(0), igc: null as never, gts: null as never, host, storage: "" });
    expect(created.ok).toBe(true);
    // the static constructor runs inside this first call; the instance constructor has no body: 1
    expect(created.instructions).toBe(1);
    const reply = link.main(created.id, "", 0);
    expect(reply.message).toBe("");
    expect(reply.ok).toBe(true);
    // w = V(3)[2] = 6, + Twice(1) = 8, + f(1) = 10
    expect(echoes).toEqual(["2,7,11,18,21,26 statics=1 disposed=1 w=10"]);
  });
});

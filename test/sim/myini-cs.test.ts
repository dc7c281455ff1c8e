// The two engines' MyIni agree: every text of the parse conformance table (myini-cases.ts), parsed by
// the C# engine's MyIni (compiler/csharp/stubs/handwritten/MyIni.cs) under mono, gives the same
// result line, sections, keys, values, comments, end comment, end content, ToString (as parsed and
// regenerated) as sim/myini.ts
// gives in Node (and the table's expectations, which say what SE gives).
import { describe, expect, it } from "vitest";
import { copyFileSync } from "node:fs";
import { basename, join } from "node:path";
import { csChecksUnavailable, mono, writeSources } from "../../compiler/csharp/mono.ts";
import { buildCached, buildStubs, CS_CACHE_DIR } from "../../compiler/csharp/stubs.ts";
import { MyIni, MyIniKey, MyIniParseResult } from "../../sim/myini.ts";
import { Out } from "../../compiler/se/prelude.ts";
import { PARSE_CASES } from "./myini-cases.ts";

const skipReason = csChecksUnavailable();
if (skipReason) console.warn(`[skipped] MyIni on the C# engine: ${skipReason}`);

/** Texts parsed besides the table's: the failover's CustomData shapes and a few edge cases. */
const EXTRA_TEXTS = [
  "[failover]\nid=demo\nrank=0\n",
  "\n\n[failover]\nid=demo\n\nrank=1 ; note\n",
  "[a]\nk=\n|one\n|two\n;c\n[b]\n;end",
  "[a]\r\n;x\r\n\r\nk=1\r\n---\r\nrest",
  "x\n[a]",
  "[a]\nk=1\n[a]\nk=2",
  "[a]\nk=\n|x\nj=\n|  spaced\n",
  // values read as booleans and numbers (conv lines): padded ones come from "|" lines
  "[v]\nb1=true\nb2=\n| true\nb3=\n|TRUE \nb4=\n|\ton\nb5=Yes\nb6=0\nb7=y\nb8=truee\nb9=\n|off \n",
  "[n]\nn1=\n| 5\nn2=1e3\nn3=(5)\nn4=5-\nn5=1,000\nn6=0x10\nn7=1.5\nn8=2147483648\nn9=-9223372036854775808\nn10=1e400\nn11=NaN\nn12=-0\nn13=3.4e39\nn14=1.00000001\nn15=Infinity\nn16=.5\nn17=5.\nn18=1e-400\n",
];

const esc = (s: string | null): string => (s === null ? "<null>" : s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r"));

/** The bits of a double, as the C# side prints them (BitConverter.DoubleToInt64Bits): exact, no number formatting. */
function bits(x: number): string {
  if (Number.isNaN(x)) return "NaN"; // (.NET's NaN has the sign bit set, V8's not: no script can tell)
  const f = new Float64Array([x]);
  return new BigInt64Array(f.buffer)[0]!.toString();
}

/** A value read as each type SE converts to, with two defaults where the default shows (session 19, cc-adv13). */
function conversionsTs(ini: MyIni, s: string, k: string): string {
  const v = ini.Get(s, k);
  return `conv ${v.ToBoolean(true)}/${v.ToBoolean(false)} ${v.ToInt32(-7)} ${BigInt(v.ToInt64(-7))} ${bits(v.ToDouble(-7.5))} ${bits(v.ToSingle(-7.5))}`;
}

/** What the C# program prints for one text, computed with sim/myini.ts. */
function snapshotTs(text: string): string[] {
  const ini = new MyIni();
  const r = new Out<MyIniParseResult>();
  const ok = ini.TryParse(text, r);
  const out = [`result ${ok} ${esc(r.value.ToString())}`, `text ${esc(ini.ToString())}`];
  ini.Delete("zz-no-such-section", "zz"); // regenerated before any value is read (a "|" value keeps its form once)
  out.push(`unread ${esc(ini.ToString())}`);
  const sections: string[] = [];
  ini.GetSections(sections);
  for (const s of sections) {
    out.push(`section ${esc(s)} ${esc(ini.GetSectionComment(s))}`);
    const keys: MyIniKey[] = [];
    ini.GetKeys(s, keys);
    for (const k of keys) {
      let line: string;
      try {
        line = `key ${esc(k.Section)}/${esc(k.Name)} = ${esc(ini.Get(s, k.Name).ToString())} ; ${esc(ini.GetComment(s, k.Name))}`;
      } catch {
        line = `key ${esc(k.Section)}/${esc(k.Name)} <throws>`;
      }
      out.push(line);
      out.push(conversionsTs(ini, s, k.Name));
    }
  }
  out.push(`end ${esc(ini.EndComment)} | ${esc(ini.EndContent)}`);
  ini.Delete("zz-no-such-section", "zz"); // forces ToString to regenerate (in SE too)
  out.push(`regenerated ${esc(ini.ToString())}`);
  return out;
}

const CS_PROGRAM = String.raw`
using System;
using System.Collections.Generic;
using System.Text;
using VRage.Game.ModAPI.Ingame.Utilities;

public static class MyIniProbe
{
    static string B(bool b) { return b ? "true" : "false"; }
    static string Bits(double d) { return double.IsNaN(d) ? "NaN" : BitConverter.DoubleToInt64Bits(d).ToString(); }
    static string Esc(string s) { return s == null ? "<null>" : s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r"); }

    public static void Main()
    {
        var stdout = new System.IO.StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        string line;
        while ((line = Console.In.ReadLine()) != null)
        {
            string text = Encoding.UTF8.GetString(Convert.FromBase64String(line));
            var ini = new MyIni();
            MyIniParseResult r;
            bool ok = ini.TryParse(text, out r);
            stdout.Write("result " + (ok ? "true" : "false") + " " + Esc(r.ToString()) + "\n");
            stdout.Write("text " + Esc(ini.ToString()) + "\n");
            ini.Delete("zz-no-such-section", "zz");
            stdout.Write("unread " + Esc(ini.ToString()) + "\n");
            var sections = new List<string>();
            ini.GetSections(sections);
            var keys = new List<MyIniKey>();
            foreach (string s in sections)
            {
                stdout.Write("section " + Esc(s) + " " + Esc(ini.GetSectionComment(s)) + "\n");
                ini.GetKeys(s, keys);
                foreach (MyIniKey k in keys)
                {
                    string o;
                    try { o = "key " + Esc(k.Section) + "/" + Esc(k.Name) + " = " + Esc(ini.Get(s, k.Name).ToString()) + " ; " + Esc(ini.GetComment(s, k.Name)); }
                    catch (Exception) { o = "key " + Esc(k.Section) + "/" + Esc(k.Name) + " <throws>"; }
                    stdout.Write(o + "\n");
                    var v = ini.Get(s, k.Name);
                    stdout.Write("conv " + B(v.ToBoolean(true)) + "/" + B(v.ToBoolean(false)) + " " + v.ToInt32(-7) + " " + v.ToInt64(-7) + " " + Bits(v.ToDouble(-7.5)) + " " + Bits((double)v.ToSingle(-7.5f)) + "\n");
                }
            }
            stdout.Write("end " + Esc(ini.EndComment) + " | " + Esc(ini.EndContent) + "\n");
            ini.Delete("zz-no-such-section", "zz");
            stdout.Write("regenerated " + Esc(ini.ToString()) + "\n");
            stdout.Write("=====\n");
        }
        stdout.Flush();
    }
}
`;

describe.skipIf(skipReason !== null)("MyIni: the C# engine's parser agrees with the TS engine's", () => {
  const texts = [...PARSE_CASES.map((c) => [c.name, c.input] as const), ...EXTRA_TEXTS.map((t) => [`extra ${JSON.stringify(t)}`, t] as const)];
  let outputs: string[][] = [];

  it("runs every text under mono", () => {
    const stubs = buildStubs();
    const dir = join(CS_CACHE_DIR, "myini-probe");
    const [src] = writeSources(dir, { "MyIniProbe.cs": CS_PROGRAM });
    const exe = buildCached([src!], join(dir, "MyIniProbe.exe"), { target: "exe", refs: [stubs] });
    copyFileSync(stubs, join(dir, basename(stubs))); // mono loads the stubs from beside the exe
    const input = texts.map(([, t]) => Buffer.from(t, "utf8").toString("base64")).join("\n") + "\n";
    const r = mono(exe, [], { input });
    expect(r.stderr).toBe("");
    outputs = r.stdout.split("=====\n").slice(0, -1).map((b) => b.split("\n").filter((l) => l !== ""));
    expect(outputs.length).toBe(texts.length);
  });

  it.each(texts.map(([name, text], i) => [name, text, i] as const))("%s", (_name, text, i) => {
    expect(outputs[i], "the mono run above failed").toBeDefined();
    expect(outputs[i]).toEqual(snapshotTs(text));
  });

  it("the table's expected results hold on the C# engine too", () => {
    PARSE_CASES.forEach((c, i) => expect(`${c.name}: ${outputs[i]![0]}`).toBe(`${c.name}: result ${c.result === "Success"} ${esc(c.result)}`));
  });
});

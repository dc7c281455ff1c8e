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

// ---- operations (session 19, cc-adv13) -------------------------------------------------------------
// Sequences of MyIni calls run on both engines' MyIni: name checks and their messages (Get, Set, Delete,
// ContainsKey, comments), Delete then Set (SE reuses the deleted key's slot), Clear, comments set to null.
// One op a line, fields separated by "|" ("\n" in a field is a line break); each prints its result or the
// exception's message.
const OPS: string[][] = [
  ["parse [a]\\nk=1", "set |k|v", "set  |k|v", "set a||v", "set a| |v", "set s[|k|v", "set s]|k|v", "set s=|k|v", "set s\\nx|k|v", "set a|k=|v", "set a|k[|v", "str"],
  ["get a|", "get |k", "get a|k|", "has a|", "has |k", "has a|k\\n", "del a|", "del |k", "gcmt a|", "cmt a|k|c", "cmt a||c", "scmt a|c", "str"],
  ["set s1|a|1", "set s2|b|2", "del s1|a", "set s2|c|3", "set s1|d|4", "keys s1", "keys s2", "str"],
  ["set s|a|1", "set s|b|2", "set s|c|3", "del s|b", "del s|a", "set s|d|4", "set s|e|5", "keys s", "str"],
  ["parse [a]\\nk=1\\n;end", "clear", "str", "set b|x|1", "str"],
  ["parse [a]\\n;c\\nk=1", "cmt a|k|", "str", "cmt a|k|null", "str", "scmt a|null", "str", "set a|k|2", "str"],
  ["set a|k|v", "del a|nope", "del zz|k", "str", "set a|K|w", "keys a", "str"],
];

/** One op on sim/myini.ts, as the C# program below does it on MyIni.cs. */
function opTs(ini: MyIni, op: string): string {
  const [verb, rest] = [op.slice(0, op.indexOf(" ") < 0 ? op.length : op.indexOf(" ")), op.indexOf(" ") < 0 ? "" : op.slice(op.indexOf(" ") + 1)];
  const f = rest.split("|").map((x) => x.replace(/\\n/g, "\n"));
  const arg = (i: number): string => (f[i] === "null" ? (null as unknown as string) : f[i]!);
  try {
    switch (verb) {
      case "parse": return String(ini.TryParse(f[0]!));
      case "set": ini.Set(arg(0), arg(1), arg(2)); return "ok";
      case "get": return esc(ini.Get(arg(0), arg(1)).ToString());
      case "has": return String(ini.ContainsKey(arg(0), arg(1)));
      case "del": ini.Delete(arg(0), arg(1)); return "ok";
      case "gcmt": return esc(ini.GetComment(arg(0), arg(1)));
      case "cmt": ini.SetComment(arg(0), arg(1), arg(2)); return "ok";
      case "scmt": ini.SetSectionComment(arg(0), arg(1)); return "ok";
      case "keys": { const ks: MyIniKey[] = []; ini.GetKeys(arg(0), ks); return ks.map((k) => k.ToString()).join(","); }
      case "clear": ini.Clear(); return "ok";
      case "str": return esc(ini.ToString());
    }
    return "?";
  } catch (e) {
    return `throws ${esc((e as Error).message)}`;
  }
}

const CS_OPS = String.raw`
using System;
using System.Collections.Generic;
using System.Text;
using VRage.Game.ModAPI.Ingame.Utilities;

public static class MyIniOps
{
    static string Esc(string s) { return s == null ? "<null>" : s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r"); }

    static string Op(MyIni ini, string op)
    {
        int sp = op.IndexOf(' ');
        string verb = sp < 0 ? op : op.Substring(0, sp);
        string[] f = (sp < 0 ? "" : op.Substring(sp + 1)).Split('|');
        for (int i = 0; i < f.Length; i++) f[i] = f[i] == "null" ? null : f[i].Replace("\\n", "\n");
        try
        {
            switch (verb)
            {
                case "parse": return ini.TryParse(f[0]) ? "true" : "false";
                case "set": ini.Set(f[0], f[1], f[2]); return "ok";
                case "get": return Esc(ini.Get(f[0], f[1]).ToString());
                case "has": return ini.ContainsKey(f[0], f[1]) ? "true" : "false";
                case "del": ini.Delete(f[0], f[1]); return "ok";
                case "gcmt": return Esc(ini.GetComment(f[0], f[1]));
                case "cmt": ini.SetComment(f[0], f[1], f[2]); return "ok";
                case "scmt": ini.SetSectionComment(f[0], f[1]); return "ok";
                case "keys": { var ks = new List<MyIniKey>(); ini.GetKeys(f[0], ks); var names = new List<string>(); foreach (var k in ks) names.Add(k.ToString()); return string.Join(",", names); }
                case "clear": ini.Clear(); return "ok";
                case "str": return Esc(ini.ToString());
            }
            return "?";
        }
        catch (Exception e) { return "throws " + Esc(e.Message); }
    }

    public static void Main()
    {
        var stdout = new System.IO.StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        string line;
        var ini = new MyIni();
        while ((line = Console.In.ReadLine()) != null)
        {
            if (line == "=====") { ini = new MyIni(); stdout.Write("=====\n"); continue; }
            stdout.Write(Op(ini, Encoding.UTF8.GetString(Convert.FromBase64String(line))) + "\n");
        }
        stdout.Flush();
    }
}
`;

describe.skipIf(skipReason !== null)("MyIni: the two engines' MyIni agree on sequences of calls (names checked, Delete then Set, Clear, comments)", () => {
  let outputs: string[][] = [];

  it("runs every sequence under mono", () => {
    const stubs = buildStubs();
    const dir = join(CS_CACHE_DIR, "myini-ops");
    const [src] = writeSources(dir, { "MyIniOps.cs": CS_OPS });
    const exe = buildCached([src!], join(dir, "MyIniOps.exe"), { target: "exe", refs: [stubs] });
    copyFileSync(stubs, join(dir, basename(stubs)));
    const input = OPS.map((ops) => ops.map((o) => Buffer.from(o, "utf8").toString("base64")).join("\n") + "\n=====\n").join("");
    const r = mono(exe, [], { input });
    expect(r.stderr).toBe("");
    outputs = r.stdout.split("=====\n").slice(0, -1).map((b) => b.split("\n").slice(0, -1));
    expect(outputs.length).toBe(OPS.length);
  });

  it.each(OPS.map((ops, i) => [ops.join(" ; "), ops, i] as const))("%s", (_name, ops, i) => {
    expect(outputs[i], "the mono run above failed").toBeDefined();
    const ini = new MyIni();
    expect(outputs[i]!.map((o, j) => `${ops[j]} -> ${o}`)).toEqual(ops.map((op) => `${op} -> ${opTs(ini, op)}`));
  });
});

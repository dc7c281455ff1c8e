// The whitelist checker: parsing pbwhitelist.dat's line formats, and an end-to-end check of compiled
// scripts (RefScan under mono lists their references; checkWhitelist reports the disallowed ones).
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { csChecksUnavailable, mcs, writeSources } from "../../compiler/csharp/mono.ts";
import { buildStubs, CS_CACHE_DIR, readPrologue, STUBS_ASSEMBLY_NAME, wrapScript } from "../../compiler/csharp/stubs.ts";
import {
  checkWhitelist,
  formatReference,
  isAllowed,
  loadWhitelist,
  normalizeTypeName,
  parseWhitelist,
  scanReferences,
  type CsReference,
} from "../../compiler/csharp/whitelist.ts";

describe("whitelist parsing", () => {
  const wl = parseWhitelist(
    [
      "System.Collections.Generic.*, mscorlib",
      "System.Collections.Generic.*, System.Core",
      "string+*, mscorlib",
      "Object+*, mscorlib",
      "System.Action<T1, T2>+*, mscorlib",
      "System.Linq.Enumerable.WhereEnumerableIterator<TSource>+*, System.Core",
      "System.Type, mscorlib",
      "System.Type.FullName, mscorlib",
      "System.Type.GetTypeFromHandle(System.RuntimeTypeHandle), mscorlib",
      "System.Type.operator ==(System.Type, System.Type), mscorlib",
      "VRage.Game.Components.Interfaces.IMyComponentContainer, VRage.Game",
      "VRage.Game.Components.Interfaces.IMyComponentContainer.TryGet<T>(out T), VRage.Game",
      "System.ArrayExtensions.Contains<T>(T[], T), VRage.Library",
      "Sandbox.ModAPI.Ingame.*, Sandbox.Common",
      "VRage.MyTuple<T1, T2>+*, VRage.Library",
    ].join("\r\n"),
  );

  it("normalizes C# type names", () => {
    expect(normalizeTypeName("string")).toBe("System.String");
    expect(normalizeTypeName("Object")).toBe("System.Object");
    expect(normalizeTypeName("System.Action<T1, T2>")).toBe("System.Action`2");
    expect(normalizeTypeName("System.Func<T1, System.Func<T2, T3>, TResult>")).toBe("System.Func`3");
    expect(normalizeTypeName("System.Linq.Enumerable.<WhereIterator>d__2<TSource>")).toBe("System.Linq.Enumerable.<WhereIterator>d__2`1");
  });

  it("parses namespace wildcards, type+* lines, types and single members", () => {
    expect(wl.namespaces.get("System.Collections.Generic")).toEqual(new Set(["mscorlib", "System.Core"]));
    expect(wl.typesAll.has("System.String")).toBe(true);
    expect(wl.typesAll.has("System.Object")).toBe(true);
    expect(wl.typesAll.has("System.Action`2")).toBe(true);
    expect(wl.typesAll.has("System.Linq.Enumerable.WhereEnumerableIterator`1")).toBe(true);
    expect(wl.types.has("System.Type")).toBe(true);
    expect(wl.types.has("System.Type.FullName")).toBe(false);
    expect(wl.members.has("System.Type::FullName")).toBe(true);
    expect(wl.members.has("System.Type::GetTypeFromHandle")).toBe(true);
    expect(wl.members.has("System.Type::operator ==")).toBe(true);
    expect(wl.members.has("VRage.Game.Components.Interfaces.IMyComponentContainer::TryGet")).toBe(true);
    expect(wl.members.get("System.ArrayExtensions::Contains")).toEqual(new Set(["VRage.Library"]));
  });

  it("decides references", () => {
    const ok = (ref: CsReference) => isAllowed(ref, wl);
    // namespace wildcard: exactly that namespace, nested types through their outer type's namespace
    expect(ok({ type: "System.Collections.Generic.List`1", member: "Add", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Collections.Generic.List`1.Enumerator", namespace: "System.Collections.Generic", member: "MoveNext", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Collections.Generic.Sub.Thing", assembly: "mscorlib" })).toBe(false);
    // type+*: the type and every member; generic arity must match
    expect(ok({ type: "System.String", member: "Concat", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Action`2", member: "Invoke", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Action`3", member: "Invoke", assembly: "mscorlib" })).toBe(false);
    // a type line alone allows the type, and only the listed members
    expect(ok({ type: "System.Type", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Type", member: "FullName", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Type", member: "operator ==", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Type", member: "GetMethods", assembly: "mscorlib" })).toBe(false);
    // assemblies: BCL assemblies are one group; others must match; the stubs' DLL matches by names only
    expect(ok({ type: "System.Collections.Generic.HashSet`1", member: ".ctor", assembly: "System" })).toBe(true);
    expect(ok({ type: "System.Collections.Generic.List`1", assembly: "Evil" })).toBe(false);
    expect(ok({ type: "Sandbox.ModAPI.Ingame.IMyTextPanel", member: "WriteText", assembly: STUBS_ASSEMBLY_NAME })).toBe(true);
    expect(ok({ type: "VRage.MyTuple`2", member: ".ctor", assembly: STUBS_ASSEMBLY_NAME })).toBe(true);
    expect(ok({ type: "Sandbox.ModAPI.IMyGridProgram", assembly: STUBS_ASSEMBLY_NAME })).toBe(false);
    // what the compiler emits by itself
    expect(ok({ type: "System.Void", assembly: "mscorlib" })).toBe(true);
    expect(ok({ type: "System.Threading.Interlocked", member: "CompareExchange", assembly: "mscorlib", from: "Program::add_Changed" })).toBe(true);
    expect(ok({ type: "System.Threading.Interlocked", member: "CompareExchange", assembly: "mscorlib", from: "Program::Main" })).toBe(false);
  });
});

const whitelist = loadWhitelist();
const noMono = csChecksUnavailable();
const prologue = readPrologue();
const e2eSkip = noMono;
if (e2eSkip) console.warn(`[skipped] whitelist end-to-end tests: ${e2eSkip}`);

describe.skipIf(e2eSkip !== null)("whitelist check of compiled scripts", () => {
  const workDir = join(CS_CACHE_DIR, `whitelist-test-${process.pid}`);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  function disallowed(name: string, body: string): string[] {
    const stubs = buildStubs();
    const [file] = writeSources(join(workDir, name), { "Script.cs": wrapScript(body, prologue) });
    const dll = join(workDir, name, "Script.dll");
    const r = mcs([file], dll, { target: "library", refs: [stubs] });
    expect(r.output).toBe("");
    const refs = scanReferences(dll, [stubs]);
    expect(refs.length).toBeGreaterThan(10);
    return checkWhitelist(refs, whitelist).map(formatReference);
  }

  it("passes a script using List, Dictionary, StringBuilder, Math, strings, LINQ, MyIni and IGC", () => {
    const body = String.raw`
Dictionary<string, int> counts = new Dictionary<string, int>();
List<IMyTextPanel> panels = new List<IMyTextPanel>();
HashSet<long> seen = new HashSet<long>();
MyIni ini = new MyIni();
IMyBroadcastListener listener;
StringBuilder sb = new StringBuilder();
public event Action<string> Changed;

public Program()
{
    Runtime.UpdateFrequency = UpdateFrequency.Update10;
    listener = IGC.RegisterBroadcastListener("pbts");
    MyIniParseResult result;
    if (!ini.TryParse(Me.CustomData, out result)) Echo(result.ToString());
}

IEnumerable<int> Numbers(int n) { for (int i = 0; i < n; i++) yield return i * i; }

public void Main(string argument, UpdateType updateSource)
{
    sb.Clear();
    GridTerminalSystem.GetBlocksOfType(panels, p => p.IsSameConstructAs(Me));
    foreach (var panel in panels) counts[panel.CustomName] = counts.ContainsKey(panel.CustomName) ? counts[panel.CustomName] + 1 : 1;
    foreach (var kv in counts) sb.Append(kv.Key.ToUpperInvariant().Trim()).Append('=').Append(kv.Value).Append('\n');
    string[] parts = argument.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
    double x = Math.Sqrt(Math.Abs(parts.Length - 3.5)) + Math.Round(2.5, MidpointRounding.AwayFromZero);
    sb.AppendFormat("{0:0.00} {1}", x, string.Join(",", parts.Select(p => p.Substring(0, 1)).ToArray()));
    int total = Numbers(5).Where(n => n % 2 == 0).Sum();
    int.TryParse("42", out total);
    switch (argument) { case "a": case "b": case "c": case "d": case "e": case "f": case "g": total++; break; }
    int[] table = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    ini.Set("state", "total", total + table.Length);
    ini.Get("state", "name").ToString("none");
    IGC.SendBroadcastMessage("pbts", MyTuple.Create(total, "x"));
    while (listener.HasPendingMessage)
    {
        var msg = listener.AcceptMessage();
        if (seen.Add(msg.Source)) Echo(msg.Tag + msg.As<string>());
    }
    if (Changed != null) Changed(sb.ToString());
    Me.GetSurface(0).WriteText(sb);
    Echo(typeof(Program).Name + DateTime.Now.Ticks + TimeSpan.FromSeconds(1).TotalMilliseconds + sb.ToString());
    Storage = ini.ToString();
}
`;
    expect(disallowed("good", body)).toEqual([]);
  });

  it("reports System.IO.File, System.Threading.Thread and System.Reflection", () => {
    const body = String.raw`
public void Main(string argument)
{
    string text = System.IO.File.ReadAllText("/etc/hostname");
    System.Threading.Thread.Sleep(10);
    var thread = new System.Threading.Thread(() => Echo("hi"));
    System.Reflection.MethodInfo[] methods = typeof(Program).GetMethods();
    Echo(text + methods.Length + thread.ManagedThreadId);
}
`;
    const bad = disallowed("bad", body);
    const joined = bad.join("\n");
    expect(joined).toContain("System.IO.File.ReadAllText (mscorlib)");
    expect(joined).toContain("System.Threading.Thread.Sleep (mscorlib)");
    expect(joined).toContain("System.Threading.Thread..ctor (mscorlib)");
    expect(joined).toContain("System.Type.GetMethods (mscorlib)");
    expect(joined).toContain("System.Reflection.MethodInfo (mscorlib)");
    // nothing allowed slipped in
    expect(bad.every((b) => /System\.(IO|Threading|Reflection|Type)/.test(b))).toBe(true);
  });
});

// The C# stubs of SE's API: they compile with mcs -langversion:6, a script wrapped the way the game
// wraps it (pbprologue.dat's using lines + `public sealed class Program : MyGridProgram { ... }`)
// compiles against them, and a script hosted the way the game hosts it runs under mono.
import { afterAll, describe, expect, it } from "vitest";
import { copyFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { csChecksUnavailable, mcs, mono, writeSources } from "../../compiler/csharp/mono.ts";
import { buildStubs, CS_CACHE_DIR, readPrologue, wrapScript } from "../../compiler/csharp/stubs.ts";

const noMono = csChecksUnavailable();
const prologue = readPrologue();
const skipReason = noMono;
if (skipReason) console.warn(`[skipped] C# stubs tests: ${skipReason}`);

const workDir = join(CS_CACHE_DIR, `stubs-test-${process.pid}`);

// A broad sample of the API, written as a script body.
const SAMPLE_BODY = String.raw`
List<IMyTextPanel> panels = new List<IMyTextPanel>();
List<IMyTerminalBlock> blocks = new List<IMyTerminalBlock>();
List<IMyBlockGroup> groups = new List<IMyBlockGroup>();
List<IMyBroadcastListener> listeners = new List<IMyBroadcastListener>();
IMyBroadcastListener listener;
MyIni ini = new MyIni();
int counter;

public Program()
{
    Runtime.UpdateFrequency = UpdateFrequency.Update10 | UpdateFrequency.Once;
    listener = IGC.RegisterBroadcastListener("pbts");
    listener.SetMessageCallback("igc");
    IGC.UnicastListener.SetMessageCallback();
    MyIniParseResult result;
    if (!ini.TryParse(Storage, out result)) Echo(result.ToString());
    counter = ini.Get("state", "counter").ToInt32(0);
}

public void Save()
{
    ini.Set("state", "counter", counter);
    ini.Set("state", "ratio", 0.5);
    ini.Set("state", "on", true);
    ini.Set(new MyIniKey("state", "name"), "pb");
    ini.SetSectionComment("state", "saved by the sample");
    Storage = ini.ToString();
}

public void Main(string argument, UpdateType updateSource)
{
    if ((updateSource & UpdateType.IGC) != 0 || updateSource.HasFlag(UpdateType.Trigger)) counter++;
    TimeSpan since = Runtime.TimeSinceLastRun;
    Echo(string.Format("{0:0.00} ms, {1} / {2}", Runtime.LastRunTimeMs, Runtime.CurrentInstructionCount, Runtime.MaxInstructionCount));
    Echo("depth " + Runtime.CurrentCallChainDepth + "/" + Runtime.MaxCallChainDepth + " " + since.TotalSeconds);

    GridTerminalSystem.GetBlocks(blocks);
    GridTerminalSystem.GetBlocksOfType(panels, p => p.IsSameConstructAs(Me) && p.CustomName.Contains("[pbts]"));
    GridTerminalSystem.GetBlocksOfType<IMyShipConnector>(blocks);
    GridTerminalSystem.GetBlocksOfType<IMyRadioAntenna>(blocks, b => b.IsWorking);
    GridTerminalSystem.SearchBlocksOfName("LCD", blocks, b => b.IsFunctional);
    GridTerminalSystem.GetBlockGroups(groups, g => g.Name.StartsWith("pbts"));
    IMyBlockGroup group = GridTerminalSystem.GetBlockGroupWithName("pbts group");
    if (group != null)
    {
        group.GetBlocks(blocks);
        group.GetBlocksOfType(panels);
        group.GetBlocksOfType<IMyFunctionalBlock>(blocks, b => b.CubeGrid == Me.CubeGrid);
    }
    IMyTerminalBlock byId = GridTerminalSystem.GetBlockWithId(Me.EntityId);
    var antenna = GridTerminalSystem.GetBlockWithName("Antenna") as IMyRadioAntenna;
    if (antenna != null && !antenna.Closed)
    {
        antenna.Radius = 5000f;
        antenna.EnableBroadcasting = true;
        antenna.HudText = Me.CubeGrid.CustomName;
        antenna.Enabled = !antenna.Enabled;
    }
    var connector = GridTerminalSystem.GetBlockWithName("Connector") as IMyShipConnector;
    if (connector != null && connector.Status == MyShipConnectorStatus.Connectable) connector.Connect();
    if (connector != null && connector.OtherConnector != null) connector.Disconnect();
    var timer = GridTerminalSystem.GetBlockWithName("Timer") as IMyTimerBlock;
    if (timer != null) timer.StartCountdown();
    if (byId != null)
    {
        byId.ApplyAction("OnOff_On");
        float range = byId.GetValue<float>("Radius");
        byId.CustomData = byId.DetailedInfo + byId.CustomInfo + range + byId.OwnerId + byId.DefinitionDisplayNameText;
    }

    IMyTextSurface surface = Me.GetSurface(0);
    surface.ContentType = ContentType.TEXT_AND_IMAGE;
    surface.FontSize = 1.2f;
    surface.Font = "Monospace";
    surface.FontColor = new Color(255, 128, 0);
    surface.Alignment = TextAlignment.CENTER;
    surface.WriteText("counter " + counter + "\n");
    surface.WriteText(new StringBuilder().Append("more"), true);
    var buffer = new StringBuilder();
    surface.ReadText(buffer);
    foreach (IMyTextPanel panel in panels)
    {
        panel.WriteText(surface.GetText());
        using (MySpriteDrawFrame frame = panel.DrawFrame())
        {
            frame.Add(MySprite.CreateText("hi", "White", Color.White, 1f, TextAlignment.LEFT));
            frame.Add(new MySprite(SpriteType.TEXTURE, "SquareSimple", new Vector2(10, 10), new Vector2(20, 20), Color.Red));
        }
    }
    for (int i = 0; i < Me.SurfaceCount; i++) Me.GetSurface(i).WriteText(Me.TerminalRunArgument);
    if (!Me.IsRunning) Me.TryRun("again");

    IGC.SendBroadcastMessage("pbts", "hello");
    IGC.SendBroadcastMessage("pbts", MyTuple.Create(1, 2.5, "three", Me.GetPosition()), TransmissionDistance.CurrentConstruct);
    IGC.SendBroadcastMessage("pbts", ImmutableArray.Create(1L, 2L), TransmissionDistance.ConnectedConstructs);
    bool sent = IGC.SendUnicastMessage(IGC.Me, "pbts", 42);
    bool reachable = IGC.IsEndpointReachable(IGC.Me, TransmissionDistance.AntennaRelay) && IGC.IsEndpointReachable(IGC.Me);
    IGC.GetBroadcastListeners(listeners, l => l.IsActive);
    while (listener.HasPendingMessage)
    {
        MyIGCMessage message = listener.AcceptMessage();
        if (message.Data is string) Echo(message.Tag + ": " + message.As<string>() + " from " + message.Source);
        else if (message.Data is MyTuple<int, double, string, Vector3D>)
        {
            var t = message.As<MyTuple<int, double, string, Vector3D>>();
            Echo(t.Item1 + t.Item2 + t.Item3 + Vector3D.Distance(t.Item4, Vector3D.Zero));
        }
    }
    while (IGC.UnicastListener.HasPendingMessage) Echo(IGC.UnicastListener.AcceptMessage().As<int>().ToString());
    if (listeners.Count > listener.MaxWaitingMessages) IGC.DisableBroadcastListener(listener);

    MyIniValue value = ini.Get("state", "ratio");
    double ratio = value.ToDouble(1.0);
    int parsed;
    if (ini.Get("state", "counter").TryGetInt32(out parsed) && !value.IsEmpty) Echo(value.ToString("none") + ratio + parsed);
    var keys = new List<MyIniKey>();
    ini.GetKeys("state", keys);
    var sections = new List<string>();
    ini.GetSections(sections);
    ListReader<MyIniKey> reader = keys;
    Echo(reader.Count + " keys, " + sections.Count + " sections, " + ini.ContainsKey("state", "counter") + ini.ContainsSection("x"));
    ImmutableList<string> names = ImmutableList.Create("a", "b");
    Echo(string.Join(",", names.Select(n => n.ToUpperInvariant()).ToArray()) + sent + reachable);
    Runtime.UpdateFrequency &= ~UpdateFrequency.Once;
}
`;

// Run under mono: a host creates the script the way the game does (uninitialized object, members
// assigned through Sandbox.ModAPI.IMyGridProgram, then the constructor), runs Main and Save.
const HOST = String.raw`
using System;
using System.Reflection;
using System.Runtime.Serialization;
using Sandbox.ModAPI.Ingame;

class FakeRuntime : IMyGridProgramRuntimeInfo
{
    public TimeSpan TimeSinceLastRun { get { return TimeSpan.FromTicks(166666); } }
    public double LastRunTimeMs { get { return 0.25; } }
    public int MaxInstructionCount { get { return 50000; } }
    public int CurrentInstructionCount { get { return 0; } }
    public int MaxCallChainDepth { get { return 1000; } }
    public int CurrentCallChainDepth { get { return 0; } }
    public long LifetimeTicks { get { return 0; } }
    public UpdateFrequency UpdateFrequency { get; set; }
}

static class Host
{
    static int Main()
    {
        var program = (MyGridProgram)FormatterServices.GetUninitializedObject(typeof(Program));
        var host = (Sandbox.ModAPI.IMyGridProgram)program;
        var runtime = new FakeRuntime();
        host.Runtime = runtime;
        host.Storage = "[state]\ncounter=41\n";
        host.Echo = text => Console.WriteLine("ECHO " + text);
        typeof(Program).GetConstructor(Type.EmptyTypes).Invoke(program, null);
        Console.WriteLine("HASMAIN " + host.HasMainMethod + " HASSAVE " + host.HasSaveMethod);
        Console.WriteLine("FREQ " + runtime.UpdateFrequency);
        host.Main(null, UpdateType.Terminal);
        host.Save();
        Console.WriteLine("STORAGE " + host.Storage.Replace("\n", "|"));
        return 0;
    }
}
`;

const RUN_BODY = String.raw`
MyIni ini = new MyIni();
int counter;
public Program()
{
    Runtime.UpdateFrequency = UpdateFrequency.Update100;
    MyIniParseResult result;
    Echo("parse " + ini.TryParse(Storage, out result) + " " + result);
    counter = ini.Get("state", "counter").ToInt32(-1);
    Echo("bad " + new MyIni().TryParse("[a]\nkey\n", out result) + " " + result);
    var other = new MyIni();
    other.TryParse("[A]\n  x = 1 \n;note\n[b]\ny=\n|p\n|q\n---\nrest");
    Echo("verbatim " + (other.ToString() == "[A]\n  x = 1 \n;note\n[b]\ny=\n|p\n|q\n---\nrest") + " " + other.Get("a", "X").ToInt32() + " " + other.Get("B", "y").ToString().Replace("\n", "/") + " " + other.EndContent + " " + other.GetSectionComment("b"));
    other.Set("a", "x", 2);
    Echo("regenerated " + other.ToString().Replace("\n", "|"));
}
public void Main(string argument, UpdateType updateSource)
{
    counter++;
    Echo("main [" + argument + "] " + updateSource + " " + counter + " " + Runtime.TimeSinceLastRun.TotalMilliseconds);
    var t = MyTuple.Create(1, "x");
    var m = new MyIGCMessage(t, "tag", 7L);
    Echo("msg " + m.As<MyTuple<int, string>>().Item2 + m.Source + m.Tag);
}
public void Save()
{
    ini.Set("state", "counter", counter);
    ini.Set("state", "text", "two\nlines");
    Storage = ini.ToString();
}
`;

describe.skipIf(skipReason !== null)("C# stubs (mcs -langversion:6)", () => {
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it("compile into a library", () => {
    const dll = buildStubs();
    expect(dll.endsWith("PbtsStubs.dll")).toBe(true);
    // cached: a second call returns the same path without rebuilding
    expect(buildStubs()).toBe(dll);
  });

  it("compile a script wrapped like the game wraps it, using a broad sample of the API", () => {
    const dll = buildStubs();
    const [file] = writeSources(join(workDir, "sample"), { "Script.cs": wrapScript(SAMPLE_BODY, prologue) });
    const r = mcs([file], join(workDir, "sample", "Script.dll"), { target: "library", refs: [dll] });
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  it("reject what the game rejects at compile level (C# 7 syntax)", () => {
    const dll = buildStubs();
    const body = "public void Main() { int.TryParse(\"1\", out var x); Echo(x.ToString()); }";
    const [file] = writeSources(join(workDir, "csharp7"), { "Script.cs": wrapScript(body, prologue) });
    const r = mcs([file], join(workDir, "csharp7", "Script.dll"), { target: "library", refs: [dll] });
    expect(r.ok).toBe(false);
  });

  it("host a script under mono the way the game does", () => {
    const dll = buildStubs();
    const dir = join(workDir, "run");
    const files = writeSources(dir, { "Script.cs": wrapScript(RUN_BODY, prologue), "Host.cs": HOST });
    const exe = join(dir, "Host.exe");
    const c = mcs(files, exe, { target: "exe", refs: [dll] });
    expect(c.output).toBe("");
    copyFileSync(dll, join(dir, basename(dll))); // mono loads references from the exe's folder
    const r = mono(exe);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "ECHO parse True Success",
      "ECHO bad False Line 2: Expected key=value definition",
      "ECHO verbatim True 1 p/q rest note",
      "ECHO regenerated [A]|x=2||;note|[b]|y=||p||q||---|rest",
      "HASMAIN True HASSAVE True",
      "FREQ Update100",
      "ECHO main [] Terminal 42 16.6666",
      "ECHO msg x7tag",
      "STORAGE [state]|counter=42|text=||two||lines|",
      "",
    ]);
  });
});

// Test script of the two-engine tests (test/engine): exercises the API surface the C# engine proxies
// (Me, CustomData, Storage, Runtime, GridTerminalSystem, text panels, TryRun, IGC with every payload
// type that crosses the boundary) and MyIni on whatever text the scenario puts in CustomData.
import { Blocks, MyGridProgram, MyIGCMessage, MyIni, MyIniKey, MyIniParseResult, Out, UpdateFrequency, UpdateType, type IMyBroadcastListener, type IMyProgrammableBlock, type IMyTerminalBlock, type IMyTextPanel, type double, type int, type long } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly ini: MyIni = new MyIni();
  private readonly inboxes: IMyBroadcastListener[] = [];
  private runs: int = 0;
  private lastCustomData: string = "";
  private readonly doubles: double[] = [0.1 + 0.2, 1 / 3, 1e-300, 5e-324, 1.7976931348623157e308, -2.5, 123456789.123456789, 0.000001234];

  constructor() {
    super();
    for (const t of ["probe-d", "probe-l", "probe-i", "probe-s", "probe-b"]) {
      const l = this.IGC.RegisterBroadcastListener(t);
      l.SetMessageCallback("igc");
      this.inboxes.push(l);
    }
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    this.Echo("storage at start: [" + this.Storage + "]");
  }

  Save(): void {
    this.Storage = "runs=" + this.runs + "\nname=" + this.Me.CustomName;
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.runs++;
    this.Echo(`run ${this.runs} [${argument}] ${updateSource} since ${this.Runtime.TimeSinceLastRun.Ticks} freq ${this.Runtime.UpdateFrequency}`);
    if (this.Me.CustomData !== this.lastCustomData) {
      this.lastCustomData = this.Me.CustomData;
      this.probeIni(this.lastCustomData);
    }
    for (const inbox of this.inboxes) {
      while (inbox.HasPendingMessage) this.received(inbox.AcceptMessage());
    }
    while (this.IGC.UnicastListener.HasPendingMessage) {
      const u = this.IGC.UnicastListener.AcceptMessage();
      this.Echo(`unicast ${u.Tag} from ${u.Source}: ${u.As<string>()}`);
    }
    if (argument === "hello") {
      this.Echo("hello from " + this.Me.CustomName);
      return;
    }
    if (!updateSource.HasFlag(UpdateType.Update10) || this.Me.CustomName !== "Probe A") return;
    const phase = this.runs % 4;
    if (phase === 0) {
      for (const d of this.doubles) this.IGC.SendBroadcastMessage("probe-d", d);
      this.IGC.SendBroadcastMessage("probe-l", this.Me.EntityId);
    } else if (phase === 1) {
      this.IGC.SendBroadcastMessage("probe-i", this.runs);
      this.IGC.SendBroadcastMessage("probe-s", "tab\there\nnew line \\ back é 𝄞 ;[x]=|");
      this.IGC.SendBroadcastMessage("probe-s", "");
      this.IGC.SendBroadcastMessage("probe-b", this.runs % 8 === 1);
    } else if (phase === 2) {
      const pbs: IMyProgrammableBlock[] = [];
      this.GridTerminalSystem.GetBlocksOfType(Blocks.IMyProgrammableBlock, pbs, (b: IMyProgrammableBlock) => b.CustomName !== this.Me.CustomName);
      for (const pb of pbs) this.Echo(`peer ${pb.CustomName} ${pb.EntityId} working ${pb.IsWorking} same ${pb.IsSameConstructAs(this.Me)} tryrun ${pb.TryRun("hello")}`);
      const panels: IMyTextPanel[] = [];
      this.GridTerminalSystem.GetBlocksOfType(Blocks.IMyTextPanel, panels);
      for (const p of panels) {
        p.WriteText(`run ${this.runs}\n`, true);
        p.CustomData = `written by ${this.Me.CustomName} at run ${this.runs}`;
        this.Echo(`panel ${p.CustomName}: ${p.GetText().length} chars`);
      }
    } else {
      const found: IMyTerminalBlock[] = [];
      this.GridTerminalSystem.SearchBlocksOfName("probe", found);
      this.Echo(`search: ${found.length}`);
      const all: IMyTerminalBlock[] = [];
      this.GridTerminalSystem.GetBlocks(all);
      for (const b of all) this.Echo(`block ${b.CustomName} ${b.DefinitionDisplayNameText} closed ${b.Closed}`);
      const byName = this.GridTerminalSystem.GetBlockWithName("Probe B");
      if (byName !== null) byName.CustomData = `${byName.CustomData}`;
      let target: long = this.IGC.Me;
      if (byName !== null) target = byName.EntityId;
      const unicastOk = this.IGC.SendUnicastMessage(target, "direct", "to " + target);
      this.Echo(`unicast ${unicastOk} reachable ${this.IGC.IsEndpointReachable(target)}`);
    }
  }

  private received(m: MyIGCMessage): void {
    if (m.Tag === "probe-d") {
      const d = m.As<double>();
      this.Echo(`got double ${d} from ${m.Source}`);
      this.IGC.SendBroadcastMessage("echo-d", d);
    } else if (m.Tag === "probe-l") {
      const l = m.As<long>();
      this.Echo(`got long ${l}`);
      this.IGC.SendBroadcastMessage("echo-l", l);
    } else if (m.Tag === "probe-i") {
      const i = m.As<int>();
      this.Echo(`got int ${i}`);
      this.IGC.SendBroadcastMessage("echo-i", i);
    } else if (m.Tag === "probe-s") {
      const s = m.As<string>();
      this.Echo(`got string [${s}] (${s.length})`);
      this.IGC.SendBroadcastMessage("echo-s", s);
    } else if (m.Tag === "probe-b") {
      const b = m.As<boolean>();
      this.Echo(`got bool ${b}`);
      this.IGC.SendBroadcastMessage("echo-b", b);
    }
  }

  private probeIni(text: string): void {
    const r = new Out<MyIniParseResult>();
    const ok = this.ini.TryParse(text, r);
    this.Echo(`ini parse ${ok}: ${r.value.ToString()}`);
    if (!ok) return;
    const sections: string[] = [];
    this.ini.GetSections(sections);
    for (const s of sections) {
      this.Echo(`[${s}] comment ${this.ini.GetSectionComment(s) ?? "(none)"}`);
      const keys: MyIniKey[] = [];
      this.ini.GetKeys(s, keys);
      for (const k of keys) {
        const v = this.ini.Get(s, k.Name);
        this.Echo(`${k.ToString()}=[${v.ToString()}] int ${v.ToInt32(-1)} long ${v.ToInt64(-1)} dbl ${v.ToDouble(-1)} bool ${v.ToBoolean(false)}/${v.ToBoolean(true)} comment ${this.ini.GetComment(s, k.Name) ?? "(none)"}`);
      }
    }
    this.Echo(`end content [${this.ini.EndContent}] end comment ${this.ini.EndComment ?? "(none)"}`);
    this.Echo(`regenerated:\n${this.ini.ToString()}`);
    this.ini.Set("probe", "written", this.runs);
    this.ini.Set("probe", "text", "two\nlines");
    this.ini.Set("probe", "padded", " x ");
    this.Echo(`after set:\n${this.ini.ToString()}`);
  }
}

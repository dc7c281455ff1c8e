// Issue 11's remaining API behaviour under both engines (test/engine/scenarios/block-extras.json):
// terminal properties and actions of PBs, LCDs, antennas and connectors (Run runs the other PB as a
// toolbar does, Lock/Unlock dock), GetAcceptedItems (constraints), MeasureStringInPixels, GetFonts /
// GetSprites / GetScripts, TryGetPlanetElevation / TryGetPlanetPosition (scenario values).
import {
  IMyCargoContainer, IMyCockpit, IMyLandingGear, IMyMotorStator, IMyReactor, IMyWarhead, IMyShipConnector, IMyTextPanel, MyGridProgram, MyItemType, MyPlanetElevation, Out,
  StringBuilder, UpdateType, Vector3D, toFloat, type float, type int, type long, type TerminalActionParameter,
} from "pbts/se";

export class Program extends MyGridProgram {
  private readonly types: MyItemType[] = [];
  private readonly names: string[] = [];
  private readonly noParameters: TerminalActionParameter[] = [];

  Main(argument: string, updateType: UpdateType): void {
    if (argument === "other") {
      this.Echo(`run by ${(updateType & UpdateType.Trigger) !== 0 ? "trigger" : "other"}`);
      return;
    }
    const gts = this.GridTerminalSystem;
    // PBs: ConsoleCommand is the terminal argument; Run runs the other PB with it (Trigger)
    const other = gts.GetBlockWithName("PB Other");
    if (other !== null) {
      const arg = new StringBuilder();
      arg.Append("other");
      other.SetValue<StringBuilder>("ConsoleCommand", arg);
      other.ApplyAction("Run");
      other.ApplyAction("RunWithDefaultArgument", this.noParameters); // a parameter list is ignored
      this.Echo(`pb off ${other.GetValueBool("OnOff")} font ${this.Me.GetValueFloat("FontSize")}`);
    }
    // LCD: the screen's terminal properties are its face's
    const lcd = gts.GetBlockWithName("LCD");
    if (lcd instanceof IMyTextPanel) {
      lcd.SetValueFloat("FontSize", toFloat(2));
      lcd.ApplyAction("IncreaseFontSize");
      lcd.SetValue<long>("alignment", 2);
      lcd.WritePublicTitle("Status", false);
      lcd.WritePublicTitle(" board", true);
      this.Echo(`title ${lcd.GetPublicTitle()}|${lcd.GetValue<StringBuilder>("Title").ToString()}`);
      this.Echo(`lcd size ${Math.round(lcd.FontSize * 10)} align ${lcd.Alignment} name ${lcd.GetValue<StringBuilder>("Name").ToString()}`);
      const sz = lcd.MeasureStringInPixels(new StringBuilder().Append("abc\nde"), "Monospace", toFloat(1));
      this.Echo(`measure ${sz.X}x${Math.round(sz.Y * 10)}`);
      lcd.GetFonts(this.names);
      const fonts: int = this.names.length;
      lcd.GetSprites(this.names);
      lcd.GetScripts(this.names);
      this.Echo(`fonts ${fonts} first ${this.names[0]} lists ${this.names.length} has ${this.names.indexOf("TSS_ClockAnalog") >= 0}`);
      this.names.length = 0;
    }
    // antenna and connector
    const antenna = gts.GetBlockWithName("Antenna");
    const dock = gts.GetBlockWithName("Dock A");
    if (antenna !== null && dock instanceof IMyShipConnector) {
      antenna.SetValueFloat("Radius", toFloat(1234));
      antenna.ApplyAction("EnableBroadCast");
      dock.ApplyAction("Unlock");
      const unlocked = dock.IsConnected;
      dock.ApplyAction("SwitchLock");
      this.Echo(`antenna ${antenna.GetValueFloat("Radius")} broadcast ${antenna.GetValueBool("EnableBroadCast")} dock ${unlocked} then ${dock.IsConnected} ${dock.Status}`);
    }
    // inventories: a cargo container takes anything the simulator knows, a reactor only uranium
    const cargo = gts.GetBlockWithName("Cargo");
    const reactor = gts.GetBlockWithName("Reactor");
    if (cargo instanceof IMyCargoContainer && reactor instanceof IMyReactor) {
      const inv = cargo.GetInventory(0)!;
      inv.GetAcceptedItems(this.types);
      const all: int = this.types.length;
      reactor.GetInventory(0)!.GetAcceptedItems(this.types);
      inv.GetAcceptedItems(this.types, (t) => t.TypeId === "MyObjectBuilder_Ore");
      this.Echo(`accepted ${all} then ${this.types.length} reactor ${this.types[all]!.SubtypeId} moves ${inv.TransferItemTo(reactor.GetInventory(0)!, 0)}`);
      this.types.length = 0;
    }
    // landing gear, warhead, rotor (Detach/Attach act on the scenario joint named as the rotor)
    const gearBlock = gts.GetBlockWithName("Gear");
    const warheadBlock = gts.GetBlockWithName("Warhead");
    const rotorBlock = gts.GetBlockWithName("Rotor");
    if (gearBlock instanceof IMyLandingGear && warheadBlock instanceof IMyWarhead && rotorBlock instanceof IMyMotorStator) {
      gearBlock.ApplyAction("SwitchLock");
      const locked = gearBlock.IsLocked;
      gearBlock.Unlock();
      const started = warheadBlock.StartCountdown();
      rotorBlock.Detach();
      const detached = rotorBlock.IsAttached;
      rotorBlock.ApplyAction("Attach");
      this.Echo(`gear ${locked} ${gearBlock.LockMode} warhead ${started} ${warheadBlock.IsCountingDown} rotor ${detached} ${rotorBlock.IsAttached}`);
    }
    // property ranges: a piston's Velocity is ±MaxVelocity, an LCD's FontSize 0.1..10, a Boolean false..true
    const piston = gts.GetBlockWithName("Piston");
    if (piston !== null && lcd !== null) {
      this.Echo(`range ${piston.GetMinimum<float>("Velocity")}..${piston.GetMaximum<float>("Velocity")} font ${lcd.GetMaximum<float>("FontSize")} on ${piston.GetMinimum<boolean>("OnOff")}..${piston.GetMaximum<boolean>("OnOff")}`);
    }
    // ship controller: planet values from the scenario
    const cockpit = gts.GetBlockWithName("Cockpit");
    if (cockpit instanceof IMyCockpit) {
      const e = new Out<number>();
      const p = new Out<Vector3D>();
      const ok = cockpit.TryGetPlanetElevation(MyPlanetElevation.Surface, e);
      const okPos = cockpit.TryGetPlanetPosition(p);
      this.Echo(`planet ${ok} ${Math.round(e.value)} ${okPos} ${Math.round(p.value.Y)}`);
      this.Echo(`cockpit screens ${cockpit.SurfaceCount}`);
    }
  }
}

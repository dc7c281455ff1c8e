// Example: a battery monitor. Every 100 ticks it reads the batteries and the other power producers
// (reactors, solar panels, engines) of its own construct and writes a report to an LCD.
// A battery that falls below `low` percent is put on Recharge (ChargeMode) while something else
// produces power; once it is back above `high` percent the script returns it to Auto. A battery the
// player put on Recharge or Discharge by hand is left alone.
//
// CustomData (optional):
//   [power]
//   low=25
//   high=90
//   lcd=Power LCD
//
// Echo each run: "batteries <n>: <percent>%, <k> recharging; producers <out>/<max> MW".
import {
  ChargeMode, IMyBatteryBlock, IMyPowerProducer, IMyTextPanel, MyGridProgram, MyIni, UpdateFrequency, type long,
} from "pbts/se";

export class Program extends MyGridProgram {
  private readonly batteries: IMyBatteryBlock[] = [];
  private readonly producers: IMyPowerProducer[] = [];
  private readonly ini = new MyIni();
  /** Batteries this script put on Recharge (by EntityId). */
  private readonly recharging = new Set<long>();
  private low = 25;
  private high = 90;
  private lcdName = "Power LCD";
  private config = "";

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(): void {
    this.readConfig();
    const me = this.Me;
    this.GridTerminalSystem.GetBlocksOfType(IMyBatteryBlock, this.batteries, (b) => b.IsSameConstructAs(me));
    this.GridTerminalSystem.GetBlocksOfType(IMyPowerProducer, this.producers, (p) => p.IsSameConstructAs(me) && !(p instanceof IMyBatteryBlock));

    // What the other producers can give: batteries only recharge when something else produces.
    let out = 0;
    let max = 0;
    for (const p of this.producers) {
      if (!p.IsWorking) continue;
      out += p.CurrentOutput;
      max += p.MaxOutput;
    }

    let stored = 0;
    let capacity = 0;
    let lines = "";
    for (const b of this.batteries) {
      const pct = b.MaxStoredPower > 0 ? (b.CurrentStoredPower * 100) / b.MaxStoredPower : 0;
      const ours = this.recharging.has(b.EntityId);
      if (ours && b.ChargeMode !== ChargeMode.Recharge) {
        this.recharging.delete(b.EntityId); // the player changed it: theirs now
      } else if (ours && pct >= this.high) {
        b.ChargeMode = ChargeMode.Auto;
        this.recharging.delete(b.EntityId);
      } else if (!ours && pct < this.low && b.ChargeMode === ChargeMode.Auto && max > 0) {
        b.ChargeMode = ChargeMode.Recharge;
        this.recharging.add(b.EntityId);
      }
      stored += b.CurrentStoredPower;
      capacity += b.MaxStoredPower;
      lines += `${b.CustomName}: ${pct.toFixed(0)}% ${modeName(b.ChargeMode)}${b.IsCharging ? " +" : ""}\n`;
    }

    const total = capacity > 0 ? (stored * 100) / capacity : 0;
    const report =
      `Batteries ${this.batteries.length}: ${total.toFixed(0)}% (${stored.toFixed(2)}/${capacity.toFixed(2)} MWh)\n` +
      lines +
      `Producers ${this.producers.length}: ${out.toFixed(2)}/${max.toFixed(2)} MW`;
    this.Echo(`batteries ${this.batteries.length}: ${total.toFixed(0)}%, ${this.recharging.size} recharging; producers ${out.toFixed(2)}/${max.toFixed(2)} MW`);
    const lcd = this.GridTerminalSystem.GetBlockWithName(this.lcdName);
    if (lcd instanceof IMyTextPanel) lcd.WriteText(report);
  }

  /** Re-read CustomData when it changed (players edit it while the script runs). */
  private readConfig(): void {
    const text = this.Me.CustomData;
    if (text === this.config) return;
    this.config = text;
    if (!this.ini.TryParse(text)) {
      this.Echo("CustomData is not valid INI: using the defaults");
      return;
    }
    this.low = this.ini.Get("power", "low").ToDouble(25);
    this.high = this.ini.Get("power", "high").ToDouble(90);
    this.lcdName = this.ini.Get("power", "lcd").ToString("Power LCD");
  }
}

function modeName(mode: ChargeMode): string {
  if (mode === ChargeMode.Recharge) return "RECHARGE";
  if (mode === ChargeMode.Discharge) return "DISCHARGE";
  return "auto";
}

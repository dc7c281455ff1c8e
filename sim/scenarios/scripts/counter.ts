// Example script: counts its runs and keeps the count across recompiles and world reloads
// through Storage (written in Save(), read in the constructor with MyIni).
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private count: int = 0;
  private readonly ini: MyIni = new MyIni();

  constructor() {
    super();
    if (this.ini.TryParse(this.Storage)) this.count = this.ini.Get("counter", "count").ToInt32(0);
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Save(): void {
    this.ini.Clear();
    this.ini.Set("counter", "count", this.count);
    this.Storage = this.ini.ToString();
  }

  Main(argument: string, updateSource: UpdateType): void {
    if (argument === "reset") this.count = 0;
    else if (updateSource.HasFlag(UpdateType.Update10)) this.count++;
    this.Echo("Count: " + this.count);
  }
}

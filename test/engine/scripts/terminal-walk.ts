// Walks every other block's terminal properties and actions (test/engine/scenarios/terminal-walk.json
// and the generated samples of test/engine/terminal-walk.test.ts), under both engines: reads each
// property with its typed form, sets it back to what it read (it must read the same), sets another
// value, then applies every action. Echo: per block, its property and action counts and any property
// whose value did not read back ("!" + id).
import { MyGridProgram, StringBuilder, UpdateFrequency, toFloat, type IMyTerminalBlock, type ITerminalAction, type ITerminalProperty, type int, type long } from "pbts/se";

export class Program extends MyGridProgram {
  private runs: int = 0;
  private readonly blocks: IMyTerminalBlock[] = [];
  private readonly props: ITerminalProperty[] = [];
  private readonly actions: ITerminalAction[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  /** Reads a property, sets it to the value read, and (second) to another value; "" or "!id" when it did not read back. */
  private roundTrip(b: IMyTerminalBlock, p: ITerminalProperty): string {
    const id = p.Id;
    if (p.TypeName === "Boolean") {
      const v = b.GetValueBool(id);
      b.SetValueBool(id, v);
      const same = b.GetValueBool(id) === v;
      b.SetValueBool(id, !v);
      return same ? "" : `!${id} `;
    }
    if (p.TypeName === "Single") {
      const v = b.GetValueFloat(id);
      b.SetValueFloat(id, v);
      const same = b.GetValueFloat(id) === v;
      b.SetValueFloat(id, toFloat(v + 1));
      return same ? "" : `!${id} `;
    }
    if (p.TypeName === "Int64") {
      const v = b.GetValue<long>(id);
      b.SetValue<long>(id, v);
      return b.GetValue<long>(id) === v ? "" : `!${id} `;
    }
    if (p.TypeName === "Color") {
      const v = b.GetValueColor(id);
      b.SetValueColor(id, v);
      return b.GetValueColor(id).PackedValue === v.PackedValue ? "" : `!${id} `;
    }
    if (p.TypeName === "StringBuilder") {
      const v = b.GetValue<StringBuilder>(id).ToString();
      const sb = new StringBuilder();
      sb.Append(v);
      sb.Append("+");
      b.SetValue<StringBuilder>(id, sb);
      return b.GetValue<StringBuilder>(id).ToString() === `${v}+` ? "" : `!${id} `;
    }
    return `?${id} `;
  }

  Main(): void {
    this.runs++;
    this.GridTerminalSystem.GetBlocks(this.blocks);
    for (const b of this.blocks) {
      if (b.EntityId === this.Me.EntityId) continue;
      b.GetProperties(this.props);
      b.GetActions(this.actions);
      let bad = "";
      if (this.runs === 1) {
        for (const p of this.props) bad += this.roundTrip(b, p);
        for (const a of this.actions) a.Apply(b);
      }
      this.Echo(`${b.CustomName}: ${this.props.length}p ${this.actions.length}a ${bad}`);
    }
  }
}

// ScreenConsole(program, "Title", maxLines = 12): a MainConsole (console.ts) that also shows its title,
// status and kept lines on the PB's own screen. A module of its own: a script that does not use the
// screen does not paste it.
import { ContentType, type IMyTextSurface, type MyGridProgram, type int } from "pbts/se";
import { MainConsole } from "./console.ts";

/** A MainConsole on the PB's own screen too. */
export class ScreenConsole extends MainConsole {
  private readonly screen: IMyTextSurface;
  /** The screen text is stale (a new line or status): rewritten on events, not in steady state. */
  private dirty = true;

  constructor(program: MyGridProgram, title: string, maxLines: int = 12) {
    super(program, title, maxLines);
    const s = program.Me.GetSurface(0);
    s.ContentType = ContentType.TEXT_AND_IMAGE;
    this.screen = s;
  }

  protected override Line(line: string): void {
    super.Line(line);
    this.dirty = true;
  }

  override SetStatus(text: string): void {
    this.dirty ||= text !== this.Status;
    super.SetStatus(text);
  }

  override Flush(): void {
    super.Flush();
    if (!this.dirty) return;
    this.dirty = false;
    // title, status and the lines, one a line, nothing after the last
    const l = this.Lines;
    let t = `${this.Title}\n${this.Status}\n`;
    for (let i: int = 0; i < l.length; i++) t += i > 0 ? `\n${l[i]}` : l[i];
    this.screen.WriteText(t, false);
  }
}

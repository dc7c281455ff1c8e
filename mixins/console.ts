// Console mixin: where the failover manager and scripts write what they have to say.
// - MainConsole(program, "Title", maxLines = 12, showOnScreen = false): the title, the status (one
//   text, replaced) and the last `maxLines` lines, echoed on every run (Echo is cleared each run),
//   optionally on the PB's own screen. A line is echoed at once too.
// - EchoConsole(program) (echo-console.ts): the same with no title and no kept lines: lines straight
//   to Echo, the status on every run. A module of its own: a script using MainConsole does not paste it.
// A console of your own extends either and overrides `Line` (and `Flush`). `Info` lines have no prefix, `Warn` "[warn] ", `Error` "[ERROR] ".
// Flush() shows what the console keeps: the failover manager calls it once per run (in ActiveCheck);
// a script using a console without the manager calls it once per run, before it logs. A status that
// changes after Flush in the same run (the manager's takeover run) is echoed again at once, so the
// last status line of a run is always the current one.
import { ContentType, MyGridProgram, type IMyTextSurface, type int } from "pbts/se";

/** Title, status and a bounded log, echoed on every run; optionally on the PB's own screen. */
export class MainConsole {
  /** "== title ==" ("" for none). */
  readonly Title: string;
  Status = "";
  /** The kept lines, oldest first (at most maxLines). */
  readonly Lines: string[] = [];
  private screen: IMyTextSurface | null = null;
  /** Flush has run: the status echoed then is stale when it changes later in the run, so it is echoed again. */
  private shown = false;
  /** The screen text is stale (a new line or status): rewritten on events, not in steady state. */
  private dirty = true;

  constructor(
    protected readonly program: MyGridProgram,
    title: string,
    private readonly maxLines: int = 12,
    showOnScreen: boolean = false,
  ) {
    this.Title = title === "" ? "" : `== ${title} ==`;
    if (showOnScreen) {
      const s = program.Me.GetSurface(0);
      s.ContentType = ContentType.TEXT_AND_IMAGE;
      this.screen = s;
    }
  }

  Info(message: string): void {
    this.Line(message);
  }
  Warn(message: string): void {
    this.Line(`[warn] ${message}`);
  }
  Error(message: string): void {
    this.Line(`[ERROR] ${message}`);
  }

  /** Echoes a line and keeps it (the oldest goes when maxLines are kept). */
  protected Line(line: string): void {
    this.program.Echo(line);
    const l = this.Lines;
    const n = l.length;
    if (this.maxLines < 1) return;
    if (n < this.maxLines) l.push(line);
    else {
      for (let i: int = 1; i < n; i++) l[i - 1] = l[i];
      l[n - 1] = line;
    }
    this.dirty = true;
  }

  /** Replaces the status area. */
  SetStatus(text: string): void {
    if (text !== this.Status) {
      if (this.shown) this.program.Echo(text);
      this.dirty = true;
    }
    this.Status = text;
  }

  /** Once per run: shows the title, the status and the kept lines. */
  Flush(): void {
    const p = this.program;
    const l = this.Lines;
    const s = this.screen;
    const w = s !== null && this.dirty;
    // the screen's text: title, status and the lines (built only when it is rewritten)
    let t = w ? `${this.Title}\n${this.Status}\n` : "";
    this.shown = true;
    if (this.Title !== "") p.Echo(this.Title);
    if (this.Status !== "") p.Echo(this.Status);
    for (let i: int = 0; i < l.length; i++) {
      p.Echo(l[i]);
      if (w) t += i > 0 ? `\n${l[i]}` : l[i];
    }
    if (w) {
      this.dirty = false;
      s.WriteText(t, false);
    }
  }
}

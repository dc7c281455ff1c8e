// Console mixin: where the failover manager and scripts write what they have to say.
// - MainConsole(program, "Title", maxLines = 12): the title, the status (one text, replaced) and the
//   last `maxLines` lines, echoed on every run (Echo is cleared each run). A line is echoed at once too.
// - EchoConsole(program) (echo-console.ts): the same with no title and no kept lines: lines straight
//   to Echo, the status on every run.
// - ScreenConsole(program, "Title", maxLines = 12) (screen-console.ts): a MainConsole that shows the
//   same on the PB's own screen.
// Each in a module of its own, so a script pastes only what it uses (the manager needs MainConsole).
// A console of your own extends one and overrides `Line` (and `Flush`). `Info` lines have no prefix,
// `Warn` "[warn] ", `Error` "[ERROR] ".
// Flush() shows what the console keeps: the failover manager calls it once per run (in ActiveCheck);
// a script using a console without the manager calls it once per run, before it logs. A status that
// changes after Flush in the same run (the manager's takeover run) is echoed again at once, so the
// last status line of a run is always the current one.
import type { MyGridProgram, int } from "pbts/se";

/** Title, status and a bounded log, echoed on every run. */
export class MainConsole {
  /** "== title ==" ("" for none). */
  readonly Title: string;
  Status = "";
  /** The kept lines, oldest first (at most maxLines). */
  readonly Lines: string[] = [];
  /** Flush has run: the status echoed then is stale when it changes later in the run, so it is echoed again. */
  private shown = false;

  constructor(
    protected readonly program: MyGridProgram,
    title: string,
    private readonly maxLines: int = 12,
  ) {
    this.Title = title === "" ? "" : `== ${title} ==`;
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
    // (no alias of Lines: the printer's foreach pass then sees that Flush's loop changes nothing; with maxLines < 1
    // the line goes again at once: nothing is kept)
    this.Lines.push(line);
    if (this.Lines.length > this.maxLines) this.Lines.shift();
  }

  /** Replaces the status area. */
  SetStatus(text: string): void {
    if (this.shown && text !== this.Status) this.program.Echo(text);
    this.Status = text;
  }

  /** Once per run: shows the title, the status and the kept lines. */
  Flush(): void {
    this.shown = true;
    if (this.Title !== "") this.program.Echo(this.Title);
    if (this.Status !== "") this.program.Echo(this.Status);
    for (let i: int = 0; i < this.Lines.length; i++) this.program.Echo(this.Lines[i]);
  }
}

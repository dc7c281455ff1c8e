// Console mixin: where the failover manager and scripts write what they have to say.
// - IConsole: log lines with a level, and a status area (one text, replaced, shown on every run).
// - EchoConsole(program): lines straight to Echo; the status is echoed again on every run. It holds
//   the level filter and the Info/Warn/Error shorthands; a console of your own extends it and
//   overrides `Line` (and `Flush`).
// - MainConsole(program, "Title"): a title, the status and the last `maxLines` log lines, echoed on
//   every run (Echo is cleared each run), optionally on the PB's own screen.
// Flush() shows what the console keeps: the failover manager calls it once per run (in ActiveCheck);
// a script using a console without the manager calls it once per run, before it logs. A status that
// changes after Flush in the same run (the manager's takeover run) is echoed again at once, so the
// last status line of a run is always the current one.
import { ContentType, MyGridProgram, type IMyTextSurface, type int } from "pbts/se";

export enum LogLevel {
  Debug = 0,
  Info = 1,
  Warning = 2,
  Error = 3,
}

export interface IConsole {
  Log(level: LogLevel, message: string): void;
  Info(message: string): void;
  Warn(message: string): void;
  Error(message: string): void;
  /** Replace the status area. */
  SetStatus(text: string): void;
  /** Once per run: show what the console keeps. */
  Flush(): void;
}

/** The prefix of a line of this level ("" for Info). */
export function levelPrefix(level: LogLevel): string {
  return level === LogLevel.Error ? "[ERROR] " : level === LogLevel.Warning ? "[warn] " : level === LogLevel.Debug ? "[debug] " : "";
}

/** Lines straight to Echo; the status on every run. Level filter `MinLevel`. */
export class EchoConsole implements IConsole {
  MinLevel: LogLevel = LogLevel.Info;
  Status = "";
  /** Flush has run: the status echoed then is stale when it changes later in the run, so it is echoed again. */
  protected shown = false;
  constructor(protected readonly program: MyGridProgram) {}
  Log(level: LogLevel, message: string): void {
    if (level >= this.MinLevel) this.Line(levelPrefix(level) + message);
  }
  protected Line(line: string): void {
    this.program.Echo(line);
  }
  Info(message: string): void {
    this.Log(LogLevel.Info, message);
  }
  Warn(message: string): void {
    this.Log(LogLevel.Warning, message);
  }
  Error(message: string): void {
    this.Log(LogLevel.Error, message);
  }
  SetStatus(text: string): void {
    if (this.shown && text !== this.Status) this.program.Echo(text);
    this.Status = text;
  }
  Flush(): void {
    this.shown = true;
    if (this.Status !== "") this.program.Echo(this.Status);
  }
}

/** Title, status and a bounded log, echoed on every run; optionally on the PB's own screen. */
export class MainConsole extends EchoConsole {
  readonly Title: string;
  /** The kept lines, oldest first (at most maxLines). */
  readonly Lines: string[] = [];
  private readonly max: int;
  private screen: IMyTextSurface | null = null;
  /** The screen text is stale (a new line or status): rewritten on events, not in steady state. */
  private dirty = true;

  constructor(program: MyGridProgram, title: string, maxLines: int = 12, showOnScreen: boolean = false) {
    super(program);
    this.Title = `== ${title} ==`;
    this.max = maxLines < 1 ? 1 : maxLines;
    if (showOnScreen) {
      const s = program.Me.GetSurface(0);
      s.ContentType = ContentType.TEXT_AND_IMAGE;
      this.screen = s;
    }
  }

  protected override Line(line: string): void {
    const l = this.Lines;
    if (l.length >= this.max) l.shift();
    l.push(line);
    super.Line(line);
    this.dirty = true;
  }

  override SetStatus(text: string): void {
    this.dirty ||= text !== this.Status;
    super.SetStatus(text);
  }

  override Flush(): void {
    const p = this.program;
    const l = this.Lines;
    const s = this.screen;
    const w = s !== null && this.dirty;
    // the screen's text: title, status and the lines (built only when it is rewritten)
    let t = w ? `${this.Title}\n${this.Status}\n` : "";
    p.Echo(this.Title);
    super.Flush();
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

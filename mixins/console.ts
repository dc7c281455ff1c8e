// Console mixin: where the failover manager and user scripts write what they have to say.
//
// - IConsole: log lines with a level, and a status area (one text that is replaced, not appended).
// - EchoConsole(program): passes lines straight to Echo (nothing is kept; Echo is cleared each run).
// - MainConsole(program, "Script Name"): keeps a title, a status and a bounded log (a ring of
//   `maxLines` lines, allocated once) and re-echoes them on every run; optionally shows them on the
//   PB's own screen (Me.GetSurface(0)), rewritten only when the content changed.
//
// Run boundaries: Echo is cleared at the start of every run, so a console that keeps text must echo
// it again once per run. `Flush()` does that; the failover manager calls it once per run (inside
// ActiveCheck). A script that uses MainConsole without the failover manager calls `Flush()` once
// per run itself, before it logs anything in that run.
//
// Allocation: a log line is formatted once, when it is logged (events, not steady state). Flush()
// echoes stored strings and builds nothing, except the screen text when something changed.
import { ContentType, MyGridProgram, StringBuilder, type IMyTextSurface, type int } from "pbts/se";

export enum LogLevel {
  Debug = 0,
  Info = 1,
  Warning = 2,
  Error = 3,
}

export interface IConsole {
  /** Write one line with a level. */
  Log(level: LogLevel, message: string): void;
  /** Shorthands for Log(LogLevel.Info / Warning / Error, message). */
  Info(message: string): void;
  Warn(message: string): void;
  Error(message: string): void;
  /** Replace the status area (a few lines shown above the log). */
  SetStatus(text: string): void;
  /** Called once per run (Echo is cleared each run): show what the console keeps. */
  Flush(): void;
}

/** The prefix of a line of this level ("" for Info). */
export function levelPrefix(level: LogLevel): string {
  switch (level) {
    case LogLevel.Debug:
      return "[debug] ";
    case LogLevel.Warning:
      return "[warn] ";
    case LogLevel.Error:
      return "[ERROR] ";
    default:
      return "";
  }
}

/** What every console shares: the level filter and the Info/Warn/Error shorthands over Log. */
export abstract class ConsoleBase implements IConsole {
  /** Lines below this level are dropped. */
  MinLevel: LogLevel = LogLevel.Info;

  abstract Log(level: LogLevel, message: string): void;
  abstract SetStatus(text: string): void;
  abstract Flush(): void;

  Info(message: string): void {
    this.Log(LogLevel.Info, message);
  }
  Warn(message: string): void {
    this.Log(LogLevel.Warning, message);
  }
  Error(message: string): void {
    this.Log(LogLevel.Error, message);
  }
}

/** Passes every line straight to Echo; keeps nothing. */
export class EchoConsole extends ConsoleBase {
  private readonly program: MyGridProgram;
  private status = "";

  constructor(program: MyGridProgram) {
    super();
    this.program = program;
  }

  Log(level: LogLevel, message: string): void {
    if (level < this.MinLevel) return;
    if (level === LogLevel.Info) this.program.Echo(message);
    else this.program.Echo(levelPrefix(level) + message);
  }
  SetStatus(text: string): void {
    if (text === this.status) return;
    this.status = text;
    if (text !== "") this.program.Echo(text);
  }
  /** The status area as last set. */
  get Status(): string {
    return this.status;
  }
  Flush(): void {}
}

/** Title, status and a bounded log, re-echoed every run; optionally on the PB's own screen. */
export class MainConsole extends ConsoleBase {
  private readonly program: MyGridProgram;
  readonly Title: string;
  private readonly titleLine: string;
  private readonly lines: string[] = [];
  private readonly capacity: int;
  /** Index of the oldest line in `lines` once the ring is full. */
  private head: int = 0;
  private count: int = 0;
  private status = "";
  private showOnScreen: boolean;
  private screen: IMyTextSurface | null = null;
  private dirty = true;
  private readonly sb = new StringBuilder();

  /** `maxLines`: how many log lines are kept (older ones are dropped). `showOnScreen`: also write to Me.GetSurface(0). */
  constructor(program: MyGridProgram, title: string, maxLines: int = 12, showOnScreen: boolean = false) {
    super();
    this.program = program;
    this.Title = title;
    this.titleLine = `== ${title} ==`;
    this.capacity = maxLines < 1 ? 1 : maxLines;
    for (let i = 0; i < this.capacity; i++) this.lines.push("");
    this.showOnScreen = false;
    this.ShowOnScreen = showOnScreen;
  }

  /** Show the console on the PB's own screen (surface 0) as well. */
  get ShowOnScreen(): boolean {
    return this.showOnScreen;
  }
  set ShowOnScreen(value: boolean) {
    this.showOnScreen = value;
    if (value && this.screen === null && this.program.Me.SurfaceCount > 0) {
      const s = this.program.Me.GetSurface(0);
      if (s != null) {
        s.ContentType = ContentType.TEXT_AND_IMAGE;
        this.screen = s;
      }
    }
    this.dirty = true;
  }

  Log(level: LogLevel, message: string): void {
    if (level < this.MinLevel) return;
    const line = level === LogLevel.Info ? message : levelPrefix(level) + message;
    if (this.count < this.capacity) {
      this.lines[this.count] = line;
      this.count++;
    } else {
      this.lines[this.head] = line;
      this.head++;
      if (this.head >= this.capacity) this.head = 0;
    }
    this.program.Echo(line);
    this.dirty = true;
  }
  SetStatus(text: string): void {
    if (text === this.status) return;
    this.status = text;
    this.dirty = true;
  }
  get Status(): string {
    return this.status;
  }
  /** Number of log lines kept (at most maxLines). */
  get LineCount(): int {
    return this.count;
  }
  /** The i-th kept line, oldest first. */
  Line(i: int): string {
    let k: int = this.head + i;
    if (k >= this.capacity) k -= this.capacity;
    return this.lines[k];
  }
  Clear(): void {
    this.head = 0;
    this.count = 0;
    this.dirty = true;
  }

  /** Echo title, status and the kept log (oldest first); rewrite the screen if something changed. */
  Flush(): void {
    this.program.Echo(this.titleLine);
    if (this.status !== "") this.program.Echo(this.status);
    for (let i = 0; i < this.count; i++) this.program.Echo(this.Line(i));
    if (this.showOnScreen && this.dirty && this.screen !== null) {
      this.sb.Clear();
      this.sb.Append(this.titleLine).Append("\n");
      if (this.status !== "") this.sb.Append(this.status).Append("\n");
      for (let i = 0; i < this.count; i++) this.sb.Append(this.Line(i)).Append("\n");
      this.screen.WriteText(this.sb.ToString(), false);
    }
    this.dirty = false;
  }
}

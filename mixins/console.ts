// Console mixin: where the failover manager and scripts write what they have to say.
// - IConsole: log lines with a level, and a status area (one text, replaced, shown on every run).
// - EchoConsole(program): lines straight to Echo; the status is echoed again on every run.
// - MainConsole(program, "Title"): a title, the status and the last `maxLines` log lines, echoed on
//   every run (Echo is cleared each run), optionally on the PB's own screen.
// Flush() shows what the console keeps: the failover manager calls it once per run (in ActiveCheck);
// a script using a console without the manager calls it once per run, before it logs.
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

/** Level filter and the Info/Warn/Error shorthands; subclasses keep or show lines (`Line`). */
export abstract class ConsoleBase implements IConsole {
  MinLevel: LogLevel = LogLevel.Info;
  Status = "";
  protected readonly program: MyGridProgram;
  constructor(program: MyGridProgram) {
    this.program = program;
  }
  Log(level: LogLevel, message: string): void {
    if (level >= this.MinLevel) this.Line(levelPrefix(level) + message);
  }
  protected abstract Line(line: string): void;
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
    this.Status = text;
  }
  Flush(): void {
    if (this.Status !== "") this.program.Echo(this.Status);
  }
}

/** Lines straight to Echo; the status on every run. */
export class EchoConsole extends ConsoleBase {
  protected Line(line: string): void {
    this.program.Echo(line);
  }
}

/** Title, status and a bounded log, echoed on every run; optionally on the PB's own screen. */
export class MainConsole extends ConsoleBase {
  readonly Title: string;
  /** The kept lines, oldest first (at most maxLines). */
  readonly Lines: string[] = [];
  private readonly max: int;
  private screen: IMyTextSurface | null = null;
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

  protected Line(line: string): void {
    if (this.Lines.length >= this.max) this.Lines.shift();
    this.Lines.push(line);
    this.program.Echo(line);
    this.dirty = true;
  }

  override SetStatus(text: string): void {
    if (text !== this.Status) this.dirty = true;
    this.Status = text;
  }

  override Flush(): void {
    const p = this.program;
    p.Echo(this.Title);
    super.Flush();
    for (const l of this.Lines) p.Echo(l);
    const s = this.screen;
    if (s !== null && this.dirty) {
      // rewritten only when something changed (a new line or status): events, not steady state
      this.dirty = false;
      s.WriteText(`${this.Title}\n${this.Status}\n${this.Lines.join("\n")}`, false);
    }
  }
}

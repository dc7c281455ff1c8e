// System types of the game's API surface, implemented for Node with .NET Framework's semantics
// (the game runs on .NET Framework 4.8; mono follows the same reference source).
import type { double, int, long } from "./prelude.ts";

const TicksPerMillisecond = 10000;
const MillisecondsPerTick = 1.0 / TicksPerMillisecond;
const SecondsPerTick = 1.0 / 10000000;

/** System.TimeSpan (a struct in C#: compare `.Ticks`, not the objects). */
export class TimeSpan {
  static readonly Zero: TimeSpan = new TimeSpan(0);
  static readonly TicksPerMillisecond: long = TicksPerMillisecond;
  static readonly TicksPerSecond: long = 10000000;

  readonly Ticks: long;
  constructor(ticks: long) {
    this.Ticks = ticks;
  }
  get TotalMilliseconds(): double {
    return this.Ticks * MillisecondsPerTick;
  }
  get TotalSeconds(): double {
    return this.Ticks * SecondsPerTick;
  }
  get TotalMinutes(): double {
    return this.Ticks * (1.0 / 600000000);
  }
  // .NET Framework's TimeSpan.Interval: rounds to whole milliseconds.
  private static interval(value: double, scale: int): TimeSpan {
    if (Number.isNaN(value)) throw new Error("TimeSpan does not accept floating point Not-a-Number values.");
    const tmp = value * scale;
    const millis = tmp + (value >= 0 ? 0.5 : -0.5);
    if (millis > 922337203685477 || millis < -922337203685477) throw new Error("TimeSpan overflowed because the duration is too long.");
    // C#'s ticks are a long, which has no -0 (-0.0001 s rounds to 0 ms: +0, or 1 / TotalSeconds would be -Infinity: C95)
    return new TimeSpan(Math.trunc(millis) * TicksPerMillisecond || 0);
  }
  static FromSeconds(value: double): TimeSpan {
    return TimeSpan.interval(value, 1000);
  }
  static FromMilliseconds(value: double): TimeSpan {
    return TimeSpan.interval(value, 1);
  }
  static FromTicks(value: long): TimeSpan {
    return new TimeSpan(value);
  }
}

/** System.Text.StringBuilder. `AppendLine` compiles to `Append(...).Append('\n')` so output is the same on every OS. */
export class StringBuilder {
  private parts = "";
  get Length(): int {
    return this.parts.length;
  }
  set Length(value: int) {
    if (value < 0) {
      // .NET's ArgumentOutOfRangeException text with its parameter line, as the C# engine's (mono's) StringBuilder says it (C99)
      const e = new Error("Length cannot be less than zero.\nParameter name: value");
      e.name = "ArgumentOutOfRangeException";
      throw e;
    }
    this.parts = value <= this.parts.length ? this.parts.slice(0, value) : this.parts + "\0".repeat(value - this.parts.length);
  }
  Append(value: string): StringBuilder {
    this.parts += value ?? "";
    return this;
  }
  AppendLine(value?: string): StringBuilder {
    this.parts += (value ?? "") + "\n";
    return this;
  }
  Clear(): StringBuilder {
    this.parts = "";
    return this;
  }
  ToString(): string {
    return this.parts;
  }
}

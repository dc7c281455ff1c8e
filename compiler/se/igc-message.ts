// Sandbox.ModAPI.Ingame.MyIGCMessage, hand-written: the simulator's IGC builds it and As<T>() is a cast.
// (The IGC interfaces are generated: generated/api.ts.)
import type { long } from "./prelude.ts";

/** Sandbox.ModAPI.Ingame.MyIGCMessage (a struct in C#). */
export class MyIGCMessage {
  readonly Data: unknown;
  readonly Tag: string;
  readonly Source: long;
  constructor(data: unknown, tag: string, source: long) {
    this.Data = data;
    this.Tag = tag;
    this.Source = source;
  }
  /** C# `As<T>()`: a cast of Data; throws when Data is not a T. */
  As<T>(): T {
    return this.Data as T;
  }
}

// VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine: a run argument split into arguments and -switches,
// as the game's parser splits it (read from Keen's public source, not copied): items are separated by
// whitespace; an item starting with "-" is a switch (its name is the rest, compared case-insensitively);
// double quotes group words ("a b" is one item; a leading quote and a closing quote at the item's end
// are dropped, inner quotes stay). Items and Switches are live views, as the game's ItemCollection and
// SwitchCollection (declared in a namespace merged with the class, compiled as MyCommandLine.ItemCollection):
// `for (const s of cl.Items)` is C#'s foreach, whose enumerator throws once the command line changes
// (a List's enumerator), and `cl.Items[i]` is the indexer (null out of range, as the game's).
// CHOICE: a line break in the argument makes the game's parser loop forever (its whitespace skip stops
// at line breaks); pbts throws instead, the same message in both engines.
import type { int } from "../prelude.ts";

/** .NET char.IsWhiteSpace. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
/** A line break at i: "\n", or "\r" followed by "\n". */
function isNewLine(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 10 || (c === 13 && s.charCodeAt(i + 1) === 10);
}
/** Case folding of the game's case-insensitive comparer (per UTF-16 unit, invariant upper case). */
function fold(s: string): string {
  let r = "";
  for (const ch of s.split("")) {
    const u = ch.toUpperCase();
    r += u.length === 1 ? u : ch;
  }
  return r;
}

export class MyCommandLine {
  private readonly items: string[] = [];

  /** Folded switch name -> [name as first written, item index]; Map keeps insertion order, as the game's Dictionary. */
  private readonly switchIndexes = new Map<string, [string, int]>();
  private readonly switchNames: string[] = [];
  private readonly argumentIndexes: int[] = [];
  /** Bumped by every change of the item and switch lists (C# List's version: an enumerator then throws). */
  private version = 0;
  private readonly itemView: MyCommandLine.ItemCollection = new MyCommandLine.ItemCollection(this.items, () => this.version);
  private readonly switchView: MyCommandLine.SwitchCollection = new MyCommandLine.SwitchCollection(this.switchNames, () => this.version);

  /** Every item in order, arguments and switches (a switch item keeps its "-"). */
  get Items(): MyCommandLine.ItemCollection {
    return this.itemView;
  }
  /** The switches' names (without "-"), each once, in the order first seen. */
  get Switches(): MyCommandLine.SwitchCollection {
    return this.switchView;
  }
  /** The number of items that are not switches. */
  get ArgumentCount(): int {
    return this.argumentIndexes.length;
  }

  /** Parses `argument`; true when it held at least one item. */
  TryParse(argument: string): boolean {
    this.Clear();
    if (argument == null || argument === "") return false;
    const s = argument;
    let p = 0;
    for (;;) {
      while (p < s.length && !isNewLine(s, p) && isWhiteSpace(s.charCodeAt(p))) p++;
      if (p >= s.length) break;
      if (isNewLine(s, p)) throw new Error("MyCommandLine.TryParse: the argument holds a line break, on which the game's parser loops forever. Split the text into lines first.");
      const start = p;
      const [item, next] = quoted(s, p);
      p = next;
      const index = this.items.length;
      this.items.push(item);
      this.version++;
      if (s.charCodeAt(start) === 45 /* - */) {
        const name = item.substring(1);
        const key = fold(name);
        const had = this.switchIndexes.get(key);
        if (had) had[1] = index;
        else {
          this.switchIndexes.set(key, [name, index]);
          this.switchNames.push(name);
          this.version++;
        }
      } else this.argumentIndexes.push(index);
    }
    return this.items.length > 0;
  }

  /** The index-th argument (switches not counted), or null. */
  Argument(index: int): string | null {
    if (index < 0 || index >= this.argumentIndexes.length) return null;
    return this.items[this.argumentIndexes[index]!]!;
  }

  /** Whether the switch is set (the name without "-"). */
  Switch(name: string): boolean;
  /** The relativeArgument-th argument right after the switch ("-key value": Switch("key", 0) is "value"), or null. */
  Switch(name: string, relativeArgument: int): string | null;
  Switch(name: string, relativeArgument?: int): boolean | string | null {
    if (relativeArgument === undefined) return this.switchIndexes.has(fold(name));
    const key = fold(name.length > 0 && name[0] === "-" ? name.substring(1) : name);
    const entry = this.switchIndexes.get(key);
    if (!entry) return null;
    const at = relativeArgument + 1 + entry[1];
    for (let i = at; i > entry[1]; i--) if (!this.argumentIndexes.includes(i)) return null;
    if (at < 0 || at >= this.items.length) throw argumentOutOfRange();
    return this.items[at]!;
  }

  Clear(): void {
    this.version++;
    this.items.length = 0;
    this.switchIndexes.clear();
    this.switchNames.length = 0;
    this.argumentIndexes.length = 0;
  }
}

/** A C# List enumerator's check: the collection changed since the loop began. */
function modified(): Error {
  const e = new Error("Collection was modified; enumeration operation may not execute.");
  e.name = "InvalidOperationException";
  return e;
}
function* enumerate(list: readonly string[], version: () => number): Generator<string> {
  const v = version();
  for (let i = 0; ; i++) {
    if (version() !== v) throw modified();
    if (i >= list.length) return;
    yield list[i]!;
  }
}

export namespace MyCommandLine {
  /** C#'s MyCommandLine.ItemCollection: a live view of the items; `items[i]` is null out of range (the game's indexer). */
  export class ItemCollection implements Iterable<string> {
    readonly [index: number]: string | null;
    /** @internal */
    constructor(
      private readonly list: readonly string[],
      private readonly version: () => number,
    ) {
      // C#'s indexer this[int]: integer keys read the live list (null outside it); other keys are the object's own.
      return new Proxy(this, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^-?\d+$/.test(key)) {
            const i = Number(key);
            return i >= 0 && i < list.length ? list[i] : null;
          }
          return Reflect.get(target, key, receiver);
        },
      });
    }
    get Count(): int {
      return this.list.length;
    }
    [Symbol.iterator](): Iterator<string> {
      return enumerate(this.list, this.version);
    }
  }
  /** C#'s MyCommandLine.SwitchCollection: a live view of the switches' names (without "-"), each once, in the order first seen. */
  export class SwitchCollection implements Iterable<string> {
    /** @internal */
    constructor(
      private readonly names: readonly string[],
      private readonly version: () => number,
    ) {}
    get Count(): int {
      return this.names.length;
    }
    [Symbol.iterator](): Iterator<string> {
      return enumerate(this.names, this.version);
    }
  }
}

/** One item from p: [its text, where the next item may start]. */
function quoted(s: string, p: number): [string, number] {
  let start = p;
  let inQuotes = s.charCodeAt(p) === 34;
  if (inQuotes) start++;
  let i = start;
  while (i < s.length) {
    if (s.charCodeAt(i) === 34) inQuotes = !inQuotes;
    if (!inQuotes && isWhiteSpace(s.charCodeAt(i))) {
      const end = s.charCodeAt(i - 1) === 34 ? i - 1 : i;
      return [s.substring(start, Math.max(start, end)), i];
    }
    i++;
  }
  const end = s.charCodeAt(s.length - 1) === 34 ? s.length - 1 : s.length;
  return [s.substring(start, Math.max(start, end)), s.length];
}

/** .NET's List indexer with a negative index (Switch(name, n) with n below -1 - the switch's place). */
function argumentOutOfRange(): Error {
  const e = new Error("Index was out of range. Must be non-negative and less than the size of the collection.\nParameter name: index");
  e.name = "ArgumentOutOfRangeException";
  return e;
}

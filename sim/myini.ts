// VRage.Game.ModAPI.Ingame.Utilities.MyIni, MyIniValue, MyIniKey, MyIniParseResult for Node.
// SIGNATURES ARE FIXED (they mirror SE); bodies follow se-api-facts.md "MyIni" and the behaviour of
// SE's own MyIni as read from public decompiles (facts only, no code copied). Deliberate choices and
// the few places where pbts differs from the game are marked "CHOICE" below; see sim/myini.notes.md.
// Everything here is deterministic, and MyIni.TryParse never throws.
import type { double, float, int, long, uint } from "../compiler/se/prelude.ts";
import { Out } from "../compiler/se/prelude.ts";

/** VRage.Game.ModAPI.Ingame.Utilities.MyIniKey (a struct in C#). */
export class MyIniKey {
  static readonly EMPTY: MyIniKey = new MyIniKey("", "");
  readonly Section: string;
  readonly Name: string;
  // CHOICE: unlike C#'s public constructor, this one does not validate (MyIni's methods do), because
  // MyIni also needs keys for parsed names that the public constructor would reject (e.g. "[ ]").
  constructor(section: string, name: string) {
    this.Section = section;
    this.Name = name;
  }
  /** As in SE: a key is empty when its name is empty. */
  get IsEmpty(): boolean {
    return this.Name === "";
  }
  ToString(): string {
    return this.IsEmpty ? "" : `${this.Section}/${this.Name}`;
  }
}

/** VRage.Game.ModAPI.Ingame.Utilities.MyIniParseResult (a struct in C#). */
export class MyIniParseResult {
  readonly LineNo: int;
  /** CHOICE: "" on success (C# has null there; the declared type here is string). */
  readonly Error: string;
  constructor(lineNo: int, error: string) {
    this.LineNo = lineNo;
    this.Error = error;
  }
  get IsDefined(): boolean { return this.LineNo !== 0 || this.Error !== ""; }
  get Success(): boolean { return this.IsDefined && this.Error === ""; }
  ToString(): string {
    return this.Success ? "Success" : `Line ${this.LineNo}: ${this.Error}`;
  }
}

/** VRage.Game.ModAPI.Ingame.Utilities.MyIniValue (a struct in C#). */
export class MyIniValue {
  static readonly EMPTY: MyIniValue = new MyIniValue(MyIniKey.EMPTY, null);
  readonly Key: MyIniKey;
  private readonly value: string | null;
  constructor(key: MyIniKey, value: string | null) {
    this.Key = key;
    this.value = value;
  }
  get IsEmpty(): boolean { return this.value === null; }
  /** The value; the default (or "") only when the key was missing. A present empty value gives "". */
  ToString(defaultValue?: string): string {
    return this.value ?? defaultValue ?? "";
  }
  /** true/yes/1/on and false/no/0/off in any case; anything else gives the default. */
  ToBoolean(defaultValue?: boolean): boolean {
    const r = parseBool(this.value);
    return r === null ? (defaultValue ?? false) : r;
  }
  ToInt32(defaultValue?: int): int {
    const r = this.value === null ? null : toInteger(this.value, false);
    return r === null ? (defaultValue ?? 0) : r;
  }
  /** CHOICE: the full long range is accepted as in C#; beyond ±2^53 the result is the nearest double. */
  ToInt64(defaultValue?: long): long {
    const r = this.value === null ? null : toInteger(this.value, true);
    return r === null ? (defaultValue ?? 0) : r;
  }
  ToUInt32(defaultValue?: uint): uint {
    const r = this.value === null ? null : toUint32(this.value);
    return r === null ? (defaultValue ?? 0) : r;
  }
  ToDouble(defaultValue?: double): double {
    const r = this.value === null ? null : toDouble(this.value, false);
    return r === null ? (defaultValue ?? 0) : r;
  }
  /** The float result is rounded to 32-bit precision (Math.fround) and returned as a number. */
  ToSingle(defaultValue?: float): float {
    const r = this.value === null ? null : toDouble(this.value, true);
    return r === null ? (defaultValue ?? 0) : r;
  }
  /** Sets value.value to the string, or to null (as C# does) when the key was missing. */
  TryGetString(value: Out<string>): boolean {
    value.value = this.value as string;
    return this.value !== null;
  }
  TryGetBoolean(value: Out<boolean>): boolean {
    const r = parseBool(this.value);
    value.value = r ?? false;
    return r !== null;
  }
  TryGetInt32(value: Out<int>): boolean {
    const r = this.value === null ? null : toInteger(this.value, false);
    value.value = r ?? 0;
    return r !== null;
  }
  TryGetInt64(value: Out<long>): boolean {
    const r = this.value === null ? null : toInteger(this.value, true);
    value.value = r ?? 0;
    return r !== null;
  }
  TryGetUInt32(value: Out<uint>): boolean {
    const r = this.value === null ? null : toUint32(this.value);
    value.value = r ?? 0;
    return r !== null;
  }
  TryGetDouble(value: Out<double>): boolean {
    const r = this.value === null ? null : toDouble(this.value, false);
    value.value = r ?? 0;
    return r !== null;
  }
  /**
   * As SE: clears `lines` and adds each line. Runs of \r/\n count as one break (blank lines vanish);
   * a trailing break gives a trailing "". A missing or empty value leaves `lines` untouched.
   */
  GetLines(lines: string[]): void {
    const v = this.value;
    if (lines == null || v === null || v === "") return;
    lines.length = 0;
    let i = 0;
    for (;;) {
      const j = indexOfNewline(v, i, v.length);
      if (j < 0) {
        lines.push(v.substring(i));
        return;
      }
      lines.push(v.substring(i, j));
      i = j + 1;
      while (i < v.length && (v.charCodeAt(i) === CR || v.charCodeAt(i) === LF)) i++;
    }
  }
}

/** One key in a MyIni. */
interface Item {
  /** Section spelling used when this key was created (MyIniKey.Section of GetKeys). */
  section: string;
  sectionFold: string;
  name: string;
  /** The value, or (raw) the unprocessed text of a parsed multi-line value: newline + "|" lines. */
  value: string;
  raw: boolean;
  comment: string | null;
}

interface Section {
  name: string;
  comment: string | null;
}

/** VRage.Game.ModAPI.Ingame.Utilities.MyIni */
export class MyIni {
  /** Sections in insertion order (first spelling kept); keyed by the case-folded name. */
  private sections = new Map<string, Section>();
  /**
   * Keys in the order SE's Dictionary enumerates them: a deleted key's slot is reused (last freed,
   * first reused) by the next new key, so Delete + Set puts the new key where the deleted one was.
   */
  private slots: (Item | null)[] = [];
  private freeSlots: number[] = [];
  private index = new Map<string, number>();
  /** The text ToString returns until the next change (SE returns the parsed text verbatim). */
  private content: string | null = null;
  private endContent = "";
  private endComment: string | null = null;
  // Parser state (one parse at a time).
  private src = "";
  private prefix: string | null = null;
  private errorAt = 0;
  private errorMessage = "";

  /** Text after a line "---" that ends the configuration. */
  get EndContent(): string {
    return this.endContent;
  }
  set EndContent(value: string) {
    this.endContent = value ?? "";
    this.content = null;
  }
  /** Comment after the last section or item; null when there is none. */
  get EndComment(): string | null {
    return this.endComment;
  }
  set EndComment(value: string | null) {
    // As SE: setting null removes the comment but does not invalidate ToString's cached text.
    if (value == null) {
      this.endComment = null;
      return;
    }
    this.endComment = value;
    this.content = null;
  }

  /**
   * Whether the text has a line starting with "[section]" (case-insensitive), before any "---" line.
   * Like SE it does not check that the rest of the text is valid.
   */
  static HasSection(config: string, section: string): boolean {
    const s = config ?? "";
    const name = section ?? "";
    if (matchesSection(s, 0, name)) return true;
    let p = 0;
    while (p < s.length) {
      const nl = s.indexOf("\n", p);
      p = nl < 0 ? s.length + 1 : nl + 1;
      if (charAt(s, p) === LBRACKET) {
        if (matchesSection(s, p, name)) return true;
      } else if (s.startsWith("---", p) && isEndOfLine(s, skipWhitespace(s, p + 3))) {
        break;
      }
    }
    return false;
  }

  /**
   * Parses `content`, replacing what this MyIni held. Returns false on a syntax error; `result.value`
   * then says "Line N: <error>". Parsing the text that ToString would return right now is a no-op.
   * CHOICE (as SE): on failure the sections and keys read before the bad line stay; nothing else.
   */
  TryParse(content: string, result?: Out<MyIniParseResult>): boolean {
    const s = content ?? "";
    if (result) result.value = SUCCESS;
    if (this.content !== null && this.content === s) return true;
    this.Clear();
    if (isNullOrWhiteSpace(s)) {
      this.content = s;
      return true;
    }
    this.src = s;
    const ok = this.parseDocument();
    this.src = "";
    this.prefix = null;
    if (!ok) {
      if (result) result.value = new MyIniParseResult(lineNumber(s, this.errorAt), this.errorMessage);
      return false;
    }
    this.content = s;
    return true;
  }

  Clear(): void {
    this.sections.clear();
    this.slots.length = 0;
    this.freeSlots.length = 0;
    this.index.clear();
    this.content = null;
    this.endContent = "";
    this.endComment = null;
  }

  ContainsSection(section: string): boolean {
    return section != null && this.sections.has(fold(section));
  }

  /** Throws (as SE's MyIniKey does) on an empty or illegal section or key name. */
  ContainsKey(section: string, name: string): boolean {
    return this.findItem(section, name) !== null;
  }

  /** The value of section/name; MyIniValue.EMPTY when missing. Throws on illegal names. */
  Get(section: string, name: string): MyIniValue {
    const item = this.findItem(section, name);
    if (item === null) return MyIniValue.EMPTY;
    realize(item);
    return new MyIniValue(new MyIniKey(section, name), item.value);
  }

  /** Numbers are written the way JavaScript prints them (the compiler emits the same formatting). */
  Set(section: string, name: string, value: string | boolean | number): void {
    validateKey(section, name);
    if (value == null) {
      this.Delete(section, name);
      return;
    }
    const text = typeof value === "string" ? value : typeof value === "boolean" ? (value ? "true" : "false") : String(value);
    const sectionFold = this.addSection(section);
    const key = sectionFold + "\n" + fold(name);
    const at = this.index.get(key);
    if (at !== undefined) {
      // As SE: the key keeps its first spelling and its comment.
      const item = this.slots[at]!;
      item.value = text;
      item.raw = false;
    } else {
      this.addItem(key, { section, sectionFold, name, value: text, raw: false, comment: null });
    }
    this.content = null;
  }

  /** Removes the key and its comment; the section stays (possibly empty). */
  Delete(section: string, name: string): void {
    validateKey(section, name);
    const key = fold(section) + "\n" + fold(name);
    const at = this.index.get(key);
    if (at !== undefined) {
      this.index.delete(key);
      this.slots[at] = null;
      this.freeSlots.push(at);
    }
    this.content = null;
  }

  /** Clears `names`, then adds every section name in insertion order. */
  GetSections(names: string[]): void {
    if (names == null) return;
    names.length = 0;
    for (const s of this.sections.values()) names.push(s.name);
  }

  /** Clears `keys`, then adds the keys of `section` (case-insensitive) in SE's order. */
  GetKeys(section: string, keys: MyIniKey[]): void {
    if (keys == null) return;
    keys.length = 0;
    const f = fold(section ?? "");
    for (const item of this.slots) {
      if (item !== null && item.sectionFold === f) keys.push(new MyIniKey(item.section, item.name));
    }
  }

  GetComment(section: string, name: string): string | null {
    const item = this.findItem(section, name);
    return item === null ? null : item.comment;
  }

  /** The key must exist (else throws "No item named section/name"). null removes the comment. */
  SetComment(section: string, name: string, comment: string): void {
    const item = this.findItem(section, name);
    if (item === null) throw argumentError(`No item named ${section}/${name}`);
    if (comment == null) {
      item.comment = null; // as SE: no ToString invalidation here
      return;
    }
    item.comment = comment;
    this.content = null;
  }

  GetSectionComment(section: string): string | null {
    if (section == null) return null;
    return this.sections.get(fold(section))?.comment ?? null;
  }

  /** The section must exist (else throws "No section named X"). null removes the comment. */
  SetSectionComment(section: string, comment: string): void {
    const s = section == null ? undefined : this.sections.get(fold(section));
    if (s === undefined) throw argumentError(`No section named ${section}`);
    if (comment == null) {
      s.comment = null; // as SE: no ToString invalidation here
      return;
    }
    s.comment = comment;
    this.content = null;
  }

  /**
   * The text of this configuration. Right after a successful TryParse it is the parsed text itself;
   * after a change it is regenerated: sections in insertion order separated by a blank line,
   * comments as ";line", values with a newline or outer whitespace as "key=" + "|line" lines, then
   * a blank line + the end comment, then a blank line + "---" + EndContent when EndContent is not "".
   */
  ToString(): string {
    if (this.content === null) this.content = this.generate();
    return this.content;
  }

  // ---- private -------------------------------------------------------------------------------

  private findItem(section: string, name: string): Item | null {
    validateKey(section, name);
    const at = this.index.get(fold(section) + "\n" + fold(name));
    return at === undefined ? null : this.slots[at]!;
  }

  /** Adds the section when missing; returns its folded name. */
  private addSection(name: string): string {
    const f = fold(name);
    if (!this.sections.has(f)) this.sections.set(f, { name, comment: null });
    return f;
  }

  private addItem(key: string, item: Item): Item {
    let at: number;
    if (this.freeSlots.length > 0) {
      at = this.freeSlots.pop()!;
      this.slots[at] = item;
    } else {
      at = this.slots.length;
      this.slots.push(item);
    }
    this.index.set(key, at);
    return item;
  }

  /** Records a syntax error; returns ERROR. */
  private fail(at: number, message: string): number {
    this.errorAt = at;
    this.errorMessage = message;
    return ERROR;
  }

  /** The whole document; false on error (errorAt/errorMessage set). */
  private parseDocument(): boolean {
    const s = this.src;
    let p = 0;
    while (p < s.length) {
      const r = this.parseSection(p);
      if (r === ERROR) return false;
      if (r === STOP) break;
      p = r;
    }
    return true;
  }

  /**
   * Skips blank lines and column-0 ";" comment lines from `p` (a line start). Sets `prefix` to the
   * comment text (lines without ";" joined by "\n") or null; returns where the next line starts.
   */
  private readPrefix(p: number): number {
    const s = this.src;
    let start = -1;
    while (p < s.length) {
      if (s.charCodeAt(p) === SEMICOLON && (p === 0 || isNewLine(s, p - 1))) {
        if (start < 0) start = p;
        p = findEndOfLine(s, p, false);
      }
      const t = skipWhitespace(s, p);
      if (!isNewLine(s, t)) break;
      p = t + (s.charCodeAt(t) === CR ? 2 : 1);
    }
    this.prefix = null;
    if (start >= 0) {
      // As SE: the comment block ends before the whitespace that precedes the next line's text.
      let e = p;
      while (e > start && isWhiteSpace(charAt(s, e))) e--;
      if (e > start) this.prefix = realizeComment(s, start, e);
    }
    return p;
  }

  /** A "---" line at `p`: the rest of the text becomes EndContent. */
  private parseEndContent(p: number): boolean {
    const s = this.src;
    if (!s.startsWith("---", p)) return false;
    const t = skipWhitespace(s, p + 3);
    if (!isEndOfLine(s, t)) return false;
    this.endContent = s.substring(findEndOfLine(s, t, true));
    return true;
  }

  /** Returns the position after the section and its keys, STOP at the end, or ERROR. */
  private parseSection(start: number): number {
    const s = this.src;
    let p = this.readPrefix(start);
    const comment = this.prefix;
    this.endComment = comment;
    if (this.parseEndContent(p)) return STOP;
    if (p >= s.length) return STOP;
    // As SE, this error is reported at the line where the blank/comment lines before it begin.
    if (s.charCodeAt(p) !== LBRACKET) return this.fail(start, "Expected [section] definition");
    let close = findEndOfLine(s, p, false);
    while (close > p && charAt(s, close) !== RBRACKET) close--;
    if (charAt(s, close) !== RBRACKET) return this.fail(start, "Expected [section] definition");
    p++;
    const name = s.substring(p, close);
    const problem = validateParsedName(name);
    if (problem !== null) return this.fail(p, "Section " + problem);
    p = skipWhitespace(s, close + 1);
    if (!isEndOfLine(s, p)) return this.fail(p, "Expected newline");
    p = findEndOfLine(s, p, true);
    const sectionFold = this.addSection(name);
    if (comment !== null) {
      this.sections.get(sectionFold)!.comment = comment; // a repeated section's comment replaces the first
      this.endComment = null;
    }
    for (;;) {
      const r = this.parseItem(name, sectionFold, p);
      if (r === ERROR) return ERROR;
      if (r === STOP) return s.length;
      if (r < 0) return p; // next section (or trailing text) starts at p
      p = r;
    }
  }

  /** Returns the position after the key, NEXT_SECTION, STOP (end content) or ERROR. */
  private parseItem(section: string, sectionFold: string, start: number): number {
    const s = this.src;
    let p = this.readPrefix(start);
    const comment = this.prefix;
    this.endComment = comment;
    if (this.parseEndContent(p)) return STOP;
    p = trimStart(s, p);
    if (p >= s.length || s.charCodeAt(p) === LBRACKET) return NEXT_SECTION;
    const eq = findInLine(s, p, EQUALS);
    if (eq >= s.length) return this.fail(p, "Expected key=value definition");
    const name = s.substring(p, Math.max(p, trimEnd(s, eq)));
    const problem = validateParsedName(name);
    if (problem !== null) return this.fail(p, "Key " + problem);
    const v = trimStart(s, eq + 1);
    let eol = findEndOfLine(s, v, false);
    let value: string;
    let raw = false;
    const end = trimEnd(s, eol);
    if (end > v) {
      value = s.substring(v, end);
    } else {
      // Nothing after "=": the value may continue on following lines starting with "|".
      let next = findEndOfLine(s, eol, true);
      if (charAt(s, next) === PIPE) {
        let lineEnd: number;
        do {
          lineEnd = findEndOfLine(s, next, false);
          next = findEndOfLine(s, lineEnd, true);
        } while (charAt(s, next) === PIPE);
        eol = lineEnd;
      }
      value = s.substring(v, eol);
      raw = value.length > 0 && isNewLine(s, v);
    }
    const key = sectionFold + "\n" + fold(name);
    if (this.index.has(key)) return this.fail(p, `Duplicate key ${section}/${name}`);
    this.addItem(key, { section, sectionFold, name, value, raw, comment });
    if (comment !== null) this.endComment = null;
    return findEndOfLine(s, eol, true);
  }

  private generate(): string {
    let out = "";
    let first = true;
    for (const [f, section] of this.sections) {
      if (!first) out += "\n";
      first = false;
      if (section.comment !== null) out += prefixedLines(";", section.comment);
      out += "[" + section.name + "]\n";
      for (const item of this.slots) {
        if (item === null || item.sectionFold !== f) continue;
        if (item.comment !== null) out += prefixedLines(";", item.comment);
        out += item.name + "=";
        if (needsMultiline(item.value)) {
          realize(item);
          out += "\n" + prefixedLines("|", item.value);
        } else {
          out += item.value + "\n";
        }
      }
    }
    if (this.endComment !== null) out += "\n" + prefixedLines(";", this.endComment);
    if (this.endContent.length > 0) out += "\n---\n" + this.endContent;
    return out;
  }
}

// ---- helpers (module-private) ------------------------------------------------------------------

const LF = 10;
const CR = 13;
const SEMICOLON = 59;
const EQUALS = 61;
const LBRACKET = 91;
const RBRACKET = 93;
const PIPE = 124;
/** parseSection/parseItem results that are not positions. */
const ERROR = -1;
const STOP = -2;
const NEXT_SECTION = -3;

const SUCCESS = new MyIniParseResult(1, "");

function argumentError(message: string): Error {
  const e = new Error(message);
  e.name = "ArgumentException";
  return e;
}

function charAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : 0;
}

/** .NET char.IsWhiteSpace. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isNullOrWhiteSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) return false;
  return true;
}

/** A line break at i: "\n", or "\r" followed by "\n" (a lone "\r" is not one). */
function isNewLine(s: string, i: number): boolean {
  const c = charAt(s, i);
  return c === LF || (c === CR && charAt(s, i + 1) === LF);
}

function isEndOfLine(s: string, i: number): boolean {
  return i >= s.length || isNewLine(s, i);
}

function findEndOfLine(s: string, i: number, skipNewline: boolean): number {
  while (i < s.length) {
    if (isNewLine(s, i)) {
      if (skipNewline) i += s.charCodeAt(i) === CR ? 2 : 1;
      return i;
    }
    i++;
  }
  return i;
}

/** Skips whitespace other than line breaks. */
function skipWhitespace(s: string, i: number): number {
  while (i < s.length && !isNewLine(s, i) && isWhiteSpace(s.charCodeAt(i))) i++;
  return i;
}

function trimStart(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** Moves back from i over spaces and tabs. */
function trimEnd(s: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09)) j--;
  return j + 1;
}

/** Index of c in the current line, or s.length. */
function findInLine(s: string, i: number, c: number): number {
  for (; i < s.length; i++) {
    const x = s.charCodeAt(i);
    if (x === c) return i;
    if (x === CR || x === LF) break;
  }
  return s.length;
}

function lineNumber(s: string, at: number): number {
  let n = 1;
  for (let i = 0; i < at && i < s.length; i++) if (s.charCodeAt(i) === LF) n++;
  return n;
}

function indexOfNewline(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === CR || c === LF) return i;
  }
  return -1;
}

/** Case folding for lookups: per UTF-16 unit upper case, like .NET's char.ToUpperInvariant. */
function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toUpperCase();
  let r = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const u = c.toUpperCase();
    r += u.length === 1 ? u : c;
  }
  return r;
}

function matchesSection(s: string, p: number, section: string): boolean {
  if (charAt(s, p) !== LBRACKET) return false;
  for (let i = 0; i < section.length; i++) {
    if (p + 1 + i >= s.length) return false;
    if (fold(s[p + 1 + i]!) !== fold(section[i]!)) return false;
  }
  return charAt(s, p + 1 + section.length) === RBRACKET;
}

/** Rules for names read by TryParse (sections and keys alike); null when valid. */
function validateParsedName(name: string): string | null {
  if (name.length === 0) return "cannot be empty.";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === CR || c === LF || c === PIPE || c === EQUALS || c === LBRACKET || c === RBRACKET) {
      return "contains illegal characters (\\r, \\n, |, =, [, ])";
    }
  }
  return null;
}

/** The checks of SE's public MyIniKey constructor (used by Get, Set, Delete, ContainsKey, comments). */
function validateKey(section: string, name: string): void {
  if (section == null || isNullOrWhiteSpace(section)) throw argumentError("Section cannot be empty.");
  for (let i = 0; i < section.length; i++) {
    const c = section.charCodeAt(i);
    if (c === CR || c === LF || c === LBRACKET || c === RBRACKET) {
      throw argumentError("Section contains illegal characters (\\r, \\n, [, ])");
    }
  }
  if (name == null || isNullOrWhiteSpace(name)) throw argumentError("Key cannot be null or whitespace.");
  if (validateParsedName(name) !== null) throw argumentError("Key contains illegal characters (\\r, \\n, |, =, [, ])");
}

/**
 * The comment text of the block s[start, end): each ";" line without its ";", blank lines as empty
 * lines, joined with "\n" (as SE; a blank line right after the block gives a trailing "\n").
 */
function realizeComment(s: string, start: number, end: number): string {
  let out = "";
  let p = start;
  let first = true;
  while (p < end) {
    if (!first) out += "\n";
    first = false;
    if (s.charCodeAt(p) === SEMICOLON) {
      p++;
      const e = findEndOfLine(s, p, false);
      out += s.substring(p, e);
      p = skipWhitespace(s, e);
      if (isEndOfLine(s, p)) p += charAt(s, p) === CR ? 2 : 1;
    } else {
      p = skipWhitespace(s, p);
      if (!isEndOfLine(s, p)) break;
      p += charAt(s, p) === CR ? 2 : 1;
    }
  }
  return out;
}

/** Turns a parsed multi-line value ("\n|a\n|b") into its text ("a\nb"), as SE does on first use. */
function realize(item: Item): void {
  if (!item.raw) return;
  const v = item.value;
  const from = (v.charCodeAt(0) === CR ? 2 : 1) + 1;
  item.value = v.substring(from).split("\n|").join("\n");
  item.raw = false;
}

function needsMultiline(v: string): boolean {
  if (v.length === 0) return false;
  return isWhiteSpace(v.charCodeAt(0)) || isWhiteSpace(v.charCodeAt(v.length - 1)) || v.indexOf("\n") >= 0;
}

/**
 * Each line of `text` (split at "\r\n", "\r" or "\n"; a final line break adds no empty line) as
 * mark + line + "\n". CHOICE: an empty text writes nothing (SE re-writes a stale line list there).
 */
function prefixedLines(mark: string, text: string): string {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const j = indexOfNewline(text, i, n);
    if (j < 0) {
      out += mark + text.substring(i) + "\n";
      break;
    }
    out += mark + text.substring(i, j) + "\n";
    i = j;
    if (text.charCodeAt(i) === CR) i++;
    if (i < n && text.charCodeAt(i) === LF) i++;
  }
  return out;
}

function parseBool(v: string | null): boolean | null {
  if (v === null || v.length > 5) return null;
  switch (v.toLowerCase()) {
    case "true":
    case "yes":
    case "1":
    case "on":
      return true;
    case "false":
    case "no":
    case "0":
    case "off":
      return false;
    default:
      return null;
  }
}

// ---- .NET number parsing: NumberStyles.Any with the invariant culture --------------------------
// Leading/trailing whitespace (space, \t..\r), a leading or trailing "+"/"-" or parentheses for a
// negative, "," group separators after the first digit, one "." decimal point, an exponent, and
// the invariant currency sign "¤". No hex. Integers must be whole ("1.0" and "1e3" are; "1.5" is
// not) and in range. Doubles that overflow fail; "Infinity", "-Infinity", "NaN" are accepted.

interface NetNumber {
  negative: boolean;
  /** Significant digits: no leading zeros, no trailing zeros, at most 50. */
  digits: string;
  /** The value is 0.digits × 10^scale. */
  scale: number;
}

const S_SIGN = 1;
const S_PARENS = 2;
const S_DIGITS = 4;
const S_NONZERO = 8;
const S_DECIMAL = 16;
const S_CURRENCY = 32;
const PLUS = 43;
const MINUS = 45;
const CURRENCY_SIGN = 0xa4;

/** White space as .NET's number parser sees it. */
function isNumberWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function parseNetNumber(s: string): NetNumber | null {
  const n = s.length;
  let p = 0;
  let c = charAt(s, 0);
  let state = 0;
  let negative = false;
  let currencyLeft = true;
  for (;;) {
    // White space is not allowed between a sign and the digits (unless a currency sign came first).
    if (!isNumberWhite(c) || ((state & S_SIGN) !== 0 && (state & S_CURRENCY) === 0)) {
      if ((state & S_SIGN) === 0 && (c === PLUS || c === MINUS)) {
        if (c === MINUS) negative = true;
        state |= S_SIGN;
      } else if (c === 40 /* ( */ && (state & S_SIGN) === 0) {
        state |= S_SIGN | S_PARENS;
        negative = true;
      } else if (currencyLeft && c === CURRENCY_SIGN) {
        state |= S_CURRENCY;
        currencyLeft = false;
      } else {
        break;
      }
    }
    c = charAt(s, ++p);
  }
  let digits = "";
  let significant = 0;
  let scale = 0;
  for (;;) {
    if (isDigit(c)) {
      state |= S_DIGITS;
      if (c !== 48 || (state & S_NONZERO) !== 0) {
        if (digits.length < 50) {
          digits += String.fromCharCode(c);
          if (c !== 48) significant = digits.length;
        }
        if ((state & S_DECIMAL) === 0) scale++;
        state |= S_NONZERO;
      } else if ((state & S_DECIMAL) !== 0) {
        scale--;
      }
    } else if (c === 46 /* . */ && (state & S_DECIMAL) === 0) {
      state |= S_DECIMAL;
    } else if (c === 44 /* , */ && (state & S_DIGITS) !== 0 && (state & S_DECIMAL) === 0) {
      // group separator: ignored
    } else {
      break;
    }
    c = charAt(s, ++p);
  }
  if ((state & S_DIGITS) === 0) return null;
  if (c === 69 || c === 101) {
    const back = p;
    c = charAt(s, ++p);
    let negExp = false;
    if (c === PLUS) c = charAt(s, ++p);
    else if (c === MINUS) {
      c = charAt(s, ++p);
      negExp = true;
    }
    if (isDigit(c)) {
      let exp = 0;
      do {
        exp = exp * 10 + (c - 48);
        c = charAt(s, ++p);
        if (exp > 1000) {
          exp = 9999;
          while (isDigit(c)) c = charAt(s, ++p);
        }
      } while (isDigit(c));
      scale += negExp ? -exp : exp;
    } else {
      p = back;
      c = charAt(s, p);
    }
  }
  for (;;) {
    if (!isNumberWhite(c)) {
      if ((state & S_SIGN) === 0 && (c === PLUS || c === MINUS)) {
        if (c === MINUS) negative = true;
        state |= S_SIGN;
      } else if (c === 41 /* ) */ && (state & S_PARENS) !== 0) {
        state &= ~S_PARENS;
      } else if (currencyLeft && c === CURRENCY_SIGN) {
        currencyLeft = false;
      } else {
        break;
      }
    }
    c = charAt(s, ++p);
  }
  if ((state & S_PARENS) !== 0) return null;
  if ((state & S_NONZERO) === 0) {
    scale = 0;
    if ((state & S_DECIMAL) === 0) negative = false;
  }
  for (let i = p; i < n; i++) if (s.charCodeAt(i) !== 0) return null; // only trailing NULs may remain
  return { negative, digits: digits.substring(0, significant), scale };
}

const INT_MAX = 2147483647;
const LONG_MAX = 9223372036854775807n;

/** int.TryParse / long.TryParse (NumberStyles.Any, invariant); null when not parsable. */
function toInteger(s: string, long: boolean): number | null {
  const num = parseNetNumber(s);
  if (num === null) return null;
  const { digits, scale } = num;
  if (scale > (long ? 19 : 10) || scale < digits.length) return null;
  if (scale <= 15) {
    let v = 0;
    for (let i = 0; i < scale; i++) v = v * 10 + (i < digits.length ? digits.charCodeAt(i) - 48 : 0);
    if (num.negative) v = -v;
    if (!long && (v > INT_MAX || v < -INT_MAX - 1)) return null;
    return v === 0 ? 0 : v;
  }
  let big = BigInt(digits) * 10n ** BigInt(scale - digits.length);
  if (num.negative) big = -big;
  if (big > LONG_MAX || big < -LONG_MAX - 1n) return null;
  return Number(big);
}

/** uint.TryParse (NumberStyles.Any, invariant): a whole number 0..2^32-1 ("-0" is 0). */
function toUint32(s: string): number | null {
  const v = toInteger(s, true);
  return v !== null && v >= 0 && v <= 4294967295 ? v : null;
}

/** double.TryParse / float.TryParse (NumberStyles.Any, invariant); null when not parsable. */
function toDouble(s: string, single: boolean): number | null {
  const num = parseNetNumber(s);
  if (num !== null) {
    let v = num.digits.length === 0 ? 0 : Number("0." + num.digits + "e" + num.scale);
    if (single) v = Math.fround(v);
    if (Number.isFinite(v)) return num.negative && v !== 0 ? -v : 0 + v; // .NET Framework gives +0 for "-0"
  }
  // The culture's symbols, compared after trimming (case-sensitive).
  let a = 0;
  let b = s.length;
  while (a < b && isWhiteSpace(s.charCodeAt(a))) a++;
  while (b > a && isWhiteSpace(s.charCodeAt(b - 1))) b--;
  let t = s.substring(a, b);
  if (t === "Infinity") return Infinity;
  if (t === "-Infinity") return -Infinity;
  if (t === "NaN") return NaN;
  if (t.startsWith("+")) {
    t = t.substring(1);
    if (t === "Infinity") return Infinity;
    if (t === "NaN") return NaN;
  }
  return null;
}

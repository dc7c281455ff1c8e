// The "run" events of a trace (sim/trace.ts), kept as bytes: a run is queued as it happens, and every
// BATCH runs are encoded into Uint8Array chunks outside the collector's heap, each run as what it
// changed of what came before. Reading decodes them in the same order.
//
// Speed (issue 17): what a traced run keeps is new memory, and on this machine each new byte cost
// about 5 ns (page faults; session 10). Session 13 kept 8 bytes of columns a run (Int32 slots) and
// the Echo text's change as 16-bit units (a 2-unit header and the changed units): 12 bytes a run
// for the bench's script, whose text ("Runs: <n> last 16.6666 ms") changes a digit or two a run.
// Session 14 kept a tag byte and the text's change (shared beginning and end as a byte each, the
// changed characters as a byte each): 4 bytes. Session 15: a change at the same place as the block's
// last one (a counter's last digit) keeps only the changed characters: 2 bytes for 9 runs of 10.
// Session 18: when the change is one unit right before the shared end of the block's last change, one
// more than the unit there before (a counter's last digit going up, also on the run after a carry),
// the tag says so and nothing follows: 1 byte for 9 runs of 10 (a new byte costs about 7 ns of page
// faults on this machine, session 18).
//
// A run's record: the tag, then what the tag says follows, in this order:
//   BLOCK     the block is not the one that followed the last run's block last time: varint block
//   TYPE      the update type is not the block's last one: varint type
//   tick      TICK_SAME (the last run's tick), TICK_NEXT (+1), TICK_STEP (varint step forward) or
//             TICK_AT (varint tick)
//   MORE      a byte of flags: ARGUMENT (the argument is the next one of the stream's list, not
//             ""), NEWLINE (whether a newline follows the Echo text is not what it was for the
//             block's last run)
//   echo      ECHO_SAME (the block's last text), ECHO_AGAIN (as long as the block's last text, the
//             same shared beginning and end as the block's last change: the bytes between), ECHO_NEXT
//             (as long as the block's last text, the same shared end as the block's last change, one
//             unit before it changed, one more than the block's last text's there: no bytes), ECHO_EDIT
//             (as long as the block's last text: varint shared beginning, varint shared end, the
//             bytes between, Latin-1), ECHO_NEW (varint length, beginning, end, the bytes between) or
//             ECHO_WIDE (the same, the code units between as two bytes each, low first)
// Comparing the texts charCodeAt by charCodeAt in the run cost more than the memory it saved
// (session 13: every charCodeAt checks what kind of string it reads): the batch's texts are joined
// (one native copy) and written as UTF-16 code units into a scratch array (Buffer.write, native),
// each block's last text kept as code units (`arena`) from a multiple of 4, and the comparison reads
// 4 units at a time as one double: an element of the arena's Float64Array, and the same 8 bytes of
// the scratch array through a DataView, wherever the text starts there (equal doubles are equal bits
// but for +0 and -0, so a word that reads 0 is compared unit by unit; a NaN never equals, which only
// ends the word steps early). (Session 15 padded each text to a multiple of 4 units in the join, for a
// Float64Array over the scratch array too: a pad string a run, twice the join's elements; issue 17.)

/** Runs queued before they are encoded (a read encodes the ones queued so far). 64, not 256: the
 *  join reads the queued texts, young strings the script made since the batch began, and after 256
 *  runs of 1000 blocks many had left the first-level cache (cachegrind, 1000 PBs Update100 traced:
 *  the join's and its copy's read misses 2.3 -> 1.2 a run; issue 17). */
const BATCH = 64;
/** Bytes per kept chunk (a record that needs more gets a chunk of its own size). */
const CHUNK = 1 << 16;
/** Bytes a record takes at most besides its changed characters (the tag, the flags and six varints). */
const HEAD = 32;

const BLOCK = 1;
const TYPE = 2;
const TICK_SAME = 0;
const TICK_NEXT = 4;
const TICK_STEP = 8;
const TICK_AT = 12;
const TICK = 12;
const MORE = 16;
const ECHO_SAME = 0;
const ECHO_AGAIN = 32;
const ECHO_EDIT = 64;
const ECHO_NEW = 96;
const ECHO_WIDE = 128;
const ECHO_NEXT = 160;
const ECHO = 224;
// the flags byte (MORE), and a queued run's flags
const ARGUMENT = 1;
const NEWLINE = 2;
/** A queued run's flag (never written): its role line is read when it is encoded (`checkRole`). */
const ROLE_CHECK = 4;

// A block's row in the writer's and the reader's tables (Int32Array, ROW slots a block; row b + 1 is
// block b's, row 0 holds only the block of the first run):
/** The block whose run followed this block's last time (-1: none yet). */
const NEXT = 0;
/** The update type of the block's last run (-1: none yet). */
const LAST_TYPE = 1;
/** The shared beginning and end of the block's last change (-1: none yet). */
const SPAN_BEGIN = 2;
const SPAN_END = 3;
/** Whether a newline followed the block's last text (0 or 1). */
const LAST_NEWLINE = 4;
/** The writer's copy of the block's last text in `arena`: where, its length, the room there. */
const AT = 5;
const LENGTH = 6;
const ROOM = 7;
/** Whether the writer's copy of the block's last text holds "role" in any case (0 or 1; the role
 *  hook's test, sim/role.ts `mayHoldRole`). */
const ROLE_TEXT = 8;
const ROW = 9;

/** Characters rebuilt per String.fromCharCode call when a text is read. */
const FROM_CODES = 4096;
/** Buffer.write(..., "utf16le") gives the code units of a Uint16Array on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Uninitialized memory (Buffer.allocUnsafeSlow: no pass of zeroes before the writes, whose page
 *  faults are the cost); only what was written is read. */
function bytes(count: number): Uint8Array {
  const b = Buffer.allocUnsafeSlow(count);
  return new Uint8Array(b.buffer, b.byteOffset, count);
}

/** `table` with room for block `block`'s row, new rows as no run has been seen. */
function withRow(table: Int32Array, block: number): Int32Array {
  const need = (block + 2) * ROW;
  if (need <= table.length) return table;
  const grown = new Int32Array(Math.max(need, 2 * table.length));
  grown.set(table);
  for (let r = table.length; r < grown.length; r += ROW) {
    grown[r + NEXT] = -1;
    grown[r + LAST_TYPE] = -1;
    grown[r + SPAN_BEGIN] = -1;
    grown[r + SPAN_END] = -1;
  }
  return grown;
}

/** Code units with a Float64Array view of the same memory (4 units an element); `units` a multiple of 4. */
function unitsAndWords(units: number): [Uint16Array, Float64Array] {
  const buffer = new ArrayBuffer(2 * units);
  return [new Uint16Array(buffer), new Float64Array(buffer)];
}

/** Told, when a run marked by `checkRole` is encoded, its text if that holds "role" in any case
 *  (run `k` of the `count` encoded then, oldest first; sim/trace.ts reads its role line). */
export interface RoleTextSink {
  roleText(k: number, count: number, tick: number, block: number, text: string): void;
}

export class RunStream {
  // ---- the queue: runs not encoded yet
  /** Per queued run, its Echo text: a new array each batch (issue 17). The texts are young strings
   *  the script just made; stored into an array that is young too, a store skips the write barrier's
   *  slow path (an old array took each into the collector's remembered set: about 5% of a traced
   *  run's time at 1000 PBs in `perf`). The array's elements past the queued runs are holes (the
   *  join reads them as ""). */
  private texts: string[] = new Array<string>(BATCH);
  /** Per queued run: tick, block, update type, flags (ARGUMENT, NEWLINE). */
  private readonly queue = new Int32Array(4 * BATCH);
  private queued = 0;
  /** Queued runs marked by `checkRole` (0 after `flush`). */
  roleChecks = 0;
  /** Where the marked runs' texts that hold "role" go. */
  roleSink: RoleTextSink | null = null;
  /** Arguments other than "" since the last read, in order. */
  private args: string[] = [];
  /** The queued texts' code units (and a DataView of the same memory, for 4 units at a time). */
  private scratchBytes = Buffer.allocUnsafeSlow(0);
  private scratch = new Uint16Array(0);
  private scratchView = new DataView(new ArrayBuffer(0));

  // ---- the writer: each block's last text as code units in `arena` (rows AT, LENGTH, ROOM)
  private arena: Uint16Array;
  private arenaWords: Float64Array;
  private arenaTop = 0;
  private written = withRow(new Int32Array(0), 0);
  private lastBlock = -1;
  private lastTick = 0;
  /** Whether the text `encode` took last holds "role" in any case. */
  private roleText = false;
  /** The kept chunks since the last read, the bytes used of each full one, the current one, its next byte. */
  private chunks: Uint8Array[] = [];
  private used: number[] = [];
  private chunk = -1;
  private pos = 0;

  // ---- the reader
  private readonly lastRead: string[] = [];
  private readTable = withRow(new Int32Array(0), 0);
  private readBlock = -1;
  private readTickValue = 0;
  private readChunk = 0;
  private readPos = 0;
  private readArg = 0;
  /** The run `readRun` decoded last. */
  tick = 0;
  block = 0;
  updateType = 0;
  argument = "";
  echo = "";
  newline = false;

  constructor() {
    [this.arena, this.arenaWords] = unitsAndWords(1024);
  }

  /** Queues a run (tick, block and update type below 2^31, not negative); encodes the batch when it is full. */
  add(tick: number, block: number, updateType: number, argument: string, echo: string, newline: boolean): void {
    const k = this.queued;
    const at = 4 * k;
    const q = this.queue;
    q[at] = tick;
    q[at + 1] = block;
    q[at + 2] = updateType;
    q[at + 3] = (argument !== "" ? ARGUMENT : 0) + (newline ? NEWLINE : 0);
    if (argument !== "") this.args.push(argument);
    this.texts[k] = echo;
    this.queued = k + 1;
    if (k + 1 === BATCH) this.flush();
  }

  /** Marks the run queued last (when it still is: false once it was encoded) to have its text given
   *  to `roleSink` when it is encoded, if that text holds "role" in any case. */
  checkRole(): boolean {
    const k = this.queued;
    if (k === 0) return false;
    this.queue[4 * k - 1] = this.queue[4 * k - 1]! | ROLE_CHECK;
    this.roleChecks++;
    return true;
  }

  /** Encodes the queued runs, in order. */
  flush(): void {
    const count = this.queued;
    if (count === 0) return;
    const texts = this.texts;
    this.texts = new Array<string>(BATCH);
    const joined = texts.join("");
    const total = joined.length;
    if (total > this.scratch.length) {
      this.scratchBytes = Buffer.allocUnsafeSlow(4 * total);
      this.scratch = new Uint16Array(this.scratchBytes.buffer, this.scratchBytes.byteOffset, 2 * total);
      this.scratchView = new DataView(this.scratchBytes.buffer, this.scratchBytes.byteOffset, 4 * total);
    }
    if (LITTLE_ENDIAN) this.scratchBytes.write(joined, 0, 2 * total, "utf16le");
    else for (let i = 0; i < total; i++) this.scratch[i] = joined.charCodeAt(i);
    let textAt = 0;
    const q = this.queue;
    this.roleChecks = 0;
    for (let k = 0; k < count; k++) {
      const n = texts[k]!.length;
      const flags = q[4 * k + 3]!;
      this.encode(q[4 * k]!, q[4 * k + 1]!, q[4 * k + 2]!, flags, textAt, n);
      if (flags & ROLE_CHECK && this.roleText) this.roleSink!.roleText(k, count, q[4 * k]!, q[4 * k + 1]!, texts[k]!);
      textAt += n;
    }
    this.queued = 0;
  }

  /** One run's record; its text is the `n` code units at `textAt` of the scratch array. */
  private encode(tick: number, block: number, updateType: number, flags: number, textAt: number, n: number): void {
    let w = this.written;
    const row = (block + 1) * ROW;
    if (row + ROW > w.length) w = this.written = withRow(w, block);
    const s = this.scratch;
    const sv = this.scratchView;
    let a = this.arena;
    let at = w[row + AT]!;
    const ln = w[row + LENGTH]!;
    const aw = this.arenaWords;
    let begin = 0;
    let end = 0;
    let echo = ECHO_SAME;
    // ECHO_NEXT first (a counter's last digit going up; 9 runs of 10 of such a script): the unit it
    // names goes up by one in the block's last text, and one comparison of the whole text says
    // whether that is this text. It is the general comparison's answer when it holds (only that unit
    // differs: the shared beginning ends at it, the shared end is the block's last), and when it
    // does not, the unit is put back and the general comparison runs as before. When it holds, the
    // block's last text is this one already. (Issue 17: the shared beginning and end, looked for
    // from both sides unit by unit around the change, cost more than the one pass.)
    const spanEnd = w[row + SPAN_END]!;
    const guess = n - spanEnd - 1;
    let next = false;
    if (n === ln && spanEnd >= 0 && guess >= 0 && a[at + guess]! < 0xffff) {
      a[at + guess]!++;
      next = true;
      const words = n >> 2;
      for (let j = at >> 2, k = 2 * textAt, last = j + words; j < last; j++, k += 8) {
        const x = sv.getFloat64(k, LITTLE_ENDIAN);
        if (x !== aw[j] || x === 0) {
          next = false;
          break;
        }
      }
      for (let i = words << 2; next && i < n; i++) if (s[textAt + i] !== a[at + i]) next = false;
      if (next) {
        begin = guess;
        end = spanEnd;
        echo = ECHO_NEXT;
      } else a[at + guess]!--;
    }
    const both = n < ln ? n : ln;
    // the shared beginning: 4 units at a time, then unit by unit
    const words = both & ~3;
    if (!next) {
      for (let j = at >> 2; begin < words; j++) {
        const x = sv.getFloat64(2 * (textAt + begin), LITTLE_ENDIAN);
        if (x !== aw[j] || x === 0) break;
        begin += 4;
      }
      while (begin < both && s[textAt + begin] === a[at + begin]) begin++;
    }
    let tag = 0;
    if (!next && (begin !== n || n !== ln)) {
      // the shared end, not into the shared beginning: by words where both ends sit alike within a word
      const most = both - begin;
      if (((n - ln) & 3) === 0) {
        while (end < most && ((n - end) & 3) !== 0 && s[textAt + n - 1 - end] === a[at + ln - 1 - end]) end++;
        if (((n - end) & 3) === 0) {
          for (let j = (at + ln - end) >> 2; end + 4 <= most; j--) {
            const x = sv.getFloat64(2 * (textAt + n - end - 4), LITTLE_ENDIAN);
            if (x !== aw[j - 1] || x === 0) break;
            end += 4;
          }
        }
      }
      while (end < most && s[textAt + n - 1 - end] === a[at + ln - 1 - end]) end++;
      echo = n === ln ? (begin === w[row + SPAN_BEGIN] && end === w[row + SPAN_END] ? ECHO_AGAIN : ECHO_EDIT) : ECHO_NEW;
      if (n === ln && n - begin - end === 1 && end === w[row + SPAN_END] && s[textAt + begin] === a[at + begin]! + 1) echo = ECHO_NEXT;
      else {
        for (let i = textAt + begin; i < textAt + n - end; i++) {
          if (s[i]! > 255) {
            echo = ECHO_WIDE;
            break;
          }
        }
      }
    }
    const changed = n - begin - end;
    // The role hook's test on the text (sim/role.ts mayHoldRole): when the block's last text held no
    // "role" in any case, one now holds a changed unit (so one of those is a letter of it) or, when
    // none changed (a cut), spans the cut; either way it lies within 3 units of them (the rest is that
    // text's beginning and end). After a text that held one, the whole text is looked at.
    let role = w[row + ROLE_TEXT]!;
    if (echo !== ECHO_SAME) {
      if (role !== 0) role = holdsRole(s, textAt, textAt + n);
      else if (changed === 0 || roleLetterIn(s, textAt + begin, textAt + n - end)) role = holdsRole(s, textAt + (begin > 3 ? begin - 3 : 0), textAt + (end > 3 ? n - end + 3 : n));
      w[row + ROLE_TEXT] = role;
    }
    this.roleText = role !== 0;
    tag += echo;
    const newline = flags & NEWLINE ? 1 : 0;
    const more = (flags & ARGUMENT) + (newline !== w[row + LAST_NEWLINE] ? NEWLINE : 0);
    if (more !== 0) tag += MORE;
    const lastRow = (this.lastBlock + 1) * ROW;
    if (w[lastRow + NEXT] !== block) tag += BLOCK;
    if (w[row + LAST_TYPE] !== updateType) tag += TYPE;
    const step = tick - this.lastTick;
    tag += step === 0 ? TICK_SAME : step === 1 ? TICK_NEXT : step > 0 ? TICK_STEP : TICK_AT;
    // room for the whole record in the current chunk
    let pos = this.pos;
    let out = this.chunk < 0 ? null : this.chunks[this.chunk]!;
    const need = HEAD + 2 * changed;
    if (out === null || pos + need > out.length) {
      if (out !== null) this.used[this.chunk] = pos;
      this.chunk++;
      if (this.chunk === this.chunks.length || this.chunks[this.chunk]!.length < need) this.chunks[this.chunk] = bytes(Math.max(CHUNK, need));
      out = this.chunks[this.chunk]!;
      pos = 0;
    }
    out[pos++] = tag;
    if (tag & BLOCK) pos = varint(out, pos, block);
    if (tag & TYPE) pos = varint(out, pos, updateType);
    if ((tag & TICK) === TICK_STEP) pos = varint(out, pos, step);
    else if ((tag & TICK) === TICK_AT) pos = varint(out, pos, tick);
    if (more !== 0) out[pos++] = more;
    if (echo !== ECHO_SAME && echo !== ECHO_NEXT) {
      if (echo !== ECHO_AGAIN) {
        if (echo !== ECHO_EDIT) pos = varint(out, pos, n);
        pos = varint(out, pos, begin);
        pos = varint(out, pos, end);
      }
      if (echo === ECHO_WIDE) {
        for (let i = textAt + begin; i < textAt + n - end; i++) {
          out[pos++] = s[i]! & 255;
          out[pos++] = s[i]! >> 8;
        }
      } else for (let i = textAt + begin; i < textAt + n - end; i++) out[pos++] = s[i]!;
    }
    this.pos = pos;
    w[lastRow + NEXT] = block;
    w[row + LAST_TYPE] = updateType;
    w[row + LAST_NEWLINE] = newline;
    this.lastBlock = block;
    this.lastTick = tick;
    if (echo === ECHO_SAME) return;
    w[row + SPAN_BEGIN] = begin;
    if (next) return; // the shared end and the block's last text are this one's already
    w[row + SPAN_END] = end;
    // the block's last text becomes this one: the changed units in place, or all of it when its
    // length changed (in new room when it does not fit)
    if (n === ln) for (let i = begin; i < n - end; i++) a[at + i] = s[textAt + i]!;
    else {
      if (n > w[row + ROOM]!) {
        const room = (Math.max(n, 2 * w[row + ROOM]!, 16) + 3) & ~3;
        if (this.arenaTop + room > a.length) {
          const [grown, grownWords] = unitsAndWords(Math.max(2 * a.length, this.arenaTop + room));
          grown.set(a);
          this.arena = a = grown;
          this.arenaWords = grownWords;
        }
        w[row + AT] = at = this.arenaTop;
        w[row + ROOM] = room;
        this.arenaTop += room;
      }
      for (let i = 0; i < n; i++) a[at + i] = s[textAt + i]!;
      w[row + LENGTH] = n;
    }
  }

  /** Bytes the encoded runs keep (since the last read). */
  get keptBytes(): number {
    let total = this.chunk < 0 ? 0 : this.pos;
    for (let c = 0; c < this.chunk; c++) total += this.used[c]!;
    return total;
  }

  /** Decodes the next run (after `flush`, in the order they were added) into tick, block, ... */
  readRun(): void {
    let out = this.chunks[this.readChunk]!;
    let pos = this.readPos;
    if (pos === (this.readChunk < this.used.length ? this.used[this.readChunk]! : -1)) {
      out = this.chunks[++this.readChunk]!;
      pos = 0;
    }
    const tag = out[pos++]!;
    let r = this.readTable;
    const lastRow = (this.readBlock + 1) * ROW;
    let block: number;
    if (tag & BLOCK) {
      block = readVarint(out, pos);
      pos = varintEnd;
    } else block = r[lastRow + NEXT]!;
    r = this.readTable = withRow(r, block);
    const row = (block + 1) * ROW;
    let updateType: number;
    if (tag & TYPE) {
      updateType = readVarint(out, pos);
      pos = varintEnd;
    } else updateType = r[row + LAST_TYPE]!;
    const t = tag & TICK;
    let tick = this.readTickValue;
    if (t === TICK_NEXT) tick++;
    else if (t !== TICK_SAME) {
      const v = readVarint(out, pos);
      pos = varintEnd;
      tick = t === TICK_STEP ? tick + v : v;
    }
    const more = tag & MORE ? out[pos++]! : 0;
    const newline = r[row + LAST_NEWLINE]! ^ (more & NEWLINE ? 1 : 0);
    while (block >= this.lastRead.length) this.lastRead.push("");
    const last = this.lastRead[block]!;
    const echo = tag & ECHO;
    let text = last;
    if (echo !== ECHO_SAME) {
      let n = last.length;
      let begin: number;
      let end: number;
      if (echo === ECHO_AGAIN) {
        begin = r[row + SPAN_BEGIN]!;
        end = r[row + SPAN_END]!;
      } else if (echo === ECHO_NEXT) {
        end = r[row + SPAN_END]!;
        begin = n - end - 1;
        r[row + SPAN_BEGIN] = begin;
      } else {
        if (echo !== ECHO_EDIT) {
          n = readVarint(out, pos);
          pos = varintEnd;
        }
        begin = readVarint(out, pos);
        end = readVarint(out, varintEnd);
        pos = varintEnd;
        r[row + SPAN_BEGIN] = begin;
        r[row + SPAN_END] = end;
      }
      const changed = n - begin - end;
      let middle: string;
      if (echo === ECHO_NEXT) middle = String.fromCharCode(last.charCodeAt(begin) + 1);
      else if (echo === ECHO_WIDE) {
        const units = new Uint16Array(changed);
        for (let i = 0; i < changed; i++) units[i] = out[pos + 2 * i]! + 256 * out[pos + 2 * i + 1]!;
        middle = fromCodes(units, 0, changed);
        pos += 2 * changed;
      } else {
        middle = fromCodes(out, pos, changed);
        pos += changed;
      }
      text = last.slice(0, begin) + middle + last.slice(last.length - end);
      this.lastRead[block] = text;
    }
    r[lastRow + NEXT] = block;
    r[row + LAST_TYPE] = updateType;
    r[row + LAST_NEWLINE] = newline;
    this.readBlock = block;
    this.readTickValue = tick;
    this.readPos = pos;
    this.tick = tick;
    this.block = block;
    this.updateType = updateType;
    this.argument = more & ARGUMENT ? this.args[this.readArg++]! : "";
    this.newline = newline !== 0;
    this.echo = text;
  }

  /** Every encoded run was read: the first chunk is kept for the next runs (a reader that reads
   *  every tick, as the live view and the failover harness do, would otherwise allocate one every
   *  tick). */
  endRead(): void {
    this.chunks.length = Math.min(this.chunks.length, 1);
    this.used = [];
    this.chunk = -1;
    this.pos = 0;
    this.readChunk = 0;
    this.readPos = 0;
    this.args = [];
    this.readArg = 0;
  }
}

/** 1 when units `from` to `to` (not included) of `s` hold "role" in any case, else 0.
 *  `c | 32` is the lower case of "r", "o", "l", "e" and no other code unit maps there. */
function holdsRole(s: Uint16Array, from: number, to: number): number {
  for (let p = from; p + 4 <= to; p++) {
    if ((s[p + 2]! | 32) === 108 && (s[p]! | 32) === 114 && (s[p + 1]! | 32) === 111 && (s[p + 3]! | 32) === 101) return 1;
  }
  return 0;
}

/** Whether units `from` to `to` (not included) of `s` hold a letter of "role" in any case. */
function roleLetterIn(s: Uint16Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = s[p]! | 32;
    if (c === 114 || c === 111 || c === 108 || c === 101) return true;
  }
  return false;
}

/** Writes `v` (0 <= v < 2^31) as a varint (7 bits a byte, low first) at `pos`; returns the next position. */
function varint(out: Uint8Array, pos: number, v: number): number {
  while (v >= 128) {
    out[pos++] = (v & 127) | 128;
    v >>>= 7;
  }
  out[pos++] = v;
  return pos;
}

/** Where the last readVarint ended (a second return value without an allocation). */
let varintEnd = 0;
function readVarint(src: Uint8Array, pos: number): number {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = src[pos++]!;
    v += (b & 127) * 2 ** shift;
    if (b < 128) break;
    shift += 7;
  }
  varintEnd = pos;
  return v;
}

/** The text of `count` code units of `chars` from `at`. */
function fromCodes(chars: Uint8Array | Uint16Array, at: number, count: number): string {
  let text = "";
  for (let k = 0; k < count; k += FROM_CODES) text += String.fromCharCode.apply(null, chars.subarray(at + k, at + Math.min(count, k + FROM_CODES)) as unknown as number[]);
  return text;
}

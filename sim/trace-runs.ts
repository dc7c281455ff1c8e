// The "run" events of a trace (sim/trace.ts), kept as bytes: a run is queued as it happens, and every
// BATCH runs are encoded into Uint8Array chunks outside the collector's heap, each run as what it
// changed of what came before. Reading decodes them in the same order.
//
// Speed (issue 17): what a traced run keeps is new memory, and on this machine each new byte cost
// about 5 ns (page faults; session 10). Session 13 kept 8 bytes of columns a run (Int32 slots) and
// the Echo text's change as 16-bit units (a 2-unit header and the changed units): 12 bytes a run
// for the bench's script, whose text ("Runs: <n> last 16.6666 ms") changes a digit or two a run.
// Now a usual run keeps a tag byte and its text's change (shared beginning and end as one byte each
// when below 128, the changed characters as one byte each when all are below 256): 4-5 bytes.
//
// A run's record: the tag, then what the tag says follows, in this order:
//   BLOCK     the block is not the one that followed the last run's block last time: varint block
//   TYPE      the update type is not the block's last one: varint type
//   tick      TICK_SAME (the last run's tick), TICK_NEXT (+1), TICK_STEP (varint step forward) or
//             TICK_AT (varint tick)
//   ARGUMENT  the argument is the next one of the stream's list (not "")
//   NEWLINE   a newline follows the Echo text
//   echo      ECHO_SAME (the block's last text), ECHO_EDIT (as long as the block's last text: varint
//             shared beginning, varint shared end, the bytes between, Latin-1), ECHO_NEW (varint
//             length, beginning, end, the bytes between) or ECHO_WIDE (the same, the code units
//             between as two bytes each, low first)
// Comparing the texts charCodeAt by charCodeAt in the run cost more than the memory it saved
// (session 13: every charCodeAt checks what kind of string it reads): the batch's texts are joined
// (one native copy) and written as UTF-16 code units into a scratch array (Buffer.write, native),
// and the comparison runs over typed arrays, each block's last text kept as code units (`arena`).

/** Runs queued before they are encoded (a read encodes the ones queued so far). */
const BATCH = 256;
/** Bytes per kept chunk (a record that needs more gets a chunk of its own size). */
const CHUNK = 1 << 16;
/** Bytes a record takes at most besides its changed characters (the tag and six varints). */
const HEAD = 31;

const BLOCK = 1;
const TYPE = 2;
const TICK_SAME = 0;
const TICK_NEXT = 4;
const TICK_STEP = 8;
const TICK_AT = 12;
const TICK = 12;
const ARGUMENT = 16;
const NEWLINE = 32;
const ECHO_SAME = 0;
const ECHO_EDIT = 64;
const ECHO_NEW = 128;
const ECHO_WIDE = 192;
const ECHO = 192;

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

/** What a reader of the stream needs of one block (also the writer's view of its last run). */
interface Blocks {
  /** The block that followed each block's run last time (index block + 1; index 0: the first run). */
  next: number[];
  type: number[];
}

function grow(b: Blocks, block: number): void {
  while (block + 1 >= b.next.length) b.next.push(-1);
  while (block >= b.type.length) b.type.push(-1);
}

export class RunStream {
  // ---- the queue: runs not encoded yet
  private readonly texts: string[] = new Array<string>(BATCH).fill("");
  /** Per queued run: tick, block, update type, flags (ARGUMENT, NEWLINE). */
  private readonly queue = new Int32Array(4 * BATCH);
  private queued = 0;
  /** Arguments other than "" since the last read, in order. */
  private args: string[] = [];
  /** The queued texts' code units. */
  private scratchBytes = Buffer.allocUnsafeSlow(0);
  private scratch = new Uint16Array(0);

  // ---- the writer: each block's last text as code units in `arena` (where, length, room)
  private arena = new Uint16Array(1024);
  private arenaTop = 0;
  private readonly lastAt: number[] = [];
  private readonly lastLength: number[] = [];
  private readonly lastRoom: number[] = [];
  private readonly written: Blocks = { next: [], type: [] };
  private lastBlock = -1;
  private lastTick = 0;
  /** The kept chunks since the last read, the bytes used of each full one, the current one, its next byte. */
  private chunks: Uint8Array[] = [];
  private used: number[] = [];
  private chunk = -1;
  private pos = 0;

  // ---- the reader
  private readonly lastRead: string[] = [];
  private readonly read: Blocks = { next: [], type: [] };
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

  /** Encodes the queued runs, in order. */
  flush(): void {
    const count = this.queued;
    if (count === 0) return;
    const texts = this.texts;
    if (count < BATCH) texts.fill("", count); // a read in the middle of a batch: older texts stay out
    const joined = texts.join("");
    const total = joined.length;
    if (total > this.scratch.length) {
      this.scratchBytes = Buffer.allocUnsafeSlow(4 * total);
      this.scratch = new Uint16Array(this.scratchBytes.buffer, this.scratchBytes.byteOffset, 2 * total);
    }
    if (LITTLE_ENDIAN) this.scratchBytes.write(joined, 0, 2 * total, "utf16le");
    else for (let i = 0; i < total; i++) this.scratch[i] = joined.charCodeAt(i);
    let textAt = 0;
    const q = this.queue;
    for (let k = 0; k < count; k++) {
      const n = texts[k]!.length;
      this.encode(q[4 * k]!, q[4 * k + 1]!, q[4 * k + 2]!, q[4 * k + 3]!, textAt, n);
      textAt += n;
    }
    texts.fill("", 0, count);
    this.queued = 0;
  }

  /** One run's record; its text is the `n` code units at `textAt` of the scratch array. */
  private encode(tick: number, block: number, updateType: number, flags: number, textAt: number, n: number): void {
    const w = this.written;
    grow(w, block);
    while (block >= this.lastAt.length) {
      this.lastAt.push(0);
      this.lastLength.push(0);
      this.lastRoom.push(0);
    }
    const s = this.scratch;
    let a = this.arena;
    let at = this.lastAt[block]!;
    const ln = this.lastLength[block]!;
    const both = n < ln ? n : ln;
    let begin = 0;
    while (begin < both && s[textAt + begin] === a[at + begin]) begin++;
    let end = 0;
    if (begin !== n || n !== ln) while (end < both - begin && s[textAt + n - 1 - end] === a[at + ln - 1 - end]) end++;
    const changed = n - begin - end;
    let tag = flags;
    let echo = ECHO_SAME;
    if (begin !== n || n !== ln) {
      echo = n === ln ? ECHO_EDIT : ECHO_NEW;
      for (let i = textAt + begin; i < textAt + n - end; i++) {
        if (s[i]! > 255) {
          echo = ECHO_WIDE;
          break;
        }
      }
    }
    tag += echo;
    if (w.next[this.lastBlock + 1] !== block) tag += BLOCK;
    if (w.type[block] !== updateType) tag += TYPE;
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
    if (echo !== ECHO_SAME) {
      if (echo !== ECHO_EDIT) pos = varint(out, pos, n);
      pos = varint(out, pos, begin);
      pos = varint(out, pos, end);
      if (echo === ECHO_WIDE) {
        for (let i = textAt + begin; i < textAt + n - end; i++) {
          out[pos++] = s[i]! & 255;
          out[pos++] = s[i]! >> 8;
        }
      } else for (let i = textAt + begin; i < textAt + n - end; i++) out[pos++] = s[i]!;
    }
    this.pos = pos;
    w.next[this.lastBlock + 1] = block;
    w.type[block] = updateType;
    this.lastBlock = block;
    this.lastTick = tick;
    if (echo === ECHO_SAME) return;
    // the block's last text becomes this one: the changed units in place, or all of it when its
    // length changed (in new room when it does not fit)
    if (n === ln) for (let i = begin; i < n - end; i++) a[at + i] = s[textAt + i]!;
    else {
      if (n > this.lastRoom[block]!) {
        const room = Math.max(n, 2 * this.lastRoom[block]!, 16);
        if (this.arenaTop + room > a.length) {
          const grown = new Uint16Array(Math.max(2 * a.length, this.arenaTop + room));
          grown.set(a);
          this.arena = a = grown;
        }
        this.lastAt[block] = at = this.arenaTop;
        this.lastRoom[block] = room;
        this.arenaTop += room;
      }
      for (let i = 0; i < n; i++) a[at + i] = s[textAt + i]!;
      this.lastLength[block] = n;
    }
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
    const r = this.read;
    let block: number;
    if (tag & BLOCK) {
      block = readVarint(out, pos);
      pos = varintEnd;
    } else block = r.next[this.readBlock + 1]!;
    grow(r, block);
    let updateType: number;
    if (tag & TYPE) {
      updateType = readVarint(out, pos);
      pos = varintEnd;
    } else updateType = r.type[block]!;
    const t = tag & TICK;
    let tick = this.readTickValue;
    if (t === TICK_NEXT) tick++;
    else if (t !== TICK_SAME) {
      const v = readVarint(out, pos);
      pos = varintEnd;
      tick = t === TICK_STEP ? tick + v : v;
    }
    while (block >= this.lastRead.length) this.lastRead.push("");
    const last = this.lastRead[block]!;
    const echo = tag & ECHO;
    let text = last;
    if (echo !== ECHO_SAME) {
      let n = last.length;
      if (echo !== ECHO_EDIT) {
        n = readVarint(out, pos);
        pos = varintEnd;
      }
      const begin = readVarint(out, pos);
      const end = readVarint(out, varintEnd);
      pos = varintEnd;
      const changed = n - begin - end;
      let middle: string;
      if (echo === ECHO_WIDE) {
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
    r.next[this.readBlock + 1] = block;
    r.type[block] = updateType;
    this.readBlock = block;
    this.readTickValue = tick;
    this.readPos = pos;
    this.tick = tick;
    this.block = block;
    this.updateType = updateType;
    this.argument = tag & ARGUMENT ? this.args[this.readArg++]! : "";
    this.newline = (tag & NEWLINE) !== 0;
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

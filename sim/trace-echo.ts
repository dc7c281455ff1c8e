// The Echo texts of a trace's runs (sim/trace.ts), kept as what each one changed of its block's last
// text: the lengths of the beginning and the end the two share and the UTF-16 code units between
// them, in Uint16Array chunks outside the collector's heap. A script that echoes a counter changes a
// character or two a run; kept whole (session 12: strings joined 256 runs at a time) a text cost
// 27-45 bytes a run, each kept string copied twice by the collector on its way to the old generation.
//
// Speed (issue 17, session 13): comparing texts charCodeAt by charCodeAt in the run cost more than
// the memory it saved (every charCodeAt checks what kind of string it reads). So a run only queues
// its text; every BATCH texts are joined (one native copy) and written as code units into a scratch
// array (Buffer.write, native), and the comparison runs over typed arrays: each block's last text is
// kept as code units too (`arena`). A text the same as its block's last one keeps nothing: the trace
// marks its run SAME (`sameRuns`).

/** Texts queued before they are compared (a read compares the ones queued so far). */
const BATCH = 256;
/** Code units per kept chunk. A text's part (a header of one or two units and at most the text's
 *  length of characters) starts a new chunk when 2 + the text's length do not fit. */
const CHARS = 1 << 15;
/** A one-unit header: SHORT + shared beginning * 256 + shared end (beginning < 128, end < 256);
 *  else two units, the beginning (below SHORT: a text is shorter than 32,768) and the end. */
const SHORT = 0x8000;
/** Characters rebuilt per String.fromCharCode call when a text is read. */
const FROM_CODES = 4096;
/** Buffer.write(..., "utf16le") gives the code units of a Uint16Array on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Uninitialized memory (Buffer.allocUnsafeSlow: no pass of zeroes before the writes, whose page
 *  faults are the cost); only what was written is read. */
function units(count: number): Uint16Array {
  const bytes = Buffer.allocUnsafeSlow(2 * count);
  return new Uint16Array(bytes.buffer, bytes.byteOffset, count);
}

export class EchoStream {
  /** Queued texts, their blocks and the runs they belong to (the trace's run numbers). */
  private readonly texts: string[] = new Array<string>(BATCH).fill("");
  private readonly blocks = new Int32Array(BATCH);
  private readonly runs = new Int32Array(BATCH);
  private queued = 0;
  /** The runs of the last comparison whose text was its block's last one (and not ""). */
  readonly sameRuns = new Int32Array(BATCH);
  sameCount = 0;
  /** The queued texts' code units. */
  private scratchBytes = Buffer.allocUnsafeSlow(0);
  private scratch = new Uint16Array(0);
  /** Each block's last compared text, as code units in `arena`: where, its length, its room. */
  private arena = new Uint16Array(1024);
  private arenaTop = 0;
  private readonly lastAt: number[] = [];
  private readonly lastLength: number[] = [];
  private readonly lastRoom: number[] = [];
  /** The kept parts since the last read: chunks, the current one, its next unit. */
  private chunks: Uint16Array[] = [];
  private chunk = -1;
  private unit = CHARS;
  /** Reading: each block's last rebuilt text, the chunk and unit read next. */
  private readonly lastRead: string[] = [];
  private readChunk = -1;
  private readUnit = CHARS;

  /** Queues block `block`'s text of run `run`; true when the batch is full (call `compare`). */
  add(block: number, text: string, run: number): boolean {
    const k = this.queued;
    this.texts[k] = text;
    this.blocks[k] = block;
    this.runs[k] = run;
    this.queued = k + 1;
    return k + 1 === BATCH;
  }

  /** Compares the queued texts with their blocks' last ones, in order, and keeps what changed; the
   *  runs whose text was the same are then in `sameRuns`. */
  compare(): void {
    const count = this.queued;
    this.sameCount = 0;
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
    let pos = 0;
    for (let k = 0; k < count; k++) {
      const n = texts[k]!.length;
      if (this.keep(this.blocks[k]!, pos, n)) this.sameRuns[this.sameCount++] = this.runs[k]!;
      pos += n;
    }
    this.queued = 0;
  }

  /** The text of `n` units at `pos` of the scratch array is block `block`'s new one: keeps what
   *  changed; true when nothing did (and the text is not ""). */
  private keep(block: number, pos: number, n: number): boolean {
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
    while (begin < both && s[pos + begin] === a[at + begin]) begin++;
    if (begin === n && n === ln) return n !== 0;
    let end = 0;
    while (end < both - begin && s[pos + n - 1 - end] === a[at + ln - 1 - end]) end++;
    if (n !== 0) {
      let unit = this.unit;
      if (unit + 2 + n > CHARS) {
        if (++this.chunk === this.chunks.length) this.chunks.push(units(CHARS));
        unit = 0;
      }
      const chunk = this.chunks[this.chunk]!;
      if (begin < 128 && end < 256) chunk[unit++] = SHORT + begin * 256 + end;
      else {
        chunk[unit++] = begin;
        chunk[unit++] = end;
      }
      for (let i = pos + begin; i < pos + n - end; i++) chunk[unit++] = s[i]!;
      this.unit = unit;
    }
    // the block's last text becomes this one: the changed units in place, or all of it when its
    // length changed (in new room when it does not fit)
    if (n === ln) for (let i = begin; i < n - end; i++) a[at + i] = s[pos + i]!;
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
      for (let i = 0; i < n; i++) a[at + i] = s[pos + i]!;
      this.lastLength[block] = n;
    }
    return false;
  }

  /** The next run's text when reading (after `compare`), in the order they were added: `code` is the
   *  run's Echo length, or `same` when it was its block's last text. */
  read(block: number, code: number, same: number): string {
    while (block >= this.lastRead.length) this.lastRead.push("");
    if (code === same) return this.lastRead[block]!;
    let text = "";
    if (code !== 0) {
      let unit = this.readUnit;
      if (unit + 2 + code > CHARS) {
        this.readChunk++;
        unit = 0;
      }
      const chunk = this.chunks[this.readChunk]!;
      const head = chunk[unit++]!;
      const begin = head >= SHORT ? (head - SHORT) >> 8 : head;
      const end = head >= SHORT ? head & 255 : chunk[unit++]!;
      const last = this.lastRead[block]!;
      text = last.slice(0, begin) + fromCodes(chunk, unit, code - begin - end) + last.slice(last.length - end);
      this.readUnit = unit + code - begin - end;
    }
    this.lastRead[block] = text;
    return text;
  }

  /** Every kept part was read: the first chunk is kept for the next runs (a reader that reads every
   *  tick, as the live view and the failover harness do, would otherwise allocate one every tick). */
  endRead(): void {
    this.chunks.length = Math.min(this.chunks.length, 1);
    this.chunk = this.readChunk = -1;
    this.unit = this.readUnit = CHARS;
  }
}

/** The text of `count` code units of `chars` from `at`. */
function fromCodes(chars: Uint16Array, at: number, count: number): string {
  let text = "";
  for (let k = 0; k < count; k += FROM_CODES) text += String.fromCharCode.apply(null, chars.subarray(at + k, at + Math.min(count, k + FROM_CODES)) as unknown as number[]);
  return text;
}

// Echo output of one PB (se-api-facts "Echo and DetailedInfo"): cleared at the start of each run,
// each Echo call adds its text and a newline, and the buffer keeps only the newest 8,000 characters
// (the oldest text is trimmed, as the game does).
// Speed (issue 17): the newest message waits for its newline until the text is read (a traced run,
// the role hook, DetailedInfo), so a run whose Echo nobody reads allocates nothing here. Trimming
// keeps a suffix, so trimming once when the text is read gives the same text as after every call.
export const ECHO_MAX_LENGTH = 8000;

export class EchoBuffer {
  /** The text before `last`, newlines included. */
  private text = "";
  /** The newest message (already converted to text), its newline not yet added; null: none. */
  private last: string | null = null;
  clear(): void {
    this.text = "";
    this.last = null;
  }
  append(message: unknown): void {
    if (this.last !== null) this.flush();
    // a string as it is (most calls): String() is a call V8 does not skip
    this.last = typeof message === "string" ? message : message === null || message === undefined ? "" : String(message);
  }
  get value(): string {
    if (this.last !== null) this.flush();
    return this.text;
  }
  /** A text with the same lines as `value` (the role hook's): after one Echo call, the message
   *  itself (its newline ends no line a search can tell apart), so no new string is made. */
  get lines(): string {
    if (this.text === "" && this.last !== null && this.last.length < ECHO_MAX_LENGTH) return this.last;
    return this.value;
  }
  /** Whether `value` is `lines` and a newline (one Echo call, its newline not added yet); when not,
   *  they are the same text. The trace keeps `lines` and this (no string made for the newline). */
  get newlineAfterLines(): boolean {
    return this.text === "" && this.last !== null && this.last.length < ECHO_MAX_LENGTH;
  }
  private flush(): void {
    this.text += this.last + "\n";
    this.last = null;
    if (this.text.length > ECHO_MAX_LENGTH) this.text = this.text.slice(this.text.length - ECHO_MAX_LENGTH);
  }
}

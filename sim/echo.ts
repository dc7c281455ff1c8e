// Echo output of one PB (se-api-facts "Echo and DetailedInfo"): cleared at the start of each run,
// each Echo call adds its text and a newline, and the buffer keeps only the newest 8,000 characters
// (the oldest text is trimmed, as the game does).
export const ECHO_MAX_LENGTH = 8000;

export class EchoBuffer {
  private text = "";
  clear(): void {
    this.text = "";
  }
  append(message: unknown): void {
    this.text += (message === null || message === undefined ? "" : String(message)) + "\n";
    if (this.text.length > ECHO_MAX_LENGTH) this.text = this.text.slice(this.text.length - ECHO_MAX_LENGTH);
  }
  get value(): string {
    return this.text;
  }
}

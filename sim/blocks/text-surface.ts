// A text surface: an LCD panel's face or a PB's own screen (IMyTextSurface basics).
import { ContentType, type IMyTextSurface, type StringBuilder } from "pbts/se";
import { fillUnmodelled } from "./unmodelled.ts";

export interface SimTextSurface extends IMyTextSurface {}
export class SimTextSurface implements IMyTextSurface {
  readonly interfaces: ReadonlySet<string> = new Set(["IMyTextSurface"]);
  ContentType: ContentType = ContentType.NONE;
  FontSize = 1;
  Font = "Debug";
  private text = "";
  constructor(
    readonly Name: string,
    readonly DisplayName: string,
    /** Called when the text changes (the owner traces a "text" event). */
    private readonly onText?: (text: string) => void,
  ) {
    fillUnmodelled(this, this.interfaces);
  }
  WriteText(value: string | StringBuilder, append = false): boolean {
    const v = value === null || value === undefined ? "" : typeof value === "string" ? value : value.ToString();
    const next = append ? this.text + v : v;
    if (next !== this.text) {
      this.text = next;
      this.onText?.(next);
    }
    return true;
  }
  GetText(): string {
    return this.text;
  }
  ReadText(buffer: StringBuilder, append = false): void {
    if (!append) buffer.Clear();
    buffer.Append(this.text);
  }
}

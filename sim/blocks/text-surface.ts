// A text surface: an LCD panel's face or a PB's own screen (IMyTextSurface basics).
import { ContentType, type IMyTextSurface, type StringBuilder } from "pbts/se";

export class SimTextSurface implements IMyTextSurface {
  ContentType: ContentType = ContentType.NONE;
  FontSize = 1;
  Font = "Debug";
  private text = "";
  constructor(
    readonly Name: string,
    readonly DisplayName: string,
  ) {}
  WriteText(value: string, append = false): boolean {
    this.text = append ? this.text + (value ?? "") : (value ?? "");
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

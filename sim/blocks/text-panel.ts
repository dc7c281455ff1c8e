// An LCD panel (IMyTextPanel): a functional block that is itself a text surface.
import type { IMyTextPanel, StringBuilder } from "pbts/se";
import { ContentType } from "pbts/se";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";
import { SimBlock, interfaceSet, type BlockOptions } from "./block.ts";
import { SimTextSurface } from "./text-surface.ts";

export interface SimTextPanel extends IMyTextPanel {}
export class SimTextPanel extends SimBlock implements IMyTextPanel {
  readonly interfaces = interfaceSet("IMyTextPanel", "IMyTextSurface");
  readonly DefinitionDisplayNameText = "LCD Panel";
  private readonly surface = new SimTextSurface("Large Display", "Large Display", (text) => this.world.onTextChanged(this, null, text));
  constructor(world: World, key: string, grid: SimGrid, entityId: number, opts: BlockOptions) {
    super(world, key, grid, entityId, opts);
  }
  override get Name(): string {
    return this.surface.Name;
  }
  get ContentType(): ContentType {
    return this.surface.ContentType;
  }
  set ContentType(v: ContentType) {
    this.surface.ContentType = v;
  }
  get FontSize(): number {
    return this.surface.FontSize;
  }
  set FontSize(v: number) {
    this.surface.FontSize = v;
  }
  get Font(): string {
    return this.surface.Font;
  }
  set Font(v: string) {
    this.surface.Font = v;
  }
  WriteText(value: string | StringBuilder, append = false): boolean {
    return this.surface.WriteText(value, append);
  }
  GetText(): string {
    return this.surface.GetText();
  }
  ReadText(buffer: StringBuilder, append = false): void {
    this.surface.ReadText(buffer, append);
  }
  protected override saveExtra(): unknown {
    return this.surface.GetText();
  }
  protected override restoreExtra(extra: unknown): void {
    this.surface.WriteText(typeof extra === "string" ? extra : "");
  }
}

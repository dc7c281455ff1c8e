// An LCD panel (IMyTextPanel): a functional block that is itself a text surface (text-surface.ts):
// every IMyTextSurface member is its surface's. Wide LCDs have a 1024x512 surface, others 512x512.
import type { IMyTextPanel } from "pbts/se";
import type { SimGrid } from "../grid.ts";
import type { World } from "../world.ts";
import { SimBlock, interfaceSet, type BlockOptions } from "./block.ts";
import { SURFACE_MEMBERS, SimTextSurface } from "./text-surface.ts";

export interface SimTextPanel extends IMyTextPanel {}
export class SimTextPanel extends SimBlock implements IMyTextPanel {
  readonly interfaces = interfaceSet("IMyTextPanel", "IMyTextSurface");
  readonly DefinitionDisplayNameText = "LCD Panel";
  /** The panel's face (the C# engine's PanelProxy forwards its IMyTextSurface members to it). */
  readonly Surface: SimTextSurface;
  constructor(world: World, key: string, grid: SimGrid, entityId: number, opts: BlockOptions & { subtype?: string }) {
    super(world, key, grid, entityId, opts);
    const wide = /Wide/i.test(opts.subtype ?? "");
    this.Surface = new SimTextSurface("Large Display", "Large Display", world.surfaceEvents(this, null), wide ? [1024, 512] : [512, 512]);
    for (const name of SURFACE_MEMBERS) {
      const desc = Object.getOwnPropertyDescriptor(this.Surface, name) ?? Object.getOwnPropertyDescriptor(SimTextSurface.prototype, name); // settings: prototype accessors
      if (desc && (desc.get || desc.set)) {
        Object.defineProperty(this, name, { configurable: true, get: () => (this.Surface as unknown as Record<string, unknown>)[name], set: (v: unknown) => ((this.Surface as unknown as Record<string, unknown>)[name] = v) });
      } else {
        Object.defineProperty(this, name, {
          configurable: true,
          get: () => {
            const v = (this.Surface as unknown as Record<string, unknown>)[name];
            return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(this.Surface) : v;
          },
        });
      }
    }
  }
  override get Name(): string {
    return this.Surface.Name;
  }
  // IMyTextSurfaceProvider and IMyUpgradableBlock (terminal.dat lists both for TextPanel): one surface, the face.
  get SurfaceCount(): number {
    return 1;
  }
  get UseGenericLcd(): boolean {
    return false;
  }
  GetSurface(index: number): SimTextSurface {
    return (index === 0 ? this.Surface : null) as SimTextSurface;
  }
  get UpgradeCount(): number {
    return 0;
  }
  /** The public title is the `Title` terminal property (a stored value: traced when it changes). */
  GetPublicTitle(): string {
    return (this.readTerminal("Title") as { ToString(): string }).ToString();
  }
  WritePublicTitle(value: string, append = false): boolean {
    this.writeTerminal("Title", (append ? this.GetPublicTitle() : "") + (value ?? ""));
    return true;
  }
  /** The face is what the screen's terminal properties (FontSize, Content...) set. */
  override terminalSurface(): SimTextSurface {
    return this.Surface;
  }
  protected override saveExtra(): unknown {
    return { surface: this.Surface.save() };
  }
  protected override restoreExtra(extra: unknown): void {
    const e = extra as { surface: unknown };
    this.Surface.restore(e.surface);
  }
}

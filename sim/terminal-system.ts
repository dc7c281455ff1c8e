// GridTerminalSystem of one PB (se-api-facts "Blocks and GridTerminalSystem").
// Scope: the blocks of the PB's connected group (grids joined by rotors, pistons and connectors),
// not destroyed, and accessible to the PB's owner (same owner or unowned). It is evaluated at call
// time, so a grid split or a destroyed block is seen by the very next call. Lists are cleared
// before they are filled. Block type filtering uses the interface names each SimBlock declares.
import type { BlockType, IMyBlockGroup, IMyGridTerminalSystem, IMyTerminalBlock } from "pbts/se";
import type { SimBlock } from "./blocks/block.ts";
import type { SimProgrammableBlock } from "./blocks/programmable.ts";
import type { World } from "./world.ts";
import { fillUnmodelled } from "./blocks/unmodelled.ts";

/** A named block group as the scenario defines it (groups are world-wide; scope filters them). */
export interface BlockGroupDef {
  name: string;
  blocks: SimBlock[];
}

export interface SimBlockGroup extends IMyBlockGroup {}
export class SimBlockGroup implements IMyBlockGroup {
  readonly interfaces: ReadonlySet<string> = new Set(["IMyBlockGroup"]);
  constructor(
    readonly Name: string,
    private readonly blocks: SimBlock[],
  ) {
    fillUnmodelled(this, this.interfaces);
  }
  GetBlocks(list: IMyTerminalBlock[], collect?: (block: IMyTerminalBlock) => boolean): void {
    list.length = 0;
    for (const b of this.blocks) if (!collect || collect(b)) list.push(b);
  }
  GetBlocksOfType<T>(type: BlockType<T>, blocks: T[], collect?: (block: T) => boolean): void {
    blocks.length = 0;
    for (const b of this.blocks) {
      if (!b.interfaces.has(type.name)) continue;
      const t = b as unknown as T;
      if (!collect || collect(t)) blocks.push(t);
    }
  }
}

export interface SimGridTerminalSystem extends IMyGridTerminalSystem {}
export class SimGridTerminalSystem implements IMyGridTerminalSystem {
  readonly interfaces: ReadonlySet<string> = new Set(["IMyGridTerminalSystem"]);
  constructor(
    private readonly world: World,
    private readonly pb: SimProgrammableBlock,
  ) {
    fillUnmodelled(this, this.interfaces);
  }

  private scope(): readonly SimBlock[] {
    return this.world.blocksVisibleFrom(this.pb);
  }

  GetBlocks(blocks: IMyTerminalBlock[]): void {
    blocks.length = 0;
    for (const b of this.scope()) blocks.push(b);
  }
  GetBlocksOfType<T>(type: BlockType<T>, blocks: T[], collect?: (block: T) => boolean): void {
    blocks.length = 0;
    const name = type.name;
    for (const b of this.scope()) {
      if (!b.interfaces.has(name)) continue;
      const t = b as unknown as T;
      if (!collect || collect(t)) blocks.push(t);
    }
  }
  GetBlockWithName(name: string): IMyTerminalBlock | null {
    for (const b of this.scope()) if (b.CustomName === name) return b;
    return null;
  }
  GetBlockWithId(id: number): IMyTerminalBlock | null {
    for (const b of this.scope()) if (b.EntityId === id) return b;
    return null;
  }
  SearchBlocksOfName(name: string, blocks: IMyTerminalBlock[], collect?: (block: IMyTerminalBlock) => boolean): void {
    blocks.length = 0;
    const needle = (name ?? "").toLowerCase();
    for (const b of this.scope()) if (b.CustomName.toLowerCase().includes(needle) && (!collect || collect(b))) blocks.push(b);
  }
  GetBlockGroups(blockGroups: IMyBlockGroup[], collect?: (group: IMyBlockGroup) => boolean): void {
    blockGroups.length = 0;
    for (const g of this.groups()) if (!collect || collect(g)) blockGroups.push(g);
  }
  GetBlockGroupWithName(name: string): IMyBlockGroup | null {
    for (const g of this.groups()) if (g.Name === name) return g;
    return null;
  }
  /** Groups with at least one block in scope, holding only their blocks in scope. */
  private groups(): SimBlockGroup[] {
    const scope = new Set(this.scope());
    const out: SimBlockGroup[] = [];
    for (const g of this.world.groups) {
      const inScope = g.blocks.filter((b) => scope.has(b));
      if (inScope.length) out.push(new SimBlockGroup(g.name, inScope));
    }
    return out;
  }
}

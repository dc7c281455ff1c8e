// IMySlimBlock: what IMyCubeGrid.GetCubeBlock returns for a cell of a block. The simulator's blocks are
// terminal blocks (armour and other blocks without a terminal are not in scenarios), so every slim
// block has its FatBlock. Modelled: FatBlock, CubeGrid, Position, IsDestroyed, OwnerId, BlockDefinition. Integrity,
// damage, mass, build stockpile and components come from block definitions the reference does not
// hold (and the simulator's damage is a functional/not-functional switch): they throw "not modelled".
import type { IMyCubeBlock, IMyCubeGrid, IMySlimBlock, Vector3I } from "pbts/se";
import type { SerializableDefinitionId } from "../../compiler/se/values/items.ts";
import { fillUnmodelled } from "./unmodelled.ts";
import type { SimBlock } from "./block.ts";

export interface SimSlimBlock extends IMySlimBlock {}
export class SimSlimBlock {
  constructor(private readonly block: SimBlock) {
    fillUnmodelled(this, ["IMySlimBlock"]);
  }
  get FatBlock(): IMyCubeBlock {
    return this.block as unknown as IMyCubeBlock;
  }
  get CubeGrid(): IMyCubeGrid {
    return this.block.grid;
  }
  get Position(): Vector3I {
    return this.block.Position;
  }
  get IsDestroyed(): boolean {
    return this.block.Closed;
  }
  get BlockDefinition(): SerializableDefinitionId {
    return this.block.BlockDefinition;
  }
  get OwnerId(): number {
    return this.block.OwnerId;
  }
}

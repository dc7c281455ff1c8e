// IMySearchEnemyComponent: a combat block's enemy search (offensive and defensive combat blocks).
// Nothing is ever found in the simulator (no enemies): FoundEnemyId is null; TargetingLockOptions is
// stored, default Enemy (what a combat block locks on to out of the box).
import { MyGridTargetingRelationFiltering, type IMySearchEnemyComponent } from "pbts/se";
import { fillUnmodelled } from "./unmodelled.ts";

export interface SimSearchEnemyComponent extends IMySearchEnemyComponent {}
export class SimSearchEnemyComponent {
  TargetingLockOptions: MyGridTargetingRelationFiltering = MyGridTargetingRelationFiltering.Enemy;
  constructor() {
    fillUnmodelled(this, ["IMySearchEnemyComponent"]);
  }
  get FoundEnemyId(): number | null {
    return null;
  }
}

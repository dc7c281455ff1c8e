// Who is joined to whom, recomputed whenever the world changes (World.changed bumps a version).
// - construct: grids joined by attached rotors/hinges/pistons (SE's mechanical group).
//   TransmissionDistance.CurrentConstruct and IsSameConstructAs use it.
// - connected group: constructs joined by connected connectors. GridTerminalSystem scope and
//   TransmissionDistance.ConnectedConstructs use it.
// - antenna relay: a directed hop from connected group G to H exists when a working, broadcasting
//   antenna in G has H's working antenna within its Radius (distance between the grids' positions).
//   Hops chain transitively (relay). Choice: relay antennas of any owner relay; only the two
//   endpoints must be friendly (checked by the IGC hub).
import { TransmissionDistance } from "pbts/se";
import { SimAntenna } from "./blocks/antenna.ts";
import type { SimGrid } from "./grid.ts";
import type { World } from "./world.ts";
import { SimConnector } from "./blocks/connector.ts";

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export class Topology {
  private readonly construct = new Map<SimGrid, number>();
  private readonly connected = new Map<SimGrid, number>();
  /** Directed antenna hops between connected groups. */
  private readonly hops = new Map<number, Set<number>>();
  private readonly relayCache = new Map<number, Set<number>>();

  constructor(world: World) {
    const index = new Map<SimGrid, number>();
    world.grids.forEach((g, i) => index.set(g, i));
    const mech = new UnionFind(world.grids.length);
    for (const j of world.joints) if (j.attached) mech.union(index.get(j.a)!, index.get(j.b)!);
    const conn = new UnionFind(world.grids.length);
    for (const j of world.joints) if (j.attached) conn.union(index.get(j.a)!, index.get(j.b)!);
    for (const b of world.blocks) {
      if (b instanceof SimConnector && b.IsConnected && b.other) conn.union(index.get(b.grid)!, index.get(b.other.grid)!);
    }
    for (const [g, i] of index) {
      this.construct.set(g, mech.find(i));
      this.connected.set(g, conn.find(i));
    }
    const antennas = world.blocks.filter((b): b is SimAntenna => b instanceof SimAntenna && b.IsWorking);
    for (const a of antennas) {
      if (!a.EnableBroadcasting) continue;
      const from = this.connected.get(a.grid)!;
      for (const b of antennas) {
        const to = this.connected.get(b.grid)!;
        if (to === from) continue;
        if (distance(a.grid.position, b.grid.position) <= a.Radius) {
          let set = this.hops.get(from);
          if (!set) this.hops.set(from, (set = new Set()));
          set.add(to);
        }
      }
    }
  }

  constructId(g: SimGrid): number {
    return this.construct.get(g) ?? -1;
  }
  connectedId(g: SimGrid): number {
    return this.connected.get(g) ?? -1;
  }
  sameConstruct(a: SimGrid, b: SimGrid): boolean {
    return this.constructId(a) === this.constructId(b);
  }
  sameConnected(a: SimGrid, b: SimGrid): boolean {
    return this.connectedId(a) === this.connectedId(b);
  }

  reachable(from: SimGrid, to: SimGrid, distance: TransmissionDistance): boolean {
    if (this.sameConstruct(from, to)) return true;
    if (distance === TransmissionDistance.CurrentConstruct) return false;
    if (this.sameConnected(from, to)) return true;
    if (distance === TransmissionDistance.ConnectedConstructs) return false;
    return this.relayFrom(this.connectedId(from)).has(this.connectedId(to));
  }

  /** Connected groups reachable over antenna hops from `start` (transitive closure, BFS). */
  private relayFrom(start: number): Set<number> {
    let seen = this.relayCache.get(start);
    if (seen) return seen;
    seen = new Set<number>([start]);
    const queue = [start];
    while (queue.length) {
      const g = queue.shift()!;
      for (const h of this.hops.get(g) ?? []) {
        if (!seen.has(h)) {
          seen.add(h);
          queue.push(h);
        }
      }
    }
    this.relayCache.set(start, seen);
    return seen;
  }
}

function distance(a: readonly number[], b: readonly number[]): number {
  const dx = a[0]! - b[0]!;
  const dy = a[1]! - b[1]!;
  const dz = a[2]! - b[2]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

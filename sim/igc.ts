// Intergrid communication (se-api-facts "IGC").
// One IgcHub per simulation holds the messages in flight; every script instance gets its own
// SimIgcEndpoint (a new one on recompile/load, like the game's per-instance context).
// Rules implemented here:
// - messages sent during tick N are delivered at the start of tick N+1 (IgcHub.deliver);
// - reachability (TransmissionDistance) and friendliness are checked at delivery, and unicast
//   also checks at send time to return its bool;
// - queues hold 25 messages; a 26th drops the oldest (traced igc-drop queue-full);
// - broadcasts never reach the sender's own listeners; unicast to self returns false;
// - a listener with a callback makes the PB run with UpdateType.IGC, at most once per PB per tick,
//   with the argument of the first listener (in delivery order) that received a message that tick;
// - AcceptMessage on an empty queue returns the empty message (Data null, Tag null, Source 0: the
//   C# default struct - a script that reads Tag without checking HasPendingMessage fails as in-game).
// Choices where the game is uncertain (safest for scripts):
// - a PB whose script is terminated or that has no script has no IGC context (unicast false,
//   messages to it dropped as no-context); a PB that is not working does not receive (not-working);
// - a message whose sender block was destroyed before delivery is dropped (sender-gone);
// - messages in flight and queued are lost on world load.
import {
  MyIGCMessage,
  TransmissionDistance,
  type IMyBroadcastListener,
  type IMyIntergridCommunicationSystem,
  type IMyMessageProvider,
  type IMyUnicastListener,
} from "pbts/se";
import type { SimProgrammableBlock } from "./blocks/programmable.ts";
import { checkIgcPayload } from "./igc-payload.ts";
import type { Rng } from "./rng.ts";
import type { Simulation } from "./simulation.ts";

export const MAX_WAITING_MESSAGES = 25;
const EMPTY_MESSAGE = new MyIGCMessage(null, null as unknown as string, 0);

abstract class SimMessageProvider implements IMyMessageProvider {
  readonly MaxWaitingMessages = MAX_WAITING_MESSAGES;
  readonly queue: MyIGCMessage[] = [];
  callback: string | null = null;
  constructor(readonly endpoint: SimIgcEndpoint) {}
  get HasPendingMessage(): boolean {
    return this.queue.length > 0;
  }
  AcceptMessage(): MyIGCMessage {
    return this.queue.shift() ?? EMPTY_MESSAGE;
  }
  SetMessageCallback(argument: string = ""): void {
    this.callback = argument ?? "";
  }
  DisableMessageCallback(): void {
    this.callback = null;
  }
}

export class SimBroadcastListener extends SimMessageProvider implements IMyBroadcastListener {
  active = true;
  constructor(
    endpoint: SimIgcEndpoint,
    readonly Tag: string,
  ) {
    super(endpoint);
  }
  get IsActive(): boolean {
    return this.active && !this.endpoint.disposed;
  }
}

export class SimUnicastListener extends SimMessageProvider implements IMyUnicastListener {}

export class SimIgcEndpoint implements IMyIntergridCommunicationSystem {
  readonly UnicastListener: SimUnicastListener;
  /** By tag, in registration order. */
  readonly broadcastListeners = new Map<string, SimBroadcastListener>();
  disposed = false;
  constructor(
    private readonly hub: IgcHub,
    readonly pb: SimProgrammableBlock,
  ) {
    this.UnicastListener = new SimUnicastListener(this);
  }
  get Me(): number {
    return this.pb.EntityId;
  }
  IsEndpointReachable(address: number, transmissionDistance: TransmissionDistance = TransmissionDistance.AntennaRelay): boolean {
    const target = this.hub.endpointOf(address);
    if (!target) return false;
    if (target === this) return true;
    return this.hub.reachable(this.pb, target.pb, transmissionDistance);
  }
  /** Registering an existing tag returns the same listener (re-activated if it was disabled). */
  RegisterBroadcastListener(tag: string): IMyBroadcastListener {
    let l = this.broadcastListeners.get(tag);
    if (!l) {
      l = new SimBroadcastListener(this, tag);
      this.broadcastListeners.set(tag, l);
    }
    l.active = true;
    return l;
  }
  /** The listener stops receiving; its queued messages can still be read. */
  DisableBroadcastListener(broadcastListener: IMyBroadcastListener): void {
    const l = this.broadcastListeners.get(broadcastListener?.Tag);
    if (l === broadcastListener) l.active = false;
  }
  GetBroadcastListeners(list: IMyBroadcastListener[], collect?: (listener: IMyBroadcastListener) => boolean): void {
    list.length = 0;
    for (const l of this.broadcastListeners.values()) if (l.active && (!collect || collect(l))) list.push(l);
  }
  SendBroadcastMessage<TData>(tag: string, data: TData, transmissionDistance: TransmissionDistance = TransmissionDistance.AntennaRelay): void {
    checkIgcPayload(data);
    this.hub.sendBroadcast(this, tag, data, transmissionDistance);
  }
  SendUnicastMessage<TData>(addressee: number, tag: string, data: TData): boolean {
    checkIgcPayload(data);
    return this.hub.sendUnicast(this, addressee, tag, data);
  }
}

interface InFlight {
  sentTick: number;
  from: SimProgrammableBlock;
  tag: string;
  data: unknown;
  distance: TransmissionDistance;
  /** Unicast target EntityId, or null for a broadcast. */
  to: number | null;
}

const DISTANCE_NAMES = ["CurrentConstruct", "ConnectedConstructs", "AntennaRelay"];

export class IgcHub {
  private inFlight: InFlight[] = [];
  /** PBs to run with UpdateType.IGC this tick, with the callback argument (insertion = delivery order). */
  readonly pendingCallbacks = new Map<SimProgrammableBlock, string>();
  /** Message loss probability for every message, and per block (messages from or to it). */
  lossProbability = 0;
  readonly blockLoss = new Map<SimProgrammableBlock, number>();

  constructor(
    private readonly sim: Simulation,
    private readonly lossRng: Rng,
  ) {}

  /** The live IGC context of an EntityId (a PB with a running script instance), if any. */
  endpointOf(entityId: number): SimIgcEndpoint | null {
    const pb = this.sim.world.pbById(entityId);
    if (!pb || pb.destroyed) return null;
    return pb.igcContext();
  }

  /** Could a message from `from` reach `to` at `distance` right now? */
  reachable(from: SimProgrammableBlock, to: SimProgrammableBlock, distance: TransmissionDistance): boolean {
    if (from.destroyed || to.destroyed) return false;
    if (!friendly(from.ownerId, to.ownerId)) return false;
    return this.sim.world.topology().reachable(from.grid, to.grid, distance);
  }

  get messagesInFlight(): number {
    return this.inFlight.length;
  }

  sendBroadcast(from: SimIgcEndpoint, tag: string, data: unknown, distance: TransmissionDistance): void {
    const tick = this.sim.tick;
    this.inFlight.push({ sentTick: tick, from: from.pb, tag, data, distance, to: null });
    this.sim.trace.add(tick, from.pb.key, "igc-send", { mode: "broadcast", tag, data: data as never, distance: DISTANCE_NAMES[distance] ?? distance });
  }

  sendUnicast(from: SimIgcEndpoint, addressee: number, tag: string, data: unknown): boolean {
    const tick = this.sim.tick;
    const target = this.endpointOf(addressee);
    const ok = !!target && target !== from && this.reachable(from.pb, target.pb, TransmissionDistance.AntennaRelay);
    if (ok) this.inFlight.push({ sentTick: tick, from: from.pb, tag, data, distance: TransmissionDistance.AntennaRelay, to: addressee });
    this.sim.trace.add(tick, from.pb.key, "igc-send", { mode: "unicast", tag, data: data as never, to: target ? target.pb.key : addressee, ok });
    return ok;
  }

  /** Deliver what was sent before `tick` (i.e. during tick-1 or earlier, if delivery was paused by lag). */
  deliver(tick: number): void {
    if (this.inFlight.length === 0) return;
    const due = this.inFlight.filter((m) => m.sentTick < tick);
    if (due.length === 0) return;
    this.inFlight = this.inFlight.filter((m) => m.sentTick >= tick);
    for (const m of due) {
      if (m.to === null) {
        for (const pb of this.sim.world.pbs) {
          if (pb === m.from) continue; // never to the sender's own listeners
          const ep = pb.igcContext();
          if (!ep) continue;
          const l = ep.broadcastListeners.get(m.tag);
          if (!l || !l.active) continue;
          this.offer(tick, m, pb, l);
        }
      } else {
        const pb = this.sim.world.pbById(m.to);
        const ep = pb && !pb.destroyed ? pb.igcContext() : null;
        if (!pb || !ep) {
          this.drop(tick, m, pb ? pb.key : String(m.to), "no-context");
          continue;
        }
        this.offer(tick, m, pb, ep.UnicastListener);
      }
    }
  }

  private offer(tick: number, m: InFlight, pb: SimProgrammableBlock, listener: SimMessageProvider): void {
    if (m.from.destroyed) return this.drop(tick, m, pb.key, "sender-gone");
    if (!this.reachable(m.from, pb, m.distance)) return this.drop(tick, m, pb.key, "unreachable");
    if (!pb.IsWorking) return this.drop(tick, m, pb.key, "not-working");
    const p = Math.max(this.lossProbability, this.blockLoss.get(m.from) ?? 0, this.blockLoss.get(pb) ?? 0);
    if (p > 0 && this.lossRng.chance(p)) return this.drop(tick, m, pb.key, "lost");
    listener.queue.push(new MyIGCMessage(m.data, m.tag, m.from.EntityId));
    const kind = m.to === null ? "broadcast" : "unicast";
    this.sim.trace.add(tick, pb.key, "igc-deliver", { from: m.from.key, source: m.from.EntityId, tag: m.tag, data: m.data as never, listener: kind });
    if (listener.queue.length > MAX_WAITING_MESSAGES) {
      const old = listener.queue.shift()!;
      this.sim.trace.add(tick, pb.key, "igc-drop", { from: this.sim.world.pbById(old.Source)?.key ?? old.Source, tag: old.Tag, reason: "queue-full" });
    }
    if (listener.callback !== null && !this.pendingCallbacks.has(pb)) this.pendingCallbacks.set(pb, listener.callback);
  }

  private drop(tick: number, m: InFlight, to: string, reason: string): void {
    this.sim.trace.add(tick, to, "igc-drop", { from: m.from.key, tag: m.tag, reason });
  }

  /** World load: a new session has no messages in flight. */
  reset(): void {
    this.inFlight = [];
    this.pendingCallbacks.clear();
  }
}

/** Owners are friendly when equal, or when either side is unowned (0). No factions. */
export function friendly(a: number, b: number): boolean {
  return a === b || a === 0 || b === 0;
}

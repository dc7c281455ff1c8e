// Intergrid communication (Sandbox.ModAPI.Ingame), SE's names and signatures.
import type { int, long } from "./prelude.ts";
import type { TransmissionDistance } from "./enums.ts";

/** Sandbox.ModAPI.Ingame.MyIGCMessage (a struct in C#). */
export class MyIGCMessage {
  readonly Data: unknown;
  readonly Tag: string;
  readonly Source: long;
  constructor(data: unknown, tag: string, source: long) {
    this.Data = data;
    this.Tag = tag;
    this.Source = source;
  }
  /** C# `As<T>()`: a cast of Data; throws when Data is not a T. */
  As<T>(): T {
    return this.Data as T;
  }
}

export interface IMyMessageProvider {
  readonly HasPendingMessage: boolean;
  readonly MaxWaitingMessages: int;
  AcceptMessage(): MyIGCMessage;
  SetMessageCallback(argument?: string): void;
  DisableMessageCallback(): void;
}

export interface IMyBroadcastListener extends IMyMessageProvider {
  readonly Tag: string;
  readonly IsActive: boolean;
}

export interface IMyUnicastListener extends IMyMessageProvider {}

/** Sandbox.ModAPI.Ingame.IMyIntergridCommunicationSystem */
export interface IMyIntergridCommunicationSystem {
  readonly Me: long;
  readonly UnicastListener: IMyUnicastListener;
  IsEndpointReachable(address: long, transmissionDistance?: TransmissionDistance): boolean;
  RegisterBroadcastListener(tag: string): IMyBroadcastListener;
  DisableBroadcastListener(broadcastListener: IMyBroadcastListener): void;
  GetBroadcastListeners(broadcastListeners: IMyBroadcastListener[], collect?: (listener: IMyBroadcastListener) => boolean): void;
  SendBroadcastMessage<TData>(tag: string, data: TData, transmissionDistance?: TransmissionDistance): void;
  SendUnicastMessage<TData>(addressee: long, tag: string, data: TData): boolean;
}

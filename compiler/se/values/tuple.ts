// VRage.MyTuple<T1..T6>: SE's small tuple struct, the payload scripts send over IGC
// (`IGC.SendBroadcastMessage(tag, new MyTuple<int, string>(1, "x"))`, `msg.As<MyTuple<int, string>>()`).
// C# has six structs of 1 to 6 type parameters; TS has one class whose unused type parameters default to
// `MyTupleNoItem` (the compiler drops those, so `MyTuple<int, string>` is C#'s MyTuple<int, string>).
// A struct: its items are readonly (build a new tuple), `===` between tuples is rejected (PBTS1020).

/** Marks a MyTuple type parameter that is not used (C#'s tuple has fewer items). Never a value. */
export interface MyTupleNoItem {
  readonly __myTupleNoItem: never;
}

type N = MyTupleNoItem;

export class MyTuple<T1, T2 = N, T3 = N, T4 = N, T5 = N, T6 = N> {
  readonly Item1: T1;
  readonly Item2: T2;
  readonly Item3: T3;
  readonly Item4: T4;
  readonly Item5: T5;
  readonly Item6: T6;
  constructor(item1: T1);
  constructor(item1: T1, item2: T2);
  constructor(item1: T1, item2: T2, item3: T3);
  constructor(item1: T1, item2: T2, item3: T3, item4: T4);
  constructor(item1: T1, item2: T2, item3: T3, item4: T4, item5: T5);
  constructor(item1: T1, item2: T2, item3: T3, item4: T4, item5: T5, item6: T6);
  constructor(...items: unknown[]) {
    this.Item1 = items[0] as T1;
    this.Item2 = items[1] as T2;
    this.Item3 = items[2] as T3;
    this.Item4 = items[3] as T4;
    this.Item5 = items[4] as T5;
    this.Item6 = items[5] as T6;
  }

  static Create<T1>(arg1: T1): MyTuple<T1>;
  static Create<T1, T2>(arg1: T1, arg2: T2): MyTuple<T1, T2>;
  static Create<T1, T2, T3>(arg1: T1, arg2: T2, arg3: T3): MyTuple<T1, T2, T3>;
  static Create<T1, T2, T3, T4>(arg1: T1, arg2: T2, arg3: T3, arg4: T4): MyTuple<T1, T2, T3, T4>;
  static Create<T1, T2, T3, T4, T5>(arg1: T1, arg2: T2, arg3: T3, arg4: T4, arg5: T5): MyTuple<T1, T2, T3, T4, T5>;
  static Create<T1, T2, T3, T4, T5, T6>(arg1: T1, arg2: T2, arg3: T3, arg4: T4, arg5: T5, arg6: T6): MyTuple<T1, T2, T3, T4, T5, T6>;
  static Create(...items: unknown[]): MyTuple<unknown> {
    return new (MyTuple as unknown as new (...a: unknown[]) => MyTuple<unknown>)(...items);
  }
}

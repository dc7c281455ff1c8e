// VRage.Game.ModAPI.Ingame.Utilities.MyIni, MyIniValue, MyIniKey, MyIniParseResult for Node.
// SIGNATURES ARE FIXED (they mirror SE); bodies follow se-api-facts.md "MyIni".
// PLACEHOLDER: bodies to be implemented (see the simulator work).
import type { double, float, int, long } from "../compiler/se/prelude.ts";
import { Out } from "../compiler/se/prelude.ts";

/** VRage.Game.ModAPI.Ingame.Utilities.MyIniKey (a struct in C#). */
export class MyIniKey {
  static readonly EMPTY: MyIniKey = new MyIniKey("", "");
  readonly Section: string;
  readonly Name: string;
  constructor(section: string, name: string) {
    this.Section = section;
    this.Name = name;
  }
  get IsEmpty(): boolean {
    return this.Section === "" && this.Name === "";
  }
  ToString(): string {
    return this.IsEmpty ? "" : `${this.Section}/${this.Name}`;
  }
}

/** VRage.Game.ModAPI.Ingame.Utilities.MyIniParseResult (a struct in C#). */
export class MyIniParseResult {
  readonly LineNo: int;
  readonly Error: string;
  constructor(lineNo: int, error: string) {
    this.LineNo = lineNo;
    this.Error = error;
  }
  get IsDefined(): boolean { return this.LineNo !== 0 || this.Error !== ""; }
  get Success(): boolean { return this.Error === ""; }
  ToString(): string {
    return this.Success ? "Success" : `Line ${this.LineNo}: ${this.Error}`;
  }
}

/** VRage.Game.ModAPI.Ingame.Utilities.MyIniValue (a struct in C#). */
export class MyIniValue {
  static readonly EMPTY: MyIniValue = new MyIniValue(MyIniKey.EMPTY, null);
  readonly Key: MyIniKey;
  private readonly value: string | null;
  constructor(key: MyIniKey, value: string | null) {
    this.Key = key;
    this.value = value;
  }
  get IsEmpty(): boolean { return this.value === null; }
  ToString(defaultValue?: string): string { throw new Error("not implemented"); }
  ToBoolean(defaultValue?: boolean): boolean { throw new Error("not implemented"); }
  ToInt32(defaultValue?: int): int { throw new Error("not implemented"); }
  ToInt64(defaultValue?: long): long { throw new Error("not implemented"); }
  ToDouble(defaultValue?: double): double { throw new Error("not implemented"); }
  ToSingle(defaultValue?: float): float { throw new Error("not implemented"); }
  TryGetString(value: Out<string>): boolean { throw new Error("not implemented"); }
  TryGetBoolean(value: Out<boolean>): boolean { throw new Error("not implemented"); }
  TryGetInt32(value: Out<int>): boolean { throw new Error("not implemented"); }
  TryGetInt64(value: Out<long>): boolean { throw new Error("not implemented"); }
  TryGetDouble(value: Out<double>): boolean { throw new Error("not implemented"); }
  GetLines(lines: string[]): void { throw new Error("not implemented"); }
}

/** VRage.Game.ModAPI.Ingame.Utilities.MyIni */
export class MyIni {
  EndContent: string = "";
  EndComment: string | null = null;
  static HasSection(config: string, section: string): boolean { throw new Error("not implemented"); }
  TryParse(content: string, result?: Out<MyIniParseResult>): boolean { throw new Error("not implemented"); }
  Clear(): void { throw new Error("not implemented"); }
  ContainsSection(section: string): boolean { throw new Error("not implemented"); }
  ContainsKey(section: string, name: string): boolean { throw new Error("not implemented"); }
  Get(section: string, name: string): MyIniValue { throw new Error("not implemented"); }
  /** Numbers are written the way JavaScript prints them (the compiler emits the same formatting). */
  Set(section: string, name: string, value: string | boolean | number): void { throw new Error("not implemented"); }
  Delete(section: string, name: string): void { throw new Error("not implemented"); }
  GetSections(names: string[]): void { throw new Error("not implemented"); }
  GetKeys(section: string, keys: MyIniKey[]): void { throw new Error("not implemented"); }
  GetComment(section: string, name: string): string | null { throw new Error("not implemented"); }
  SetComment(section: string, name: string, comment: string): void { throw new Error("not implemented"); }
  GetSectionComment(section: string): string | null { throw new Error("not implemented"); }
  SetSectionComment(section: string, comment: string): void { throw new Error("not implemented"); }
  ToString(): string { throw new Error("not implemented"); }
}

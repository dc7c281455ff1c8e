// The one list of API types the generator does not write, and why. Everything else of the
// whitelisted PB namespaces in compiler/reference/pb-api.json is generated (TS and C#).

/** Hand-written value types and behaviour (TS: compiler/se/values/index.ts; C#: compiler/csharp/stubs/handwritten/). */
export const HANDWRITTEN: Record<string, string> = {
  // vmath: value types scripts compute with (see COMMON: hand-written vs generated API types)
  "VRage.MyFixedPoint": "value type with SE's fixed-point arithmetic",
  "VRage.MyTuple": "value type",
  "VRage.Game.ModAPI.Ingame.MyItemType": "value type",
  "VRage.Game.ModAPI.Ingame.MyInventoryItem": "value type",
  "VRage.Game.MyDefinitionId": "value type (names of an object-builder type and subtype; MyObjectBuilderType and MyStringHash are not described)",
  "Sandbox.ModAPI.Ingame.MyInventoryItemFilter": "value type (a sorter's filter item)",
  "Sandbox.ModAPI.Ingame.MyProductionItem": "value type (a production block's queue entry: GetQueue)",
  "VRage.ObjectBuilders.SerializableDefinitionId": "value type (a block's definition: type and subtype names; MyObjectBuilderType is not described)",
  "VRage.Game.GUI.TextPanel.MySprite": "value type",
  "VRage.Game.GUI.TextPanel.MySpriteDrawFrame": "value type (drawing)",
  "VRage.Game.GUI.TextPanel.MySpriteDrawFrame+ClearClipToken": "value type: Clip(...)'s token, whose Dispose() ends the clip (compiler/se/values/sprite.ts)",
  "Sandbox.ModAPI.Ingame.MyShipMass": "value type (a ship controller's CalculateShipMass)",
  "Sandbox.ModAPI.Ingame.MyShipVelocities": "value type (a ship controller's GetShipVelocities)",
  "Sandbox.ModAPI.Ingame.MyDetectedEntityInfo": "value type (sensors, cameras, turrets; compiler/se/values/detected.ts)",
  "Sandbox.ModAPI.Ingame.MyWaypointInfo": "value type: GPS coordinates, parsed and printed as the game does (compiler/se/values/detected.ts)",
  // System types of the API surface
  "System.Text.StringBuilder": "System type, implemented for Node (compiler/se/system.ts)",
  "System.TimeSpan": "System type, implemented for Node (compiler/se/system.ts)",
  // behaviour pbts implements
  "VRage.Game.ModAPI.Ingame.Utilities.MyIni": "parser implemented in TS (sim/myini.ts) and C# (MyIni stub)",
  "VRage.Game.ModAPI.Ingame.Utilities.MyIniKey": "part of MyIni",
  "VRage.Game.ModAPI.Ingame.Utilities.MyIniValue": "part of MyIni",
  "VRage.Game.ModAPI.Ingame.Utilities.MyIniParseResult": "part of MyIni",
  "VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine": "parser implemented in TS (compiler/se/values/commandline.ts) and C# (MyCommandLine stub)",
  "VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine+ItemCollection": "live view of MyCommandLine's items (commandline.ts): for...of is C#'s foreach, items[i] its indexer (compiler/emit/api-collections.ts)",
  "VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine+SwitchCollection": "live view of MyCommandLine's switches (commandline.ts): for...of is C#'s foreach (compiler/emit/api-collections.ts)",
  "Sandbox.ModAPI.Ingame.MyGridProgram": "the script's base class: the host sets its members before the constructor runs",
  "Sandbox.ModAPI.Ingame.MyIGCMessage": "built by the simulator's IGC; As<T>() is a cast",
  "VRage.Collections.ListReader": "C# collection plumbing (a read-only view of a List, enumerable with foreach); TS sees it as an array",
};

/** Namespaces whose every type is hand-written. */
export const HANDWRITTEN_NAMESPACES = ["VRageMath"];

/** Types of the reference pbts does not offer, and why (README "The in-game API": not offered). */
export const NOT_OFFERED: Record<string, string> = {
  "VRage.Scripting.MemorySafeTypes": "the game's memory-safe replacements of BCL types: a script names the BCL types (List, Dictionary, StringBuilder) and the game rewrites them",
  "System.Collections.Generic": "BCL extension helpers (ListExtensions, DictionaryExtensions...): TS arrays, Map and Set have their own methods",
  "System.ArrayExtensions": "BCL extension helper with no members",
  "System.Text.StringBuilderExtensions_Format": "StringBuilder formatting helpers over MyStringId (localization) and NumberFormatInfo, which scripts cannot reach",
  "VRage.MyTexts": "localization tables (MyStringId, languages): no use in a script",
  "VRage.MyTexts+MyLanguageDescription": "localization tables",
  "VRage.MyLanguagesEnum": "localization",
  "Sandbox.Game.Localization.MySpaceTexts": "localization string ids (no members in the reference)",
  "VRage.MyTupleComparer{T1,T2}": "IEqualityComparer implementation: no TS form",
  "VRage.MyTupleComparer{T1,T2,T3}": "IEqualityComparer implementation: no TS form",
  "VRage.Game.MyDefinitionId+DefinitionIdComparerType": "IEqualityComparer implementation: no TS form",
  "VRage.Game.ModAPI.Ingame.Utilities.StringSegmentComparer": "IEqualityComparer implementation: no TS form",
  "VRage.Game.ModAPI.Ingame.Utilities.StringSegmentIgnoreCaseComparer": "IEqualityComparer implementation: no TS form",
  "VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine+Enumerator": "C# enumerator plumbing: for (const s of cl.Items) compiles to foreach, which calls GetEnumerator",
  "VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine+SwitchEnumerator": "C# enumerator plumbing: for (const s of cl.Switches) compiles to foreach, which calls GetEnumerator",
  "System.Collections.Generic.ClearToken{T}": "IDisposable token of a BCL helper",
};

/** Is this reference type hand-written? */
export function isHandwritten(fullName: string): boolean {
  const base = fullName.replace(/\{.*\}$/, "");
  if (HANDWRITTEN[base] || HANDWRITTEN[fullName]) return true;
  return HANDWRITTEN_NAMESPACES.some((ns) => fullName.startsWith(`${ns}.`));
}

/** Why this reference type is not offered, or undefined. */
export function notOfferedReason(fullName: string): string | undefined {
  if (NOT_OFFERED[fullName]) return NOT_OFFERED[fullName];
  for (const [k, v] of Object.entries(NOT_OFFERED)) if (fullName.startsWith(`${k}.`)) return v;
  return undefined;
}

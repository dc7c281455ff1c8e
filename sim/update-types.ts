// The names of an UpdateType's flags, as a "run" trace event shows them ("Update10|Once"; "None").
import { UpdateType } from "pbts/se";

const UPDATE_TYPE_NAMES: [UpdateType, string][] = [
  [UpdateType.Terminal, "Terminal"],
  [UpdateType.Trigger, "Trigger"],
  [UpdateType.Mod, "Mod"],
  [UpdateType.Script, "Script"],
  [UpdateType.Update1, "Update1"],
  [UpdateType.Update10, "Update10"],
  [UpdateType.Update100, "Update100"],
  [UpdateType.Once, "Once"],
  [UpdateType.IGC, "IGC"],
];

/** Names by UpdateType value (its flags: 0..1023), filled as values are met. */
const namesCache: (string | undefined)[] = [];
export function updateTypeNames(t: UpdateType): string {
  const cached = (t & 1023) === t;
  let s = cached ? namesCache[t] : undefined;
  if (s === undefined) {
    s = t === UpdateType.None ? "None" : UPDATE_TYPE_NAMES.filter(([f]) => (t & f) !== 0).map(([, n]) => n).join("|");
    if (cached) namesCache[t] = s;
  }
  return s;
}

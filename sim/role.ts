// The role hook: what a PB's script says it is (active, standby, ...), for the timeline, the SVG and
// the "role" trace events. After every run and compile the simulator asks, in this order:
//   (a) a failover manager (mixins/failover.ts: Failover, or FailoverManager, its subclass) held in a field of the
//       Program instance: its `Role`
//       as "invalid" | "disabled" | "listening" | "standby" | "active". The field is found once per
//       Program class (the first instance after its constructor; cached) by type name, as the C#
//       engine's host does through reflection (EngineHost.cs, cached per class, answering through
//       (b)). By name, not by class identity: the simulator does not import the mixin, so the
//       precompiled simulator (js/) and a script's own copy of pbts/mixins/failover.ts agree;
//   (b) else the instance's `__pbtsRole` property, when it is a string;
//   (c) else the last Echo line of the run that reads "role: <word>" (case-insensitive, "=" also
//       accepted).
// So a script with the failover mixin shows its takeovers with no role line in its Echo.

/** What the hook reads of a failover manager. */
interface Manager {
  Role: number;
}

function isManager(v: unknown): v is Manager {
  if (typeof v !== "object" || v === null) return false;
  const n = v.constructor?.name;
  return (n === "Failover" || n === "FailoverManager") && typeof (v as Manager).Role === "number";
}

/** FailoverRole → the role word (the SVG colours "active"/"standby"). */
export const FAILOVER_ROLE_WORDS: readonly string[] = ["invalid", "disabled", "listening", "standby", "active"];

// A role line, found anywhere in the text: at its start or after a "\n", spaces other than "\n"
// (a line's "\s"), "role" (any case), ":" or "=", the word. A match never crosses a "\n", so the
// last match is the last line that reads "role: <word>" (one search over the text instead of a
// regular expression per line; test/sim/role-hook.test.ts checks it against the line-by-line reading).
const ROLE_LINES = /(?<![^\n])[^\S\n]*role[^\S\n]*[:=][^\S\n]*(\S+)/gi;

/** Whether `text` holds "role" in any case (most texts do not: this says so before the search).
 *  indexOf for its "l" and "L" (native searches that also flatten a concatenated text in place)
 *  and a look at the letters around each: cheaper than `/role/i.test` (session 15, a loop over the
 *  bench script's text, load 12: flatten and search 117 ns with the regular expression, 90 ns so,
 *  93 ns the flatten alone; issue 17).
 *  `c | 32` is the letter's lower case for "r", "o", "e" and no other character maps there. */
function mayHoldRole(text: string): boolean {
  for (let i = text.indexOf("l", 2); i >= 0; i = text.indexOf("l", i + 1)) if (roleAround(text, i)) return true;
  for (let i = text.indexOf("L", 2); i >= 0; i = text.indexOf("L", i + 1)) if (roleAround(text, i)) return true;
  return false;
}
function roleAround(text: string, l: number): boolean {
  return (text.charCodeAt(l - 2) | 32) === 114 && (text.charCodeAt(l - 1) | 32) === 111 && (text.charCodeAt(l + 1) | 32) === 101;
}

/** Per Program class: the field holding its failover manager (null: none). */
const managerField = new WeakMap<object, string | null>();

function findManagerField(instance: object): string | null {
  const cls = instance.constructor;
  const known = managerField.get(cls);
  if (known !== undefined) return known;
  let found: string | null = null;
  for (const k of Object.keys(instance)) {
    if (isManager((instance as Record<string, unknown>)[k])) {
      found = k;
      break;
    }
  }
  managerField.set(cls, found);
  return found;
}

/** The last "role: x" line of an Echo text, or null. */
export function roleFromEcho(text: string): string | null {
  if (!mayHoldRole(text)) return null;
  ROLE_LINES.lastIndex = 0;
  let role: string | null = null;
  for (let m = ROLE_LINES.exec(text); m !== null; m = ROLE_LINES.exec(text)) role = m[1]!;
  return role;
}

/** The field of a new instance (after its constructor) that holds its failover manager (null: none). */
export function roleField(instance: object | null): string | null {
  return instance === null ? null : findManagerField(instance);
}

/** The role an instance reports itself: (a) through its manager field `field` (`roleField`), else
 *  (b); null for none; undefined when neither answers, and then (c), `roleFromEcho` of its Echo text,
 *  does (sim/blocks/run-state.ts: now, or for a traced run when the trace encodes it, sim/trace.ts
 *  deferRole; reading the text joins the run's Echo calls and flattens them). The caller keeps
 *  `field` and the current role in the PB's run state (with 1000 PBs, a run that reads the block or
 *  a reader object of its own fetches lines of memory no other part of the run needs). */
export function ownRole(field: string | null, instance: object): string | null | undefined {
  if (field !== null) {
    const m = (instance as Record<string, unknown>)[field];
    if (isManager(m)) return FAILOVER_ROLE_WORDS[m.Role] ?? null;
  }
  const reported = (instance as { __pbtsRole?: unknown }).__pbtsRole;
  return typeof reported === "string" ? reported : undefined;
}

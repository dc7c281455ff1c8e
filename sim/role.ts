// The role hook: what a PB's script says it is (active, standby, ...), for the timeline, the SVG and
// the "role" trace events. After every run and compile the simulator asks, in this order:
//   (a) a FailoverManager (mixins/failover.ts) held in a field of the Program instance: its `Role`
//       as "invalid" | "disabled" | "listening" | "standby" | "active". The field is found once per
//       Program class (the first instance after its constructor; cached) by type name, as the C#
//       engine's host does through reflection (EngineHost.cs, cached per class, answering through
//       (b)). By name, not by class identity: the simulator does not import the mixin, so the
//       precompiled simulator (js/) and a script's own copy of pbts/mixins/failover.ts agree;
//   (b) else the instance's `__pbtsRole` property, when it is a string;
//   (c) else the last Echo line of the run that reads "role: <word>" (case-insensitive, "=" also
//       accepted), scanned only when the Echo text differs from the last one scanned.
// So a script with the failover mixin shows its takeovers with no role line in its Echo.

/** What the hook reads of a FailoverManager. */
interface Manager {
  Role: number;
}

function isManager(v: unknown): v is Manager {
  return typeof v === "object" && v !== null && v.constructor?.name === "FailoverManager" && typeof (v as Manager).Role === "number";
}

/** FailoverRole → the role word (the SVG colours "active"/"standby"). */
export const FAILOVER_ROLE_WORDS: readonly string[] = ["invalid", "disabled", "listening", "standby", "active"];

const ROLE_LINE = /^\s*role\s*[:=]\s*(\S+)/i;
const MAY_HOLD_ROLE = /role/i;

/** Per Program class: the field holding its FailoverManager (null: none). */
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
  if (!MAY_HOLD_ROLE.test(text)) return null;
  for (let end = text.length; ; ) {
    const nl = end > 0 ? text.lastIndexOf("\n", end - 1) : -1;
    const m = ROLE_LINE.exec(text.slice(nl + 1, end));
    if (m) return m[1]!;
    if (nl < 0) return null;
    end = nl;
  }
}

/** One PB's reader of the hook (remembers the Echo text it scanned last). */
export class RoleReader {
  private scanned: string | null = null;
  /** The current instance's FailoverManager field (null: none), found when it was built. */
  private field: string | null = null;

  /** A new instance (after its constructor): find its manager field, scan its Echo again. */
  reset(instance: object | null): void {
    this.scanned = null;
    this.field = instance === null ? null : findManagerField(instance);
  }

  /** The role the instance reports now, or null when it reports none (keep the last one). The Echo
   *  text is read only when neither (a) nor (b) answers (reading it joins the run's Echo calls). */
  read(instance: object, echoBuffer: { readonly value: string }): string | null {
    if (this.field !== null) {
      const m = (instance as Record<string, unknown>)[this.field];
      if (isManager(m)) {
        this.scanned = null;
        return FAILOVER_ROLE_WORDS[m.Role] ?? null;
      }
    }
    const reported = (instance as { __pbtsRole?: unknown }).__pbtsRole;
    if (typeof reported === "string") {
      this.scanned = null;
      return reported;
    }
    const echo = echoBuffer.value;
    if (echo === this.scanned) return null;
    this.scanned = echo;
    return roleFromEcho(echo);
  }
}

// Every API member the simulator does not model throws "not modelled in the simulator: T.M" when a
// script touches it (never a silent undefined). The member table is generated from the reference
// (compiler/se/generated/members.ts); a simulated object gets a throwing accessor or method for each
// member of its interfaces it does not have itself.
import { unmodelled } from "pbts/se";
import { API_BASES, API_MEMBERS } from "../../compiler/se/generated/members.ts";
import { NONFUNCTIONAL_IFACES } from "./kinds.generated.ts";

/** The interface and its bases. */
function closure(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    for (const b of API_BASES[n] ?? []) out.add(b);
  }
  return [...out];
}

/**
 * The most specific block interface of a set (the one with the most bases, IMyFunctionalBlock among
 * them), or null: the C# engine gives a generic block a proxy of that interface.
 */
export function proxyInterface(interfaces: Iterable<string>): string | null {
  let best: string | null = null;
  let other: string | null = null;
  for (const n of interfaces) {
    const bases = API_BASES[n];
    // A non-functional block kind (a cockpit, a cargo container): its own generated proxy.
    if (NONFUNCTIONAL_IFACES.includes(n) && n !== "IMyTerminalBlock" && (!other || (API_BASES[n]?.length ?? 0) > (API_BASES[other]?.length ?? 0))) other = n;
    if (!bases?.includes("IMyFunctionalBlock")) continue;
    if (!best || bases.length > API_BASES[best].length || (bases.length === API_BASES[best].length && n < best)) best = n;
  }
  if (!best && !other && [...interfaces].includes("IMyTerminalBlock") && ![...interfaces].includes("IMyFunctionalBlock")) return "IMyTerminalBlock";
  return best ?? other;
}

/**
 * One descriptor per member, shared by every object: two blocks given the same members then keep
 * one hidden class (V8 reuses a map transition only for the same accessor functions). With a new
 * closure per block, each PB had its own, and every property access of the simulator's hot path
 * on a PB went megamorphic (issue 17: a third of a run's overhead).
 */
const THROWERS = new Map<string, PropertyDescriptor>();
function thrower(what: string, method: boolean): PropertyDescriptor {
  let d = THROWERS.get(what);
  if (!d) {
    const fail = (): never => {
      throw unmodelled(what);
    };
    d = method ? { configurable: true, writable: true, value: fail } : { configurable: true, get: fail, set: fail };
    THROWERS.set(what, d);
  }
  return d;
}

/**
 * Define the members of `interfaces` that `present` lacks on `target`, each throwing "not modelled".
 * `target` may be a prototype (with `present` an instance): accessors defined on an instance turn it
 * into a slow dictionary-mode object, which costs on every property access of a hot object.
 */
export function fillUnmodelled(target: object, interfaces: Iterable<string>, present: object = target): void {
  for (const iface of closure(interfaces)) {
    const members = API_MEMBERS[iface];
    if (!members) continue;
    for (const [name, kind] of Object.entries(members)) {
      if (name in present || name in target) continue;
      Object.defineProperty(target, name, thrower(`${iface}.${name}`, kind === "m"));
    }
  }
}

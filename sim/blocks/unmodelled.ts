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

export function fillUnmodelled(target: object, interfaces: Iterable<string>): void {
  for (const iface of closure(interfaces)) {
    const members = API_MEMBERS[iface];
    if (!members) continue;
    for (const [name, kind] of Object.entries(members)) {
      if (name in target) continue;
      const what = `${iface}.${name}`;
      if (kind === "m") {
        Object.defineProperty(target, name, {
          configurable: true,
          writable: true,
          value: () => {
            throw unmodelled(what);
          },
        });
      } else {
        Object.defineProperty(target, name, {
          configurable: true,
          get: () => {
            throw unmodelled(what);
          },
          set: () => {
            throw unmodelled(what);
          },
        });
      }
    }
  }
}

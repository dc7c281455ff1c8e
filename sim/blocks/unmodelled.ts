// Every API member the simulator does not model throws "not modelled in the simulator: T.M" when a
// script touches it (never a silent undefined). The member table is generated from the reference
// (compiler/se/generated/members.ts); a simulated object gets a throwing accessor or method for each
// member of its interfaces it does not have itself.
import { unmodelled } from "pbts/se";
import { API_BASES, API_MEMBERS } from "../../compiler/se/generated/members.ts";

/** The interface and its bases. */
function closure(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    for (const b of API_BASES[n] ?? []) out.add(b);
  }
  return [...out];
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

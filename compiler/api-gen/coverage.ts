// `npm run api:coverage`: per namespace, the types and members of the PB API reference
// (compiler/reference/pb-api.json) that pbts/se offers, and each one it does not offer with the reason.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extensionMethods, interfaceClosure, loadModel, type ApiModel } from "./model.ts";
import { handwrittenReason, handwrittenTsMembers } from "./handwritten-coverage.ts";

export interface NamespaceCoverage {
  namespace: string;
  types: number;
  typesGenerated: number;
  typesHandwritten: number;
  typesNotOffered: number;
  members: number;
  membersOffered: number;
  membersHandwritten: number;
  /** Members of hand-written types that pbts/se offers (compiler/api-gen/handwritten-coverage.ts). */
  membersHandwrittenOffered: number;
}

export interface NotOffered {
  what: string;
  reason: string;
}

export interface Coverage {
  namespaces: NamespaceCoverage[];
  notOffered: NotOffered[];
  /** Offered members the whitelist does not allow (a script using them would fail in the game). */
  prohibited: string[];
}

export function coverage(model: ApiModel = loadModel()): Coverage {
  const byNs = new Map<string, NamespaceCoverage>();
  const notOffered: NotOffered[] = [];
  const prohibited: string[] = [];
  const ext = extensionMethods(model);
  const foldable = new Set([...ext.values()].flat().map((e) => e.member));
  const handTs = handwrittenTsMembers();
  for (const t of model.types) {
    let c = byNs.get(t.namespace);
    if (!c) byNs.set(t.namespace, (c = { namespace: t.namespace, types: 0, typesGenerated: 0, typesHandwritten: 0, typesNotOffered: 0, members: 0, membersOffered: 0, membersHandwritten: 0, membersHandwrittenOffered: 0 }));
    c.types++;
    c.members += t.members.length;
    if (t.status === "not-offered") {
      c.typesNotOffered++;
      notOffered.push({ what: `${t.fullName} (${t.kind}, ${t.members.length} members)`, reason: t.reason! });
      continue;
    }
    if (t.status === "handwritten") {
      c.typesHandwritten++;
      c.membersHandwritten += t.members.length;
      for (const m of t.members) {
        const own = handwrittenReason(t, m, handTs);
        const reason = own && (m.notOffered ?? own);
        if (reason) notOffered.push({ what: `${t.fullName.replace(/\{.*\}$/, "")}.${m.name}: ${m.signature}`, reason });
        else c.membersHandwrittenOffered++;
      }
      continue;
    }
    c.typesGenerated++;
    for (const m of t.members) {
      const isExt = m.kind === "method" && m.params[0]?.modifier === "this";
      let reason = m.notOffered ?? (m.notInTs ? `TS: ${m.notInTs}` : undefined);
      if (!reason && t.kind === "interface" && m.isStatic) reason = "static interface member: no TypeScript form";
      if (!reason && isExt && !foldable.has(m)) reason = "extension class outside the namespaces the game's prologue imports, or a duplicate of one inside: a script cannot call it as an extension method";
      if (!reason && isExt) {
        const recv = model.byName.get(m.params[0].type.name);
        // an extension on a hand-written struct is offered when its TS class declares it (MyItemType.GetItemInfo)
        if (recv?.status === "handwritten" && handTs.get(recv.name)?.names.has(m.name)) reason = undefined;
        else if (!recv || recv.status !== "generated" || recv.kind !== "interface") reason = `extension method on ${m.params[0].type.name} (hand-written or not an interface): C# stubs only`;
        else if (new Set(interfaceClosure(recv, model).flatMap((x) => x.members.map((y) => y.name))).has(m.name)) reason = "an instance member of the same name wins in C#";
      }
      if (reason) {
        notOffered.push({ what: `${t.fullName.replace(/\{.*\}$/, "")}.${m.name}: ${m.signature}`, reason });
        continue;
      }
      c.membersOffered++;
      if (m.prohibited) prohibited.push(`${t.fullName}.${m.kind === "constructor" ? ".ctor" : m.name}`);
    }
  }
  return { namespaces: [...byNs.values()].sort((a, b) => a.namespace.localeCompare(b.namespace)), notOffered, prohibited };
}

function main(): void {
  const c = coverage();
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log("PB API reference (compiler/reference/pb-api.json) against pbts/se");
  console.log(`${"namespace".padEnd(42)} ${pad("types", 6)} ${pad("gen", 5)} ${pad("hand", 5)} ${pad("n/o", 5)} ${pad("members", 8)} ${pad("offered", 8)} ${pad("hand", 6)} ${pad("h-off", 6)}`);
  const tot = { types: 0, gen: 0, hand: 0, no: 0, members: 0, offered: 0, mhand: 0, hoff: 0 };
  for (const n of c.namespaces) {
    console.log(`${n.namespace.padEnd(42)} ${pad(n.types, 6)} ${pad(n.typesGenerated, 5)} ${pad(n.typesHandwritten, 5)} ${pad(n.typesNotOffered, 5)} ${pad(n.members, 8)} ${pad(n.membersOffered, 8)} ${pad(n.membersHandwritten, 6)} ${pad(n.membersHandwrittenOffered, 6)}`);
    tot.types += n.types;
    tot.gen += n.typesGenerated;
    tot.hand += n.typesHandwritten;
    tot.no += n.typesNotOffered;
    tot.members += n.members;
    tot.offered += n.membersOffered;
    tot.mhand += n.membersHandwritten;
    tot.hoff += n.membersHandwrittenOffered;
  }
  console.log(`${"total".padEnd(42)} ${pad(tot.types, 6)} ${pad(tot.gen, 5)} ${pad(tot.hand, 5)} ${pad(tot.no, 5)} ${pad(tot.members, 8)} ${pad(tot.offered, 8)} ${pad(tot.mhand, 6)} ${pad(tot.hoff, 6)}`);
  console.log("(gen = generated, hand = hand-written value types and behaviour, h-off = hand-written members offered, n/o = not offered; members are signatures, overloads counted apart)");
  console.log(`\nWhitelist: ${c.prohibited.length ? `${c.prohibited.length} offered members are prohibited (declared; a script using one gets PBTS1081):\n  ${c.prohibited.join("\n  ")}` : "every offered member is allowed by pbwhitelist.dat"}`);
  const verbose = process.argv.includes("--list");
  const reasons = new Map<string, number>();
  for (const n of c.notOffered) reasons.set(n.reason, (reasons.get(n.reason) ?? 0) + 1);
  console.log(`\nNot offered (${c.notOffered.length}), by reason${verbose ? "" : " (--list names each)"}:`);
  for (const [r, k] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(k, 4)}  ${r}`);
  if (verbose) for (const n of c.notOffered) console.log(`  ${n.what}\n      ${n.reason}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

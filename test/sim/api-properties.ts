// Every API property of every block kind: the list (each kind of terminal.dat and the hand-written
// types, each property of each interface the kind implements, with its bases; a mechanical block's top
// part too), and a PB script that reads each one on fresh blocks (test/engine/api-properties.test.ts
// runs it on both engines). Shared by test/sim/api-properties.test.ts.
import { API_BASES, API_MEMBERS } from "../../compiler/se/generated/members.ts";
import { API_PROPS, BLOCK_KINDS } from "../../sim/blocks/kinds.generated.ts";
import type { Scenario } from "../../sim/scenario.ts";
import { loadModel } from "../../compiler/api-gen/model.ts";

/** The scenario types: terminal.dat's kinds and the older names of the hand-written ones. */
export const HANDWRITTEN: Record<string, string> = { programmable: "MyProgrammableBlock", "text-panel": "TextPanel", antenna: "RadioAntenna", connector: "ShipConnector" };
export const TYPES = [...Object.keys(BLOCK_KINDS), ...Object.keys(HANDWRITTEN)];

/** The interface and every base (each once). */
export function closure(ifaces: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const i of ifaces) {
    out.add(i);
    for (const b of API_BASES[i] ?? []) out.add(b);
  }
  return [...out];
}

/** [interface, property] of every API property a block of `type` has. */
export function propertiesOf(type: string): [string, string][] {
  const def = BLOCK_KINDS[HANDWRITTEN[type] ?? type]!;
  const out: [string, string][] = [];
  for (const i of closure(def.interfaces)) for (const [n, k] of Object.entries(API_MEMBERS[i] ?? {})) if (k === "p") out.push([i, n]);
  return out;
}

/** Whether a block of `type` has a top part (a mechanical connection block). */
export function isMechanical(type: string): boolean {
  return closure(BLOCK_KINDS[HANDWRITTEN[type] ?? type]!.interfaces).includes("IMyMechanicalConnectionBlock");
}
/** The top part's properties (IMyAttachableTopBlock and its bases). */
export const TOP_PROPERTIES: [string, string][] = closure(["IMyAttachableTopBlock"]).flatMap((i) => Object.entries(API_MEMBERS[i] ?? {}).filter(([, k]) => k === "p").map(([n]) => [i, n] as [string, string]));

let model: ReturnType<typeof loadModel> | undefined;
/** Simple-typed (number, bool, string; not nullable) properties whose value the script echoes, so both engines must agree on it. */
function echoes(iface: string, prop: string): boolean {
  const t = API_PROPS[iface]?.[prop]?.[0];
  if (!(t === "bool" || t === "float" || t === "double" || t === "int" || t === "long" || t === "string")) return false;
  model ??= loadModel();
  return !model.byName.get(iface)?.members.find((m) => m.name === prop)?.type?.nullable;
}

/**
 * A PB script reading every property of block "B<n>" (argument "B<n>"; `types` in order) and of its
 * top part: it echoes each value that is a number, bool or string, "THROWS <block> <I.P>" for a read
 * that throws and "NOT <block> <I>" for an interface the block is not (one run per block: the Echo
 * buffer is 8,000 characters).
 */
export function readerScript(types: string[]): string {
  const ifaces = new Set<string>(["IMyMechanicalConnectionBlock", ...TOP_PROPERTIES.map(([i]) => i)]);
  for (const t of types) for (const [i] of propertiesOf(t)) ifaces.add(i);
  const lines: string[] = [];
  // each interface's properties under `instanceof` (the block must be one, in both engines)
  // A text panel's IMyEntity Name/DisplayName and its IMyTextSurface ones are one member in TS (the
  // surface's) and two in C# (README, "Two engines": a known difference; `b.Name` on the narrowed
  // IMyTerminalBlock & IMyTextSurface is the block's there): read, not echoed.
  let surfaceToo = false;
  const readAll = (target: string, props: [string, string][], label: string) => {
    for (const iface of new Set(props.map(([i]) => i))) {
      lines.push(`    if (${target} instanceof ${iface}) {`);
      for (const [, prop] of props.filter(([i]) => i === iface)) {
        const v = `${target}.${prop}`;
        lines.push(`        try {`);
        const known = (surfaceToo && (iface === "IMyEntity" || iface === "IMyTextSurface") && (prop === "Name" || prop === "DisplayName"));
        lines.push(echoes(iface, prop) && !known ? `          this.Echo(\`${label} ${iface}.${prop}=\${${v}}\`);` : `          const v = ${v};`);
        lines.push(`        } catch (e) {`);
        lines.push(`          this.Echo("THROWS ${label} ${iface}.${prop}");`);
        lines.push(`        }`);
      }
      lines.push(`    } else this.Echo("NOT ${label} ${iface}");`);
    }
  };
  const methods: string[] = [];
  const dispatch: string[] = [];
  // one method per block (a single Main is too large for TypeScript's control flow analysis)
  types.forEach((t, n) => {
    lines.length = 0;
    lines.push(`    const b = this.GridTerminalSystem.GetBlockWithName("B${n}");`);
    lines.push(`    if (b === null) throw new Error("no B${n}");`);
    surfaceToo = propertiesOf(t).some(([i]) => i === "IMyTextSurface");
    readAll("b", propertiesOf(t), `B${n}`);
    surfaceToo = false;
    if (isMechanical(t)) {
      lines.push(`    const top = b instanceof IMyMechanicalConnectionBlock ? b.Top : null;`);
      lines.push(`    if (top === null) this.Echo("NO TOP B${n}");`);
      lines.push(`    else {`);
      readAll("top", TOP_PROPERTIES, `B${n}/top`);
      lines.push(`    }`);
    }
    methods.push(`  private read${n}(): void {`, ...lines, `  }`);
    dispatch.push(`    ${n ? "else " : ""}if (argument === "B${n}") this.read${n}();`);
  });
  return [
    "// GENERATED by test/sim/api-properties.ts: reads every API property of every block kind.",
    `import { MyGridProgram, ${[...ifaces].sort().join(", ")} } from "pbts/se";`,
    "",
    "export class Program extends MyGridProgram {",
    "  Main(argument: string): void {",
    ...dispatch,
    "  }",
    ...methods,
    "}",
    "",
  ].join("\n");
}

/** A scenario with one block per type ("B0".."Bn") and a joint per mechanical block (its top grid "T<n>"); a run per block. */
export function readerScenario(types: string[], script: string): Scenario {
  const mech = types.map((t, n) => [t, n] as const).filter(([t]) => isMechanical(t));
  return {
    name: "api-properties",
    seed: 5,
    ticks: types.length + 2,
    options: { phases: "zero" },
    grids: [
      { name: "Ship", blocks: [{ type: "programmable", name: "PB Read", script }, ...types.map((t, n) => ({ type: t, name: `B${n}` }))] },
      ...mech.map(([, n]) => ({ name: `T${n}`, position: [0, 3 * (n + 1), 0] as [number, number, number], blocks: [] })),
    ],
    joints: mech.map(([, n]) => ({ name: `B${n}`, a: "Ship", b: `T${n}` })),
    events: types.map((_, n) => ({ tick: n + 1, kind: "run", block: "PB Read", argument: `B${n}` })),
  } as Scenario;
}

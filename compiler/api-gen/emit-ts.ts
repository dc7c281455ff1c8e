// Writes the TypeScript declarations of pbts/se from the model (compiler/se/generated/api.ts).
import type { CsParam, CsTypeRef } from "./csharp.ts";
import { NULLABLE_RESULTS, PARAM_DEFAULTS, TYPE_TOKEN_METHODS } from "./facts.ts";
import { extensionMethods, interfaceClosure, prologueNamespaces, type ApiMember, type ApiModel, type ApiType } from "./model.ts";

const INT = new Set(["int", "short", "ushort", "sbyte", "Int32"]);
const BYTE = new Set(["byte", "Byte"]);
const UINT = new Set(["uint", "UInt32"]);
const LONG = new Set(["long", "ulong", "Int64"]);
const ARRAYISH = new Set(["List", "IList", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "ListReader"]);
const MAPISH = new Set(["Dictionary", "IDictionary", "IReadOnlyDictionary", "DictionaryReader"]);
const SETISH = new Set(["HashSet", "ISet"]);
const TS_RESERVED = new Set(["function", "default", "in", "delete", "new", "var", "with", "class", "enum", "export", "import", "package", "interface", "let", "yield", "static", "private", "public", "protected", "arguments", "eval", "type", "of"]);

export interface TsContext {
  /** Hand-written type names (handwritten.ts, System types). */
  handwritten: Set<string>;
  /** Names compiler/se/values/index.ts exports. */
  exported: Set<string>;
  /** Hand-written names the declarations use. */
  used: Set<string>;
  /** Prelude names used. */
  prelude: Set<string>;
}

export function tsType(t: CsTypeRef, ctx: TsContext): string {
  let s = tsBase(t, ctx);
  if (t.arrays) s = `${/[|&]/.test(s) ? `(${s})` : s}${"[]".repeat(t.arrays)}`;
  if (t.nullable) s = `${s} | null`;
  return s;
}

function tsBase(t: CsTypeRef, ctx: TsContext): string {
  const n = t.name;
  const a = t.args.map((x) => tsType(x, ctx));
  if (n === "bool" || n === "Boolean") return "boolean";
  if (n === "string" || n === "String" || n === "char" || n === "Char") return "string";
  if (INT.has(n)) return use(ctx, "int");
  if (UINT.has(n)) return use(ctx, "uint");
  if (BYTE.has(n)) return use(ctx, "byte");
  if (LONG.has(n)) return use(ctx, "long");
  if (n === "float" || n === "Single") return use(ctx, "float");
  if (n === "double" || n === "Double" || n === "decimal") return "number";
  if (n === "object" || n === "Object") return "unknown";
  if (n === "void") return "void";
  if (ARRAYISH.has(n)) return `${wrap(a[0])}[]`;
  if (MAPISH.has(n)) return `Map<${a[0]}, ${a[1]}>`;
  if (SETISH.has(n)) return `Set<${a[0]}>`;
  if (n === "Func") return `(${a.slice(0, -1).map((x, i) => `arg${i}: ${x}`).join(", ")}) => ${a[a.length - 1]}`;
  if (n === "Action") return `(${a.map((x, i) => `arg${i}: ${x}`).join(", ")}) => void`;
  if (ctx.handwritten.has(n)) ctx.used.add(n);
  // A nested type of a hand-written one (Base6Directions.Direction): import its outer type.
  if (n.includes(".") && ctx.handwritten.has(n.slice(0, n.indexOf(".")))) ctx.used.add(n.slice(0, n.indexOf(".")));
  return a.length ? `${n}<${a.join(", ")}>` : n;
}

function wrap(s: string): string {
  return /[|&>]|=>/.test(s) && !/^[\w.]+<.*>$/.test(s) ? `(${s})` : s;
}

function use(ctx: TsContext, name: string): string {
  ctx.prelude.add(name);
  return name;
}

function paramName(n: string): string {
  return TS_RESERVED.has(n) ? `${n}_` : n;
}

function isOptional(owner: string, method: string, p: CsParam, index: number, all: CsParam[]): boolean {
  if (PARAM_DEFAULTS[`${owner}.${method}.${p.name}`] !== undefined) return true;
  return index === all.length - 1 && p.name === "collect" && p.type.name === "Func";
}

/** TS parameter list of a method (without an extension's `this` parameter). */
function tsParams(owner: string, m: ApiMember, ctx: TsContext, skipThis: boolean): string {
  const params = skipThis ? m.params.slice(1) : m.params;
  const out: string[] = [];
  if (TYPE_TOKEN_METHODS.has(m.name) && m.typeParams.length) {
    ctx.prelude.add("BlockType");
    out.push(`type: BlockType<${m.typeParams[0]}>`);
  }
  let optional = false;
  params.forEach((p, i) => {
    optional = optional || isOptional(owner, m.name, p, i, params);
    let ty = tsType(p.type, ctx);
    if (p.modifier === "out" || p.modifier === "ref") {
      ctx.prelude.add("Out");
      ty = `Out<${ty}>`;
    }
    out.push(`${paramName(p.name)}${optional ? "?" : ""}: ${ty}`);
  });
  return out.join(", ");
}

function generics(m: ApiMember): string {
  return m.typeParams.length ? `<${m.typeParams.join(", ")}>` : "";
}

function doc(t: ApiType): string {
  return `/** ${t.fullName.replace(/\{.*\}$/, "")}${t.kind === "struct" ? " (a struct in C#: a value, compare with Equals)" : ""} */`;
}

function interfaceDecl(t: ApiType, model: ApiModel, ext: Map<string, { owner: ApiType; member: ApiMember }[]>, ctx: TsContext): string {
  const bases = t.bases.map((b) => b.replace(/<.*$/, "")).filter((b) => model.byName.get(b)?.kind === "interface" && model.byName.get(b)?.status === "generated");
  const tp = t.typeParams.length ? `<${t.typeParams.map((p) => `${p} = unknown`).join(", ")}>` : "";
  const lines: string[] = [doc(t), `export interface ${t.name}${tp}${bases.length ? ` extends ${[...new Set(bases)].join(", ")}` : ""} {`];
  // Overloads that use the method's type parameter first: TS takes the first that matches, and
  // GetBlocksOfType(IMyTextPanel, panels, p => ...) must type `p` as IMyTextPanel.
  const usesTypeParam = (m: ApiMember) => m.typeParams.some((tp) => m.params.some((p) => JSON.stringify(p.type).includes(`"name":"${tp}"`)));
  const members = [...t.members].sort((a, b) => (a.name === b.name ? Number(usesTypeParam(b)) - Number(usesTypeParam(a)) : 0));
  for (const m of members) {
    if (m.notOffered || m.notInTs || m.isStatic) continue;
    lines.push(`  ${memberSig(t.name, m, ctx, false)}`);
  }
  // C# prefers an instance member to an extension method of the same name: so does TS.
  const instance = new Set(interfaceClosure(t, model).flatMap((x) => x.members.map((m) => m.name)));
  for (const { owner, member } of ext.get(t.name) ?? []) {
    if (member.notOffered || instance.has(member.name)) continue;
    lines.push(`  /** extension method ${owner.name}.${member.name} */`);
    lines.push(`  ${memberSig(t.name, member, ctx, true)}`);
  }
  lines.push("}");
  // The interface as a value: `x instanceof IMyBatteryBlock`, `GetBlocksOfType(IMyBatteryBlock, list)`.
  ctx.prelude.add("apiType");
  lines.push(`export const ${t.name} = apiType<${t.name}>("${t.name}");`);
  return lines.join("\n");
}

function memberSig(owner: string, m: ApiMember, ctx: TsContext, extension: boolean): string {
  const tag = m.prohibited ? `/** @prohibited ${owner}.${m.name} is not on the PB whitelist (pbwhitelist.dat) */ ` : "";
  return tag + memberSigOnly(owner, m, ctx, extension);
}

function memberSigOnly(owner: string, m: ApiMember, ctx: TsContext, extension: boolean): string {
  const orNull = NULLABLE_RESULTS.has(`${owner}.${m.name}`) ? " | null" : "";
  if (m.kind === "property" || m.kind === "field") return `${m.writable && !m.isStatic ? "" : "readonly "}${m.name}: ${tsType(m.type!, ctx)}${orNull};`;
  return `${m.name}${generics(m)}(${tsParams(extension ? m.params[0].type.name : owner, m, ctx, extension)}): ${tsType(m.type!, ctx)}${orNull};`;
}

/** A struct or class: a runtime class whose members throw "not modelled" until the simulator models them. */
function classDecl(t: ApiType, ctx: TsContext): string {
  const q = (m: string) => JSON.stringify(`${t.name}.${m}`);
  const tp = t.typeParams.length ? `<${t.typeParams.join(", ")}>` : "";
  const lines: string[] = [doc(t), `export class ${t.name}${tp} {`];
  ctx.prelude.add("unmodelled");
  const ctors = t.members.filter((m) => m.kind === "constructor" && !m.notOffered);
  if (t.isStatic) lines.push(`  private constructor() {}`);
  else if (ctors.length) {
    for (const c of ctors) lines.push(`  constructor(${tsParams(t.name, c, ctx, false)});`);
    if (!ctors.some((c) => c.params.length === 0) && t.kind === "struct") lines.push(`  constructor();`);
    lines.push(`  constructor(..._args: unknown[]) {`, `    if (_args.length) throw unmodelled(${q(t.name)});`, `  }`);
  }
  const byName = new Map<string, ApiMember[]>();
  for (const m of t.members) {
    if (m.notOffered || m.kind === "constructor" || (m.kind === "method" && m.params[0]?.modifier === "this")) continue;
    const key = `${m.isStatic ? "static " : ""}${m.name}`;
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key)!.push(m);
  }
  for (const [key, ms] of byName) {
    const st = key.startsWith("static ") ? "static " : "";
    const m0 = ms[0];
    const tag = (m: ApiMember) => (m.prohibited ? `  /** @prohibited ${t.name}.${m.name} is not on the PB whitelist (pbwhitelist.dat) */` : "");
    if (m0.kind === "property" || m0.kind === "field") {
      const ty = tsType(m0.type!, ctx);
      if (m0.prohibited) lines.push(tag(m0));
      lines.push(`  ${st}get ${m0.name}(): ${ty} {`, `    throw unmodelled(${q(m0.name)});`, `  }`);
      if (m0.writable && m0.kind === "property" && t.kind === "class") lines.push(`  ${st}set ${m0.name}(_value: ${ty}) {`, `    throw unmodelled(${q(m0.name)});`, `  }`);
      continue;
    }
    const methods = ms.filter((m) => m.kind === "method");
    for (const m of methods) lines.push(`${m.prohibited ? `${tag(m)}\n` : ""}  ${st}${m.name}${generics(m)}(${tsParams(t.name, m, ctx, false)}): ${tsType(m.type!, ctx)};`);
    lines.push(`  ${st}${m0.name}(..._args: unknown[]): never {`, `    throw unmodelled(${q(m0.name)});`, `  }`);
  }
  lines.push("}");
  return lines.join("\n");
}

function enumDecl(t: ApiType): { code: string; unknown: boolean } {
  const known = t.enumValues?.values ?? {};
  const flags = t.enumValues?.flags === true;
  let next = Math.max(-1, ...Object.values(known)) + 1;
  const unknown = t.enumMembers.some((m) => known[m] === undefined);
  // Known members in value order; unknown ones after them (values pbts chose: see README).
  const ordered = [...t.enumMembers].sort((a, b) => (known[a] ?? Infinity) - (known[b] ?? Infinity));
  const body = ordered.map((m) => {
    if (known[m] !== undefined) return `  ${m} = ${known[m]},`;
    return `  /** value unknown (pbts's own) */ ${m} = ${next++},`;
  });
  const tags = [flags ? "@flags" : "", unknown ? "@valuesUnknown" : ""].filter(Boolean);
  const head = `/** ${t.fullName}${tags.length ? ` ${tags.join(" ")}` : ""}${unknown ? ` (numeric values not published: ${Object.keys(known).length ? "some" : "all"} chosen by pbts)` : ""} */`;
  return { code: `${head}\nexport enum ${t.name} {\n${body.join("\n")}\n}`, unknown };
}

export function emitTs(model: ApiModel, ctx: TsContext): string {
  const ext = extensionMethods(model);
  const parts: string[] = [];
  const gen = model.types.filter((t) => t.status === "generated" && !t.outer);
  const order: Record<string, number> = { enum: 0, interface: 1, struct: 2, class: 3 };
  gen.sort((a, b) => order[a.kind] - order[b.kind] || a.fullName.localeCompare(b.fullName));
  const seen = new Set<string>();
  for (const t of gen) {
    if (seen.has(t.name)) {
      // ITerminalProperty<TValue> joins ITerminalProperty (TS merges declarations of one name).
      continue;
    }
    seen.add(t.name);
    if (t.kind === "enum") parts.push(enumDecl(t).code);
    else if (t.kind === "interface") {
      const same = gen.filter((x) => x.name === t.name && x !== t);
      const merged: ApiType = same.length ? { ...t, typeParams: same.flatMap((x) => x.typeParams), members: [...t.members, ...same.flatMap((x) => x.members)] } : t;
      parts.push(interfaceDecl(merged, model, ext, ctx));
    } else parts.push(classDecl(t, ctx));
  }
  const interfaces = gen.filter((t) => t.kind === "interface").map((t) => t.name);
  parts.push(
    `/** The interfaces as type values, by name (\`GetBlocksOfType(Blocks.IMyTextPanel, list)\` = \`GetBlocksOfType(IMyTextPanel, list)\`). */\nconst blockTypes = {\n${[...new Set(interfaces)].map((n) => `  ${n},`).join("\n")}\n} as const;\ntype BlockTypeTokens = typeof blockTypes;\n/** Named so that type errors print \`BlockTypes\`, not the whole object type. */\nexport interface BlockTypes extends BlockTypeTokens {}\nexport const Blocks: BlockTypes = blockTypes;`,
  );
  const preludeImports = [...ctx.prelude].sort();
  const typeOnly = new Set(["int", "uint", "byte", "long", "float", "BlockType", "Out"]);
  const header = [
    "// GENERATED by compiler/api-gen (npm run api:gen) from compiler/reference/pb-api.json and enum-values.json.",
    "// Do not edit: change the generator or the reference. Hand-written types come from ../values/index.ts.",
    `import { ${preludeImports.map((n) => (typeOnly.has(n) && n !== "Out" ? `type ${n}` : n)).join(", ")} } from "../prelude.ts";`,
  ];
  const hw = [...ctx.used].filter((n) => ctx.exported.has(n)).sort();
  const pending = [...ctx.used].filter((n) => !ctx.exported.has(n)).sort();
  if (hw.length) header.push(`import type { ${hw.join(", ")} } from "../values/index.ts";`);
  if (pending.length) header.push(`import type { ${pending.join(", ")} } from "./pending.ts";`);
  return `${header.join("\n")}\n\n${parts.join("\n\n")}\n`;
}

/** Placeholders for hand-written types that compiler/se/values does not export yet. */
export function emitPending(pending: Set<string>, model: ApiModel): string {
  const lines = [
    "// GENERATED by compiler/api-gen: placeholders for hand-written value types that compiler/se/values/index.ts",
    "// does not export yet. A member using one type-checks but its values cannot be built or used yet.",
  ];
  for (const n of [...pending].sort()) {
    const t = model.types.find((x) => x.name === n && !x.outer);
    const tp = t?.typeParams.length ? `<${t.typeParams.map((p) => `${p} = unknown`).join(", ")}>` : "";
    lines.push(`export interface ${n}${tp} {\n  readonly __pbtsPending: "${n}";\n}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The sim's member table: every offered instance member of every generated interface (own members only), and bases. */
export function emitMembers(model: ApiModel): string {
  const ext = extensionMethods(model);
  const members: Record<string, Record<string, "p" | "m">> = {};
  const bases: Record<string, string[]> = {};
  for (const t of model.types) {
    if (t.status !== "generated" || t.kind !== "interface") continue;
    const own = (members[t.name] ??= {});
    for (const m of t.members) if (!m.notOffered && !m.isStatic) own[m.name] = m.kind === "method" ? "m" : "p";
    const instance = new Set(interfaceClosure(t, model).flatMap((x) => x.members.map((m) => m.name)));
    for (const { member } of ext.get(t.name) ?? []) if (!member.notOffered && !instance.has(member.name)) own[member.name] = "m";
    bases[t.name] = interfaceClosure(t, model).slice(1).map((b) => b.name);
  }
  return [
    "// GENERATED by compiler/api-gen: the members of each API interface (p = property, m = method), for the",
    "// simulator, which makes every member it does not model throw \"not modelled in the simulator: T.M\".",
    `export const API_MEMBERS: Record<string, Record<string, "p" | "m">> = ${JSON.stringify(members, null, 1)};`,
    `export const API_BASES: Record<string, string[]> = ${JSON.stringify(bases, null, 1)};`,
    `export const API_STRUCTS: readonly string[] = ${JSON.stringify(model.types.filter((t) => t.status === "generated" && t.kind === "struct" && !t.outer).map((t) => t.name))};`,
    `export const HANDWRITTEN_STRUCTS: readonly string[] = ${JSON.stringify([...new Set(model.types.filter((t) => t.status === "handwritten" && t.kind === "struct").map((t) => t.name))])};`,
    "// Offered types of namespaces the game's prologue does not import: C# names them qualified (`VRage.ObjectBuilders.SerializableDefinitionId d = ...`).",
    `export const API_QUALIFIED_NAMES: Record<string, string> = ${JSON.stringify(qualifiedNames(model), null, 1)};`,
    "",
  ].join("\n");
}

/** Offered top-level types whose namespace the prologue does not import, by simple name (a name two namespaces share is left out). */
function qualifiedNames(model: ApiModel): Record<string, string> {
  const imported = prologueNamespaces();
  const out: Record<string, string> = {};
  for (const t of model.types) {
    if (t.outer || t.status === "not-offered" || imported.has(t.namespace) || t.namespace.startsWith("System")) continue;
    if (model.types.some((o) => o !== t && o.name === t.name && !o.outer)) continue;
    out[t.name] = `${t.namespace}.${t.name}`;
  }
  return out;
}

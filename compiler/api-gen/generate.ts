// `npm run api:gen`: writes pbts/se's generated declarations and the C# stubs from compiler/reference.
// `npm run api:gen -- --check` writes nothing and fails when a committed output is stale (also a test).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { typeNames } from "./csharp.ts";
import { emitCsPending, emitCsStubs, emitProxyBases } from "./emit-cs.ts";
import { emitMembers, emitPending, emitTs, type TsContext } from "./emit-ts.ts";
import { loadModel, type ApiModel, type ApiType } from "./model.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, "../..");
export const TS_OUT = join(ROOT, "compiler/se/generated");
export const CS_OUT = join(ROOT, "compiler/csharp/stubs/generated");
export const PROXY_OUT = join(ROOT, "compiler/csharp/host/ProxyBases.generated.cs");
const VALUES_INDEX = join(ROOT, "compiler/se/values/index.ts");
const STUBS_DIR = join(ROOT, "compiler/csharp/stubs");

/** Names compiler/se/values/index.ts exports (read syntactically: `export { A, B as C } from`, `export class A`...). */
export function valuesExports(): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const read = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) for (const part of m[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()!.replace(/^type\s+/, "").trim();
      if (name) out.add(name);
    }
    for (const m of text.matchAll(/export\s+(?:declare\s+)?(?:abstract\s+)?(?:class|interface|enum|const|function|type|namespace)\s+(\w+)/g)) out.add(m[1]);
    for (const m of text.matchAll(/export\s+\*\s+from\s+["']([^"']+)["']/g)) read(resolve(dirname(file), m[1]));
  };
  read(VALUES_INDEX);
  return out;
}

/** Type names the hand-written C# stubs declare (every .cs under stubs/ except generated/). */
export function handwrittenCs(): { names: Set<string>; namespaces: Set<string> } {
  const names = new Set<string>();
  const namespaces = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== CS_OUT) walk(p);
      } else if (e.name.endsWith(".cs")) {
        const text = readFileSync(p, "utf8");
        for (const m of text.matchAll(/\b(?:struct|class|interface|enum)\s+(\w+)/g)) names.add(m[1]);
        for (const m of text.matchAll(/^\s*namespace\s+([\w.]+)/gm)) namespaces.add(m[1]);
      }
    }
  };
  walk(STUBS_DIR);
  return { names, namespaces };
}

/** Hand-written type names the generated members use (C# spelling). */
function usedHandwritten(model: ApiModel): Set<string> {
  const used = new Set<string>();
  for (const t of model.types) {
    if (t.status !== "generated") continue;
    for (const m of t.members) {
      if (m.notOffered) continue;
      const names: string[] = [];
      if (m.type) typeNames(m.type, names);
      for (const p of m.params) typeNames(p.type, names);
      for (const n of names) if (model.byName.get(n)?.status === "handwritten") used.add(n);
    }
  }
  return used;
}

export function generate(): Map<string, string> {
  const model = loadModel();
  const files = new Map<string, string>();
  const handwritten = new Set([...model.types.filter((t) => t.status === "handwritten" && !t.outer).map((t) => t.name), "StringBuilder", "TimeSpan"]);
  const ctx: TsContext = { handwritten, exported: valuesExports(), used: new Set(), prelude: new Set() };
  files.set(join(TS_OUT, "api.ts"), emitTs(model, ctx));
  files.set(join(TS_OUT, "pending.ts"), emitPending(new Set([...ctx.used].filter((n) => !ctx.exported.has(n))), model));
  files.set(join(TS_OUT, "members.ts"), emitMembers(model));
  const cs = handwrittenCs();
  const pendingCs: ApiType[] = [...usedHandwritten(model)]
    .filter((n) => !cs.names.has(n))
    .map((n) => model.byName.get(n)!)
    .filter((t) => t.kind === "struct" || t.kind === "class");
  const namespaces = new Set([...cs.namespaces, ...pendingCs.map((t) => t.namespace)]);
  for (const t of model.types) if (t.status === "generated" && !t.outer) namespaces.add(t.namespace);
  for (const [ns, text] of emitCsStubs(model, namespaces)) files.set(join(CS_OUT, `${ns}.cs`), text);
  files.set(join(CS_OUT, "Pending.cs"), emitCsPending(pendingCs));
  files.set(PROXY_OUT, emitProxyBases(model, namespaces));
  return files;
}

/** Outputs that differ from what is on disk (or are missing), and generated files no longer produced. */
export function staleOutputs(files = generate()): string[] {
  const stale: string[] = [];
  for (const [p, text] of files) if (!existsSync(p) || readFileSync(p, "utf8") !== text) stale.push(relative(ROOT, p));
  for (const dir of [TS_OUT, CS_OUT]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (!files.has(join(dir, f))) stale.push(relative(ROOT, join(dir, f)));
  }
  return stale;
}

function main(): void {
  const files = generate();
  if (process.argv.includes("--check")) {
    const stale = staleOutputs(files);
    if (stale.length) {
      console.error(`api:gen: stale generated files (run npm run api:gen):\n  ${stale.join("\n  ")}`);
      process.exit(1);
    }
    console.log("api:gen: generated files are up to date");
    return;
  }
  for (const dir of [TS_OUT, CS_OUT]) {
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (!files.has(join(dir, f))) rmSync(join(dir, f));
  }
  for (const [p, text] of files) writeFileSync(p, text);
  console.log(`api:gen: wrote ${files.size} files`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

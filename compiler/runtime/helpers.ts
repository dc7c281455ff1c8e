// Picks the runtime helpers (Js.cs) a script uses, with their dependencies.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface Helper {
  name: string;
  uses: string[];
  code: string;
}

let parsed: Map<string, Helper> | null = null;

function helpers(): Map<string, Helper> {
  if (parsed) return parsed;
  const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "Js.cs"), "utf8");
  parsed = new Map();
  const chunks = text.split(/^\/\/ @helper /m).slice(1);
  for (const chunk of chunks) {
    const lines = chunk.split("\n");
    const name = lines[0].trim();
    const uses: string[] = [];
    const body: string[] = [];
    for (const l of lines.slice(1)) {
      const m = /^\/\/ @uses (.*)$/.exec(l);
      if (m) uses.push(...m[1].split(",").map((s) => s.trim()));
      else body.push(l);
    }
    parsed.set(name, { name, uses, code: body.join("\n").trim() });
  }
  return parsed;
}

export function helperNames(): string[] {
  return [...helpers().keys()];
}

/** The body of `static class Js` for the given helpers (dependencies included, file order kept). */
export function helperSource(names: Iterable<string>): string {
  const all = helpers();
  const want = new Set<string>();
  const add = (n: string) => {
    if (want.has(n)) return;
    const h = all.get(n);
    if (!h) throw new Error(`unknown runtime helper ${n}`);
    want.add(n);
    h.uses.forEach(add);
  };
  for (const n of names) add(n);
  return [...all.values()].filter((h) => want.has(h.name)).map((h) => h.code).join("\n\n");
}

import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
// @ts-expect-error plain JS helpers without types
import { loadTypeScript } from "./compiler/bin/build-js.mjs";
// @ts-expect-error plain JS helpers without types
import { addTerminalTypeNames } from "./sim/terminal-type-args.mjs";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Scripts (not pbts's own sim/ and compiler/ code) get T's name on generic terminal-value calls, as sim/load-hooks.mjs gives them. */
const ROOT = here("./");
const scriptSource = (id: string): boolean => {
  if (!/\.tsx?$/.test(id) || id.includes("/node_modules/") || !id.startsWith(ROOT)) return false;
  const rel = id.slice(ROOT.length);
  return !rel.startsWith("compiler/") && (!rel.startsWith("sim/") || rel.startsWith("sim/scenarios/"));
};
let ts: unknown;
const terminalTypeArgs = {
  name: "pbts-terminal-type-args",
  enforce: "pre" as const,
  transform(code: string, id: string) {
    if (!scriptSource(id)) return null;
    ts ??= loadTypeScript();
    const out = addTerminalTypeNames(ts, code, id) as string;
    return out === code ? null : { code: out, map: null };
  },
};

export default defineConfig({
  plugins: [terminalTypeArgs],
  resolve: { alias: [{ find: "pbts/se", replacement: here("./compiler/se/index.ts") }, { find: "pbts/sim", replacement: here("./sim/index.ts") }, { find: /^pbts\/mixins\/(.*)$/, replacement: `${here("./mixins")}/$1` }] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});

import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: "pbts/se", replacement: here("./compiler/se/index.ts") }, { find: "pbts/sim", replacement: here("./sim/index.ts") }, { find: /^pbts\/mixins\/(.*)$/, replacement: `${here("./mixins")}/$1` }] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});

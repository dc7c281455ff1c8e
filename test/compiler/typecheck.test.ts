// The project's own TypeScript type-checks (tsx and vitest run it without checking types).
import { expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

it("tsc --noEmit passes on the whole project", () => {
  const root = resolve(import.meta.dirname, "../..");
  const r = spawnSync(process.execPath, [resolve(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", root], { encoding: "utf8" });
  expect(`${r.stdout}${r.stderr}`.trim()).toBe("");
  expect(r.status).toBe(0);
}, 120_000);

// Open findings of the adversary (/work/briefs/fo-findings.md): each scenario must hold every check
// of the oracle. Not in `npm test` (they fail until fo fixes them): `npm run test:adversary-open`.
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runAdv } from "./run.ts";
import type { AdvScenario } from "./model.ts";

const dir = join(fileURLToPath(new URL(".", import.meta.url)), "findings");

describe("failover adversary: open findings", () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
    it(f.replace(/\.json$/, ""), () => {
      const s = JSON.parse(readFileSync(join(dir, f), "utf8")) as AdvScenario;
      expect(runAdv(s).violations.map((v) => `[${v.check}] ${v.tick}: ${v.text}`)).toEqual([]);
    });
  }
});

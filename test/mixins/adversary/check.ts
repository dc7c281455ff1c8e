// Replays an adversary scenario file and prints the oracle's verdict:
//   npx tsx test/mixins/adversary/check.ts .tmp/adversary/<name>.json
import { readFileSync } from "node:fs";
import { runAdv } from "./run.ts";
import type { AdvScenario } from "./model.ts";

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx test/mixins/adversary/check.ts <scenario.json>");
  process.exit(2);
}
const s = JSON.parse(readFileSync(file, "utf8")) as AdvScenario;
const { violations } = runAdv(s);
for (const v of violations) console.log(`[${v.check}] tick ${v.tick}: ${v.text}`);
console.log(violations.length === 0 ? "no violation" : `${violations.length} violation(s)`);
process.exit(violations.length === 0 ? 0 : 1);

// Session 24 (fo-hunt): held-out families around the antenna scope's one-way range (F116), sampled like
// rv-fo23-sample.ts (not in families.ts: CI and the bench do not run them). Every check; failing scenarios are written
// to $PBTS_FAILS_DIR (default .tmp/fails) with their replay command:
//   PBTS_FAILS_DIR=.tmp/fails nice -n 15 npx tsx test/mixins/scripts/fo24-sample.ts <runs> <seed> <family,...> [from]
import { mkdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { specArb, type OpKind } from "../adversary/gen.ts";
import { sampleSpecs } from "../adversary/sample.ts";
import { scenarioFileText } from "../adversary/model.ts";

const CUT: OpKind[] = ["antenna-radius", "antenna-radius", "antenna-radius", "split", "split", "undock", "undock"];
const FAULTS: OpKind[] = ["destroy", "turn-off", "handover", "handover-next", "recompile", "save-later-load", "user-arg", "loss", "tryrun-cmd", "antenna-off"];
const FAMS: Record<string, Parameters<typeof specArb>[0]> = {
  // a rotor arm (split and joined again) or a docked drone (undocked and docked), scope=antenna, an antenna's range cut
  // short (below the grids' 30 m spacing) or its broadcasting off (a one-way range) beside faults, handovers and commands
  radius24r: { kinds: [...CUT, ...FAULTS], maxOps: 10, scope: "antenna", layout: "rotor", antennaAll: true },
  radius24d: { kinds: [...CUT, ...FAULTS], maxOps: 10, scope: "antenna", layout: "docked", antennaAll: true },
  // the same with configuration edits, copies lost in a row and flapping
  mixr24: { kinds: [...CUT, ...FAULTS, "cascade", "rank-edit", "id-edit", "flap", "save-reload", "move"], maxOps: 12, scope: "antenna", antennaAll: true },
};

const runs = Number(process.argv[2] ?? 50), seed = Number(process.argv[3] ?? 24051);
const fams = (process.argv[4] ?? Object.keys(FAMS).join(",")).split(",");
const from = Number(process.argv[5] ?? 0);
const out = process.env.PBTS_FAILS_DIR ?? ".tmp/fails";
mkdirSync(out, { recursive: true });
for (const f of fams) {
  const [base, mod] = f.split("+");
  const arb = specArb({ ...FAMS[base!]!, family: f, handleAll: mod === "handle" });
  const r = sampleSpecs(arb, f, runs, seed, (i, s, v) => {
    const file = resolve(`${out}/${f}-${seed}-${i}.json`);
    writeFileSync(file, scenarioFileText(s, file));
    console.log(`  ${f}#${i}: ${v.slice(0, 2).map((x) => `[${x.check}] ${x.tick}: ${x.text}`).join(" | ")}\n    replay: npx tsx test/mixins/adversary/check.ts ${relative(process.cwd(), file)}`);
  }, from);
  const n = runs - from;
  console.log(`${f}${from ? ` #${from}-${runs - 1}` : ""}: ${r.failing}/${n} failing`, JSON.stringify(r.byCheck), `(${(r.cpuMs / n).toFixed(0)} ms CPU per schedule)`);
}

// How often each Math function the compiler accepts differs between Node and the C# it emits under mono (README, Known
// limits): `npx tsx test/diff/math-differ.ts [--count N] [--seed S]` (default 20000 inputs per function, the inputs of
// math.test.ts): each function as the compiler emits it (the runtime helpers: 0 expected) and .NET's own (dotnet-).
import { join } from "node:path";
import { DIFF_DIR } from "./harness.ts";
import { buildHost, compare, EXACT, NATIVE } from "./math-inputs.ts";

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const count = arg("--count", 20000);
const seed = arg("--seed", 20261202);
const dotnet = EXACT.filter((f) => f.dotnet).map((f) => ({ ...f, name: `dotnet-${f.name}`, cs: f.dotnet!, helper: "" }));
const fns = [...EXACT, ...NATIVE, ...dotnet];
const exe = buildHost(fns, join(DIFF_DIR, "math-differ"));
for (const f of fns) {
  const r = compare(exe, f, count, seed);
  console.log(`${f.name.padEnd(12)} ${f.cs.padEnd(17)} ${String(r.differ).padStart(6)} of ${r.inputs} differ (${((100 * r.differ) / r.inputs).toFixed(2)}%)${r.examples[0] ? `  e.g. ${r.examples[0]}` : ""}`);
}

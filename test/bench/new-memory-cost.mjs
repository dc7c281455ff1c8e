// What new memory costs on this machine (issue 17: a traced run keeps its record's bytes, and each
// byte of new memory costs page faults): writes <mb> MB into new 64 KB chunks
// (Buffer.allocUnsafeSlow, as sim/trace-runs.ts keeps its records), one byte every <step>, and prints
// the CPU (user + system, process.cpuUsage) per byte. `node test/bench/new-memory-cost.mjs 200 1`
// and `... 200 4096` (one byte a page: the same cost, so it is the pages, not the writes).
const [mbS = "200", stepS = "1"] = process.argv.slice(2);
const mb = Number(mbS);
const step = Number(stepS);
const keep = [];
const t0 = process.cpuUsage();
for (let c = 0; c < mb * 16; c++) {
  const b = Buffer.allocUnsafeSlow(65536);
  for (let i = 0; i < 65536; i += step) b[i] = i;
  keep.push(b);
}
const t = process.cpuUsage(t0);
console.log(`${mb} MB, a byte every ${step}: user ${(t.user / 1000).toFixed(0)} ms, system ${(t.system / 1000).toFixed(0)} ms, ${(((t.user + t.system) * 1000) / (mb * 1048576)).toFixed(2)} ns a byte (${keep.length} chunks)`);

// Preloaded (node --import) into a measured child process: at exit it appends the process's CPU time
// in microseconds (user + system, all threads) to the file named by PBTS_CPU_OUT.
import { appendFileSync } from "node:fs";

const out = process.env.PBTS_CPU_OUT;
if (out) {
  process.on("exit", () => {
    const u = process.cpuUsage();
    appendFileSync(out, `${u.user + u.system}\n`);
  });
}

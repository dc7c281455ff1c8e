import { readFileSync } from "node:fs";
import { runAdv } from "./test/mixins/adversary/run.ts";
const [f, from, to] = process.argv.slice(2);
const r = runAdv(JSON.parse(readFileSync(f, "utf8")));
for (const e of r.events as any[]) if (e.tick >= Number(from) && e.tick <= Number(to) && e.block && (e.kind !== "run" || /@on|@off|handover|active|lost|preempt|taking|ACTIVE/i.test(String(e.data.echo)))) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 300));

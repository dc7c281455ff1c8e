import { it } from "vitest";
import { replay } from "../properties.ts";
it("dbg", () => {
  const s = {"seed":1,"ranks":[0,333,333,0,1],"faults":[{"tick":677,"kind":"turn-off","node":0,"duration":493},{"tick":676,"kind":"save-reload","node":0,"duration":1},{"tick":1085,"kind":"flap","node":3,"duration":384}],"explicit":false,"updates":[100,1,1,100,1],"timeout":2,"heartbeat":20} as any;
  const o = replay(s);
  const g = o.g;
  console.log(g.order, g.names.map((n) => g.sim.pb(n).EntityId));
  for (let t = 1150; t < 1320; t++) if (o.w.timeline[t]!.join() !== o.w.timeline[t-1]!.join()) console.log(t, o.w.timeline[t]);
  const ev = g.sim.trace.events.filter((e) => e.tick >= 1150 && e.tick < 1320 && (e.block === "PB0" || e.block === "PB3"|| e.block === "PB4") && e.kind !== "igc-deliver" && e.kind !== "igc-drop" && !(e.kind === "run" && /^role: \w+\n$/.test(String(e.data.echo))));
  for (const e of ev) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 200));
});

import { it } from "vitest";
import { replay } from "../properties.ts";
it("dbg", () => {
  const s = {"seed":1,"ranks":[0,378,0,379,1,1,0],"faults":[{"tick":1623,"kind":"flap","node":2,"duration":282},{"tick":300,"kind":"destroy","node":0,"duration":1}],"explicit":false,"updates":[100,100,100,100,100,100,100],"timeout":2,"heartbeat":20} as any;
  const o = replay(s);
  const g = o.g;
  console.log(g.order, g.names.map((n) => g.sim.pb(n).EntityId));
  for (let t = 1600; t < 1720; t++) if (o.w.timeline[t]!.join() !== o.w.timeline[t-1]!.join()) console.log(t, o.w.timeline[t]);
  const ev = g.sim.trace.events.filter((e) => e.tick >= 1600 && e.tick < 1720 && (e.block === "PB2" || e.block === "PB6") && e.kind !== "igc-deliver" && e.kind !== "igc-drop" && !(e.kind === "run" && /^role: \w+\n$/.test(String(e.data.echo))));
  for (const e of ev) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 200));
});

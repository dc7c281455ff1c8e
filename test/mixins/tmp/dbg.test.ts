import { it } from "vitest";
import { replay } from "../properties.ts";
it("dbg", () => {
  const s = {"seed":82804646,"ranks":[0,0,0,0,0],"faults":[{"tick":300,"kind":"throw","node":3,"duration":123},{"tick":424,"kind":"damage","node":4,"duration":104}],"explicit":false,"updates":[100,100,100,100,100],"timeout":2,"heartbeat":20} as any;
  const o = replay(s);
  const g = o.g;
  console.log(o.violations.slice(0,3), g.order);
  for (let t = 400; t < 700; t++) if (o.w.timeline[t]!.join() !== o.w.timeline[t-1]!.join()) console.log(t, o.w.timeline[t]);
  const ev = g.sim.trace.events.filter((e) => e.tick >= 420 && e.tick < 570 && (e.block==="PB3"||e.block==="PB4") && e.kind !== "igc-deliver" && e.kind !== "igc-drop" && !(e.kind === "run" && /^(role: \w+\n)?$/.test(String(e.data.echo))) );
  for (const e of ev.slice(0, 80)) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 200));
});

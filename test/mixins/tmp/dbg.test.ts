import { it } from "vitest";
import { replay } from "../properties.ts";
it("dbg", () => {
  const s = {"seed":1,"ranks":[0,1,1],"faults":[{"tick":301,"kind":"flap","node":0,"duration":1},{"tick":300,"kind":"handover","node":0,"duration":1},{"tick":300,"kind":"destroy","node":1,"duration":1}],"explicit":true,"updates":[1,1,1],"timeout":2,"heartbeat":20} as any;
  const o = replay(s);
  const g = o.g;
  console.log(o.violations.slice(0,3), g.order);
  for (let t = 250; t < 600; t++) if (o.w.timeline[t]!.join() !== o.w.timeline[t-1]!.join()) console.log(t, o.w.timeline[t]);
  const ev = g.sim.trace.events.filter((e) => e.tick >= 298 && e.tick < 420 && e.kind !== "igc-deliver" && e.kind !== "igc-drop" && !(e.kind === "run" && /^(role: \w+\n)?$/.test(String(e.data.echo))) && !(e.kind === "igc-send" && /^[AS]\d;20;/.test(String(e.data.data))));
  for (const e of ev.slice(0, 70)) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 220));
});

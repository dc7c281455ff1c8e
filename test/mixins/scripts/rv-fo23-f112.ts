// F112's family (session 23, rv-fo): a programmable block that is no copy of the group, off when a copy takes the role
// and working again later. Three copies of grp (ranks 0-2), PB0 destroyed at 300 (PB1 takes over), "Other" off (or
// unpowered, or damaged) at 100 and back at 450, 520 or 900. Varied: the copies' frequency (Update1/10/100), HandleCommand
// or the drop-in usage, how Other is down, Other's CustomData (another script's section, another group's, empty).
// Each variant is judged by the adversary's oracle with every check; prints the failing ones and a count:
//   nice -n 15 npx tsx test/mixins/scripts/rv-fo23-f112.ts
import { runAdv } from "../adversary/run.ts";
import { renderCfg, scenario, type NodeSpec } from "../adversary/model.ts";
import type { ScenarioEvent } from "../../../sim/scenario.ts";

let bad = 0;
let n = 0;
for (const up of [1, 10, 100] as const)
  for (const handle of [true, false])
    for (const how of ["off", "unpower", "damage"])
      for (const cd of ["[airlock]\ndelay=3", "[failover]\nid=other\nrank=0", ""])
        for (const on of [450, 520, 900]) {
          const nodes: NodeSpec[] = [0, 1, 2].map((i) => ({ name: `PB${i}`, grid: "Ship", update: up, handle, customData: renderCfg({ id: "grp", rank: i }, up, handle) }));
          const [a, b] = how === "off" ? ["turn-off", "turn-on"] : how === "unpower" ? ["unpower", "repower"] : ["damage", "repair"];
          const ev = [{ tick: 100, kind: a, block: "Other" }, { tick: 300, kind: "destroy", block: "PB0" }, { tick: on, kind: b, block: "Other" }] as ScenarioEvent[];
          const s = scenario({ name: "f112", ticks: on + 900, nodes, events: ev });
          s.grids[0]!.blocks!.push({ type: "programmable", name: "Other", customData: cd } as never);
          const v = runAdv(s).violations;
          n++;
          if (v.length === 0) continue;
          bad++;
          console.log(`U${up} ${handle ? "handle" : "dropin"} ${how} Other=${JSON.stringify(cd.split("\n")[0])} back@${on}: ${v.map((x) => `${x.check}@${x.tick}`).join(" ")}`);
        }
console.log(`${bad} of ${n} fail`);

import { it } from "vitest";
import { Watch, makeGroup, manager } from "../mixins/harness.ts";
const V: string[] = [
  "[failover]\n# the drill group\nid=miner\nrank=0",
  "[failover]\n  ; indented comment\nid=miner\nrank=0",
  "; my config\n[failover]\nid=miner\nrank=0",
  "[failover] ; failover config\nid=miner\nrank=0",
  "[failover]\nid=miner\nrank=0;primary",
  "[failover]\nid=miner\nrank=0 //primary",
  "[failover]\nid = miner\nrank = 0",
  "[Failover]\nID=miner\nRank=0\nPreempt=FALSE\nScope=Antenna",
  "id=miner\nrank=0",
  "\n\nid=miner\nrank=0",
  "[failover]\nid=miner\nrank=0\nheartbeat=1,5",
  "[failover]\nid=miner\nrank=0\nheartbeat=1.5s",
  "[failover]\nid=miner\nrank=0\nid=other",
  "[failover]\nid=miner\n\n\nrank 0",
  "[failover]\r\nid=miner\r\nrank=0\r\n",
  "[failover]\nid=miner\nrank=0\n[failover]\nrank=1",
  "[failover]\nid=miner\nrank=#1",
  "[failover]\nid=miner\nrank=1\ntimeout=3 # misses",
  "[failover]\nid=miner\nrank=1\nheartbeat=0.01",
  "[failover]\nid=miner\nrank=1\nenabled=",
  "[failover]\nid=miner\nrank=1\npreempt=",
  "[failover]\nid=miner\nrank=1\npreemptdelay=",
  "[failover]\nid=miner\nrank=1\ntimeout=",
  "[failover]\nid=miner\nrank=1\nscope=Connected ; docked",
  "[failover]\nid=miner\nrank=1\nheartbeat=1e400",
  "[failover]\nid=miner\nrank=(1)",
  "[failover]\nid=miner\nrank=+1",
  "[failover]\nid=miner\nrank=1,000",
  "[failover]\nid=my miner group\nrank=1",
  "[failover]\nid=miner\nrank=1\n---\nnotes",
  "  [failover]\nid=miner\nrank=0",
  "[failover]\nid=miner ; group\n ; note\nrank=0",
  "[failover]\nid:miner\nrank:0",
  "[failover]\nid=miner\nrank=0\n[other]\nx=1 ; ok",
];
it("probe", () => {
  for (const [i, t] of V.entries()) {
    const g = makeGroup({ n: 1, seed: 5 + i, customData: () => t });
    new Watch(g.sim, g.names).runUntil(300);
    const m = manager(g.sim, "PB0")!;
    console.log(JSON.stringify(t), "\n   =>", m.ConfigError || `OK id=${m.Id} rank=${m.Rank} hb=${m.HeartbeatTicks} to=${m.Timeout} preempt=${m.Preempt} scope=${m.Scope} enabled=${m.ConfigEnabled}`);
  }
});

// Every counterexample the properties found, as a named test (the schedule as fast-check printed
// it). Each replays the whole property check: the group checks or the work-queue oracle.
import { describe, it } from "vitest";
import { checkGroup, checkWork, type Scenario, type WorkScenario } from "./properties.ts";

const group: [string, Scenario][] = [
  [
    "an ownership change (to a friendly owner) recompiled at once: the copy rejoins the group",
    { seed: 1, ranks: [0, 0, 0], faults: [{ tick: 300, kind: "change-owner", node: 0, duration: 1 }], explicit: false, updates: [1, 1, 1], timeout: 2, heartbeat: 20 },
  ],
  [
    "handover then 'failover enable' right away: the handed-over copy advertises R, the next takes over (no group waiting on it)",
    { seed: 1333250814, ranks: [1, 1, 1], faults: [{ tick: 1407, kind: "handover", node: 0, duration: 1 }, { tick: 1296, kind: "save-reload", node: 0, duration: 1 }], explicit: true, updates: [100, 100, 100], timeout: 2, heartbeat: 20 },
  ],
  [
    "a briefly switched-off active that misses no run is watched by whoever is active, not only by the copy that took over",
    { seed: 1, ranks: [0, 333, 333, 0, 1], faults: [{ tick: 677, kind: "turn-off", node: 0, duration: 493 }, { tick: 673, kind: "save-reload", node: 0, duration: 1 }, { tick: 1077, kind: "flap", node: 3, duration: 372 }], explicit: false, updates: [100, 1, 1, 100, 100], timeout: 2, heartbeat: 20 },
  ],
  [
    "the copy that takes over on a visible loss watches the old active from its takeover run on (flapping active)",
    { seed: 1, ranks: [0, 378, 0, 379, 1, 1, 0], faults: [{ tick: 1623, kind: "flap", node: 2, duration: 282 }, { tick: 300, kind: "destroy", node: 0, duration: 1 }], explicit: false, updates: [100, 100, 100, 100, 100, 100, 100], timeout: 2, heartbeat: 20 },
  ],
  [
    "a preempting copy that does not know a briefly-down old active waits until the active stops watching it",
    { seed: 1, ranks: [0, 333, 333, 0, 1], faults: [{ tick: 677, kind: "turn-off", node: 0, duration: 493 }, { tick: 676, kind: "save-reload", node: 0, duration: 1 }, { tick: 1085, kind: "flap", node: 3, duration: 384 }], explicit: false, updates: [100, 1, 1, 100, 1], timeout: 2, heartbeat: 20 },
  ],
  [
    "the operator's 'failover enable' after a handover hit a switched-off block: the copy rightly does not preempt",
    { seed: 1, ranks: [0, 1, 1], faults: [{ tick: 301, kind: "flap", node: 0, duration: 1 }, { tick: 300, kind: "handover", node: 0, duration: 1 }, { tick: 300, kind: "destroy", node: 1, duration: 1 }], explicit: true, updates: [1, 1, 1], timeout: 2, heartbeat: 20 },
  ],
  [
    "50% message loss on the lowest copy for 533 ticks: two may act while it lasts (cut off), one after",
    { seed: 294976778, ranks: [2, 0, 0, 1], faults: [{ tick: 300, kind: "loss", node: 1, duration: 533 }], explicit: false, updates: [10, 1, 10, 1], timeout: 5, heartbeat: 20 },
  ],
  [
    "the end of a lag is a disruption too: the handover to the returning lowest rank may leave one tick without an active",
    { seed: 1, ranks: [0, 1, 1, 1], faults: [{ tick: 300, kind: "lag", node: 0, duration: 398 }, { tick: 702, kind: "destroy", node: 0, duration: 1 }], explicit: false, updates: [1, 1, 1, 1], timeout: 2, heartbeat: 20 },
  ],
  [
    "a copy rebuilt while the active was off for less than a run interval takes over; it watches the switched-off PBs it does not know",
    { seed: 1992744351, ranks: [0, 0, 0], faults: [{ tick: 937, kind: "turn-off", node: 2, duration: 9 }, { tick: 300, kind: "destroy", node: 0, duration: 1 }, { tick: 641, kind: "change-owner", node: 1, duration: 241 }], explicit: false, updates: [100, 100, 100], timeout: 2, heartbeat: 20 },
  ],
  [
    "the same with a damaged active that misses no run (104 ticks at Update100)",
    { seed: 82804646, ranks: [0, 0, 0, 0, 0], faults: [{ tick: 300, kind: "throw", node: 3, duration: 123 }, { tick: 424, kind: "damage", node: 4, duration: 104 }], explicit: false, updates: [100, 100, 100, 100, 100], timeout: 2, heartbeat: 20 },
  ],
  [
    "a copy flapping during its own query round loses the answers: a round nobody answers is asked again (up to three)",
    { seed: 1, ranks: [0, 1, 0], faults: [{ tick: 1988, kind: "flap", node: 1, duration: 1 }, { tick: 1376, kind: "unpower", node: 1, duration: 529 }], explicit: false, updates: [100, 100, 100], timeout: 2, heartbeat: 20 },
  ],
];

const work: [string, WorkScenario][] = [
  [
    "a disabled copy still hands its checkpoint to a copy that asks (recompiled with empty Storage)",
    { seed: 1, faults: [{ tick: 300, kind: "destroy", node: 1, duration: 110 }, { tick: 300, kind: "disable", node: 0, duration: 304 }, { tick: 300, kind: "throw", node: 2, duration: 110 }] },
  ],
  [
    "every copy lost its memory (two destroyed, the last one's owner changed before any Save()): the queue starts again at 1",
    { seed: 1, faults: [{ tick: 1492, kind: "change-owner", node: 1, duration: 300 }, { tick: 771, kind: "destroy", node: 0, duration: 110 }, { tick: 1926, kind: "turn-off", node: 1, duration: 466 }, { tick: 300, kind: "destroy", node: 2, duration: 110 }] },
  ],
  [
    "all three killed at once: the recompiled copy starts from its (empty) Storage",
    { seed: 1, faults: [{ tick: 300, kind: "destroy", node: 1, duration: 110 }, { tick: 300, kind: "destroy", node: 0, duration: 110 }, { tick: 300, kind: "throw", node: 2, duration: 110 }] },
  ],
  [
    "the copy that held the newest checkpoint in Storage is destroyed right after a world load; the one left was rebuilt without it (its message was in flight at the load)",
    { seed: 1, faults: [{ tick: 1306, kind: "destroy", node: 2, duration: 110 }, { tick: 1305, kind: "save-reload", node: 0, duration: 110 }, { tick: 300, kind: "destroy", node: 0, duration: 110 }, { tick: 1144, kind: "change-owner", node: 1, duration: 148 }] },
  ],
  [
    "a disabled copy that holds the checkpoint and was damaged while the others asked offers it when it runs again",
    { seed: 1, faults: [{ tick: 383, kind: "damage", node: 0, duration: 110 }, { tick: 300, kind: "change-owner", node: 1, duration: 110 }, { tick: 300, kind: "disable", node: 0, duration: 110 }, { tick: 300, kind: "destroy", node: 2, duration: 110 }] },
  ],
  [
    "a standby switched back on is told the checkpoint at once by the active, which is destroyed two ticks later (the standby had missed it while off)",
    { seed: 1, faults: [{ tick: 746, kind: "destroy", node: 1, duration: 110 }, { tick: 300, kind: "turn-off", node: 2, duration: 443 }, { tick: 592, kind: "turn-off", node: 0, duration: 378 }] },
  ],
  [
    "the same with the active destroyed on the next tick: its only run that saw the standby back sent a message that died with it (the repeat no copy could prevent)",
    { seed: 1, faults: [{ tick: 744, kind: "destroy", node: 1, duration: 110 }, { tick: 300, kind: "turn-off", node: 2, duration: 443 }, { tick: 592, kind: "turn-off", node: 0, duration: 378 }] },
  ],
  [
    "a copy recompiled after a crash asks the group from its constructor: the active, switched off before the copy's first run, has already answered with the checkpoint",
    { seed: 1611471304, faults: [{ tick: 1727, kind: "throw", node: 0, duration: 391 }, { tick: 1273, kind: "throw", node: 0, duration: 470 }, { tick: 769, kind: "lag", node: 2, duration: 604 }, { tick: 1610, kind: "turn-off", node: 1, duration: 474 }, { tick: 1792, kind: "turn-off", node: 2, duration: 506 }] },
  ],
  [
    "the holder's only run after the standby came back crashed (a thrown script sends nothing): the standby redoes the item the holder kept in Storage (the oracle does not count a crashed run)",
    { seed: 1, faults: [{ tick: 300, kind: "destroy", node: 0, duration: 110 }, { tick: 1592, kind: "throw", node: 1, duration: 112 }, { tick: 1092, kind: "recompile", node: 1, duration: 110 }, { tick: 1001, kind: "turn-off", node: 2, duration: 592 }] },
  ],
];

describe("property counterexamples: the group", () => {
  for (const [name, s] of group) it(name, () => checkGroup(s));
});

describe("property counterexamples: the work queue", () => {
  for (const [name, s] of work) it(name, () => checkWork(s));
});

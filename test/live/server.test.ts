// The live view's server API (no browser): the page's files, stepping, fault injection at the
// current tick, refusals, Save as scenario replayed to the same trace, playing, load errors and
// a port in use. The browser test is browser.test.ts.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { request } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FAILOVER, ROOT, TMP, firstDifference, pbWithRole, replay, startLive, type Running } from "./helpers.ts";
import { LiveServer } from "../../sim/live/server.ts";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";

const noMono = csChecksUnavailable();

let running: Running | null = null;
afterEach(async () => {
  await running?.server.close();
  running = null;
});
async function live(scenario = FAILOVER, opts = {}): Promise<Running> {
  running = await startLive(scenario, opts);
  return running;
}
function block(state: any, key: string): any {
  for (const g of state.grids) for (const b of g.blocks) if (b.key === key) return b;
  throw new Error(`no block ${key} in the state`);
}

describe("live view: the page", () => {
  it("serves the page and its assets itself, and the page loads nothing from elsewhere", async () => {
    const r = await live();
    const html = await r.get("/");
    expect(html.status).toBe(200);
    expect(html.body).toContain('<script type="module" src="/app.js">');
    for (const [path, type] of [["/app.js", "text/javascript"], ["/timeline.js", "text/javascript"], ["/screens.js", "text/javascript"], ["/style.css", "text/css"]] as const) {
      const res = await fetch(r.url + path.slice(1));
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toContain(type);
      const text = await res.text();
      expect(text, `${path} must not load anything from another host`).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//);
      expect(text).not.toMatch(/import .* from ["']https?:/);
    }
    expect((await r.get("/nope")).status).toBe(404);
  });

  it("answers this machine's own page only: no other Host, no other site's Origin, POSTs as JSON", async () => {
    const r = await live();
    const step = (headers: Record<string, string>) => fetch(r.url + "api/step", { method: "POST", headers, body: "{}" });
    expect((await step({ "content-type": "application/json" })).status).toBe(200);
    expect((await step({ "content-type": "application/json", origin: r.url.replace(/\/$/, "") })).status).toBe(200);
    const text = await step({ "content-type": "text/plain" });
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: string }).error).toBe("send the request as JSON (content-type: application/json)");
    const evil = await step({ "content-type": "application/json", origin: "http://evil.example" });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { error: string }).error).toBe("requests from another page (http://evil.example) are refused");
    expect((await step({ "content-type": "application/json", origin: "null" })).status).toBe(403);
    // a DNS-rebound name for 127.0.0.1
    const port = new URL(r.url).port;
    const rebound = await new Promise<number>((done) => {
      const req = request({ host: "127.0.0.1", port, path: "/api/state", headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        done(res.statusCode!);
      });
      req.end();
    });
    expect(rebound).toBe(403);
    expect((await r.get("/api/state")).body.tick).toBe(2);
  });
});

describe("live view: stepping and the picture", () => {
  it("starts at tick 0 and shows grids by construct, blocks with their state, PB roles from the trace", async () => {
    const r = await live();
    let s = (await r.get("/api/state")).body;
    expect(s.tick).toBe(0);
    expect(s.endTick).toBe(1800);
    expect(s.grids.map((g: any) => g.name)).toEqual(["Ship", "Drone", "Station"]);
    const [ship, drone, station] = s.grids;
    expect(drone.construct).toBe(ship.construct); // joined by the rotor
    expect(station.construct).not.toBe(ship.construct);
    expect(station.connected).toBe(ship.connected); // docked
    s = (await r.post("/api/step", { ticks: 300 })).body.state;
    expect(s.tick).toBe(300);
    expect(pbWithRole(s, "active")).toBe("PB 0");
    expect(block(s, "PB 1").role).toBe("standby");
    expect(block(s, "PB 0").echo).not.toBe("");
    expect(block(s, "PB 0").surfaces[0].index).toBe(0); // the PB's own screen
    expect(block(s, "Work Log").surfaces[0]).toMatchObject({ index: null, font: "Debug", fontSize: 1 });
    expect(block(s, "PB 0").igc.sent).toBeGreaterThan(0);
    expect(s.bands["PB 0"].roles.at(-1)[1]).toBe("active");
    const log = (await r.get("/api/state")).body.log;
    expect(log.entries.length).toBeGreaterThan(0);
    const trace = (await r.get("/api/trace")).body as any[];
    expect(log.entries.at(-1)).toMatchObject({ i: trace.length - 1, tick: trace.at(-1).tick, kind: trace.at(-1).kind });
  });

  it("step to next run stops at the first tick where a script ran", async () => {
    const r = await live();
    await r.post("/api/step", { ticks: 200 });
    const out = (await r.post("/api/next-run", {})).body;
    const trace = (await r.get("/api/trace")).body as any[];
    const runs = trace.filter((e) => e.kind === "run" && e.tick > 200);
    expect(runs.length).toBeGreaterThan(0);
    expect(out.state.tick).toBe(runs[0].tick);
    expect(runs.every((e) => e.tick === out.state.tick)).toBe(true);
  });

  it("a fault is the scenario action at the next tick: traced there, and the page shows its effect", async () => {
    const r = await live();
    await r.post("/api/step", { ticks: 300 });
    const out = (await r.post("/api/action", { action: { kind: "destroy", block: "PB 0" } })).body;
    expect(out.action).toEqual({ tick: 301, kind: "destroy", block: "PB 0" });
    expect(out.state.tick).toBe(301); // paused: the tick is simulated at once
    expect(block(out.state, "PB 0").status).toBe("destroyed");
    const faults = ((await r.get("/api/trace")).body as any[]).filter((e) => e.kind === "fault");
    expect(faults).toEqual([{ tick: 301, block: "PB 0", kind: "fault", data: { kind: "destroy", block: "PB 0" } }]);
    expect(r.lines).toContain("pbts sim: tick 301: destroy PB 0");
    // the failover takes place: another copy becomes active
    const s = (await r.post("/api/step", { ticks: 600 })).body.state;
    expect(pbWithRole(s, "active")).toBe("PB 1");
    expect(s.marks).toEqual([{ tick: 301, block: "PB 0", kind: "destroy" }]);
  });

  it("shows property events, a terminated script's DetailedInfo, and trace kinds it does not know (sprites, others)", async () => {
    const r = await live();
    await r.post("/api/step", { ticks: 200 });
    let s = (await r.post("/api/action", { action: { kind: "set", block: "Battery", property: "CurrentStoredPower", value: 0.5 } })).body.state;
    expect(block(s, "Battery").properties).toEqual({ CurrentStoredPower: 0.5 });
    await r.post("/api/action", { action: { kind: "throw", block: "PB 2", message: "Simulated crash" } });
    s = (await r.post("/api/next-run", { block: "PB 2" })).body.state;
    expect(block(s, "PB 2").status).toBe("terminated");
    expect(block(s, "PB 2").detailedInfo).toBe("Caught exception during execution of script: Simulated crash");
    // Kinds the simulator may trace later reach the page as they are: a frame of sprites on a
    // surface, and any other kind per block.
    const sim = r.server.session!.sim;
    const frame = { sprites: [{ Type: "TEXTURE", Data: "SquareSimple", Position: [256, 256], Size: [100, 50], Color: { R: 255, G: 0, B: 0, A: 255 } }] };
    sim.trace.add(sim.tick, "Work Log", "sprites" as never, frame);
    sim.trace.add(sim.tick, "Hatch", "future-kind" as never, { x: 1 });
    s = (await r.post("/api/step", { ticks: 1 })).body.state;
    expect(block(s, "Work Log").surfaces[0].sprites).toEqual({ tick: s.tick - 1, ...frame });
    expect(block(s, "Hatch").otherEvents).toEqual({ "future-kind": { tick: s.tick - 1, x: 1 } });
  });

  it("a queued action waits for the next step", async () => {
    const r = await live();
    await r.post("/api/step", { ticks: 10 });
    const out = (await r.post("/api/action", { action: { kind: "turn-off", block: "PB 2" }, queue: true })).body;
    expect(out.state.tick).toBe(10);
    expect(block(out.state, "PB 2").status).toBe("working");
    const s = (await r.post("/api/step", { ticks: 1 })).body.state;
    expect(block(s, "PB 2").status).toBe("off");
  });

  it("refuses a bad action with a message and keeps running", async () => {
    const r = await live();
    const bad: [unknown, RegExp][] = [
      [{ kind: "explode", block: "PB 0" }, /unknown action kind "explode": use one of destroy/],
      [{ kind: "destroy", block: "PB 9" }, /No block named "PB 9"/],
      [{ kind: "throw", block: "Work Log" }, /block "Work Log" is not a programmable block/],
      [{ kind: "lag", ticks: -3 }, /"lag" needs "ticks": a whole number of ticks above 0/],
      [{ kind: "message-loss", probability: 2 }, /a probability from 0 to 1/],
      [{ kind: "disconnect", block: "PB 0" }, /is not a connector/],
      [{ kind: "detach", joint: "Hinge" }, /No joint named "Hinge"/],
      [{ kind: "set", block: "Battery", property: "Nope", value: 1 }, /Nope/],
      [{ kind: "recompile", block: "PB 0", script: "./x.ts" }, /cannot swap the script/],
      ["destroy", /an action is an object/],
    ];
    for (const [action, message] of bad) {
      const res = await r.post("/api/action", { action });
      expect(res.status, JSON.stringify(action)).toBe(400);
      expect(res.body.error).toMatch(message);
    }
    expect((await r.post("/api/step", { ticks: 0 })).body.error).toMatch(/"ticks" is a whole number from 1/);
    expect((await r.post("/api/speed", { speed: -1 })).body.error).toMatch(/speed is ticks per second/);
    expect((await r.post("/api/frob")).status).toBe(404);
    const s = (await r.post("/api/step", { ticks: 5 })).body.state;
    expect(s.tick).toBe(5);
    expect(s.actions).toEqual([]);
  });
});

describe("live view: going back", () => {
  it("rewind to a tick gives the trace up to it; undo drops the last action; the saved session still replays", async () => {
    const r = await live();
    await r.post("/api/step", { ticks: 100 });
    await r.post("/api/action", { action: { kind: "turn-off", block: "PB 2" } });
    await r.post("/api/step", { ticks: 99 });
    await r.post("/api/action", { action: { kind: "destroy", block: "PB 0" } });
    await r.post("/api/step", { ticks: 199 });
    const full = (await r.get("/api/trace")).body as any[];
    expect(full.filter((e) => e.kind === "fault").map((e) => e.tick)).toEqual([101, 201]);
    let s = (await r.post("/api/rewind", { tick: 150 })).body.state;
    expect(s.tick).toBe(150);
    expect(s.actions).toEqual([{ tick: 101, kind: "turn-off", block: "PB 2" }]);
    expect((await r.get("/api/trace")).body).toEqual(full.filter((e) => e.tick <= 150));
    expect((await r.post("/api/rewind", { tick: 151 })).body.error).toMatch(/tick 151 is ahead of the session/);
    s = (await r.post("/api/undo")).body.state;
    expect(s.tick).toBe(100);
    expect(s.actions).toEqual([]);
    expect((await r.get("/api/trace")).body).toEqual(full.filter((e) => e.tick <= 100));
    expect((await r.post("/api/undo")).body.error).toBe("no action to undo");
    await r.post("/api/action", { action: { kind: "damage", block: "PB 1" } });
    await r.post("/api/step", { ticks: 300 });
    const path = join(TMP, "rewound.json");
    await r.post("/api/save", { path });
    expect(firstDifference((await r.get("/api/trace")).body, await replay(path))).toBeNull();
  });
});

describe("live view: Save as scenario", () => {
  it("writes the scenario plus every action at its tick; pbts sim replays it to the same trace", async () => {
    const r = await live();
    const actions: [number, Record<string, unknown>][] = [
      [120, { kind: "damage", block: "PB 2" }],
      [60, { kind: "repair", block: "PB 2" }],
      [50, { kind: "turn-off", block: "PB 1" }],
      [90, { kind: "turn-on", block: "PB 1" }],
      [30, { kind: "unpower", grid: "Ship" }],
      [1, { kind: "repower", grid: "Ship" }],
      [40, { kind: "unpower", block: "PB 2" }],
      [20, { kind: "repower", block: "PB 2" }],
      [80, { kind: "throw", block: "PB 0", message: "boom" }],
      [30, { kind: "recompile", block: "PB 0" }],
      [10, { kind: "lag", block: "PB 1", ticks: 30 }],
      [10, { kind: "lag", ticks: 12 }],
      [10, { kind: "message-loss", probability: 0.3 }],
      [200, { kind: "message-loss", block: "PB 2", probability: 0.5 }],
      [5, { kind: "run", block: "PB 1", argument: "failover status" }],
      [5, { kind: "set", block: "Battery", property: "CurrentStoredPower", value: 0.5 }],
      [5, { kind: "detach", joint: "Rotor" }],
      [40, { kind: "attach", joint: "Rotor" }],
      [5, { kind: "disconnect", block: "Dock A" }],
      [40, { kind: "connect", block: "Dock A", to: "Dock B" }],
      [60, { kind: "save-reload" }],
      [100, { kind: "destroy", block: "PB 0" }],
    ];
    for (const [wait, action] of actions) {
      await r.post("/api/step", { ticks: wait });
      const res = await r.post("/api/action", { action });
      expect(res.body.error, JSON.stringify(action)).toBeUndefined();
    }
    await r.post("/api/step", { ticks: 300 });
    const path = join(TMP, "server-save.json");
    const saved = (await r.post("/api/save", { path })).body;
    expect(saved.path).toBe(path);
    const state = saved.state;
    expect(state.actions).toHaveLength(actions.length);
    const trace = (await r.get("/api/trace")).body as unknown[];
    expect(trace.filter((e: any) => e.kind === "fault")).toHaveLength(actions.length);
    const again = await replay(path);
    expect(firstDifference(trace, again)).toBeNull();
    // the download gives the same scenario
    const download = await fetch(r.url + `api/scenario?path=${encodeURIComponent(path)}`);
    expect(download.headers.get("content-disposition")).toContain('filename="server-save.json"');
    const file = (await import("node:fs")).readFileSync(path, "utf8");
    expect(await download.text()).toBe(file);
    const scenario = JSON.parse(file);
    expect(scenario.ticks).toBe(state.tick);
    expect(scenario.grids[0].blocks[0].script).toBe("../../mixins/examples/work-queue.ts");
  });

  it("keeps the order of a live action and a random fault drawn for the same tick", async () => {
    const path = join(TMP, "random-faults.json");
    const base = JSON.parse((await import("node:fs")).readFileSync(FAILOVER, "utf8"));
    base.grids[0].blocks = base.grids[0].blocks.map((b: any) => (b.script ? { ...b, script: join(ROOT, "mixins/examples/work-queue.ts") } : b));
    writeFileSync(path, JSON.stringify({ ...base, randomFaults: { count: 4, kinds: ["turn-off", "throw", "lag"], blocks: ["PB 1", "PB 2"] } }));
    const r = await live(path);
    await r.post("/api/step", { ticks: 1 });
    const pending = r.server.session!.sim.pendingActions.filter((a) => a.random);
    expect(pending.length).toBeGreaterThan(0);
    const at = pending[0]!.tick;
    await r.post("/api/step", { ticks: at - 2 });
    await r.post("/api/action", { action: { kind: "turn-on", block: (pending[0] as { block?: string }).block ?? "PB 1" } });
    await r.post("/api/step", { ticks: 400 });
    const trace = (await r.get("/api/trace")).body as any[];
    const same = trace.filter((e) => e.kind === "fault" && e.tick === at);
    expect(same.map((e) => !!e.data.random)).toEqual([true, false]);
    const out = join(TMP, "random-faults.session.json");
    await r.post("/api/save", { path: out });
    expect(firstDifference(trace, await replay(out))).toBeNull();
  });
});

describe.skipIf(noMono !== null)("live view: --engine cs", () => {
  it("shows instruction counts, injects faults, and its saved session replays to the same trace under --engine cs", async () => {
    const r = await live(FAILOVER, { engine: "cs" });
    let s = (await r.post("/api/step", { ticks: 300 })).body.state;
    expect(s.engine).toBe("cs");
    const pb0 = block(s, "PB 0");
    expect(pb0.role).toBe("active");
    expect(pb0.instructions.runs).toBeGreaterThan(0);
    expect(pb0.instructions.max).toBeGreaterThanOrEqual(pb0.instructions.last);
    const trace0 = (await r.get("/api/trace")).body as any[];
    const counted = trace0.filter((e) => e.block === "PB 0" && e.kind === "run" && typeof e.data.instructions === "number");
    expect(pb0.instructions.runs).toBe(counted.length);
    expect(pb0.instructions.last).toBe(counted.at(-1).data.instructions);
    await r.post("/api/action", { action: { kind: "destroy", block: "PB 0" } });
    await r.post("/api/action", { action: { kind: "run", block: "PB 2", argument: "failover status" } });
    s = (await r.post("/api/step", { ticks: 600 })).body.state;
    expect(pbWithRole(s, "active")).toBe("PB 1");
    const path = join(TMP, "cs-session.json");
    await r.post("/api/save", { path });
    const trace = (await r.get("/api/trace")).body as unknown[];
    expect(firstDifference(trace, await replay(path, "cs"))).toBeNull();
  });
});

describe("live view: playing", () => {
  it("plays to the scenario's end, pauses there, and pushes states to the page", async () => {
    const r = await live();
    const res = await fetch(r.url + "api/events");
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/^event: state\ndata: \{/);
    await r.post("/api/play", { speed: 0 });
    let s: any;
    for (;;) {
      s = (await r.get("/api/state")).body;
      if (!s.playing) break;
      await new Promise((f) => setTimeout(f, 50));
    }
    expect(s.tick).toBe(s.endTick);
    let seen = "";
    while (!seen.includes(`"tick":${s.endTick},`)) seen += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    // play again goes on past the end
    await r.post("/api/step", { ticks: 10 });
    expect((await r.get("/api/state")).body.tick).toBe(s.endTick + 10);
  });
});

describe("live view: bad input", () => {
  it("a scenario that does not load: its error in the terminal and on the page; Restart loads it once fixed", async () => {
    const path = join(TMP, "broken.json");
    writeFileSync(path, "{ not json");
    const r = await live(path);
    expect(r.lines.join("\n")).toMatch(/^pbts sim: scenario ".*broken.json" is not valid JSON: .*Fix the file/);
    const s = (await r.get("/api/state")).body;
    expect(s.error).toMatch(/is not valid JSON/);
    const step = await r.post("/api/step", { ticks: 1 });
    expect(step.status).toBe(409);
    expect(step.body.error).toMatch(/^the scenario did not load: scenario .* is not valid JSON/);
    writeFileSync(path, JSON.stringify({ name: "fixed", grids: [{ name: "G", blocks: [{ type: "text-panel", name: "LCD" }] }] }));
    await r.post("/api/restart");
    expect((await r.get("/api/state")).body.name).toBe("fixed");
  });

  it("a missing script names the block, as pbts sim does", async () => {
    const path = join(TMP, "no-script.json");
    writeFileSync(path, JSON.stringify({ grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script: "./nope.ts" }] }] }));
    const r = await live(path);
    expect((await r.get("/api/state")).body.error).toMatch(/block "PB"/);
  });

  it("errors found when the scenario is built or started name the scenario too", async () => {
    const path = join(TMP, "bad-random.json");
    writeFileSync(path, JSON.stringify({ grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB" }] }], randomFaults: { count: 2, kinds: ["disconnect"] } }));
    const r = await live(path);
    expect((await r.get("/api/state")).body.error).toBe(`scenario "${path}": randomFaults: "disconnect" needs at least one connector in the scenario (or drop it from "kinds")`);
    await r.server.close();
    writeFileSync(path, JSON.stringify({ grids: [{ name: "G", blocks: [{ type: "text-panel", name: "LCD" }] }], events: [{ tick: 5, kind: "destroy", block: "Nope" }] }));
    running = await startLive(path);
    expect((await running.get("/api/state")).body.error).toMatch(/^scenario ".*bad-random.json": event 1 \("destroy", block "Nope"\): No block named "Nope"/);
  });

  it("a port in use gives a clear message", async () => {
    const blocker = createServer();
    await new Promise<void>((f) => blocker.listen(0, "127.0.0.1", () => f()));
    const port = (blocker.address() as { port: number }).port;
    const server = new LiveServer(FAILOVER, { log: () => {} });
    await expect(server.listen(port)).rejects.toThrow(`port ${port} is in use (another program, or another "pbts sim --serve"). Stop it, or choose another port with --port N (--port 0 picks a free one).`);
    await server.close();
    // and from the command line: the message and exit code 1
    const cli = await runCli(["sim", FAILOVER, "--serve", "--port", String(port)]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`pbts sim: port ${port} is in use`);
    blocker.close();
  });

  it("--serve with options that run to the end, or --port without --serve, say what to do", async () => {
    const json = await runCli(["sim", FAILOVER, "--serve", "--json"]);
    expect(json.code).toBe(1);
    expect(json.stderr).toBe(`pbts sim: --serve opens the live view and runs nothing to the end: drop --json, --svg and --profile (the page's "Save as scenario" gives a file to run with them)\n`);
    const port = await runCli(["sim", FAILOVER, "--port", "9999"]);
    expect(port.code).toBe(1);
    expect(port.stderr).toBe("pbts sim: --port is the live view's port: add --serve\n");
  });

  it("pbts sim --serve prints the address, and the load error of a bad scenario", async () => {
    const path = join(TMP, "broken-cli.json");
    writeFileSync(path, "[]");
    const child = spawn(process.execPath, [join(ROOT, "compiler/bin/pbts.mjs"), "sim", path, "--serve", "--port", "0"], { cwd: ROOT });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    while (!out.includes("(Ctrl+C to stop)")) await new Promise((f) => setTimeout(f, 50));
    expect(err).toContain(`a scenario needs a "grids" array`);
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    expect(((await (await fetch(url + "api/state")).json()) as { error: string }).error).toContain(`a scenario needs a "grids" array`);
    const stream = await fetch(url + "api/events"); // a page still open: Ctrl+C still stops the server
    expect(stream.status).toBe(200);
    const code = await new Promise<number | null>((f) => {
      child.on("exit", f);
      child.kill("SIGINT");
    });
    expect(code).toBe(0);
  });
});

describe("live view: scripts are checked as pbts sim checks them", () => {
  // A script the game would not compile (a member IMyTextPanel lacks) runs on the TS engine, where
  // the member reads undefined: `pbts sim` refuses it, and so does `pbts sim --serve` (it did not
  // check, session 9); --no-check loads it in both.
  const LACKING = `import { MyGridProgram, IMyTextPanel } from "pbts/se";
export class Program extends MyGridProgram {
  Main(): void {
    const lcd = this.GridTerminalSystem.GetBlockWithName("LCD");
    if (lcd instanceof IMyTextPanel) this.Echo(\`\${lcd.TextColour}\`);
  }
}
`;
  async function serveState(args: string[]): Promise<{ err: string; state: { error?: string; tick?: number } }> {
    const child = spawn(process.execPath, [join(ROOT, "compiler/bin/pbts.mjs"), "sim", ...args, "--serve", "--port", "0"], { cwd: ROOT });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    while (!out.includes("(Ctrl+C to stop)")) await new Promise((f) => setTimeout(f, 50));
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
    const state = (await (await fetch(url + "api/state")).json()) as { error?: string; tick?: number };
    await new Promise((f) => {
      child.on("exit", f);
      child.kill("SIGINT");
    });
    return { err, state };
  }

  it("refuses a script pbts check refuses, naming file(line,col); --no-check serves it", { timeout: 180_000 }, async () => {
    mkdirSync(join(TMP, "lacking/scripts"), { recursive: true });
    writeFileSync(join(TMP, "lacking/scripts/lacking.ts"), LACKING);
    const path = join(TMP, "lacking/s.json");
    writeFileSync(path, JSON.stringify({ name: "lacking", ticks: 3, grids: [{ name: "G", blocks: [{ type: "programmable", name: "PB", script: "./scripts/lacking.ts" }, { type: "text-panel", name: "LCD" }] }] }));
    const checked = await serveState([path]);
    const refusal = /block "PB": script "\.\/scripts\/lacking\.ts" does not compile for the game: .*lacking\.ts\(5,\d+\): PBTS0001: .*TextColour/;
    expect(checked.err).toMatch(refusal);
    expect(checked.state.error).toMatch(refusal);
    const unchecked = await serveState([path, "--no-check"]);
    expect(unchecked.err).not.toMatch(/does not compile/);
    expect(unchecked.state.error).toBeUndefined();
    expect(unchecked.state.tick).toBe(0);
  });
});

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "compiler/bin/pbts.mjs"), ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => done({ code, stdout, stderr }));
  });
}

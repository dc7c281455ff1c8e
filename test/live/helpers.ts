// Helpers for the live view's tests: a LiveServer on a free port, JSON requests, and the replay of
// a saved session with the plain simulator (what `pbts sim saved.json` runs).
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { runScenario, type TraceEvent } from "pbts/sim";
import { LiveServer, type LiveServerOptions } from "../../sim/live/server.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
export const FAILOVER = join(ROOT, "test/live/scenarios/failover.json");
export const TMP = join(ROOT, ".tmp/live");
mkdirSync(TMP, { recursive: true });

export interface Running {
  server: LiveServer;
  url: string;
  lines: string[];
  get(path: string): Promise<{ status: number; body: any }>;
  post(path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

export async function startLive(scenario: string, opts: LiveServerOptions = {}): Promise<Running> {
  const lines: string[] = [];
  const server = new LiveServer(scenario, { ...opts, log: (l) => lines.push(l) });
  await server.load();
  const url = await server.listen(0);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(url + path.replace(/^\//, ""), { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { "content-type": "application/json" } } : {}) });
    const text = await res.text();
    return { status: res.status, body: res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text };
  };
  return { server, url, lines, get: (p) => call("GET", p), post: (p, b = {}) => call("POST", p, b) };
}

/** Replay a saved scenario with the simulator, as `pbts sim saved.json` does. */
export async function replay(path: string, engine?: "ts" | "cs"): Promise<TraceEvent[]> {
  const { sim } = await runScenario(path, engine ? { engine } : {});
  return JSON.parse(JSON.stringify(sim.trace.events)) as TraceEvent[];
}

/** The first event where two traces differ (for a readable failure), or null. */
export function firstDifference(a: readonly unknown[], b: readonly unknown[]): string | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = JSON.stringify(a[i]);
    const y = JSON.stringify(b[i]);
    if (x !== y) return `event ${i}:\n  live:   ${x}\n  replay: ${y}`;
  }
  return null;
}

/** The PB whose role is `role` in a state from /api/state. */
export function pbWithRole(state: any, role: string): string | undefined {
  for (const g of state.grids) for (const b of g.blocks) if (b.kind === "pb" && b.role === role) return b.key;
  return undefined;
}

// `pbts sim <scenario>`: run a scenario and print a readable timeline (or the JSON trace), and
// optionally write an SVG of each PB's state and role over time. The commander CLI calls
// runSimCli; it returns the process exit code (0 ok, 1 the scenario could not be loaded or run).
import { writeFile } from "node:fs/promises";
import { formatProfile } from "./engine/profile.ts";
import { buildSimulation, loadScenario } from "./scenario.ts";
import { renderSvg } from "./svg.ts";
import { formatTimeline } from "./timeline.ts";

export interface SimCliOptions {
  /** Print the trace as JSON (one event per line inside an array) instead of the timeline. */
  json?: boolean;
  /** Write an SVG picture to this path. */
  svg?: string;
  /** Override the scenario's seed. */
  seed?: number;
  /** Override the scenario's duration (ticks). */
  ticks?: number;
  /** "ts" (default): run the TS scripts; "cs": compile them to C# and run them under mono. */
  engine?: "ts" | "cs";
  /** Print each PB's instructions per run (max, mean, p99) and the runs closest to the limit (C# engine counts). */
  profile?: boolean;
  /** Open the live view instead (sim/live/server.ts): a local web page to watch, step and break the run. */
  serve?: boolean;
  /** The live view's port (default 8090; 0 picks a free one). */
  port?: number;
  /** TS engine: check each script as `pbts check` does and refuse one the game would not compile (default true). */
  check?: boolean;
}

export async function runSimCli(scenarioPath: string, opts: SimCliOptions = {}): Promise<number> {
  try {
    if (opts.seed !== undefined && !Number.isInteger(opts.seed)) throw new Error(`--seed must be an integer (got ${opts.seed})`);
    if (opts.ticks !== undefined && (!Number.isInteger(opts.ticks) || opts.ticks < 0)) throw new Error(`--ticks must be a non-negative integer (got ${opts.ticks})`);
    if (opts.engine !== undefined && opts.engine !== "ts" && opts.engine !== "cs") throw new Error(`--engine must be ts or cs (got ${String(opts.engine)})`);
    if (opts.port !== undefined && (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)) throw new Error(`--port must be a port number from 0 to 65535 (got ${opts.port})`);
    if (opts.serve && (opts.json || opts.svg || opts.profile)) throw new Error(`--serve opens the live view and runs nothing to the end: drop --json, --svg and --profile (the page's "Save as scenario" gives a file to run with them)`);
    if (opts.port !== undefined && !opts.serve) throw new Error(`--port is the live view's port: add --serve`);
    if (opts.serve) {
      const { serveLive } = await import("./live/server.ts");
      return await serveLive(scenarioPath, { seed: opts.seed, ticks: opts.ticks, engine: opts.engine, port: opts.port, check: opts.check !== false });
    }
    const scenario = await loadScenario(scenarioPath, { engine: opts.engine, check: opts.check !== false });
    const { sim, ticks } = buildSimulation(scenario, { seed: opts.seed, ticks: opts.ticks, engine: opts.engine });
    sim.start().runUntil(ticks);
    if (opts.json) {
      const lines = sim.trace.events.map((e) => "  " + JSON.stringify(e));
      process.stdout.write("[\n" + lines.join(",\n") + "\n]\n");
    } else {
      process.stdout.write(formatTimeline(sim, { name: scenario.name, description: scenario.description, ticks }));
    }
    if (opts.profile) process.stdout.write(formatProfile(sim.trace.events));
    if (opts.svg) {
      try {
        await writeFile(opts.svg, renderSvg(sim, { name: scenario.name, ticks }));
      } catch (e) {
        throw new Error(`--svg ${opts.svg}: cannot write it (${(e as { code?: string }).code ?? (e as Error).message}). Give a file path in a folder that exists.`);
      }
      if (!opts.json) process.stdout.write(`SVG written to ${opts.svg}\n`);
    }
    return 0;
  } catch (e) {
    // Errors about the scenario's content name the file (loading errors already do).
    const msg = e instanceof Error ? e.message : String(e);
    const named = msg.includes(scenarioPath) || msg.startsWith("--") ? msg : `${scenarioPath}: ${msg}`;
    process.stderr.write(`pbts sim: ${named}\n`);
    return 1;
  }
}

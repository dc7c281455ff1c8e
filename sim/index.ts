// pbts/sim: the public API of the simulator (used by the failover tests and the CLI).
//
//   const sim = new Simulation({ seed: 7 });
//   sim.addGrid({ name: "Ship" });
//   sim.addProgrammableBlock("Ship", { name: "PB A", script: Program, customData: "..." });
//   sim.at(300, { kind: "destroy", block: "PB A" });
//   sim.start().runTicks(600);
//   sim.trace.ofKind("run");
//
// Or from a scenario object/file: `buildSimulation(scenario)` / `loadScenario(path)`.
export { Simulation, type SimOptions } from "./simulation.ts";
export { World, type BlockSpec, type GridSpec, type WorldSnapshot } from "./world.ts";
export { SimGrid, type Joint, type Vec3 } from "./grid.ts";
export { SimBlock, SimGenericBlock } from "./blocks/block.ts";
export { SimProgrammableBlock, EXCEPTION_PREFIX, updateTypeNames, type BlockStatus, type ProgrammableOptions } from "./blocks/programmable.ts";
export { SimTextPanel } from "./blocks/text-panel.ts";
export { SimTextSurface } from "./blocks/text-surface.ts";
export { SimAntenna } from "./blocks/antenna.ts";
export { SimConnector } from "./blocks/connector.ts";
export { IgcHub, SimIgcEndpoint, SimBroadcastListener, SimUnicastListener, MAX_WAITING_MESSAGES } from "./igc.ts";
export { checkIgcPayload } from "./igc-payload.ts";
export { Trace, type TraceEvent, type TraceKind } from "./trace.ts";
export { applyAction, drawRandomFaults, type SimAction, type ScheduledAction, type RandomFaultSpec, type RandomFaultKind } from "./faults.ts";
export { Rng, streamRng, streamSeed } from "./rng.ts";
export { MIN_ENTITY_ID, MAX_ENTITY_ID } from "./ids.ts";
export { ECHO_MAX_LENGTH } from "./echo.ts";
export { TICKS_PER_SECOND, TIMESPAN_TICKS_PER_GAME_TICK } from "./runtime.ts";
export { dueUpdateType } from "./scheduler.ts";
export { type ProgramClass } from "./script-host.ts";
export { buildSimulation, loadScenario, resolveScripts, runScenario, scenarioTicks, type Scenario, type ScenarioGrid, type ScenarioBlock, type ScenarioEvent, type ScriptRef } from "./scenario.ts";
export { formatTimeline, describeEvent } from "./timeline.ts";
export { renderSvg, roleColor } from "./svg.ts";
export { runSimCli, type SimCliOptions } from "./cli.ts";

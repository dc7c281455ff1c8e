// The Programmable Block: where a script lives. Lifecycle (se-api-facts "The script and its host",
// "Failures and lifecycle"):
// - compile(): Save() of the old instance first (recompile only), then a new instance built through
//   createProgram (Me, Runtime, IGC, Echo, Storage set before the constructor), UpdateFrequency None,
//   a fresh IGC context, Storage = the persisted Storage.
// - run(): only while the block is working and the script is alive; Echo cleared first; Main chosen
//   by signature (script-host.ts); an escaping exception terminates the script until the next
//   compile, and DetailedInfo then reads "Caught exception during execution of script: <message>".
// - save(): Save() if the script has one, then the Storage field is persisted. A terminated script
//   is not asked (choice: its persisted Storage stays what the last successful save wrote).
// Role hook (for timelines and the SVG): after every run and compile the simulator reads the role
// (sim/role.ts: a FailoverManager field, else `__pbtsRole`, else a "role: <word>" Echo line). A
// change is traced as a "role" event. A new instance starts with role "".
import {
  UpdateType,
  type IMyProgrammableBlock,
  type IMyTextSurface,
  type MyGridProgram,
} from "pbts/se";
import type { EchoBuffer } from "../echo.ts";
import type { SimGrid } from "../grid.ts";
import { SimIgcEndpoint } from "../igc.ts";
import { roleField } from "../role.ts";
import { NestedTooComplex, ScriptTooComplex, SimRuntimeInfo } from "../runtime.ts";
import {
  callSave,
  entryArity,
  errorMessage,
  instantiate,
  readStorage,
  scriptName,
  type ProgramClass,
} from "../script-host.ts";
import { SimGridTerminalSystem } from "../terminal-system.ts";
import type { Simulation } from "../simulation.ts";
import type { World } from "../world.ts";
import { SimBlock, interfaceSet, type BlockOptions } from "./block.ts";
import { RunState } from "./run-state.ts";
import { SimTextSurface } from "./text-surface.ts";
import { updateTypeNames } from "../update-types.ts";

export { updateTypeNames };

export const EXCEPTION_PREFIX = "Caught exception during execution of script: ";

/** What the SVG and the "state" trace events show for a PB, most severe first. */
export type BlockStatus = "destroyed" | "damaged" | "unpowered" | "off" | "terminated" | "no-script" | "working";

export interface ProgrammableOptions extends BlockOptions {
  script?: ProgramClass | null;
  /** Persisted Storage at start (as if loaded from a save). */
  storage?: string;
  /** The terminal's Argument field, used by a Terminal run without an explicit argument. */
  argument?: string;
  /** Fixed Update10/Update100 phases (default: drawn from the seed). */
  phase10?: number;
  phase100?: number;
}

export interface SimProgrammableBlock extends IMyProgrammableBlock {}
export class SimProgrammableBlock extends SimBlock implements IMyProgrammableBlock {
  // What a run reads (and the Echo buffer) is in `state`, a small object of its own (run-state.ts):
  // the scheduler walks those and a run does not read this block (issue 17).
  readonly state: RunState;
  private readonly sim: Simulation;
  private readonly gts: SimGridTerminalSystem;
  /** Set when an exception terminated the script (cleared by compile). */
  exception: { message: string; during: string; detailedInfo: string } | null = null;
  readonly interfaces = interfaceSet("IMyProgrammableBlock", "IMyTextSurfaceProvider");
  readonly DefinitionDisplayNameText = "Programmable block";
  script: ProgramClass | null;
  /** The Storage the game would write to the save file. */
  persistedStorage: string;
  TerminalRunArgument: string;
  lastStatus: BlockStatus | null = null;
  private context: SimIgcEndpoint | null = null;
  /** The PB's screen and keyboard (IMyTextSurfaceProvider). */
  private readonly surfaces = [
    new SimTextSurface("Large Display", "Large Display", this.world.surfaceEvents(this, 0)),
    new SimTextSurface("Keyboard", "Keyboard", this.world.surfaceEvents(this, 1), [512, 256]),
  ];

  constructor(world: World, key: string, grid: SimGrid, entityId: number, opts: ProgrammableOptions) {
    super(world, key, grid, entityId, opts);
    this.script = opts.script ?? null;
    this.persistedStorage = opts.storage ?? "";
    this.TerminalRunArgument = opts.argument ?? "";
    this.sim = world.sim;
    this.state = new RunState(this, world.sim);
    this.gts = new SimGridTerminalSystem(world, this);
    this.state.gts = this.gts;
  }

  // ---- the run's fields, kept in `state` ----
  get runtime(): SimRuntimeInfo {
    return this.state.runtime;
  }
  set runtime(value: SimRuntimeInfo) {
    this.state.runtime = value;
  }
  get instance(): MyGridProgram | null {
    return this.state.instance;
  }
  set instance(value: MyGridProgram | null) {
    this.state.instance = value;
  }
  /** The role the script reported last (sim/role.ts; "" after a compile, terminate or destroy). */
  get role(): string {
    this.sim.trace.settleRoles(); // the role lines of traced runs are read late (sim/trace.ts deferRole)
    return this.state.role;
  }
  /** The Echo buffer (the run state is one). */
  get echo(): EchoBuffer {
    return this.state;
  }
  get phase10(): number {
    return this.state.phase10;
  }
  set phase10(value: number) {
    this.state.phase10 = value;
  }
  get phase100(): number {
    return this.state.phase100;
  }
  set phase100(value: number) {
    this.state.phase100 = value;
  }
  /** Runs are skipped while sim.tick < throttledUntil (the "lag" fault on one block). */
  get throttledUntil(): number {
    return this.state.throttledUntil;
  }
  set throttledUntil(value: number) {
    this.state.throttledUntil = value;
  }
  /** The "throw" fault: the next run throws this message instead of running Main. */
  get pendingThrow(): string | null {
    return this.state.pendingThrow;
  }
  set pendingThrow(value: string | null) {
    this.state.pendingThrow = value;
  }

  // ---- IMyProgrammableBlock ----
  get IsRunning(): boolean {
    return this.state.running;
  }
  override get DetailedInfo(): string {
    if (this.exception) return this.exception.detailedInfo;
    return this.echo.value;
  }
  get UseGenericLcd(): boolean {
    return false;
  }
  get SurfaceCount(): number {
    return this.surfaces.length;
  }
  /** IMyUpgradableBlock (terminal.dat lists it for MyProgrammableBlock): no upgrade modules. */
  get UpgradeCount(): number {
    return 0;
  }
  GetSurface(index: number): IMyTextSurface {
    return (this.surfaces[index] ?? null) as IMyTextSurface;
  }
  /** Another script runs this PB (UpdateType.Script). Fails when not working, running or without a live script. */
  TryRun(argument: string): boolean {
    if (!this.state.canRun() || this.state.running) return false;
    this.run(UpdateType.Script, argument ?? "");
    return true;
  }

  // ---- host side ----
  /** Alive = built and not terminated. */
  get alive(): boolean {
    return this.instance !== null && this.exception === null;
  }
  canRun(): boolean {
    return this.state.canRun();
  }
  igcContext(): SimIgcEndpoint | null {
    return this.alive ? this.context : null;
  }
  status(): BlockStatus {
    if (this.destroyed) return "destroyed";
    if (!this.functional) return "damaged";
    if (!this.IsPowered) return "unpowered";
    if (!this.enabled) return "off";
    if (this.exception) return "terminated";
    if (!this.instance) return "no-script";
    return "working";
  }

  /** Build a new instance ("start", "recompile" or "load"). Recompile calls Save() first. */
  compile(reason: "start" | "recompile" | "load", script?: ProgramClass | null): void {
    if (this.destroyed) return;
    if (reason === "recompile" && this.alive) this.save("recompile");
    if (script !== undefined) this.script = script;
    this.dispose();
    const tick = this.sim.tick;
    this.exception = null;
    this.pendingThrow = null;
    this.echo.clear();
    this.runtime = new SimRuntimeInfo(tick, (_before, after) => this.sim.scheduler.frequencyChanged(this, after));
    this.sim.scheduler.frequencyChanged(this, 0);
    this.sim.markChanged();
    this.state.roleField = null;
    this.setRole("");
    if (!this.script) return;
    const arity = entryArity(this.script);
    if (arity === null) {
      this.sim.trace.add(tick, this.key, "compile", { reason, entityId: this.EntityId, script: scriptName(this.script), ok: false });
      this.terminate("The script has no Main method.", "compile");
      return;
    }
    this.state.arity = arity;
    this.context = new SimIgcEndpoint(this.sim.igc, this);
    this.state.lastStorageSeen = this.persistedStorage;
    let error: unknown = undefined;
    this.state.running = true;
    // Echo appends to the buffer it holds (not through the block: a run's Echo call reads one object less)
    const echo = this.echo;
    try {
      this.instance = instantiate(this.sim.adaptScript(this.script), {
        Me: this,
        Runtime: this.runtime,
        IGC: this.context,
        GridTerminalSystem: this.gts,
        Echo: (message: string) => echo.append(message),
        Storage: this.persistedStorage,
      });
    } catch (e) {
      error = e;
      this.instance = null;
    } finally {
      this.state.running = false;
    }
    this.sim.trace.add(tick, this.key, "compile", { reason, entityId: this.EntityId, script: scriptName(this.script), ok: error === undefined, echo: this.echo.value });
    if (error !== undefined) {
      this.fail(error, "constructor");
      return;
    }
    this.state.roleField = roleField(this.instance);
    this.state.afterScriptCode();
  }

  /** One run of Main. Returns false when nothing ran (block not working, script dead, throttled). */
  run(updateType: UpdateType, argument: string): boolean {
    return this.state.run(updateType, argument);
  }

  /** Save(): on world save and before recompile. Returns whether Storage was persisted. */
  save(why: "world" | "recompile"): boolean {
    if (!this.alive) return false;
    const instance = this.instance!;
    const tick = this.sim.tick;
    let error: unknown = undefined;
    this.state.running = true;
    let hadSave = false;
    try {
      hadSave = callSave(instance);
    } catch (e) {
      error = e;
    } finally {
      this.state.running = false;
    }
    if (error !== undefined) {
      this.fail(error, "save");
      return false;
    }
    const value = readStorage(instance);
    this.persistedStorage = value;
    this.state.lastStorageSeen = value;
    this.sim.trace.add(tick, this.key, "save", { why, storage: value, calledSave: hadSave });
    return true;
  }

  /** Script code threw: the script is terminated. Past the instruction limit (C# engine), DetailedInfo
   *  is the run's Echo output and the game's "too complex" text instead of the caught exception. */
  fail(error: unknown, during: string): void {
    if (error instanceof ScriptTooComplex || error instanceof NestedTooComplex) this.terminate(error.message, during, this.echo.value + error.message);
    else this.terminate(errorMessage(error), during);
  }

  /** The script stops until the next compile (exception, ownership change, injected fault). */
  terminate(message: string, during: string, detailedInfo: string = EXCEPTION_PREFIX + message): void {
    this.exception = { message, during, detailedInfo };
    this.sim.markChanged();
    this.sim.trace.add(this.sim.tick, this.key, "exception", { message, during, detailedInfo });
    this.setRole("");
  }

  /** The block is gone: the instance and its IGC context disappear; stale references see Closed. */
  destroy(): void {
    this.destroyed = true;
    this.sim.markChanged();
    this.dispose();
    this.setRole("");
  }

  private dispose(): void {
    if (this.context) this.context.disposed = true;
    this.context = null;
    this.instance = null;
  }

  /** A new role (run-state.ts reads the role hook after script code ran; not when "role" is muted). */
  setRole(role: string): void {
    this.sim.trace.settleRoles();
    if (role === this.state.role) return;
    this.state.role = role;
    this.sim.trace.add(this.sim.tick, this.key, "role", { role });
  }

  // ---- terminal (terminal.dat's MyProgrammableBlock): ConsoleCommand is the terminal's argument;
  // the screen's properties act on the Large Display; Run and RunWithDefaultArgument run the script
  // with that argument as a toolbar does (UpdateType.Trigger; nothing happens on the PB that is running)
  override terminalSurface(): SimTextSurface {
    return this.surfaces[0]!;
  }
  protected override terminalToApi(id: string): string | null {
    if (id === "ConsoleCommand") return "TerminalRunArgument";
    return super.terminalToApi(id);
  }
  protected override kindAction(name: string): boolean {
    if (name !== "Run" && name !== "RunWithDefaultArgument") return false;
    this.run(UpdateType.Trigger, this.TerminalRunArgument);
    return true;
  }

  protected override saveExtra(): unknown {
    return { persistedStorage: this.persistedStorage, script: this.script, argument: this.TerminalRunArgument };
  }
  protected override restoreExtra(extra: unknown): void {
    const e = extra as { persistedStorage: string; script: ProgramClass | null; argument: string };
    this.persistedStorage = e.persistedStorage;
    this.script = e.script;
    this.TerminalRunArgument = e.argument;
  }
}

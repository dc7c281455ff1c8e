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
import { EchoBuffer } from "../echo.ts";
import type { SimGrid } from "../grid.ts";
import { SimIgcEndpoint } from "../igc.ts";
import { RoleReader } from "../role.ts";
import { NestedTooComplex, ScriptTooComplex, SimRuntimeInfo } from "../runtime.ts";
import {
  callMain,
  callSave,
  entryArity,
  errorMessage,
  instantiate,
  readStorage,
  scriptName,
  type EntryArity,
  type ProgramClass,
} from "../script-host.ts";
import { SimGridTerminalSystem } from "../terminal-system.ts";
import type { Simulation } from "../simulation.ts";
import type { World } from "../world.ts";
import { SimBlock, interfaceSet, type BlockOptions } from "./block.ts";
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
  // What a run reads comes first, together (V8 lays fields out in this order): with 1000 PBs a run
  // then touches fewer cache lines of its PB (issue 17).
  private readonly sim: Simulation;
  runtime: SimRuntimeInfo;
  instance: MyGridProgram | null = null;
  readonly echo = new EchoBuffer();
  phase10 = 0;
  phase100 = 0;
  /** Runs are skipped while sim.tick < throttledUntil (the "lag" fault on one block). */
  throttledUntil = 0;
  /** canRun's cache of alive && IsWorking, good while sim.changes is `workingAt`. */
  private working = false;
  private workingAt = -1;
  private running = false;
  private arity: EntryArity = 0;
  /** The "throw" fault: the next run throws this message instead of running Main. */
  pendingThrow: string | null = null;
  private readonly gts: SimGridTerminalSystem;
  private lastStorageSeen = "";
  private readonly roles = new RoleReader();
  /** This block's number in the trace's run columns (sim/trace.ts; -1: not asked yet). */
  private traceNumber = -1;
  /** Set when an exception terminated the script (cleared by compile). */
  exception: { message: string; during: string; detailedInfo: string } | null = null;
  readonly interfaces = interfaceSet("IMyProgrammableBlock", "IMyTextSurfaceProvider");
  readonly DefinitionDisplayNameText = "Programmable block";
  script: ProgramClass | null;
  /** The Storage the game would write to the save file. */
  persistedStorage: string;
  TerminalRunArgument: string;
  role = "";
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
    this.runtime = new SimRuntimeInfo(0);
    this.gts = new SimGridTerminalSystem(world, this);
    this.sim = world.sim;
  }

  // ---- IMyProgrammableBlock ----
  get IsRunning(): boolean {
    return this.running;
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
    if (!this.canRun() || this.running) return false;
    this.run(UpdateType.Script, argument ?? "");
    return true;
  }

  // ---- host side ----
  /** Alive = built and not terminated. */
  get alive(): boolean {
    return this.instance !== null && this.exception === null;
  }
  canRun(): boolean {
    const sim = this.sim;
    if (this.workingAt !== sim.changes) {
      this.working = this.alive && this.IsWorking;
      this.workingAt = sim.changes;
    }
    return this.working && sim.tick >= this.throttledUntil;
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
    this.roles.reset(null);
    this.setRole("");
    if (!this.script) return;
    const arity = entryArity(this.script);
    if (arity === null) {
      this.sim.trace.add(tick, this.key, "compile", { reason, entityId: this.EntityId, script: scriptName(this.script), ok: false });
      this.terminate("The script has no Main method.", "compile");
      return;
    }
    this.arity = arity;
    this.context = new SimIgcEndpoint(this.sim.igc, this);
    this.lastStorageSeen = this.persistedStorage;
    let error: unknown = undefined;
    this.running = true;
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
      this.running = false;
    }
    this.sim.trace.add(tick, this.key, "compile", { reason, entityId: this.EntityId, script: scriptName(this.script), ok: error === undefined, echo: this.echo.value });
    if (error !== undefined) {
      this.fail(error, "constructor");
      return;
    }
    this.roles.reset(this.instance);
    this.afterScriptCode();
  }

  /** One run of Main. Returns false when nothing ran (block not working, script dead, throttled). */
  run(updateType: UpdateType, argument: string): boolean {
    if (!this.canRun() || this.running) return false;
    const instance = this.instance!;
    const tick = this.sim.tick;
    this.echo.clear();
    this.runtime.beginRun(tick);
    // the game sets it before each run; written only when the script changed it (no store, no write
    // barrier in the usual run)
    const gts = this.gts;
    if (instance.GridTerminalSystem !== gts) instance.GridTerminalSystem = gts;
    this.running = true;
    const sim = this.sim;
    const caller = sim.runner;
    sim.runner = this;
    let error: unknown = undefined;
    try {
      if (this.pendingThrow !== null) {
        const m = this.pendingThrow;
        this.pendingThrow = null;
        throw new Error(m);
      }
      callMain(instance, this.arity, argument ?? "", updateType);
    } catch (e) {
      error = e;
    } finally {
      this.running = false;
      sim.runner = caller;
    }
    if (error instanceof NestedTooComplex) {
      // C# engine: past the limit inside a run nested through TryRun; the game keeps this script
      // alive, shows the text after the run's Echo output and makes the caller's TryRun throw.
      this.echo.append(error.message);
      error = undefined;
    }
    this.runtime.LastRunTimeMs = this.sim.options.lastRunTimeMs;
    this.sim.runsDone++;
    if (sim.trace.runs) {
      if (this.traceNumber < 0) this.traceNumber = sim.trace.blockNumber(this.key);
      const echo = this.echo;
      sim.trace.addRun(tick, this.traceNumber, updateType, argument ?? "", echo.lines, echo.newlineAfterLines);
    }
    if (error !== undefined) this.fail(error, "main");
    else this.afterScriptCode();
    return true;
  }

  /** Save(): on world save and before recompile. Returns whether Storage was persisted. */
  save(why: "world" | "recompile"): boolean {
    if (!this.alive) return false;
    const instance = this.instance!;
    const tick = this.sim.tick;
    let error: unknown = undefined;
    this.running = true;
    let hadSave = false;
    try {
      hadSave = callSave(instance);
    } catch (e) {
      error = e;
    } finally {
      this.running = false;
    }
    if (error !== undefined) {
      this.fail(error, "save");
      return false;
    }
    const value = readStorage(instance);
    this.persistedStorage = value;
    this.lastStorageSeen = value;
    this.sim.trace.add(tick, this.key, "save", { why, storage: value, calledSave: hadSave });
    return true;
  }

  /** Script code threw: the script is terminated. Past the instruction limit (C# engine), DetailedInfo
   *  is the run's Echo output and the game's "too complex" text instead of the caught exception. */
  private fail(error: unknown, during: string): void {
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

  private afterScriptCode(): void {
    const instance = this.instance;
    if (!instance) return;
    const storage = readStorage(instance);
    if (storage !== this.lastStorageSeen) {
      this.lastStorageSeen = storage;
      this.sim.trace.add(this.sim.tick, this.key, "storage", { value: storage, persisted: false });
    }
    if (!this.sim.trace.roles) return; // "role" muted: the hook (a scan of each new Echo text) is off
    const role = this.roles.read(instance, this.echo);
    if (role !== null) this.setRole(role);
  }

  private setRole(role: string): void {
    if (role === this.role) return;
    this.role = role;
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

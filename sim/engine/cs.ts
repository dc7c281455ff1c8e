// The C# engine (`pbts sim --engine cs`): every PB's script is compiled to C# (compiler/compile.ts),
// built with mcs against the SE stubs, and run by ONE long-lived mono process
// (compiler/csharp/host/EngineHost.cs). The TS simulator keeps driving the world: a PB instantiates
// a CsProgram (a MyGridProgram whose constructor, Main and Save forward to mono), and the C# side's
// API objects (Me, Runtime, IGC, GridTerminalSystem, listeners, blocks) are thin proxies of the real
// sim objects. So the game's semantics live in one place (the TS sim) and the traces of both
// engines can be compared 1:1.
//
// Wire: two FIFOs (mkfifo), blocking fs.readSync/writeSync on Node's side, one line per message
// (format in compiler/csharp/host/Wire.cs). While either side waits for a reply it serves the other
// side's requests, so calls nest (C# Main -> TryRun -> Node -> another C# Main).
// One round trip per Main: a program call carries the Runtime values and the PB's listener queues
// (state(); nothing is delivered within a tick), the C# side answers reads of them locally and
// buffers what returns nothing (Echo, broadcasts, UpdateFrequency sets, accepted messages) as B
// lines written ahead of its next message; Node performs them in order (posted()). Other members
// (block properties, unicasts, TryRun, GridTerminalSystem) stay synchronous requests.
//
// Instruction counting: the script's C# is instrumented with the game's rules before it is built
// (compiler/csharp/instrument.ts; PbtsInstr.dll is the counter). Each program call is one counted
// run; its count comes back with the reply and is put on the run/compile/save trace event; past the
// limit or the call depth the call ends "complex" (ScriptTooComplex: terminated, the game's text)
// or, nested in another run, "nested" (NestedTooComplex: the caller's TryRun throws).
//
// Choices:
// - IGC payloads keep their C# type: what a C# script sends travels through the hub as a CsPayload
//   box (value + C# type), so the receiver's `As<long>()` unboxes the type the sender used, as in
//   the game. The trace records the plain value (the box is unwrapped in Trace.add), so traces are
//   identical to the TS engine's. Payload types: string, bool, int, long, float, double, null (others
//   throw NotSupportedException in the C# host; the TS simulator cannot carry them either).
// - Numbers cross as safe integers in decimal, other finite doubles as "#" and their 64 bits in hex, both
//   ways: mono's double.Parse is not correctly rounded and its "R" may print a text another double
//   rounds to (C96); -0 as "-0", NaN and the infinities by name. Strings are escaped, never re-encoded (a lone
//   surrogate, which UTF-8 cannot carry, as \uXXXX).
// - Exceptions: a script's exception text is the C# exception's Message (what the game shows after
//   "Caught exception during execution of script: "). An error the simulator raises for a request
//   (e.g. "Unsupported flags in UpdateFrequency") is thrown inside the script as
//   Pbts.EngineHost.SimulatorException with the same message, catchable like the game's.
// - Handles: Node keeps each object it hands to C# in a table (weakly, plus a strong set per
//   Simulation so transient objects like block groups live as long as their world); objects and
//   C# program instances collected on Node are forgotten on the C# side at the next call.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { definitionId, definitionTypeName, SerializableDefinitionId, serializableDefinitionId } from "../../compiler/se/values/items.ts";
import { BoundingBoxD, BoundingSphereD, Color, MatrixD, MyBlockOrientation, MyDefinitionId, MyFixedPoint, MyInventoryItemFilter, MyGridProgram, MyIGCMessage, MyInventoryItem, MyItemType, MyProductionItem, MyShipMass, MyShipVelocities, MySprite, MyTuple, TimeSpan, Vector2, Vector3, Vector3D, Vector3I, type UpdateType } from "pbts/se";
import { compile } from "../../compiler/compile.ts";
import { composeMapped } from "../../compiler/build.ts";
import { RUNTIME_POS } from "../../compiler/print/where.ts";
import type { MinifyLevel } from "../../compiler/minify.ts";
import { COUNTER_SOURCE, instrument } from "../../compiler/csharp/instrument.ts";
import { findToolchain } from "../../compiler/csharp/mono.ts";
import { buildCached, buildStubs, CS_CACHE_DIR, readPrologue, REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { SimAntenna } from "../blocks/antenna.ts";
import { SimBlock } from "../blocks/block.ts";
import { proxyInterface } from "../blocks/unmodelled.ts";
import { SimConnector } from "../blocks/connector.ts";
import { SimInventory, fixed, rawOf } from "../blocks/inventory.ts";
import { SimKindBlock, SimTerminalAction, SimTerminalProperty } from "../blocks/kind-block.ts";
import { SimProgrammableBlock } from "../blocks/programmable.ts";
import { SimTextPanel } from "../blocks/text-panel.ts";
import { SimTextSurface } from "../blocks/text-surface.ts";
import { SimGrid } from "../grid.ts";
import { SimSlimBlock } from "../blocks/slim-block.ts";
import { SimTopBlock } from "../blocks/top-part.ts";
import { SimSearchEnemyComponent } from "../blocks/search-enemy.ts";
import { SimBroadcastListener, SimIgcEndpoint, SimUnicastListener, type IgcHub } from "../igc.ts";
import { checkIgcPayload } from "../igc-payload.ts";
import { NestedTooComplex, ScriptTooComplex, SimRuntimeInfo } from "../runtime.ts";
import { entryArity, errorMessage, scriptName, type ProgramClass } from "../script-host.ts";
import type { Simulation } from "../simulation.ts";
import { SimBlockGroup, SimGridTerminalSystem } from "../terminal-system.ts";
import { registerEngine, scriptSource, type ScriptEngine } from "./registry.ts";
export { registerScriptSource } from "./registry.ts";

export const HOST_DIR = join(REPO_ROOT, "compiler", "csharp", "host");
export const ENGINE_DIR = join(CS_CACHE_DIR, "engine");

// ---------------------------------------------------------------- payload boxes

/** An IGC payload sent by a C# script: the JS value and the C# type it had ('i' int, 'l' long, ...). */
export class CsPayload {
  constructor(
    readonly value: unknown,
    readonly type: string,
    /** A MyTuple's ("N"): each item's C# type (assembly-qualified) and the item with its own wire type. */
    readonly items?: { type: string; item: unknown }[],
  ) {}
}

function unboxed(data: Record<string, unknown>): Record<string, unknown> {
  if (data && data.data instanceof CsPayload) return { ...data, data: data.data.value };
  return data;
}

// ---------------------------------------------------------------- wire encoding

// A lone surrogate has no UTF-8 form (the line would carry U+FFFD): it crosses as \uXXXX, both ways (C93).
const ESCAPED = /[\\\t\n\r]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function esc(s: string): string {
  ESCAPED.lastIndex = 0;
  if (!ESCAPED.test(s)) return s;
  return s.replace(ESCAPED, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\u" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")));
}
function unesc(s: string): string {
  return s.indexOf("\\") < 0 ? s : s.replace(/\\(u[0-9A-F]{4}|.)/gs, (_, c: string) => (c === "t" ? "\t" : c === "n" ? "\n" : c === "r" ? "\r" : c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : c));
}
const bitsView = new DataView(new ArrayBuffer(8));
/** "d#<16 hex digits>": a double by its bits (C96). */
function fromBits(t: string): number {
  bitsView.setUint32(0, parseInt(t.slice(2, 10), 16));
  bitsView.setUint32(4, parseInt(t.slice(10, 18), 16));
  return bitsView.getFloat64(0);
}
/**
 * A number for C#: a safe integer in decimal (parsed exactly everywhere); any other finite double as "#" and its 64 bits
 * in hex, since mono's double.Parse is not correctly rounded ("2e-163" read 1 ulp off: C96).
 */
function num(n: number): string {
  if (Number.isSafeInteger(n)) return Object.is(n, -0) ? "-0" : String(n);
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity || n === -Infinity) return n > 0 ? "Infinity" : "-Infinity";
  bitsView.setFloat64(0, n);
  return "#" + bitsView.getUint32(0).toString(16).padStart(8, "0") + bitsView.getUint32(4).toString(16).padStart(8, "0");
}

class Reader {
  constructor(
    private readonly f: string[],
    private p: number,
    private readonly link: CsLink,
  ) {}
  get more(): boolean {
    return this.p < this.f.length;
  }
  raw(): string {
    return this.f[this.p++]!;
  }
  value(): unknown {
    const t = this.raw();
    switch (t[0]) {
      case "n":
        return null;
      case "b":
        return t[1] === "1";
      case "s":
        return unesc(t.slice(1));
      case "d":
      case "i":
      case "l":
      case "F":
        return t[1] === "#" ? fromBits(t) : Number(t.slice(1));
      case "T":
        return new TimeSpan(Number(t.slice(1)));
      case "H":
        return this.link.object(Number(t.slice(t.indexOf(":") + 1)));
      case "X":
        return fixed(BigInt(t.slice(1)));
      case "Y": {
        const typeId = this.value() as string;
        return new MyItemType(typeId, this.value() as string);
      }
      case "L": {
        const n = Number(t.slice(1));
        const list: unknown[] = [];
        for (let i = 0; i < n; i++) list.push(this.value());
        return list;
      }
      case "C": {
        const p = Number(t.slice(1));
        return new Color(p & 255, (p >>> 8) & 255, (p >>> 16) & 255, p >>> 24);
      }
      case "W":
      case "U": {
        const x = this.value() as number;
        const y = this.value() as number;
        const z = this.value() as number;
        return t === "W" ? new Vector3D(x, y, z) : new Vector3(x, y, z);
      }
      case "V": {
        const x = this.value() as number;
        return new Vector2(x, this.value() as number);
      }
      case "A": {
        const t = this.value() as string;
        return serializableDefinitionId(t, this.value() as string);
      }
      case "D": {
        const t = this.value() as string;
        return definitionId(t, this.value() as string);
      }
      case "E": {
        const id = this.value() as MyDefinitionId;
        return new MyInventoryItemFilter(id, this.value() as boolean);
      }
      case "I": {
        const x = this.value() as number;
        const y = this.value() as number;
        return new Vector3I(x, y, this.value() as number);
      }
      case "S": {
        const f = [this.value(), this.value(), this.value(), this.value(), this.value(), this.value(), this.value(), this.value()];
        return new MySprite(f[0] as number, f[1] as string | null, f[2] as Vector2 | null, f[3] as Vector2 | null, f[4] as Color | null, f[5] as string | null, f[6] as number, f[7] as number);
      }
      case "R": {
        const id = this.value() as number;
        const bp = this.value() as MyDefinitionId;
        return new MyProductionItem(id, bp, this.value() as MyFixedPoint);
      }
      case "Z": {
        const type = this.value() as MyItemType;
        const id = this.value() as number;
        return new MyInventoryItem(type, id, this.value() as MyFixedPoint);
      }
      case "N": {
        // an IGC payload MyTuple: scripts here see a MyTuple of plain values, C# gets its exact type back
        const items: { type: string; item: unknown }[] = [];
        for (let i = Number(t.slice(1)); i > 0; i--) items.push({ type: this.value() as string, item: this.payload() });
        const plain = items.map((x) => (x.item instanceof CsPayload ? x.item.value : x.item));
        return new CsPayload(new (MyTuple as unknown as new (...a: unknown[]) => object)(...plain), "N", items);
      }
    }
    throw new Error(`pbts cs engine: bad value field ${JSON.stringify(t)}`);
  }
  /** A payload value with its C# type kept. */
  payload(): unknown {
    const t = this.f[this.p]!;
    const v = this.value();
    return v === null || v instanceof CsPayload ? v : new CsPayload(v, t[0]!);
  }
}

// ---------------------------------------------------------------- the link to mono

/** The instance's Runtime and IGC context, whose values travel with a program call. */
export interface CallState {
  runtime?: unknown;
  igc?: unknown;
}

interface ProgramReply {
  ok: boolean;
  message: string;
  storage: string;
  role: string | null;
  /** Instructions the call counted (the game's rules; a nested run counts its own share). */
  instructions: number;
  /** "" returned or threw; "complex" past the limit or call depth; "nested" the same in a TryRun'd run. */
  end: string;
  /** An exception's frames in the script's C# ("File.cs:line|...", innermost first), when it threw. */
  frames: string | null;
}

export class CsLink {
  private readonly child: ChildProcess;
  private readonly dir: string;
  private readonly stderrPath: string;
  private readonly wfd: number;
  private readonly rfd: number;
  private pending: Buffer = Buffer.alloc(0);
  private readonly chunk = Buffer.alloc(1 << 16);
  private closed = false;
  // handles
  private nextHandle = 1;
  private readonly ids = new WeakMap<object, number>();
  private readonly objs = new Map<number, WeakRef<object>>();
  private readonly drops: string[] = [];
  private readonly registry = new FinalizationRegistry<string>((token) => {
    if (token[0] === "h") this.objs.delete(Number(token.slice(1)));
    this.drops.push(token);
  });
  private readonly strong = new WeakMap<Simulation, Set<object>>();
  /** The simulation whose script is running (objects handed out are kept alive with it). */
  current: Simulation | null = null;
  private readonly classes = new Map<string, number>();
  /** Requests C# sent to Node (each one a round trip over the FIFOs). */
  requests = 0;
  /** Requests Node sent to C# (each one a round trip; `main` calls among them counted apart). */
  calls = 0;
  mains = 0;
  /** The mono process's id (for its CPU time). */
  get pid(): number {
    return this.child.pid ?? 0;
  }

  constructor(exe: string) {
    this.dir = mkdtempSync(join(tmpdir(), "pbts-cs-"));
    const toMono = join(this.dir, "to-mono");
    const toNode = join(this.dir, "to-node");
    for (const p of [toMono, toNode]) {
      const r = spawnSync("mkfifo", [p]);
      if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
    }
    this.stderrPath = join(this.dir, "stderr.log");
    const errFd = openSync(this.stderrPath, "w");
    const tc = findToolchain()!;
    this.child = spawn(tc.mono, ["--debug", exe, "serve", toMono, toNode], {
      stdio: ["ignore", "ignore", errFd],
      env: { ...process.env, LANG: "C", LC_ALL: "C" },
    });
    closeSync(errFd);
    this.child.unref();
    // Open order: mono opens to-mono (read) then to-node (write). A non-blocking write-open succeeds
    // once mono's reader exists; it is then replaced by a blocking one.
    const deadline = Date.now() + 60_000;
    let probe = -1;
    for (;;) {
      try {
        probe = openSync(toMono, constants.O_WRONLY | constants.O_NONBLOCK);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENXIO") throw e;
      }
      if (!this.alive() || Date.now() > deadline) throw new Error(`pbts cs engine: mono host did not start: ${this.stderr()}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
    this.wfd = openSync(toMono, constants.O_WRONLY);
    closeSync(probe);
    this.rfd = openSync(toNode, constants.O_RDONLY);
    const r = this.request(["ping"]);
    if (r.value() !== "ready") throw new Error("pbts cs engine: bad handshake");
  }

  private alive(): boolean {
    try {
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, "utf8");
      return !/^\d+ \(.*\) [ZX]/.test(stat);
    } catch {
      return false;
    }
  }
  private stderr(): string {
    try {
      return readFileSync(this.stderrPath, "utf8").trim();
    } catch {
      return "";
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.wfd);
    closeSync(this.rfd);
    this.child.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  // ---- handles ----
  handle(obj: object): number {
    let id = this.ids.get(obj);
    if (id === undefined) {
      id = this.nextHandle++;
      this.ids.set(obj, id);
      this.objs.set(id, new WeakRef(obj));
      this.registry.register(obj, `h${id}`);
    }
    if (this.current) {
      let set = this.strong.get(this.current);
      if (!set) this.strong.set(this.current, (set = new Set()));
      set.add(obj);
    }
    return id;
  }
  object(id: number): object {
    const o = this.objs.get(id)?.deref();
    if (!o) throw new Error(`pbts cs engine: object ${id} is gone`);
    return o;
  }
  dropInstanceLater(owner: object, instance: number): void {
    this.registry.register(owner, `p${instance}`);
  }

  // ---- encoding ----
  private kind(o: object): string {
    if (o instanceof SimProgrammableBlock) return "pb";
    if (o instanceof SimTextPanel) return "panel";
    if (o instanceof SimAntenna) return "antenna";
    if (o instanceof SimConnector) return "connector";
    if (o instanceof SimTopBlock) return `top/${o.topInterface}`; // a cube block, not a terminal one
    if (o instanceof SimBlock) {
      const iface = proxyInterface(o.interfaces); // a generic block: a proxy of its most specific interface
      if (iface) return `block/${iface}`;
      // a kind whose interface is IMyFunctionalBlock itself (an LCD panels block): its kind proxy adds the side interfaces
      return o instanceof SimKindBlock && o.def.iface === "IMyFunctionalBlock" ? "block/IMyFunctionalBlock" : "block";
    }
    if (o instanceof SimGrid) return "grid";
    if (o instanceof SimSlimBlock) return "slim";
    if (o instanceof SimSearchEnemyComponent) return "search";
    if (o instanceof SimTextSurface) return "surface";
    if (o instanceof SimInventory) return "inventory";
    if (o instanceof SimTerminalProperty) return `prop/${o.TypeName}`;
    if (o instanceof SimTerminalAction) return "action";
    if (o instanceof SimBlockGroup) return "group";
    if (o instanceof SimBroadcastListener) return "bl";
    if (o instanceof SimUnicastListener) return "ul";
    if (o instanceof SimIgcEndpoint) return "igc";
    if (o instanceof SimRuntimeInfo) return "rt";
    if (o instanceof SimGridTerminalSystem) return "gts";
    return "host";
  }
  encode(v: unknown, out: string[]): void {
    if (v === null || v === undefined) out.push("n");
    else if (typeof v === "boolean") out.push(v ? "b1" : "b0");
    else if (typeof v === "string") out.push("s" + esc(v));
    else if (typeof v === "number") out.push("d" + num(v));
    else if (v instanceof CsPayload) {
      if (v.items) {
        out.push("N" + v.items.length);
        for (const x of v.items) (this.encode(x.type, out), this.encode(x.item, out));
      } else if (v.value === null || v.value === undefined) out.push("n");
      else if (typeof v.value === "string" || typeof v.value === "boolean") this.encode(v.value, out);
      else if (typeof v.value !== "number") this.encode(v.value, out);
      else out.push(v.type + num(v.value as number));
    } else if (v instanceof TimeSpan) out.push("T" + String(v.Ticks));
    else if (v instanceof MyFixedPoint) out.push("X" + rawOf(v).toString());
    else if (v instanceof Color) out.push("C" + String(v.PackedValue));
    else if (v instanceof Vector3D || v instanceof Vector3) {
      out.push(v instanceof Vector3D ? "W" : "U");
      this.encode(v.X, out);
      this.encode(v.Y, out);
      this.encode(v.Z, out);
    } else if (v instanceof MatrixD) {
      out.push("G");
      for (const x of [v.M11, v.M12, v.M13, v.M14, v.M21, v.M22, v.M23, v.M24, v.M31, v.M32, v.M33, v.M34, v.M41, v.M42, v.M43, v.M44]) this.encode(x, out);
    } else if (v instanceof MyShipMass) {
      out.push("K");
      for (const x of [v.BaseMass, v.TotalMass, v.PhysicalMass]) this.encode(x, out);
    } else if (v instanceof MyShipVelocities) {
      out.push("J");
      this.encode(v.LinearVelocity, out);
      this.encode(v.AngularVelocity, out);
    } else if (v instanceof Vector2) {
      out.push("V");
      this.encode(v.X, out);
      this.encode(v.Y, out);
    } else if (v instanceof SerializableDefinitionId) {
      out.push("A");
      this.encode(v.TypeIdString, out);
      this.encode(v.SubtypeName, out);
    } else if (v instanceof MyDefinitionId) {
      out.push("D");
      this.encode(definitionTypeName(v), out);
      this.encode(v.SubtypeName, out);
    } else if (v instanceof MyInventoryItemFilter) {
      out.push("E");
      this.encode(v.ItemId, out);
      this.encode(v.AllSubTypes, out);
    } else if (v instanceof Vector3I) {
      out.push("I");
      for (const x of [v.X, v.Y, v.Z]) this.encode(x, out);
    } else if (v instanceof MyBlockOrientation) {
      out.push("O");
      this.encode(v.Forward, out);
      this.encode(v.Up, out);
    } else if (v instanceof BoundingBoxD) {
      out.push("Q");
      this.encode(v.Min, out);
      this.encode(v.Max, out);
    } else if (v instanceof BoundingSphereD) {
      out.push("P");
      this.encode(v.Center, out);
      this.encode(v.Radius, out);
    }
    else if (v instanceof MyItemType) {
      out.push("Y");
      this.encode(v.TypeId, out);
      this.encode(v.SubtypeId, out);
    } else if (v instanceof MyInventoryItem) {
      out.push("Z");
      this.encode(v.Type, out);
      this.encode(v.ItemId, out);
      this.encode(v.Amount, out);
    }
    else if (v instanceof MyProductionItem) {
      out.push("R");
      this.encode(v.ItemId, out);
      this.encode(v.BlueprintId, out);
      this.encode(v.Amount, out);
    }
    else if (v instanceof MyIGCMessage) {
      out.push("M");
      this.encode(v.Data, out);
      this.encode(v.Tag, out);
      this.encode(v.Source, out);
    } else if (Array.isArray(v)) {
      out.push("L" + v.length);
      for (const x of v) this.encode(x, out);
    } else if (typeof v === "object") out.push(`H${this.kind(v)}:${this.handle(v)}`);
    else throw new Error(`pbts cs engine: cannot pass a ${typeof v} to C#`);
  }

  // ---- messages ----
  private write(line: string): void {
    const buf = Buffer.from(line + "\n", "utf8");
    let off = 0;
    while (off < buf.length) off += writeSync(this.wfd, buf, off, buf.length - off);
  }
  private readLine(): string {
    for (;;) {
      const nl = this.pending.indexOf(10);
      if (nl >= 0) {
        const line = this.pending.toString("utf8", 0, nl);
        this.pending = this.pending.subarray(nl + 1);
        return line;
      }
      const n = readSync(this.rfd, this.chunk, 0, this.chunk.length, null);
      if (n === 0) {
        this.closed = true;
        throw new Error(`pbts cs engine: the mono host exited unexpectedly${this.stderr() ? ": " + this.stderr() : ""}`);
      }
      this.pending = this.pending.length ? Buffer.concat([this.pending, this.chunk.subarray(0, n)]) : Buffer.from(this.chunk.subarray(0, n));
    }
  }

  /** Send a request (fields already encoded after the op) and serve C#'s requests until the reply. */
  request(fields: string[]): Reader {
    if (this.closed) throw new Error("pbts cs engine: the mono host is closed");
    if (this.drops.length) {
      const d = this.drops.splice(0);
      this.write(["Q", "drop", ...d].join("\t"));
      this.wait();
    }
    this.calls++;
    this.write("Q\t" + fields.join("\t"));
    return this.wait();
  }
  private wait(): Reader {
    for (;;) {
      const line = this.readLine();
      const f = line.split("\t");
      if (f[0] === "R") return new Reader(f, 1, this);
      if (f[0] === "E") throw new Error(`pbts cs engine: ${unesc(f[1] ?? "")}`);
      if (f[0] === "Q") this.serve(f);
      else if (f[0] === "B") this.posted(f);
    }
  }
  private serve(f: string[]): void {
    this.requests++;
    const out: string[] = ["R"];
    try {
      this.perform(f[1]!, new Reader(f, 2, this), out);
    } catch (e) {
      this.write("E\t" + esc(errorMessage(e)));
      return;
    }
    this.write(out.join("\t"));
  }
  /** A buffered request (Echo, broadcast, UpdateFrequency set, accepted message): performed in order, no reply. */
  private posted(f: string[]): void {
    this.posted_++;
    try {
      this.perform(f[1]!, new Reader(f, 2, this), []);
    } catch (e) {
      // C# checked what could fail before buffering; a failure here is an engine bug, not the script's
      throw new Error(`pbts cs engine: a buffered ${f[1]} failed: ${errorMessage(e)}`);
    }
  }
  /** Buffered requests performed (for the engine bench). */
  posted_ = 0;

  /** What a program call may read without asking back: Runtime values and the listener queues (see EngineHost.cs). */
  private state(parts: CallState | undefined, out: string[]): void {
    const rt = parts?.runtime;
    if (rt instanceof SimRuntimeInfo) {
      this.encode(rt, out);
      out.push("T" + String(rt.TimeSinceLastRun.Ticks));
      this.encode(rt.LastRunTimeMs, out);
      this.encode(rt.UpdateFrequency, out);
    } else out.push("n", "T0", "d0", "d0");
    const ep = parts?.igc;
    const pairs: unknown[] = [];
    if (ep instanceof SimIgcEndpoint) {
      pairs.push(ep.UnicastListener, ep.UnicastListener.queue);
      for (const l of ep.broadcastListeners.values()) pairs.push(l, l.queue);
    }
    this.encode(pairs, out);
  }

  private perform(op: string, r: Reader, out: string[]): void {
    const target = r.value() as Record<string, unknown> & object;
    switch (op) {
      case "get": {
        const prop = r.value() as string;
        this.encode(target[prop], out);
        return;
      }
      case "set": {
        const prop = r.value() as string;
        target[prop] = r.value();
        return;
      }
      case "call": {
        const method = r.value() as string;
        const args: unknown[] = [];
        while (r.more) args.push(r.value());
        const fn = target[method];
        if (typeof fn !== "function") throw new Error(`${method} is not a method of ${this.kind(target)}`);
        this.encode((fn as (...a: unknown[]) => unknown).apply(target, args), out);
        return;
      }
      case "list": {
        const method = r.value() as string;
        const typeName = r.value() as string | null;
        const args: unknown[] = [];
        while (r.more) args.push(r.value());
        const list: unknown[] = [];
        const fn = target[method] as (...a: unknown[]) => unknown;
        if (typeName !== null) fn.call(target, { name: typeName }, list);
        else fn.call(target, ...args, list);
        this.encode(list, out);
        return;
      }
      case "send": {
        // C# checked the payload type; the TS check runs too so both engines reject the same values.
        const ep = target as unknown as SimIgcEndpoint;
        const mode = r.value() as string;
        const tag = r.value() as string;
        const data = r.payload();
        checkIgcPayload(data instanceof CsPayload ? data.value : data);
        const hub = (ep as unknown as { hub: IgcHub }).hub;
        if (mode === "broadcast") {
          hub.sendBroadcast(ep, tag, data, r.value() as number);
          out.push("n");
        }
        else this.encode(hub.sendUnicast(ep, r.value() as number, tag, data), out);
        return;
      }
    }
    throw new Error(`unknown request ${op}`);
  }

  private programReply(r: Reader): ProgramReply {
    const ok = r.value() as boolean;
    const message = (r.value() as string | null) ?? "";
    const storage = (r.value() as string | null) ?? "";
    const role = r.value() as string | null;
    const instructions = r.value() as number;
    const end = (r.value() as string | null) ?? "";
    const frames = r.more ? (r.value() as string | null) : null;
    return { ok, message, storage, role, instructions, end, frames };
  }

  // ---- programs ----
  /** `roleNames`: what Failover (the failover manager's base class) and its Role are called in this build (a `full` script renames them). */
  loadClass(dll: string, typeName: string, roleNames?: [string, string]): number {
    const key = `${dll}|${typeName}`;
    let id = this.classes.get(key);
    if (id === undefined) {
      const out: string[] = ["load"];
      this.encode(dll, out);
      this.encode(typeName, out);
      if (roleNames) for (const n of roleNames) this.encode(n, out);
      id = this.request(out).value() as number;
      this.classes.set(key, id);
    }
    return id;
  }
  create(classId: number, parts: { me: object; runtime: object; igc: object; gts: object; host: object; storage: string }): ProgramReply & { id: number } {
    const out: string[] = ["new", "d" + classId];
    for (const o of [parts.me, parts.runtime, parts.igc, parts.gts, parts.host]) this.encode(o, out);
    this.encode(parts.storage, out);
    this.state(parts, out);
    const r = this.request(out);
    const reply = this.programReply(r);
    return { ...reply, id: r.value() as number };
  }
  main(id: number, argument: string, updateType: number, state?: CallState): ProgramReply {
    this.mains++;
    const out = ["main", "d" + id];
    this.encode(argument, out);
    this.encode(updateType, out);
    this.state(state, out);
    return this.programReply(this.request(out));
  }
  save(id: number, state?: CallState): ProgramReply {
    const out = ["save", "d" + id];
    this.state(state, out);
    return this.programReply(this.request(out));
  }
  stats(): { instances: number; proxies: number } {
    const r = this.request(["stats"]);
    return { instances: r.value() as number, proxies: r.value() as number };
  }
}

// ---------------------------------------------------------------- building

/** The instruction counter's assembly (PbtsInstr.dll, from instrument.ts), next to the stubs DLL. */
export function buildCounter(): string {
  mkdirSync(join(ENGINE_DIR, "src"), { recursive: true });
  const src = join(ENGINE_DIR, "src", "PbtsInstr.cs");
  if (!existsSync(src) || readFileSync(src, "utf8") !== COUNTER_SOURCE) writeFileSync(src, COUNTER_SOURCE);
  return buildCached([src], join(ENGINE_DIR, "PbtsInstr.dll"), { target: "library" });
}

/** The engine host executable (built when its sources or the stubs change), next to the stubs DLL. */
export function buildHost(): string {
  const stubs = buildStubs();
  mkdirSync(ENGINE_DIR, { recursive: true });
  const counter = buildCounter();
  const localStubs = join(ENGINE_DIR, basename(stubs));
  if (!existsSync(localStubs) || !readFileSync(localStubs).equals(readFileSync(stubs))) {
    const tmp = `${localStubs}.${process.pid}.tmp`;
    copyFileSync(stubs, tmp);
    renameSync(tmp, localStubs);
  }
  const sources = ["Wire.cs", "Proxies.cs", "ProxyBases.generated.cs", "BlockProxies.generated.cs", "EngineHost.cs", "Bench.cs"].map((f) => join(HOST_DIR, f));
  const tag = createHash("sha256").update(readFileSync(localStubs)).update(COUNTER_SOURCE).digest("hex").slice(0, 12);
  return buildCached(sources, join(ENGINE_DIR, `EngineHost-${tag}.exe`), { target: "exe", refs: [localStubs, counter] });
}

export interface BuiltScript {
  dll: string;
  typeName: string;
  namespace: string;
  /** For each C# file built (by name), for each of its lines: the TS `file:line` it came from. */
  lines: Record<string, (string | null)[]>;
  /** The names Failover (the failover manager's base class) and its Role have in the built C# (renamed at `full`). */
  roleNames?: [string, string];
}

const built = new Map<string, BuiltScript>();

/** The minify level scripts run at (`pbts sim --engine cs --minify <level>`); undefined: the MDK2 files as compiled. */
let scriptLevel: MinifyLevel | undefined;
export function setScriptLevel(level: MinifyLevel | undefined): void {
  if (level !== scriptLevel) adapted = new WeakMap(); // the classes built at the other level
  scriptLevel = level;
}

/**
 * Compile a script module to C# (namespace per script) and build it into a DLL with mcs. The C# is
 * instrumented with the game's instruction counting (compiler/csharp/instrument.ts) unless
 * `instrumented` is false (the allocation bench measures the script's own code).
 */
export function buildScript(path: string, opts: { instrumented?: boolean; level?: MinifyLevel } = {}): BuiltScript {
  const abs = resolve(path);
  const instrumented = opts.instrumented ?? true;
  const level = opts.level ?? scriptLevel;
  const key = `${instrumented ? "i" : "p"}|${level ?? ""}|${abs}`;
  const hit = built.get(key);
  if (hit) return hit;
  const stubs = join(ENGINE_DIR, "PbtsStubs.dll");
  buildHost();
  const counter = buildCounter();
  const base = basename(abs).replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9_]/g, "_");
  const namespace = `PbtsCs_${base}_${createHash("sha256").update(abs).digest("hex").slice(0, 8)}`;
  const r = compile({ files: [abs], namespace, cwd: REPO_ROOT });
  if (!r.ok) {
    const lines = r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}: ${d.message}`);
    throw new Error(`pbts cs engine: ${abs} does not compile to C#:\n${lines.join("\n")}`);
  }
  // At a minify level: the paste-ready script, wrapped as the game wraps it (in the engine's namespace).
  const lines: Record<string, (string | null)[]> = {};
  let roleNames: [string, string] | undefined;
  let sources: { name: string; code: string }[];
  if (level) {
    const head = `${readPrologue().trimEnd()}\nnamespace ${namespace} {\npublic sealed class Program : MyGridProgram {\n`;
    const script = composeMapped(r.files, [], level);
    sources = [{ name: "Script.cs", code: `${head}${script.text}\n}\n}\n` }];
    lines["Script.cs"] = [...Array<null>(head.split("\n").length - 1).fill(null), ...script.map.lines];
    // (names members of different types share are listed `a / b`: rename.ts)
    const renamed = new Map(Object.entries(script.map.names ?? {}).flatMap(([n, olds]) => olds.split(" / ").map((old) => [old, n] as const)));
    if (renamed.size) roleNames = [renamed.get("Failover") ?? "Failover", renamed.get("Role") ?? "Role"];
  } else {
    sources = r.files;
    for (const f of r.files) lines[f.name] = fileLines(f);
  }
  const files0 = sources.map((f) => ({ name: f.name, code: instrumented ? instrumentOrExplain(f.code, f.name, abs) : f.code }));
  const h = createHash("sha256").update(readFileSync(stubs)).update(instrumented ? COUNTER_SOURCE : "plain");
  for (const f of files0) h.update(f.name).update("\0").update(f.code).update("\0");
  const hash = h.digest("hex").slice(0, 16);
  const srcDir = join(ENGINE_DIR, "src", `${namespace}_${hash}`);
  const files: string[] = [];
  mkdirSync(srcDir, { recursive: true });
  for (const f of files0) {
    const p = join(srcDir, f.name);
    if (!existsSync(p) || readFileSync(p, "utf8") !== f.code) writeFileSync(p, f.code);
    files.push(p);
  }
  const dll = buildCached(files, join(ENGINE_DIR, `${namespace}_${hash}.dll`), { target: "library", refs: instrumented ? [stubs, counter] : [stubs], debug: true });
  const out = { dll, typeName: `${namespace}.Program`, namespace, lines, roleNames };
  built.set(key, out);
  return out;
}

/** A compiled file's lines and the TS `file:line` each came from (its body sits inside the file's template). */
function fileLines(f: { source: string | null; code: string; body: string; bodyLines?: number[] }): (string | null)[] {
  const code = f.code.split("\n");
  const body = f.body.split("\n");
  const start = code.findIndex((l, k) => l.trim() === body[0].trim() && code[k - 1]?.trim() === "{" && /partial class Program/.test(code[k - 2] ?? ""));
  const src = f.source ? relative(process.cwd(), f.source) || f.source : null;
  return code.map((_, k) => {
    const i = k - start;
    if (start < 0 || i < 0 || i >= body.length) return null;
    if (!src) return RUNTIME_POS;
    const ln = f.bodyLines?.[i];
    return ln ? `${src}:${ln}` : null;
  });
}

/**
 * The TS position of an exception from the C# frames mono reported: the innermost frame in the
 * script's own code (a frame in the runtime helpers gives way to its caller); a line with no position
 * of its own (a closing brace) belongs to the code above it, as in `pbts where`.
 */
export function tsPositionOf(frames: string | null, lines: Record<string, (string | null)[]>): string | undefined {
  for (const fr of (frames ?? "").split("|")) {
    const m = /^(.*):(\d+)$/.exec(fr);
    const map = m ? lines[m[1]] : undefined;
    if (!m || !map) continue;
    let k = Number(m[2]) - 1;
    while (k >= 0 && map[k] === null) k--;
    const pos = k >= 0 ? map[k] : null;
    if (pos && pos !== RUNTIME_POS) return pos;
  }
  return undefined;
}

function instrumentOrExplain(code: string, name: string, source: string): string {
  try {
    return instrument(code);
  } catch (e) {
    throw new Error(`pbts cs engine: cannot instrument the C# of ${source} (${name}) for instruction counting: ${errorMessage(e)}`);
  }
}

// ---------------------------------------------------------------- the engine

let link: CsLink | null = null;

/** The shared mono host (started on first use; it ends with this process). */
export function csLink(): CsLink {
  if (!link) {
    if (!findToolchain()) throw new Error("pbts cs engine: mcs/mono not found (install Debian's mono-mcs)");
    link = new CsLink(buildHost());
    process.once("exit", () => link?.close());
  }
  return link;
}

/** Stop the shared mono host (a later use starts a new one). */
export function closeCsLink(): void {
  link?.close();
  link = null;
}

interface CsInstance {
  __csId: number;
  __csInstructions: number;
  __csKey: string | null;
  __csStorage: string;
  __csRole: string | null;
  __csHost: { Echo: (m: string) => void };
  __csSim: Simulation | null;
}

let adapted = new WeakMap<ProgramClass, ProgramClass>();

function simOf(me: unknown): Simulation | null {
  return (me as { world?: { sim?: Simulation } })?.world?.sim ?? null;
}

function finish(self: CsInstance, reply: ProgramReply, lines: Record<string, (string | null)[]>): void {
  if (self.__csSim && self.__csKey !== null) lastException(self.__csSim).delete(self.__csKey);
  self.__csStorage = reply.storage;
  self.__csRole = reply.role;
  self.__csInstructions = reply.instructions;
  if (self.__csSim && self.__csKey !== null) lastInstructions(self.__csSim).set(self.__csKey, reply.instructions);
  if (reply.ok) return;
  if (reply.end === "complex") throw new ScriptTooComplex();
  if (reply.end === "nested") throw new NestedTooComplex();
  const at = tsPositionOf(reply.frames, lines);
  if (at && self.__csSim && self.__csKey !== null) lastException(self.__csSim).set(self.__csKey, at);
  throw new Error(reply.message);
}

const exceptionsBySim = new WeakMap<Simulation, Map<string, string>>();
/** The TS position of each PB's latest C# exception (put on its exception event when it is traced). */
function lastException(sim: Simulation): Map<string, string> {
  let m = exceptionsBySim.get(sim);
  if (!m) exceptionsBySim.set(sim, (m = new Map()));
  return m;
}

const instructionsBySim = new WeakMap<Simulation, Map<string, number>>();
/** The instructions of each PB's latest C# call (read when the run event is traced). */
function lastInstructions(sim: Simulation): Map<string, number> {
  let m = instructionsBySim.get(sim);
  if (!m) instructionsBySim.set(sim, (m = new Map()));
  return m;
}

/** The class a PB instantiates to run `script` as C#. */
export function csProgramFor(script: ProgramClass): ProgramClass {
  const hit = adapted.get(script);
  if (hit) return hit;
  const path = scriptSource(script);
  if (!path) throw new Error(`pbts cs engine: no source file is known for script "${scriptName(script)}" (load scenarios with loadScenario/resolveScripts, or call registerScriptSource)`);
  const { dll, typeName, lines, roleNames } = buildScript(path);
  const arity = entryArity(script);
  const hasSave = typeof (script.prototype as { Save?: unknown }).Save === "function";

  class CsProgram extends MyGridProgram {
    static readonly scriptName = scriptName(script);
    declare __csId: number;
    declare __csInstructions: number;
    declare __csKey: string | null;
    declare __csStorage: string;
    declare __csRole: string | null;
    declare __csHost: { Echo: (m: string) => void };
    declare __csSim: Simulation | null;
    constructor() {
      super();
      const self = this as unknown as CsInstance;
      const l = csLink();
      const classId = l.loadClass(dll, typeName, roleNames);
      const echo = this.Echo;
      self.__csHost = { Echo: (m: string) => echo(m) };
      self.__csSim = simOf(this.Me);
      self.__csKey = (this.Me as unknown as { key?: string })?.key ?? null;
      const prev = l.current;
      l.current = self.__csSim;
      try {
        const reply = l.create(classId, { me: this.Me, runtime: this.Runtime, igc: this.IGC, gts: this.GridTerminalSystem, host: self.__csHost, storage: self.__csStorage ?? "" });
        l.dropInstanceLater(this, reply.id);
        self.__csId = reply.id;
        finish(self, reply, lines);
      } finally {
        l.current = prev;
      }
    }
    get __pbtsRole(): string | undefined {
      const r = (this as unknown as CsInstance).__csRole;
      return typeof r === "string" ? r : undefined;
    }
  }
  const run = function (this: CsInstance, argument: string, updateType: UpdateType): void {
    const l = csLink();
    const prev = l.current;
    l.current = this.__csSim;
    try {
      const me = this as unknown as MyGridProgram;
      finish(this, l.main(this.__csId, argument ?? "", updateType ?? 0, { runtime: me.Runtime, igc: me.IGC }), lines);
    } finally {
      l.current = prev;
    }
  };
  const proto = CsProgram.prototype as unknown as Record<string, unknown>;
  // The base constructor assigns Storage (the host's value) before the C# instance exists; later the
  // value is what the C# program's Storage was after its last constructor/Main/Save.
  Object.defineProperty(proto, "Storage", {
    get(this: CsInstance) {
      return this.__csStorage ?? "";
    },
    set(this: CsInstance, v: string) {
      this.__csStorage = v ?? "";
    },
    configurable: true,
  });
  const main =
    arity === 2
      ? function (this: CsInstance, argument: string, updateType: UpdateType) {
          run.call(this, argument, updateType);
        }
      : arity === 1
        ? function (this: CsInstance, argument: string) {
            run.call(this, argument, 0 as UpdateType);
          }
        : function (this: CsInstance) {
            run.call(this, "", 0 as UpdateType);
          };
  if (arity !== null) Object.defineProperty(proto, "Main", { value: main, writable: true, configurable: true });
  if (hasSave) {
    Object.defineProperty(proto, "Save", {
      value: function (this: CsInstance) {
        const l = csLink();
        const prev = l.current;
        l.current = this.__csSim;
        try {
          const me = this as unknown as MyGridProgram;
          finish(this, l.save(this.__csId, { runtime: me.Runtime, igc: me.IGC }), lines);
        } finally {
          l.current = prev;
        }
      },
      writable: true,
      configurable: true,
    });
  }
  const cls = CsProgram as unknown as ProgramClass;
  adapted.set(script, cls);
  return cls;
}

export const csEngine: ScriptEngine = {
  name: "cs",
  adapt: csProgramFor,
  install(sim: Simulation): void {
    // Payload boxes travel through the hub; the trace shows the plain value (as the TS engine does).
    // Each run event (and compile/save: constructor, Save) carries the instructions the call counted (the game's rules, see instrument.ts).
    const trace = sim.trace;
    // Run payloads are always built here, so a muted run still takes its call's count off the map below.
    Object.defineProperty(trace, "runs", { get: () => true, set: () => {}, configurable: true });
    trace.runsAsObjects = true; // through the `add` below, which adds the run's instructions
    const add = trace.add.bind(trace);
    trace.add = (tick, block, kind, data = {}) => {
      if ((kind === "run" || kind === "compile" || kind === "save") && block !== null) {
        const m = lastInstructions(sim);
        const n = m.get(block);
        if (n !== undefined) {
          m.delete(block);
          data = { ...data, instructions: n };
        }
      }
      // an exception the C# script threw: where in the TS (the exception event's `at`; the TS engine has none)
      if (kind === "exception" && block !== null) {
        const m = lastException(sim);
        const at = m.get(block);
        m.delete(block);
        if (at !== undefined) data = { ...data, at };
      }
      add(tick, block, kind, kind === "igc-send" || kind === "igc-deliver" ? unboxed(data) : data);
    };
  },
};

registerEngine(csEngine);

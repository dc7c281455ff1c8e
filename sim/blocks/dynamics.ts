// Deterministic dynamics of the block families scripts wait on (doors, pistons, rotors, batteries,
// air vents, timers), one tick (1/60 s) at a time, only while the block is working (functional,
// powered, on). Each rate has a default documented here and in the README, and a scenario can
// override it per block: { "type": "Door", "name": "Inner", "rates": { "openSeconds": 2 } }.
// Overrides (thrust, gyro) are plain stored properties: recorded, no motion physics.
// Trace: discrete changes (Status, Open, IsCountingDown, ChargeMode...) are "property" events; a
// continuous value in motion (OpenRatio, CurrentPosition, Angle, CurrentStoredPower) is traced when
// it reaches an end or limit, not every tick (scripts read it any time).
import { Base6Directions, ChargeMode, DoorStatus, MyDetectedEntityInfo, MyWaypointInfo, Vector3I, LandingGearMode, MatrixD, MyConveyorSorterMode, MyDefinitionId, MyInventoryItemFilter, MyPlanetElevation, MyShipMass, MyShipVelocities, PistonStatus, Vector3D, VentStatus, type Out } from "pbts/se";
import { definitionId, definitionTypeName } from "../../compiler/se/values/items.ts";
import type { SimKindBlock } from "./kind-block.ts";
import { SimBlock } from "./block.ts";
import { SimSearchEnemyComponent } from "./search-enemy.ts";
import { batteryInfo } from "./detailed-info.ts";
import { attachedTop, attachedTopGrid, jointOf } from "./top-part.ts";
import { production } from "./production.ts";

export interface Family {
  name: string;
  /** Rate defaults (overridable per block). */
  rates: Record<string, number>;
  /** Initial values (after the all-zero defaults, before the scenario's properties). */
  init(b: SimKindBlock): void;
  /** A settable property set by a script or the terminal; true if handled. */
  set?(b: SimKindBlock, name: string, value: unknown): boolean;
  /** After a scenario set a value directly (keep derived values consistent). */
  after?(b: SimKindBlock, name: string): void;
  /** Terminal property id -> API property, where the names differ. */
  terminal?: Record<string, string>;
  /** A terminal property set (value checked); true if handled. */
  terminalSet?(b: SimKindBlock, id: string, value: unknown): boolean;
  /** A terminal action; true if handled. */
  action?(b: SimKindBlock, name: string): boolean;
  /** A Single terminal property's range (GetMinimum/GetMaximum), or null. */
  bounds?(b: SimKindBlock, id: string): [number, number] | null;
  /** Scenario facts beyond the simple API properties (vectors, masses): name -> check and convert (throws saying what it expects; `b` is the block, for checks against its world). */
  facts?: Record<string, (v: unknown, b: SimKindBlock) => unknown>;
  /** Read-only API members the family computes (WorldMatrix...). */
  getters?: Record<string, (b: SimKindBlock) => unknown>;
  /** Settable API members that hold a reference (a turret controller's rotors): get and set. */
  refs?: Record<string, { get(b: SimKindBlock): unknown; set(b: SimKindBlock, v: unknown): void }>;
  /** Values the family adds (not API properties): scenario facts its methods report. */
  extra?: Record<string, string>;
  /** Methods the family adds to the block. */
  methods?: Record<string, (b: SimKindBlock, ...args: unknown[]) => unknown>;
  tick(b: SimKindBlock): void;
  /** Whether the next tick may change something even when the last one changed nothing: it depends
   *  on the tick number (the sun, a drain every n ticks) or on what is not a block value. Without
   *  it a block whose tick changed nothing is not ticked again until something changes (World.tickBlocks). */
  clocked?(b: SimKindBlock): boolean;
  /** The block's DetailedInfo text (detailed-info.ts), when the family has one. */
  detailedInfo?(b: SimKindBlock): string;
  save?(b: SimKindBlock): unknown;
  restore?(b: SimKindBlock, s: unknown): void;
}

const TICK = 1 / 60;
const TWO_PI = Math.PI * 2;

// ---- doors: Closed -> Opening -> Open and back; OpenRatio moves 1/(openSeconds*60) per tick ----
function doorTarget(b: SimKindBlock, open: boolean): void {
  const s = b.num("Status") as DoorStatus;
  if (open && (s === DoorStatus.Open || s === DoorStatus.Opening)) return;
  if (!open && (s === DoorStatus.Closed || s === DoorStatus.Closing)) return;
  b.put("Status", open ? DoorStatus.Opening : DoorStatus.Closing);
  b.put("Open", open);
}
const door: Family = {
  name: "door",
  rates: { openSeconds: 1 },
  init(b) {
    b.put("Status", DoorStatus.Closed);
  },
  after(b, name) {
    // A scenario's "Open" (properties or a set event) is the player's hand on the door, as the terminal's
    // checkbox: the door moves (Opening/Closing); one set at load starts fully open or closed. Stored
    // as a bare fact, Open read true while Status stayed Closed and the door never moved.
    if (name === "Open") {
      const open = b.get("Open") as boolean;
      if (b.worldSim().started) doorTarget(b, open);
      else b.put("Status", open ? DoorStatus.Open : DoorStatus.Closed);
      name = "Status";
    }
    if (name === "Status") {
      const s = b.num("Status");
      if (s === DoorStatus.Open) b.put("OpenRatio", 1);
      if (s === DoorStatus.Closed) b.put("OpenRatio", 0);
      b.put("Open", s === DoorStatus.Open || s === DoorStatus.Opening);
    }
  },
  terminalSet(b, id, value) {
    if (id !== "Open") return false;
    doorTarget(b, value as boolean);
    return true;
  },
  action(b, name) {
    if (name === "Open") doorTarget(b, !b.get("Open"));
    else if (name === "Open_On") doorTarget(b, true);
    else if (name === "Open_Off") doorTarget(b, false);
    else return false;
    return true;
  },
  methods: {
    OpenDoor: (b) => doorTarget(b, true),
    CloseDoor: (b) => doorTarget(b, false),
    ToggleDoor: (b) => doorTarget(b, !b.get("Open")),
  },
  tick(b) {
    const s = b.num("Status");
    if (s !== DoorStatus.Opening && s !== DoorStatus.Closing) return;
    const step = TICK / b.rates.openSeconds!;
    // Snap within a millionth: 60 float steps of 1/60 do not add up to exactly 1.
    let r = b.num("OpenRatio") + (s === DoorStatus.Opening ? step : -step);
    r = r > 1 - 1e-6 ? 1 : r < 1e-6 ? 0 : Math.fround(r);
    b.put("OpenRatio", r, r !== 0 && r !== 1);
    if (s === DoorStatus.Opening && r >= 1) b.put("Status", DoorStatus.Open);
    if (s === DoorStatus.Closing && r <= 0) b.put("Status", DoorStatus.Closed);
  },
};

// ---- pistons: CurrentPosition moves Velocity m/s within [MinLimit, MaxLimit] ----
const piston: Family = {
  name: "piston",
  rates: {},
  init(b) {
    b.put("HighestPosition", 10);
    b.put("MaxLimit", 10);
    b.put("MaxVelocity", 5);
    b.put("Velocity", 0);
    b.put("Status", PistonStatus.Retracted); // at its MinLimit (0)
  },
  set(b, name, value) {
    if (name === "Velocity") {
      const max = b.num("MaxVelocity");
      b.put("Velocity", Math.fround(Math.max(-max, Math.min(max, value as number))));
      return true;
    }
    if (name === "MinLimit" || name === "MaxLimit") {
      b.put(name, Math.fround(Math.max(b.num("LowestPosition"), Math.min(b.num("HighestPosition"), value as number))));
      return true;
    }
    return false;
  },
  bounds(b, id) {
    if (id === "Velocity") return [-b.num("MaxVelocity"), b.num("MaxVelocity")];
    if (id === "LowerLimit" || id === "UpperLimit") return [b.num("LowestPosition"), b.num("HighestPosition")];
    return null;
  },
  action(b, name) {
    const v = Math.abs(b.num("Velocity"));
    if (name === "Extend") b.put("Velocity", v);
    else if (name === "Retract") b.put("Velocity", Math.fround(-v));
    else if (name === "Reverse") b.put("Velocity", Math.fround(-b.num("Velocity")));
    else return false;
    return true;
  },
  tick(b) {
    const v = b.num("Velocity");
    const pos = b.num("CurrentPosition");
    const lo = b.num("MinLimit");
    const hi = b.num("MaxLimit");
    let next = pos;
    if (b.IsWorking && v !== 0) next = Math.fround(Math.max(lo, Math.min(hi, pos + v * TICK)));
    const atLimit = next === lo || next === hi;
    b.put("CurrentPosition", next, !atLimit);
    const span = b.num("HighestPosition") - b.num("LowestPosition");
    b.put("NormalizedPosition", Math.fround(span > 0 ? (next - b.num("LowestPosition")) / span : 0), !atLimit);
    let status: PistonStatus;
    if (!b.IsWorking || v === 0) status = next >= hi ? PistonStatus.Extended : next <= lo ? PistonStatus.Retracted : PistonStatus.Stopped;
    else if (v > 0) status = next >= hi ? PistonStatus.Extended : PistonStatus.Extending;
    else status = next <= lo ? PistonStatus.Retracted : PistonStatus.Retracting;
    b.put("Status", status);
  },
};

// ---- rotors: Angle (radians, [0, 2pi)) turns TargetVelocityRPM within [LowerLimit, UpperLimit] ----
const NO_LIMIT = 3.4028234663852886e38; // float.MaxValue: the game's "unlimited"
const rotor: Family = {
  name: "rotor",
  rates: {},
  init(b) {
    b.put("LowerLimitRad", Math.fround(-NO_LIMIT));
    b.put("UpperLimitRad", Math.fround(NO_LIMIT));
    b.put("LowerLimitDeg", Math.fround(-NO_LIMIT));
    b.put("UpperLimitDeg", Math.fround(NO_LIMIT));
    b.put("Torque", 33600000);
    b.put("BrakingTorque", 33600000);
    b.put("IsAttached", true);
  },
  set(b, name, value) {
    const v = value as number;
    const deg = (r: number) => (Math.abs(r) >= NO_LIMIT ? r : Math.fround((r * 180) / Math.PI));
    const rad = (d: number) => (Math.abs(d) >= NO_LIMIT ? d : Math.fround((d * Math.PI) / 180));
    if (name === "TargetVelocityRPM") {
      b.put("TargetVelocityRPM", v);
      b.put("TargetVelocityRad", Math.fround((v * TWO_PI) / 60));
    } else if (name === "TargetVelocityRad") {
      b.put("TargetVelocityRad", v);
      b.put("TargetVelocityRPM", Math.fround((v * 60) / TWO_PI));
    } else if (name === "LowerLimitDeg" || name === "UpperLimitDeg") {
      b.put(name, v);
      b.put(name.replace("Deg", "Rad"), rad(v));
    } else if (name === "LowerLimitRad" || name === "UpperLimitRad") {
      b.put(name, v);
      b.put(name.replace("Rad", "Deg"), deg(v));
    } else return false;
    return true;
  },
  terminal: { Velocity: "TargetVelocityRPM", LowerLimit: "LowerLimitDeg", UpperLimit: "UpperLimitDeg" },
  action(b, name) {
    if (name !== "Reverse") return false;
    rotor.set!(b, "TargetVelocityRPM", Math.fround(-b.num("TargetVelocityRPM")));
    return true;
  },
  tick(b) {
    const rpm = b.num("TargetVelocityRPM");
    if (!b.IsWorking || rpm === 0 || b.get("RotorLock")) return;
    // Unwrapped angle against the limits (a limited rotor does not wrap), shown in [0, 2pi).
    const lo = b.num("LowerLimitRad");
    const hi = b.num("UpperLimitRad");
    let a = b.num("Angle");
    if (a > Math.PI && lo > -NO_LIMIT) a -= TWO_PI; // limits are given in (-2pi, 2pi)
    let next = a + (rpm * TWO_PI * TICK) / 60;
    if (next < lo) next = lo;
    if (next > hi) next = hi;
    next = ((next % TWO_PI) + TWO_PI) % TWO_PI;
    b.put("Angle", Math.fround(next), next !== lo && next !== hi);
  },
};

// ---- batteries: stored energy (MWh) moves by (input - output) MW each tick ----
function batteryFlows(b: SimKindBlock): void {
  const mode = b.num("ChargeMode") as ChargeMode;
  const on = b.IsWorking;
  const full = b.num("CurrentStoredPower") >= b.num("MaxStoredPower");
  const empty = b.num("CurrentStoredPower") <= 0;
  const input = on && mode !== ChargeMode.Discharge && !full ? (mode === ChargeMode.Recharge ? b.num("MaxInput") : Math.min(b.num("MaxInput"), b.rates.autoInputMW!)) : 0;
  const output = on && mode !== ChargeMode.Recharge && !empty ? Math.min(b.num("MaxOutput"), b.rates.loadMW!) : 0;
  b.put("CurrentInput", Math.fround(input));
  b.put("CurrentOutput", Math.fround(output));
  b.put("IsCharging", input > output);
  b.put("HasCapacityRemaining", b.num("CurrentStoredPower") > 0);
  b.put("OnlyRecharge", mode === ChargeMode.Recharge);
  b.put("OnlyDischarge", mode === ChargeMode.Discharge);
}
const battery: Family = {
  name: "battery",
  // loadMW: what the grid draws from the battery outside Recharge; autoInputMW: what it gets in Auto;
  // timeScale: game seconds per tick-second (1 = real time; raise it to see charge move in a short run).
  rates: { loadMW: 0, autoInputMW: 0, timeScale: 1 },
  detailedInfo: batteryInfo,
  init(b) {
    b.put("MaxStoredPower", 3);
    b.put("CurrentStoredPower", 3);
    b.put("MaxInput", 12);
    b.put("MaxOutput", 12);
    b.put("ChargeMode", ChargeMode.Auto);
    b.put("HasCapacityRemaining", true);
  },
  set(b, name, value) {
    if (name === "ChargeMode") b.put("ChargeMode", value);
    else if (name === "OnlyRecharge") b.put("ChargeMode", value ? ChargeMode.Recharge : ChargeMode.Auto);
    else if (name === "OnlyDischarge") b.put("ChargeMode", value ? ChargeMode.Discharge : ChargeMode.Auto);
    else return false;
    batteryFlows(b);
    return true;
  },
  after(b) {
    batteryFlows(b);
  },
  action(b, name) {
    const mode = b.num("ChargeMode");
    const to: Record<string, ChargeMode> = {
      Recharge: mode === ChargeMode.Recharge ? ChargeMode.Auto : ChargeMode.Recharge,
      Recharge_On: ChargeMode.Recharge,
      Recharge_Off: mode === ChargeMode.Recharge ? ChargeMode.Auto : (mode as ChargeMode),
      Discharge: mode === ChargeMode.Discharge ? ChargeMode.Auto : ChargeMode.Discharge,
      Discharge_On: ChargeMode.Discharge,
      Discharge_Off: mode === ChargeMode.Discharge ? ChargeMode.Auto : (mode as ChargeMode),
      Auto: ChargeMode.Auto,
    };
    if (!(name in to)) return false;
    battery.set!(b, "ChargeMode", to[name]);
    return true;
  },
  tick(b) {
    batteryFlows(b);
    const delta = ((b.num("CurrentInput") - b.num("CurrentOutput")) * TICK * b.rates.timeScale!) / 3600;
    if (delta === 0) return;
    const stored = Math.fround(Math.max(0, Math.min(b.num("MaxStoredPower"), b.num("CurrentStoredPower") + delta)));
    b.put("CurrentStoredPower", stored, stored !== 0 && stored !== b.num("MaxStoredPower"));
    batteryFlows(b);
  },
};

// ---- air vents: the room's oxygen level moves 1/(pressurizeSeconds*60) per tick ----
function ventStatus(b: SimKindBlock, level: number): void {
  const dep = b.get("Depressurize") as boolean;
  const s = dep ? (level <= 0 ? VentStatus.Depressurized : VentStatus.Depressurizing) : level >= 1 ? VentStatus.Pressurized : VentStatus.Pressurizing;
  b.put("Status", s);
  b.put("IsDepressurizing", dep);
}
const vent: Family = {
  name: "vent",
  rates: { pressurizeSeconds: 3 },
  init(b) {
    b.put("CanPressurize", true);
    b.put("PressurizationEnabled", true);
    b.put("Status", VentStatus.Pressurized);
    b.ventLevel = 1;
  },
  set(b, name, value) {
    if (name !== "Depressurize") return false;
    b.put("Depressurize", value);
    ventStatus(b, b.ventLevel);
    return true;
  },
  after(b, name) {
    if (name === "Depressurize") ventStatus(b, b.ventLevel);
  },
  methods: {
    GetOxygenLevel: (b) => Math.fround(b.ventLevel),
    IsPressurized: (b) => b.get("CanPressurize") as boolean,
  },
  tick(b) {
    const dep = b.get("Depressurize") as boolean;
    if (!b.IsWorking || !b.get("CanPressurize")) return;
    const step = TICK / b.rates.pressurizeSeconds!;
    let level = b.ventLevel + (dep ? -step : step);
    level = level > 1 - 1e-6 ? 1 : level < 1e-6 ? 0 : level;
    if (level !== b.ventLevel) {
      b.ventLevel = level;
      // The level itself is a method (GetOxygenLevel): traced when it reaches an end, through Status.
    }
    ventStatus(b, level);
  },
  save: (b) => b.ventLevel,
  restore: (b, s) => {
    b.ventLevel = s as number;
  },
};

// ---- timers: counting down TriggerDelay seconds; the trigger is recorded (no toolbar is run) ----
function trigger(b: SimKindBlock, by: string): void {
  const sim = b.worldSim();
  sim.trace.add(sim.tick, b.key, "action", { name: "Trigger", by });
}
const timer: Family = {
  name: "timer",
  rates: {},
  init(b) {
    b.put("TriggerDelay", 10);
  },
  set(b, name, value) {
    if (name !== "TriggerDelay") return false;
    b.put("TriggerDelay", Math.fround(Math.max(1, Math.min(3600, value as number))));
    return true;
  },
  action(b, name) {
    if (name === "Start") timer.methods!.StartCountdown!(b);
    else if (name === "Stop") timer.methods!.StopCountdown!(b);
    else if (name === "TriggerNow") trigger(b, "TriggerNow");
    else return false;
    return true;
  },
  methods: {
    StartCountdown: (b) => {
      if (!b.IsWorking) return;
      b.timerLeft = Math.round(b.num("TriggerDelay") * 60);
      b.put("IsCountingDown", true);
    },
    StopCountdown: (b) => {
      b.put("IsCountingDown", false);
    },
    Trigger: (b) => trigger(b, "Trigger"),
  },
  tick(b) {
    if (!b.get("IsCountingDown") || !b.IsWorking) return;
    if (--b.timerLeft > 0) return;
    b.put("IsCountingDown", false);
    trigger(b, "countdown");
  },
  save: (b) => b.timerLeft,
  restore: (b, s) => {
    b.timerLeft = s as number;
  },
};

// ---- solar panels: output follows the sun against the panel's facing ----
// The sun turns in the rotor plane once per `dayMinutes` (SE's default day: 120 min), from `sunDeg`
// at tick 0. A panel on the top grid of a rotor (a scenario joint named as that rotor block, whose
// `b` grid holds the panel) faces the rotor's Angle; any other panel faces 0. MaxOutput =
// peakMW * max(0, cos(facing - sun)); CurrentOutput = MaxOutput (the grid takes all it gives).
// Both are continuous: traced only when they reach 0 (the panel turned away).
function solarFacing(b: SimKindBlock): number {
  const world = b.worldSim().world;
  for (const j of world.joints) {
    if (!j.attached || j.b !== b.grid) continue;
    const rotor = world.kindBlocks.find((k) => k.key === j.key);
    if (rotor && rotor.interfaces.has("IMyMotorStator")) return rotor.num("Angle");
  }
  return 0;
}
const solar: Family = {
  name: "solar",
  rates: { peakMW: 0.16, sunDeg: 90, dayMinutes: 120 },
  init() {},
  tick(b) {
    const sim = b.worldSim();
    const sun = (b.rates.sunDeg! * Math.PI) / 180 + (TWO_PI * sim.tick) / (b.rates.dayMinutes! * 3600);
    const out = b.IsWorking ? Math.fround(b.rates.peakMW! * Math.max(0, Math.cos(solarFacing(b) - sun))) : 0;
    b.put("MaxOutput", out, out !== 0);
    b.put("CurrentOutput", out, out !== 0);
  },
  clocked: (b) => b.IsWorking, // the sun moves
};

// ---- ship controllers (cockpits, remote controls, cryo chambers): no motion physics; position,
// velocities, gravity and mass are scenario values ("properties" and "set" events) the API reports ----
const v3 = (b: SimKindBlock, name: string) => b.get(name) as Vector3D;
function unitVector(v: unknown): Vector3D {
  if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === "number" && Number.isFinite(x)) || Math.abs(Math.hypot(v[0], v[1], v[2]) - 1) > 1e-6) throw new Error(`expects a unit vector [x, y, z], got ${JSON.stringify(v)}`);
  return new Vector3D(v[0], v[1], v[2]);
}
const shipController: Family = {
  name: "ship controller",
  rates: {},
  extra: {
    Position: "Vector3D", LinearVelocity: "Vector3D", AngularVelocity: "Vector3D", NaturalGravity: "Vector3D",
    ArtificialGravity: "Vector3D", BaseMass: "float", TotalMass: "float", PhysicalMass: "float",
    // the planet whose gravity well the ship is in (TryGetPlanetPosition/Elevation): giving
    // PlanetPosition puts it in one; InPlanetGravity false takes it out
    PlanetPosition: "Vector3D", SeaLevelElevation: "double", SurfaceElevation: "double", InPlanetGravity: "bool",
  },
  // examples' scenarios: one "ShipMass" (kg) sets BaseMass = TotalMass = PhysicalMass
  // Forward/Up: the controller's world orientation (unit vectors), for WorldMatrix
  facts: { Forward: unitVector, Up: unitVector, ShipMass: (v) => { if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) throw new Error(`expects a positive mass in kg, got ${JSON.stringify(v)}`); return v; } },
  getters: { WorldMatrix: (b) => MatrixD.CreateWorld(v3(b, "Position"), v3(b, "Forward"), v3(b, "Up")) },
  init(b) {
    // defaults: the block's cube in the world (its grid's position and orientation, its cell)
    const m = b.cubeWorldMatrix();
    b.put("Position", m.Translation);
    b.put("CenterOfMass", m.Translation);
    b.put("Forward", m.Forward);
    b.put("Up", m.Up);
    // the grid's velocity (a scenario fact: IMyCubeGrid.LinearVelocity), unless the controller is told its own
    const v = b.grid.velocity;
    b.put("LinearVelocity", new Vector3D(v[0], v[1], v[2]));
  },
  after(b, name) {
    if (name === "Position") b.put("CenterOfMass", v3(b, "Position"));
    if (name === "ShipMass") for (const k of ["BaseMass", "TotalMass", "PhysicalMass"]) b.put(k, Math.fround(b.num("ShipMass")));
    if (name === "PlanetPosition") b.put("InPlanetGravity", true);
  },
  methods: {
    GetPosition: (b) => v3(b, "Position"),
    GetShipVelocities: (b) => new MyShipVelocities(v3(b, "LinearVelocity"), v3(b, "AngularVelocity")),
    GetShipSpeed: (b) => v3(b, "LinearVelocity").Length(),
    GetNaturalGravity: (b) => v3(b, "NaturalGravity"),
    GetArtificialGravity: (b) => v3(b, "ArtificialGravity"),
    GetTotalGravity: (b) => Vector3D.Add(v3(b, "NaturalGravity"), v3(b, "ArtificialGravity")),
    CalculateShipMass: (b) => new MyShipMass(b.num("BaseMass"), b.num("TotalMass"), b.num("PhysicalMass")),
    // As the game: outside a planet's gravity well, false with elevation +Infinity and position zero.
    PlanetElevation: (b, detail) => (!b.get("InPlanetGravity") ? Infinity : detail === MyPlanetElevation.Surface ? b.num("SurfaceElevation") : b.num("SeaLevelElevation")),
    TryGetPlanetElevation: (b, detail, out) => {
      (out as Out<number>).value = shipController.methods!.PlanetElevation!(b, detail) as number;
      return b.get("InPlanetGravity");
    },
    TryGetPlanetPosition: (b, out) => {
      (out as Out<Vector3D>).value = b.get("InPlanetGravity") ? v3(b, "PlanetPosition") : Vector3D.Zero;
      return b.get("InPlanetGravity");
    },
  },
  tick() {},
};

// ---- mechanical blocks (rotors, hinges, pistons, wheels): Attach/Detach act on the scenario joint
// named as the block ("joints": [{ "name": "Rotor", ... }]); IsAttached is that joint's state (false
// without one); Top is the joint's top part (top-part.ts) while attached, TopGrid its grid. ----
function attach(b: SimKindBlock, on: boolean): void {
  const j = jointOf(b.worldSim().world, b);
  if (!j || j.attached === on) return;
  j.attached = on;
  b.worldSim().world.changed();
  b.put("IsAttached", on);
}
function withMechanical(f: Family): Family {
  return {
    ...f,
    action(b, name) {
      if (name === "Attach" || name === "Detach") {
        attach(b, name === "Attach");
        return true;
      }
      return f.action?.(b, name) ?? false;
    },
    methods: { ...f.methods, Attach: (b) => attach(b, true), Detach: (b) => attach(b, false) },
    getters: {
      ...f.getters,
      IsAttached: (b) => jointOf(b.worldSim().world, b)?.attached ?? false,
      Top: (b) => attachedTop(b.worldSim().world, b),
      TopGrid: (b) => attachedTopGrid(b.worldSim().world, b),
    },
  };
}
const mechanical: Family = { name: "mechanical", rates: {}, init() {}, tick() {} };

// ---- landing gear: Lock locks only when ReadyToLock (a scenario sets LockMode "ReadyToLock" for a
// surface under it, as nothing is touched without physics); Unlock goes back to ReadyToLock ----
function gear(b: SimKindBlock, to: "lock" | "unlock" | "toggle"): void {
  const m = b.num("LockMode") as LandingGearMode;
  const lock = to === "toggle" ? m !== LandingGearMode.Locked : to === "lock";
  if (lock && m === LandingGearMode.ReadyToLock) b.put("LockMode", LandingGearMode.Locked);
  else if (!lock && m === LandingGearMode.Locked) b.put("LockMode", LandingGearMode.ReadyToLock);
  b.put("IsLocked", b.num("LockMode") === LandingGearMode.Locked);
}
const landingGear: Family = {
  name: "landing gear",
  rates: {},
  init() {},
  after(b, name) {
    if (name === "LockMode") b.put("IsLocked", b.num("LockMode") === LandingGearMode.Locked);
  },
  action(b, name) {
    if (name === "Lock") gear(b, "lock");
    else if (name === "Unlock") gear(b, "unlock");
    else if (name === "SwitchLock") gear(b, "toggle");
    else return false;
    return true;
  },
  methods: { Lock: (b) => gear(b, "lock"), Unlock: (b) => gear(b, "unlock"), ToggleLock: (b) => gear(b, "toggle"), ResetAutoLock: () => undefined },
  tick() {},
};

// ---- warheads: StartCountdown counts DetonationTime seconds (default 10) down, then detonates;
// Detonate destroys the block when it is armed. The "Safety" terminal property (and its actions) is
// IsArmed, as the game's checkbox (Getter x.IsArmed, Setter x.IsArmed = v; its switch reads Armed/Disarmed) ----
function detonate(b: SimKindBlock): void {
  if (!b.get("IsArmed") || b.destroyed) return;
  b.put("IsCountingDown", false);
  b.destroyed = true;
  b.worldSim().world.changed();
}
const warhead: Family = {
  name: "warhead",
  rates: {},
  terminal: { Safety: "IsArmed" },
  init(b) {
    b.put("DetonationTime", 10);
  },
  action(b, name) {
    if (name === "StartCountdown") warhead.methods!.StartCountdown!(b);
    else if (name === "StopCountdown") warhead.methods!.StopCountdown!(b);
    else if (name === "Detonate") detonate(b);
    else return false;
    return true;
  },
  methods: {
    StartCountdown: (b) => {
      if (b.get("IsCountingDown")) return false;
      b.timerLeft = Math.max(1, Math.round(b.num("DetonationTime") * 60));
      b.put("IsCountingDown", true);
      return true;
    },
    StopCountdown: (b) => {
      if (!b.get("IsCountingDown")) return false;
      b.put("IsCountingDown", false);
      return true;
    },
    Detonate: (b) => detonate(b),
  },
  tick(b) {
    if (!b.get("IsCountingDown") || --b.timerLeft > 0) return;
    b.put("IsCountingDown", false);
    detonate(b);
  },
  save: (b) => b.timerLeft,
  restore: (b, s) => {
    b.timerLeft = s as number;
  },
};

/** The family of a block (by the interfaces terminal.dat lists for its kind), or null. */
// ---- conveyor sorters: the filter list and Mode (AddItem, RemoveItem, SetFilter, GetFilterList,
// IsAllowed), as the game's MyConveyorSorter keeps them: definitions (AllSubTypes false) and whole
// types (AllSubTypes true), each once, listed definitions first; Whitelist allows what is listed,
// Blacklist the rest. A new sorter is a Whitelist with an empty list (the game's inventory constraint
// defaults to whitelist). IsAllowed is false while the sorter is not working, as the game's. Items move
// through a sorter one way (from the blocks that `feeds` it to the blocks `behind` it) and only when it
// allows them (world.ts sortersAllow); Drain All moves them itself (world.ts drainThrough). ----
interface SorterFilter {
  ids: MyDefinitionId[];
  types: string[];
}
const sorterFilters = new WeakMap<SimKindBlock, SorterFilter>();
function filterOf(b: SimKindBlock): SorterFilter {
  let f = sorterFilters.get(b);
  if (!f) sorterFilters.set(b, (f = { ids: [], types: [] }));
  return f;
}
function addFilter(f: SorterFilter, item: MyInventoryItemFilter): void {
  const t = definitionTypeName(item.ItemId);
  if (item.AllSubTypes) {
    if (!f.types.includes(t)) f.types.push(t);
  } else if (!f.ids.some((d) => d.Equals(item.ItemId))) f.ids.push(item.ItemId);
}
function filterList(b: SimKindBlock): MyInventoryItemFilter[] {
  const f = filterOf(b);
  return [...f.ids.map((d) => new MyInventoryItemFilter(d, false)), ...f.types.map((t) => new MyInventoryItemFilter(definitionId(t, ""), true))];
}
function filterItem(v: unknown): MyInventoryItemFilter {
  if (!(v instanceof MyInventoryItemFilter)) throw new Error("Object reference not set to an instance of an object.");
  return v;
}
const sorter: Family = {
  name: "sorter",
  // Drain All acts every drainTicks (world.ts drainThrough; the game's sorter works in its 100-tick update)
  rates: { drainTicks: 100 },
  init(b) {
    b.put("Mode", MyConveyorSorterMode.Whitelist, true);
  },
  methods: {
    AddItem: (b, item) => addFilter(filterOf(b), filterItem(item)),
    RemoveItem: (b, item) => {
      const f = filterOf(b);
      const it = filterItem(item);
      const t = definitionTypeName(it.ItemId);
      if (it.AllSubTypes) f.types = f.types.filter((x) => x !== t);
      else f.ids = f.ids.filter((d) => !d.Equals(it.ItemId));
    },
    GetFilterList: (b, list) => {
      const l = list as MyInventoryItemFilter[];
      l.length = 0;
      l.push(...filterList(b));
    },
    /** The list as a value (the C# engine's proxy fills its List from it). */
    FilterList: (b) => filterList(b),
    SetFilter: (b, mode, items) => {
      const f = filterOf(b);
      f.ids = [];
      f.types = [];
      for (const it of (items as MyInventoryItemFilter[] | null) ?? []) addFilter(f, filterItem(it));
      b.put("Mode", mode === MyConveyorSorterMode.Blacklist ? MyConveyorSorterMode.Blacklist : MyConveyorSorterMode.Whitelist);
    },
    // the game's MyConveyorSorter.IsAllowed: false unless the sorter is working (enabled, functional, powered)
    IsAllowed: (b, id) => {
      if (!(id instanceof MyDefinitionId) || !b.IsWorking) return false;
      const f = filterOf(b);
      const listed = f.ids.some((d) => d.Equals(id)) || f.types.includes(definitionTypeName(id));
      return b.get("Mode") === MyConveyorSorterMode.Whitelist ? listed : !listed;
    },
  },
  tick(b) {
    const sim = b.worldSim();
    if (b.get("DrainAll") && b.IsWorking && sim.tick % Math.max(1, Math.round(b.rates.drainTicks!)) === 0) sim.world.drainThrough(b);
  },
  clocked: (b) => Boolean(b.get("DrainAll")) && b.IsWorking, // drains every drainTicks (inventories are not block values)
  save: (b) => ({ ids: [...filterOf(b).ids], types: [...filterOf(b).types] }),
  restore: (b, s) => {
    const v = s as SorterFilter;
    sorterFilters.set(b, { ids: [...v.ids], types: [...v.types] });
  },
};

// ---- projectors: ProjectionOffset / ProjectionRotation (Vector3I) and their X/Y/Z members and
// terminal sliders (X, Y, Z, RotX, RotY, RotZ) are one value, as the game's projector keeps them ----
const OFFSET_PARTS: Record<string, [string, "X" | "Y" | "Z"]> = {
  ProjectionOffsetX: ["ProjectionOffset", "X"], ProjectionOffsetY: ["ProjectionOffset", "Y"], ProjectionOffsetZ: ["ProjectionOffset", "Z"],
  ProjectionRotX: ["ProjectionRotation", "X"], ProjectionRotY: ["ProjectionRotation", "Y"], ProjectionRotZ: ["ProjectionRotation", "Z"],
};
const projector: Family = {
  name: "projector",
  rates: {},
  init() {},
  terminal: { X: "ProjectionOffsetX", Y: "ProjectionOffsetY", Z: "ProjectionOffsetZ", RotX: "ProjectionRotX", RotY: "ProjectionRotY", RotZ: "ProjectionRotZ" },
  terminalSet(b, id, value) {
    const member = projector.terminal![id];
    if (!member) return false;
    const [vec, axis] = OFFSET_PARTS[member]!;
    const v = b.get(vec) as Vector3I;
    const n = value as number;
    b.put(vec, new Vector3I(axis === "X" ? n : v.X, axis === "Y" ? n : v.Y, axis === "Z" ? n : v.Z));
    return true;
  },
  getters: Object.fromEntries(Object.entries(OFFSET_PARTS).map(([name, [vec, axis]]) => [name, (b: SimKindBlock) => (b.get(vec) as Vector3I)[axis]])),
  tick() {},
};

// ---- thrusters: GridThrustDirection is the way the thruster pushes the grid (its block Backward:
// the flame leaves through its Forward) in the frame of the grid's first ship controller (cockpit,
// remote control...; scenario order), Vector3I.Zero when the grid has none, as the game's API says ----
function gridThrustDirection(b: SimKindBlock): Vector3I {
  const ctrl = b.worldSim().world.blocks.find((x) => x.grid === b.grid && !x.destroyed && x.interfaces.has("IMyShipController"));
  if (!ctrl) return new Vector3I(0, 0, 0);
  const push = Base6Directions.GetIntVector(Base6Directions.GetFlippedDirection(b.Orientation.Forward));
  const f = Base6Directions.GetIntVector(ctrl.Orientation.Forward);
  const u = Base6Directions.GetIntVector(ctrl.Orientation.Up);
  const right = new Vector3I(f.Y * u.Z - f.Z * u.Y, f.Z * u.X - f.X * u.Z, f.X * u.Y - f.Y * u.X);
  const dot = (a: Vector3I, c: Vector3I) => a.X * c.X + a.Y * c.Y + a.Z * c.Z;
  // local axes: Right = +X, Up = +Y, Backward = +Z
  return new Vector3I(dot(push, right), dot(push, u), -dot(push, f));
}
const thrust: Family = { name: "thrust", rates: {}, init() {}, getters: { GridThrustDirection: gridThrustDirection }, tick() {} };

// ---- sound blocks: no audio; Play()/Stop() are traced as the terminal's PlaySound/StopSound
// actions (an `action` event naming the PB), and only while the block works, as a block that is
// off plays nothing. IsSoundSelected follows SelectedSound ----
function soundAction(b: SimKindBlock, name: string): void {
  if (!b.IsWorking) return;
  const sim = b.worldSim();
  sim.trace.add(sim.tick, b.key, "action", { name, by: b.runner() });
}
const sound: Family = {
  name: "sound",
  rates: {},
  init() {},
  getters: { IsSoundSelected: (b) => b.get("SelectedSound") !== "" },
  methods: {
    Play: (b) => soundAction(b, "PlaySound"),
    Stop: (b) => soundAction(b, "StopSound"),
  },
  tick() {},
};

// ---- button panels: custom button names (SetCustomButtonName...) are stored per index and kept by a
// world save/load; no toolbar is modelled, so no button is assigned and a button without a custom
// name is named "" (a pbts choice). A negative index throws as a C# collection would ----
const buttonNames = new WeakMap<SimKindBlock, Map<number, string>>();
function buttonIndex(i: unknown): number {
  const n = i as number;
  if (!Number.isInteger(n) || n < 0) throw new Error("Index was out of range. Must be non-negative and less than the size of the collection.");
  return n;
}
function namesOf(b: SimKindBlock): Map<number, string> {
  let m = buttonNames.get(b);
  if (!m) buttonNames.set(b, (m = new Map()));
  return m;
}
const buttonPanel: Family = {
  name: "button panel",
  rates: {},
  init() {},
  methods: {
    SetCustomButtonName: (b, i, name) => {
      const n = buttonIndex(i);
      const before = namesOf(b).get(n);
      namesOf(b).set(n, name === null || name === undefined ? "" : String(name));
      const sim = b.worldSim();
      if (before !== namesOf(b).get(n) && sim.started) sim.trace.add(sim.tick, b.key, "property", { name: `ButtonName${n}`, value: namesOf(b).get(n), by: b.runner() });
    },
    GetButtonName: (b, i) => namesOf(b).get(buttonIndex(i)) ?? "",
    HasCustomButtonName: (b, i) => namesOf(b).has(buttonIndex(i)),
    ClearCustomButtonName: (b, i) => {
      const n = buttonIndex(i);
      if (!namesOf(b).delete(n)) return;
      const sim = b.worldSim();
      if (sim.started) sim.trace.add(sim.tick, b.key, "property", { name: `ButtonName${n}`, value: null, by: b.runner() });
    },
    IsButtonAssigned: (b, i) => (buttonIndex(i), false),
  },
  tick() {},
  save: (b) => [...namesOf(b)],
  restore: (b, s) => {
    buttonNames.set(b, new Map(s as [number, string][]));
  },
};

// ---- values a script reads that stand for what the simulator has none of: no autopilot waypoints
// (a remote control's CurrentWaypoint is the empty MyWaypointInfo, a flight movement block's null),
// nothing detected (a sensor's LastDetectedEntity is the empty MyDetectedEntityInfo), no enemy found
// (a combat block's SearchEnemyComponent: FoundEnemyId null) ----
const remoteControl: Family = { ...shipController, name: "remote control", getters: { ...shipController.getters, CurrentWaypoint: () => new MyWaypointInfo() } };
const flightMovement: Family = { name: "flight movement", rates: {}, init() {}, getters: { CurrentWaypoint: () => null }, tick() {} };
const sensor: Family = { name: "sensor", rates: {}, init() {}, getters: { LastDetectedEntity: () => new MyDetectedEntityInfo() }, tick() {} };
const searchComponents = new WeakMap<SimKindBlock, SimSearchEnemyComponent>();
const combat: Family = {
  name: "combat",
  rates: {},
  init() {},
  getters: {
    SearchEnemyComponent: (b) => {
      let c = searchComponents.get(b);
      if (!c) searchComponents.set(b, (c = new SimSearchEnemyComponent()));
      return c;
    },
  },
  tick() {},
};

// ---- turret controllers: AzimuthRotor, ElevationRotor and Camera are the blocks a script (or the
// terminal) gives them, null until then; a change is a "property" event naming the block ----
const turretRefs = new WeakMap<SimKindBlock, Record<string, unknown>>();
function turretRef(name: string, iface: string): NonNullable<Family["refs"]>[string] {
  return {
    get: (b) => turretRefs.get(b)?.[name] ?? null,
    set: (b, v) => {
      if (v !== null && v !== undefined && !(v instanceof SimBlock && v.interfaces.has(iface))) throw new Error(`${name} takes an ${iface} or null`);
      let refs = turretRefs.get(b);
      if (!refs) turretRefs.set(b, (refs = {}));
      const before = refs[name] ?? null;
      refs[name] = v ?? null;
      if (before !== refs[name] && b.worldSim().started) b.worldSim().trace.add(b.worldSim().tick, b.key, "property", { name, value: v instanceof SimBlock ? v.key : null, by: b.runner() });
    },
  };
}
const turretControl: Family = {
  name: "turret controller",
  rates: {},
  init() {},
  refs: { AzimuthRotor: turretRef("AzimuthRotor", "IMyMotorStator"), ElevationRotor: turretRef("ElevationRotor", "IMyMotorStator"), Camera: turretRef("Camera", "IMyCameraBlock") },
  tick() {},
  save: (b) => ({ ...(turretRefs.get(b) ?? {}) }),
  restore: (b, s) => {
    turretRefs.set(b, { ...(s as Record<string, unknown>) });
  },
};

export function familyOf(b: SimKindBlock): Family | null {
  const i = b.interfaces;
  if (i.has("IMyProjector")) return projector;
  if (i.has("IMyThrust")) return thrust;
  if (i.has("IMyRemoteControl")) return remoteControl;
  if (i.has("IMyFlightMovementBlock")) return flightMovement;
  if (i.has("IMySensorBlock")) return sensor;
  if (i.has("IMyOffensiveCombatBlock") || i.has("IMyDefensiveCombatBlock")) return combat;
  if (i.has("IMyTurretControlBlock")) return turretControl;
  if (i.has("IMyConveyorSorter")) return sorter;
  if (i.has("IMyProductionBlock")) return production;
  if (i.has("IMyLandingGear")) return landingGear;
  if (i.has("IMyWarhead")) return warhead;
  if (i.has("IMyDoor")) {
    if (i.has("IMyAirtightHangarDoor")) return { ...door, rates: { openSeconds: 5 } };
    return door;
  }
  if (i.has("IMyPistonBase")) return withMechanical(piston);
  if (i.has("IMyMotorStator")) return withMechanical(rotor);
  if (i.has("IMyMechanicalConnectionBlock")) return withMechanical(mechanical);
  if (i.has("IMyBatteryBlock")) return battery;
  if (i.has("IMyAirVent")) return vent;
  if (i.has("IMyTimerBlock")) return timer;
  if (i.has("IMySoundBlock")) return sound;
  if (i.has("IMyButtonPanel")) return buttonPanel;
  if (i.has("IMySolarPanel")) return solar;
  if (i.has("IMyShipController")) return shipController;
  return null;
}

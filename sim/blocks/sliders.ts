// The game's terminal slider ranges and defaults (ITerminalProperty<float>.GetMinimum/GetMaximum/
// GetDefaultValue), and the colour pickers' (ITerminalProperty<Color>).
//
// Source: Keen's public Space Engineers source (github.com/KeenSoftwareHouse/SpaceEngineers, the
// last code drop, a 2018-era 1.18x build), each block's CreateTerminalControls: a slider's
// SetLimits/SetLogLimits(min, max) and DefaultValue. A slider without SetLimits keeps the identity
// denormalizer: 0..1 (MyTerminalControlSlider.cs). A colour picker is 0,0,0,0..255,255,255,255 with
// default white (MyTerminalControlColor.cs: Vector4.Zero, Vector4.One, Vector4.One).
// Only values fixed in code are here; a value read from a block definition (CubeBlocks.sbc: light
// radii, rotor torque, sensor and ore-detector ranges, suspension heights, gravity field sizes...) or
// from a slider added after that source (the AI, event-controller, turret-controller, heat-vent and
// safe-zone blocks...) is not public, and stays "not modelled in the simulator" (README, Simulator).
import type { MyCubeSize } from "pbts/se";

/** A number, or one read from the block (its grid size, its piston limits...). */
export type SliderValue = number | ((b: SliderBlock) => number);
export interface SliderBlock {
  /** MyCubeSize: 0 Large, 1 Small. */
  gridSizeEnum(): MyCubeSize | number;
  num(name: string): number;
}
/** A slider: range and default (undefined: not in the public source). */
export interface Slider {
  min?: SliderValue;
  max?: SliderValue;
  def?: SliderValue;
  /** Where the value is read from (file of Keen's source). */
  from: string;
}

const large = (b: SliderBlock): boolean => Number(b.gridSizeEnum()) === 0;
const SCREEN = "MyTextPanel.cs";
const ROTOR = (from: string): Record<string, Slider> => ({
  Velocity: { def: 0, from },
  BrakingTorque: { def: 0, from },
  Displacement: { def: 0, from },
  LowerLimit: { min: -361, max: 360, def: -361, from },
  UpperLimit: { min: -360, max: 361, def: 361, from },
  // MyMechanicalConnectionBlockBase.cs: 0..SmallShipMaxLinearVelocity, default LargeShipMaxLinearVelocity - 5
  // (the world's default speed limits, 100 m/s)
  "Weld speed": { min: 0, max: 100, def: 95, from: "MyMechanicalConnectionBlockBase.cs" },
});

/** Sliders by terminal.dat kind ("*": every kind with a screen, the LCD sliders of its first surface). */
export const SLIDERS: Record<string, Record<string, Slider>> = {
  "*": {
    FontSize: { min: 0.1, max: 10, def: 1, from: SCREEN },
    ChangeIntervalSlider: { min: 0, max: 30, def: 0, from: SCREEN },
    // TextPadding came after the source drop: 0..50 %, default 0 are the game's terminal (a pbts reading)
    TextPaddingSlider: { min: 0, max: 50, def: 0, from: "the game's LCD terminal" },
  },
  TimerBlock: { TriggerDelay: { min: 1, max: 3600, def: 10, from: "MyTimerBlock.cs" } },
  Warhead: { DetonationTime: { min: 1, max: 3600, def: 10, from: "MyWarhead.cs" } },
  Beacon: { Radius: { min: 1, max: 50000, def: 10000, from: "MyBeacon.cs (MyEnergyConstants.MAX_RADIO_POWER_RANGE)" } },
  RadioAntenna: {
    Radius: { min: 1, max: (b) => (large(b) ? 50000 : 5000), def: (b) => (large(b) ? 10000 : 500), from: "MyRadioAntenna.cs" },
  },
  Gyro: {
    Power: { min: 0, max: 1, def: 1, from: "MyGyro.cs (no SetLimits: 0..1)" },
    Yaw: { def: 0, from: "MyGyro.cs" },
    Pitch: { def: 0, from: "MyGyro.cs" },
    Roll: { def: 0, from: "MyGyro.cs" },
  },
  Thrust: { Override: { def: 0, from: "MyThrust.cs" } },
  ExtendedPistonBase: {
    Velocity: { min: (b) => -b.num("MaxVelocity"), max: (b) => b.num("MaxVelocity"), def: -0.5, from: "MyPistonBase.cs" },
    UpperLimit: { min: (b) => b.num("LowestPosition"), max: (b) => b.num("HighestPosition"), def: (b) => b.num("HighestPosition"), from: "MyPistonBase.cs" },
    LowerLimit: { min: (b) => b.num("LowestPosition"), max: (b) => b.num("HighestPosition"), def: (b) => b.num("LowestPosition"), from: "MyPistonBase.cs" },
    "Weld speed": { min: 0, max: 100, def: 95, from: "MyMechanicalConnectionBlockBase.cs" },
  },
  MotorStator: ROTOR("MyMotorStator.cs"),
  MotorAdvancedStator: ROTOR("MyMotorStator.cs"),
  MotorSuspension: {
    "Weld speed": { min: 0, max: 100, def: 95, from: "MyMechanicalConnectionBlockBase.cs" },
    Power: { min: 0, max: 100, def: 100, from: "MyMotorSuspension.cs" },
    Friction: { min: 0, max: 100, def: 150 / 800, from: "MyMotorSuspension.cs" },
    Strength: { min: 0, max: 100, from: "MyMotorSuspension.cs" },
    Height: { def: 0, from: "MyMotorSuspension.cs" },
    MaxSteerAngle: { min: 0, def: 0.45, from: "MyMotorSuspension.cs" },
    "Speed Limit": { min: 0, max: 360, def: 360, from: "MyMotorSuspension.cs (km/h)" },
  },
  ShipConnector: { Strength: { min: 0.000001, max: 1, def: 0.00015, from: "MyShipConnector.cs (MyObjectBuilder_ShipConnector.DefaultStrength)" } },
  SensorBlock: Object.fromEntries(["Left", "Right", "Bottom", "Top", "Back", "Front"].map((id) => [id, { min: 1, def: 5, from: "MySensorBlock.cs" }])),
  Projector: {
    ...Object.fromEntries(["X", "Y", "Z"].map((id) => [id, { min: -50, max: 50, def: 0, from: "MySpaceProjector.cs" }])),
    ...Object.fromEntries(["RotX", "RotY", "RotZ"].map((id) => [id, { min: -2, max: 2, def: 0, from: "MySpaceProjector.cs" }])),
    NumberOfProjections: { min: 1, max: 1000, from: "MySpaceProjector.cs" },
    NumberOfBlocks: { min: 1, max: 10000, from: "MySpaceProjector.cs" },
  },
  SoundBlock: {
    VolumeSlider: { min: 0, max: 1, def: 1, from: "MySoundBlock.cs" },
    RangeSlider: { min: 0, max: 500, def: 50, from: "MySoundBlock.cs" },
    LoopableSlider: { def: 1, from: "MySoundBlock.cs" },
  },
  RemoteControl: { SpeedLimit: { min: 1, max: 200, def: 120, from: "MyRemoteControl.cs (DEFAULT_AUTOPILOT_SPEED_LIMIT)" } },
  LargeGatlingTurret: { Range: { def: 800, from: "MyLargeTurretBase.cs" } },
  LargeMissileTurret: { Range: { def: 800, from: "MyLargeTurretBase.cs" } },
  InteriorTurret: { Range: { def: 800, from: "MyLargeTurretBase.cs" } },
  GravityGenerator: {
    Width: { def: 150, from: "MyGravityGenerator.cs" },
    Height: { def: 150, from: "MyGravityGenerator.cs" },
    Depth: { def: 150, from: "MyGravityGenerator.cs" },
    Gravity: { def: 9.81, from: "MyGravityGenerator.cs (MyGravityProviderSystem.G)" },
  },
  GravityGeneratorSphere: {
    Radius: { def: 100, from: "MyGravityGeneratorSphere.cs (DEFAULT_RADIUS)" },
    Gravity: { def: 9.81, from: "MyGravityGeneratorSphere.cs (MyGravityProviderSystem.G)" },
  },
  SpaceBall: { VirtualMass: { min: 0, def: 100, from: "MySpaceBall.cs (DEFAULT_MASS)" } },
};

/** The slider of `kind` with terminal id `id`, or undefined. */
export function sliderOf(kind: string, id: string): Slider | undefined {
  return SLIDERS[kind]?.[id] ?? SLIDERS["*"]![id];
}

/** A slider's min, max or default for block `b`, or null when the public source does not give it. */
export function sliderValue(s: Slider | undefined, which: "min" | "max" | "def", b: SliderBlock): number | null {
  const v = s?.[which];
  if (v === undefined) return null;
  return typeof v === "number" ? v : v(b);
}

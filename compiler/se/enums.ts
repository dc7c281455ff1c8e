// SE's enums with the game's values (se-api-facts.md). `/** @flags */` marks a C# [Flags] enum.

/** @flags */
export enum UpdateFrequency {
  None = 0,
  Update1 = 1,
  Update10 = 2,
  Update100 = 4,
  Once = 8,
}

/** @flags */
export enum UpdateType {
  None = 0,
  Terminal = 1,
  Trigger = 2,
  Mod = 8,
  Script = 16,
  Update1 = 32,
  Update10 = 64,
  Update100 = 128,
  Once = 256,
  IGC = 512,
}

export enum TransmissionDistance {
  CurrentConstruct = 0,
  ConnectedConstructs = 1,
  AntennaRelay = 2,
}

/** VRage.Game.GUI.TextPanel.ContentType */
export enum ContentType {
  NONE = 0,
  TEXT_AND_IMAGE = 1,
  SCRIPT = 2,
}

/** VRage.Game.GUI.TextPanel.TextAlignment */
export enum TextAlignment {
  LEFT = 0,
  RIGHT = 1,
  CENTER = 2,
}

/** VRage.Game.GUI.TextPanel.SpriteType */
export enum SpriteType {
  TEXTURE = 0,
  TEXT = 2,
  CLIP_RECT = 4,
}

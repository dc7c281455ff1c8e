// Facts about SE's API that pb-api.json does not carry (it lists signatures without default values,
// generic constraints or enum base types). Each is what the game's assemblies declare, as the public
// API docs and MDK2 show them (they were in the hand-written stubs pbts had before this generator).

/** Optional parameters: "Type.Method.parameter" -> C# default value. Besides these, every trailing
 *  `Func<..., bool> collect` filter parameter of the API defaults to null. */
export const PARAM_DEFAULTS: Record<string, string> = {
  "IMyTextSurface.WriteText.append": "false",
  "IMyTextSurface.ReadText.append": "false",
  "IMyTextSurface.AddImageToSelection.checkExistence": "false",
  "IMyTextSurface.AddImagesToSelection.checkExistence": "false",
  "IMyTextSurface.RemoveImageFromSelection.removeDuplicates": "false",
  "IMyTextSurface.RemoveImagesFromSelection.removeDuplicates": "false",
  "IMyTerminalBlock.HasPlayerAccess.defaultNoUser": "MyRelationsBetweenPlayerAndBlock.NoOwnership",
  "IMyCubeBlock.GetUserRelationToOwner.defaultNoUser": "MyRelationsBetweenPlayerAndBlock.NoOwnership",
  "IMyIntergridCommunicationSystem.IsEndpointReachable.transmissionDistance": "TransmissionDistance.AntennaRelay",
  "IMyIntergridCommunicationSystem.SendBroadcastMessage.transmissionDistance": "TransmissionDistance.AntennaRelay",
  "IMyMessageProvider.SetMessageCallback.argument": '""',
  "IMyInventory.GetItems.filter": "null",
  "IMyInventory.GetAcceptedItems.filter": "null",
  "IMyInventory.TransferItemTo.targetItemIndex": "null",
  "IMyInventory.TransferItemTo.stackIfPossible": "null",
  "IMyInventory.TransferItemTo.amount": "null",
  "IMyInventory.TransferItemFrom.targetItemIndex": "null",
  "IMyInventory.TransferItemFrom.stackIfPossible": "null",
  "IMyInventory.TransferItemFrom.amount": "null",
};

/** Generic constraints: "Type.Method" -> C# `where` clause. */
export const CONSTRAINTS: Record<string, string> = {
  "IMyGridTerminalSystem.GetBlocksOfType": "where T : class",
  "IMyBlockGroup.GetBlocksOfType": "where T : class",
};

/** Enum base types other than int. */
export const ENUM_BASE: Record<string, string> = {
  UpdateFrequency: "byte",
  ContentType: "byte",
  TextAlignment: "byte",
  SpriteType: "byte",
  MyCubeSize: "byte",
};

/** Generic methods whose type argument the simulator needs at run time: TS takes a type value first
 *  (`GetBlocksOfType(IMyBatteryBlock, list)`), C# gets it as `<IMyBatteryBlock>`. */
export const TYPE_TOKEN_METHODS = new Set(["GetBlocksOfType"]);

/** Members that return null in the game when there is nothing to return ("Type.Member"): their TS type is `T | null`. */
export const NULLABLE_RESULTS = new Set([
  "IMyGridTerminalSystem.GetBlockWithName",
  "IMyGridTerminalSystem.GetBlockWithId",
  "IMyGridTerminalSystem.GetBlockGroupWithName",
  "IMyShipConnector.OtherConnector",
  "IMyTerminalBlock.GetActionWithName",
  "IMyTerminalBlock.GetProperty",
  "IMyMechanicalConnectionBlock.Top",
  "IMyAttachableTopBlock.Base",
  "IMyEntity.GetInventory",
  "IMyLandingGear.GetAttachedEntity",
  // an empty cell (the game's MyCubeGrid.GetCubeBlock)
  "IMyCubeGrid.GetCubeBlock",
  // a detached mechanical block has no top grid; a flight movement block without waypoints no current
  // one; a turret controller's rotors and camera until they are set
  "IMyMechanicalConnectionBlock.TopGrid",
  "IMyFlightMovementBlock.CurrentWaypoint",
  "IMyTurretControlBlock.AzimuthRotor",
  "IMyTurretControlBlock.ElevationRotor",
  "IMyTurretControlBlock.Camera",
  // no image selected (both engines return null: `${s.CurrentlyShownImage}` printed "null" in TS, "" in C#)
  "IMyTextSurface.CurrentlyShownImage",
]);

/** Nested types the reference's signatures name by their simple name ("Direction"): the type the game
 *  declares there (IMyRemoteControl.Direction is a Base6Directions.Direction; Facing/FacingPriority of
 *  the offensive combat blocks are Base6Directions.DirectionFlags). Written qualified on both sides. */
export const NESTED_TYPE_NAMES: Record<string, string> = {
  Direction: "Base6Directions.Direction",
  DirectionFlags: "Base6Directions.DirectionFlags",
};

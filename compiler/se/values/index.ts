// The hand-written value types of the API (COMMON: hand-written vs generated API types). The generated
// declarations (../generated/api.ts) import them from here. Minimal version (api helper): it re-exports
// what exists; the vmath helper adds VRageMath, MyFixedPoint, MyItemType, MyInventoryItem, MySprite,
// MySpriteDrawFrame, MyTuple and Color.
export { StringBuilder, TimeSpan } from "../system.ts";
export { MyIGCMessage } from "../igc-message.ts";

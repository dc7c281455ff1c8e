// pbts/se: the one TypeScript declaration of Space Engineers' in-game API.
// Names and signatures mirror SE, so a scripter's C# knowledge carries over; the compiler maps every
// use 1:1 to SE's C# API and emits nothing for these declarations. The runtime parts (enums, value
// types, MyIni) make the same scripts run in Node and in the simulator.
export * from "./prelude.ts";
export * from "./enums.ts";
export * from "./system.ts";
export * from "./blocks.ts";
export * from "./igc.ts";
export * from "./terminal.ts";
export { MyGridProgram } from "./program.ts";
export { MyIni, MyIniKey, MyIniValue, MyIniParseResult } from "../../sim/myini.ts";
export * from "./values/index.ts";

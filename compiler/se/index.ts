// pbts/se: the one TypeScript declaration of Space Engineers' in-game API.
// Names and signatures mirror SE, so a scripter's C# knowledge carries over; the compiler maps every
// use 1:1 to SE's C# API and emits nothing for these declarations. generated/api.ts holds every
// interface, enum and struct of the PB API, generated from compiler/reference (npm run api:gen);
// the hand-written parts (prelude, value types, MyGridProgram, MyIni) make the same scripts run in
// Node and in the simulator.
export * from "./prelude.ts";
export * from "./values/index.ts";
export * from "./generated/api.ts";
export { MyGridProgram } from "./program.ts";
export { MyIni, MyIniKey, MyIniValue, MyIniParseResult } from "../../sim/myini.ts";

#!/usr/bin/env node
// pbts CLI entry: TypeScript sources run through tsx (no build step for the tool itself).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli.ts");
process.exitCode = await main(process.argv);

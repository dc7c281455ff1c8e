// EchoConsole(program): lines straight to Echo, the status on every run (console.ts says more). A
// module of its own, so a script that uses MainConsole does not paste it.
import type { MyGridProgram } from "pbts/se";
import { MainConsole } from "./console.ts";

/** Lines straight to Echo, the status on every run: a MainConsole with no title and no kept lines. */
export class EchoConsole extends MainConsole {
  constructor(program: MyGridProgram) {
    super(program, "", 0);
  }
}

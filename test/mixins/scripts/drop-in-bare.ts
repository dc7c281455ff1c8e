// The failover mixin's drop-in usage alone (no HandleCommand): drop-in.ts without the command call.
import { Program as WithCommands } from "./drop-in.ts";

export class Program extends WithCommands {
  protected override handleCommands = false;
}

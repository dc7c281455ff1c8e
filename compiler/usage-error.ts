// An expected failure of a pbts command (missing file, bad configuration...): its message says
// what is wrong and what to do, and the CLI prints it as one line, without a stack.
export class UsageError extends Error {
  override name = "UsageError";
}

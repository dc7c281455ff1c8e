// A numeric `case` label of a switch on an int (C32): JS's `===` compares values, so `case 1e3`, `case 1.0` and
// `case -0` meet the ints 1000, 1 and 0; C# wants an int constant there (mcs CS0266 for `case 1000.0`, `case -0.0`).
// A label no int equals (`case 1.5`, `case 2147483648`) is never taken by JS: rejected, as C# cannot write it.
import { Node } from "ts-morph";
import type { CsType } from "./cstype.ts";
import type { EmitContext } from "./context.ts";

/** The C# label for a numeric literal case on an int subject (its value as an int), else undefined. */
export function intCaseLabel(e: Node, key: string | undefined, subject: CsType, ctx: EmitContext): string | undefined {
  if (!(subject.k === "int" || subject.k === "intlit") || !key?.startsWith("n") || Node.isPropertyAccessExpression(e)) return undefined;
  const v = Number(key.slice(1));
  if (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) return String(v);
  ctx.report(e, "UnsupportedSyntax", `a case label no int equals ('case ${e.getText()}' on an int: JS never takes it, C# cannot write it; remove it)`);
  return String(0);
}

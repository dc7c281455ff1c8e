// Terminal property values (GetValue<T>, SetValue<T>, GetMinimum<T>... on a block; As/Cast/Is<T> on an
// ITerminalProperty): in the game TerminalPropertyExtensions.Cast<T> throws InvalidOperationException
// ("Property X is not of type T, correct type is Y") when T is not the property's type. TS has no T at
// run time: the script loader passes a written T of a terminal type to the simulator
// (sim/terminal-type-args.mjs), but not `number` or an inferred T. Reject here what would throw in the game (PBTS1084),
// and the property objects' As<T>/Is<T>/Cast<T>, whose answer depends on T alone (PBTS1085).
import { Node } from "ts-morph";
import { BLOCK_KINDS } from "../../sim/blocks/kinds.generated.ts";
import { cs, type CsType } from "./cstype.ts";
import type { EmitContext } from "./context.ts";

/** The C# type of each terminal.dat value type (the T a Cast<T> accepts). */
const CS_OF: Record<string, string> = { Boolean: "bool", Single: "float", Int64: "long", Color: "Color", StringBuilder: "StringBuilder" };
const BLOCK_METHODS = new Set(["GetValue", "SetValue", "GetDefaultValue", "GetMinimum", "GetMaximum", "GetMininum"]);
const PROPERTY_METHODS = new Set(["As", "Cast", "Is"]);

let idTypes: Map<string, Set<string>> | undefined;
/** Every terminal property id of terminal.dat and the C# types it has across the kinds. */
function typesOfId(id: string): Set<string> | undefined {
  if (!idTypes) {
    idTypes = new Map();
    for (const k of Object.values(BLOCK_KINDS)) {
      for (const [pid, t] of Object.entries(k.props)) {
        const set = idTypes.get(pid) ?? new Set<string>();
        set.add(CS_OF[t] ?? t);
        idTypes.set(pid, set);
      }
    }
  }
  return idTypes.get(id);
}

/**
 * Checks the T of a call of the API's generic terminal-value methods (`owner` is the declaring
 * interface, `method` its name). T must be one of the terminal value types, and when the property id
 * is a string literal, the type terminal.dat gives that id.
 */
export function checkTerminalTypeArg(call: Node, owner: string, method: string, t: CsType | undefined, ctx: EmitContext): void {
  const onBlock = owner === "IMyTerminalBlock" && BLOCK_METHODS.has(method);
  if (owner === "ITerminalProperty" && PROPERTY_METHODS.has(method)) {
    // p.As<T>() / Is<T>() / Cast<T>(): only the game can test T; the typed forms and TypeName say the same.
    ctx.report(call, "TerminalPropertyCast", `${method}<${t ? cs(t) : "T"}>`);
    return;
  }
  if (!t || !onBlock) return;
  const name = cs(t);
  const explicit = Node.isCallExpression(call) && call.getTypeArguments().length > 0;
  const what = explicit ? `${method}<${name}>` : `${method} with a ${name} value`;
  const allowed = Object.values(CS_OF);
  if (!allowed.includes(name)) {
    ctx.report(call, "TerminalValueType", what, "terminal properties are bool (Boolean), float (Single), long (Int64), Color or StringBuilder");
    return;
  }
  if (!onBlock || !Node.isCallExpression(call)) return;
  const arg = call.getArguments()[0];
  if (!arg || !(Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg))) return;
  const types = typesOfId(arg.getLiteralValue());
  if (types && !types.has(name)) {
    ctx.report(call, "TerminalValueType", `${what} of "${arg.getLiteralValue()}"`, `"${arg.getLiteralValue()}" is ${[...types].join(" or ")} in every block kind that has it`);
  }
}

// TS erases type arguments, so `block.GetValue<long>(id)` cannot know its T at run time. The game's
// TerminalPropertyExtensions.Cast<T> throws when T is not the property's type ("Property Velocity is not
// of type Int64, correct type is Single"), whatever the id. So that the simulator throws too, a script's
// source gets T's .NET name as one more argument of each generic terminal-value call with a type
// argument: GetValue<T>(id), SetValue<T>(id, v), GetMinimum/GetMaximum/GetMininum/GetDefaultValue<T>(id).
// sim/blocks/block.ts reads it. Used by the script loader (sim/load-hooks.mjs) and by vitest
// (vitest.config.ts), on script sources only (never on pbts's own sim/ and compiler/ code).

/** T's .NET name for pbts/se's terminal value types. */
const TERMINAL_T = { bool: "Boolean", boolean: "Boolean", float: "Single", long: "Int64", Color: "Color", StringBuilder: "StringBuilder" };
/** The generic terminal-value methods and how many arguments they take. */
const TERMINAL_METHODS = { GetValue: 1, SetValue: 2, GetMinimum: 1, GetMaximum: 1, GetMininum: 1, GetDefaultValue: 1 };
const QUICK = /\.\s*(GetValue|SetValue|GetMinimum|GetMaximum|GetMininum|GetDefaultValue)\s*</;

/** `text` with `, "<T's .NET name>"` added to every such call (the same text when there is none). */
export function addTerminalTypeNames(ts, text, fileName) {
  if (!QUICK.test(text)) return text;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const inserts = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.typeArguments?.length === 1 && ts.isPropertyAccessExpression(node.expression)) {
      const want = TERMINAL_METHODS[node.expression.name.text];
      const t = node.typeArguments[0];
      const name = t.kind === ts.SyntaxKind.BooleanKeyword ? "boolean" : ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) ? t.typeName.text : undefined;
      const net = name !== undefined && Object.hasOwn(TERMINAL_T, name) ? TERMINAL_T[name] : undefined;
      if (want !== undefined && net !== undefined && node.arguments.length === want) inserts.push([node.arguments[want - 1].end, `, ${JSON.stringify(net)}`]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (inserts.length === 0) return text;
  inserts.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [at, s] of inserts) out = out.slice(0, at) + s + out.slice(at);
  return out;
}

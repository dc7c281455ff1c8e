// TS erases type arguments, so `block.GetValue<long>(id)` cannot know its T at run time. The game's
// TerminalPropertyExtensions.Cast<T> throws when T is not the property's type ("Property Velocity is not
// of type Int64, correct type is Single"), whatever the id. So that the simulator throws too, a script's
// source has each generic terminal-value call with a type argument, GetValue<T>(id), SetValue<T>(id, v),
// GetMinimum/GetMaximum/GetMininum/GetDefaultValue<T>(id), rewritten to pass T's .NET name along:
//   b.GetValue<long>(id)  ->  __pbtsTv(b, "GetValue", "Int64", id)
// and __pbtsTv (a function declaration appended after the file's last line, so no line moves) calls
// b.GetValue(id, "Int64") on a simulator block (sim/blocks/block.ts reads the extra argument) and
// b.GetValue(id) on anything else (a script's own class with a method of that name is left as written).
// Used by the script loader (sim/load-hooks.mjs) and by vitest (vitest.config.ts), on script sources only.

/** T's .NET name for pbts/se's terminal value types. */
const TERMINAL_T = { bool: "Boolean", boolean: "Boolean", float: "Single", long: "Int64", Color: "Color", StringBuilder: "StringBuilder" };
/** The generic terminal-value methods and how many arguments they take. */
const TERMINAL_METHODS = { GetValue: 1, SetValue: 2, GetMinimum: 1, GetMaximum: 1, GetMininum: 1, GetDefaultValue: 1 };
const QUICK = /\.\s*(GetValue|SetValue|GetMinimum|GetMaximum|GetMininum|GetDefaultValue)\s*</;
const HELPER =
  "\nfunction __pbtsTv(r, m, t, ...a) { return r != null && r.__pbtsTerminalT === true ? r[m](...a, t) : r[m](...a); }";

/** `text` with every such call rewritten (the same text when there is none). */
export function addTerminalTypeNames(ts, text, fileName) {
  if (!QUICK.test(text)) return text;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = []; // [position, order, delete count, insert]
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.typeArguments?.length === 1 && ts.isPropertyAccessExpression(node.expression) && !node.expression.questionDotToken && !node.questionDotToken) {
      const access = node.expression;
      const want = TERMINAL_METHODS[access.name.text];
      const t = node.typeArguments[0];
      const name = t.kind === ts.SyntaxKind.BooleanKeyword ? "boolean" : ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) ? t.typeName.text : undefined;
      const net = name !== undefined && Object.hasOwn(TERMINAL_T, name) ? TERMINAL_T[name] : undefined;
      if (want !== undefined && net !== undefined && node.arguments.length === want && access.expression.kind !== ts.SyntaxKind.SuperKeyword) {
        const recvStart = access.expression.getStart(sf);
        const argsStart = node.arguments[0].getStart(sf);
        // "__pbtsTv(" before the receiver; ".GetValue<long>(" becomes `, "GetValue", "Int64", `
        edits.push([recvStart, edits.length, 0, "__pbtsTv("]);
        edits.push([access.expression.end, edits.length, argsStart - access.expression.end, `, ${JSON.stringify(access.name.text)}, ${JSON.stringify(net)}, `]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (edits.length === 0) return text;
  // from the end; at one position the inner call's edit (found later) goes first, so the outer's ends up before it
  edits.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let out = text;
  for (const [at, , del, s] of edits) out = out.slice(0, at) + s + out.slice(at + del);
  return out + HELPER;
}

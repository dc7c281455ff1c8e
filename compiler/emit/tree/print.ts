// The one printer of the expression tree (syntax.ts): an operand gets parentheses exactly when its
// precedence is looser than its place needs, and two tokens printed side by side never join
// (`- -5`, not `--5`). Its output is what `Emitted.code` holds (context.ts).
import { BINARY_PREC, CHECKED, CHECKED_CLOSE, CHECKED_OPEN, Prec, precOf, stripChecked, type Expr, type InitItem } from "./syntax.ts";

const printed = new WeakMap<Expr, string>();

/** C# text of `e` (memoized: nodes are never changed after they are built). */
export function printExpr(e: Expr): string {
  let s = printed.get(e);
  if (s === undefined) {
    s = print(e);
    printed.set(e, s);
  }
  return s;
}

/**
 * `e` where an operand of precedence `min` or tighter is wanted. `last`: nothing of this expression
 * follows it (an assigned value, a branch of `?:`); elsewhere `x is T` / `x as T` is grouped, as a
 * token after T may continue the type (`T?`, `T<`, `T[`, `T.`).
 */
function operand(e: Expr, min: number, last = false): string {
  if (!fits(e, min, last)) return `(${printExpr(e)})`;
  // a deferred `checked(x)` whose x fits here: its parentheses go with the keyword (stripChecked),
  // unless x starts with a sign (a `-` or a cast before it looks at the text it prints: `- -5`, `(Foo)(-x)`)
  if (e.k === "checked" && e.deferred && fits(e.inner, min, last)) {
    // (x as an operand here too: a deferred `checked` inside loses its parentheses with its own keyword)
    const x = operand(e.inner, min, last);
    if (!/^[-+]/.test(x)) return `${CHECKED}${CHECKED_OPEN}${x}${CHECKED_CLOSE}`;
  }
  return last ? printExpr(e) : printLast(e, false);
}

const fits = (e: Expr, min: number, last: boolean) => !(e.k === "typetest" && !last) && precOf(e) >= min;

/** `e` where a whole expression stands (an initializer, a returned value): as printExpr, but a deferred `checked`'s parentheses can go with it. */
export function printWhole(e: Expr): string {
  return operand(e, Prec.Assign, true);
}

const printedInner = new WeakMap<Expr, string>();

/** `e` with something of the enclosing expression after it (`x is T` on the left of `||` is grouped then). */
function printLast(e: Expr, last: boolean): string {
  if (last || e.k !== "binary") return printExpr(e);
  let s = printedInner.get(e);
  if (s === undefined) {
    s = print(e, false);
    printedInner.set(e, s);
  }
  return s;
}

/** A C# identifier as the printer's lexer reads one (compiler/print/lexer.ts: letters beyond ASCII too). */
const ID = String.raw`@?[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*`;

/**
 * A comma-separated list. mcs reads `F(a < b, c > d)` as a use of the generic `a<b, c>` (C68; spec §7.6.4.2,
 * Roslyn: only before `(` and a few other tokens): an item ending `< name` is grouped where the items after it
 * read on as type names up to one starting `name >`.
 */
const args = (xs: Expr[]): string => list(xs.map(printExpr));

/** `values` with their `prefixes` (an initializer's `X = `, `[k] = `): a group holds the value alone. */
function list(values: string[], prefixes: string[] = []): string {
  const out = values.map((v, i) => (prefixes[i] ?? "") + v);
  for (let i = 0; i + 1 < out.length; i++) if (OPENS_TYPE_ARGS.test(bare(out[i])) && closedLater(out, i + 1)) out[i] = `${prefixes[i] ?? ""}(${values[i]})`;
  return out.join(", ");
}
/** `s` as a checked body leaves it (a deferred `checked(a)` is `a` there: type arguments are judged on that, C188). */
const bare = (s: string) => (s.includes(CHECKED) ? stripChecked(s) : s);
/** mcs's scan for type arguments goes on through items that are type names and ends at one starting `name >`. */
function closedLater(items: string[], from: number): boolean {
  for (const x of items.slice(from).map(bare)) {
    if (CLOSES_TYPE_ARGS.test(x)) return true;
    if (!TYPE_NAMES.test(x)) return false;
  }
  return false;
}
// What mcs scans as a type name: identifiers (of any script: `café`, C185) and keyword types, dotted
// (`int.MaxValue` too), with type arguments of their own (`Js.Id<double>`, a generic method passed by name); not
// `true`, `false`, `null`, `this`, `base` (C174, C182), nor a number
const TYPE_PART = String.raw`${ID}(?:\s*<\s*${ID}(?:\s*[.,]\s*${ID})*\s*>)?`;
const TYPE_NAME = String.raw`(?!(?:true|false|null|this|base)(?![\w\u0080-\uffff]))${TYPE_PART}(?:\.${TYPE_PART})*`;
// (a lone `<`: `<< 1` is a shift)
const OPENS_TYPE_ARGS = new RegExp(String.raw`(?<!<)<\s*${TYPE_NAME}$`);
const TYPE_NAMES = new RegExp(`^${TYPE_NAME}$`);
// (mcs reads `F(a < b, c > 0.5)`, `c > w`, `c > -1` as type arguments too, not only before `(`: C68; but neither it
// nor C# reads `c >> 7`, `c >>= 1` or `c >= 1` so: spec §7.6.4.2's `F(G < A, B >> 7)` is two arguments, C184)
const CLOSES_TYPE_ARGS = new RegExp(String.raw`^${TYPE_NAME}\s*>(?![=>])`);

// Each item is a whole expression to C#'s grammar (`new T { X = b ? c : d }` needs no parentheses),
// but a bare `x = 1` in `new List<int> { x = 1 }` would read as an object initializer's member.
const initPrefix = (i: InitItem) => (i.key ? `[${printExpr(i.key)}] = ` : i.name ? `${i.name} = ` : "");
const initValue = (i: InitItem) => (!i.key && !i.name && isMemberInit(i.value) ? `(${printExpr(i.value)})` : printExpr(i.value));
const isMemberInit = (e: Expr) =>
  (e.k === "assign" && e.op === "=" && MEMBER_NAME.test(printExpr(e.target))) || (e.k === "raw" && e.prec <= Prec.Assign && MEMBER_SET.test(e.code));
const MEMBER_NAME = new RegExp(`^${ID}$`);
const MEMBER_SET = new RegExp(String.raw`^${ID}\s*=(?!=)`);

// C#'s predefined types: `(double)-x` is a cast; `(Foo)-x` is Foo minus x (spec §7.7.6)
const KEYWORD_TYPE = /^(bool|byte|sbyte|char|decimal|double|float|int|uint|long|ulong|object|short|ushort|string)(\?|\[\])*$/;

/** `x is Foo ? a : b`: C# reads `Foo ?` as the conditional when no type `Foo?` can follow (mcs too); `int?` could. */
const isClassTest = (e: Expr) => e.k === "typetest" && e.op === "is" && /^[A-Za-z_][\w.]*$/.test(e.type) && !KEYWORD_TYPE.test(e.type);

function print(e: Expr, last = true): string {
  switch (e.k) {
    case "raw":
      return e.code;
    case "name":
      return e.id;
    case "lit":
      return e.text;
    case "member":
      return `${operand(e.target, Prec.Primary)}${e.conditional ? "?." : "."}${e.name}`;
    case "index":
      return `${operand(e.target, Prec.Primary)}${e.conditional ? "?[" : "["}${args(e.args)}]`;
    case "call":
      return `${operand(e.target, Prec.Primary)}(${args(e.args)})`;
    case "new":
      return `new ${e.type}(${args(e.args)})`;
    case "unary": {
      const x = operand(e.operand, Prec.Unary);
      // `- -5`, `- --i`, `+ +x`: a sign beside a sign would lex as `--` / `++`
      const sep = (e.op.endsWith("-") && x.startsWith("-")) || (e.op.endsWith("+") && x.startsWith("+")) ? " " : "";
      return `${e.op}${sep}${x}`;
    }
    case "postfix":
      return `${operand(e.operand, Prec.Primary)}${e.op}`;
    case "cast": {
      const x = operand(e.operand, Prec.Unary);
      const ambiguous = !KEYWORD_TYPE.test(e.type) && (x.startsWith("-") || x.startsWith("+"));
      return `(${e.type})${ambiguous ? `(${x})` : x}`;
    }
    case "binary": {
      const p = BINARY_PREC[e.op];
      // left-associative, but `??` groups to the right
      const right = e.op === "??";
      // (the right operand ends this expression: it is last where the expression is)
      let l = operand(e.left, right ? p + 1 : p);
      // `a < b > (c)` reads as a call of the generic a<b> (spec §7.6.4.2; mcs even before a name, C68): a left side
      // ending `< name` before `>` is grouped (C156; only bools compare so, which C# refuses anyway)
      if (e.op === ">" && OPENS_TYPE_ARGS.test(bare(l))) l = `(${l})`;
      return `${l} ${e.op} ${operand(e.right, right ? p : p + 1, last)}`;
    }
    case "typetest":
      return `${operand(e.operand, Prec.Relational)} ${e.op} ${e.type}`;
    case "conditional":
      // both branches are full expressions to C#'s grammar: `a ? b : c = d` assigns c
      return `${isClassTest(e.test) ? printExpr(e.test) : operand(e.test, Prec.Coalesce)} ? ${operand(e.whenTrue, Prec.Assign, true)} : ${operand(e.whenFalse, Prec.Assign, true)}`;
    case "assign":
      return `${operand(e.target, Prec.Unary)} ${e.op} ${operand(e.value, Prec.Assign, true)}`;
    case "paren":
      return `(${printExpr(e.inner)})`;
    case "checked":
      return `${e.deferred ? CHECKED : "checked"}(${printExpr(e.inner)})`;
    case "init":
      // (an array has no constructor to call)
      if (!e.items.length) return e.type.endsWith("]") ? `new ${e.type} { }` : `new ${e.type}()`;
      return `new ${e.type} { ${list(e.items.map(initValue), e.items.map(initPrefix))} }`;
    case "lambda":
      // (a block on its own lines starts with its line break)
      if ("block" in e.body) return `${e.params} =>${e.body.block.startsWith("\n") ? "" : " "}${e.body.block}`;
      return `${e.params} => ${printExpr(e.body)}`;
  }
}

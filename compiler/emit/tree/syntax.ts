// The C# expressions pbts emits, as a small typed tree. The emitter builds nodes; one printer
// (print.ts) writes them with exactly the parentheses C#'s precedence needs and with tokens that
// can never join. Types are C# type text (what cstype.ts's cs() writes): the tree never looks into them.

/** C#'s precedence levels, loosest to tightest (C# 6 spec §7.3.1). */
export const Prec = {
  /** never an operand without parentheses: text of unknown shape */
  Group: 0,
  Assign: 1, // = += ... and lambdas (`x => x + 1` is never an operand without parentheses), right-associative
  Conditional: 2, // ?: right-associative
  Coalesce: 3, // ?? right-associative
  Or: 4,
  And: 5,
  BitOr: 6,
  BitXor: 7,
  BitAnd: 8,
  Equality: 9,
  Relational: 10, // < > <= >= is as
  Shift: 11,
  Additive: 12,
  Multiplicative: 13,
  Unary: 14, // - + ! ~ ++x --x (T)x
  Primary: 15, // names, literals, x.y, f(x), a[i], x++, new, checked(x), (x)
} as const;

export type BinaryOp = "*" | "/" | "%" | "+" | "-" | "<<" | ">>" | "<" | ">" | "<=" | ">=" | "==" | "!=" | "&" | "^" | "|" | "&&" | "||" | "??";
export type AssignOp = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=";
export type UnaryOp = "-" | "+" | "!" | "~" | "++" | "--";

export const BINARY_PREC: Record<BinaryOp, number> = {
  "*": Prec.Multiplicative, "/": Prec.Multiplicative, "%": Prec.Multiplicative,
  "+": Prec.Additive, "-": Prec.Additive,
  "<<": Prec.Shift, ">>": Prec.Shift,
  "<": Prec.Relational, ">": Prec.Relational, "<=": Prec.Relational, ">=": Prec.Relational,
  "==": Prec.Equality, "!=": Prec.Equality,
  "&": Prec.BitAnd, "^": Prec.BitXor, "|": Prec.BitOr, "&&": Prec.And, "||": Prec.Or, "??": Prec.Coalesce,
};

export type Expr =
  /** C# text from an emitter that does not build nodes yet; `prec` is what it may be used as. */
  | { k: "raw"; code: string; prec: number }
  /** A name as C# writes it: `x`, `this.x`, `Js.Reduce<double, double>`, a type in a static call. */
  | { k: "name"; id: string }
  /** A literal's C# text: `1`, `1.0`, `-0.0`, `"s"`, `'c'`, `true`, `null`. */
  | { k: "lit"; text: string }
  | { k: "member"; target: Expr; name: string; conditional?: boolean }
  | { k: "index"; target: Expr; args: Expr[]; conditional?: boolean }
  | { k: "call"; target: Expr; args: Expr[] }
  | { k: "new"; type: string; args: Expr[] }
  | { k: "unary"; op: UnaryOp; operand: Expr }
  | { k: "postfix"; op: "++" | "--"; operand: Expr }
  | { k: "cast"; type: string; operand: Expr }
  | { k: "binary"; op: BinaryOp; left: Expr; right: Expr }
  | { k: "typetest"; op: "is" | "as"; operand: Expr; type: string }
  | { k: "conditional"; test: Expr; whenTrue: Expr; whenFalse: Expr }
  | { k: "assign"; op: AssignOp; target: Expr; value: Expr }
  /** Parentheses the emitter wants whatever precedence says (see compare() in operators.ts). */
  | { k: "paren"; inner: Expr }
  /** `checked(x)`; `deferred`: written where the emitter does not know yet whether it is inside checked code (CHECKED). */
  | { k: "checked"; inner: Expr; deferred?: boolean }
  /** `new T { a, b }`, `new T { [k] = v }`, `new T { X = v }`; without items `new T()`. */
  | { k: "init"; type: string; items: InitItem[] }
  /** `(a, b) => body`: `body` an expression, or a block's C# text (statements are text still). */
  | { k: "lambda"; params: string; body: Expr | { block: string } };

/** An item of a collection or object initializer: a value, `[key] = value`, or `Name = value`. */
export interface InitItem {
  value: Expr;
  key?: Expr;
  name?: string;
}

/** The precedence level an expression has as an operand. */
export function precOf(e: Expr): number {
  switch (e.k) {
    case "raw":
      return e.prec;
    case "lit":
      // `-1` is a negation to C#'s parser: `(-1).ToString()`
      return e.text.startsWith("-") ? Prec.Unary : Prec.Primary;
    case "unary":
    case "cast":
      return Prec.Unary;
    case "binary":
      return BINARY_PREC[e.op];
    case "typetest":
      return Prec.Relational;
    case "conditional":
      return Prec.Conditional;
    case "assign":
    case "lambda":
      return Prec.Assign;
    default:
      return Prec.Primary;
  }
}

// ---- constructors: short to write in the emitter

export const raw = (code: string, prec: number = Prec.Group): Expr => ({ k: "raw", code, prec });
export const name = (id: string): Expr => ({ k: "name", id });
export const lit = (text: string): Expr => ({ k: "lit", text });
export const member = (target: Expr, n: string, conditional = false): Expr => (conditional ? { k: "member", target, name: n, conditional } : { k: "member", target, name: n });
export const index = (target: Expr, args: Expr[], conditional = false): Expr => (conditional ? { k: "index", target, args, conditional } : { k: "index", target, args });
export const call = (target: Expr, args: Expr[]): Expr => ({ k: "call", target, args });
export const newObject = (type: string, args: Expr[]): Expr => ({ k: "new", type, args });
export const unary = (op: UnaryOp, operand: Expr): Expr => ({ k: "unary", op, operand });
export const postfix = (op: "++" | "--", operand: Expr): Expr => ({ k: "postfix", op, operand });
export const cast = (type: string, operand: Expr): Expr => ({ k: "cast", type, operand });
export const binary = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ k: "binary", op, left, right });
export const typetest = (op: "is" | "as", operand: Expr, type: string): Expr => ({ k: "typetest", op, operand, type });
export const conditional = (test: Expr, whenTrue: Expr, whenFalse: Expr): Expr => ({ k: "conditional", test, whenTrue, whenFalse });
export const assign = (op: AssignOp, target: Expr, value: Expr): Expr => ({ k: "assign", op, target, value });
export const paren = (inner: Expr): Expr => ({ k: "paren", inner });
export const checkedExpr = (inner: Expr): Expr => ({ k: "checked", inner });
export const deferredChecked = (inner: Expr): Expr => ({ k: "checked", inner, deferred: true });

/**
 * A `checked` keyword the emitter writes before it knows whether the code around it is checked: a
 * `checked((int)x)` inside a method whose body turns out to do int arithmetic (and so is one `checked`
 * block). A lambda's own `checked` is not deferred: mcs does not carry a checked block into a lambda (C143). The body that turns out checked takes the keyword out of
 * its contents (`stripChecked`); compile.ts writes the rest as `checked`. (\u0002 cannot come out of a
 * string literal: names.ts escapes it.)
 */
export const CHECKED = "\u0002checked";

/**
 * The parentheses of a deferred `checked(x)` printed where x needs none (print.ts): they go with the
 * keyword when it goes, and stay (as plain parentheses) when it stays. (\u0004 cannot come out of a
 * string literal either.)
 */
export const CHECKED_OPEN = "\u0004(";
export const CHECKED_CLOSE = ")\u0004";

/** `code` inside checked code: its deferred `checked` keywords change nothing and go (their parentheses or braces stay, unless printed as CHECKED_OPEN/CLOSE). */
export const stripChecked = (code: string): string =>
  code.split(`${CHECKED} `).join("").split(`${CHECKED}${CHECKED_OPEN}`).join("").split(CHECKED_CLOSE).join("").split(CHECKED).join("");

/** Emitted code as C#: the deferred `checked` keywords no checked body took out stay `checked`. */
export const keepChecked = (code: string): string => code.split(CHECKED).join("checked").split("\u0004").join("");
export const init = (type: string, items: InitItem[]): Expr => ({ k: "init", type, items });
export const lambda = (params: string, body: Expr | { block: string }): Expr => ({ k: "lambda", params, body });

// ---- statements: a function body as a tree (statements.ts builds them; print-statements.ts writes
// them as the emitter's lines, one statement or header per line, four spaces a level)

export type Stmt =
  /** A line of C# text from an emitter that writes lines still (a source mark, a loop copy...), indented as written. */
  | { k: "line"; text: string }
  /** `e;` */
  | { k: "expr"; e: Expr }
  /** `T a = x, b = y;` (`var` as the type where it may be) */
  | { k: "local"; type: string; vars: LocalVar[] }
  | { k: "return"; e?: Expr }
  | { k: "throw"; e: Expr }
  | { k: "break" }
  | { k: "continue" }
  | { k: "block"; body: Stmt[] }
  /** `checked { ... }`, deferred (CHECKED): a lambda's checked body inside a checked method loses the keyword */
  /** `own`: a lambda's own block, kept inside checked code (mcs does not carry a checked block into a lambda, C143). */
  | { k: "checked"; body: Stmt[]; own?: boolean }
  /** `if (c) { } else if (d) { } else { }`: `orElse` an `if` continues the chain on the `else` line */
  | { k: "if"; test: Expr; then: Stmt; orElse?: Stmt }
  | { k: "while"; test: Expr; body: Stmt }
  | { k: "do"; body: Stmt; test: Expr }
  /** `for (init; test; update)`: init a local declaration (without its `;`) or expressions */
  | { k: "for"; init?: { k: "local"; type: string; vars: LocalVar[] } | Expr; test?: Expr; update: Expr[]; body: Stmt }
  | { k: "foreach"; type: string; name: string; coll: Expr; body: Stmt }
  | { k: "try"; body: Stmt; catch?: { name?: string; body: Stmt }; finally?: Stmt }
  /** `switch (on) { case a: case b: ...; default: ... }`: a section's labels (undefined: `default`) then its statements */
  | { k: "switch"; on: Expr; sections: { labels: (Expr | undefined)[]; body: Stmt[] }[] }
  // declarations (a type's members are Stmts too: one printer, one layout)
  /** `header { members }`: a class, interface, enum or static class (an attribute before it is a line) */
  | { k: "type"; header: string; members: Stmt[] }
  /** A method, constructor or accessor: its header, then its body (a block), or `header;` without one */
  | { k: "method"; header: string; body?: Stmt }
  /** `header { get ... set ... }`: a property with accessors (methods named get/set, or lines) */
  | { k: "property"; header: string; accessors: Stmt[] }
  /** `mods type name;`, `mods type name = init;`, or an auto-property `mods type name { get; set; }` */
  | { k: "field"; mods: string[]; type: string; name: string; init?: Expr; auto?: string };

export interface LocalVar {
  name: string;
  init: Expr;
}

export const line = (text: string): Stmt => ({ k: "line", text });
export const exprStmt = (e: Expr): Stmt => ({ k: "expr", e });
export const local = (type: string, vars: LocalVar[]) => ({ k: "local" as const, type, vars });
export const ret = (e?: Expr): Stmt => (e ? { k: "return", e } : { k: "return" });
export const throwStmt = (e: Expr): Stmt => ({ k: "throw", e });
export const block = (body: Stmt[]): Stmt => ({ k: "block", body });
export const checkedBlock = (body: Stmt[], own = false): Stmt => (own ? { k: "checked", body, own } : { k: "checked", body });
export const method = (header: string, body?: Stmt): Stmt => (body ? { k: "method", header, body } : { k: "method", header });
export const field = (mods: string[], type: string, name: string, init?: Expr): Stmt => (init ? { k: "field", mods, type, name, init } : { k: "field", mods, type, name });
/** `get;` and `get; set;` as `auto` */
export const autoProperty = (mods: string[], type: string, name: string, auto: string): Stmt => ({ k: "field", mods, type, name, auto });
export const ifStmt = (test: Expr, then: Stmt, orElse?: Stmt): Stmt => (orElse ? { k: "if", test, then, orElse } : { k: "if", test, then });

/**
 * `s` inside checked code: its deferred `checked` keywords go (stripChecked, on nodes): a deferred
 * `checked(x)` is x in its place (the printer gives it the parentheses that place needs), a deferred
 * `checked { }` block a plain block; text inside (`raw`, lines, a lambda's block) is stripped as text.
 */
export function stripStmt(s: Stmt): Stmt | undefined {
  const e = stripExpr;
  const all = (b: Stmt[]) => b.map(stripStmt).filter((x): x is Stmt => !!x);
  const one = (b: Stmt) => stripStmt(b) ?? block([]);
  switch (s.k) {
    case "line": {
      const t = stripChecked(s.text);
      // (a line that held only the keyword goes)
      return t !== s.text && !t.trim() ? undefined : t === s.text ? s : line(t);
    }
    case "expr":
      return exprStmt(e(s.e));
    case "local":
      return local(s.type, s.vars.map((v) => ({ name: v.name, init: e(v.init) })));
    case "return":
      return ret(s.e && e(s.e));
    case "throw":
      return throwStmt(e(s.e));
    case "break":
    case "continue":
      return s;
    case "block":
      return block(all(s.body));
    case "checked":
      return s.own ? s : block(all(s.body));
    case "if":
      return ifStmt(e(s.test), one(s.then), s.orElse && one(s.orElse));
    case "while":
      return { k: "while", test: e(s.test), body: one(s.body) };
    case "do":
      return { k: "do", body: one(s.body), test: e(s.test) };
    case "for":
      return { k: "for", init: s.init && (s.init.k === "local" ? local(s.init.type, s.init.vars.map((v) => ({ name: v.name, init: e(v.init) }))) : e(s.init)), test: s.test && e(s.test), update: s.update.map(e), body: one(s.body) };
    case "foreach":
      return { ...s, coll: e(s.coll), body: one(s.body) };
    case "try":
      return { k: "try", body: one(s.body), ...(s.catch ? { catch: { ...s.catch, body: one(s.catch.body) } } : {}), ...(s.finally ? { finally: one(s.finally) } : {}) };
    case "switch":
      return { k: "switch", on: e(s.on), sections: s.sections.map((x) => ({ labels: x.labels.map((l) => l && e(l)), body: all(x.body) })) };
    case "type":
      return { ...s, members: all(s.members) };
    case "method":
      return s.body ? { ...s, body: one(s.body) } : s;
    case "property":
      return { ...s, accessors: all(s.accessors) };
    case "field":
      return s.init ? { ...s, init: e(s.init) } : s;
  }
}

/** stripStmt of an expression: a deferred `checked(x)` is x. */
export function stripExpr(x: Expr): Expr {
  const e = stripExpr;
  switch (x.k) {
    case "raw": {
      const t = stripChecked(x.code);
      return t === x.code ? x : raw(t, x.prec);
    }
    case "name":
    case "lit":
      return x;
    case "member":
      return { ...x, target: e(x.target) };
    case "index":
      return { ...x, target: e(x.target), args: x.args.map(e) };
    case "call":
      return { ...x, target: e(x.target), args: x.args.map(e) };
    case "new":
      return { ...x, args: x.args.map(e) };
    case "unary":
    case "postfix":
    case "cast":
    case "typetest":
      return { ...x, operand: e(x.operand) } as Expr;
    case "binary":
      return { ...x, left: e(x.left), right: e(x.right) };
    case "conditional":
      return { ...x, test: e(x.test), whenTrue: e(x.whenTrue), whenFalse: e(x.whenFalse) };
    case "assign":
      return { ...x, target: e(x.target), value: e(x.value) };
    case "paren":
      return { ...x, inner: e(x.inner) };
    case "checked":
      return x.deferred ? e(x.inner) : { ...x, inner: e(x.inner) };
    case "init":
      return { ...x, items: x.items.map((i) => ({ ...i, value: e(i.value), ...(i.key ? { key: e(i.key) } : {}) })) };
    case "lambda":
      return { ...x, body: "block" in x.body ? { block: stripChecked(x.body.block) } : e(x.body) };
  }
}

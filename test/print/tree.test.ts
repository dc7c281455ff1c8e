// compiler/emit/tree/: the expression tree's printer. The oracle is an independent reading of the
// printed text: the printer's own lexer splits it, a precedence parser written from C#'s grammar
// (spec §7.3.1, casts §7.7.6) reads it back. A random tree must read back as itself (the parentheses
// suffice and no two tokens joined), and removing any one pair of grouping parentheses must change
// what is read (the parentheses are only those precedence needs).
import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { describe, expect, it } from "vitest";
import { printExpr, printWhole } from "../../compiler/emit/tree/print.ts";
import * as S from "../../compiler/emit/tree/syntax.ts";
import type { Expr } from "../../compiler/emit/tree/syntax.ts";
import { ParseError, norm, read } from "./csharp-reader.ts";

// ---- random trees

// (`this`, `int.MaxValue`, `é`, `Id<double>`: what mcs does and does not scan as a type name, C182, C185)
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom("a", "b", "c", "x", "é", "this", "Id<double>").map(S.name),
  fc.constantFrom("1", "2.5", "0", "-3", "-0.0", '"s"', "'c'", "true", "false", "null").map(S.lit),
  fc.constantFrom(["int", "MaxValue"], ["double", "NaN"]).map(([t, m]) => S.member(S.name(t), m)),
);
const { tree } = fc.letrec<{ tree: Expr; target: Expr }>((tie) => ({
  target: fc.oneof(
    fc.constantFrom("a", "b").map(S.name),
    fc.tuple(tie("tree"), fc.constantFrom("X", "Y")).map(([t, n]) => S.member(t, n)),
    fc.tuple(tie("tree"), tie("tree")).map(([t, x]) => S.index(t, [x])),
  ),
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(tie("tree"), fc.constantFrom("X", "Y"), fc.boolean()).map(([t, n, c]) => S.member(t, n, c)),
    fc.tuple(tie("tree"), tie("tree"), fc.boolean()).map(([t, x, c]) => S.index(t, [x], c)),
    fc.tuple(tie("tree"), fc.array(tie("tree"), { maxLength: 2 })).map(([t, xs]) => S.call(t, xs)),
    fc.tuple(fc.constantFrom("-", "+", "!", "~", "++", "--") as fc.Arbitrary<S.UnaryOp>, tie("tree")).map(([o, x]) => S.unary(o, x)),
    fc.tuple(fc.constantFrom("++", "--") as fc.Arbitrary<"++" | "--">, tie("tree")).map(([o, x]) => S.postfix(o, x)),
    fc.tuple(fc.constantFrom("double", "int", "Foo", "double?"), tie("tree")).map(([t, x]) => S.cast(t, x)),
    fc.tuple(fc.constantFrom(...(Object.keys(S.BINARY_PREC) as S.BinaryOp[])), tie("tree"), tie("tree")).map(([o, l, r]) => S.binary(o, l, r)),
    fc.tuple(fc.constantFrom("is", "as") as fc.Arbitrary<"is" | "as">, tie("tree"), fc.constantFrom("Foo", "string")).map(([o, x, t]) => S.typetest(o, x, t)),
    fc.tuple(tie("tree"), tie("tree"), tie("tree")).map(([a, b, c]) => S.conditional(a, b, c)),
    fc.tuple(fc.constantFrom("=", "+=", "-=", ">>=") as fc.Arbitrary<S.AssignOp>, tie("target"), tie("tree")).map(([o, t, v]) => S.assign(o, t, v)),
    fc.array(tie("tree"), { maxLength: 2 }).map((xs) => S.newObject("Foo", xs)),
    tie("tree").map(S.checkedExpr),
    // session 10: initializers and lambdas (a lambda's body and an item's value are whole expressions)
    fc
      .array(
        fc.oneof(
          tie("tree").map((value): S.InitItem => ({ value })),
          fc.tuple(tie("tree"), tie("tree")).map(([key, value]): S.InitItem => ({ key, value })),
          fc.tuple(fc.constantFrom("X", "Y"), tie("tree")).map(([name, value]): S.InitItem => ({ name, value })),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((items) => S.init("Foo", items)),
    fc.tuple(fc.constantFrom("x", "(double x)", "()"), tie("tree")).map(([ps, body]) => S.lambda(ps, body)),
  ),
}));

describe("the expression tree's printer", () => {
  it("C156: a left side ending `< name` before `>` is grouped: `a < a > (a | 1)` would read as a call of the generic a<a>", () => {
    const t = S.binary(">", S.binary("<", S.name("a"), S.name("a")), S.binary("|", S.name("a"), S.lit("1")));
    expect(printExpr(t)).toBe("(a < a) > (a | 1)");
    expect(norm(read(printExpr(t)).tree)).toEqual(norm(t));
    const m = S.binary(">", S.binary("<", S.name("a"), S.member(S.name("b"), "X")), S.name("c"));
    expect(printExpr(m)).toBe("(a < b.X) > c");
  });

  it("C174: no group where no type argument can start: a shift `<<`, `< 1`, `< null` before a `>` (the random minimality test's counterexamples)", () => {
    const init = S.init("Foo", [{ value: S.binary("<<", S.name("a"), S.lit("1")) }, { value: S.binary(">", S.name("a"), S.lit("1")) }, { value: S.name("a") }]);
    expect(printExpr(init)).toBe("new Foo { a << 1, a > 1, a }");
    expect(printExpr(S.binary(">", S.binary("<", S.name("a"), S.lit("1")), S.name("a")))).toBe("a < 1 > a");
    expect(printExpr(S.binary(">", S.binary("<", S.name("a"), S.lit("null")), S.lit("1")))).toBe("a < null > 1");
    // a name still opens type arguments (C156, C68)
    expect(printExpr(S.call(S.name("f"), [S.binary("<", S.name("a"), S.name("b")), S.binary(">", S.name("c"), S.lit("1"))]))).toBe("f((a < b), c > 1)");
  });

  it("C184: no group before a later `>>` or `>>=`: C# reads `F(G < A, B >> 7)` as two arguments (spec §7.6.4.2), mcs too (the random minimality test's counterexample, seed 25002)", () => {
    const a = S.name("a");
    expect(printExpr(S.newObject("Foo", [S.binary("<", a, a), S.assign(">>=", a, a)]))).toBe("new Foo(a < a, a >>= a)");
    expect(printExpr(S.call(S.name("f"), [S.binary("<", a, S.name("b")), S.binary(">>", S.name("c"), S.lit("7"))]))).toBe("f(a < b, c >> 7)");
    expect(printExpr(S.index(S.name("f"), [S.binary("<", a, S.name("b")), S.binary(">>", S.member(S.name("c"), "X"), S.name("d"))]))).toBe("f[a < b, c.X >> d]");
    // a single `>` still closes them (C68)
    expect(printExpr(S.call(S.name("f"), [S.binary("<", a, S.name("b")), S.binary(">", S.name("c"), S.lit("7"))]))).toBe("f((a < b), c > 7)");
  });

  it("C181 (the oracle's error): the reader takes type arguments as mcs does, whatever follows the `>` (C68), so `new Foo((a < a), a > a)` keeps its group (the random minimality test's counterexample, seed 25005)", () => {
    expect(() => read("new Foo(a < a, a > a)")).toThrow(ParseError);
    expect(() => read("f(1 < b, c > d)")).toThrow(ParseError); // mcs: "Unexpected symbol `<'"
    expect(norm(read("f(a < b, c, d > (e))").tree)).toEqual(norm(S.call(S.name("f"), [S.call(S.name("a<b, c, d>"), [S.name("e")])])));
    const [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(S.name);
    expect(norm(read("f(a < b, c + 1, d > e)").tree)).toEqual(norm(S.call(S.name("f"), [S.binary("<", a, b), S.binary("+", c, S.lit("1")), S.binary(">", d, e)])));
    expect(norm(read("f(a < b, c >> 1)").tree)).toEqual(norm(S.call(S.name("f"), [S.binary("<", a, b), S.binary(">>", c, S.lit("1"))])));
  });

  it("C182: an item is grouped only where mcs would read type arguments on to a later `name >`: not across an item that is no type name, and an initializer's `X = ` or `[k] = ` stays outside the group", () => {
    const [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(S.name);
    const lt = S.binary("<", a, b);
    const f = (...xs: Expr[]) => printExpr(S.call(S.name("f"), xs));
    expect(f(lt, S.binary("+", c, S.lit("1")), S.binary(">", d, e))).toBe("f(a < b, c + 1, d > e)");
    expect(f(lt, S.binary(">", S.lit("1"), c))).toBe("f(a < b, 1 > c)");
    expect(f(lt, S.lit("true"), S.binary(">", d, e))).toBe("f(a < b, true, d > e)");
    expect(f(lt, S.binary(">", S.member(S.name("this"), "X"), d))).toBe("f(a < b, this.X > d)");
    // mcs reads these on (checked: CS1525), so they keep the group
    expect(f(lt, c, S.binary(">", d, e))).toBe("f((a < b), c, d > e)");
    expect(f(lt, S.member(S.name("double"), "NaN"), S.binary(">", d, e))).toBe("f((a < b), double.NaN, d > e)");
    expect(f(lt, S.name("Js.Id<double>"), S.binary(">", d, e))).toBe("f((a < b), Js.Id<double>, d > e)");
    expect(printExpr(S.init("Foo", [{ name: "X", value: lt }, { value: S.binary(">", c, d) }]))).toBe("new Foo { X = (a < b), c > d }");
    expect(printExpr(S.init("Foo", [{ key: S.lit("1"), value: lt }, { value: S.binary(">", c, d) }]))).toBe("new Foo { [1] = (a < b), c > d }");
  });

  it("C185: a name beyond ASCII (a C# identifier takes letters of any script) opens and closes type arguments too, and is an initializer's member name", () => {
    const [b, c, e] = [S.name("b"), S.name("c"), S.name("é")];
    expect(printExpr(S.call(S.name("two"), [S.binary("<", b, e), S.binary(">", c, b)]))).toBe("two((b < é), c > b)");
    expect(printExpr(S.call(S.name("two"), [S.binary("<", b, c), S.binary(">", e, b)]))).toBe("two((b < c), é > b)");
    expect(printExpr(S.call(S.name("two"), [S.binary("<", b, c), S.binary(">", S.name("thisé"), b)]))).toBe("two((b < c), thisé > b)");
    expect(printExpr(S.init("List<int>", [{ value: S.assign("=", e, S.lit("1")) }]))).toBe("new List<int> { (é = 1) }");
  });

  it("C188: type arguments are judged on the text a checked body leaves: `1 < checked(a) > a` is `1 < a > a` there (the random deferred-checked test's counterexample, seed 25001)", () => {
    const [a, b, c, d] = ["a", "b", "c", "d"].map(S.name);
    const t = S.binary(">", S.binary("<", S.lit("1"), S.deferredChecked(a)), a);
    expect(S.stripChecked(printExpr(t))).toBe("(1 < a) > a");
    expect(S.keepChecked(printExpr(t))).toBe("(1 < checked(a)) > a");
    const f = S.call(S.name("f"), [S.binary("<", a, S.deferredChecked(b)), S.binary(">", S.deferredChecked(c), d)]);
    expect(S.stripChecked(printExpr(f))).toBe("f((a < b), c > d)");
    const g = S.call(S.name("f"), [S.binary("<", a, b), S.deferredChecked(c), S.binary(">", d, a)]);
    // (a whole item keeps its parentheses: no type name, no group)
    expect(S.stripChecked(printExpr(g))).toBe("f(a < b, (c), d > a)");
  });

  it("a random tree reads back as itself: its parentheses suffice and no tokens join", () => {
    fc.assert(
      fc.property(tree, (t) => {
        const text = printExpr(t);
        expect(norm(read(text).tree), text).toEqual(norm(t));
      }),
      unseeded(3000),
    );
  });

  it("every pair of grouping parentheses is needed: without it the text reads as another tree (or not at all)", () => {
    fc.assert(
      fc.property(tree, (t) => {
        const text = printExpr(t);
        const { groups, toks } = read(text);
        for (const [open, close] of groups) {
          // `x is T` / `x as T` keeps its parentheses before another token (print.ts: operand)
          if (toks[open + 2]?.t === "is" || toks[open + 2]?.t === "as" || toks.slice(open + 1, close).some((x) => x.t === "is" || x.t === "as")) continue;
          // `(Foo)(-x)`: the operand of a cast to a non-keyword type that starts with a sign
          if (toks[open - 1]?.t === ")" && ["-", "+"].includes(toks[open + 1]?.t ?? "")) continue;
          const without = toks.filter((_, k) => k !== open && k !== close).map((x) => x.t).join(" ");
          let same = false;
          try {
            same = JSON.stringify(norm(read(without).tree)) === JSON.stringify(norm(t));
          } catch (err) {
            if (!(err instanceof ParseError)) throw err;
          }
          expect(same, `${text}: the group at token ${open} is not needed (${without})`).toBe(false);
        }
      }),
      unseeded(3000),
    );
  });

  it("a deferred `checked` reads as `checked(x)` where it stays and as x in its place where a checked body takes it out", () => {
    // deferred keywords anywhere in a random tree (print.ts operand: their parentheses go with the keyword where x fits)
    const deferAll = (e: Expr): Expr => {
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(e)) out[key] = Array.isArray(v) ? v.map((x) => ("k" in x ? deferAll(x) : { ...x, value: deferAll(x.value), ...(x.key ? { key: deferAll(x.key) } : {}) })) : v && typeof v === "object" && "k" in v ? deferAll(v as Expr) : v;
      const d = out as Expr;
      return d.k === "checked" ? S.deferredChecked(d.inner) : d;
    };
    const unchecked = (e: unknown): unknown => {
      if (Array.isArray(e)) return e.map(unchecked);
      if (!e || typeof e !== "object") return e;
      const x = e as Record<string, unknown>;
      if (x.k === "checked") return unchecked(x.inner);
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, unchecked(v)]));
    };
    fc.assert(
      fc.property(tree, (t0) => {
        const t = deferAll(t0);
        for (const text of [printExpr(t), printWhole(t)]) {
          expect(norm(read(S.keepChecked(text)).tree), S.keepChecked(text)).toEqual(norm(t0));
          expect(unchecked(norm(read(S.stripChecked(text)).tree)), S.stripChecked(text)).toEqual(unchecked(norm(t0)));
        }
      }),
      unseeded(2000),
    );
    // the counterexample shape of dist/ (WorkQueue): `v * 10 + checked((int)(c - 48))` in a checked body
    const c = S.binary("+", S.binary("*", S.name("v"), S.lit("10")), S.deferredChecked(S.cast("int", S.binary("-", S.name("c"), S.lit("48")))));
    expect(S.stripChecked(printExpr(c))).toBe("v * 10 + (int)(c - 48)");
    expect(S.keepChecked(printExpr(c))).toBe("v * 10 + checked((int)(c - 48))");
    expect(S.stripChecked(printExpr(S.member(S.deferredChecked(S.cast("int", S.name("x"))), "Y")))).toBe("((int)x).Y");
    // counterexample (seed -598466882): a deferred checked inside one lost only the outer parentheses: `(a)()` reads as a cast
    expect(S.stripChecked(printExpr(S.call(S.deferredChecked(S.deferredChecked(S.name("a"))), [])))).toBe("a()");
  });

  // counterexamples of string emission, and each rule of print.ts
  const cases: [string, Expr, string][] = [
    ["a negated negative literal", S.unary("-", S.lit("-5")), "- -5"],
    ["a negated negation", S.unary("-", S.unary("-", S.name("x"))), "- -x"],
    ["a plus before a plus", S.unary("+", S.unary("+", S.name("x"))), "+ +x"],
    ["a negated pre-decrement", S.unary("-", S.unary("--", S.name("i"))), "- --i"],
    ["subtracting a negative", S.binary("-", S.name("a"), S.unary("-", S.name("b"))), "a - -b"],
    ["a post-decrement compared", S.binary(">", S.postfix("--", S.name("x")), S.name("y")), "x-- > y"],
    ["left-associative subtraction", S.binary("-", S.name("a"), S.binary("-", S.name("b"), S.name("c"))), "a - (b - c)"],
    ["?? groups to the right", S.binary("??", S.binary("??", S.name("a"), S.name("b")), S.name("c")), "(a ?? b) ?? c"],
    ["?? on its right needs none", S.binary("??", S.name("a"), S.binary("??", S.name("b"), S.name("c"))), "a ?? b ?? c"],
    ["a cast to a keyword type before a sign", S.cast("double", S.unary("-", S.name("x"))), "(double)-x"],
    ["a cast to a name before a sign", S.cast("Foo", S.unary("-", S.name("x"))), "(Foo)(-x)"],
    ["a member of a negative literal", S.member(S.lit("-1"), "ToString"), "(-1).ToString"],
    ["`as` before ??", S.binary("??", S.typetest("as", S.name("x"), "Foo"), S.name("y")), "(x as Foo) ?? y"],
    ["`is` a class as a conditional's test", S.conditional(S.typetest("is", S.name("x"), "Foo"), S.name("a"), S.name("b")), "x is Foo ? a : b"],
    ["`is` a keyword type as a conditional's test", S.conditional(S.typetest("is", S.name("x"), "int"), S.name("a"), S.name("b")), "(x is int) ? a : b"],
    ["`as` assigned", S.assign("=", S.name("y"), S.typetest("as", S.name("x"), "Foo")), "y = x as Foo"],
    ["a conditional in a conditional's test", S.conditional(S.conditional(S.name("a"), S.name("b"), S.name("c")), S.name("d"), S.name("e")), "(a ? b : c) ? d : e"],
    ["a conditional in a branch", S.conditional(S.name("a"), S.name("b"), S.conditional(S.name("c"), S.name("d"), S.name("e"))), "a ? b : c ? d : e"],
    ["an assignment as a collection item", S.init("Foo", [{ value: S.assign("=", S.name("x"), S.lit("1")) }]), "new Foo { (x = 1) }"],
    ["an assignment as a member's value", S.init("Foo", [{ name: "X", value: S.assign("=", S.name("x"), S.lit("1")) }]), "new Foo { X = x = 1 }"],
    ["a lambda as an operand", S.binary("??", S.name("f"), S.lambda("x", S.name("x"))), "f ?? (x => x)"],
    ["a lambda called", S.call(S.lambda("()", S.lit("1")), []), "(() => 1)()"],
    ["a conditional as a lambda's body", S.lambda("x", S.conditional(S.name("x"), S.lit("1"), S.lit("2"))), "x => x ? 1 : 2"],
    // session 11 (dropParens retired): `x is T` ending the expression needs no group; before `||` it does
    ["`is` on the right of ||", S.binary("||", S.name("a"), S.typetest("is", S.name("x"), "Foo")), "a || x is Foo"],
    ["`is` on the right of || before ||", S.binary("||", S.binary("||", S.name("a"), S.typetest("is", S.name("x"), "Foo")), S.name("b")), "a || (x is Foo) || b"],
    // C# reads `f(a < b, c > (d))` as a call of the generic a<b, c> (spec §7.6.4.2)
    ["a comparison before a `>` of a group in a call", S.call(S.name("f"), [S.binary("<", S.name("a"), S.name("b")), S.binary(">", S.name("c"), S.conditional(S.name("d"), S.name("e"), S.name("x")))]), "f((a < b), c > (d ? e : x))"],
    ["a comparison before a `>` of a cast in a collection", S.init("Foo", [{ value: S.binary("<", S.name("a"), S.name("b")) }, { value: S.binary(">", S.name("c"), S.cast("Foo", S.name("d"))) }]), "new Foo { (a < b), c > (Foo)d }"],
    // mcs reads `f(a < b, c > d)` (and `c > 0.5`, `c > -1`) as type arguments as well, whatever follows the `>` (C68)
    ["a comparison before a `>` of a name", S.call(S.name("f"), [S.binary("<", S.name("a"), S.name("b")), S.binary(">", S.name("c"), S.name("d"))]), "f((a < b), c > d)"],
    ["a comparison before a `>=` needs no group", S.call(S.name("f"), [S.binary("<", S.name("a"), S.name("b")), S.binary(">=", S.name("c"), S.name("d"))]), "f(a < b, c >= d)"],
    ["`is` on the right of || in a call's argument", S.call(S.name("f"), [S.binary("||", S.name("a"), S.typetest("is", S.name("x"), "Foo"))]), "f(a || x is Foo)"],
  ];
  for (const [what, t, text] of cases) {
    it(`${what}: ${text}`, () => {
      expect(printExpr(t)).toBe(text);
      expect(norm(read(text).tree)).toEqual(norm(t));
    });
  }
});

// Script classes extending Error (issue 13 item 6) become C# classes deriving from Exception.
// `message` is Exception.Message (set by the base constructor: `super()` passes "", as JS's
// `new Error()` has the empty message); `name` is one string field on the root class, "Error" until
// the script assigns it (`name = "MyErr"` or `this.name = ...`), as JS's Error.prototype.name.
import { Node, SyntaxKind, ts, type ClassDeclaration, type PropertyAccessExpression } from "ts-morph";
import { T, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { built, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";

/** The class's `extends` names the global Error (not a script class). */
export function extendsLibError(cls: ClassDeclaration): boolean {
  const ext = cls.getExtends();
  if (!ext) return false;
  const e = ext.getExpression();
  if (!Node.isIdentifier(e) || e.getText() !== "Error") return false;
  const d = e.getSymbol()?.getDeclarations()[0];
  return !d || d.getSourceFile().isDeclarationFile();
}

/** The class derives, directly or through script classes, from Error. */
export function isErrorClass(cls: ClassDeclaration): boolean {
  for (let c: ClassDeclaration | undefined = cls; c; c = c.getBaseClass()) if (extendsLibError(c)) return true;
  return false;
}

/** The script Error class a C# type names, if any. */
export function errorClassOf(t: CsType, node: Node, ctx: EmitContext): ClassDeclaration | undefined {
  const isThis = node.getKind() === SyntaxKind.ThisKeyword;
  if (t.k !== "ref" && !isThis) return undefined;
  if (!anyClassExtends(ctx)) return undefined;
  // `this` has the polymorphic this-type (a type parameter): its class is the enclosing one.
  const d =
    isThis
      ? node.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)
      : node.getType().getNonNullableType().getSymbol()?.getDeclarations()[0];
  return d && Node.isClassDeclaration(d) && (isThis || (t.k === "ref" && d.getName() === t.name)) && isErrorClass(d) ? d : undefined;
}

const extendsIn = new WeakMap<ts.SourceFile, boolean>();
const extendsInCompile = new WeakMap<EmitContext, boolean>();

/**
 * Does a class of the program outside the lib (which declares none) have an `extends` clause? Without
 * one no class extends Error, directly or through other classes, and no receiver is an Error class (asked of every member
 * read: its type and the classes' base types were 1.5% of a rebuild). Once per compile, each file once.
 */
function anyClassExtends(ctx: EmitContext): boolean {
  let any = extendsInCompile.get(ctx);
  if (any === undefined) {
    const program = ctx.project.getProgram().compilerObject;
    const visit = (n: ts.Node): boolean => ((ts.isClassDeclaration(n) || ts.isClassExpression(n)) && !!n.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) || !!ts.forEachChild(n, visit);
    any = program.getSourceFiles().some((sf) => {
      if (program.isSourceFileDefaultLibrary(sf)) return false;
      let e = extendsIn.get(sf);
      if (e === undefined) extendsIn.set(sf, (e = /\bextends\b/.test(sf.text) && visit(sf)));
      return e;
    });
    extendsInCompile.set(ctx, any);
  }
  return any;
}

/** Members the root Error class declares for JS's inherited `name`. */
export function errorRootMembers(cls: ClassDeclaration): string[] {
  return extendsLibError(cls) ? ['public string name = "Error";'] : [];
}

/** A field `name`/`message`/`stack` of an Error class: `name` assigns the root's one field; the others are Error's own. */
export function errorClassField(cls: ClassDeclaration, fieldName: string, site: Node, ctx: EmitContext): "assign" | undefined {
  if (!isErrorClass(cls)) return undefined;
  if (fieldName === "name") return "assign";
  if (fieldName === "message" || fieldName === "stack" || fieldName === "cause") ctx.fail(site, "UnsupportedSyntax", `redeclaring Error's '${fieldName}' (pass the message to super(...))`);
  return undefined;
}

/**
 * The implicit constructor of an Error class without one in its chain: JS forwards `new X(msg)` to
 * Error(msg). C#: (string message = "") : base(message).
 */
export function errorForwardingCtor(cls: ClassDeclaration): { params: string; baseCall: string } | undefined {
  if (!isErrorClass(cls) || cls.getConstructors().length) return undefined;
  for (let b = cls.getBaseClass(); b; b = b.getBaseClass()) if (b.getConstructors().length) return undefined;
  return { params: 'string message = ""', baseCall: " : base(message)" };
}

/** `super()` of a class extending Error: JS's message is "" (C#'s Exception() has its own text). */
export function errorSuperArgs(cls: ClassDeclaration, args: string[], call: Node, ctx: EmitContext): string[] {
  if (!extendsLibError(cls)) return args;
  if (args.length > 1) ctx.fail(call, "UnsupportedSyntax", "Error options (super(message, { cause }))");
  return args.length ? args : ['""'];
}

/** `e.message` / `e.name` on a script Error class (its own fields are ordinary members). */
export function emitErrorMember(pa: PropertyAccessExpression, recv: Emitted, q: string, ctx: EmitContext): Emitted | undefined {
  const cls = errorClassOf(recv.type.k === "nullable" ? recv.type.inner : recv.type, pa.getExpression(), ctx);
  if (!cls) return undefined;
  const name = pa.getName();
  const d = pa.getNameNode().getSymbol()?.getDeclarations()[0];
  const inherited = !d || d.getSourceFile().isDeclarationFile();
  if (name === "message" && inherited) {
    const p = pa.getParent();
    if (p && Node.isBinaryExpression(p) && p.getLeft() === pa && p.getOperatorToken().getKind() >= SyntaxKind.FirstAssignment && p.getOperatorToken().getKind() <= SyntaxKind.LastAssignment)
      ctx.fail(pa, "UnsupportedSyntax", "assigning an Error's message (C#'s is read-only: pass it to super(...))");
    return built(X.member(nodeOf(recv), "Message", q === "?."), T.string);
  }
  if (name === "name") return built(X.member(nodeOf(recv), "name", q === "?."), T.string);
  if (inherited) return errorMemberFail(pa.getNameNode(), name, ctx);
  return undefined;
}

/** `e.name`, `e.stack`, `e.cause` ... of an Error: what JS gives there and C# has not, and what to read instead. */
export function errorMemberFail(at: Node, name: string, ctx: EmitContext): never {
  if (name === "name") return ctx.fail(at, "UnsupportedForm", "'name' of an Error that is not one of the script's Error classes", "JS gives 'TypeError', 'RangeError'... for what the runtime throws, which C#'s exceptions do not name alike", "Test your own Error subclasses with instanceof (a subclass may set name = \"...\" and read it), or print e.message.");
  if (name === "stack") return ctx.fail(at, "UnsupportedForm", "an Error's 'stack'", "JS's stack trace text (file names, lines of the JS engine) has no C# equivalent", "Print e.message, and say in it where the error arose.");
  return ctx.fail(at, "UnsupportedMember", `Error.${name}`);
}

// Declarations: classes, interfaces, enums, top-level functions and variables.
// Everything a script declares becomes a member of `partial class Program` (types nested in it),
// which is how the game and MDK2's packer see a script.
import { checkDefiniteField } from "./definite-fields.ts";
import { derivedClasses } from "./hierarchy.ts";
import {
  Node,
  SyntaxKind,
  type ClassDeclaration,
  type ConstructorDeclaration,
  type EnumDeclaration,
  type FunctionDeclaration,
  type InterfaceDeclaration,
  type MethodDeclaration,
  type ParameterDeclaration,
  type PropertyDeclaration,
  type SetAccessorDeclaration,
  type SourceFile,
  type VariableStatement,
  ts,
} from "ts-morph";
import { errorClassField, errorForwardingCtor, errorRootMembers, errorSuperArgs } from "./error-classes.ts";
import { hasFlagsTag, isApiNode } from "./api.ts";
import { T, cs, describe, isIntLike, isValueType, type CsType } from "./cstype.ts";
import { Reported, Writer, type EmitContext } from "./context.ts";
import { baseChainTypeArgs, baseStep, convertTo, declOf, declType, emitExpr, localName, substitute, typeOfNode, tsTypeOf, typeOrReport } from "./expressions.ts";
import { optionalType, withMissingDefault } from "./undefined.ts";
import { checkImplementedPropertyType, emitLiteralClass } from "./object-literals.ts";
import { isPattern, patternParamName, patternPrologue } from "./destructuring.ts";
import { emitStringEnum, isStringEnum } from "./string-enums.ts";
import { isSymbolIteratorMethod, iteratorMethodName } from "./iterable-classes.ts";
import { functionBody, localType } from "./statements.ts";
import { convertedOf } from "./tree/bridge.ts";
import { methodOverloads, wrapIn } from "./raw-nodes.ts";
import * as X from "./tree/syntax.ts";
import { emitGeneratorBody } from "./generators.ts";
import { CSHARP_NAMES, ident } from "./names.ts";
import { checkTopLevelClashes, topLevelDeclarers } from "./top-level-names.ts";
import { changedStateRead, deadZoneRead, fieldReadBeforeInit, moduleStateWrite } from "./statics.ts";
import { fromTsType } from "./typing.ts";

/** Where a declaration goes: Program's own body, or a nested type. */
export interface FileOutput {
  /** Members of `partial class Program` (Program's own members, static functions, nested types). */
  members: Writer;
  /** True when this file declares `class Program extends MyGridProgram`. */
  hasProgram: boolean;
}

function guard(ctx: EmitContext, f: () => void): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof Reported)) throw err;
  }
}

export function emitSourceFile(sf: SourceFile, ctx: EmitContext): FileOutput {
  const out: FileOutput = { members: new Writer(), hasProgram: false };
  const w = out.members;
  checkTopLevelClashes(sf, ctx);
  let first = true;
  const sep = () => {
    if (!first) w.line();
    first = false;
  };
  for (const st of sf.getStatements()) {
    guard(ctx, () => {
      if (Node.isImportDeclaration(st)) return checkImport(st, ctx);
      if (Node.isExportDeclaration(st)) {
        if (st.getModuleSpecifierValue()) ctx.fail(st, "UnsupportedSyntax", "re-exports");
        return;
      }
      if (Node.isInterfaceDeclaration(st)) return (sep(), w.mark(st), emitInterface(st, w, ctx));
      if (Node.isEnumDeclaration(st)) return (sep(), w.mark(st), emitEnum(st, w, ctx));
      if (Node.isClassDeclaration(st)) {
        sep();
        w.mark(st);
        if (st.getName() === "Program") {
          out.hasProgram = true;
          return emitProgramClass(st, w, ctx);
        }
        return emitClass(st, w, ctx);
      }
      if (Node.isFunctionDeclaration(st)) return (sep(), w.mark(st), emitFunction(st, w, ctx));
      if (Node.isVariableStatement(st)) return (sep(), w.mark(st), emitTopLevelVariables(st, w, ctx));
      // A type alias names a type the C# spells out where it is used: nothing to emit.
      if (Node.isTypeAliasDeclaration(st)) {
        return void typeOfNode(st.getTypeNodeOrThrow(), ctx);
      }
      if (Node.isModuleDeclaration(st)) return ctx.fail(st, "UnsupportedSyntax", "a namespace");
      if (st.getKind() === SyntaxKind.EmptyStatement) return;
      ctx.fail(st, "TopLevelStatement");
    });
  }
  return out;
}

function checkImport(st: Node & { getModuleSpecifierValue(): string }, ctx: EmitContext): void {
  const spec = st.getModuleSpecifierValue();
  if (spec === "pbts/se" || spec.startsWith("pbts/mixins/") || spec.startsWith("./") || spec.startsWith("../")) return;
  ctx.fail(st, "ImportSource", spec);
}

function checkName(node: Node & { getName(): string | undefined }, ctx: EmitContext): string {
  const name = node.getName() ?? ctx.fail(node, "UnsupportedSyntax", "an anonymous declaration");
  if (CSHARP_NAMES.has(name)) ctx.fail(node, "NameClash", name);
  // C169: `interface P {...} interface P {...}`, two `enum M`, an interface beside its class: TypeScript merges them
  // into one type, C# would get two (mcs CS0102)
  const merged = (node.getSymbol()?.getDeclarations() ?? []).filter((d) => Node.isClassDeclaration(d) || Node.isInterfaceDeclaration(d) || Node.isEnumDeclaration(d));
  if (merged.length > 1 && merged[0] !== node)
    ctx.fail(node, "UnsupportedForm", `a second declaration of '${name}' (line ${merged[0].getStartLineNumber()} declares it too)`, "TypeScript merges the declarations into one type, C# has one declaration per type", "Declare all its members in one declaration (a class's methods in the class itself).");
  return name;
}

/** A member named like a C# type the emitted code uses would capture it inside the class (`Js.Str`, `Math.Floor`). */
function checkMemberName(m: Node & { getName(): string }, ctx: EmitContext): void {
  if (CSHARP_NAMES.has(m.getName())) ctx.fail(m, "NameClash", m.getName());
  // Top-level functions and variables are Program's static members, and its classes, enums and interfaces
  // Program's nested types: a Program member of the same name would be a second member with that name
  // (mcs CS0102 beside a type, C75; or an overload C# resolves differently from JS).
  const cls = m.getFirstAncestorByKind(SyntaxKind.ClassDeclaration);
  if (cls?.getName() === "Program" && topLevelDeclarers(ctx).has(m.getName())) ctx.fail(m, "NameClash", m.getName());
  // C# reserves a class's own name for its constructors (mcs CS0542).
  if (cls && cls.getName() === m.getName()) ctx.fail(m, "NameClash", m.getName());
}

function typeParams(node: Node & { getTypeParameters(): any[] }, ctx: EmitContext): { list: string; where: string } {
  const tps = node.getTypeParameters();
  if (!tps.length) return { list: "", where: "" };
  const where: string[] = [];
  // C147: `class Box<T> { map<T>(...) }`: type arguments are put in by name, so the call took the receiver's T for the method's.
  const owner = Node.isMethodDeclaration(node) || Node.isMethodSignature(node) ? node.getParent() : undefined;
  const outer = new Set<string>(owner && (Node.isClassDeclaration(owner) || Node.isInterfaceDeclaration(owner)) ? owner.getTypeParameters().map((tp) => tp.getName()) : []);
  for (const tp of tps)
    if (outer.has(tp.getName()))
      ctx.fail(tp, "UnsupportedForm", `a type parameter of the method '${(node as any).getName()}' named like one of its ${Node.isInterfaceDeclaration(owner!) ? "interface" : "class"}'s ('${tp.getName()}' of '${(owner as any).getName()}')`, "in the method the name means the method's own type parameter, which pbts would give the receiver's type argument", `Rename the method's type parameter: ${(node as any).getName()}<${tp.getName()}2>(...).`);
  for (const tp of tps) {
    const c = tp.getConstraint();
    const ct = c && typeOfNode(c, ctx);
    // C173: `T extends Dir` (or number, string, a function type): C# constrains only to an interface, a class that is not
    // sealed or another type parameter (mcs CS0701/CS0702)
    if (c && ct && (isValueType(ct) || ct.k === "string" || ct.k === "func" || ct.k === "object" || ct.k === "nullable"))
      ctx.fail(c, "UnsupportedForm", `the constraint '${tp.getName()} extends ${c.getText()}'`, "a C# constraint names an interface, a class that is not sealed or another type parameter, never a number, enum, string or function type", ct.k === "object" ? `Drop the constraint: <${tp.getName()}>.` : `Take a '${c.getText()}' in place of the type parameter: (x: ${c.getText()}).`);
    if (c && ct) where.push(` where ${ident(tp.getName())} : ${cs(ct)}`);
    if (tp.getDefault()) ctx.fail(tp, "UnsupportedSyntax", "a default type argument");
  }
  return { list: `<${tps.map((t: any) => ident(t.getName())).join(", ")}>`, where: where.join("") };
}

function accessibility(node: Node): string {
  const mods = (node as any).getModifiers?.() ?? [];
  for (const m of mods) {
    const k = m.getKind();
    if (k === SyntaxKind.PrivateKeyword) return "private";
    if (k === SyntaxKind.ProtectedKeyword) return "protected";
  }
  if ((node as any).getNameNode?.()?.getKind?.() === SyntaxKind.PrivateIdentifier) return "private";
  return "public";
}

function isStatic(node: Node): boolean {
  return !!(node as any).isStatic?.();
}

// ---- parameters ----

function isConstantDefault(e: Node): boolean {
  if (Node.isNumericLiteral(e) || Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e)) return true;
  const k = e.getKind();
  if (k === SyntaxKind.TrueKeyword || k === SyntaxKind.FalseKeyword || k === SyntaxKind.NullKeyword) return true;
  if (Node.isPrefixUnaryExpression(e) && e.getOperatorToken() === SyntaxKind.MinusToken) return Node.isNumericLiteral(e.getOperand()) || isLibConstant(e.getOperand());
  if (Node.isPropertyAccessExpression(e)) {
    const d = declOf(e.getExpression());
    if (d && Node.isEnumDeclaration(d)) return true;
  }
  return isLibConstant(e);
}

/** `Infinity`, `NaN`, `Math.PI`, `Math.SQRT2`... (JS's own, not a script's names): C# constants (double.PositiveInfinity, a literal...). */
function isLibConstant(e: Node): boolean {
  const text = Node.isIdentifier(e) || Node.isPropertyAccessExpression(e) ? e.getText() : "";
  if (!["Infinity", "NaN", "Math.PI", "Math.E", "Math.SQRT2", "Math.SQRT1_2", "Math.LN2", "Math.LN10", "Math.LOG2E", "Math.LOG10E"].includes(text)) return false;
  const d = declOf(Node.isPropertyAccessExpression(e) ? e.getExpression() : e);
  return !d || d.getSourceFile().isDeclarationFile();
}

/** `bound`: a base constructor's parameters forwarded by a subclass, its type parameters bound as `extends` binds them. */
export function emitParameters(params: ParameterDeclaration[], ctx: EmitContext, patterns = false, bound?: Map<string, CsType>): string {
  return params
    .map((p) => {
      // `f({ a, b }: P)`: a temporary parameter, bound at the start of the body (destructuring.ts).
      const pattern = patterns && isPattern(p.getNameNode()) && !p.isRestParameter() && !p.hasQuestionToken() && !p.getInitializer();
      if (!Node.isIdentifier(p.getNameNode()) && !pattern) ctx.fail(p, "Destructuring");
      // `...xs: T[]` is a List<T> parameter; calls pack their trailing arguments (rest-params.ts).
      const init = p.getInitializer();
      const declared = p.getTypeNode() ? typeOfNode(p.getTypeNode()!, ctx) : typeOrReport(p, ctx, () => fromTsType(p.getType(), ctx));
      // `x?: T`: a left-out argument is undefined, C#'s null (compiler/emit/undefined.ts).
      const opt = optionalType(p, declared, ctx);
      const t = bound ? substitute(opt ?? declared, bound) : opt ?? declared;
      if (!bound) ctx.declTypes.set(p, t);
      let text = `${cs(t)} ${pattern ? patternParamName(p, ctx) : localName(p)}${opt ? " = null" : ""}`;
      // C170: `f(a = "d", ...xs)`: the rest parameter is a required C# List, which no optional parameter may precede (mcs CS1737)
      if ((init || opt) && params.some((q) => q.isRestParameter()))
        ctx.fail(p, "UnsupportedForm", `an optional parameter ('${p.getName()}') before a rest parameter`, "the rest parameter is a C# List every call passes, and C# lets no optional parameter precede a required one", "Give it no default and pass it in every call, or take an array parameter in place of the rest parameter.");
      if (init) {
        if (!isConstantDefault(init)) ctx.fail(init, "NonConstantDefault", p.getName());
        const e = emitExpr(init, ctx, t);
        text += ` = ${convertTo(e, t, init, ctx)}`;
      }
      return text;
    })
    .join(", ");
}

function returnType(fn: MethodDeclaration | FunctionDeclaration | Node, ctx: EmitContext): CsType {
  const rt = (fn as any).getReturnTypeNode?.();
  if (rt) return typeOfNode(rt, ctx);
  return typeOrReport(fn, ctx, () => fromTsType((fn as any).getReturnType(), ctx));
}

// ---- enums and interfaces ----

function emitEnum(en: EnumDeclaration, w: Writer, ctx: EmitContext): void {
  const name = checkName(en, ctx);
  if (isStringEnum(en)) return emitStringEnum(en, name, w, ctx);
  const flags = hasFlagsTag(en);
  if (flags) w.line("[Flags]");
  w.block(`public enum ${ident(name)}`, () => {
    const members = en.getMembers();
    members.forEach((m, i) => {
      const init = m.getInitializer();
      let value = "";
      const v = m.getValue();
      if (init) {
        if (typeof v !== "number" || !Number.isInteger(v)) ctx.report(m, "EnumValue", m.getName());
        value = ` = ${v}`;
      }
      // C149: a C# enum's members are ints (mcs CS0031 "cannot be converted to a 'int'", CS0543 for one counted past it).
      if (typeof v === "number" && Number.isInteger(v) && (v > 2147483647 || v < -2147483648))
        ctx.report(m, "UnsupportedForm", `enum member '${m.getName()}' = ${v}${init ? "" : " (counted on from the member before)"}`, "a C# enum's members are ints (-2147483648 to 2147483647)", "Keep the values in int's range (a flag in bit 31 is 1 << 31, which JS makes -2147483648, as C# does), or declare the values as numbers: a class of constants, static readonly ALL = 4294967295.");
      // C165: `A = -0` (or `0 * -1`): JS's member is -0 (1 / E.A is -Infinity), a C# enum's 0 is +0.
      if (Object.is(v, -0)) ctx.report(m, "UnsupportedForm", `enum member '${m.getName()}' = -0`, "a C# enum's members are ints, which have no negative zero (JS keeps it: 1 / E.A is -Infinity)", "Write 0.");
      w.line(`${ident(m.getName())}${value}${i < members.length - 1 ? "," : ""}`);
    });
  });
}

function emitInterface(it: InterfaceDeclaration, w: Writer, ctx: EmitContext): void {
  const name = checkName(it, ctx);
  const tp = typeParams(it, ctx);
  const bases = it.getExtends().map((e) => cs(typeOfNode(e as any, ctx)));
  w.block(`public interface ${ident(name)}${tp.list}${bases.length ? ` : ${bases.join(", ")}` : ""}${tp.where}`, () => {
    for (const m of it.getMembers()) {
      guard(ctx, () => {
        if (Node.isPropertySignature(m)) {
          const t = declType(m, ctx);
          w.line(`${cs(t)} ${ident(m.getName())} { get;${m.isReadonly() ? "" : " set;"} }`);
        } else if (Node.isMethodSignature(m)) {
          if (m.hasQuestionToken()) ctx.fail(m, "UnsupportedSyntax", "an optional interface method (a C# class must implement every method; declare it and give classes an empty body)");
          const mtp = typeParams(m, ctx);
          w.line(`${cs(returnType(m, ctx))} ${ident(m.getName())}${mtp.list}(${emitParameters(m.getParameters(), ctx)})${mtp.where};`);
        } else ctx.fail(m, "UnsupportedSyntax", `'${m.getKindName()}' in an interface`);
      });
    }
  });
  guard(ctx, () => emitLiteralClass(it, tp, w, ctx));
}

// ---- classes ----

/** Names of the `kind` members of every interface a class implements (its bases' included). */
function interfaceMemberNames(cls: ClassDeclaration, kind: "properties" | "writable properties" | "methods"): Set<string> {
  const names = new Set<string>();
  const visit = (it: InterfaceDeclaration) => {
    if (kind === "methods") for (const m of it.getMethods()) names.add(m.getName());
    else for (const p of it.getProperties()) if (kind === "properties" || !p.isReadonly()) names.add(p.getName());
    for (const b of it.getBaseDeclarations()) if (Node.isInterfaceDeclaration(b)) visit(b);
  };
  for (let c: ClassDeclaration | undefined = cls; c; c = c.getBaseClass()) {
    for (const impl of c.getImplements()) {
      const d = declOf(impl.getExpression());
      if (d && Node.isInterfaceDeclaration(d)) visit(d);
    }
  }
  return names;
}

/** Interface properties a class implements (its fields must become C# properties); `writableOnly`: those with a setter. */
const interfaceProperties = (cls: ClassDeclaration, writableOnly = false) => interfaceMemberNames(cls, writableOnly ? "writable properties" : "properties");

/**
 * Also the interface properties a subclass implements with a member it inherits from `cls`
 * (`class Cm extends Cl implements Shape {}`): C# finds the implementation in the base, so the
 * base's field or accessor must already be the interface's property (else CS0535).
 */
function interfacePropertiesBelow(cls: ClassDeclaration, ctx: EmitContext, writableOnly = false): Set<string> {
  const names = new Set(interfaceProperties(cls, writableOnly));
  for (const d of derivedClasses(cls, ctx)) for (const n of interfaceProperties(d, writableOnly)) names.add(n);
  return names;
}

/** Interface methods a class implements (a field cannot implement them in C#). */
const interfaceMethods = (cls: ClassDeclaration) => interfaceMemberNames(cls, "methods");

/** The nearest base-class member named `name`, with the base's type parameters bound as `extends` binds them. */
function baseMember(cls: ClassDeclaration, name: string, ctx: EmitContext): { decl: Node; map: Map<string, CsType> } | undefined {
  let map = new Map<string, CsType>();
  for (let c: ClassDeclaration = cls; ; ) {
    const step = baseStep(c, map, ctx);
    if (!step) return undefined;
    const b = step.base;
    map = step.map;
    const m =
      b.getMembers().find((x) => (x as any).getName?.() === name && !Node.isConstructorDeclaration(x) && !isStatic(x)) ??
      b.getConstructors()[0]?.getParameters().find((p) => p.isParameterProperty() && p.getName() === name);
    if (m) return { decl: m, map };
    c = b;
  }
}

/** A method's TS signature as written, `(x: number = 7): string` (cc-adv15: the message showed C#'s Func<double?, string>). */
function signatureOf(d: Node, t: CsType): string {
  if (!Node.isMethodDeclaration(d) && !Node.isMethodSignature(d)) return describe(t);
  const ret = d.getReturnTypeNode()?.getText();
  return `(${d.getParameters().map((p) => p.getText()).join(", ")})${ret ? `: ${ret}` : ""}`;
}

/** `x: number = 7` against `x?: number` (or back): one is a number, the other a number that may be missing. */
function optionalHint(m: Node, base: Node): string {
  if (!Node.isMethodDeclaration(m) || !(Node.isMethodDeclaration(base) || Node.isMethodSignature(base))) return "";
  const theirs = base.getParameters();
  const p = m.getParameters().find((x, i) => theirs[i] && !!x.getInitializer() && theirs[i].hasQuestionToken());
  if (p) return `; declare it optional as there, '${p.getName()}?: ${p.getTypeNode()?.getText() ?? "..."}', and default it in the body: ${p.getName()} ?? ${p.getInitializer()!.getText()}`;
  return "";
}

/** C# overrides must repeat the base signature exactly; JS lets a subclass add parameters or narrow the return type. */
function checkOverrideSignature(cls: ClassDeclaration, m: Node & { getName(): string }, ctx: EmitContext): void {
  if (isStatic(m)) return;
  const base = baseMember(cls, m.getName(), ctx);
  if (!base) return;
  const mine = declType(m, ctx);
  const theirs = substitute(declType(base.decl, ctx), base.map);
  const owner = (base.decl.getParent() as ClassDeclaration).getName();
  if (Node.isPropertyDeclaration(base.decl) !== Node.isPropertyDeclaration(m)) return;
  if (cs(mine) !== cs(theirs))
    ctx.fail(m, "UnsupportedSyntax", `an override of '${owner}.${m.getName()}' with other parameters or another type ('${signatureOf(m, mine)}' vs '${signatureOf(base.decl, theirs)}'; C# overrides must match the base exactly${optionalHint(m, base.decl)})`);
  checkOverrideDefaults(m, base.decl, `${owner}.${m.getName()}`, ctx);
}

/** C# binds a left-out argument to the default of the method the call names at compile time; JS to the one of the method that runs. */
function checkOverrideDefaults(m: Node, base: Node, owner: string, ctx: EmitContext): void {
  if (!Node.isMethodDeclaration(m) || !(Node.isMethodDeclaration(base) || Node.isMethodSignature(base))) return;
  const theirs = base.getParameters();
  m.getParameters().forEach((p, i) => {
    const b = theirs[i];
    if (!b || (!b.getInitializer() && !b.hasQuestionToken())) return;
    const text = (x: typeof p) => x.getInitializer()?.getText() ?? (x.hasQuestionToken() ? "?" : "");
    if (text(p) !== text(b)) ctx.fail(p, "OverrideDefault", p.getName(), owner);
  });
}

/** A C# class implements an interface method with exactly its parameters and type; TS lets a method leave out trailing ones. */
function checkInterfaceSignature(cls: ClassDeclaration, m: Node & { getName(): string }, ctx: EmitContext): void {
  if (isStatic(m) || !Node.isMethodDeclaration(m)) return;
  for (const h of cls.getImplements()) {
    const decl = h.getExpression().getSymbol()?.getDeclarations()[0];
    if (!decl || !Node.isInterfaceDeclaration(decl) || isApiNode(decl)) continue;
    const sig = decl.getMethods().find((x) => x.getName() === m.getName());
    if (!sig) continue;
    const ht = typeOfNode(h as any, ctx);
    const map = new Map<string, CsType>();
    decl.getTypeParameters().forEach((tp, i) => ht.k === "ref" && ht.args[i] && map.set(tp.getName(), ht.args[i]));
    const mine = declType(m, ctx);
    const theirs = substitute(declType(sig, ctx), map);
    if (cs(mine) !== cs(theirs))
      ctx.fail(m, "UnsupportedSyntax", `an implementation of '${decl.getName()}.${m.getName()}' with other parameters or another type ('${signatureOf(m, mine)}' vs '${signatureOf(sig, theirs)}'; C# needs the interface's exact signature: declare every parameter, unused ones too${optionalHint(m, sig)})`);
    checkOverrideDefaults(m, sig, `${decl.getName()}.${m.getName()}`, ctx);
  }
}

function baseHasMember(cls: ClassDeclaration, name: string): boolean {
  for (let b = cls.getBaseClass(); b; b = b.getBaseClass()) {
    if (isApiNode(b)) return false;
    if (b.getMembers().some((m) => (m as any).getName?.() === name && !Node.isConstructorDeclaration(m))) return true;
  }
  return false;
}

/** The nearest base class declaring `name` declares a getter for it. */
function baseHasGetter(cls: ClassDeclaration, name: string): boolean {
  for (let b = cls.getBaseClass(); b; b = b.getBaseClass()) {
    if (isApiNode(b)) return false;
    const ms = b.getMembers().filter((m) => (m as any).getName?.() === name && !Node.isConstructorDeclaration(m));
    if (ms.length) return ms.some((m) => !Node.isSetAccessorDeclaration(m));
  }
  return false;
}

/** A read of a set-only accessor (JS: undefined; C#: CS0154); a plain assignment is no read. */
function setterOnlyRead(set: SetAccessorDeclaration): Node | undefined {
  const nameNode = set.getNameNode();
  if (!Node.isIdentifier(nameNode)) return undefined;
  for (const r of nameNode.findReferencesAsNodes()) {
    const pa = r.getParent();
    if (!pa || !Node.isPropertyAccessExpression(pa) || pa.getNameNode() !== r) continue;
    const b = pa.getParent();
    if (b && Node.isBinaryExpression(b) && b.getLeft() === pa && b.getOperatorToken().getKind() === SyntaxKind.EqualsToken) continue;
    return pa;
  }
  return undefined;
}

/** The nearest base class declaring `name` declares a setter for it (or a field: TS forbids a getter over a field). */
function baseHasSetter(cls: ClassDeclaration, name: string): boolean {
  for (let b = cls.getBaseClass(); b; b = b.getBaseClass()) {
    if (isApiNode(b)) return false;
    const ms = b.getMembers().filter((m) => (m as any).getName?.() === name && !Node.isConstructorDeclaration(m));
    if (ms.length) return ms.some((m) => Node.isSetAccessorDeclaration(m));
  }
  return false;
}

function derivedHasMember(cls: ClassDeclaration, name: string, ctx: EmitContext): boolean {
  return derivedClasses(cls, ctx).some((d) => d.getMembers().some((m) => (m as any).getName?.() === name));
}

/** C#'s virtual/override/abstract for a member, from the class hierarchy (TS methods are all virtual). */
function inheritanceModifier(cls: ClassDeclaration, m: Node & { getName(): string }, ctx: EmitContext): string {
  if ((m as any).isAbstract?.()) return baseHasMember(cls, m.getName()) ? "abstract override " : "abstract ";
  if (isStatic(m)) return "static ";
  if (baseHasMember(cls, m.getName())) return "override ";
  if (derivedHasMember(cls, m.getName(), ctx)) return "virtual ";
  return "";
}

function emitClass(cls: ClassDeclaration, w: Writer, ctx: EmitContext): void {
  const name = checkName(cls, ctx);
  const tp = typeParams(cls, ctx);
  if (cls.getDecorators().length) ctx.fail(cls, "UnsupportedSyntax", "decorators");
  const bases: string[] = [];
  const ext = cls.getExtends();
  if (ext) {
    const bt = typeOfNode(ext as any, ctx);
    bases.push(bt.k === "exception" ? "Exception" : cs(bt));
  }
  for (const impl of cls.getImplements()) bases.push(cs(typeOfNode(impl as any, ctx)));
  checkOptionalInterfaceProperties(cls, ctx);
  checkVirtualCallsInConstructor(cls, ctx);
  if (cls.getTypeParameters().length)
    for (const m of cls.getMembers()) if (isStatic(m)) ctx.fail(m, "GenericStatic", (m as any).getName?.() ?? "static block", name);
  const abs = cls.isAbstract() ? "abstract " : "";
  w.block(`public ${abs}class ${ident(name)}${tp.list}${bases.length ? ` : ${bases.join(", ")}` : ""}${tp.where}`, () => {
    for (const l of errorRootMembers(cls)) w.line(l);
    emitClassMembers(cls, w, ctx, false);
  });
}

/**
 * C52: TS lets a class leave out an optional interface property (`label?: string`: JS reads undefined); a C# class
 * must implement every interface member (mcs CS0535).
 */
function checkOptionalInterfaceProperties(cls: ClassDeclaration, ctx: EmitContext): void {
  const own = (n: string) =>
    cls.getMembers().some((m) => (m as any).getName?.() === n && !Node.isConstructorDeclaration(m)) ||
    !!cls.getConstructors()[0]?.getParameters().some((p) => p.isParameterProperty() && p.getName() === n);
  const visit = (it: InterfaceDeclaration) => {
    for (const p of it.getProperties()) {
      if (!p.hasQuestionToken() || own(p.getName()) || baseMember(cls, p.getName(), ctx)) continue;
      // (an optional property of a type parameter's type is PBTS1013 at the interface)
      const tn = p.getTypeNode();
      const tps = new Set(it.getTypeParameters().map((tp) => tp.getName()));
      if (!tn || [tn, ...tn.getDescendants()].some((d) => Node.isIdentifier(d) && tps.has(d.getText()))) continue;
      ctx.report(cls, "UnsupportedForm", `a class leaving out the optional property '${p.getName()}' of '${it.getName()}'`, "JS reads undefined from it, while a C# class must declare every member of its interfaces", `Declare it in '${cls.getName()}': ${p.getName()}?: ${tn.getText()};`);
    }
    for (const b of it.getBaseDeclarations()) if (Node.isInterfaceDeclaration(b)) visit(b);
  };
  for (const impl of cls.getImplements()) {
    const d = declOf(impl.getExpression());
    if (d && Node.isInterfaceDeclaration(d) && !isApiNode(d)) visit(d);
  }
}

/** A subclass redeclares field `name` (it then assigns the base's field, which cannot be readonly). */
function redeclaredBelow(cls: ClassDeclaration, name: string, ctx: EmitContext): boolean {
  return allDerived(cls, ctx).some((d) => d.getProperty(name) || d.getConstructors()[0]?.getParameters().some((p) => p.isParameterProperty() && p.getName() === name));
}

/** All classes deriving from cls, transitively. */
function allDerived(cls: ClassDeclaration, ctx: EmitContext): ClassDeclaration[] {
  return derivedClasses(cls, ctx);
}

/**
 * A base constructor (or field initializer) that calls a method a subclass overrides sees the subclass's
 * fields unset: undefined in JS, zero/null in C#. Rejected (PBTS1051) when a subclass has instance fields.
 * Calls through other methods of the class (this.helper() calling this.m()) are followed.
 */
function checkVirtualCallsInConstructor(cls: ClassDeclaration, ctx: EmitContext): void {
  const derived = allDerived(cls, ctx);
  if (!derived.length) return;
  const hasFields = derived.some(
    (d) => d.getProperties().some((p) => !p.isStatic()) || d.getConstructors().some((c) => c.getParameters().some((p) => p.isParameterProperty())),
  );
  if (!hasFields) return;
  const overridden = (name: string) => derived.some((d) => d.getMembers().some((m) => !isStatic(m) && (m as any).getName?.() === name && !Node.isPropertyDeclaration(m)));
  // An arrow-function field (`onTick = () => this.update()`) runs only when called (C148): its body is scanned where
  // the constructor's code reads the field (`this.onTick()`, or `this.onTick` handed on), not as an initializer.
  const arrowField = (p: Node | undefined) => !!p && Node.isPropertyDeclaration(p) && !p.isStatic() && !!p.getInitializer() && Node.isArrowFunction(p.getInitializer()!);
  const roots: Node[] = [];
  for (const c of cls.getConstructors()) if (c.getBody()) roots.push(c.getBody()!);
  for (const p of cls.getProperties()) if (!p.isStatic() && p.getInitializer() && !arrowField(p)) roots.push(p.getInitializer()!);
  const seen = new Set<Node>();
  const scan = (root: Node): void => {
    if (seen.has(root)) return;
    seen.add(root);
    for (const pa of root.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
      if (pa.getExpression().getKind() !== SyntaxKind.ThisKeyword) continue;
      const name = pa.getName();
      if (overridden(name)) ctx.report(pa, "VirtualCallInConstructor", cls.getName() ?? "", name);
      const d = declOf(pa.getNameNode());
      if (d && (Node.isMethodDeclaration(d) || Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d)) && d.getBody()) scan(d.getBody()!);
      else if (d && arrowField(d)) scan((d as PropertyDeclaration).getInitializer()!);
    }
  };
  for (const r of roots) scan(r);
}

function emitProgramClass(cls: ClassDeclaration, w: Writer, ctx: EmitContext): void {
  const ext = cls.getExtends();
  const baseDecl = ext ? declOf(ext.getExpression()) : undefined;
  if (!ext || !baseDecl || !isApiNode(baseDecl) || ext.getExpression().getText() !== "MyGridProgram") {
    ctx.fail(cls.getNameNode() ?? cls, "ProgramShape", "class Program must extend MyGridProgram");
  }
  if (cls.getTypeParameters().length || cls.getImplements().length) ctx.fail(cls, "ProgramShape", "class Program takes no type parameters or interfaces");
  const main = cls.getMethod("Main");
  if (main) {
    const ps = main.getParameters();
    const types = ps.map((p) => declType(p, ctx));
    if (ps.length > 2 || (types[0] && types[0].k !== "string") || (types[1] && !(types[1].k === "enum" && types[1].name === "UpdateType")))
      ctx.report(main, "ProgramShape", "Main takes (argument: string, updateSource: UpdateType), (argument: string) or ()");
  }
  emitClassMembers(cls, w, ctx, true);
}

/** Field initializers run after the base constructor in JS: they move into the constructor. */
/** A field (or parameter property) standing for a base class's abstract accessor: mcs CS0534, the field was no override. */
const fieldOverAccessor = (name: string) =>
  `a field implementing the abstract accessor '${name}' of a base class (C# overrides a property only with a property: declare get ${name}() { return this._${name}; } here, and a set accessor if the base has one)`;

/** JS keeps static and instance members apart; a C# class has one member namespace (mcs CS0102/CS0111). */
function checkStaticInstanceNames(cls: ClassDeclaration, ctx: EmitContext): void {
  const names = new Map<string, boolean>();
  const params = cls.getConstructors()[0]?.getParameters().filter((p) => p.isParameterProperty()) ?? [];
  for (const m of [...params, ...cls.getMembers()]) {
    if (Node.isConstructorDeclaration(m)) continue;
    const name = (m as any).getName?.() as string | undefined;
    if (!name) continue;
    const st = !Node.isParameterDeclaration(m) && isStatic(m);
    if (names.has(name) && names.get(name) !== st) ctx.report(m, "UnsupportedSyntax", `a static and an instance member both named '${name}' (a C# class has one namespace for both: rename one)`);
    names.set(name, st);
  }
}

function emitClassMembers(cls: ClassDeclaration, w: Writer, ctx: EmitContext, isProgram: boolean): void {
  checkStaticInstanceNames(cls, ctx);
  const ifaceProps = interfacePropertiesBelow(cls, ctx);
  const fieldInits: FieldInits = [];
  // a script base class's constructor runs first and may call an override that writes a field
  const base = cls.getBaseClass();
  fieldInits.busy = !!base && !isApiNode(base);
  const ctor = cls.getConstructors();
  if (ctor.length > 1 || cls.getConstructors().some((c) => c.isOverload())) ctx.report(cls, "Overload");
  const ctorDecl = cls.getConstructors().find((c) => !c.isOverload());
  const ctorOverloads = ctorDecl?.getOverloads() ?? [];
  if (ctorOverloads.length) ctx.report(ctorOverloads[0], "Overload");
  const members = cls.getMembers();
  // Parameter properties first (TS assigns them first, right after super()).
  const paramProps = ctorDecl?.getParameters().filter((p) => p.isParameterProperty()) ?? [];
  for (const p of paramProps) {
    guard(ctx, () => {
      const t = p.getTypeNode() ? typeOfNode(p.getTypeNode()!, ctx) : typeOrReport(p, ctx, () => fromTsType(p.getType(), ctx));
      checkMemberName(p, ctx);
      const ro = p.isReadonly() && !redeclaredBelow(cls, p.getName(), ctx) ? "readonly " : "";
      fieldInits.push(`this.${ident(p.getName())} = ${localName(p)};`);
      // Redeclaring a base field: the one field is the base's (see emitField), Error's name the root's.
      const inh = baseMember(cls, p.getName(), ctx);
      if (inh && (Node.isGetAccessorDeclaration(inh.decl) || Node.isSetAccessorDeclaration(inh.decl))) ctx.fail(p, "UnsupportedSyntax", fieldOverAccessor(p.getName()));
      if (inh || errorClassField(cls, p.getName(), p, ctx)) return;
      if (ifaceProps.has(p.getName())) w.stmt(X.autoProperty(["public"], cs(t), ident(p.getName()), p.isReadonly() ? "get;" : "get; set;"));
      else w.stmt(X.field([accessibility(p), ro.trim()], cs(t), ident(p.getName())));
    });
  }
  for (const m of members) {
    guard(ctx, () => {
      if (Node.isPropertyDeclaration(m)) (w.mark(m), emitField(m, w, ctx, ifaceProps, fieldInits));
    });
  }
  if (ctorDecl || fieldInits.length || needsForwardingCtor(cls) || (!isProgram && errorForwardingCtor(cls))) guard(ctx, () => (w.mark(ctorDecl ?? cls), emitConstructor(cls, ctorDecl, fieldInits, w, ctx, isProgram)));
  const accessors = new Map<string, { get?: Node; set?: Node }>();
  for (const m of members) {
    if (Node.isGetAccessorDeclaration(m) || Node.isSetAccessorDeclaration(m)) {
      const e = accessors.get(m.getName()) ?? {};
      if (Node.isGetAccessorDeclaration(m)) e.get = m;
      else e.set = m;
      accessors.set(m.getName(), e);
    }
  }
  for (const [name, acc] of accessors) guard(ctx, () => (w.mark((acc.get ?? acc.set)!), emitAccessor(cls, name, acc, w, ctx)));
  const methods = members.filter((m) => Node.isMethodDeclaration(m)) as MethodDeclaration[];
  for (const m of methods) guard(ctx, () => (w.mark(m), emitMethod(cls, m, w, ctx, isProgram)));
  for (const m of members) {
    if (Node.isClassStaticBlockDeclaration(m)) ctx.report(m, "StaticBlock", "a static block");
    if (Node.isIndexSignatureDeclaration?.(m)) ctx.report(m, "ObjectType", m.getText());
  }
}

function needsForwardingCtor(cls: ClassDeclaration): boolean {
  const base = cls.getBaseClass();
  if (!base || isApiNode(base)) return false;
  for (let b: ClassDeclaration | undefined = base; b; b = b.getBaseClass()) {
    const c = b.getConstructors()[0];
    if (c) return c.getParameters().length > 0;
  }
  return false;
}

/** The constructor's prologue; `busy` once an entry may have run script code (which can write fields). */
type FieldInits = string[] & { busy?: boolean };

function emitField(m: PropertyDeclaration, w: Writer, ctx: EmitContext, ifaceProps: Set<string>, fieldInits: FieldInits): void {
  if (m.getNameNode().getKind() === SyntaxKind.PrivateIdentifier) ctx.fail(m, "UnsupportedSyntax", "#private fields (use the 'private' keyword)");
  if (m.getNameNode().getKind() === SyntaxKind.ComputedPropertyName) ctx.fail(m, "UnsupportedSyntax", "a computed property name");
  if (m.isAbstract()) ctx.fail(m, "UnsupportedSyntax", "an abstract field (declare an abstract getter)");
  checkMemberName(m, ctx);
  const name = ident(m.getName());
  const init = m.getInitializer();
  let t: CsType;
  if (m.getTypeNode()) t = optionalType(m, typeOfNode(m.getTypeNode()!, ctx), ctx) ?? typeOfNode(m.getTypeNode()!, ctx);
  else if (init && !Node.isArrowFunction(init)) {
    const it = emitExpr(init, ctx).type;
    // A field outlives a run: an unannotated number is a JS number (double), even from an int expression.
    t = isIntLike(it) ? T.double : it.k === "null" ? tsTypeOf(m, ctx) : it;
  } else t = tsTypeOf(m, ctx);
  ctx.declTypes.set(m, t);
  checkDefiniteField(m, t, ctx);
  const st = isStatic(m) ? "static " : "";
  const acc = accessibility(m);
  // A base field the subclass redeclares is assigned from the subclass's constructor: not readonly.
  const ro = m.isReadonly() && !isStatic(m) && !redeclaredBelow(m.getParent() as ClassDeclaration, m.getName(), ctx);
  const isProp = !isStatic(m) && ifaceProps.has(m.getName());
  const cls = m.getParent() as ClassDeclaration;
  const early = fieldReadBeforeInit(m);
  if (early) ctx.fail(init!, "FieldReadBeforeInit", `${isStatic(m) ? `${cls.getName()}.` : ""}${m.getName()}`, isStatic(m) || !Node.isPropertyAccessExpression(early) ? early.getText() : early.getName());
  if (!isStatic(m) && interfaceMethods(cls).has(m.getName()))
    ctx.fail(m, "UnsupportedSyntax", `a field implementing the interface method '${m.getName()}' (C# needs a method: declare ${m.getName()}(...) { ... })`);
  // JS: a subclass redeclaring a base field sets the one property the object has. C# would declare a
  // second field hiding the base's: the subclass assigns the base field instead.
  // Error's `name` is the root Error class's one field (error-classes.ts); the field only sets it.
  if (!isStatic(m) && errorClassField(cls, m.getName(), m, ctx) === "assign") {
    if (t.k !== "string") ctx.fail(m, "UnsupportedSyntax", "an Error name that is not a string");
    ctx.declTypes.set(m, T.string);
    if (init) fieldInits.push(`this.name = ${convertTo(ctx.checkedExpr(() => emitExpr(init, ctx, T.string)), T.string, init, ctx)};`);
    if (init && !inert(init)) fieldInits.busy = true;
    return;
  }
  const inherited = isStatic(m) ? undefined : baseMember(cls, m.getName(), ctx);
  if (inherited) {
    if (Node.isGetAccessorDeclaration(inherited.decl) || Node.isSetAccessorDeclaration(inherited.decl)) ctx.fail(m, "UnsupportedSyntax", fieldOverAccessor(m.getName()));
    if (!Node.isPropertyDeclaration(inherited.decl) && !Node.isParameterDeclaration(inherited.decl)) return;
    const bt = substitute(declType(inherited.decl, ctx), inherited.map);
    if (cs(bt) !== cs(t)) ctx.fail(m, "UnsupportedSyntax", `redeclaring the base field '${m.getName()}' with another type ('${describe(t)}' vs '${describe(bt)}')`);
    ctx.declTypes.set(m, bt);
    if (init) fieldInits.push(`this.${name} = ${convertTo(ctx.checkedExpr(() => emitExpr(init, ctx, bt)), bt, init, ctx)};`);
    if (init && !inert(init)) fieldInits.busy = true;
    return;
  }
  if (isProp) for (const c of [cls, ...derivedClasses(cls, ctx)]) checkImplementedPropertyType(c, m.getName(), t, m, ctx);
  if (isProp) w.stmt(X.autoProperty(["public"], cs(t), name, ro ? "get;" : "get; set;"));
  if (!init) {
    if (!isProp) w.stmt(X.field([acc, st.trim(), ro ? "readonly" : ""], cs(t), name));
    return;
  }
  const e = ctx.checkedExpr(() => emitExpr(init, ctx, t));
  const code = convertTo(e, t, init, ctx);
  if (isStatic(m)) {
    const w0 = moduleStateWrite(init);
    if (w0) ctx.fail(init, "StaticInitOrder", `${cls.getName()}.${m.getName()}`, w0.getText().slice(0, 40));
    const dz = Node.isSourceFile(cls.getParent()) ? deadZoneRead(init, cls.getEnd()) : undefined;
    if (dz) ctx.fail(init, "DeadZoneRead", `${cls.getName()}.${m.getName()}`, dz.getText());
    const cr = changedStateRead(init, cls, ctx);
    if (cr) ctx.fail(init, "StaticInitReadsChanged", `${cls.getName()}.${m.getName()}`, cr.read.getText(), cr.change, m.getName());
    const isConst = ro && (Node.isNumericLiteral(init) || Node.isStringLiteral(init) || init.getKind() === SyntaxKind.TrueKeyword || init.getKind() === SyntaxKind.FalseKeyword);
    w.stmt(X.field([acc, ...(isConst ? ["const"] : ["static", ro ? "readonly" : ""])], cs(t), name, convertedOf(e, code)));
    return;
  }
  if (!isProp) w.stmt(X.field([acc, ro ? "readonly" : ""], cs(t), name));
  if (isDefaultValue(init, t) && (!fieldInits.busy || !writtenOutsideConstructor(cls, m.getName(), ctx))) return;
  fieldInits.push(`this.${name} = ${code};`);
  if (!inert(init)) fieldInits.busy = true;
}

/**
 * An initializer that runs no script code that could write a field of the object being built:
 * literals, parameters, API reads, operators on those, `[]`/`new Map()`/API constructors, and `new C(...)`
 * of a script class whose constructor only assigns its own fields from such expressions.
 */
function inert(n: Node, seen = new Set<Node>()): boolean {
  if (seen.has(n)) return false;
  seen.add(n);
  const k = n.getKind();
  if (Node.isLiteralExpression(n) || Node.isNoSubstitutionTemplateLiteral(n)) return true;
  if (k === SyntaxKind.TrueKeyword || k === SyntaxKind.FalseKeyword || k === SyntaxKind.NullKeyword || k === SyntaxKind.ThisKeyword) return true;
  if (Node.isIdentifier(n)) {
    const d = declOf(n);
    return !!d && (Node.isParameterDeclaration(d) || isApiNode(d) || Node.isEnumMember(d) || Node.isEnumDeclaration(d));
  }
  if (Node.isParenthesizedExpression(n) || Node.isAsExpression(n) || Node.isNonNullExpression(n)) return inert(n.getExpression(), seen);
  if (Node.isPrefixUnaryExpression(n)) return (n.getOperatorToken() === SyntaxKind.MinusToken || n.getOperatorToken() === SyntaxKind.ExclamationToken) && inert(n.getOperand(), seen);
  if (Node.isBinaryExpression(n)) {
    const op = n.getOperatorToken().getKind();
    return !(op >= SyntaxKind.FirstAssignment && op <= SyntaxKind.LastAssignment) && inert(n.getLeft(), seen) && inert(n.getRight(), seen);
  }
  if (Node.isConditionalExpression(n)) return inert(n.getCondition(), seen) && inert(n.getWhenTrue(), seen) && inert(n.getWhenFalse(), seen);
  if (Node.isPropertyAccessExpression(n)) {
    const d = declOf(n.getNameNode());
    return !!d && (isApiNode(d) || Node.isEnumMember(d)) && inert(n.getExpression(), seen);
  }
  if (Node.isArrayLiteralExpression(n)) return n.getElements().every((e) => inert(e, seen));
  if (Node.isNewExpression(n)) {
    if (!(n.getArguments() ?? []).every((a) => inert(a, seen))) return false;
    const d = declOf(n.getExpression());
    if (!d) return false;
    if (isApiNode(d)) return true;
    if (!Node.isClassDeclaration(d)) return false;
    for (let c: ClassDeclaration | undefined = d; c; c = c.getBaseClass()) {
      if (isApiNode(c)) break;
      for (const p of c.getProperties()) if (!p.isStatic() && p.getInitializer() && !inert(p.getInitializer()!, seen)) return false;
      for (const ctor of c.getConstructors()) {
        for (const st of ctor.getBody()?.asKind(SyntaxKind.Block)?.getStatements() ?? []) {
          const e = Node.isExpressionStatement(st) ? st.getExpression() : undefined;
          if (!e || !Node.isBinaryExpression(e) || e.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return false;
          const l = e.getLeft();
          if (!Node.isPropertyAccessExpression(l) || l.getExpression().getKind() !== SyntaxKind.ThisKeyword || !inert(e.getRight(), seen)) return false;
        }
      }
    }
    return true;
  }
  return false;
}

/** `0`, `false`, `null`, an enum member of value 0: what a C# field of type `t` holds before any code runs. */
function isDefaultValue(init: Node, t: CsType): boolean {
  // C83: a nullable number, boolean or enum (`v: number | null = 0`) starts as null, not as 0 or false
  if (t.k === "nullable") return init.getKind() === SyntaxKind.NullKeyword;
  if (Node.isNumericLiteral(init)) return init.getLiteralValue() === 0;
  if (Node.isPropertyAccessExpression(init)) {
    const d = declOf(init.getNameNode());
    return !!d && Node.isEnumMember(d) && d.getValue() === 0;
  }
  return init.getKind() === SyntaxKind.FalseKeyword || init.getKind() === SyntaxKind.NullKeyword;
}

const writtenNames = new WeakMap<EmitContext, Map<string, ts.PropertyAccessExpression[]>>();
const writesOfFile = new WeakMap<ts.Node, [string, ts.PropertyAccessExpression[]][]>();

/**
 * A field initialized to its default value needs no assignment in the constructor (issue 15: size)
 * unless some code that can run before it (the base constructor, an earlier initializer's calls)
 * writes the field: then JS's initializer resets it. Conservative, by name: any write of a property
 * of that name anywhere in the program, except `this.F = ...` in this class's own constructor body
 * (which runs after the initializers), keeps the assignment.
 */
function writtenOutsideConstructor(cls: ClassDeclaration, name: string, ctx: EmitContext): boolean {
  let byName = writtenNames.get(ctx);
  if (!byName) {
    // One raw TypeScript walk of the program (pbts/se included: a base constructor there may write a
    // field), not ts-morph's wrapped descendants: that walk was 8% of a cold check (issue 17).
    byName = new Map<string, ts.PropertyAccessExpression[]>();
    const found = new Map<string, ts.PropertyAccessExpression[]>();
    const note = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const list = found.get(n.name.text);
        if (list) list.push(n);
        else found.set(n.name.text, [n]);
      }
      ts.forEachChild(n, note);
    };
    const walk = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n)) {
        const k = n.operatorToken.kind;
        if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) note(n.left);
      } else if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) {
        if (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) note(n.operand);
      } else if (ts.isForOfStatement(n) || ts.isForInStatement(n)) {
        if (!ts.isVariableDeclarationList(n.initializer)) note(n.initializer);
      }
      ts.forEachChild(n, walk);
    };
    for (const sf of ctx.project.getSourceFiles()) {
      // A file's writes, walked once per parsed file: pbts/se stays parsed between compiles (--watch).
      let own = writesOfFile.get(sf.compilerNode);
      if (!own) {
        found.clear();
        walk(sf.compilerNode);
        own = [...found];
        writesOfFile.set(sf.compilerNode, own);
      }
      for (const [k, list] of own) {
        const all = byName.get(k);
        if (all) all.push(...list);
        else byName.set(k, [...list]);
      }
    }
    writtenNames.set(ctx, byName);
  }
  const ctorBody = cls.getConstructors()[0]?.getBody()?.compilerNode;
  const inCtorBody = (t: ts.Node): boolean => {
    for (let a: ts.Node | undefined = t.parent; a; a = a.parent) if (a === ctorBody) return true;
    return false;
  };
  return (byName.get(name) ?? []).some((t) => !(ctorBody && inCtorBody(t) && t.expression.kind === ts.SyntaxKind.ThisKeyword));
}

function emitConstructor(cls: ClassDeclaration, ctor: ConstructorDeclaration | undefined, fieldInits: string[], w: Writer, ctx: EmitContext, isProgram: boolean): void {
  const name = isProgram ? "Program" : ident(cls.getName()!);
  const hasBase = !!cls.getExtends() && !isProgram;
  let params = "";
  let baseCall = "";
  let stmts = ctor?.getBody()?.asKind(SyntaxKind.Block)?.getStatements() ?? [];
  if (ctor) {
    params = emitParameters(ctor.getParameters(), ctx);
    const first = stmts[0];
    const isSuper = first && Node.isExpressionStatement(first) && Node.isCallExpression(first.getExpression()) && first.getExpression().getText().startsWith("super(");
    if (isSuper) {
      stmts = stmts.slice(1);
      const call = (first as any).getExpression();
      const baseCtor = findCtor(cls.getBaseClass());
      if (hasBase) {
        const bound = (baseCtor && baseChainTypeArgs(cls, baseCtor.getParent() as ClassDeclaration, ctx)) || new Map<string, CsType>();
        const args = call.getArguments().map((a: Node, i: number) => {
          const p = baseCtor?.getParameters()[i];
          const pt = p ? substitute(declType(p, ctx), bound) : undefined;
          // (a value that may be undefined, for a parameter with a default: JS applies the default, C152)
          const e = withMissingDefault(a, p, ctx.checkedExpr(() => emitExpr(a, ctx, pt)), pt, ctx);
          return pt ? convertTo(e, pt, a, ctx) : e.code;
        });
        baseCall = ` : base(${errorSuperArgs(cls, args, call, ctx).join(", ")})`;
      }
    } else if (hasBase && cls.getBaseClass() && !isApiNode(cls.getBaseClass()!)) {
      const sup = stmts.find((s) => s.getText().startsWith("super("));
      if (sup) ctx.fail(sup, "UnsupportedSyntax", "statements before super(...) (call super first)");
    }
  } else if (errorForwardingCtor(cls)) {
    ({ params, baseCall } = errorForwardingCtor(cls)!);
  } else if (needsForwardingCtor(cls)) {
    const baseCtor = findCtor(cls.getBaseClass())!;
    // (a generic base's parameters as `extends Box<number>` binds them: 'T v' is no C# type here, C138)
    params = emitParameters(baseCtor.getParameters(), ctx, false, baseChainTypeArgs(cls, baseCtor.getParent() as ClassDeclaration, ctx) ?? new Map());
    baseCall = ` : base(${baseCtor.getParameters().map((p) => localName(p)).join(", ")})`;
  }
  const acc = ctor ? accessibility(ctor) : "public";
  const body = ctor?.getBody();
  const prologue = [...fieldInits];
  // (the constructor's body without the super() call)
  const fake = { getStatements: () => (body && Node.isBlock(body) ? stmts : []) } as any;
  w.stmt(X.method(`${acc} ${name}(${params})${baseCall}`, functionBody(fake, ctx, T.void, false, prologue)));
}

function findCtor(cls: ClassDeclaration | undefined): ConstructorDeclaration | undefined {
  for (let c = cls; c; c = c.getBaseClass()) {
    if (isApiNode(c)) return undefined;
    const k = c.getConstructors()[0];
    if (k) return k;
  }
  return undefined;
}

function emitAccessor(cls: ClassDeclaration, name: string, acc: { get?: Node; set?: Node }, w: Writer, ctx: EmitContext): void {
  const any = (acc.get ?? acc.set)! as any;
  checkMemberName(any, ctx);
  checkOverrideSignature(cls, any, ctx);
  const t = acc.get ? declType(acc.get, ctx) : declType(acc.set!, ctx);
  const mod = inheritanceModifier(cls, any, ctx);
  const st = isStatic(any) ? "static " : "";
  const abstract = any.isAbstract?.();
  const header = `${accessibility(any)} ${mod === "static " ? st : mod}${cs(t)} ${ident(name)}`;
  const accessors: X.Stmt[] = [];
  if (acc.get) {
    const body = (acc.get as any).getBody();
    accessors.push(X.method("get", abstract || !body ? undefined : functionBody(body, ctx, t)));
  }
  if (acc.set && !acc.get && !abstract) {
    const read = baseHasGetter(cls, name) ? acc.set : setterOnlyRead(acc.set as SetAccessorDeclaration);
    if (read) ctx.fail(read, "SetterWithoutGetter", name);
  }
  if (acc.set) {
    const set = acc.set as any;
    const p = set.getParameters()[0];
    ctx.declTypes.set(p, t);
    const body = set.getBody();
    const pro = p.getName() === "value" ? [] : [`${cs(t)} ${localName(p)} = value;`];
    accessors.push(X.method("set", abstract || !body ? undefined : functionBody(body, ctx, T.void, false, pro)));
  } else if (!isStatic(any) && abstract && interfacePropertiesBelow(cls, ctx, true).has(name)) {
    accessors.push(X.method("set"));
  } else if (!isStatic(any) && (interfacePropertiesBelow(cls, ctx, true).has(name) || baseHasSetter(cls, name))) {
    // A getter alone implements a writable interface property in TS; C# needs a setter (CS0535). A
    // getter alone overriding a base's get/set pair replaces both in JS; C# would keep the base's
    // setter. Assigning it throws in JS (class code is strict): the setter throws JS's TypeError message.
    accessors.push(X.line(`set { throw new Exception(${JSON.stringify(`Cannot set property ${name} of #<${cls.getName()}> which has only a getter`)}); }`));
  }
  w.stmt({ k: "property", header, accessors });
}

function emitMethod(cls: ClassDeclaration, m: MethodDeclaration, w: Writer, ctx: EmitContext, isProgram: boolean): void {
  if (m.isOverload() && !m.isAbstract()) ctx.fail(m, "Overload");
  // ts-morph lists only implementations as members: the overload signatures hang off them.
  const ov = m.isAbstract() ? [] : methodOverloads(m.compilerNode);
  if (ov.length) ctx.fail(wrapIn(m, ov[0]), "Overload");
  if (m.isAsync()) ctx.fail(m, "Async", "async");
  const iter = isSymbolIteratorMethod(m);
  if (!iter && m.getNameNode().getKind() === SyntaxKind.ComputedPropertyName) ctx.fail(m, "UnsupportedSyntax", "a computed method name");
  if (!iter) checkMemberName(m, ctx);
  checkOverrideSignature(cls, m, ctx);
  checkInterfaceSignature(cls, m, ctx);
  // `*[Symbol.iterator]()` is C#'s GetEnumerator() (iterable-classes.ts).
  const name = iter ? iteratorMethodName(m, ctx) : m.getName();
  const tp = typeParams(m, ctx);
  const params = emitParameters(m.getParameters(), ctx, !m.isGenerator());
  const ret = returnType(m, ctx);
  const mod = inheritanceModifier(cls, m, ctx);
  const acc = isProgram && (name === "Main" || name === "Save") ? "public" : accessibility(m);
  const sig = `${acc} ${mod}${cs(ret)} ${ident(name)}${tp.list}(${params})${tp.where}`;
  const body = m.getBody();
  if (!body) return w.stmt(X.method(sig));
  w.stmt(X.method(sig, m.isGenerator() ? X.line(emitGeneratorBody(m, body, ctx, ret)) : functionBody(body as any, ctx, ret, false, patternPrologue(m.getParameters(), m.getParameters().map((p) => declType(p, ctx)), ctx))));
}

function emitFunction(fn: FunctionDeclaration, w: Writer, ctx: EmitContext): void {
  const name = checkName(fn, ctx);
  if (fn.isOverload()) ctx.fail(fn, "Overload");
  if (fn.isAsync()) ctx.fail(fn, "Async", "async");
  const tp = typeParams(fn, ctx);
  const params = emitParameters(fn.getParameters(), ctx, !fn.isGenerator());
  const ret = returnType(fn, ctx);
  const header = `public static ${cs(ret)} ${ident(name)}${tp.list}(${params})${tp.where}`;
  const body = fn.getBody();
  if (!body) ctx.fail(fn, "UnsupportedSyntax", "a function without a body");
  w.stmt(X.method(header, fn.isGenerator() ? X.line(emitGeneratorBody(fn, body!, ctx, ret)) : functionBody(body as any, ctx, ret, false, patternPrologue(fn.getParameters(), fn.getParameters().map((p) => declType(p, ctx)), ctx))));
}

function emitTopLevelVariables(st: VariableStatement, w: Writer, ctx: EmitContext): void {
  if (st.getDeclarationKind() === "var") ctx.fail(st, "VarDeclaration");
  const isConst = st.getDeclarationKind() === "const";
  for (const d of st.getDeclarations()) {
    guard(ctx, () => {
      if (!Node.isIdentifier(d.getNameNode())) ctx.fail(d, "Destructuring");
      checkName(d, ctx);
      const init = d.getInitializer();
      if (!init) ctx.fail(d, "UnsupportedSyntax", "a top-level variable without a value");
      const w0 = moduleStateWrite(init!);
      if (w0) ctx.fail(init!, "StaticInitOrder", d.getName(), w0.getText().slice(0, 40));
      const dz = deadZoneRead(init!, d.getStart());
      if (dz) ctx.fail(init!, "DeadZoneRead", d.getName(), dz.getText());
      const t0 = localType(d, ctx);
      const t = isIntLike(t0) && !d.getTypeNode() ? T.double : t0;
      ctx.declTypes.set(d, t);
      const e = ctx.checkedExpr(() => emitExpr(init!, ctx, t));
      const code = convertTo(e, t, init!, ctx);
      const literal = Node.isNumericLiteral(init) || Node.isStringLiteral(init) || init!.getKind() === SyntaxKind.TrueKeyword || init!.getKind() === SyntaxKind.FalseKeyword;
      const mods = isConst && literal && (isValueType(t) || t.k === "string") ? ["public", "const"] : ["public", "static", isConst ? "readonly" : ""];
      w.stmt(X.field(mods, cs(t), ident(d.getName()), convertedOf(e, code)));
    });
  }
}


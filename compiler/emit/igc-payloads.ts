// The payload of an IGC send (`IGC.SendBroadcastMessage<TData>(tag, data)`, `SendUnicastMessage<TData>(to, tag, data)`).
// C# infers TData from the C# expression, and the receiver's `msg.As<T>()` / `msg.Data as T` is an unboxing cast
// that throws unless T is exactly TData. JS has one number, so:
// - C88: a payload the user wrote as a `number` that the compiler prints as a C# int (a whole literal `3`, a local
//   pbts inferred int, `xs.length`, int arithmetic on them) would be boxed as an int, and `msg.As<number>()`
//   (C#'s As<double>) throws where Node reads 3. Such a send is written `SendBroadcastMessage<double>(...)`.
//   An int the user declared (`n: int`, an API int member, `toInt(...)`, `x as int`) stays an int: its
//   receiver reads `As<int>()` (the ping/pong example).
// - C87: a `null` payload gives C# nothing to infer TData from (mcs CS0411): refused with a way out.
// - C97: a payload of a type the game refuses ("Message type X is not allowed!": a script class, an array, a Map,
//   a block, a StringBuilder) is refused here, where both engines would have thrown each its own text.
// - C98: so is an enum (the TS engine sent its number, the C# engine threw; the game refuses all but a few VRageMath
//   enums, which the engines do not carry alike).
import { Node, SyntaxKind, type Expression } from "ts-morph";
import { isApiNode, isApiStruct } from "./api.ts";
import type { EmitContext } from "./context.ts";
import { describe, isIntLike, type CsType } from "./cstype.ts";
import { declOf, peekType, typeOfNode } from "./expressions.ts";
import { ALLOWED_STRUCTS } from "../../sim/igc-payload.ts";

const SENDS = new Set(["SendBroadcastMessage", "SendUnicastMessage"]);

/** The explicit type arguments of an IGC send (`<double>`), or "" when C#'s inference gives what TS means. */
export function igcPayloadTypeArgs(fnDecl: Node, args: Node[], ctx: EmitContext): string {
  const owner = fnDecl.getParent();
  const name = (fnDecl as { getName?(): string }).getName?.();
  if (!isApiNode(fnDecl) || !name || !SENDS.has(name) || !Node.isInterfaceDeclaration(owner) || owner.getName() !== "IMyIntergridCommunicationSystem") return "";
  const params = (fnDecl as unknown as { getParameters(): { getName(): string }[] }).getParameters();
  const data = args[params.findIndex((p) => p.getName() === "data")];
  if (!data) return "";
  if (isNullish(data))
    ctx.fail(data, "UnsupportedSyntax", `a null IGC payload (C# infers the message type from the value, and null has none: mcs CS0411; send a value of the type the receiver reads, e.g. const none: string | null = null; this.IGC.${name}(..., none))`);
  const t = peekType(data as Expression, ctx);
  const e = t && enumIn(t);
  if (e)
    ctx.fail(data, "UnsupportedSyntax", `an IGC payload of enum type '${e}' (the game refuses enums, "Message type ... is not allowed!", but for a few VRageMath ones such as Base6Directions.Direction, which pbts's two engines do not carry alike): send its number, e.g. const n: number = mode, and read it back with toInt(m.As<number>()) as ${e}`);
  else if (t && !allowedPayload(t))
    ctx.fail(data, "UnsupportedSyntax", `an IGC payload of type '${describe(t)}' (the game throws "Message type ... is not allowed!": a message carries numbers, strings, booleans, VRageMath structs such as Vector3D, and MyTuples of them; send the values themselves, e.g. new MyTuple<string, double>(name, amount), or join them into a string)`);
  return t && isIntLike(t) && !declaredInt(data as Expression, ctx) ? "<double>" : "";
}

/** The enum a payload is or holds (in a MyTuple), refused (C98): the game's check takes .NET primitives (an enum is
 *  not one), strings and a list of VRageMath types, among them a few enums (Base6Directions.Direction and .Axis,
 *  ContainmentType...), which the TS engine would send as numbers and the C# engine cannot carry. */
function enumIn(t: CsType): string | undefined {
  if (t.k === "enum") return t.name;
  if (t.k === "nullable") return enumIn(t.inner);
  if (t.k === "ref" && t.name === "MyTuple") for (const a of t.args) { const e = enumIn(a); if (e) return e; }
  return undefined;
}

/** Whether the game lets a message carry a C# value of this type (se-api-facts, "Allowed payload types"); what the
 *  facts do not settle (a nullable struct, an object or a type parameter passed on) is left to the engines. */
function allowedPayload(t: CsType): boolean {
  switch (t.k) {
    case "list":
    case "set":
    case "dict":
    case "func":
    case "exception":
      return false;
    case "ref":
      if (t.name === "MyTuple") return t.args.every(allowedPayload);
      return isApiStruct(t) && ALLOWED_STRUCTS.has(t.name);
    default:
      return true;
  }
}

function isNullish(e: Node): boolean {
  while (Node.isParenthesizedExpression(e)) e = e.getExpression();
  return e.getKind() === SyntaxKind.NullKeyword || (Node.isIdentifier(e) && e.getText() === "undefined");
}

/** Whether an int-valued expression is an int because the user (or the API) declared one, not by pbts's inference. */
function declaredInt(e: Expression, ctx: EmitContext): boolean {
  if (Node.isParenthesizedExpression(e) || Node.isNonNullExpression(e)) return declaredInt(e.getExpression(), ctx);
  if (Node.isAsExpression(e) || Node.isTypeAssertion(e)) {
    const tn = e.getTypeNode();
    return tn ? isIntLike(typeOfNode(tn, ctx)) : false;
  }
  if (Node.isNumericLiteral(e)) return false;
  if (Node.isIdentifier(e) || Node.isPropertyAccessExpression(e)) {
    const d = declOf(Node.isPropertyAccessExpression(e) ? e.getNameNode() : e);
    const tn = d && (d as { getTypeNode?(): Node | undefined }).getTypeNode?.();
    return !!tn && isIntLike(typeOfNode(tn as never, ctx));
  }
  if (Node.isCallExpression(e)) {
    const d = ctx.project.getTypeChecker().getResolvedSignature(e)?.getDeclaration();
    const rt = d && (d as { getReturnTypeNode?(): Node | undefined }).getReturnTypeNode?.();
    return !!rt && isIntLike(typeOfNode(rt as never, ctx));
  }
  if (Node.isBinaryExpression(e)) return declaredInt(e.getLeft(), ctx) || declaredInt(e.getRight(), ctx);
  if (Node.isPrefixUnaryExpression(e) || Node.isPostfixUnaryExpression(e)) return declaredInt(e.getOperand() as Expression, ctx);
  if (Node.isConditionalExpression(e)) return declaredInt(e.getWhenTrue(), ctx) || declaredInt(e.getWhenFalse(), ctx);
  // an element of an int[] the user declared, and anything else the compiler types int: keep C#'s int
  return true;
}

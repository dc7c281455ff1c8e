// C44: a generic function or class that compares the values of its type parameter T (includes / indexOf /
// lastIndexOf on a T[], a Set<T>, a Map<T, V>) finds objects by identity in JS; with an API struct for T
// (Vector3D, Vector3I, MyItemType...) C#'s List/HashSet/Dictionary compare by value: `has([a], b)` of two equal
// vectors is false in JS, true in C#. The struct is refused where it is passed as T (PBTS1020, as for `===`).
import { Node, SyntaxKind, type ts } from "ts-morph";
import { isApiStruct } from "./api.ts";
import type { EmitContext } from "./context.ts";
import { describe, type CsType } from "./cstype.ts";
import { perCompile } from "./per-compile.ts";

const LOOKUPS = new Set(["includes", "indexOf", "lastIndexOf"]);
/** (per compile: a callee in a changed file may compare T now, the function being in a file a kept Project keeps: C172) */
const cache = perCompile<ts.Node, Map<string, string | null>>();

/** How `decl` (a generic function, method or class) compares values of its type parameter `tp`, if it does. */
function comparesTypeParam(decl: Node, tp: string, seen: Set<Node>): string | undefined {
  let byTp = cache.get(decl.compilerNode);
  if (!byTp) cache.set(decl.compilerNode, (byTp = new Map()));
  if (byTp.has(tp)) return byTp.get(tp) ?? undefined;
  if (seen.has(decl)) return undefined;
  seen.add(decl);
  const word = new RegExp(`\\b${tp}\\b`);
  let found: string | undefined;
  decl.forEachDescendant((n, walk) => {
    if (Node.isNewExpression(n) || Node.isTypeReference(n) || Node.isVariableDeclaration(n) || Node.isParameterDeclaration(n)) {
      const text = n.getType().getText(n);
      const m = /^(?:Readonly)?(Set|Map)<([^,>]+)/.exec(text);
      if (m && m[2].trim() === tp) found = m[1] === "Set" ? `a Set of ${tp} elements` : `a Map of ${tp} keys`;
    } else if (Node.isCallExpression(n)) {
      const e = n.getExpression();
      if (Node.isPropertyAccessExpression(e) && LOOKUPS.has(e.getName())) {
        const t = e.getExpression().getType();
        const el = t.isArray() ? t.getArrayElementType() : undefined;
        if (el && el.getText(n) === tp) found = `${e.getName()} on a ${tp}[]`;
      }
      // a generic function of the script that compares the T it is given
      const sig = n.getProject().getTypeChecker().getResolvedSignature(n);
      const callee = sig?.getDeclaration();
      if (!found && callee && !callee.getSourceFile().isDeclarationFile() && "getTypeParameters" in callee && n.getArguments().some((a) => word.test(a.getType().getText(a)))) {
        for (const ctp of (callee as any).getTypeParameters() as { getName(): string }[]) {
          const how = comparesTypeParam(callee, ctp.getName(), seen);
          if (how) found = `${(callee as any).getName?.() ?? "a function"}() (${how})`;
        }
      }
    }
    if (found) walk.stop();
  });
  byTp.set(tp, found ?? null);
  return found;
}

/** Refuse an API struct bound to a type parameter that `decl` compares (PBTS1020). */
export function checkStructTypeArgs(at: Node, decl: Node, name: string, tparams: string[], typeArgs: Map<string, CsType>, ctx: EmitContext): void {
  for (const tp of tparams) {
    const t = typeArgs.get(tp);
    if (!t || !isApiStruct(t)) continue;
    const how = comparesTypeParam(decl, tp, new Set());
    if (how) ctx.fail(at, "StructEquality", `${name} with ${tp} = ${describe(t)}: ${how}`, describe(t));
  }
}

// Printing a paste-ready script body at a minify level: lex the emitted C# (lexer.ts), find its
// types and members (structure.ts), apply the passes of the level (passes.ts, rename.ts), print it
// in the level's layout (layout.ts). Every token keeps the TS position it was emitted for, so the
// printed text comes with a map from its lines back to the TypeScript (`pbts where`).
import { lex, type Tok } from "./lexer.ts";
import { print, type Printed } from "./layout.ts";
import { dropBraces, dropEmptyConstructor, dropEnumValues, dropPrivate, dropProtected, dropPublic, dropReadonly, dropThis, hoistRuntime } from "./passes.ts";
import { apiEnums, externalNames, fixedNames, programMembers, unqualifiedNames } from "./names.ts";
import { rename, scriptExternals } from "./rename.ts";
import { foreachLoops } from "./foreach.ts";
import { compoundBools, constantMethods, enumZeroArgs, literalStrings, mergeJumps } from "./fold.ts";
import { shape } from "./structure.ts";
import { foldSingletons } from "./flatten.ts";
import { forwarders } from "./forwarders.ts";
import { aliasConstants, aliasEnumMembers, asConditions, nullConditions, unsetDelegates, castParens, implicitLambdaParams, literalLocals, wholeDoubleArgs, outLocals, charIndexOf, shareBools, numberForms, programType, inferBlockTypes, widenCasts, expressionBodies, fieldInitializers, helperNames, infinities, inlineConstants, mergeDeclarations, shareStrings, shortDefaults, enumZeroDefaults, tableArrays, varForNew, varForSameType } from "./compact.ts";

/** A line of emitted C# and the TS position (`file:line`) it was emitted for. */
export interface SrcLine {
  text: string;
  pos?: string;
}

export type PrintLevel = "none" | "trim" | "stripcomments" | "lite" | "full";

export interface PrintedScript extends Printed {
  /** `full` only: new name → the name in the emitted C# (the TS name, or the emitter's; names members of different
   *  types share, `a / b`: rename.ts). */
  names?: Record<string, string>;
}

/** `apiMembers` (at `full`): the API member names the script reads; the others of them may be renamed (rename.ts). */
export function printLines(lines: SrcLine[], level: PrintLevel, apiMembers?: Set<string>): PrintedScript {
  const { toks, names } = levelTokens(lines, level, apiMembers);
  return printTokens(toks, level, names);
}

/**
 * The same lines at several levels: `stripcomments` and `lite` are the same tokens printed in two
 * layouts, made once; the passes every level runs are run once for the levels that drop comments
 * (`stripcomments`, `lite`, `full`: commonTokens).
 */
export function printLevels<L extends PrintLevel>(lines: SrcLine[], levels: readonly L[], apiMembers?: Set<string>): Map<L, PrintedScript> {
  const out = new Map<L, PrintedScript>();
  let plain: ReturnType<typeof levelTokens> | undefined;
  let common: Tok[] | undefined;
  for (const level of levels) {
    const same = level === "stripcomments" || level === "lite";
    // (each level's passes get their own array: a pass may change the one it is given)
    const shared = level === "none" || level === "trim" ? undefined : [...(common ??= commonTokens(lines, level))];
    const t = same ? (plain ??= levelTokens(lines, level, apiMembers, shared)) : levelTokens(lines, level, apiMembers, shared);
    out.set(level, printTokens(t.toks, level, t.names));
  }
  return out;
}

function printTokens(toks: Tok[], level: PrintLevel, names?: Record<string, string>): PrintedScript {
  const layout = level === "full" ? "dense" : level === "lite" ? "lines" : "readable";
  const out = print(toks, layout, level === "none" || level === "trim");
  return names ? { ...out, names } : out;
}

/** The tokens of the lines after the passes every level runs (the same for every level that drops comments). */
function commonTokens(lines: SrcLine[], level: PrintLevel): Tok[] {
  let toks: Tok[] = lex(lines.map((l) => l.text).join("\n"));
  for (const t of toks) t.pos = lines[t.line]?.pos;
  if (level !== "none" && level !== "trim") toks = toks.filter((t) => t.k !== "comment");
  toks = dropThis(toks, shape(toks));
  // `private` is C#'s default for a member or a nested type: it goes at every level
  toks = dropPrivate(toks);
  // so is `protected` where no type of the script derives from the member's type
  toks = dropProtected(toks, shape(toks));
  toks = dropBraces(toks, shape(toks));
  // `(x is T) && ((T)x).M(..)` → `(x as T)?.M(..) == true` (x a local: read once, the same value)
  toks = asConditions(toks, shape(toks));
  // `x != null && x.P` → `x?.P == true` (x a local, parameter or field: read once, the same value)
  toks = nullConditions(toks, shape(toks));
  toks = charIndexOf(toks);
  toks = fieldInitializers(toks, shape(toks));
  // (what fieldInitializers may leave: an empty constructor C# writes anyway)
  toks = dropEmptyConstructor(toks, shape(toks));
  // a table read only by index: an array (every level: it reads as well)
  return tableArrays(toks, shape(toks));
}

/**
 * The tokens of a level, before printing (its passes; `stripcomments` and `lite` differ only in their
 * layout). `common`: commonTokens of the lines at a level that drops comments, when already made.
 */
function levelTokens(lines: SrcLine[], level: PrintLevel, apiMembers?: Set<string>, common?: Tok[]): { toks: Tok[]; names?: Record<string, string> } {
  let toks = common ?? commonTokens(lines, level);
  let names: Record<string, string> | undefined;
  // a delegate field nothing assigns: its `x?.Invoke(..);` statements do nothing and go, with it (every level: less to read)
  toks = unsetDelegates(toks, shape(toks));
  if (level !== "full") {
    // the runtime's helpers as Program's statics (`Str(n)`, not `Js.Str(n)`) when no name of the
    // script is one of theirs
    toks = hoistRuntime(toks, shape(toks), "Js", false);
    toks = dropPublic(toks, shape(toks), externalNames());
    toks = outLocals(toks, shape(toks));
    toks = shortDefaults(toks);
    toks = enumZeroDefaults(toks, new Set(apiEnums().keys()));
    toks = castParens(toks, shape(toks));
    toks = varForNew(toks, shape(toks));
    toks = varForSameType(toks, shape(toks));
    // `var a = ""; var b = "";` → `string a = "", b = "";` (with mergeDeclarations)
    toks = literalLocals(toks);
    toks = mergeDeclarations(toks, shape(toks), true);
    // `readonly` where it only forbids writes the script does not make
    toks = dropReadonly(toks, shape(toks));
    // an index loop over a List nothing changes while it runs is a foreach (it reads as well, and shorter)
    toks = foreachLoops(toks, shape(toks), unqualifiedNames());
    // a loop or `else` whose block holds one `if` with no `else` after the block: `for (..) if (c) s;`
    // (full's pass: it reads as the TS usually has it)
    toks = dropBraces(toks, shape(toks), true);
    // `GetBlocksOfType(pbs)` where pbs is declared once as a List<T> (full's pass: C# infers the same T)
    toks = inferBlockTypes(toks);
    // `enum E { A, B, C }`: the values C# gives anyway go (full's pass)
    toks = dropEnumValues(toks, shape(toks));
    // `MyGridProgram` as a type is `Program` (full's pass: the script's only MyGridProgram is Program's this)
    toks = programType(toks);
  }
  if (level === "full") {
    // a class made exactly once, by Program's constructor: its members Program's (flatten.ts; first, so the passes
    // below see one type)
    const flat = foldSingletons(toks, unqualifiedNames(), programMembers(), fixedNames());
    toks = flat.toks;
    if (flat.folded.length) toks = dropThis(toks, shape(toks));
    toks = helperNames(toks, shape(toks), externalNames());
    toks = aliasConstants(toks, new Set(toks.filter((t) => t.k === "id").map((t) => t.t)));
    toks = aliasEnumMembers(toks, new Set(toks.filter((t) => t.k === "id").map((t) => t.t)), apiEnums());
    toks = inlineConstants(toks, shape(toks), externalNames());
    // a bool method whose body is a constant, called where its calls were, the conditions folded (before shareBools)
    toks = constantMethods(toks, shape(toks), externalNames());
    // `void Info(string m) { Line(m); }` goes, its calls call Line (forwarders.ts)
    toks = forwarders(toks, shape(toks), scriptExternals(toks, apiMembers));
    // `"T" == "" ? "" : "== " + "T" + " =="` (a folded constructor's literal argument) → `"== T =="`
    toks = literalStrings(toks);
    // `var a = ""; var b = "";`, `var c = x == y; var d = e && f;` → typed, for mergeDeclarations (before strings and
    // bools become constants)
    toks = literalLocals(toks);
    toks = shareStrings(toks, new Set(toks.filter((t) => t.k === "id").map((t) => t.t)));
    toks = outLocals(toks, shape(toks));
    toks = shortDefaults(toks);
    toks = enumZeroDefaults(toks, new Set(apiEnums().keys()));
    // `F(a, (E)0)` → `F(a, 0)` (F the script's one method so named, that parameter an E)
    toks = enumZeroArgs(toks, shape(toks), externalNames(), new Set(apiEnums().keys()));
    // `x = x || y;` → `x |= y;` (y does nothing but give a value; before true/false become consts)
    toks = compoundBools(toks, shape(toks));
    toks = shareBools(toks, new Set(toks.filter((t) => t.k === "id").map((t) => t.t)));
    toks = infinities(toks);
    toks = numberForms(toks);
    toks = varForNew(toks, shape(toks));
    toks = castParens(toks, shape(toks));
    toks = foreachLoops(toks, shape(toks), unqualifiedNames());
    toks = inferBlockTypes(toks);
    toks = widenCasts(toks, shape(toks));
    toks = dropBraces(toks, shape(toks), true);
    // `if (a) return; if (b) return;` → `if (a || b) return;`
    toks = mergeJumps(toks, shape(toks));
    const r = rename(toks, shape(toks), apiMembers);
    toks = r.toks;
    // a parameter renamed apart from the field it shadowed: that field's `this.` can go now
    toks = dropThis(toks, shape(toks));
    toks = programType(toks);
    toks = hoistRuntime(toks, shape(toks));
    toks = dropPublic(toks, shape(toks), externalNames());
    toks = dropEnumValues(toks, shape(toks));
    toks = dropReadonly(toks, shape(toks));
    toks = varForSameType(toks, shape(toks));
    toks = mergeDeclarations(toks, shape(toks));
    names = Object.fromEntries(r.names);
    // (Program holds the folded classes' members now: the simulator's C# engine finds Failover's Role there)
    if (flat.folded.length) names.Program = flat.folded.join(" / ");
  }
  // `x = (T a) => ..` → `x = a => ..`: the target's delegate type gives the parameter its type (every level: it reads as the TS)
  toks = implicitLambdaParams(toks);
  // `double x = 0.0;`, `CharCodeAt(s, 0.0)` (a double parameter of the script's one method so named): `0` (every level)
  toks = wholeDoubleArgs(toks, shape(toks));
  toks = expressionBodies(toks, shape(toks), true);
  return names ? { toks, names } : { toks };
}

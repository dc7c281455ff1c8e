// Names the `full` level must never rename: everything the game, the API, the .NET library or the
// C# language gives a meaning to. A script's own name that is also one of these keeps its name
// everywhere (renaming is by name, so a clash cannot be told apart from a use of the API).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ts } from "ts-morph";
import { KEYWORDS } from "./lexer.ts";
import { sourceDir } from "../package-root.ts";

const COMPILER = join(sourceDir(import.meta.url), "..");

/** Contextual keywords, Program's entry points, and object's members (overridable by any class). */
const FIXED = (
  "get set value var where yield partial add remove global nameof dynamic async await when select from let join on equals by " +
  "Program Main Save MyGridProgram ToString Equals GetHashCode GetType ReferenceEquals MemberwiseClone Finalize " +
  "Compare CompareTo Dispose Current MoveNext Reset GetEnumerator Count Length Add Remove Contains Keys Values Item Invoke Flags " +
  // read by name by the simulator's C# engine (the role hook, EngineHost.cs); Failover and its
  // Role may be renamed: the engine tells the host their names in a `full` build (sim/engine/cs.ts)
  "__pbtsRole"
).split(" ");

/**
 * Members of the runtime's own classes (Js.cs's Big) that .NET has nowhere the runtime calls them:
 * `x.Mul(..)` in Js.cs is Big's, so the names may be renamed. A wrong entry shows as an mcs error
 * at `full` (test/build compiles every example at every level).
 */
const RUNTIME_OWN = new Set(["Mul", "Pow10", "Digit", "Cmp", "Shl", "Sub"]);

let cache: Set<string> | null = null;
let enums: Map<string, Set<string>> | null = null;

/**
 * The API's enums a script names unqualified (`UpdateFrequency`): name → its members. Not a nested
 * enum (`Base6Directions.Direction`), nor a name two namespaces both give an enum.
 */
export function apiEnums(): Map<string, Set<string>> {
  if (enums) return enums;
  const api = JSON.parse(readFileSync(join(COMPILER, "reference", "pb-api.json"), "utf8")) as { types: { fullName: string; enumMembers?: string[] }[] };
  const m = new Map<string, Set<string>>();
  const twice = new Set<string>();
  for (const t of api.types) {
    if (!t.enumMembers?.length || t.fullName.includes("+")) continue;
    const name = t.fullName.split(".").pop()!;
    if (m.has(name)) twice.add(name);
    m.set(name, new Set(t.enumMembers));
  }
  for (const n of twice) m.delete(n);
  enums = m;
  return m;
}
let unqualified: Set<string> | null = null;
let inheritedNames: Set<string> | null = null;

/** MyGridProgram's members (Program inherits them: a member of Program so named would hide the game's). */
export function programMembers(): Set<string> {
  externalNames();
  return inheritedNames!;
}

/** Contextual keywords, Program's entry points, object's members: FIXED. */
export function fixedNames(): Set<string> {
  return new Set(FIXED);
}
let apiOnly: Set<string> | null = null;

/**
 * The external names that are external only as a member of an API type (`Id`, `Name`, `Status`): no
 * keyword, type, runtime or emitter name. The script's own member of such a name is another member;
 * it may be renamed when the script never reads the API's member of that name (compile.ts: apiMembers).
 */
export function apiMemberOnlyNames(): Set<string> {
  externalNames();
  return apiOnly!;
}

/**
 * The external names a name the renamer makes up must still avoid, whether or not the script uses
 * them: keywords, FIXED, type and namespace names (visible unqualified through the game's usings),
 * MyGridProgram's members (Program inherits them) and the capitalized words the emitter writes.
 * A name that is only an API or .NET member (`X`, `R`, `b`) is reached through a `.` on a value of
 * that type; the script's own member of that name is another member (names the script uses are
 * avoided anyway).
 */
export function unqualifiedNames(): Set<string> {
  externalNames();
  return unqualified!;
}

export function externalNames(): Set<string> {
  if (cache) return cache;
  const s = new Set<string>([...KEYWORDS, ...FIXED]);
  // names of API members (and enum members): external only through a `.` on an API value
  const members = new Set<string>();
  // (System.GC: the one .NET type of two letters under the game's usings)
  const u = new Set<string>([...s, "GC"]);
  const inh = new Set<string>();
  // The PB API: type names, namespace parts, member names, enum members.
  const api = JSON.parse(readFileSync(join(COMPILER, "reference", "pb-api.json"), "utf8")) as {
    types: { fullName: string; members: { label?: string; signatures?: string[] }[]; enumMembers?: string[] }[];
  };
  for (const t of api.types) {
    for (const part of t.fullName.replace(/`\d+/g, "").split(/[.+]/)) (s.add(part), u.add(part));
    const inherited = /\.MyGridProgram$/.test(t.fullName);
    for (const m of t.enumMembers ?? []) members.add(m);
    for (const m of t.members) {
      const label = (m.label ?? "").replace(/^((static|virtual|abstract|override|protected|public|sealed|const|readonly|new)\s+)+/, "");
      const name = /^[A-Za-z_]\w*/.exec(label)?.[0];
      if (name) members.add(name);
      if (name && inherited) (u.add(name), inh.add(name));
      for (const sig of m.signatures ?? []) {
        const head = sig.split("(")[0];
        const w = head.match(/[A-Za-z_]\w*/g);
        if (w) members.add(w[w.length - 1]);
      }
    }
  }
  // The .NET members the runtime helpers use (not the helpers' own names, called as Js.X).
  // (comments left out: "0.Dg * 10^k" in a comment is no member access; strings kept, they may hold none)
  const js = readFileSync(join(COMPILER, "runtime", "Js.cs"), "utf8").replace(/\/\/[^\n]*/g, "");
  for (const m of js.matchAll(/(\w+)?\s*\.\s*([A-Za-z_]\w*)/g)) {
    if (m[1] !== "Js" && !RUNTIME_OWN.has(m[2])) s.add(m[2]);
    if (m[1] && /^[A-Z]/.test(m[1])) u.add(m[1]); // a .NET type (Math, BitConverter), or the runtime's own
  }
  // the helpers' own names (the emitter asks for them by name: useHelper("CharCodeAt")) are the script's (the name
  // before `(`: `static List<T> Filter<T>(` is Filter's, not List's, C198)
  const helpers = new Set([...js.matchAll(/\bstatic [^;=(]*?(\w+)\s*(?:<[^>(]*>)?\s*\(/g)].map((m) => m[1]));
  // What the emitter writes itself: `.Member` and type names in its string and template literals.
  for (const f of readdirSync(join(COMPILER, "emit"))) {
    if (!f.endsWith(".ts")) continue;
    const src = readFileSync(join(COMPILER, "emit", f), "utf8");
    // C198: the member a `methodOf(x, "StartsWith", ..)` or `X.member(x, "Count")` writes after a `.`, a helper's
    // spelling or not (Js.StartsWith is one too: renamed, it would take the string's method with it)
    for (const m of src.matchAll(/\b(?:methodOf|X\.member)\(([^;{]*)/g)) for (const n of m[1].matchAll(/"([A-Z]\w*)"/g)) s.add(n[1]);
    for (const lit of literalTexts(src)) {
      for (const m of lit.matchAll(/(\w+)?\.([A-Za-z_]\w*)/g)) if (m[1] !== "Js") s.add(m[2]);
      // (a one-letter word there is a type parameter or a component, never a type the usings reach)
      for (const m of lit.matchAll(/(?<![.\w])[A-Z]\w*/g)) if (m[0] !== "Js" && !helpers.has(m[0])) (s.add(m[0]), m[0].length > 1 && u.add(m[0]));
    }
  }
  apiOnly = new Set([...members].filter((n) => !s.has(n) && !u.has(n)));
  for (const n of members) s.add(n);
  cache = s;
  unqualified = u;
  inheritedNames = inh;
  return s;
}

/**
 * The texts of a TS source's string and template literals (comments are not the emitter's output).
 * TypeScript's scanner, not its parser (a tenth of the time): a `}` that closes a template's `${`
 * is scanned again as the template's next part, and a `/` where an operand is expected as a regex.
 */
function literalTexts(src: string): string[] {
  const K = ts.SyntaxKind;
  const sc = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, src);
  const out: string[] = [];
  // one entry per open `{` or template `${`: true for a template's
  const braces: boolean[] = [];
  let prev: ts.SyntaxKind = K.Unknown;
  const operandEnd = new Set([K.Identifier, K.NumericLiteral, K.StringLiteral, K.CloseParenToken, K.CloseBracketToken, K.CloseBraceToken, K.NoSubstitutionTemplateLiteral, K.TemplateTail, K.ThisKeyword, K.RegularExpressionLiteral]);
  for (let k = sc.scan(); k !== K.EndOfFileToken; k = sc.scan()) {
    if (k === K.CloseBraceToken && braces.pop()) k = sc.reScanTemplateToken(false);
    else if ((k === K.SlashToken || k === K.SlashEqualsToken) && !operandEnd.has(prev)) k = sc.reScanSlashToken();
    if (k === K.OpenBraceToken) braces.push(false);
    if (k === K.TemplateHead || k === K.TemplateMiddle) braces.push(true);
    if (k === K.StringLiteral || k === K.NoSubstitutionTemplateLiteral || k === K.TemplateHead || k === K.TemplateMiddle || k === K.TemplateTail) out.push(sc.getTokenValue());
    prev = k;
  }
  return out;
}

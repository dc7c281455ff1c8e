// The one registry of pbts diagnostics. Every code says what is wrong and how to fix it.
// Printed like tsc: `file(line,col): error PBTS1004: <what>. <fix>`

export interface DiagnosticDef {
  code: string;
  what: string;
  fix: string;
}

function def(code: string, what: string, fix: string): DiagnosticDef {
  return { code, what, fix };
}

/** `{0}` in a text is replaced by the diagnostic's argument. */
export const Diagnostics = {
  // The fix is a hint for the TS code (TS_HINTS) or nothing: TypeScript's message says what is
  // wrong, and the CLI says once, under the list, that type errors come first.
  TypeScriptError: def("PBTS0001", "TS{0}: {1}", "{2}"),
  FileNotFound: def("PBTS0002", "file not found: {0}", "Check the path."),
  UnsupportedSyntax: def("PBTS1001", "{0} is not supported in pbts scripts", "Rewrite it with the supported subset (see README, 'The TypeScript subset')."),
  AnyType: def("PBTS1002", "'any' has no C# equivalent that behaves the same", "Give the value a concrete type."),
  UnionType: def("PBTS1003", "union type '{0}' is not supported: pbts has unions of one type with null or undefined ('T | null', 'T | undefined') and of string literals only", "Use a class hierarchy, an enum, a union of string literals, or 'T | null'."),
  VarDeclaration: def("PBTS1004", "'var' declarations are function-scoped in JS but block-scoped in C#", "Use 'let' or 'const'."),
  Spread: def("PBTS1005", "spread '...' (or a rest parameter) is not supported here: only in array literals, push, Math.max/min and calls of the script's own functions and methods (anything into a rest parameter, a tuple into fixed parameters); rest parameters only on functions and methods", "Pass the arguments one by one (f(xs[0], xs[1])), take an array parameter, or copy elements with a loop."),
  Destructuring: def("PBTS1006", "destructuring is not supported here", "Read the properties into separate variables."),
  LoopClosure: def("PBTS1007", "a lambda in the head of a 'for' loop captures '{0}': JS binds it to one copy of the per-iteration variable (the initializer's own copy; in the condition and the update, the copy of the iteration that runs next, made before the update runs), C# to the loop's one variable", "Move the lambda into the loop body (each iteration then gets its own copy, as in JS); a callback passed straight to an array's some, find, map... (run at once, not kept) may stay."),
  Async: def("PBTS1008", "{0} is not supported: scripts run synchronously inside one game tick", "Spread work over runs with a generator (function*) stepped by next() each run, or keep state in fields."),
  Undefined: def("PBTS1009", "'undefined' here has no C# equivalent: C# has one null for both undefined and null", "Use 'T | undefined' or 'T | null' (not both), and the value 'undefined' only where such a type is expected or in a comparison."),
  LooseEquality: def("PBTS1010", "'{0}' converts types in JS and not in C#", "Use '===' / '!==' (or '== null' / '!= null' for null checks)."),
  Truthiness: def("PBTS1011", "a value of type '{0}' used as a condition: its JS truthiness has no C# equivalent", "Compare explicitly, e.g. 'x !== null', or test one of its fields."),
  LogicalOperands: def("PBTS1012", "'{0}' on non-boolean operands returns an operand in JS: pbts writes that for a plain variable or field on the left, of the right side's type, and for '||' of two numbers or two strings", "Put the left operand in a const first (const v = f(); v || d), use '??' for defaults, or compare to get booleans."),
  OptionalParameter: def("PBTS1013", "optional '{0}' here has no C# equivalent (an arrow function's parameter, or a type that holds null or is a type parameter)", "Give it a default value, or make it an optional parameter of a function or method, a class field or an interface property, of a type without null ('x?: T')."),
  NonConstantDefault: def("PBTS1014", "default value of '{0}' is not a compile-time constant, which C# requires", "Use a literal, an enum member, null, Infinity, NaN, Math.PI or Math.E, and compute other values in the body."),
  UnsupportedMember: def("PBTS1015", "'{0}' is not supported", "See README for the supported string, number, Math, array, Map and Set members."),
  UnsupportedGlobal: def("PBTS1016", "'{0}' is not available in Space Engineers scripts", "Use the in-game API from 'pbts/se' ({1})."),
  DoubleToInt: def("PBTS1017", "a '{0}' value where '{1}' is expected: C# needs an explicit conversion", "Convert it explicitly: {2}."),
  BitwiseOnDouble: def("PBTS1018", "bitwise '{0}' on a number (double): JS converts to 32-bit integers, C# does not compile it", "Declare the operands 'int' (from 'pbts/se') or use an enum."),
  LongArithmetic: def("PBTS1019", "arithmetic on 'long' is not exact in JS beyond 2^53", "Use long values for ids and comparisons only, or convert with toDouble(...)."),
  StructEquality: def("PBTS1020", "'{0}' compares '{1}' values: a reference check in JS, a value check in C#", "Compare with '.Equals(...)' where the type has it (VRageMath vectors, MyItemType...), or compare a field (e.g. '.Ticks', '.Source')."),
  MapIterationAfterDelete: def("PBTS1021", "iterating a {0} that the program also deletes from: C# reuses freed slots, so the order would differ from JS", "Keep the keys in an array for ordered iteration, or avoid delete."),
  ObjectType: def("PBTS1022", "object type literal '{0}' is not supported", "Declare a class or an interface."),
  ObjectLiteral: def("PBTS1023", "{0} is not supported: object literals are only written where one of the script's interfaces of properties is expected", "Declare an interface of properties (optional ones 'x?: T' may be left out) and give the literal that type, or create a class instance with 'new'."),
  TypeOperator: def("PBTS1024", "'{0}' is not supported", "{1}"),
  OutMarker: def("PBTS1025", "an Out<T> marker must be a local 'const x = new Out<T>()' passed to an out parameter or read with '.value'", "Declare it as a local const and use it only that way."),
  HasFlagOnNonEnum: def("PBTS1026", "HasFlag on '{0}': only flags enums have it", "Use it on an enum value."),
  ImportSource: def("PBTS1027", "import from '{0}': only 'pbts/se', 'pbts/mixins/...' and relative script files can be compiled", "Import the in-game API from 'pbts/se', the mixins from 'pbts/mixins/<name>.ts' and your own code by relative path."),
  TopLevelStatement: def("PBTS1028", "statement at the top level of a file: C# scripts have no top-level code", "Move it into the Program constructor or Main."),
  Fallthrough: def("PBTS1036", "a non-empty 'case' falls through to the next one, which C# forbids", "End the case with break, return, throw or continue."),
  FunctionExpression: def("PBTS1038", "'function' expressions bind 'this' differently", "Use an arrow function (a generator, function*, as a top-level function* or a generator method)."),
  EnumValue: def("PBTS1041", "enum member '{0}' must have a constant integer value, or every member of its enum a string value (C# enums are numeric; a string enum becomes string constants)", "Use integer values throughout, or string values throughout."),
  ProgramShape: def("PBTS1042", "{0}", "Scripts declare 'class Program extends MyGridProgram' with Main(argument: string, updateSource: UpdateType)."),
  NameClash: def("PBTS1043", "'{0}' is a name the emitted C# already uses{1}", "Rename it."),
  Overload: def("PBTS1044", "overload signatures are not supported", "Use one signature with default parameters."),
  StaticBlock: def("PBTS1045", "{0}", "Rewrite it with the supported subset."),
  NullableValue: def("PBTS1046", "'{0}' on a nullable number or boolean behaves differently in C#", "Check for null first and use the non-null value."),
  StringIndex: def("PBTS1047", "indexing '{0}' with a value that is not an int or a number", "Index with an int or a number (e.g. a loop counter, a number field), or convert with toInt(...)."),
  Label: def("PBTS1049", "'{0}' labels a statement that already has a label: pbts gives a statement one C# label", "Keep one label ('break' and 'continue' may name it from any depth)."),
  EmptyCatchBinding: def("PBTS1050", "{0}", "Write 'catch (e)' and use e.message, or rethrow."),
  VirtualCallInConstructor: def("PBTS1051", "the constructor (or a field initializer) of '{0}' calls '{1}', which a subclass overrides: JS runs the override before the subclass's fields are set (they read undefined), C# after they are zeroed", "Call it after construction (e.g. from an init() method), or pass the value to the base constructor."),
  UndefinedVsNull: def("PBTS1052", "'{0}' compares a value that may be undefined with null: in JS undefined !== null, in C# both are null", "Write '== null' / '!= null', which treat undefined and null alike."),
  MutationDuringIteration: def("PBTS1053", "'{0}' inside a for...of (or forEach) over a {1} of the same type: JS keeps iterating (and visits added entries), C# throws", "Collect the changes in an array and apply them after the loop."),
  ProtectedProgramMember: def("PBTS1054", "'{0}' of MyGridProgram has a protected setter in Space Engineers: only class Program can assign it (this.{0} = ...)", "Let Program assign it, e.g. in Save(): this.Storage = mixin.Serialize()."),
  StaticInitOrder: def("PBTS1055", "the initializer of '{0}' changes state other code can see ('{1}'): JS runs static and top-level initializers in source order, C# runs a class's statics lazily on its first use", "Initialize it in the Program constructor, or keep initializers free of side effects."),
  CallbackRemoves: def("PBTS1060", "'{0}' in a {1} callback on an array of the iterated type: JS goes on to the length the array had ({1} then sees holes or undefined), which a C# List cannot", "Collect what to remove while iterating and remove it after the call, or iterate a copy (a.slice())."),
  // generators (compiler/emit/generators.ts)
  GeneratorReturnValue: def("PBTS1070", "'return' with a value in a generator: JS hands it to one next() call as { done: true, value }, a C# iterator has no return value", "Yield the value as the last item (yield x; return;), or store it in a field."),
  YieldValue: def("PBTS1071", "{0}: a C# iterator cannot receive a value from next(x)", "Use 'yield x;' as a statement and pass data in through a field or an object the generator reads."),
  YieldInTry: def("PBTS1072", "'yield' inside {0}: C# iterators cannot yield there", "Move the yield out of the try/catch (compute inside it, yield after it); try/finally around a yield is fine."),
  LogicalAssignTarget: def("PBTS1074", "'{0}' on {1}: JS assigns only when it must (a setter runs only then), C# would always assign", "Read the value into a local, apply '{0}' to the local, and assign it back when it changed."),
  ArrayLengthGrow: def("PBTS1076", "'{0}' may grow the array: JS fills the new slots with holes (read as undefined), a C# List cannot hold them", "Only truncate: 'a.length = 0' or 'a.length = Math.min(a.length, n)'; to grow it, push the new elements."),
  UserDowncast: def("PBTS1075", "'as {0}' is a checked cast in C#: it throws when the object is not a {0}, while JS does not check", "Narrow with instanceof instead: 'if (x instanceof {0}) { ... x ... }' (C# 'x is {0}')."),
  IteratorResultValue: def("PBTS1073", "'{0}' is read where the generator may be done: JS gives undefined, C# a default value", "Check done first: if (!r.done) { ... r.value ... }."),
  ApiDowncast: def("PBTS1080", "'as {0}' stops the script in the game when the block is not an {0} (C# checks the cast: \"Specified cast is not valid\"), while TypeScript and the simulator do not check it", "Test and narrow instead: 'if (b instanceof {0}) { ... }' (C# 'b is {0}')."),
  AmbiguousNarrowing: def("PBTS1082", "'{0}' is used as a {1} after an instanceof test that also accepts a {2}: TypeScript allows it because {1} declares nothing a {2} lacks, while C# needs a cast to {1}, which throws for a {2}", "Test the types separately (if (x instanceof {1}) { ... } else if (x instanceof {2}) { ... }), or use only members the declared type has."),
  WhitelistProhibited: def("PBTS1081", "'{0}' is part of SE's API but not on the Programmable Block whitelist: the game refuses to compile the script", "Use another member; the PB whitelist (compiler/reference/pbwhitelist.dat) lists what scripts may use."),
  UintBitwise: def("PBTS1083", "bitwise '{0}' on a 'uint': JS works on signed 32-bit integers, C# on unsigned ones, so the results differ", "Convert first: toInt(...) when the value fits an int (it throws otherwise), or compute with + - * / and Math.floor; for a Color use its R, G, B, A."),
  TerminalValueType: def("PBTS1084", "'{0}' throws in the game: {1} (TerminalPropertyExtensions.Cast: \"Property X is not of type T, correct type is Y\"); said here, before any run: the simulator can check T only where it is written as bool, float, long, Color or StringBuilder", "Use the property's type: GetValueBool/GetValueFloat/GetValueColor and their setters, GetValue<long> for a combo box (Int64), GetValue<StringBuilder> for a text; SetValue needs a float or long variable or a type argument (SetValue<float>(id, v))."),
  TerminalPropertyCast: def("PBTS1085", "'{0}' checks the property's type at run time in C# (null, false or InvalidOperationException for another type), which the simulator cannot do: it has no T at run time", "Compare p.TypeName with 'Boolean', 'Single', 'Int64', 'Color' or 'StringBuilder', use p.AsBool()/AsFloat()/AsColor(), or read through the block (GetValueFloat(p.Id), GetValue<long>(p.Id))."),
  IntToFloatRounds: def("PBTS1086", "an 'int' value where a 'float' is expected: C# rounds it to float's 24-bit precision (16777217 becomes 16777216), JS keeps the exact number", "Convert explicitly with toFloat(...), which rounds the same way in both, or keep the value a number (double)."),
  DeadZoneRead: def("PBTS1087", "the initializer of '{0}' calls code that reads '{1}' before '{1}' is initialized (JS runs top-level and static initializers in source order): JS throws a ReferenceError, C# reads a value", "Compute '{0}' in the Program constructor, or declare '{1}' earlier in the file."),
  FieldReadBeforeInit: def("PBTS1088", "the initializer of '{0}' calls code that reads '{1}' before '{1}' is initialized (JS initializes fields in declaration order, parameter properties after them): JS reads undefined, C# a default value or the constant", "Declare '{1}' with its value before '{0}', or assign '{0}' in the constructor body (a static one: in the Program constructor) once '{1}' is set."),
  SetterWithoutGetter: def("PBTS1089", "'{0}' has a set accessor without a get accessor in its class: JS reads undefined from it (an override replaces the base's getter too), C# has no getter or keeps the base's", "Declare a getter beside it (get {0}() { return super.{0}; } in a subclass, or one reading a field), or make the setter a method."),
  UnboundMethod: def("PBTS1090", "'{0}' takes the method without calling it: JS does not bind 'this' to it, so calling it later throws a TypeError where it uses 'this', while C# binds it", "Pass an arrow function that calls it: {1}."),
  StructuralOnly: def("PBTS1091", "a '{0}' where a '{1}' is expected: TypeScript accepts it because the shapes match, C# only when {2}", "Declare it ({3} { ... }), or write the common base type where TypeScript inferred '{1}' (const xs: Base[] = [...], new Map<string, Base>(...))."),
  GenericStatic: def("PBTS1092", "static member '{0}' of the generic class '{1}': JS keeps one per class, C# one per type argument (and cannot name it without one)", "Move it out of the generic class: a top-level variable or function, or a static of a non-generic class."),
  OverrideDefault: def("PBTS1093", "the default of parameter '{0}' differs from the one '{1}' declares: JS applies the default of the method that runs, C# the default of the declared type the call goes through", "Give the override the same default as '{1}' (or both none), and compute a different value in the body."),
  InvariantCollection: def("PBTS1094", "a '{0}' where a '{1}' is expected: JS passes the same array (or Map, Set, function), while C# has no conversion between the two types (its generic types do not convert with their element types, an int element is no double)", "Declare both sides with the same element type ({2}), or pass a copy where sharing is not needed: {3}."),
  UnsupportedForm: def("PBTS1095", "{0} is not supported: {1}", "{2}"),
  StaticInitReadsChanged: def("PBTS1096", "the initializer of '{0}' reads '{1}', which the script changes ({2}): JS runs a class's static initializers once, when the class is defined, before any other code, C# on the class's first use, which may come after that change", "Compute it where it is used (a static getter, static get {3}() { ... }, reads '{1}' when called, in both), or assign '{0}' in the Program constructor before anything changes '{1}'."),
  InternalError: def("PBTS9999", "internal compiler error: {0}", "Please report it with the input that caused it."),
} as const;

/**
 * PBTS1017's fix for a value where a `to` is expected (the C# type name pbts describes): only the
 * conversion that gives a `to` (the hint listed all four, whichever the target).
 */
export function conversionFix(to: string): string {
  const fn: Record<string, string> = { int: "toInt", uint: "toUint", byte: "toByte", long: "toLong", float: "toFloat", double: "toDouble" };
  // an enum: an int converts with a cast
  if (!fn[to]) return `toInt(...) as ${to}`;
  const how = to === "float" ? " (it rounds to the nearest float)" : to === "double" ? "" : " (it truncates toward zero and throws when the value is out of range, on both sides)";
  // (a byte is an API property's type: nothing else to declare)
  return `${fn[to]}(...)${how}${to === "byte" || to === "double" ? "" : ", or keep the value a 'number'"}`;
}

/** PBTS1016's way out for a JS global: what a script uses instead (the hint named console and MyIni whatever the name). */
export function globalFix(name: string): string {
  const root = name.split(/[.(\s]/)[0];
  if (root === "Date" || root === "performance") return "this.Runtime.TimeSinceLastRun.TotalSeconds is the time since the last run: add it up in a field";
  if (root === "JSON") return "MyIni for settings and Storage, or join and split the text yourself";
  if (root === "arguments") return "not the API: declare the parameters, or a rest parameter (...args: number[]) and read args.length";
  if (name.startsWith("Math.random")) return "a generator of your own in a field, e.g. a linear congruential one";
  if (name.startsWith("String.fromCodePoint")) return "not the API: String.fromCharCode of the UTF-16 units, a code point above 0xFFFF as its two surrogates, e.g. String.fromCharCode(0xD83D, 0xDE00)";
  return "Echo instead of console, MyIni for parsing";
}

/** How to fix the TypeScript errors scripts run into most (PBTS0001's fix; others have none). */
export const TS_HINTS: Record<number, string> = {
  2304: "Declare it, or import it from 'pbts/se' (the in-game API).",
  2307: "Import the in-game API from 'pbts/se', the mixins from 'pbts/mixins/<name>.ts' and your own files by relative path.",
  2322: "Make the value match the declared type, or change the type.",
  2339: "Check the name: the in-game API's members are declared in 'pbts/se' (see README, 'Writing a script').",
  2345: "Pass a value of the parameter's type.",
  2454: "Assign the variable before it is read.",
  2531: "Check for null first (if (x !== null) ...).",
  2532: "Check for null first (if (x !== null) ...).",
  2554: "Pass the arguments the signature lists.",
  2564: "Initialize the field where it is declared or in the constructor.",
  7006: "Give the parameter a type.",
  18047: "Check for null first (if (x !== null) ...).",
  18048: "Check for null first (if (x !== null) ...).",
};

export type DiagnosticKey = keyof typeof Diagnostics;

export interface Diagnostic {
  code: string;
  file: string;
  line: number;
  col: number;
  message: string;
}

export function makeDiagnostic(d: DiagnosticDef, file: string, line: number, col: number, args: string[] = []): Diagnostic {
  const fill = (s: string) => s.replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? "");
  const what = fill(d.what);
  const fix = fill(d.fix);
  return { code: d.code, file, line, col, message: fix ? `${what}${/[.!?]$/.test(what) ? "" : "."} ${fix}` : what };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}(${d.line},${d.col}): error ${d.code}: ${d.message}`;
}

/** Said after a report holding a PBTS0001 (pbts check/compile/build). */
export const TYPE_ERRORS_FIRST = "pbts compiles only programs that type-check: fix the TypeScript errors (PBTS0001) first; the subset checks run after.";

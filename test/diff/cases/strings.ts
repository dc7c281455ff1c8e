import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;
const echo = (expr: string) => `this.Echo(${expr});`;
/** Every code unit from `from` to `to` (exclusive) as a TS string literal. */
const range = (from: number, to: number) => JSON.stringify(Array.from({ length: to - from }, (_, i) => String.fromCharCode(from + i)).join(""));

export const cases: DiffCase[] = [
  // Literals and escapes
  { name: "escapes in literals", main: `${echo('"a\\tb"')} ${echo('"q\\"uote\\\'s"')} ${echo('"back\\\\slash"')} ${echo('"nul\\0x"')}` },
  { name: "newline and carriage return", main: `${echo('"line1\\nline2"')} ${echo('"cr\\rlf"')} ${echo('"\\v\\f\\b"')}` },
  { name: "unicode escapes", main: `${echo('"\\u00e9\\u4e2d\\x41"')} ${echo('"\\u{1F600}"')} ${show('"\\u{1F600}".length')}` },
  { name: "surrogate pair literal", main: `const s = "a😀b"; ${show("s.length")} ${show("s.charCodeAt(1)")} ${show("s.charCodeAt(2)")} ${echo("s")}` },
  { name: "lone surrogate via charAt", main: `const s = "😀"; ${show("s.charAt(0).length")} ${show("s.charAt(0).charCodeAt(0)")} ${show("s[1].charCodeAt(0)")}` },
  { name: "non-ASCII literal", main: `${echo('"héllo wörld ñ 中文"')} ${show('"héllo".length')}` },
  { name: "single vs double quoted", main: `${echo("'single \"inner\"'")} ${echo('"double \'inner\'"')}` },
  { name: "no-substitution template", main: "this.Echo(`plain ${'$'}{not} \\` backtick`);" },

  // Concatenation
  { name: "concat with int and double", main: `const i: int = 3; const d = 2.5; ${echo('"i=" + i + " d=" + d')} ${echo('"sum " + (i + d)')} ${echo('i + d + "!"')}` },
  { name: "concat with special doubles", main: `const z = 0; ${echo('"a" + 1 / z')} ${echo('"b" + -1 / z')} ${echo('"c" + z / z')} ${echo('"d" + 0.1 * 3')} ${echo('"e" + 1e21')} ${echo('"f" + -z')}` },
  { name: "concat with booleans", main: `const t = true; const f = 1 > 2; ${echo('"t=" + t + ",f=" + f')} ${echo('t + "x"')}` },
  { name: "concat with null string", main: `let s: string | null = null; ${echo('"v=" + s')} s = "ok"; ${echo('"v=" + s')} ${echo('s + "!"')}` },
  { name: "concat assignment", main: `let s = "a"; s += "b"; s += 1; s += true; s += 2.5; ${echo("s")}` },
  { name: "concat in loop", main: `let s = ""; for (let i = 0; i < 5; i++) { s += i; s += ","; } ${echo("s")}` },
  { name: "concat number then string order", main: `const a = 1; const b = 2; ${echo('a + b + "c"')} ${echo('"c" + a + b')} ${echo('"c" + (a + b)')}` },
  { name: "concat with long and float", main: `const l: long = 9007199254740991; const f: float = toFloat(0.1); ${echo('"l=" + l')} ${echo('"f=" + f')}` },
  { name: "concat with enum", top: "enum Color { Red, Green = 5 }", main: `const c = Color.Green; ${echo('"c=" + c')} ${show("Color.Red")}` },

  // Template strings
  { name: "template with each type", main: "const i: int = 7; const d = 0.5; const b = false; const s = \"str\"; const n: string | null = null; this.Echo(`${i}|${d}|${b}|${s}|${n}|${1 / 3}`);" },
  { name: "nested template", main: "const x = 2; this.Echo(`outer ${`inner ${x * 2} end`} done`);" },
  { name: "template with expressions", main: "const a = [1, 2, 3]; const s = \"abc\"; this.Echo(`${a.length} ${s.toUpperCase()} ${s.length > 2 ? \"long\" : \"short\"} ${a[1] + 0.5}`);" },
  { name: "template starting with expression", main: "const v = 3; this.Echo(`${v}`); this.Echo(`${v}${v}`); this.Echo(`${\"\"}`);" },
  { name: "template escapes", main: "const v = 1; this.Echo(`tab\\there ${v}\\nnext \\u0041 \\${v}`);" },
  { name: "template multiline", main: "const v = 1; this.Echo(`first ${v}\nsecond`);" },

  // length and indexing
  { name: "length", main: `${show('"".length')} ${show('"abc".length')} const s = "hello"; ${show("s.length * 2")}` },
  { name: "indexing s[i]", main: `const s = "hello"; for (let i = 0; i < s.length; i++) ${echo("s[i]")}` },
  { name: "indexing compared", main: `const s = "abc"; let n = 0; for (let i = 0; i < s.length; i++) { if (s[i] === "b") n = i; } ${show("n")}` },
  { name: "charAt", main: `const s = "hello"; ${echo('s.charAt(0)')} ${echo('s.charAt(4)')} ${echo('"[" + s.charAt(5) + "]"')} ${echo('"[" + s.charAt(-1) + "]"')} ${echo('s.charAt(1.7)')}` },
  { name: "charCodeAt", main: `const s = "aZ~é"; for (let i = 0; i < 4; i++) ${show("s.charCodeAt(i)")} ${show("s.charCodeAt(9)")} ${show("s.charCodeAt(-1)")}` },

  // Searching
  { name: "indexOf", main: `const s = "abcabc"; ${show('s.indexOf("c")')} ${show('s.indexOf("bc")')} ${show('s.indexOf("x")')} ${show('s.indexOf("")')} ${show('"".indexOf("")')}` },
  { name: "indexOf with fromIndex", main: `const s = "abcabc"; ${show('s.indexOf("a", 1)')} ${show('s.indexOf("a", -5)')} ${show('s.indexOf("a", 100)')} ${show('s.indexOf("", 100)')} ${show('s.indexOf("", 3)')} ${show('s.indexOf("c", 2.5)')}` },
  { name: "lastIndexOf", main: `const s = "abcabc"; ${show('s.lastIndexOf("a")')} ${show('s.lastIndexOf("bc")')} ${show('s.lastIndexOf("z")')} ${show('s.lastIndexOf("")')}` },
  { name: "lastIndexOf with fromIndex", main: `const s = "abcabc"; ${show('s.lastIndexOf("a", 2)')} ${show('s.lastIndexOf("a", 3)')} ${show('s.lastIndexOf("a", -1)')} ${show('s.lastIndexOf("c", 100)')} ${show('s.lastIndexOf("", 2)')}` },
  { name: "includes startsWith endsWith", main: `const s = "Hello World"; ${show('s.includes("lo W")')} ${show('s.includes("")')} ${show('s.includes("world")')} ${show('s.startsWith("Hell")')} ${show('s.startsWith("")')} ${show('s.endsWith("ld")')} ${show('s.endsWith("L")')}` },
  { name: "search with non-ASCII", main: `const s = "straße"; ${show('s.indexOf("ss")')} ${show('s.includes("ß")')} ${show('"æ".startsWith("ae")')} ${show('"e\\u0301".indexOf("é")')}` },

  // substring and slice
  { name: "substring", main: `const s = "abcdef"; ${echo("s.substring(2)")} ${echo("s.substring(1, 4)")} ${echo("s.substring(4, 1)")} ${echo("s.substring(-3, 2)")} ${echo("s.substring(3, 100)")} ${echo("s.substring(NaN, 2)")}` },
  { name: "substring with fractions", main: `const s = "abcdef"; ${echo("s.substring(1.9, 3.2)")} ${echo("s.substring(Infinity)")} ${echo('"[" + s.substring(6) + "]"')}` },
  { name: "slice", main: `const s = "abcdef"; ${echo("s.slice(2)")} ${echo("s.slice(-2)")} ${echo("s.slice(1, -1)")} ${echo('"[" + s.slice(4, 1) + "]"')} ${echo("s.slice(-100, 2)")} ${echo("s.slice(NaN)")} ${echo("s.slice()")}` },
  { name: "slice with fractions", main: `const s = "abcdef"; ${echo("s.slice(1.5, 3.9)")} ${echo("s.slice(-2.5)")} ${echo('"[" + s.slice(10) + "]"')}` },

  // split
  { name: "split basic", main: `const p = "a,b,,c".split(","); ${show("p.length")} for (const x of p) ${echo('"[" + x + "]"')}` },
  { name: "split empty separator", main: `const p = "abc".split(""); ${show("p.length")} ${echo('p.join("|")')} ${show('"".split("").length')}` },
  { name: "split separator at ends", main: `const p = ",a,".split(","); ${show("p.length")} ${echo('p.join("|")')}` },
  { name: "split absent separator", main: `const p = "abc".split(";"); ${show("p.length")} ${echo("p[0]")} ${show('"".split(",").length')}` },
  { name: "split multi-char separator", main: `const p = "a::b:::c".split("::"); ${echo('p.join("|")')} ${show("p.length")}` },
  { name: "split surrogate pair", main: `const p = "a😀".split(""); ${show("p.length")} ${show("p[1].charCodeAt(0)")}` },

  // trim
  { name: "trim ASCII whitespace", main: `const s = " \\t\\n\\r\\v\\f x y \\n"; ${echo('"[" + s.trim() + "]"')} ${echo('"[" + s.trimStart() + "]"')} ${echo('"[" + s.trimEnd() + "]"')}` },
  { name: "trim unicode whitespace", main: `const s = "\\u00A0\\uFEFF\\u2003\\u3000x\\u2028\\u2029\\u1680\\u202F"; ${show("s.trim().length")} ${echo("s.trim()")}` },
  { name: "trim does not remove NEL or ZWSP", main: `const s = "\\u0085x\\u200B"; ${show("s.trim().length")} ${show("s.trim().charCodeAt(0)")} ${show('"\\u180Ey".trim().length')}` },
  { name: "trim of all-space and empty", main: `${echo('"[" + "   ".trim() + "]"')} ${echo('"[" + "".trimEnd() + "]"')}` },

  // case
  { name: "toUpperCase toLowerCase ASCII", main: `const s = "Hello, World 123!"; ${echo("s.toUpperCase()")} ${echo("s.toLowerCase()")}` },
  { name: "case mapping of Latin-1 and Greek", main: `${echo('"àéîõü çñ".toUpperCase()')} ${echo('"ÀÉÎÕÜ ÇÑ".toLowerCase()')} ${echo('"αβγ".toUpperCase()')} ${echo('"ΑΒΓ".toLowerCase()')}` },
  { name: "toUpperCase of U+0000..U+052F", main: `const s = ${range(0, 0x530)}; const u = s.toUpperCase(); ${show("u.length")} for (let i = 0; i < u.length; i += 64) ${echo("u.substring(i, i + 64)")}` },
  { name: "toLowerCase of U+0000..U+052F", main: `const s = ${range(0, 0x530)}; const l = s.toLowerCase(); ${show("l.length")} for (let i = 0; i < l.length; i += 64) ${echo("l.substring(i, i + 64)")}` },
  { name: "final sigma", main: `for (const w of ["ΟΔΟΣ", "Σ", "ΣΑ", "ΑΣ.", "ΑΣ'Α", "Α.Σ", "ΑΣ Β", "ΑΣΣ"]) ${echo("w.toLowerCase()")}` },
  { name: "case mapping of sharp s, n-apostrophe, micro", main: `${echo('"straße".toUpperCase()')} ${show('"ß".toUpperCase().length')} ${echo('"ŉ".toUpperCase()')} ${echo('"µ".toUpperCase()')}` },
  { name: "case mapping of dotted i", main: `${echo('"iI".toUpperCase()')} ${echo('"iI".toLowerCase()')} ${show('"İ".toLowerCase().length')}` },

  // replace and replaceAll
  { name: "replace replaces the first only", main: `const s = "a-b-c"; ${echo('s.replace("-", "+")')} ${echo('s.replace("x", "+")')} ${echo('s.replace("", "^")')}` },
  { name: "replaceAll", main: `const s = "a-b-c"; ${echo('s.replaceAll("-", "+")')} ${echo('s.replaceAll("", "_")')} ${echo('"aaaa".replaceAll("aa", "b")')} ${echo('s.replaceAll("-", "")')}` },

  // repeat and pad
  { name: "repeat", main: `${echo('"ab".repeat(3)')} ${echo('"[" + "ab".repeat(0) + "]"')} ${echo('"x".repeat(2.7)')}` },
  { name: "repeat negative throws", main: `const n = -1; ${echo('"ab".repeat(n)')}` },
  { name: "padStart and padEnd", main: `${echo('"5".padStart(3, "0")')} ${echo('"abc".padEnd(6, ".")')} ${echo('"x".padStart(4)')} ${echo('"abcdef".padStart(3, "0")')}` },
  { name: "pad with multi-char fill", main: `${echo('"x".padStart(6, "abc")')} ${echo('"x".padEnd(6, "abc")')} ${echo('"x".padStart(5, "")')} ${echo('"x".padEnd(2.9, "-")')}` },

  // comparison
  { name: "string comparison is code-unit order", main: `${show('"Z" < "a"')} ${show('"a" < "B"')} ${show('"abc" < "abd"')} ${show('"ab" < "abc"')} ${show('"" < "a"')} ${show('"b" > "abc"')}` },
  { name: "string comparison non-ASCII", main: `const a = "é"; const b = "z"; ${show("a < b")} ${show("a > b")} ${show('"\\uFF21" > "😀"')} ${show('"a" <= "a"')} ${show('"a" >= "b"')}` },
  { name: "string comparison at runtime", main: `const xs = ["b", "B", "a", "A", "_", "1"]; for (const x of xs) ${show('x < "a"')}` },
  { name: "string equality", main: `const a: string = "ab"; const b = "a" + "b"; ${show("a === b")} ${show('a !== "AB"')} const n: string | null = null; ${show("n === null")} ${show("n === a")}` },
  { name: "equality of built strings", main: `let s = ""; for (let i = 0; i < 3; i++) s += "x"; ${show('s === "xxx"')} ${show('s.substring(1) === "xx"')}` },

  // String(x) and toString
  { name: "String of each type", main: `const i: int = -3; const d = 1.25; const b = true; const s = "s"; const n: string | null = null; ${show("i")} ${show("d")} ${show("b")} ${show("s")} ${show("n")}` },
  { name: "toString of each type", main: `const i: int = 42; const d = 1e-7; const b = false; const s = "s"; this.Echo(i.toString()); this.Echo(d.toString()); this.Echo(b.toString()); this.Echo(s.toString());` },

  // StringBuilder
  { name: "StringBuilder Append and ToString", main: `const sb = new StringBuilder(); sb.Append("a"); sb.Append("b"); sb.Append("c"); ${echo("sb.ToString()")} ${show("sb.Length")}` },
  { name: "StringBuilder AppendLine is newline", main: `const sb = new StringBuilder(); sb.AppendLine("one"); sb.AppendLine("two"); sb.Append("three"); ${echo("sb.ToString()")}` },
  { name: "StringBuilder Clear", main: `const sb = new StringBuilder(); sb.Append("abc"); sb.Clear(); ${show("sb.Length")} sb.Append("x"); ${echo("sb.ToString()")}` },
  { name: "StringBuilder AppendLine without argument", main: `const sb = new StringBuilder(); sb.Append("a"); sb.AppendLine(); sb.Append("b"); ${echo("sb.ToString()")} ${show("sb.Length")}` },

  // truthiness and ??
  { name: "truthiness of strings", main: `const xs = ["", "a", "0", " "]; for (const x of xs) { if (x) this.Echo("yes"); else this.Echo("no"); }` },
  { name: "truthiness of string | null", main: `let s: string | null = null; if (s) this.Echo("1"); else this.Echo("0"); s = ""; if (s) this.Echo("1"); else this.Echo("0"); s = "x"; if (!s) this.Echo("1"); else this.Echo("0");` },
  { name: "?? on string | null", main: `let s: string | null = null; ${echo('s ?? "default"')} s = ""; ${echo('"[" + (s ?? "default") + "]"')} s = "v"; ${echo('s ?? "default"')}` },
  { name: "?? chained", members: "pick(a: string | null, b: string | null): string { return a ?? b ?? \"none\"; }", main: `${echo('this.pick(null, null)')} ${echo('this.pick(null, "b")')} ${echo('this.pick("a", "b")')}` },

  // misc
  { name: "string concat method", main: `${echo('"ab".concat("cd")')} const s = "x"; ${echo('s.concat(s)')}` },
  { name: "building and reading a char table", main: `const s = "The quick brown fox"; let words = 0; let upper = 0; for (let i = 0; i < s.length; i++) { if (s[i] === " ") words++; const c = s.charCodeAt(i); if (c >= 65 && c <= 90) upper++; } ${show("words + 1")} ${show("upper")}` },
  // ---- issue 12 class 4: a missing value prints as "undefined"
  { name: "undefined from find, Map.get and pop prints undefined", main: `const words = ["alpha", "beta"]; this.Echo(\`\${words.find((w) => w.startsWith("z"))}\`); const m = new Map<string, string>(); m.set("a", "x"); this.Echo("z is " + m.get("z")); this.Echo("a is " + m.get("a")); const e: string[] = []; this.Echo(\`\${e.pop()}\`); ${show('words.find((w) => w.length === 4)')}` },
  { name: "null still prints null", main: `let s: string | null = null; this.Echo("v=" + s); s = "set"; this.Echo("v=" + s); const xs: (number | null)[] = [1.5, null]; ${show("xs[0]")} ${show("xs[1]")} const bs: (boolean | null)[] = [true, null]; this.Echo(\`\${bs[0]} \${bs[1]}\`);` },
  // ---- class 7: repeat counts as JS converts them
  { name: "repeat truncates, NaN is 0, -0.5 is 0", main: `${echo('"[" + " ".repeat((9 - 10) / 2) + "]"')} const n = NaN; ${echo('"[" + "ab".repeat(n) + "]"')} ${echo('"ab".repeat(2.9)')} ${echo('"[" + "".repeat(1e9) + "]"')}` },
  { name: "repeat with a negative or infinite count throws", main: `for (const c of [-1, Infinity, -Infinity, -0.9]) { try { this.Echo("[" + "ab".repeat(c) + "]"); } catch (e) { this.Echo("RangeError"); } }` },
  // ---- class 8: full Unicode case mapping (SpecialCasing too)
  { name: "case mapping beyond U+052F: ligatures, Armenian, Greek extended, capital sharp s", main: `${echo('"\\ufb01ne".toUpperCase()')} ${echo('"\\ufb00".toUpperCase()')} ${echo('"\\u0587".toUpperCase()')} ${echo('"\\u1fb3".toUpperCase()')} ${echo('"\\u1e9e".toLowerCase()')} ${echo('"\\u1e9e".toUpperCase()')} ${echo('"\\u2126 \\u212a \\u212b".toLowerCase()')} ${echo('"\\u24d0\\u2c65\\ua7c0".toUpperCase()')}` },
  { name: "case mapping of supplementary planes (Deseret, Osage, Adlam)", main: `${echo('"\\u{10428}\\u{104d8}\\u{1e922}".toUpperCase()')} ${echo('"\\u{10400}\\u{104b0}\\u{1e900}".toLowerCase()')} ${show('"\\u{10428}".toUpperCase().length')}` },
  { name: "toUpperCase of U+0530..U+FFFF", main: `const parts: string[] = []; for (let c = 0x530; c < 0x10000; c += 0x800) { let s = ""; for (let i = c; i < c + 0x800 && i < 0x10000; i++) { if (i < 0xd800 || i > 0xdfff) s += String.fromCharCode(i); } parts.push(s.toUpperCase()); } for (const p of parts) this.Echo(p);` },
  { name: "toLowerCase of U+0530..U+FFFF", main: `const parts: string[] = []; for (let c = 0x530; c < 0x10000; c += 0x800) { let s = ""; for (let i = c; i < c + 0x800 && i < 0x10000; i++) { if (i < 0xd800 || i > 0xdfff) s += String.fromCharCode(i); } parts.push(s.toLowerCase()); } for (const p of parts) this.Echo(p);` },
  { name: "final sigma after non-Greek cased letters and ignorables", main: `for (const w of ["A\\u03a3", "\\u00aa\\u03a3", "A\\u0301\\u03a3", "A\\u03a3\\u0301", "\\u1d2c\\u03a3 x", "1\\u03a3", "A\\u03a3\\u{10428}", "\\u{10400}\\u03a3"]) ${echo("w.toLowerCase()")}` },
  // ---- class 9: lone surrogates survive into C#
  { name: "lone surrogates in literals", main: `const s = "a\\ud800b\\udfffc"; ${show("s.length")} ${show("s.charCodeAt(1)")} ${show("s.charCodeAt(3)")} ${echo("s")} ${echo('"\\udc00" + "\\ud83d"')} ${show('"\\ud83d\\ude00" === "\\u{1F600}"')}` },
  // ---- class 10: '$' patterns in replacements
  { name: "replace with $ patterns", main: `${echo('"abc".replace("b", "[$&]")')} ${echo('"abc".replace("b", "$$")')} ${echo('"abc".replace("b", "$\`")')} ${echo('"abc".replace("b", "$\'")')} ${echo('"abc".replace("b", "$1$<x>$")')} ${echo('"abc".replace("b", "$$&")')}` },
  { name: "replace with a template-literal replacement", main: "this.Echo(\"abc\".replace(\"b\", `[$&]`)); const tag = \"T\"; this.Echo(\"abc\".replace(\"b\", `${tag}:$&`));" },
  { name: "replace with a computed replacement", main: `const d = "$"; const w = d + "&" + d + "&"; ${echo('"a-b".replace("-", w)')} ${echo('"a-b-c".replaceAll("-", "<$&$\`>")')} ${echo('"aaa".replaceAll("", "$\'|")')}` },
  // ---- class 16: Error messages
  { name: "new Error() has an empty message", main: `const e = new Error(); this.Echo("[" + e.message + "]"); const f = new Error("x"); this.Echo("[" + f.message + "]"); try { throw new Error(); } catch (err) { this.Echo("[" + (err as Error).message + "]"); }` },
  { name: "fuzz F2: Map.get and find of a missing value print undefined", main: "const m = new Map<string, string>(); this.Echo(\"got \" + m.get(\"zz\")); const w: string[] = []; this.Echo(`${w.find((x) => x === \"q\")}`);" },
  { name: "fuzz F5: toUpperCase of a ligature", main: `this.Echo("\ufb01ne".toUpperCase());` },
  { name: "fuzz F6: a lone surrogate in a literal", main: `this.Echo("x\\uD800y");` },
];

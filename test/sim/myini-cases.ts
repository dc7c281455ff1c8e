// The MyIni parse conformance table: what SE's MyIni.TryParse gives for each text (read from SE's
// implementation; sim/myini.notes.md). Run on the TS engine by myini.test.ts, on the C# engine's
// MyIni (compiler/csharp/stubs/handwritten/MyIni.cs) by myini-cs.test.ts.

// ---- parse conformance table ---------------------------------------------------------------------

export interface ParseCase {
  name: string;
  input: string;
  /** MyIniParseResult.ToString(): "Success" or "Line N: error". */
  result: string;
  sections?: string[];
  /** "section/key" → Get(...).ToString(null) expected; null = missing (MyIniValue.IsEmpty). */
  values?: Record<string, string | null>;
  /** section → key names from GetKeys, in order. */
  keys?: Record<string, string[]>;
  sectionComments?: Record<string, string | null>;
  /** "section/key" → GetComment. */
  comments?: Record<string, string | null>;
  endComment?: string | null;
  endContent?: string;
  /** Values that differ after ToString + TryParse (SE writes values line by line, with "\n"). */
  roundTripValues?: Record<string, string>;
  /** Why this text does not survive ToString + TryParse, in SE as here. */
  noRoundTrip?: string;
}

export const ILLEGAL = "contains illegal characters (\\r, \\n, |, =, [, ])";

export const PARSE_CASES: ParseCase[] = [
  // Documents that are empty or whitespace.
  { name: "empty text", input: "", result: "Success", sections: [] },
  { name: "whitespace only", input: "  \n\t\r\n \u00a0", result: "Success", sections: [] },
  // Sections and keys.
  { name: "one key", input: "[a]\nk=v", result: "Success", sections: ["a"], values: { "a/k": "v" } },
  { name: "CRLF line endings", input: "[a]\r\nk=v\r\nj=w\r\n", result: "Success", values: { "a/k": "v", "a/j": "w" } },
  { name: "leading spaces and tabs before a key", input: "[a]\n  \tk=v", result: "Success", keys: { a: ["k"] }, values: { "a/k": "v" } },
  { name: "blanks before = are trimmed from the key", input: "[a]\nk \t=v", result: "Success", keys: { a: ["k"] } },
  { name: "value trimmed of spaces and tabs", input: "[a]\nk=  v w \t", result: "Success", values: { "a/k": "v w" } },
  { name: "value may contain =", input: "[a]\nk=a=b", result: "Success", values: { "a/k": "a=b" } },
  { name: "value may contain [ ] ; #", input: "[a]\nk=[x] ;y #z", result: "Success", values: { "a/k": "[x] ;y #z" } },
  { name: "empty value is present and empty", input: "[a]\nk=", result: "Success", values: { "a/k": "", "a/missing": null } },
  { name: "blank value before next key", input: "[a]\nk=   \nj=1", result: "Success", values: { "a/k": "", "a/j": "1" } },
  { name: "key names may hold spaces", input: "[a]\nmy key = my value", result: "Success", keys: { a: ["my key"] }, values: { "a/my key": "my value" } },
  { name: "empty sections", input: "[a]\n[b]\n", result: "Success", sections: ["a", "b"], keys: { a: [], b: [] } },
  { name: "section names are not trimmed", input: "[ a ]\nk=1", result: "Success", sections: [" a "] },
  { name: "whitespace after ] is allowed", input: "[a]  \t\nk=1", result: "Success", sections: ["a"], values: { "a/k": "1" } },
  { name: "blank lines between keys", input: "[a]\n\nk=1\n\n\nj=2\n", result: "Success", keys: { a: ["k", "j"] } },
  // Multi-line values.
  { name: "multi-line value", input: "[a]\nk=\n|line1\n|line2\nj=1", result: "Success", values: { "a/k": "line1\nline2", "a/j": "1" } },
  { name: "multi-line value keeps an empty line", input: "[a]\nk=\n|a\n|\n|b", result: "Success", values: { "a/k": "a\n\nb" } },
  { name: "multi-line value keeps inner blanks", input: "[a]\nk=\n|  x  \n", result: "Success", values: { "a/k": "  x  " } },
  { name: "multi-line value after blanks after =", input: "[a]\nk=  \n|x", result: "Success", values: { "a/k": "x" } },
  { name: "multi-line value with CRLF keeps CRLF inside", input: "[a]\r\nk=\r\n|a\r\n|b\r\n", result: "Success", values: { "a/k": "a\r\nb" }, roundTripValues: { "a/k": "a\nb" } },
  { name: "empty value not followed by | lines", input: "[a]\nk=\nj=2", result: "Success", values: { "a/k": "", "a/j": "2" } },
  { name: "| must be at column 0", input: "[a]\nk=\n |x", result: "Line 3: Expected key=value definition", values: { "a/k": "" } },
  { name: "| line after a one-line value", input: "[a]\nk=v\n|x", result: "Line 3: Expected key=value definition", values: { "a/k": "v" } },
  { name: "| line with = is an illegal key", input: "[a]\nk=v\n|x=1", result: `Line 3: Key ${ILLEGAL}` },
  // Comments.
  { name: "comment before a section", input: ";hello\n[a]\nk=1", result: "Success", sectionComments: { a: "hello" }, comments: { "a/k": null }, endComment: null },
  { name: "comment before a key", input: "[a]\n;about k\nk=1", result: "Success", sectionComments: { a: null }, comments: { "a/k": "about k" } },
  { name: "comment lines join with \\n", input: "[a]\n;one\n; two\nk=1", result: "Success", comments: { "a/k": "one\n two" } },
  { name: "blank line inside a comment block", input: ";a\n\n;b\n[s]", result: "Success", sectionComments: { s: "a\n\nb" } },
  { name: "blank line after a comment block (SE keeps a trailing \\n)", input: ";a\n\n[s]", result: "Success", sectionComments: { s: "a\n" } },
  { name: "comment with CRLF", input: ";x\r\n[a]\r\n", result: "Success", sectionComments: { a: "x" } },
  { name: "empty comment line", input: "[a]\n;\nk=1", result: "Success", comments: { "a/k": "" } },
  { name: "trailing comment is the end comment", input: "[a]\nk=1\n;bye", result: "Success", comments: { "a/k": null }, endComment: "bye" },
  { name: "no end comment", input: "[a]\nk=1\n", result: "Success", endComment: null },
  { name: "repeated section: later comment replaces", input: ";one\n[a]\n;two\n[A]", result: "Success", sections: ["a"], sectionComments: { a: "two" } },
  { name: "indented ; is not a comment", input: "[a]\n  ;x", result: "Line 2: Expected key=value definition" },
  { name: "indented ;k=v is a key", input: "[a]\n ;k=v", result: "Success", keys: { a: [";k"] }, values: { "a/;k": "v" }, noRoundTrip: "written at column 0, ;k=v is a comment" },
  { name: "# is not a comment", input: "[a]\n# note", result: "Line 2: Expected key=value definition" },
  { name: "#k=v is a key", input: "[a]\n#k=1", result: "Success", values: { "a/#k": "1" } },
  { name: "comment only document", input: ";just a note\n", result: "Success", sections: [], endComment: "just a note" },
  // Text before the first section; section syntax.
  { name: "key before the first section", input: "k=1\n[a]", result: "Line 1: Expected [section] definition", sections: [] },
  { name: "error reported where the comment block before it starts", input: ";c\n\nk=1\n[a]", result: "Line 1: Expected [section] definition" },
  { name: "junk after blank lines at the top", input: "\n\njunk", result: "Line 1: Expected [section] definition" },
  // fo's report (session 5): the two engines said "Line 1" and "Line 3"; SE reports where the blank lines start.
  { name: "keys after blank lines at the top (a CustomData without its section)", input: "\n\nid=a\nrank=0", result: "Line 1: Expected [section] definition", sections: [] },
  { name: "error after blank lines and a comment at the top", input: "\n;c\n\nid=a", result: "Line 1: Expected [section] definition" },
  { name: "unclosed section after blank lines", input: "[a]\nk=1\n\n\n[b\nj=2", result: "Line 3: Expected [section] definition", values: { "a/k": "1" } },
  { name: "bad key after blank lines is reported at its own line", input: "[a]\n\n\nbad", result: "Line 4: Expected key=value definition" },
  { name: "indented first section header", input: " [a]", result: "Line 1: Expected [section] definition" },
  { name: "indented later section header", input: "[a]\nk=1\n [b]", result: "Line 3: Expected [section] definition", values: { "a/k": "1" } },
  { name: "unclosed section", input: "[a", result: "Line 1: Expected [section] definition" },
  { name: "unclosed later section", input: "[a]\nk=1\n[b", result: "Line 3: Expected [section] definition" },
  { name: "later section error at start of preceding blank/comment lines", input: "[a]\nk=1\n\n;c\n[b", result: "Line 3: Expected [section] definition" },
  { name: "section name runs to the last ]", input: "[a]b]\n", result: `Line 1: Section ${ILLEGAL}` },
  { name: "text after ]", input: "[a] x\n", result: "Line 1: Expected newline" },
  { name: "text after ] on a later line", input: "[a]\nk=1\n[b]x", result: "Line 3: Expected newline", sections: ["a"] },
  { name: "empty section name", input: "[]", result: "Line 1: Section cannot be empty." },
  { name: "= in a section name", input: "[a=b]", result: `Line 1: Section ${ILLEGAL}` },
  { name: "| in a section name", input: "[a]\n[a|b]", result: `Line 2: Section ${ILLEGAL}`, sections: ["a"] },
  // Key syntax.
  { name: "line without =", input: "[a]\nk\n", result: "Line 2: Expected key=value definition" },
  { name: "empty key", input: "[a]\n=v", result: "Line 2: Key cannot be empty." },
  { name: "blank key", input: "[a]\n  = v", result: "Line 2: Key cannot be empty." },
  { name: "[ in a key", input: "[a]\nk[1]=v", result: `Line 2: Key ${ILLEGAL}` },
  { name: "] in a key", input: "[a]\nk]=v", result: `Line 2: Key ${ILLEGAL}` },
  { name: "| at start of a key", input: "[a]\n|k=v", result: `Line 2: Key ${ILLEGAL}` },
  { name: "lone \\r before = ends the line for the = search", input: "[a]\nk\r=1", result: "Line 2: Expected key=value definition" },
  // Duplicates, merging, case.
  { name: "duplicate key", input: "[a]\nk=1\nk=2", result: "Line 3: Duplicate key a/k", values: { "a/k": "1" } },
  { name: "duplicate key across a repeated section, case-insensitive", input: "[A]\nk=1\n[a]\nK=2", result: "Line 4: Duplicate key a/K" },
  {
    name: "repeated sections merge",
    input: "[a]\nx=1\n[b]\ny=2\n[A]\nz=3",
    result: "Success",
    sections: ["a", "b"],
    keys: { a: ["x", "z"], b: ["y"] },
    values: { "A/Z": "3", "B/y": "2" },
  },
  { name: "case-insensitive lookup keeps spelling", input: "[Sec]\nKey=1", result: "Success", sections: ["Sec"], keys: { sec: ["Key"] }, values: { "sec/key": "1", "SEC/KEY": "1" } },
  { name: "non-ASCII case folding", input: "[Ünï]\nÄ=1", result: "Success", values: { "üNÏ/ä": "1" } },
  { name: "ß does not fold to SS", input: "[a]\nß=1", result: "Success", values: { "a/ß": "1", "a/SS": null } },
  // End of document.
  { name: "--- ends the document", input: "[a]\nk=1\n---\nanything [ goes\n= here", result: "Success", values: { "a/k": "1" }, endContent: "anything [ goes\n= here" },
  { name: "--- followed by blanks", input: "[a]\n---  \t\nX", result: "Success", endContent: "X" },
  { name: "--- before any section", input: "---\nfree text", result: "Success", sections: [], endContent: "free text" },
  { name: "--- as the last line", input: "[a]\nk=1\n---", result: "Success", endContent: "" },
  { name: "---- is not the end marker", input: "[a]\n----", result: "Line 2: Expected key=value definition" },
  { name: "indented --- is not the end marker", input: "[a]\n ---\nx", result: "Line 2: Expected key=value definition" },
  { name: "--- x is not the end marker", input: "[a]\n--- x", result: "Line 2: Expected key=value definition" },
  { name: "comments before --- are the end comment", input: "[a]\nk=1\n;c\n---\nX", result: "Success", comments: { "a/k": null }, endComment: "c", endContent: "X" },
  { name: "end content keeps CRLF", input: "[a]\r\n---\r\nx\r\ny", result: "Success", endContent: "x\r\ny" },
  // Ends of text and partial results.
  { name: "trailing blank line with newline", input: "[a]\nk=1\n  \n", result: "Success", values: { "a/k": "1" } },
  { name: "trailing blanks without newline are an error (as SE)", input: "[a]\nk=1\n  ", result: "Line 3: Expected [section] definition" },
  { name: "line numbers with CRLF", input: "[a]\r\nk=1\r\nbad", result: "Line 3: Expected key=value definition" },
  {
    name: "failed parse keeps what came before the error",
    input: "[a]\nk=1\n[b]\nbad",
    result: "Line 4: Expected key=value definition",
    sections: ["a", "b"],
    values: { "a/k": "1" },
  },
];


// Minify levels like MDK2's: none, trim (drop unused types and members), stripcomments, lite
// (whitespace), full (lite + renaming). Trimming works on the lines pbts itself emits (one type per
// top-level block, known layout); then compiler/print/ prints the level's layout. Program's own
// members (Main, Save, the constructor) are never touched.
import { printLevels, printLines, type PrintedScript, type SrcLine } from "./print/index.ts";

export const MINIFY_LEVELS = ["none", "trim", "stripcomments", "lite", "full"] as const;
export type MinifyLevel = (typeof MINIFY_LEVELS)[number];

const textOf = (ls: SrcLine[]) => ls.map((l) => l.text).join("\n");
const linesOf = (body: string): SrcLine[] => body.split("\n").map((text) => ({ text }));

/** Top-level blocks of a Program body: each starts at column 0 and ends at its closing `}`. */
function splitBlocks(lines: SrcLine[]): SrcLine[][] {
  const blocks: SrcLine[][] = [];
  let cur: SrcLine[] = [];
  for (const line of lines) {
    const l = line.text;
    cur.push(line);
    if (l === "}" || (/^\S/.test(l) && l.endsWith(";"))) {
      blocks.push(cur);
      cur = [];
    }
  }
  if (cur.some((l) => l.text.trim())) blocks.push(cur);
  return blocks;
}

const TYPE_DECL = /^(?:\[Flags\]\n)?(?:public |private |static |abstract )*(?:class|interface|enum|struct) (\w+)/m;

/** Drop nested types nothing else mentions (repeat: dropping one may orphan another). */
export function trimUnusedTypes(body: string): string {
  return textOf(trimTypeLines(linesOf(body)));
}

function trimTypeLines(lines: SrcLine[]): SrcLine[] {
  let blocks = splitBlocks(lines).map((ls) => ({ ls, text: textOf(ls) }));
  for (;;) {
    const keep = blocks.filter((blk, i) => {
      const b = blk.text;
      const m = TYPE_DECL.exec(b.trimStart());
      if (!m || !b.trimStart().startsWith(m[0].split("\n")[0])) return true;
      const name = m[1];
      const re = new RegExp(`\\b${name}\\b`);
      return blocks.some((o, j) => j !== i && re.test(stripCommentsAndStrings(o.text)));
    });
    if (keep.length === blocks.length) return blocks.flatMap((b) => b.ls);
    blocks = keep;
  }
}

interface Member {
  start: number;
  end: number; // exclusive
  name: string;
  keep: boolean;
}

/** Members of a class block in pbts's layout: 4-space indented, one line or a `{ ... }` block. */
function classMembers(lines: string[], className: string): Member[] {
  const members: Member[] = [];
  let i = lines.findIndex((l) => l === "{") + 1;
  while (i > 0 && i < lines.length - 1) {
    const l = lines[i];
    if (!/^ {4}\S/.test(l) || l.trim() === "{" || l.trim() === "}") {
      i++;
      continue;
    }
    let end = i + 1;
    if (lines[i + 1] === "    {") {
      end = lines.indexOf("    }", i + 1) + 1;
      if (end === 0) return [];
    }
    const head = l.trim().replace(/\s*=.*$/, "").replace(/;$/, "");
    const m = head.includes("(") ? /(\w+)(?:<[^>]*>)?\s*\(/.exec(head) : /(\w+)\s*(?:\{.*)?$/.exec(head);
    const name = m?.[1] ?? "";
    const keep = !name || name === className || /\b(override|abstract)\b/.test(head);
    members.push({ start: i, end, name, keep });
    i = end;
  }
  return members;
}

/** Drop members of nested classes whose name appears nowhere else in the script. */
export function trimUnusedMembers(body: string): string {
  return textOf(trimMemberLines(linesOf(body)));
}

function trimMemberLines(body: SrcLine[]): SrcLine[] {
  for (;;) {
    const blocks = splitBlocks(body);
    // (each name's whole-word count in the script, counted once: what `\bname\b` matches in it)
    const counts = wordCounts(stripCommentsAndStrings(textOf(body)));
    let changed = false;
    const out = blocks.map((blk) => {
      const b = textOf(blk);
      const m = /^(?:public |private |static |abstract )*class (\w+)/m.exec(b.trimStart());
      if (!m || !b.trimStart().startsWith(m[0])) return blk;
      const lines = b.split("\n");
      const drop = new Set<number>();
      for (const mem of classMembers(lines, m[1])) {
        if (mem.keep) continue;
        const own = stripCommentsAndStrings(lines.slice(mem.start, mem.end).join("\n"));
        const re = new RegExp(`\\b${mem.name}\\b`, "g");
        const total = counts.get(mem.name) ?? 0;
        const inOwn = (own.match(re) ?? []).length;
        if (total - inOwn === 0) for (let k = mem.start; k < mem.end; k++) drop.add(k);
      }
      if (!drop.size) return blk;
      changed = true;
      return blk.filter((_, k) => !drop.has(k));
    });
    if (!changed) return body;
    body = out.flat();
  }
}

/** How many times each word (a maximal run of \w) stands in `text`: a name's count is what `\bname\b` matches. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(/\w+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Remove `//` and block comments, leaving strings and chars intact. */
export function stripComments(code: string): string {
  return scan(code, false);
}

function stripCommentsAndStrings(code: string): string {
  return scan(code, true);
}

function scan(code: string, dropStrings: boolean): string {
  let out = "";
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    const n = code[i + 1];
    if (c === "/" && n === "/") {
      while (i < code.length && code[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && n === "*") {
      i = code.indexOf("*/", i + 2);
      i = i < 0 ? code.length : i + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const verbatim = c === '"' && code[i - 1] === "@";
      let j = i + 1;
      while (j < code.length) {
        if (!verbatim && code[j] === "\\") j += 2;
        else if (verbatim && code[j] === '"' && code[j + 1] === '"') j += 2;
        else if (code[j] === c) break;
        else j++;
      }
      out += dropStrings ? `${c}${c}` : code.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  // Lines that held only a comment become empty: drop them.
  return out
    .split("\n")
    .filter((l, k, all) => l.trim() !== "" || (all[k] === "" && code.split("\n")[k]?.trim() === ""))
    .map((l) => l.replace(/\s+$/, ""))
    .join("\n");
}

/** Whitespace: no indentation, no blank lines (newlines kept, so line comments stay safe). */
export function liteWhitespace(code: string): string {
  return code
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * The paste-ready body at a level, with the map of its lines back to the TS. `apiMembers`: the API
 * member names the script reads (compile.ts); without it `full` keeps every name an API member has.
 */
export function minifyLines(lines: SrcLine[], level: MinifyLevel, apiMembers?: Set<string>): PrintedScript {
  if (level !== "none") lines = trimMemberLines(trimTypeLines(lines));
  return printLines(lines, level, apiMembers);
}

/** minifyLines at every level: the trimmed lines are made once for the levels that trim (all but `none`). */
export function minifyAll(lines: SrcLine[], apiMembers?: Set<string>): Map<MinifyLevel, PrintedScript> {
  const out = printLevels<MinifyLevel>(lines, ["none"], apiMembers);
  const trimmed = trimMemberLines(trimTypeLines(lines));
  for (const [level, printed] of printLevels(trimmed, MINIFY_LEVELS.filter((l) => l !== "none"), apiMembers)) out.set(level, printed);
  return new Map(MINIFY_LEVELS.map((l) => [l, out.get(l)!]));
}

export function minify(body: string, level: MinifyLevel): string {
  return minifyLines(linesOf(body), level).text;
}

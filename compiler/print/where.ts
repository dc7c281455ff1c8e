// `pbts where dist/scripts/X/script.cs:LINE`: the TS file and line a line of a paste-ready script was
// emitted from, read from the map `pbts build` writes beside each script (`script.cs.map`).
import { existsSync, readFileSync } from "node:fs";
import type { ScriptMap } from "../build.ts";
import { UsageError } from "../usage-error.ts";

export const RUNTIME_POS = "(pbts runtime)";

export function where(arg: string): string[] {
  // (a name at `full` may be a letter past ASCII: rename.ts WIDE_LETTERS)
  const m = /^(.*):(\d+|[\p{L}_][\p{L}\p{N}_]*)$/u.exec(arg);
  if (!m) throw new UsageError(`"${arg}" is not <script.cs>:<line> (or <script.cs>:<name>). Write e.g. dist/scripts/MyScript/script.cs:120.`);
  const [, file, at] = m;
  if (!existsSync(file)) throw new UsageError(`${file}: no such file. Check the path (scripts are in dist/scripts/<Name>/).`);
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) throw new UsageError(`${file} has no map beside it (${mapFile}). Build it again with "pbts build".`);
  const map = JSON.parse(readFileSync(mapFile, "utf8")) as ScriptMap;
  const text = readFileSync(file, "utf8").split("\n");
  if (map.lines.length !== text.length) throw new UsageError(`${mapFile} does not match ${file} (edited since the build?). Build it again with "pbts build".`);
  if (!/^\d+$/.test(at)) return whereName(file, at, map, text);
  const line = Number(at);
  if (line < 1 || line > text.length) throw new UsageError(`${file} has ${text.length} lines; line ${line} is not one of them.`);
  // a line without a position of its own (a closing brace) belongs to the code above it
  let k = line - 1;
  while (k >= 0 && !map.lines[k] && text[k].trim() && !text[k].trimStart().startsWith("//")) k--;
  const pos = k >= 0 ? map.lines[k] : null;
  const out: string[] = [];
  if (!pos) out.push(`${file}:${line}: not from TypeScript (the Instructions.readme comments on top).`);
  else if (pos === RUNTIME_POS) out.push(`${file}:${line}: the pbts runtime helpers (class Js: JavaScript semantics), not your TypeScript.`);
  else out.push(pos);
  if (map.lineNames?.[line - 1]) {
    const renamed = Object.entries(map.lineNames[line - 1]!);
    out.push(`names on this line (minify level ${map.level}): ${renamed.map(([n, o]) => `${n} = ${o}`).join(", ")}`);
  } else if (map.names && !map.lineNames) {
    const here = new Set(text[line - 1].match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []);
    const renamed = Object.entries(map.names).filter(([n]) => here.has(n));
    if (renamed.length) out.push(`names on this line (minify level ${map.level}): ${renamed.map(([n, o]) => `${n} = ${o}`).join(", ")}`);
  }
  return out;
}

/** `script.cs:Name`: a name from the game's error (a method, a type), its TS name and declaration. */
function whereName(file: string, name: string, map: ScriptMap, text: string[]): string[] {
  const original = map.names && Object.hasOwn(map.names, name) ? map.names[name] : undefined;
  // a declaration: modifiers, a type, then the name (one member per line at `full`)
  const w = String.raw`\p{L}\p{N}_`;
  const decl = new RegExp(String.raw`^\s*(?:(?:public|protected|internal|private|static|readonly|const|virtual|override|abstract|sealed)\s+)*(?:(?:class|struct|interface|enum)\s+|(?!(?:return|throw|else|new|case|goto|yield)(?![${w}]))[${w}.<>\[\],?]*(?:[>\]?]|[${w}]\s)\s*)${name}(?![${w}])`, "u");
  const k = text.findIndex((l) => decl.test(l));
  if (k < 0 && !original) throw new UsageError(`no declaration of "${name}" in ${file}. Give a line number (${file}:<line>), or a name as the script spells it.`);
  const pos = k >= 0 ? map.lines[k] : null;
  return [`${name}${original ? ` = ${original}` : ""}${k >= 0 ? ` (declared on line ${k + 1}${pos ? `: ${pos}` : ""})` : ""}`];
}

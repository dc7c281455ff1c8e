// Where a printed script's characters go, by token kind (compiler/print/lexer.ts; a name is the API's or
// .NET's when compiler/print/names.ts lists it). Usage: npx tsx test/print/scripts/breakdown.ts <script.cs>...
import { readFileSync } from "node:fs";
import { lex } from "../../../compiler/print/lexer.ts";
import { externalNames, unqualifiedNames } from "../../../compiler/print/names.ts";
const ext = externalNames();
// at `full` a made-up name may be one only an API member has (`b`, `X`): a name of one or two
// characters counts as the script's unless it is visible unqualified (a type, `Me`, a keyword)
const unq = unqualifiedNames();
const isApi = (n: string) => ext.has(n) && (n.length > 2 || unq.has(n));
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, "utf8");
  const toks = lex(text);
  const c: Record<string, number> = {};
  let sum = 0;
  for (const t of toks) {
    const k = t.k === "id" ? (isApi(t.t) ? "api names" : "script names") : t.k === "comment" ? "comments" : t.k;
    c[k] = (c[k] ?? 0) + t.t.length;
    sum += t.t.length;
  }
  c["whitespace"] = text.length - sum;
  const indent = text.split("\n").reduce((n, l) => n + (l.match(/^ */)![0].length), 0);
  console.log(f, text.length, JSON.stringify(c), "indent", indent);
}

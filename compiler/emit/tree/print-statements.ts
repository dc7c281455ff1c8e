// The printer of statements and declarations (syntax.ts: Stmt): the emitter's lines, one statement or header per line,
// a body's braces on lines of their own, four spaces a level. compiler/print/ lays these lines out per
// minify level; expressions inside are printed by print.ts (a whole expression where one stands).
import { printWhole } from "./print.ts";
import { CHECKED, type Expr, type LocalVar, type Stmt } from "./syntax.ts";

const INDENT = "    ";

/** The lines of `s`, indented from level 0 (an empty line stays empty). */
export function printStmt(s: Stmt): string[] {
  return split(stmt(s));
}

/** Text that may hold line breaks (a lambda's block inside an expression) as lines. */
const split = (lines: string[]): string[] => lines.flatMap((l) => l.split("\n"));

const indented = (lines: string[]): string[] => split(lines).map((l) => (l ? INDENT + l : ""));

const vars = (vs: LocalVar[]) => vs.map((v) => `${v.name} = ${printWhole(v.init)}`).join(", ");

const braced = (body: Stmt[]): string[] => ["{", ...indented(body.flatMap(stmt)), "}"];

const w = (e: Expr) => printWhole(e);

function stmt(s: Stmt): string[] {
  switch (s.k) {
    case "line":
      return [s.text];
    case "expr":
      return [`${w(s.e)};`];
    case "local":
      return [`${s.type} ${vars(s.vars)};`];
    case "return":
      return [s.e ? `return ${w(s.e)};` : "return;"];
    case "throw":
      return [`throw ${w(s.e)};`];
    case "break":
      return ["break;"];
    case "continue":
      return ["continue;"];
    case "block":
      return braced(s.body);
    case "checked":
      return [s.own ? "checked" : CHECKED, ...braced(s.body)];
    case "if": {
      const out = [`if (${w(s.test)})`, ...stmt(s.then)];
      if (!s.orElse) return out;
      // `else if` continues the chain on its line
      if (s.orElse.k === "if") {
        const [head, ...rest] = stmt(s.orElse);
        return [...out, `else ${head}`, ...rest];
      }
      return [...out, "else", ...stmt(s.orElse)];
    }
    case "while":
      return [`while (${w(s.test)})`, ...stmt(s.body)];
    case "do":
      return ["do", ...stmt(s.body), `while (${w(s.test)});`];
    case "for": {
      const init = !s.init ? "" : s.init.k === "local" ? `${s.init.type} ${vars(s.init.vars)}` : w(s.init);
      return [`for (${init}; ${s.test ? w(s.test) : ""}; ${s.update.map(w).join(", ")})`, ...stmt(s.body)];
    }
    case "foreach":
      return [`foreach (${s.type} ${s.name} in ${w(s.coll)})`, ...stmt(s.body)];
    case "try": {
      const out = ["try", ...stmt(s.body)];
      if (s.catch) out.push(s.catch.name ? `catch (Exception ${s.catch.name})` : "catch (Exception)", ...stmt(s.catch.body));
      if (s.finally) out.push("finally", ...stmt(s.finally));
      return out;
    }
    case "type":
      return [s.header, ...braced(s.members)];
    case "method":
      return s.body ? [s.header, ...stmt(s.body)] : [`${s.header};`];
    case "property":
      return [s.header, ...braced(s.accessors)];
    case "field": {
      const decl = [...s.mods.filter((m) => m), s.type, s.name].join(" ");
      if (s.auto) return [`${decl} { ${s.auto} }`];
      return [s.init ? `${decl} = ${w(s.init)};` : `${decl};`];
    }
    case "switch": {
      const sections = s.sections.flatMap((sec) => [...sec.labels.map((l) => (l ? `case ${w(l)}:` : "default:")), ...indented(sec.body.flatMap(stmt))]);
      return [`switch (${w(s.on)})`, "{", ...indented(sections), "}"];
    }
  }
}

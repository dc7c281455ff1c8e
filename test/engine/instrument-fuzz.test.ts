// Generated programs against an independent model of the game's counting rules: fast-check draws
// small C# programs (nested if / else / else-if, for, while, do, switch, helper calls, block and
// expression lambdas, try/catch/finally with throws), the model below interprets the drawn tree and
// counts by the rules of se-api-facts (not by looking at the rewriter), and the same program,
// printed as C#, instrumented (compiler/csharp/instrument.ts) and run in the engine's mono host,
// must read the same Runtime.CurrentInstructionCount at the end of Main and the same state.
// A counterexample prints its program; it then becomes a named case in instrument.test.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { instrument } from "../../compiler/csharp/instrument.ts";
import { buildCached } from "../../compiler/csharp/stubs.ts";
import { SimRuntimeInfo } from "../../sim/runtime.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] generated instruction-counting programs: ${noMono}`);

type Stmt =
  | { k: "add"; c: number }
  | { k: "if"; m: number; r: number; then: Stmt[]; els: Stmt[] | Stmt | null }
  | { k: "for" | "while" | "do"; times: number; body: Stmt[] }
  | { k: "switch"; m: number; sections: { labels: number[]; body: Stmt[] }[]; dflt: Stmt[] | null }
  | { k: "call"; helper: number }
  | { k: "lambda"; body: Stmt[] }
  | { k: "exprLambda"; c: number }
  | { k: "try"; body: Stmt[]; throws: boolean; katch: Stmt[] | null; fin: Stmt[] | null };

interface Prog {
  helpers: Stmt[][];
  main: Stmt[];
}

// ---- generation ----
function stmtArb(depth: number, helperFrom: number, helpers: number): fc.Arbitrary<Stmt> {
  const leaf = fc.oneof(
    fc.record({ k: fc.constant("add" as const), c: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ k: fc.constant("exprLambda" as const), c: fc.integer({ min: 1, max: 3 }) }),
    ...(helperFrom < helpers ? [fc.record({ k: fc.constant("call" as const), helper: fc.integer({ min: helperFrom, max: helpers - 1 }) })] : []),
  );
  if (depth <= 0) return leaf;
  const block = fc.array(stmtArb(depth - 1, helperFrom, helpers), { minLength: 0, maxLength: 3 });
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc.record({
        k: fc.constant("if" as const),
        m: fc.integer({ min: 2, max: 3 }),
        r: fc.integer({ min: 0, max: 1 }),
        then: block,
        // an else-if needs an `if` one level down (a leaf can never be one)
        els: depth > 1 ? fc.oneof(fc.constant(null), block, stmtArb(depth - 1, helperFrom, helpers).filter((s) => s.k === "if")) : fc.oneof(fc.constant(null), block),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constantFrom("for" as const, "while" as const, "do" as const), times: fc.integer({ min: 1, max: 3 }), body: block }) },
    {
      weight: 1,
      arbitrary: fc.record({
        k: fc.constant("switch" as const),
        m: fc.integer({ min: 2, max: 4 }),
        sections: fc.array(fc.record({ labels: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 2 }), body: block }), { minLength: 1, maxLength: 2 }),
        dflt: fc.oneof(fc.constant(null), block),
      }),
    },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("lambda" as const), body: block }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("try" as const), body: block, throws: fc.boolean(), katch: fc.oneof(fc.constant(null), block), fin: fc.oneof(fc.constant(null), block) }) },
  );
}

function progArb(): fc.Arbitrary<Prog> {
  const H = 2;
  return fc.record({
    helpers: fc.tuple(...Array.from({ length: H }, (_, i) => fc.array(stmtArb(1, i + 1, H), { maxLength: 3 }))),
    main: fc.array(stmtArb(3, 0, H), { minLength: 1, maxLength: 5 }),
  });
}

// ---- the model: counts by the rules, on the drawn tree ----
class Thrown {}
function model(p: Prog): { count: number; n: number } {
  let count = 1; // Main's entry
  let n = 0;
  const run = (body: Stmt[]): void => {
    for (const s of body) one(s);
  };
  const one = (s: Stmt): void => {
    switch (s.k) {
      case "add":
        n += s.c;
        return;
      case "if":
        if (n % s.m === s.r) {
          count++;
          run(s.then);
        } else if (s.els !== null) {
          if (Array.isArray(s.els)) {
            count++;
            run(s.els);
          } else one(s.els); // else-if: no count of its own
        }
        return;
      case "for":
      case "while":
      case "do":
        for (let i = 0; i < s.times; i++) {
          count++;
          run(s.body);
        }
        return;
      case "switch": {
        const v = n % s.m;
        const sec = s.sections.find((x) => x.labels.includes(v)) ?? (s.dflt !== null ? { body: s.dflt } : null);
        if (sec) {
          count++; // a section always has statements (its body, then break)
          run(sec.body);
        }
        return;
      }
      case "call":
        count++;
        run(p.helpers[s.helper]!);
        return;
      case "lambda":
        count++;
        run(s.body);
        return;
      case "exprLambda":
        count++;
        n += s.c;
        return;
      case "try": {
        let threw = false;
        try {
          run(s.body);
          if (s.throws) throw new Thrown();
        } catch (e) {
          if (!(e instanceof Thrown)) throw e;
          threw = true;
        }
        if (threw && s.katch !== null) {
          count++;
          run(s.katch);
        }
        if (s.fin !== null) {
          count++;
          run(s.fin);
        }
        return;
      }
    }
  };
  run(p.main);
  return { count, n };
}

// ---- printing as C# ----
let uid = 0;
function cs(body: Stmt[], ind: string): string {
  return body.map((s) => csOne(s, ind)).join("");
}
function csOne(s: Stmt, ind: string): string {
  const i2 = ind + "    ";
  switch (s.k) {
    case "add":
      return `${ind}n += ${s.c};\n`;
    case "if": {
      let out = `${ind}if (n % ${s.m} == ${s.r})\n${ind}{\n${cs(s.then, i2)}${ind}}\n`;
      if (s.els !== null) out += Array.isArray(s.els) ? `${ind}else\n${ind}{\n${cs(s.els, i2)}${ind}}\n` : `${ind}else ${csOne(s.els, ind).trimStart()}`;
      return out;
    }
    case "for": {
      const v = `i${uid++}`;
      return `${ind}for (int ${v} = 0; ${v} < ${s.times}; ${v}++)\n${ind}{\n${cs(s.body, i2)}${ind}}\n`;
    }
    case "while": {
      const v = `w${uid++}`;
      return `${ind}int ${v} = 0;\n${ind}while (${v} < ${s.times})\n${ind}{\n${i2}${v}++;\n${cs(s.body, i2)}${ind}}\n`;
    }
    case "do": {
      const v = `d${uid++}`;
      return `${ind}int ${v} = 0;\n${ind}do\n${ind}{\n${i2}${v}++;\n${cs(s.body, i2)}${ind}}\n${ind}while (${v} < ${s.times});\n`;
    }
    case "switch": {
      // labels already taken by an earlier section are dropped (C# forbids duplicates; the model's find() agrees)
      const seen = new Set<number>();
      let out = `${ind}switch (n % ${s.m})\n${ind}{\n`;
      for (const sec of s.sections) {
        const labels = sec.labels.filter((l) => !seen.has(l));
        labels.forEach((l) => seen.add(l));
        if (labels.length === 0) continue;
        out += labels.map((l) => `${i2}case ${l}:\n`).join("") + `${i2}{\n${cs(sec.body, i2 + "    ")}${i2}    break;\n${i2}}\n`;
      }
      if (s.dflt !== null) out += `${i2}default:\n${i2}{\n${cs(s.dflt, i2 + "    ")}${i2}    break;\n${i2}}\n`;
      return out + `${ind}}\n`;
    }
    case "call":
      return `${ind}H${s.helper}();\n`;
    case "lambda": {
      const v = `a${uid++}`;
      return `${ind}Action ${v} = () =>\n${ind}{\n${cs(s.body, i2)}${ind}};\n${ind}${v}();\n`;
    }
    case "exprLambda": {
      const v = `f${uid++}`;
      return `${ind}Func<int, int> ${v} = x => x + ${s.c};\n${ind}n = ${v}(n);\n`;
    }
    case "try": {
      let out = `${ind}try\n${ind}{\n${cs(s.body, i2)}${s.throws ? `${i2}throw new Exception("t");\n` : ""}${ind}}\n`;
      if (s.katch !== null) out += `${ind}catch (Exception)\n${ind}{\n${cs(s.katch, i2)}${ind}}\n`;
      if (s.fin !== null) out += `${ind}finally\n${ind}{\n${cs(s.fin, i2)}${ind}}\n`;
      return out;
    }
  }
}

/** A try that throws gets a catch (else the run would end); a try needs a catch or a finally (an empty one still counts). */
function normalize(s: Stmt): Stmt {
  if (s.k === "try" && s.throws && s.katch === null) return { ...s, katch: [] };
  if (s.k === "try" && s.katch === null && s.fin === null) return { ...s, fin: [] };
  return s;
}
function walk(body: Stmt[]): Stmt[] {
  return body.map((s0) => {
    const s = normalize(s0);
    switch (s.k) {
      case "if":
        return { ...s, then: walk(s.then), els: s.els === null ? null : Array.isArray(s.els) ? walk(s.els) : walk([s.els])[0]! };
      case "for":
      case "while":
      case "do":
      case "lambda":
        return { ...s, body: walk(s.body) };
      case "switch":
        return { ...s, sections: s.sections.map((x) => ({ ...x, body: walk(x.body) })), dflt: s.dflt === null ? null : walk(s.dflt) };
      case "try":
        return { ...s, body: walk(s.body), katch: s.katch === null ? null : walk(s.katch), fin: s.fin === null ? null : walk(s.fin) };
      default:
        return s;
    }
  });
}

function programCs(p: Prog, i: number): string {
  const helpers = p.helpers.map((h, j) => `        void H${j}()\n        {\n${cs(h, "            ")}        }\n`).join("");
  return `    public class P${i} : MyGridProgram
    {
        int n;
${helpers}        public void Main(string argument)
        {
${cs(p.main, "            ")}            int c = Runtime.CurrentInstructionCount;
            Echo(c + " " + n);
        }
    }
`;
}

const COUNT = 80;

describe.skipIf(noMono !== null)("generated programs: instrumented C# counts like the model of the rules", () => {
  let csMod: typeof import("../../sim/engine/cs.ts");
  beforeAll(async () => {
    csMod = await import("../../sim/engine/cs.ts");
  });
  afterAll(() => csMod?.closeCsLink());

  it(`${COUNT} programs (fast-check, seed 16)`, { timeout: 300_000 }, () => {
    // A switch section whose labels were all taken earlier is dropped when printed; the model must
    // not see it either, so the model reads the same de-duplicated sections.
    const dedupe = (body: Stmt[]): Stmt[] =>
      body.map((s) => {
        switch (s.k) {
          case "switch": {
            const seen = new Set<number>();
            const sections = s.sections
              .map((x) => ({ labels: x.labels.filter((l) => (seen.has(l) ? false : (seen.add(l), true))), body: dedupe(x.body) }))
              .filter((x) => x.labels.length > 0);
            return { ...s, sections, dflt: s.dflt === null ? null : dedupe(s.dflt) };
          }
          case "if":
            return { ...s, then: dedupe(s.then), els: s.els === null ? null : Array.isArray(s.els) ? dedupe(s.els) : dedupe([s.els])[0]! };
          case "for":
          case "while":
          case "do":
          case "lambda":
            return { ...s, body: dedupe(s.body) };
          case "try":
            return { ...s, body: dedupe(s.body), katch: s.katch === null ? null : dedupe(s.katch), fin: s.fin === null ? null : dedupe(s.fin) };
          default:
            return s;
        }
      });
    const progs = fc.sample(progArb(), { seed: 16, numRuns: COUNT }).map((p) => ({ helpers: p.helpers.map((h) => dedupe(walk(h))), main: dedupe(walk(p.main)) }));
    const source = `using System;\nusing Sandbox.ModAPI.Ingame;\n\nnamespace InstrFuzz\n{\n${progs.map(programCs).join("\n")}}\n`;
    const link = csMod.csLink();
    const dir = join(csMod.ENGINE_DIR, "src", "instr-fuzz");
    mkdirSync(dir, { recursive: true });
    const src = join(dir, "InstrFuzz.cs");
    writeFileSync(src, instrument(source));
    const dll = buildCached([src], join(csMod.ENGINE_DIR, "InstrFuzz.dll"), { target: "library", refs: [join(csMod.ENGINE_DIR, "PbtsStubs.dll"), csMod.buildCounter()] });
    const failures: string[] = [];
    progs.forEach((p, i) => {
      const echoes: string[] = [];
      const classId = link.loadClass(dll, `InstrFuzz.P${i}`);
      const created = link.create(classId, { me: null as never, runtime: new SimRuntimeInfo(0), igc: null as never, gts: null as never, host: { Echo: (m: string) => echoes.push(m) }, storage: "" });
      const reply = link.main(created.id, "", 0);
      const want = model(p);
      const got = echoes[0] ?? `(no echo; ${reply.message})`;
      if (got !== `${want.count} ${want.n}`) failures.push(`program ${i}: mono says "${got}", the model "${want.count} ${want.n}"\n${programCs(p, i)}`);
    });
    if (failures.length) console.error(failures.slice(0, 3).join("\n"));
    expect(failures).toEqual([]);
  });
});

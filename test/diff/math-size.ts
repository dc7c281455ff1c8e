// The characters each Math runtime helper adds to a paste-ready script (README, Known limits): a script calling the
// function minus the same script without it, at the none, lite and full levels. `npx tsx test/diff/math-size.ts`
import { compile } from "../../compiler/compile.ts";
import { composeAll } from "../../compiler/build.ts";
const src = (expr: string) => `import { MyGridProgram, UpdateType } from "pbts/se";
export class Program extends MyGridProgram {
  Main(argument: string, updateSource: UpdateType): void {
    const x = Number(argument); this.Echo(String(${expr}));
  }
}`;
const sizes = (expr: string) => {
  const r = compile({ sources: { "/virtual/size.ts": src(expr) } });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return composeAll(r.files, []);
};
const base = sizes("x * 1.5");
const rows: [string, string][] = [["x ** 1.5", "**"], ["Math.sin(x)", "sin"], ["Math.sin(x) + Math.cos(x)", "sin+cos"], ["Math.tan(x)", "tan"], ["Math.sin(x) + Math.tan(x)", "sin+tan"], ["Math.asin(x)", "asin"], ["Math.atan(x)", "atan"], ["Math.atan2(x, 2)", "atan2"], ["Math.exp(x)", "exp"], ["Math.log(x)", "log"], ["Math.log10(x)", "log10"], ["Math.sin(x) + Math.cos(x) + Math.tan(x) + Math.asin(x) + Math.acos(x) + Math.atan2(x, 2) + Math.exp(x) + Math.log10(x) + x ** 2.5", "all"]];
for (const [e, name] of rows) {
  const s = sizes(e);
  console.log(name.padEnd(8), ["none", "lite", "full"].map((l) => `${l} ${s.get(l as never)!.text.length - base.get(l as never)!.text.length}`).join("  "));
}

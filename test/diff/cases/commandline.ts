import type { DiffCase } from "../harness.ts";

// MyCommandLine (issue 10): compiler/se/values/commandline.ts in Node and the C# stub under mono parse
// the same way (the game's rules: whitespace-separated items, -switches, quotes).
const TOP = `import { MyCommandLine } from "pbts/se";
function show(cl: MyCommandLine): string {
  let args = "";
  for (let i = 0; i < cl.ArgumentCount; i++) args += "[" + cl.Argument(i) + "]";
  return \`args \${cl.ArgumentCount} \${args}\`;
}`;
const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("MyCommandLine: words, switches and their arguments", `const cl = new MyCommandLine();
      const ok = cl.TryParse("  open  -door Hangar -speed 2.5 extra ");
      this.Echo(\`\${ok} \${show(cl)}\`);
      this.Echo(\`\${cl.Argument(0)} \${cl.Argument(1)} \${cl.Argument(3)} \${cl.Argument(-1)} \${cl.Switch("door")} \${cl.Switch("DOOR")} \${cl.Switch("-door")} \${cl.Switch("nope")}\`);
      this.Echo(\`\${cl.Switch("door", 0)} \${cl.Switch("-speed", 0)} \${cl.Switch("speed", 1)} \${cl.Switch("speed", 2)} \${cl.Switch("door", -1)} \${cl.Switch("x", 0)}\`);`),
  c("MyCommandLine: quotes group words; inner quotes stay", `const cl = new MyCommandLine();
      cl.TryParse("say \\"hello world\\" a\\"b c\\"d \\"open -end\\" \\"\\" -\\"q r\\" last\\"");
      this.Echo(show(cl));
      this.Echo(\`\${cl.Argument(0)}|\${cl.Argument(1)}|\${cl.Argument(2)}|\${cl.Argument(3)}|\${cl.Argument(4)}|\${cl.Argument(5)}\`);`),
  c("MyCommandLine: empty, blank, repeated switches, Clear, reuse", `const cl = new MyCommandLine();
      this.Echo(\`\${cl.TryParse("")} \${show(cl)} \${cl.TryParse("   \\t ")} \${show(cl)}\`);
      this.Echo(\`\${cl.TryParse("-a x -A y -b")} \${show(cl)} \${cl.Switch("a", 0)} \${cl.Switch("b", 0)} \${cl.Switch("a")} \${cl.Switch("B")}\`);
      cl.TryParse("one two");
      this.Echo(\`\${show(cl)} \${cl.Switch("a")}\`);
      cl.Clear();
      this.Echo(\`\${show(cl)} \${cl.Argument(0) === null}\`);`),
  c("MyCommandLine: a line break throws (the game loops forever)", `const cl = new MyCommandLine();
      this.Echo(\`\${cl.TryParse("a\\rb")} \${show(cl)}\`);
      try { cl.TryParse("first\\nsecond"); this.Echo("parsed"); } catch (e) { this.Echo("threw"); }`),
  c("MyCommandLine: a switch argument before the list start throws", `const cl = new MyCommandLine();
      cl.TryParse("-k v");
      this.Echo(\`\${cl.Switch("k", -1)}\`);
      try { this.Echo(\`\${cl.Switch("k", -2)}\`); } catch (e) { this.Echo("out of range"); }`),
];

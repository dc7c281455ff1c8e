import type { DiffCase } from "../harness.ts";

// MyCommandLine.Items and Switches (issue 10): API collections (compiler/emit/api-collections.ts).
// `for (const s of cl.Items)` compiles to C#'s foreach over MyCommandLine.ItemCollection and
// `cl.Items[i]` to its indexer; the TS twins (compiler/se/values/commandline.ts) are live views whose
// enumerator throws once the command line changes, as C#'s does, and whose indexer reads null out of range.
const TOP = `import { MyCommandLine } from "pbts/se";`;
const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("MyCommandLine.Items: for...of, Count, the indexer (switch items keep their -)", `const cl = new MyCommandLine();
      cl.TryParse("open -door \\"Hangar A\\" -speed 2.5");
      let all = "";
      for (const s of cl.Items) all += "[" + s + "]";
      this.Echo(\`\${cl.Items.Count} \${all}\`);
      this.Echo(\`\${cl.Items[0]} \${cl.Items[1]} \${cl.Items[4]} \${cl.Items[5] === null} \${cl.Items[-1] === null}\`);`),
  c("MyCommandLine.Switches: names without -, each once, first spelling kept, in order", `const cl = new MyCommandLine();
      cl.TryParse("-b x -A y -a -c -B");
      let all = "";
      for (const s of cl.Switches) all += "[" + s + "]";
      this.Echo(\`\${cl.Switches.Count} \${all}\`);`),
  c("MyCommandLine.Items and Switches are live views (held across TryParse and Clear)", `const cl = new MyCommandLine();
      const items = cl.Items;
      const sw = cl.Switches;
      cl.TryParse("a b -c");
      this.Echo(\`\${items.Count} \${sw.Count} \${items[2]}\`);
      cl.TryParse("x");
      this.Echo(\`\${items.Count} \${sw.Count} \${items[0]} \${items[2] === null}\`);
      cl.Clear();
      let n = 0;
      for (const s of items) n += s.length;
      this.Echo(\`\${items.Count} \${sw.Count} \${n}\`);`),
  c("MyCommandLine.Items indexed by an int loop variable", `const cl = new MyCommandLine();
      cl.TryParse("one two three");
      let all = "";
      for (let i: int = 0; i < cl.Items.Count; i++) all += cl.Items[i] + ",";
      const k: int = 1;
      this.Echo(\`\${all} \${cl.Items[k]}\`);`),
  c("MyCommandLine.Items: TryParse inside the loop throws (C#'s enumerator: collection modified)", `const cl = new MyCommandLine();
      cl.TryParse("a b c");
      for (const s of cl.Items) {
        this.Echo(s);
        cl.TryParse("x y z w");
      }
      this.Echo("not reached");`),
  c("MyCommandLine.Switches: Clear inside the loop throws", `const cl = new MyCommandLine();
      cl.TryParse("-a -b");
      for (const s of cl.Switches) {
        this.Echo(s);
        cl.Clear();
      }
      this.Echo("not reached");`),
  c("MyCommandLine.Items: break and continue in the loop, a closure over the item", `const cl = new MyCommandLine();
      cl.TryParse("a -skip b stop c");
      const fs: (() => string)[] = [];
      for (const s of cl.Items) {
        if (s === "-skip") continue;
        if (s === "stop") break;
        fs.push(() => s + "!");
      }
      this.Echo(fs.map((f) => f()).join(" "));`),
];

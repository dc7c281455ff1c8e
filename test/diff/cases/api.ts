import type { DiffCase } from "../harness.ts";

// The in-game API values a script computes with: MyIni (with the Out<T> marker), TimeSpan, enums.
export const cases: DiffCase[] = [
  {
    name: "MyIni TryParse success with Out<T>",
    main: `const ini = new MyIni(); const r = new Out<MyIniParseResult>();
      const ok = ini.TryParse("[failover]\\nid=alpha\\nrank=2\\n", r);
      this.Echo(\`\${ok} \${r.value.ToString()} \${ini.Get("failover", "id").ToString()} \${ini.Get("FAILOVER", "RANK").ToInt32(-1)}\`);`,
  },
  {
    name: "MyIni TryParse failure names the line",
    main: `const ini = new MyIni(); const r = new Out<MyIniParseResult>();
      const ok = ini.TryParse("[a]\\nx=1\\nnot a key\\n", r);
      this.Echo(\`\${ok} \${r.value.ToString()} \${r.value.LineNo}\`);`,
  },
  {
    name: "MyIni TryGetInt32 with Out<int>",
    main: `const ini = new MyIni(); ini.TryParse("[s]\\nn=42\\nbad=4x\\n");
      const n = new Out<int>(); const b = new Out<int>();
      const ok1 = ini.Get("s", "n").TryGetInt32(n); const ok2 = ini.Get("s", "bad").TryGetInt32(b);
      this.Echo(\`\${ok1} \${n.value} \${ok2} \${n.value / 8}\`);`,
  },
  {
    name: "MyIni defaults for missing and unparsable values",
    main: `const ini = new MyIni(); ini.TryParse("[s]\\nflag=yes\\nnum=2.5\\ntext=\\n");
      this.Echo(\`\${ini.Get("s", "flag").ToBoolean(false)} \${ini.Get("s", "missing").ToBoolean(true)} \${ini.Get("s", "num").ToDouble(0)} \${ini.Get("s", "num").ToInt32(7)}\`);
      this.Echo(\`[\${ini.Get("s", "text").ToString("dflt")}] [\${ini.Get("s", "none").ToString("dflt")}] \${ini.ContainsKey("s", "text")} \${ini.ContainsSection("S")}\`);`,
  },
  {
    name: "MyIni Set and ToString",
    main: `const ini = new MyIni(); ini.Set("b", "x", "1"); ini.Set("a", "y", true); ini.Set("b", "z", 2.5);
      this.Echo(ini.ToString());`,
  },
  {
    name: "MyIni multi-line values",
    main: `const ini = new MyIni(); ini.TryParse("[s]\\nlines=\\n|one\\n|two\\n");
      this.Echo(ini.Get("s", "lines").ToString()); ini.Set("s", "more", "a\\nb"); this.Echo(ini.ToString());`,
  },
  {
    name: "TimeSpan arithmetic values",
    main: `const t = TimeSpan.FromSeconds(1.5); this.Echo(\`\${t.TotalMilliseconds} \${t.TotalSeconds} \${TimeSpan.FromMilliseconds(16.6667).TotalMilliseconds}\`);
      this.Echo(\`\${TimeSpan.FromTicks(166666).TotalSeconds}\`);`,
  },
  {
    name: "UpdateType flags",
    main: `const u = UpdateType.Update10 | UpdateType.Once; this.Echo(\`\${u.HasFlag(UpdateType.Once)} \${u.HasFlag(UpdateType.Update1)} \${(u & UpdateType.Update10) !== 0} \${u}\`);`,
  },
  {
    name: "UpdateFrequency on Runtime",
    main: `this.Runtime.UpdateFrequency = UpdateFrequency.Update100 | UpdateFrequency.Once;
      this.Echo(\`\${this.Runtime.UpdateFrequency} \${this.Runtime.UpdateFrequency.HasFlag(UpdateFrequency.Once)}\`);`,
  },
  {
    name: "Storage read and written by Program",
    main: `this.Storage = this.Storage + "x"; this.Echo(\`[\${this.Storage}]\`);`,
  },
];

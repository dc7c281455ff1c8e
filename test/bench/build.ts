// `npm run bench`, build part: the size of each paste-ready script, unminified and at each minify
// level, against the game's 100,000-character budget.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, readConfig, SCRIPT_LIMIT, type BuildConfig } from "../../compiler/build.ts";

const ROOT = resolve(import.meta.dirname, "../..");

export async function benchBuild(): Promise<string> {
  const pkg = readConfig(ROOT);
  const present = (files: string[]) => files.every((f) => existsSync(join(ROOT, f)));
  const config: BuildConfig = {
    out: join(ROOT, ".tmp", "bench-build"),
    mixins: Object.fromEntries(Object.entries(pkg.mixins).filter(([, f]) => present(f))),
    scripts: {
      ...Object.fromEntries(Object.entries(pkg.scripts).filter(([, s]) => present([s.entry]))),
      LeaderExample: { entry: "sim/scenarios/scripts/leader.ts" },
    },
  };
  const res = build(ROOT, config);
  if (!res.ok) return `build failed:\n${res.errors.join("\n")}`;
  const rows = ["| script | level | characters | of 100,000 |", "|---|---|---|---|"];
  for (const o of res.outputs.filter((x) => x.kind === "script")) {
    const [, name, file] = /scripts\/([^/]+)\/(script(?:\.\w+)?\.cs)$/.exec(o.path.replace(/\\/g, "/")) ?? [];
    const level = file === "script.cs" ? "none (script.cs)" : file.replace(/^script\.|\.cs$/g, "");
    const size = readFileSync(join(ROOT, o.path), "utf8").length;
    rows.push(`| ${name} | ${level} | ${size} | ${((size / SCRIPT_LIMIT) * 100).toFixed(1)}% |`);
  }
  return rows.join("\n");
}

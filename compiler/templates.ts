// Handlebars templates in templates/: everything pbts writes goes through them.
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PBTS_ROOT } from "./package-root.ts";

export const TEMPLATES_DIR = join(PBTS_ROOT, "templates");

const hb = Handlebars.create();
hb.registerHelper("indent", (text: string, n: number) =>
  String(text ?? "")
    .split("\n")
    .map((l) => (l ? " ".repeat(n) + l : l))
    .join("\n"),
);

const cache = new Map<string, Handlebars.TemplateDelegate>();

export function render(name: string, data: object): string {
  let t = cache.get(name);
  if (!t) {
    t = hb.compile(readFileSync(join(TEMPLATES_DIR, name), "utf8"), { noEscape: true });
    cache.set(name, t);
  }
  return t(data);
}

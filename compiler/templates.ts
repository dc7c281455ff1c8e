// Handlebars templates in templates/: everything pbts writes goes through them.
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const TEMPLATES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../templates");

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

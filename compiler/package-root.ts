// Where pbts's own files are, whether this code runs from its TypeScript sources (compiler/*.ts)
// or precompiled (js/compiler/*.js, built by compiler/bin/build-js.mjs). Data files (templates,
// the SE reference, C# stubs, pbts/se's sources the type-checker reads, the live view's page) are
// only in the source tree: find them with `sourceDir(import.meta.url)`, never relative to the
// running file alone.
import { existsSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The pbts package folder (the one with package.json; js/ has none). */
export const PBTS_ROOT = existsSync(join(here, "..", "package.json")) ? resolve(here, "..") : resolve(here, "../..");

/** The folder holding the compiled JavaScript (git-ignored; `npm run build:js` or any CLI run rebuilds it). */
export const JS_DIR = join(PBTS_ROOT, "js");

/** The source folder of a module, given its import.meta.url (js/sim/live -> sim/live). */
export function sourceDir(metaUrl: string): string {
  const dir = dirname(fileURLToPath(metaUrl));
  return dir === JS_DIR || dir.startsWith(JS_DIR + sep) ? join(PBTS_ROOT, dir.slice(JS_DIR.length)) : dir;
}

// Node module hooks for loading scenario scripts from any folder (registered by sim/script-host.ts).
// - A .ts file in a folder whose package.json lacks "type": "module" (or that has none) would be
//   read as CommonJS and fail with "Cannot require() ES Module ... in a cycle"; pbts scripts are
//   ES modules, so outside node_modules a .ts file always loads as one.
// - `pbts` and `pbts/...` imports resolve to the running pbts (as the compiler's paths do), so a
//   script loads without its own node_modules/pbts and shares one pbts/se with the simulator.
const PBTS_PACKAGE = new URL("../package.json", import.meta.url).href;
const TS_FILE = /\.(ts|tsx)$/;

export async function resolve(specifier, context, next) {
  if (specifier === "pbts" || specifier.startsWith("pbts/")) return next(specifier, { ...context, parentURL: PBTS_PACKAGE });
  const r = await next(specifier, context);
  if (r.format === "commonjs" && r.url.startsWith("file:") && TS_FILE.test(new URL(r.url).pathname) && !r.url.includes("/node_modules/")) return { ...r, format: "module" };
  return r;
}

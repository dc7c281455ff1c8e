// V8's code cache for the big CommonJS modules the CLI loads (TypeScript inside ts-morph: ~9 MB of
// JavaScript), so a cold `pbts check` does not parse and compile them from scratch each time (issue 17:
// start-up). Node 22.1+ does this itself (module.enableCompileCache); on Node 20 the CLI keeps the
// cache the same way: each module's bytecode, written after a run that compiled something (so the
// functions the type-checker needed are in it), in <tmpdir>/pbts-compile-cache-<uid>/, keyed by
// Node's version, the V8 flags (v8-tuning.mjs v8FlagsKey: V8 rejects a cache made under other flags,
// so runs with other flags keep their own instead of overwriting it) and the file's path, size and
// mtime. V8 checks the data itself and ignores a cache that does not fit (the module is then
// compiled as usual and the cache written again). Call tuneV8() before installCompileCache().
// PBTS_COMPILE_CACHE=0 turns it off; PBTS_COMPILE_CACHE=<absolute folder> puts it there.
import Module from "node:module";
import vm from "node:vm";
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { v8FlagsKey } from "./v8-tuning.mjs";

/** Modules smaller than this are cheap to compile: not cached. */
const MIN_SIZE = 200_000;
/** Modules whose cache is missing or was rejected: written at exit when `keep()` was called. */
const stale = [];
let keepAtExit = false;

function cacheDir() {
  const env = process.env.PBTS_COMPILE_CACHE;
  if (env && env !== "0" && env.startsWith("/")) return env;
  let uid = "user";
  try {
    uid = String(userInfo().uid);
  } catch {}
  return join(tmpdir(), `pbts-compile-cache-${uid}`);
}

/** The big modules a compile loads (ts-morph and the TypeScript it bundles, 13 MB of plain-ASCII CommonJS). */
const BIG_MODULES = /[\\/]node_modules[\\/](ts-morph[\\/]dist[\\/]ts-morph|@ts-morph[\\/]common[\\/]dist[\\/](typescript|ts-morph-common))\.js$/;

/**
 * Node reads a CommonJS module as UTF-8: for TypeScript's 9 MB that decoding alone cost ~0.17 s CPU
 * of every cold check (issue 17: start-up). An ASCII file reads the same as Latin-1, which Node
 * copies without decoding; a file that is not ASCII is decoded as UTF-8 as before.
 */
export function moduleText(buf) {
  return isAscii(buf) ? buf.latin1Slice(0, buf.length) : buf.utf8Slice(0, buf.length);
}

function readBigModulesFast() {
  const js = Module._extensions[".js"];
  if (js.pbtsFastRead) return;
  const fast = function (module, filename) {
    if (!BIG_MODULES.test(filename)) return js.call(this, module, filename);
    return module._compile(moduleText(readFileSync(filename)), filename);
  };
  fast.pbtsFastRead = true;
  Module._extensions[".js"] = fast;
}

export function installCompileCache() {
  readBigModulesFast(); // not a cache: also with PBTS_COMPILE_CACHE=0
  if (process.env.PBTS_COMPILE_CACHE === "0") return;
  const flags = v8FlagsKey();
  if (typeof Module.enableCompileCache === "function") {
    // Node keys its entries by its version and the file; a folder per set of flags keys them by those too.
    Module.enableCompileCache(join(cacheDir(), `flags-${createHash("sha1").update(flags).digest("hex").slice(0, 12)}`));
    return;
  }
  const dir = cacheDir();
  const original = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (content.length < MIN_SIZE || !filename.includes(`${"/"}node_modules${"/"}`)) return original.call(this, content, filename);
    let file;
    let cachedData;
    try {
      const st = statSync(filename);
      file = join(dir, createHash("sha1").update(`${process.version}\0${flags}\0${filename}\0${st.size}\0${st.mtimeMs}`).digest("hex"));
      if (existsSync(file)) cachedData = readFileSync(file);
    } catch {
      return original.call(this, content, filename);
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) stale.push({ file, script });
    const fn = script.runInThisContext({ displayErrors: true });
    const mod = this;
    const require = (id) => mod.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
    require.main = process.mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return fn.call(mod.exports, mod.exports, require, mod, filename, dirname(filename));
  };
  process.once("exit", () => {
    if (!keepAtExit || stale.length === 0) return;
    try {
      mkdirSync(dir, { recursive: true });
      for (const { file, script } of stale) {
        const tmp = `${file}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, file); // whole files only: a concurrent pbts never reads half a cache
      }
    } catch {
      // a cache is an optimisation: a read-only or full disk just means no cache
    }
  });
}

/** A command that compiled (check, compile, build): the cache written at exit holds what it needed. */
export function keepCompileCache() {
  keepAtExit = true;
}

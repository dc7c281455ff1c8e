// The C# stubs of SE's in-game API (compiler/csharp/stubs/*.cs), compiled once into a cached DLL, and
// the game's prologue (the `using` lines it puts before each script, from compiler/reference/).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { findToolchain, mcs } from "./mono.ts";
import { sourceDir } from "../package-root.ts";

const here = sourceDir(import.meta.url);

/** The repository root (this file is compiler/csharp/stubs.ts). */
export const REPO_ROOT = resolve(here, "../..");
/** The SE reference data the repository carries (copied with provenance: compiler/reference/README.md). */
export const SE_REFERENCE_DIR = resolve(REPO_ROOT, "compiler/reference");
export const PROLOGUE_PATH = join(SE_REFERENCE_DIR, "pbprologue.dat");
export const WHITELIST_PATH = join(SE_REFERENCE_DIR, "pbwhitelist.dat");

export const STUBS_DIR = join(here, "stubs");
/** Build outputs (git-ignored). */
export const CS_CACHE_DIR = join(REPO_ROOT, ".tmp", "cs");
/** The stubs' assembly name (all SE namespaces live in this one DLL). */
export const STUBS_ASSEMBLY_NAME = "PbtsStubs";

/** The stub sources (hand-written and generated/, every .cs under stubs/), sorted. */
export function stubSources(): string[] {
  return (readdirSync(STUBS_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".cs"))
    .sort()
    .map((f) => join(STUBS_DIR, f));
}

/** A hash of the given files' names and contents (the cache key of a build). */
export function hashSources(files: string[], salt = ""): string {
  const h = createHash("sha256");
  h.update(salt);
  for (const f of files) {
    h.update(f);
    h.update("\0");
    h.update(readFileSync(f));
    h.update("\0");
  }
  return h.digest("hex");
}

/**
 * Compile `sources` into `out` unless `out` is already built from the same sources (a `.stamp` file
 * beside it holds their hash). Concurrency-safe: builds in a private folder, then renames into place.
 */
export function buildCached(sources: string[], out: string, opts: { target: "exe" | "library"; refs?: string[]; debug?: boolean }): string {
  const stamp = `${out}.stamp`;
  const key = hashSources(sources, `${opts.target}|${(opts.refs ?? []).join("|")}${opts.debug ? "|debug" : ""}`);
  if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, "utf8") === key) return out;
  if (!findToolchain()) throw new Error("mcs/mono not found: cannot build C# assemblies");
  const tmpDir = join(dirname(out), `.build-${process.pid}-${Date.now()}`);
  mkdirSync(tmpDir, { recursive: true });
  const tmpOut = join(tmpDir, out.slice(dirname(out).length + 1));
  try {
    const r = mcs(sources, tmpOut, { target: opts.target, refs: opts.refs, extra: opts.debug ? ["-debug"] : [] });
    if (!r.ok) throw new Error(`mcs failed building ${out}:\n${r.output}`);
    // -debug: the line table beside the assembly (mono's stack traces then give file:line)
    if (opts.debug && existsSync(`${tmpOut}.mdb`)) renameSync(`${tmpOut}.mdb`, `${out}.mdb`);
    renameSync(tmpOut, out);
    writeFileSync(stamp, key);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  return out;
}

/** Compile the stubs (when changed) and return the DLL's path: `.tmp/cs/PbtsStubs.dll`. */
export function buildStubs(): string {
  return buildCached(stubSources(), join(CS_CACHE_DIR, `${STUBS_ASSEMBLY_NAME}.dll`), { target: "library" });
}

/** The game's prologue (`using` lines) from compiler/reference/pbprologue.dat. */
export function readPrologue(): string {
  return readFileSync(PROLOGUE_PATH, "utf8").replace(/\r\n/g, "\n");
}

/**
 * A script as the game compiles it: the prologue, then `public sealed class Program : MyGridProgram {`
 * + body + `}`. `extra` (top-level types a packed script appends after Program) follows.
 */
export function wrapScript(body: string, prologue: string, extra = ""): string {
  return `${prologue.trimEnd()}\npublic sealed class Program : MyGridProgram {\n${body}\n}\n${extra}`;
}

// Running the real C# toolchain: Mono's `mcs -langversion:6` and `mono`.
// Without them the C# checks are skipped with a printed reason, unless PBTS_REQUIRE_MONO is set (CI).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface CsToolchain {
  mcs: string;
  mono: string;
}

let cached: CsToolchain | null | undefined;

function which(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The toolchain, or null when mcs or mono is missing. */
export function findToolchain(): CsToolchain | null {
  if (cached !== undefined) return cached;
  const mcs = which("mcs");
  const mono = which("mono");
  cached = mcs && mono ? { mcs, mono } : null;
  return cached;
}

/** Why the C# checks cannot run here, or null when they can. Throws under PBTS_REQUIRE_MONO. */
export function csChecksUnavailable(): string | null {
  if (findToolchain()) return null;
  const why = "mcs/mono not found (install Debian's mono-mcs)";
  if (process.env.PBTS_REQUIRE_MONO) throw new Error(`C# checks are required (PBTS_REQUIRE_MONO) but ${why}`);
  return why;
}

export interface McsResult {
  ok: boolean;
  output: string;
}

/** Compile C# files with `mcs -langversion:6`. */
export function mcs(files: string[], out: string, opts: { target: "exe" | "library"; refs?: string[]; extra?: string[] }): McsResult {
  const tc = findToolchain();
  if (!tc) return { ok: false, output: "mcs not found" };
  mkdirSync(dirname(out), { recursive: true });
  const args = [
    "-langversion:6",
    "-nologo",
    "-warn:0",
    `-target:${opts.target}`,
    `-out:${out}`,
    ...(opts.refs ?? []).map((r) => `-r:${r}`),
    ...(opts.extra ?? []),
    ...files,
  ];
  const r = spawnSync(tc.mcs, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}`.trim() };
}

export interface MonoResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run an assembly under mono. */
export function mono(exe: string, args: string[] = [], opts: { input?: string; timeoutMs?: number; env?: Record<string, string> } = {}): MonoResult {
  const tc = findToolchain();
  if (!tc) return { status: null, stdout: "", stderr: "mono not found" };
  const r = spawnSync(tc.mono, ["--debug", exe, ...args], {
    encoding: "utf8",
    input: opts.input,
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, LANG: "C", LC_ALL: "C", ...opts.env },
  });
  // a timeout leaves status null: say so, or a caller reports "failed (null)" with nothing to go on
  const timedOut = r.status === null && r.signal === "SIGTERM" ? `mono ${exe}: stopped after ${(opts.timeoutMs ?? 120_000) / 1000} s (timeout; a loaded machine?)\n` : "";
  return { status: r.status, stdout: r.stdout ?? "", stderr: `${timedOut}${r.stderr ?? ""}` };
}

/** Write sources into a folder and return their paths. */
export function writeSources(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  });
}

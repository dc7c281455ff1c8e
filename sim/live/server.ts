// `pbts sim <scenario> --serve`: the live view's HTTP server, on Node's own http module. The page
// (sim/live/page/, served as the files are: no CDN, nothing fetched from elsewhere) gets the
// session's picture through server-sent events and drives it with small JSON POSTs:
//   GET  /                      the page (index.html, app.js, style.css)
//   GET  /api/state             the picture + the last trace events (or {error} if the scenario did not load)
//   GET  /api/events            server-sent events: "state" after every change
//   GET  /api/trace             the whole trace so far (JSON array, as `pbts sim --json`)
//   GET  /api/scenario          the session as a scenario (download)
//   POST /api/step {ticks}      /api/next-run {block?}   /api/play {speed?}   /api/pause
//   POST /api/speed {speed}     /api/action {action, queue?}   /api/save {path}   /api/restart
//   POST /api/rewind {tick}     /api/undo (back to just before the last action, which is dropped)
// Speed is ticks per second of wall time (60 = the game's pace; 0 = as fast as it goes). Playing
// pauses when the scenario's own duration is reached; play again to go on.
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { basename, dirname, extname, join } from "node:path";
import { LiveSession, type LiveOpenOptions } from "./session.ts";
import { logEntries, sessionView } from "./view.ts";
import { sourceDir } from "../../compiler/package-root.ts";

const PAGE_DIR = join(sourceDir(import.meta.url), "page");
const PAGE_FILES: Record<string, string> = {
  "/": "index.html",
  "/index.html": "index.html",
  "/app.js": "app.js",
  "/timeline.js": "timeline.js",
  "/screens.js": "screens.js",
  "/style.css": "style.css",
  "/favicon.svg": "favicon.svg",
  "/favicon.ico": "favicon.svg",
};
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml" };
/** Trace events sent with a state (the page keeps a log of the most recent ones). */
const LOG_MAX = 300;
const FRAME_MS = 50;

interface Client {
  res: ServerResponse;
  cursor: number;
}

export interface LiveServerOptions extends LiveOpenOptions {
  /** Where lines for the terminal go (default: stderr). */
  log?: (line: string) => void;
}

export class LiveServer {
  session: LiveSession | null = null;
  loadError: string | null = null;
  playing = false;
  speed = 60;
  private readonly clients = new Set<Client>();
  private timer: NodeJS.Timeout | null = null;
  private carry = 0;
  private server: Server | null = null;
  private readonly log: (line: string) => void;

  constructor(
    readonly scenarioPath: string,
    private readonly opts: LiveServerOptions = {},
  ) {
    this.log = opts.log ?? ((l) => process.stderr.write(l + "\n"));
  }

  /** (Re)load the scenario from disk: a fresh session at tick 0, or the load error. */
  async load(): Promise<void> {
    this.pause();
    try {
      this.session = await LiveSession.open(this.scenarioPath, this.opts);
      this.loadError = null;
    } catch (e) {
      this.session = null;
      this.loadError = e instanceof Error ? e.message : String(e);
      this.log(`pbts sim: ${this.loadError}`);
    }
    for (const c of this.clients) c.cursor = 0;
    this.broadcast();
  }

  /** Listen on 127.0.0.1:port (0: any free port). Resolves with the page's address. */
  listen(port: number, host = "127.0.0.1"): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    return new Promise((resolveUrl, reject) => {
      server.once("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EADDRINUSE") reject(new Error(`port ${port} is in use (another program, or another "pbts sim --serve"). Stop it, or choose another port with --port N (--port 0 picks a free one).`));
        else if (e.code === "EACCES") reject(new Error(`port ${port} needs privileges this user does not have. Choose a port above 1023 with --port N.`));
        else reject(new Error(`cannot listen on ${host}:${port} (${e.code ?? e.message}).`));
      });
      server.listen(port, host, () => {
        const addr = server.address();
        const p = addr && typeof addr === "object" ? addr.port : port;
        resolveUrl(`http://${host}:${p}/`);
      });
    });
  }

  close(): Promise<void> {
    this.pause();
    for (const c of this.clients) c.res.end();
    this.clients.clear();
    return new Promise((r) => {
      if (!this.server) return r();
      this.server.close(() => r());
      this.server.closeAllConnections(); // keep-alive sockets and a page's reconnecting EventSource
    });
  }

  // ---- playing ----
  play(speed?: number): void {
    if (speed !== undefined) this.setSpeed(speed);
    if (!this.session || this.session.failure) return;
    this.playing = true;
    this.carry = 0;
    this.timer ??= setInterval(() => this.frame(), FRAME_MS);
  }
  pause(): void {
    this.playing = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
  setSpeed(speed: number): void {
    if (typeof speed !== "number" || !Number.isFinite(speed) || speed < 0) throw new Error(`speed is ticks per second: a number >= 0 (0: as fast as it goes), got ${JSON.stringify(speed)}`);
    this.speed = speed;
  }

  /** One frame of play: the ticks due at this speed (at most ~40 ms of work), then one broadcast. */
  private frame(): void {
    const s = this.session;
    if (!s || !this.playing) return this.pause();
    const started = performance.now();
    const stopAt = s.tick < s.endTick ? s.endTick : Infinity;
    let due = this.speed === 0 ? Infinity : this.speed * (FRAME_MS / 1000) + this.carry;
    while (due >= 1 && s.tick < stopAt && !s.failure) {
      s.step(1);
      due--;
      if (performance.now() - started > 40) break; // a slow engine plays slower, never freezes the page
    }
    this.carry = Number.isFinite(due) ? Math.min(due, 1) : 0;
    if (s.tick >= stopAt || s.failure) this.pause();
    this.broadcast();
  }

  // ---- HTTP ----
  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      checkCaller(req);
      if (req.method === "GET") return await this.get(url, res);
      if (req.method === "POST" && url.pathname.startsWith("/api/")) {
        const body = await readJson(req);
        const out = await this.post(url.pathname.slice(5), body);
        this.broadcast();
        return send(res, 200, { ok: true, ...out, state: this.state(0) });
      }
      send(res, 404, { error: `no ${req.method} ${url.pathname}` });
    } catch (e) {
      this.broadcast();
      send(res, e instanceof HttpError ? e.status : 400, { error: (e as Error).message });
    }
  }

  private async get(url: URL, res: ServerResponse): Promise<void> {
    const file = PAGE_FILES[url.pathname];
    if (file) {
      const body = await readFile(join(PAGE_DIR, file));
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      return void res.end(body);
    }
    switch (url.pathname) {
      case "/api/state":
        return send(res, 200, this.state(0, true));
      case "/api/trace":
        return send(res, 200, this.need().trace);
      case "/api/scenario": {
        const s = this.need();
        const name = url.searchParams.get("path") ?? this.defaultSavePath();
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${basename(name).replace(/"/g, "")}"` });
        return void res.end(JSON.stringify(s.saved(name), null, 2) + "\n");
      }
      case "/api/events": {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
        const client: Client = { res, cursor: 0 };
        this.clients.add(client);
        res.on("close", () => this.clients.delete(client));
        this.sendTo(client);
        return;
      }
    }
    send(res, 404, { error: `no page ${url.pathname}` });
  }

  private async post(op: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (op === "restart") {
      await this.load();
      return {};
    }
    if (op === "speed") {
      this.setSpeed(body.speed as number);
      return {};
    }
    const s = this.need();
    switch (op) {
      case "step": {
        this.pause();
        const n = body.ticks ?? 1;
        if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 360_000) throw new Error(`"ticks" is a whole number from 1 to 360000 (got ${JSON.stringify(n)})`);
        s.step(n);
        return {};
      }
      case "next-run": {
        this.pause();
        const before = s.tick;
        s.stepToNextRun(typeof body.block === "string" ? body.block : undefined);
        return { ticks: s.tick - before };
      }
      case "rewind":
      case "undo": {
        this.pause();
        let t = body.tick as number;
        if (op === "undo") {
          const last = s.actions.at(-1);
          if (!last) throw new Error("no action to undo");
          t = Math.min(last.tick - 1, s.tick);
        }
        this.session = s.rewind(t);
        for (const c of this.clients) c.cursor = 0;
        this.log(`pbts sim: back to tick ${this.session.tick} (${this.session.actions.length} action(s) kept)`);
        return {};
      }
      case "play":
        this.play(body.speed as number | undefined);
        return {};
      case "pause":
        this.pause();
        return {};
      case "action": {
        const a = s.act(body.action, !this.playing && body.queue !== true);
        this.log(`pbts sim: tick ${a.tick}: ${a.kind}${"block" in a && a.block ? ` ${a.block}` : ""}${"grid" in a && a.grid ? ` grid ${a.grid}` : ""}${"joint" in a ? ` ${a.joint}` : ""}`);
        return { action: a };
      }
      case "save": {
        const path = typeof body.path === "string" && body.path.trim() ? body.path.trim() : this.defaultSavePath();
        const written = await s.save(path);
        this.log(`pbts sim: session saved to ${written} (replay: pbts sim ${written})`);
        return { path: written };
      }
    }
    throw new HttpError(404, `no action /api/${op}`);
  }

  private need(): LiveSession {
    if (!this.session) throw new HttpError(409, `the scenario did not load: ${this.loadError ?? "not loaded yet"}`);
    return this.session;
  }

  defaultSavePath(): string {
    const base = basename(this.scenarioPath).replace(/\.(json|[cm]?[jt]s)$/, "");
    return join(dirname(this.scenarioPath), `${base}.session.json`);
  }

  /** The page's picture and the trace events from `cursor` (the last LOG_MAX at most). */
  state(cursor: number, withLog = false): Record<string, unknown> {
    if (!this.session) return { error: this.loadError ?? "loading", path: this.scenarioPath };
    const s = this.session;
    return {
      ...sessionView(s, { playing: this.playing, speed: this.speed }),
      defaultSavePath: this.defaultSavePath(),
      ...(withLog ? { log: logEntries(s.trace, cursor, LOG_MAX) } : {}),
    };
  }

  private sendTo(c: Client): void {
    const data = { ...this.state(c.cursor), ...(this.session ? { log: logEntries(this.session.trace, c.cursor, LOG_MAX) } : {}) };
    if (this.session) c.cursor = this.session.trace.length;
    c.res.write(`event: state\ndata: ${JSON.stringify(data)}\n\n`);
  }

  private broadcast(): void {
    for (const c of this.clients) this.sendTo(c);
  }
}

/**
 * Only this machine's own pages may drive the session: the Host must be the loopback address we
 * listen on (no DNS rebinding), a browser's Origin must be that same host (no other site's page
 * posting to localhost), and POSTs must be JSON (a cross-site JSON POST needs a CORS preflight,
 * which this server never grants).
 */
function checkCaller(req: IncomingMessage): void {
  const host = req.headers.host ?? "";
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) throw new HttpError(403, `this server answers to 127.0.0.1 only (Host: ${host})`);
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== "null" && origin !== `http://${host}`) throw new HttpError(403, `requests from another page (${origin}) are refused`);
  if (origin === "null") throw new HttpError(403, "requests from another page are refused");
  if (req.method === "POST" && !String(req.headers["content-type"] ?? "").startsWith("application/json")) throw new HttpError(415, "send the request as JSON (content-type: application/json)");
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 1_000_000) throw new Error("request too large");
  }
  if (!text.trim()) return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`the request is not valid JSON: ${(e as Error).message}`);
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("the request body is a JSON object");
  return v as Record<string, unknown>;
}

/** The CLI's `--serve`: load, listen, print the address, run until Ctrl+C. Returns the exit code. */
export async function serveLive(scenarioPath: string, opts: LiveServerOptions & { port?: number }): Promise<number> {
  const server = new LiveServer(scenarioPath, opts);
  await server.load();
  let url: string;
  try {
    url = await server.listen(opts.port ?? 8090);
  } catch (e) {
    process.stderr.write(`pbts sim: ${(e as Error).message}\n`);
    return 1;
  }
  const what = server.session ? `"${server.session.scenario.name ?? scenarioPath}"` : `${scenarioPath} (it did not load: the page shows why; fix it and press Restart)`;
  process.stdout.write(`pbts sim: live view of ${what} at ${url} (Ctrl+C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.stdout.write("pbts sim: stopped\n");
      void server.close().then(done);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

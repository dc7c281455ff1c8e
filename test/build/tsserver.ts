// A minimal tsserver client (the protocol editors speak): start the project's own tsserver, open
// a file, edit it, ask for its semantic diagnostics. Used to prove pbts/plugin loads in a real editor
// backend, not only in a hand-built language service.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface ServerDiagnostic {
  code: number;
  source?: string;
  text: string;
  start: { line: number; offset: number };
}

export class TsServer {
  private readonly proc: ChildProcess;
  private buffer = Buffer.alloc(0);
  private seq = 0;
  private readonly waiting = new Map<number, (body: unknown) => void>();

  constructor(projectDir: string) {
    this.proc = spawn(process.execPath, [join(projectDir, "node_modules/typescript/lib/tsserver.js"), "--disableAutomaticTypingAcquisition"], { cwd: projectDir, stdio: ["pipe", "pipe", "ignore"] });
    this.proc.stdout!.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const header = /Content-Length: (\d+)\r\n\r\n/.exec(this.buffer.toString("latin1"));
        if (!header) return;
        const start = header.index + header[0].length;
        const end = start + Number(header[1]);
        if (this.buffer.length < end) return;
        const msg = JSON.parse(this.buffer.subarray(start, end).toString("utf8")) as { type: string; request_seq?: number; body?: unknown };
        this.buffer = this.buffer.subarray(end);
        if (msg.type === "response" && msg.request_seq !== undefined) this.waiting.get(msg.request_seq)?.(msg.body);
      }
    });
  }

  request(command: string, args: object): Promise<unknown> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.proc.stdin!.write(JSON.stringify({ seq, type: "request", command, arguments: args }) + "\n");
    });
  }

  /** Requests tsserver answers nothing to (open, change): sent in order, not awaited. */
  notify(command: string, args: object): void {
    this.proc.stdin!.write(JSON.stringify({ seq: ++this.seq, type: "request", command, arguments: args }) + "\n");
  }

  async semanticDiagnostics(file: string): Promise<ServerDiagnostic[]> {
    return (await this.request("semanticDiagnosticsSync", { file })) as ServerDiagnostic[];
  }

  close(): void {
    this.proc.kill();
  }
}

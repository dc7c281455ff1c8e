import { compile } from "../compiler/compile.ts";
import { formatDiagnostic } from "../compiler/diagnostics.ts";
const r = compile({ files: [process.argv[2]], namespace: "X", cwd: process.cwd() });
if (!r.ok) console.log(r.diagnostics.map(formatDiagnostic).join("\n")); else console.log(r.files.map((f) => f.code).join("\n").split("\n").filter((l) => l.includes("Echo")).join("\n"));

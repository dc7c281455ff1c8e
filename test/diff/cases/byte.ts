import type { DiffCase } from "../harness.ts";

// The prelude's `byte` (C# byte: IMyTextSurface.BackgroundAlpha, IMyPathRecorderComponent.RecordInterval):
// read as an int (C# promotes it), stored only from a byte, a constant 0..255 or toByte(x).
const TOP = `import { toByte } from "pbts/se";
import type { byte } from "pbts/se";
function half(b: byte): byte { return toByte(b / 2); }`;

const c = (name: string, main: string, members?: string): DiffCase => ({ name, top: TOP, main, members });

export const cases: DiffCase[] = [
  c("byte: constants, arithmetic promoted to int, printing", `const a: byte = 200; const b: byte = 255; const z: byte = 0;
    const sum: int = a + b; this.Echo(\`\${a} \${b} \${a + b} \${sum} \${a * b} \${a - b} \${-z} \${1 / -z} \${a / 3} \${a % 7} \${a & 15} \${~a} \${a > b} \${a === 200}\`);`),
  c("byte: toByte truncates and passes on; half() stores a checked value", `this.Echo(\`\${toByte(200.9)} \${toByte(-0.5)} \${half(255)} \${half(toByte(3))}\`);`),
  c("byte: toByte above 255 throws", `const n = 256; this.Echo("before"); this.Echo(\`\${toByte(n)}\`);`),
  c("byte: toByte of a negative constant throws at run time", `this.Echo("before"); this.Echo(\`\${toByte(-1)}\`);`),
  c("byte: fields, arrays and Math", `this.alpha = toByte(this.alpha + 100); const xs: byte[] = [1, 2, this.alpha];
    this.Echo(\`\${this.alpha} \${xs[2]} \${Math.max(xs[0], xs[1])} \${Math.sqrt(xs[2])}\`);`, `alpha: byte = 50;`),
];

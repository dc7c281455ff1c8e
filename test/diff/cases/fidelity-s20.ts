import type { DiffCase } from "../harness.ts";

// Session 20 (cc-fix): differences left noticed in session 19, and an adversarial round on the documented subset.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  { name: "(C99) StringBuilder.Length set below 0: the message caught is .NET's ArgumentOutOfRangeException text with its parameter line (Node lacked the line)", main: `const sb = new StringBuilder(); sb.Append("ab"); let msg = "none"; try { sb.Length = -1; } catch (e) { if (e instanceof Error) msg = e.message; } ${show("msg + ' ' + sb.Length + ' ' + sb.ToString()")}` },
];

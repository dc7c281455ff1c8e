// Negative differential cases: constructs pbts must reject, with the diagnostic code and the place
// (a unique substring of the wrapped source, see caseSource in harness.ts) it must point at.
import type { DiffCase } from "./harness.ts";

export interface ErrorCase extends Omit<DiffCase, "main"> {
  main?: string;
  /** The PBTS code expected. */
  code: string;
  /** A unique substring of the wrapped source where the diagnostic must point. */
  at: string;
}

export const errorCases: ErrorCase[] = [
  // strings
  {
    name: "String() of a class instance (JS calls toString, C# would not)",
    top: `class P { constructor(public x: number) {} toString(): string { return "P(" + this.x + ")"; } }`,
    main: `const p = new P(1.5); this.Echo(String(p));`,
    code: "PBTS1001",
    at: "p));",
  },
  {
    name: "concatenating a class instance",
    top: `class Q { x = 1; }`,
    main: `const q = new Q(); this.Echo("q=" + q);`,
    code: "PBTS1001",
    at: "q);",
  },
  // end of strings
];

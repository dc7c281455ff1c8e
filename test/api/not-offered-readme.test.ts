// Issue 10 item 5: every whitelisted PB type is offered or named in README's "Not offered, and why"
// table. The VRageMath types pbts does not implement at all (coverage reason "hand-written type not
// implemented") are the largest group: each one must be named in that table.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { coverage } from "../../compiler/api-gen/coverage.ts";

const README = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("README names every hand-written type pbts does not implement", () => {
  it("each type of the coverage's 'hand-written type not implemented' group is in the table's VRageMath row", () => {
    const row = README.split("\n").find((l) => l.startsWith("| VRageMath types pbts does not implement"));
    expect(row).toBeDefined();
    const named = new Set(row!.split("|")[1].split(":")[1].split(",").map((s) => s.trim()));
    const types = new Set(
      coverage()
        .notOffered.filter((n) => n.reason.startsWith("hand-written type not implemented"))
        // "VRageMath.Vector3L.Foo: public ..." -> "Vector3L" (a nested type keeps its "+Inner"; a generic's {T} goes)
        .map((n) => n.what.split(": ")[0].replace(/\{[^}]*\}/g, "").split(".").slice(1, -1).join(".").split("+").slice(-2).join("+")),
    );
    expect(types.size).toBeGreaterThan(10);
    const missing = [...types].filter((t) => !named.has(t) && !named.has(t.split("+").pop()!));
    expect(missing).toEqual([]);
  });
});

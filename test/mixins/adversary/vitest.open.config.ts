// `npm run test:adversary-open`: the adversary's open findings (not part of `npm test`).
import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../../vitest.config.ts";

export default mergeConfig(base, defineConfig({ test: { include: ["test/mixins/adversary/open.findings.ts"] } }));

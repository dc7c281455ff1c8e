// `npm run test:adversary-open`: the adversary's open findings (not part of `npm test`). The base
// config's include is replaced, not merged (mergeConfig would concatenate it and run every test).
import base from "../../../vitest.config.ts";

export default { ...base, test: { ...base.test, include: ["test/mixins/adversary/open.findings.ts"] } };

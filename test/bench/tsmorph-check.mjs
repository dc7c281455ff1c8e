// TypeScript's own check of the given files (their pre-emit diagnostics) through ts-morph (its bundled TypeScript), with the
// compiler options pbts uses (compiler/compile.ts COMPILER_OPTIONS): the baseline of the compiler
// bench. Plain JavaScript: no tsx, so only TypeScript's work is measured. Exit code 1 on errors.
import { createRequire } from "node:module";
import { resolve } from "node:path";

// ts-morph through require, as pbts loads it: an ES import would make the baseline pay Node's CommonJS
// export scan of ts-morph (~0.4 s in a profile) that pbts does not, flattering pbts's ratio.
const { Project, ts } = createRequire(import.meta.url)("ts-morph");

const root = resolve(import.meta.dirname, "../..");
const project = new Project({
  compilerOptions: {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: [],
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    paths: { "pbts/se": [resolve(root, "compiler/se/index.ts")], "pbts/mixins/*": [`${resolve(root, "mixins")}/*`] },
  },
  skipAddingFilesFromTsConfig: true,
});
const files = process.argv.slice(2).map((f) => project.addSourceFileAtPath(resolve(f)));
project.resolveSourceFileDependencies();
// The diagnostics of the given files (as pbts asks for them), not of every pbts/se file they import.
const errors = files.flatMap((sf) => sf.getPreEmitDiagnostics());
if (errors.length) {
  console.error(project.formatDiagnosticsWithColorAndContext(errors.slice(0, 5)));
  process.exitCode = 1;
} else console.log(`${process.argv.length - 2} files checked`);

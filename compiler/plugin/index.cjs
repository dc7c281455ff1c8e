// pbts/plugin: a TypeScript language-service plugin that adds pbts's diagnostics (the PBTS codes
// `pbts check` prints, same messages and positions) to any tsserver editor, as you type.
// Enable it in tsconfig.json: "compilerOptions": { "plugins": [{ "name": "pbts/plugin" }] }.
//
// tsserver loads plugins with require(), so this file is CommonJS; the compiler is pbts's
// precompiled JavaScript (js/, built by compiler/bin/build-js.mjs), an ES module require()d on first
// use (Node 20.19 / 22.12 and later; on an older Node, through tsx when it is installed). The `typescript` object
// tsserver hands to init() (the editor's TypeScript) builds the diagnostics; the compiler keeps
// its own (ts-morph's) and is called through its public entry, compile().
//
// Which files: a file is checked when it can be part of a script: not a declaration or test file,
// not in node_modules, and importing nothing but 'pbts/se', 'pbts/mixins/...' and relative files
// (a test or scenario importing pbts/sim, vitest or node:* is host code and left alone).
"use strict";
const path = require("node:path");

let compiler = null;
function loadCompiler() {
  if (compiler) return compiler;
  if (process.features && process.features.require_module) {
    require("../bin/build-js.mjs").ensureBuilt();
    compiler = require("../../js/compiler/plugin/diagnose.js");
  } else {
    compiler = require("tsx/cjs/api").require("./diagnose.ts", __filename);
  }
  return compiler;
}

/** Numeric code shown by editors as pbts(1004); the message starts with the full code. */
function numericCode(code) {
  return Number(code.replace(/^PBTS/, ""));
}

function init(modules) {
  const ts = modules.typescript;

  function isScriptFile(sf) {
    const name = sf.fileName;
    if (sf.isDeclarationFile || /[\\/]node_modules[\\/]/.test(name) || /\.(test|spec)\.tsx?$/.test(name) || !/\.tsx?$/.test(name)) return false;
    const c = loadCompiler();
    for (const st of sf.statements) {
      const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : null;
      if (spec !== null && c.isHostOnlyImport(spec)) return false;
    }
    return true;
  }

  /** Length of the token at `start` (the squiggle), at least 1. */
  function tokenLength(sf, start) {
    const scanner = ts.createScanner(sf.languageVersion, true, ts.LanguageVariant.Standard, sf.text, undefined, start);
    scanner.scan();
    const end = typeof scanner.getTokenEnd === "function" ? scanner.getTokenEnd() : scanner.getTextPos();
    return Math.max(1, end - start);
  }

  /** The file and the files it imports by relative path, transitively, as the editor holds them (unsaved edits count). */
  function scriptClosure(program, root) {
    const sources = {};
    const todo = [root];
    while (todo.length) {
      const sf = todo.pop();
      if (sources[sf.fileName] !== undefined) continue;
      sources[sf.fileName] = sf.text;
      for (const st of sf.statements) {
        const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : null;
        if (spec === null || !spec.startsWith(".")) continue;
        const base = path.resolve(path.dirname(sf.fileName), spec).split(path.sep).join("/");
        for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, ".ts"), `${base}/index.ts`]) {
          const dep = program.getSourceFile(candidate);
          if (dep && !dep.isDeclarationFile) {
            todo.push(dep);
            break;
          }
        }
      }
    }
    return sources;
  }

  function create(info) {
    const ls = info.languageService;
    const log = (msg) => info.project && info.project.projectService && info.project.projectService.logger.info(`[pbts/plugin] ${msg}`);
    const cwd = () => (info.project && typeof info.project.getCurrentDirectory === "function" ? info.project.getCurrentDirectory() : process.cwd());
    /** fileName -> { text, diagnostics } of the last check (the compile runs once per text). */
    const cache = new Map();

    function pbtsDiagnostics(fileName, existing) {
      const program = ls.getProgram();
      const sf = program && program.getSourceFile(fileName);
      if (!sf || !isScriptFile(sf)) return [];
      const sources = scriptClosure(program, sf);
      const key = Object.entries(sources).map(([f, t]) => `${f}\0${t}`).join("\0");
      let hit = cache.get(fileName);
      if (!hit || hit.key !== key) {
        hit = { key, diagnostics: loadCompiler().diagnoseFile(fileName, sources, cwd()) };
        cache.set(fileName, hit);
      }
      const out = [];
      for (const d of hit.diagnostics) {
        const line = Math.min(Math.max(d.line - 1, 0), sf.getLineStarts().length - 1);
        const start = Math.min(sf.getPositionOfLineAndCharacter(line, 0) + Math.max(d.col - 1, 0), sf.text.length);
        // A TypeScript error the editor already shows (same TS code, same place) is not repeated.
        const tsErr = /^TS(\d+):/.exec(d.message);
        if (d.code === "PBTS0001" && tsErr && existing.some((e) => e.code === Number(tsErr[1]) && e.start === start)) continue;
        out.push({
          file: sf,
          start,
          length: tokenLength(sf, start),
          messageText: `${d.code}: ${d.message}`,
          category: modules.typescript.DiagnosticCategory.Error,
          code: numericCode(d.code),
          source: "pbts",
        });
      }
      return out;
    }

    const proxy = Object.create(null);
    for (const k of Object.keys(ls)) {
      const member = ls[k];
      proxy[k] = typeof member === "function" ? (...args) => member.apply(ls, args) : member;
    }
    proxy.getSemanticDiagnostics = (fileName) => {
      const prior = ls.getSemanticDiagnostics(fileName);
      try {
        return prior.concat(pbtsDiagnostics(fileName, prior));
      } catch (e) {
        log(`check of ${fileName} failed: ${e && e.stack ? e.stack : e}`);
        return prior;
      }
    };
    log("enabled: PBTS diagnostics are added to the semantic diagnostics");
    return proxy;
  }

  return { create };
}

module.exports = init;

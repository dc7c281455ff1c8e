// Answers an emitter keeps for the rest of one compile, keyed on nodes. `pbts build --watch` keeps a Project
// per compile whose unchanged files keep their nodes (and wrappers) from one compile to the next, while a
// changed file's nodes are new: an answer that reads other nodes (a declaration's references, a callee in
// another file, a symbol's declaration) must not outlive its compile. compile.ts calls beginCompile() first.
const resets: (() => void)[] = [];

export interface PerCompile<K extends object, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): void;
}

/** A WeakMap emptied at the start of each compile. */
export function perCompile<K extends object, V>(): PerCompile<K, V> {
  let m = new WeakMap<K, V>();
  resets.push(() => (m = new WeakMap()));
  return { get: (k) => m.get(k), has: (k) => m.has(k), set: (k, v) => void m.set(k, v) };
}

export function beginCompile(): void {
  for (const reset of resets) reset();
}

// Which message payloads IGC accepts (se-api-facts "Allowed payload types").
// In C# the allowed set is: primitives, string, some VRageMath structs, MyTuple<...> (1-6 items) and
// System.Collections.Immutable collections of allowed types. In JS that becomes:
// - number, boolean, string, and null/undefined (a null string or object reference is legal in C#);
// - objects whose class is one of the names below (pbts/se provides the VRageMath structs and MyTuple;
//   no immutable collections yet): MyTuple's Item1..Item6 and a collection's items are checked recursively;
// - anything else (plain objects, arrays, Maps, functions, class instances) throws
//   "Message type X is not allowed!" with X the JS class name (Object, Array, ...).
/** The VRageMath structs a payload may be (also read by the compiler, which refuses other payload types: C97). */
export const ALLOWED_STRUCTS: ReadonlySet<string> = new Set(["Vector2", "Vector2D", "Vector2I", "Vector3", "Vector3D", "Vector3I", "Vector4", "Vector4D", "Quaternion", "QuaternionD", "Color", "MatrixD", "Matrix", "BoundingBoxD", "BoundingSphereD"]);
const IMMUTABLE_COLLECTIONS = new Set(["ImmutableArray", "ImmutableList", "ImmutableDictionary", "ImmutableHashSet", "ImmutableQueue", "ImmutableStack", "ImmutableSortedSet", "ImmutableSortedDictionary"]);

function typeName(data: unknown): string {
  if (typeof data === "function") return "Function";
  if (typeof data !== "object" || data === null) return typeof data;
  const ctor = (data as { constructor?: { name?: string } }).constructor;
  return ctor?.name || "Object";
}

export function checkIgcPayload(data: unknown): void {
  if (data === null || data === undefined) return;
  const t = typeof data;
  if (t === "number" || t === "boolean" || t === "string") return;
  const name = typeName(data);
  if (t === "object") {
    if (ALLOWED_STRUCTS.has(name)) return;
    if (name === "MyTuple") {
      for (let i = 1; i <= 6; i++) {
        const item = (data as Record<string, unknown>)[`Item${i}`];
        if (item !== undefined) checkIgcPayload(item);
      }
      return;
    }
    if (IMMUTABLE_COLLECTIONS.has(name) && Symbol.iterator in (data as object)) {
      for (const item of data as Iterable<unknown>) checkIgcPayload(item);
      return;
    }
  }
  throw new Error(`Message type ${name} is not allowed!`);
}

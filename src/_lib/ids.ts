/**
 * @internal The duplicate-id check: remembers where each id was first seen. `seen(id, at)` returns where `id` was
 * seen before or, the first time, remembers `at` and returns `undefined` (so `at` must not be `undefined`).
 * @example
 * const seen = firstSeen<number>();
 * seen('E1', 1); // undefined
 * seen('E1', 4); // 1: a duplicate of row 1
 */
export function firstSeen<At>(): (id: string, at: At) => At | undefined {
  const first = new Map<string, At>();
  return (id, at) => {
    const before = first.get(id);
    if (before === undefined) first.set(id, at);
    return before;
  };
}

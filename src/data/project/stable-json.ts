/**
 * Deterministic JSON: object keys sorted recursively, 2-space indent, a final newline. Project files
 * are meant to be diffed and kept under version control, so saving the same workspace twice must
 * give the same bytes whatever order the app happened to build its objects in.
 */

/** A copy of `value` with every object's keys in sorted order (arrays keep their order). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // Code-unit order (the default sort) does not depend on the locale of the machine saving.
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      // Dropped here as JSON.stringify would drop them, so they cannot reorder anything.
      if (child === undefined || typeof child === 'function') continue;
      out[key] = sortKeysDeep(child);
    }
    return out;
  }
  return value;
}

export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}

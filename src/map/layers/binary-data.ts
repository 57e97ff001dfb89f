/**
 * deck.gl compares `data` by reference, so each table gets exactly one binary data object: a month
 * change then never looks like new data (which would re-process every attribute).
 */
export interface BinaryData {
  length: number;
  startIndices?: Uint32Array;
  attributes: Record<string, { value: Float32Array | Float64Array | Uint8Array | Uint32Array; size: number; normalized?: boolean }>;
}

export function memoBinaryData<T extends object>(build: (table: T) => BinaryData): (table: T) => BinaryData {
  const cache = new WeakMap<T, BinaryData>();
  return (table) => {
    let data = cache.get(table);
    if (!data) {
      data = build(table);
      cache.set(table, data);
    }
    return data;
  };
}

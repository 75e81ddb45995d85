import { LIMITS } from "../contract/huawei-constants.ts";

/** Splits a list into consecutive batches of at most `size` (Huawei takes 200 IDs per call). */
export function chunk<T>(items: readonly T[], size: number = LIMITS.idsPerTagQuery): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * A short, stable name for a set of IDs, whatever their order (cyrb53 over the sorted IDs):
 * the cache key of a batch, so the same IDs asked again read the cached answer.
 */
export function batchKey(ids: readonly string[]): string {
  const text = [...ids].sort().join("\n");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${ids.length}-${hash.toString(36)}`;
}

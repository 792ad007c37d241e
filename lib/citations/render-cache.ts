// What citeproc rendered before, kept in this process so the next export of the same sources in the
// same style does not pay citeproc's 5–8 ms per entry again. Keys are content addresses (style,
// html/text and a hash of the CSL item), so an edited source, or the same source with quotes=1,
// simply misses: nothing here needs invalidating.
import { createHash } from "node:crypto";

/**
 * A map that forgets the least recently used records once their total weight passes a bound.
 * Weight is in entries: a record of one entry weighs 1, a jointly rendered group its member count.
 */
export class LruCache<V> {
  private readonly map = new Map<string, { value: V; weight: number }>();
  private weight = 0;

  constructor(readonly maxWeight: number) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    // A Map iterates in insertion order: re-inserting makes this the most recently used record.
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  set(key: string, value: V, weight = 1): void {
    const old = this.map.get(key);
    if (old) {
      this.weight -= old.weight;
      this.map.delete(key);
    }
    this.map.set(key, { value, weight });
    this.weight += weight;
    for (const [k, v] of this.map) {
      if (this.weight <= this.maxWeight || k === key) break;
      this.map.delete(k);
      this.weight -= v.weight;
    }
  }

  clear(): void {
    this.map.clear();
    this.weight = 0;
  }

  get size(): number {
    return this.weight;
  }
}

/**
 * The item's JSON as it comes (toCslItem writes fields in one order): an equal item with its fields
 * in another order would only miss the cache, never hit a wrong record. Sorting keys first made
 * hashing 10,000 items take a second.
 */
export const itemHash = (item: object): string => createHash("sha256").update(JSON.stringify(item)).digest("base64url");

/**
 * 50,000 entries: every source of a dataset a few times today's size, in the four styles as text and
 * HTML, stays cached; at roughly 1–2 KB per entry (the entry, its sort keys and its ambiguity key)
 * that is under 100 MB at the very most, which a server process can spare, where an unbounded
 * cache would grow with every edit (each edit is a new content address).
 */
export const MAX_CACHED_ENTRIES = 50_000;

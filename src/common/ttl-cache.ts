/**
 * A small cache of recent answers, for public pages read by thousands at once (rankings at the
 * moment of publication). Entries live `ttlMs`; the oldest go first beyond `maxEntries`. It only
 * spares the database repeated identical reads: nothing depends on it for correctness.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  /** The cached answer for `key`, or `load()`'s (shared by concurrent callers while it runs). */
  get(key: string, load: () => Promise<V>, now = Date.now()): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { value, expires: now + this.ttlMs });
    // A failed load is not remembered.
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

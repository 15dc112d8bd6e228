/** Most keys kept; beyond it the oldest windows are forgotten first. */
const MAX_KEYS = 100_000;

/**
 * Fixed-window counts in this process's memory: the rate limiter's stand-in while Redis is down.
 * Expired windows are swept as the map grows; past MAX_KEYS the oldest are dropped, so a flood of
 * distinct subjects cannot grow the process without bound.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly maxKeys = MAX_KEYS) {}

  /** Counts one hit on `key`; answers the count so far in its window and the ms left of it. */
  hit(key: string, windowMs: number, now: number): { count: number; msLeft: number } {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.makeRoom(now);
      window = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, msLeft: window.endsAt - now };
  }

  /** One hit fewer in `key`'s open window, if it has one. */
  refund(key: string): void {
    const window = this.windows.get(key);
    if (window && window.count > 0) window.count -= 1;
  }

  get size(): number {
    return this.windows.size;
  }

  private makeRoom(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.endsAt <= now) this.windows.delete(key);
    }
    // Still full: drop the oldest tenth (a Map iterates in insertion order).
    let excess = this.windows.size - Math.floor(this.maxKeys * 0.9);
    for (const key of this.windows.keys()) {
      if (excess-- <= 0) break;
      this.windows.delete(key);
    }
  }
}

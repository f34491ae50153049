/**
 * A Map-backed Web Storage for unit tests: `quota` (characters of keys + values, like the
 * browser's per-origin limit) makes large writes throw QuotaExceededError, `failGet` /
 * `failSet` make every read or write throw like storage disabled by policy, and `writes`
 * records every key written so a test can assert what a store did (or did not) touch.
 */
import type { StorageLike } from '../../../src/lib/storage';

export class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  writes: string[] = [];
  quota = Infinity;
  failGet = false;
  failSet: Error | null = null;
  constructor(init: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(init)) this.map.set(k, v);
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
  getItem(k: string): string | null {
    if (this.failGet) throw new DOMException('denied', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.failSet) throw this.failSet;
    const before = this.map.get(k);
    if (this.used() - (before === undefined ? 0 : k.length + before.length) + k.length + v.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.map.set(k, v);
    this.writes.push(k);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
}

/** A QuotaExceededError as browsers throw it. */
export const quotaError = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

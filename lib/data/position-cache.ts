/**
 * A least-recently-used cache of answers that hold at one position of the catalogue's change log (`seq`; any write
 * that changes what a reader could be shown moves it). A newer position empties it, and a request that read an
 * older position neither reads nor fills it.
 */
export class PositionCache<V> {
  private seq = -1;
  private entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The value kept for `key` at `seq`, if any (it becomes the most recently used). */
  get(seq: number, key: string): V | undefined {
    if (!this.at(seq)) return undefined;
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(seq: number, key: string, value: V): void {
    if (!this.at(seq)) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  private at(seq: number): boolean {
    if (seq > this.seq) {
      this.seq = seq;
      this.entries = new Map();
    }
    return seq === this.seq;
  }
}

/** The process's one cache of this name: kept on globalThis, so that every copy of a module shares it. */
export function sharedPositionCache<V>(name: string, max: number): PositionCache<V> {
  const shared = globalThis as unknown as Record<string, PositionCache<V> | undefined>;
  return (shared[`atlasPositionCache:${name}`] ??= new PositionCache<V>(max));
}

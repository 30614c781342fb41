/**
 * A set of strings kept as 64-bit fingerprints in two typed arrays: about 16 bytes a key at most, against ~80 for
 * a JS Set of strings (7.4M ids of a 1M-node load held ~0.6 GB that way, and the garbage collector walked them).
 * Two different keys share a fingerprint with probability ~n²/2⁶⁵ (about 1e-6 for 7.4M keys), so `has` may say
 * yes for a key never added; callers use it only where such a yes is caught or harmless (see LoadSession).
 */
export class FingerprintSet {
  private high: Uint32Array;
  private low: Uint32Array;
  private count = 0;

  constructor(capacity = 1 << 12) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.high = new Uint32Array(size);
    this.low = new Uint32Array(size);
  }

  get size(): number {
    return this.count;
  }

  has(key: string): boolean {
    const [high, low] = fingerprint(key);
    return this.slot(high, low) < 0;
  }

  /** Adds the key; true if it was not there before. */
  add(key: string): boolean {
    const [high, low] = fingerprint(key);
    const slot = this.slot(high, low);
    if (slot < 0) return false;
    this.high[slot] = high;
    this.low[slot] = low;
    if (++this.count * 2 > this.high.length) this.grow();
    return true;
  }

  /** The free slot for this fingerprint, or -1 when it is present. */
  private slot(high: number, low: number): number {
    const mask = this.high.length - 1;
    for (let i = low & mask; ; i = (i + 1) & mask) {
      const h = this.high[i]!;
      const l = this.low[i]!;
      if (h === 0 && l === 0) return i;
      if (h === high && l === low) return -1;
    }
  }

  private grow(): void {
    const { high, low } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    const mask = this.high.length - 1;
    for (let j = 0; j < high.length; j++) {
      const h = high[j]!;
      const l = low[j]!;
      if (h === 0 && l === 0) continue;
      let i = l & mask;
      while (this.high[i] !== 0 || this.low[i] !== 0) i = (i + 1) & mask;
      this.high[i] = h;
      this.low[i] = l;
    }
  }
}

/** murmur3's finaliser: spreads every input bit over the word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two independent 32-bit hashes of the UTF-16 code units; (0, 0) marks an empty slot, so it is never returned. */
function fingerprint(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const high = mix(a);
  const low = mix(b ^ high);
  return high === 0 && low === 0 ? [0, 1] : [high, low];
}

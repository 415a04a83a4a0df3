/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded through
 * splitmix32: 32-bit state words, integer arithmetic only, so the same seed gives the
 * same sequence on every platform and Node version. Not for cryptography.
 */
export class Prng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = next();
    this.#b = next();
    this.#c = next();
    this.#d = 1;
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** A new generator whose sequence depends on this one's seed and a label only. */
  fork(label: number): Prng {
    return new Prng((this.nextUint32() ^ Math.imul(label + 1, 0x27d4eb2d)) >>> 0);
  }
}

/** Draws indexes in proportion to fixed weights, in O(log n) per draw. */
export class WeightedPicker {
  readonly #cumulative: number[];
  readonly #total: number;

  constructor(weights: readonly number[]) {
    let sum = 0;
    this.#cumulative = weights.map((w) => (sum += w));
    this.#total = sum;
  }

  draw(prng: Prng): number {
    const x = prng.next() * this.#total;
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

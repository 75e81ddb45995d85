/** A source of uniform numbers in [0, 1); seeded so the fake data set is the same on every run. */
export type Rng = () => number;

/** Creates a mulberry32 generator: tiny, fast and good enough for fake data (not for secrets). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Returns an integer between `min` and `max`, both included. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Returns one element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick() needs a non-empty list");
  return item;
}

/** Returns true with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Returns an ID of 32 lower-case hex characters, the shape of Huawei's customer and partner IDs. */
export function hexId(rng: Rng): string {
  // A byte table instead of toString(16)+padStart: the data set makes ~15,000 of these.
  let id = "";
  for (let i = 0; i < 4; i++) {
    const n = Math.floor(rng() * 4_294_967_296);
    id += HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
  }
  return id;
}

/** Returns `length` decimal digits, for fake phone numbers. */
export function digits(rng: Rng, length: number): string {
  let out = "";
  while (out.length < length) out += String(Math.floor(rng() * 1e6)).padStart(6, "0");
  return out.slice(0, length);
}

// Seeded generators of awkward inputs for the tests that compare with Python: the same cases on
// every run, so a failure can be replayed.

export type Random = () => number;

/** mulberry32: a tiny deterministic PRNG, values in [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const integer = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

// Reserved and unreserved URL characters, quotes, controls, Python-only and JavaScript-only
// whitespace, Latin-1, BMP and astral characters (surrogate pairs in UTF-16).
const TEXT_PIECES = [
  'a', 'Z', '0', '9', 'abc', 'it', ' ', '  ', '-', '_', '.', '~', '!', "'", '(', ')', '*', '+', '%', '%27', '%zz', '&', '=', '?', '/',
  '#', ':', ';', '@', ',', '$', '[', ']', '{', '}', '<', '>', '|', '^', '`', '"', '\\', '\n', '\r', '\t', '\u0000', '\u0008', '\u000c', '\u001f',
  '\u007f', '\u0085', '\u00a0', 'é', 'ü', 'ß', 'ÿ', '€', '✓', '中文', '\u2028', '\ufeff', '😀', '𝄞', 'null', 'true', 'café',
];

/** A string of 0–`maxPieces` awkward pieces. */
export function randomText(random: Random, maxPieces = 6): string {
  let text = '';
  for (let count = integer(random, 0, maxPieces); count > 0; count--) text += pick(random, TEXT_PIECES);
  return text;
}

const NUMBERS = [
  0, -0, 1, -1, 42, 1234567890, -987654321, 2 ** 31, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 60, 1e15, 1e16, 1e21, 1e22, 1.7976931348623157e308,
  0.1, 0.5, -0.25, 1 / 3, 2 / 3, 0.1 + 0.2, 123.456, -98.765, 3.141592653589793, 1e-4, 9.99e-5, 5e-5, 1.5e-7, 1e-7, -2.5e-10, 5e-324, 1234.5e10, 4503599627370495.5,
];

/** A finite number: a listed edge case, a whole number or any double. */
export function randomNumber(random: Random): number {
  const kind = random();
  if (kind < 0.4) return pick(random, NUMBERS);
  if (kind < 0.6) return integer(random, -1e6, 1e6);
  // Any double: random bits, scaled over the whole exponent range.
  const value = (random() - 0.5) * 10 ** integer(random, -320, 300);
  return Number.isFinite(value) ? value : 0.5;
}

/** A JSON-compatible value (strings may hold lone surrogates when `loneSurrogates`). */
export function randomJson(random: Random, depth = 3, loneSurrogates = true): unknown {
  const kind = random();
  if (depth > 0 && kind < 0.2) return Array.from({ length: integer(random, 0, 4) }, () => randomJson(random, depth - 1, loneSurrogates));
  if (depth > 0 && kind < 0.4) {
    const object: Record<string, unknown> = {};
    for (let count = integer(random, 0, 4); count > 0; count--) object[randomKey(random, loneSurrogates)] = randomJson(random, depth - 1, loneSurrogates);
    return object;
  }
  if (kind < 0.6) return randomString(random, loneSurrogates);
  if (kind < 0.8) return randomNumber(random);
  if (kind < 0.9) return random() < 0.5;
  return null;
}

function randomString(random: Random, loneSurrogates: boolean): string {
  const text = randomText(random);
  return loneSurrogates && random() < 0.05 ? `${text}${pick(random, ['\ud800', '\udfff', '\udc00x'])}` : text;
}

function randomKey(random: Random, loneSurrogates: boolean): string {
  return random() < 0.5 ? pick(random, ['name', 'accessRules', 'from', '_from', 'date.from', '10', '2', 'a b', 'é']) : randomString(random, loneSurrogates);
}

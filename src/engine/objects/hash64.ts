// CPython's 64-bit hashes, computed in 32-bit halves (no BigInt on the hot paths).
//
// A hash is a signed 64-bit integer held as two int32 lanes (hi, lo) in a `Hash64`.
// The type slots (`PyType.hash`) return a JS number: `hashNumber(hi, lo)`, exact for
// |h| < 2**53 (every small int) and otherwise the nearest double, the same for equal
// values of any type, which is all dict-core's buckets need. `hash()` and the set
// table replica (set-order.ts) use the exact lanes.
//
// The algorithms (facts of CPython 3.11's observable behaviour, written here from
// their published descriptions):
// - int: the value modulo the Mersenne prime 2**61-1, sign kept, -1 becomes -2;
// - float: the same modulus applied to the exact rational value; +-inf +-314159;
// - str and bytes: SipHash-1-3 over the string's storage bytes (1, 2 or 4 bytes per
//   code point, little-endian: CPython's "kind"), keyed as with PYTHONHASHSEED=0 (an
//   all-zero key): CPython randomizes per process, we must be deterministic, so
//   outputs match `PYTHONHASHSEED=0 python3`; the empty string hashes to 0;
// - tuple: the xxHash-based combination (primes XXPRIME_1/2/5, rotate by 31, then the
//   length mixed in, -1 becomes 1546275796);
// - frozenset: xor of the shuffled element hashes, then the size and final mix;
// - complex: hash(real) + 1000003 * hash(imag) modulo 2**64.

import type { PyValue } from "./object.js";
import { PyInt, bigHash } from "./int.js";
import { PyFloat, floatHashBig } from "./float.js";
import { PyStr } from "./str.js";
import { PyBytes } from "./bytes.js";
import { PyTuple } from "./tuple.js";
import { None, bytesType, complexType, floatType, frozensetType, intType, strType, tupleType } from "./builtin-types.js";
import { PySet } from "./set.js";
import { PyComplex } from "./complex.js";

/** A signed 64-bit hash as two int32 lanes. */
export class Hash64 {
  static get name(): string {
    return "Hash64";
  }
  hi = 0;
  lo = 0;
  setNumber(h: number): this {
    this.lo = h | 0;
    this.hi = Math.floor(h / 4294967296) | 0;
    return this;
  }
  setBig(h: bigint): this {
    this.lo = Number(BigInt.asIntN(32, h));
    this.hi = Number(BigInt.asIntN(32, h >> 32n));
    return this;
  }
  big(): bigint {
    return (BigInt(this.hi) << 32n) | BigInt(this.lo >>> 0);
  }
  number(): number {
    return hashNumber(this.hi, this.lo);
  }
}

/** The JS number of a hash (exact below 2**53 in magnitude). */
export function hashNumber(hi: number, lo: number): number {
  return hi * 4294967296 + (lo >>> 0);
}

// ---------------------------------------------------------------- 64-bit lane arithmetic

/** Low 32 bits of the full product of two uint32 values, and the high 32 bits. */
function mulLanes(ah: number, al: number, bh: number, bl: number, out: Hash64): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = ((mid & 0xffff) << 16) | (p00 & 0xffff);
  const carry = p11 + Math.floor(p01 / 65536) + Math.floor(p10 / 65536) + Math.floor(mid / 65536);
  out.hi = (carry + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
  out.lo = lo | 0;
}

function addInto(out: Hash64, bh: number, bl: number): void {
  const l = (out.lo >>> 0) + (bl >>> 0);
  out.hi = (out.hi + bh + (l > 0xffffffff ? 1 : 0)) | 0;
  out.lo = l | 0;
}

// ---------------------------------------------------------------- SipHash-1-3, zero key

/** SipHash-1-3 of `bytes` with the all-zero key, as CPython's _Py_HashBytes (-1 -> -2). */
export function sipHash13(bytes: Uint8Array, out: Hash64): Hash64 {
  // v0..v3 as (hi, lo) pairs; k0 = k1 = 0, so the initial state is the constants.
  let v0h = 0x736f6d65, v0l = 0x70736575, v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261, v3h = 0x74656462, v3l = 0x79746573;
  let t: number, u: number, s: number;
  const round = (): void => {
    // v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
    s = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v1h << 13) | (v1l >>> 19); u = (v1l << 13) | (v1h >>> 19); v1h = t ^ v0h; v1l = u ^ v0l;
    t = v0h; v0h = v0l; v0l = t;
    // v2 += v3; v3 = rotl(v3, 16); v3 ^= v2
    s = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v3h << 16) | (v3l >>> 16); u = (v3l << 16) | (v3h >>> 16); v3h = t ^ v2h; v3l = u ^ v2l;
    // v0 += v3; v3 = rotl(v3, 21); v3 ^= v0
    s = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v3h << 21) | (v3l >>> 11); u = (v3l << 21) | (v3h >>> 11); v3h = t ^ v0h; v3l = u ^ v0l;
    // v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
    s = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v1h << 17) | (v1l >>> 15); u = (v1l << 17) | (v1h >>> 15); v1h = t ^ v2h; v1l = u ^ v2l;
    t = v2h; v2h = v2l; v2l = t;
  };
  const n = bytes.length;
  const whole = n - (n % 8);
  let i = 0;
  for (; i < whole; i += 8) {
    const ml = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    const mh = bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24);
    v3h ^= mh; v3l ^= ml;
    round();
    v0h ^= mh; v0l ^= ml;
  }
  // The last block: the remaining bytes, and the length's low byte at the top.
  let bl = 0, bh = (n & 0xff) << 24;
  for (let k = 0; i + k < n; k++) {
    if (k < 4) bl |= bytes[i + k] << (8 * k);
    else bh |= bytes[i + k] << (8 * (k - 4));
  }
  v3h ^= bh; v3l ^= bl;
  round();
  v0h ^= bh; v0l ^= bl;
  v2l ^= 0xff;
  round(); round(); round();
  out.hi = v0h ^ v1h ^ v2h ^ v3h;
  out.lo = v0l ^ v1l ^ v2l ^ v3l;
  if (out.hi === -1 && out.lo === -1) out.lo = -2;
  return out;
}

/** The bytes CPython hashes for a str: its code points at 1, 2 or 4 bytes each (little-endian). */
function strStorage(s: string): Uint8Array {
  let max = 0;
  let astral = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) astral++;
    }
  }
  if (astral > 0) {
    const out = new Uint8Array(4 * (s.length - astral));
    let k = 0;
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      out[k] = cp & 0xff; out[k + 1] = (cp >>> 8) & 0xff; out[k + 2] = cp >>> 16;
      k += 4;
    }
    return out;
  }
  if (max < 256) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const out = new Uint8Array(2 * s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >>> 8;
  }
  return out;
}

/** CPython's hash of a str (PYTHONHASHSEED=0). */
export function strHash64(s: string, out: Hash64): Hash64 {
  if (s.length === 0) {
    out.hi = out.lo = 0;
    return out;
  }
  return sipHash13(strStorage(s), out);
}

/** CPython's hash of bytes (PYTHONHASHSEED=0; equal to the str hash of the same Latin-1 text). */
export function bytesHash64(b: ArrayLike<number>, out: Hash64): Hash64 {
  if (b.length === 0) {
    out.hi = out.lo = 0;
    return out;
  }
  return sipHash13(b instanceof Uint8Array ? b : Uint8Array.from(b), out);
}

// ---------------------------------------------------------------- tuple, frozenset, complex

// xxHash primes, as (hi, lo) halves.
const P1H = 0x9e3779b1 | 0, P1L = 0x85ebca87 | 0; // 11400714785074694791
const P2H = 0xc2b2ae3d | 0, P2L = 0x27d4eb4f | 0; // 14029467366897019727
const P5H = 0x27d4eb2f | 0, P5L = 0x165667c5 | 0; // 2870177450012600261
// XXPRIME_5 ^ 3527539, the constant mixed with the length.
const LEN_MIX_H = P5H, LEN_MIX_L = P5L ^ 3527539;

/**
 * CPython's tuple hash over item hashes delivered by `itemHash(i, lane)` (which fills
 * `lane` and returns false when an item is unhashable by this pure path).
 */
export function tupleHash64(n: number, itemHash: (i: number, lane: Hash64) => boolean, out: Hash64): boolean {
  const lane = new Hash64();
  const acc = new Hash64();
  acc.hi = P5H;
  acc.lo = P5L;
  for (let i = 0; i < n; i++) {
    if (!itemHash(i, lane)) return false;
    mulLanes(lane.hi, lane.lo, P2H, P2L, lane); // lane * XXPRIME_2
    addInto(acc, lane.hi, lane.lo); // acc += ...
    const h = acc.hi, l = acc.lo; // acc = rotl(acc, 31)
    acc.hi = (h << 31) | (l >>> 1);
    acc.lo = (l << 31) | (h >>> 1);
    mulLanes(acc.hi, acc.lo, P1H, P1L, acc); // acc *= XXPRIME_1
  }
  addInto(acc, LEN_MIX_H, LEN_MIX_L ^ n);
  if (acc.hi === -1 && acc.lo === -1) {
    acc.hi = 0;
    acc.lo = 1546275796;
  }
  out.hi = acc.hi;
  out.lo = acc.lo;
  return true;
}

/** ((h ^ 89869747) ^ (h << 16)) * 3644798167, modulo 2**64 (frozenset's element shuffle). */
function shuffleBits(h: Hash64, out: Hash64): void {
  const xh = h.hi ^ ((h.hi << 16) | (h.lo >>> 16));
  const xl = h.lo ^ 89869747 ^ (h.lo << 16);
  mulLanes(xh, xl, 0, 3644798167 | 0, out);
}

/** CPython's frozenset hash over the element hashes (order-independent). */
export function frozensetHash64(hashes: Hash64[], out: Hash64): Hash64 {
  let hh = 0, hl = 0;
  const t = new Hash64();
  for (const h of hashes) {
    shuffleBits(h, t);
    hh ^= t.hi;
    hl ^= t.lo;
  }
  // hash ^= (size + 1) * 1927868237
  mulLanes(0, hashes.length + 1, 0, 1927868237, t);
  hh ^= t.hi;
  hl ^= t.lo;
  // hash ^= (hash >> 11) ^ (hash >> 25), logical shifts of the unsigned value
  const s11h = hh >>> 11, s11l = (hl >>> 11) | (hh << 21);
  const s25h = hh >>> 25, s25l = (hl >>> 25) | (hh << 7);
  hh ^= s11h ^ s25h;
  hl ^= s11l ^ s25l;
  // hash = hash * 69069 + 907133923
  mulLanes(hh, hl, 0, 69069, out);
  addInto(out, 0, 907133923);
  if (out.hi === -1 && out.lo === -1) {
    out.hi = 0;
    out.lo = 590923713;
  }
  return out;
}

/** hash(real) + 1000003 * hash(imag), modulo 2**64, -1 -> -2 (CPython's complex hash). */
export function complexHash64(re: number, im: number, out: Hash64): Hash64 {
  const imag = new Hash64();
  floatHash64(im, imag);
  floatHash64(re, out);
  mulLanes(imag.hi, imag.lo, 0, 1000003, imag);
  addInto(out, imag.hi, imag.lo);
  if (out.hi === -1 && out.lo === -1) out.lo = -2;
  return out;
}

// ---------------------------------------------------------------- dispatch

/** CPython's hash of a non-nan float. */
export function floatHash64(x: number, out: Hash64): Hash64 {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return out.setNumber(x === -1 ? -2 : x + 0);
  return out.setBig(floatHashBig(x));
}

/** The None hash: CPython 3.11 hashes None by address; ours is a fixed number (documented). */
export const NONE_HASH = 0xfcfa4e;

/**
 * CPython's hash of a value whose hash calls no user code (int, bool, float, complex,
 * str, bytes, None, and tuples and frozensets of those); false for anything else (NaN
 * included: it hashes by identity; and subclasses that define __hash__).
 */
export function pureHash64(v: PyValue, out: Hash64): boolean {
  if (typeof v === "number") return out.setNumber(v === -1 ? -2 : v), true;
  if (typeof v === "boolean") return out.setNumber(v ? 1 : 0), true;
  const slot = v.cls.hash;
  if (v instanceof PyStr) {
    if (slot !== strType.hash) return false;
    strHash64(v.v, out);
    return true;
  }
  if (v instanceof PyInt) {
    if (slot !== intType.hash) return false;
    out.setBig(bigHash(v.v));
    return true;
  }
  if (v instanceof PyFloat) {
    if (v.v !== v.v || slot !== floatType.hash) return false;
    floatHash64(v.v, out);
    return true;
  }
  if (v === None) return out.setNumber(NONE_HASH), true;
  if (v instanceof PyTuple) {
    if (slot !== tupleType.hash) return false;
    const items = v.items;
    return tupleHash64(items.length, (i, lane) => pureHash64(items[i], lane), out);
  }
  if (v instanceof PyBytes) {
    if (slot !== bytesType.hash) return false;
    bytesHash64(v.bytes, out);
    return true;
  }
  if (v instanceof PyComplex) {
    if (slot !== complexType.hash || v.re !== v.re || v.im !== v.im) return false;
    complexHash64(v.re, v.im, out);
    return true;
  }
  // A readonly memoryview hashes as its bytes (objects/memoryview.ts); false when it cannot.
  const viewHash = (v as { exactHash64?: (out: Hash64) => boolean }).exactHash64;
  if (viewHash !== undefined) return viewHash.call(v, out);
  if (v instanceof PySet && slot === frozensetType.hash) {
    const hashes: Hash64[] = [];
    for (const e of v.table.map.values()) {
      const h = new Hash64();
      if (!pureHash64(e.key, h)) return false;
      hashes.push(h);
    }
    frozensetHash64(hashes, out);
    return true;
  }
  return false;
}

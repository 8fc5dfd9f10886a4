// `_random`: the Mersenne Twister (MT19937) core of `random`, bit-for-bit CPython's
// (Modules/_randommodule.c): init_by_array seeding from the 32-bit words of |seed|,
// random() from two outputs (53 bits), getrandbits(k) from little-endian 32-bit words.
// The rest of `random` (randrange, choice, shuffle, ...) is Python (stdlib/random.py),
// drawing bits in CPython 3.11's documented order, so the same seed gives the same numbers.

import { PyObject, type PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { None, objectType, typeType } from "../objects/builtin-types.js";
import { defineMethods } from "../objects/function.js";
import { makeModule, type PyModule } from "../objects/module.js";
import { newFloat, PyFloat } from "../objects/float.js";
import { PyInt, intFromBigInt, isInt, toBig } from "../objects/int.js";
import { newTuple, PyTuple } from "../objects/tuple.js";
import { PyStr } from "../objects/str.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { pyHash, typeOf } from "../vm/abstract.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { checkArgs } from "../objects/args.js";

const N = 624;
const M = 397;

export class PyMersenne extends PyObject {
  static override get name(): string {
    return "PyMersenne";
  }
  mt = new Uint32Array(N);
  mti = N + 1;
  constructor(cls: PyType) {
    super(cls);
  }

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.mti = N;
  }

  genrand(): number {
    const mt = this.mt;
    let y: number;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

export const mersenneType = new PyType(typeType, "Random", [objectType], true);
mersenneType.mro = [mersenneType, objectType];
mersenneType.instancesHaveDict = false;
mersenneType.subclassable = false;
mersenneType.module = "_random";

function gen(interp: Interpreter, v: PyValue): PyMersenne {
  if (!(v instanceof PyMersenne)) return raiseTypeError(interp, `descriptor requires a '_random.Random' object but received a '${typeOf(v).name}'`);
  return v;
}

/** CPython's random_seed for ints: the 32-bit words of |n|, least significant first. */
function seedFromBig(g: PyMersenne, n: bigint): void {
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (key.length === 0) key.push(0);
  g.initByArray(key);
}

function seed(interp: Interpreter, g: PyMersenne, a: PyValue): void {
  // Deviation: no OS entropy — seed(None) (and a fresh generator) seed with 0, so runs are reproducible.
  if (a === None) return seedFromBig(g, 0n);
  if (isInt(a)) return seedFromBig(g, toBig(a));
  if (a instanceof PyFloat) return seedFromBig(g, BigInt.asUintN(64, floatHash(a.v)));
  if (a instanceof PyStr) {
    // CPython seeds with (size_t)hash(a) for floats. Deviation: str seeds too (CPython
    // uses SHA-512 of the text), so str seeds give different numbers than CPython.
    return seedFromBig(g, BigInt.asUintN(64, BigInt(pyHash(interp, a))));
  }
  return raiseTypeError(interp, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

/** CPython's hash(float), exact (a JS number cannot hold hashes above 2**53). */
function floatHash(x: number): bigint {
  if (x !== x) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (x === 0) return 0n;
  const P = (1n << 61n) - 1n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  let h = mant % P;
  const e = exp >= 0 ? exp % 61 : 61 - ((-exp) % 61);
  h = (h << BigInt(e % 61)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

function getrandbits(interp: Interpreter, g: PyMersenne, k: number): PyValue {
  if (k < 0) raiseValueError(interp, "number of bits must be non-negative");
  if (k === 0) return 0;
  if (k <= 32) {
    const r = g.genrand() >>> (32 - k);
    return r < 2 ** 30 ? r : intFromBigInt(interp, BigInt(r));
  }
  interp.heap.ensure(k / 8);
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let r = g.genrand();
    if (left < 32) r >>>= 32 - left;
    result |= BigInt(r) << shift;
    shift += 32n;
  }
  return intFromBigInt(interp, result);
}

/** CPython's _randbelow_with_getrandbits(n) for n > 0 (0 for n <= 0; callers check). */
function randbelow(interp: Interpreter, g: PyMersenne, n: PyValue): PyValue {
  if (typeof n === "number" && n <= 0xffffffff) {
    if (n <= 0) return 0;
    const shift = Math.clz32(n);
    let r = g.genrand() >>> shift;
    while (r >= n) r = g.genrand() >>> shift;
    return r;
  }
  if (!isInt(n)) return raiseTypeError(interp, `'${typeOf(n).name}' object cannot be interpreted as an integer`);
  const big = toBig(n);
  if (big <= 0n) return 0;
  const k = big.toString(2).length;
  let r = getrandbits(interp, g, k);
  while (toBig(r as number | PyInt) >= big) r = getrandbits(interp, g, k);
  return r;
}

mersenneType.construct = (interp, cls, args) => {
  const g = interp.heap.alloc(new PyMersenne(cls), sizeFor(4 * N + 8));
  seed(interp, g, args.length > 0 ? args[0] : None);
  return g;
};

defineMethods(mersenneType, {
  seed: (interp, args, kw) => {
    checkArgs(interp, "seed", args, 0, 1, kw);
    seed(interp, gen(interp, args[0]), args.length > 1 ? args[1] : None);
    return None;
  },
  random: (interp, args, kw) => {
    checkArgs(interp, "random", args, 0, 0, kw);
    return newFloat(interp, gen(interp, args[0]).random());
  },
  getrandbits: (interp, args, kw) => {
    checkArgs(interp, "getrandbits", args, 1, 1, kw);
    const k = args[1];
    if (!isInt(k)) return raiseTypeError(interp, `'${typeOf(k).name}' object cannot be interpreted as an integer`);
    if (k instanceof PyInt) return raiseValueError(interp, "number of bits too large");
    return getrandbits(interp, gen(interp, args[0]), Number(k));
  },
  randbelow: (interp, args, kw) => {
    checkArgs(interp, "randbelow", args, 1, 1, kw);
    return randbelow(interp, gen(interp, args[0]), args[1]);
  },
  getstate: (interp, args, kw) => {
    checkArgs(interp, "getstate", args, 0, 0, kw);
    const g = gen(interp, args[0]);
    const items: PyValue[] = [];
    for (let i = 0; i < N; i++) items.push(g.mt[i] < 2 ** 30 ? g.mt[i] : intFromBigInt(interp, BigInt(g.mt[i])));
    items.push(g.mti);
    return newTuple(interp, items);
  },
  setstate: (interp, args, kw) => {
    checkArgs(interp, "setstate", args, 1, 1, kw);
    const g = gen(interp, args[0]);
    const st = args[1];
    if (!(st instanceof PyTuple) || st.items.length !== N + 1) return raiseValueError(interp, "state vector is the wrong size");
    for (let i = 0; i < N; i++) {
      const v = st.items[i];
      if (!isInt(v)) return raiseTypeError(interp, "state vector items must be integers");
      g.mt[i] = Number(BigInt.asUintN(32, toBig(v)));
    }
    const idx = st.items[N];
    if (!isInt(idx) || Number(toBig(idx)) < 0 || Number(toBig(idx)) > N) return raiseValueError(interp, "invalid state");
    g.mti = Number(toBig(idx));
    return None;
  },
});

export function createRandomNativeModule(interp: Interpreter): PyModule {
  void interp;
  return makeModule("_random", [["Random", mersenneType]]);
}

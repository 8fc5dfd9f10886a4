// The message digests behind `hashlib`: MD5, SHA-1 and SHA-224/256 here, SHA-384/512
// in hash-sha512.ts, on the frame of hash-frame.ts; written from their public
// specifications (RFC 1321, FIPS 180-4). Pure functions over bytes: no Python objects.
// Each digester is incremental (update() any number of times) and digest() leaves it
// usable, like Python's hash objects.

import { BlockDigester, readBigEndian, type Digester } from "./hash-frame.js";
import { Sha512 } from "./hash-sha512.js";

export type { Digester } from "./hash-frame.js";

// The constant tables were derived from their definitions (sines, square and cube roots
// of primes) with exact integer arithmetic and written out as literals.

/** MD5: floor(|sin(i + 1)| * 2**32) for i = 0..63. */
const MD5_K = Uint32Array.of(
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
);

/** SHA-256: the first 32 fraction bits of the cube roots of the first 64 primes. */
const SHA256_K = Uint32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);

/** SHA-256: the first 32 fraction bits of the square roots of the first 8 primes. */
const SHA256_INIT = Uint32Array.of(
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
);

/** SHA-224: bits 33..64 of the square-root fractions of the 9th to 16th primes. */
const SHA224_INIT = Uint32Array.of(
  0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
);

// The round constants as signed 32-bit words (the same bits), so the rounds stay in
// V8's int32 arithmetic instead of mixing in doubles above 2**31.
const MD5_ROUND = new Int32Array(MD5_K.buffer);
const SHA256_ROUND = new Int32Array(SHA256_K.buffer);

const MD5_SHIFTS = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);

class Md5 extends BlockDigester {
  readonly name = "md5";
  readonly digestSize = 16;
  private words = new Int32Array(16);
  constructor() {
    super(64, Uint32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476));
    this.lengthLittleEndian = true;
  }
  protected blank(): BlockDigester {
    return new Md5();
  }
  protected compress(block: ArrayLike<number>, at: number): void {
    const x = this.words;
    for (let j = 0; j < 16; j++, at += 4) x[j] = block[at] | (block[at + 1] << 8) | (block[at + 2] << 16) | (block[at + 3] << 24);
    const s = this.state;
    let a = s[0] | 0, b = s[1] | 0, c = s[2] | 0, d = s[3] | 0;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let mix: number;
      let word: number;
      if (round === 0) {
        mix = (b & c) | (~b & d);
        word = i;
      } else if (round === 1) {
        mix = (d & b) | (~d & c);
        word = (5 * i + 1) & 15;
      } else if (round === 2) {
        mix = b ^ c ^ d;
        word = (3 * i + 5) & 15;
      } else {
        mix = c ^ (b | ~d);
        word = (7 * i) & 15;
      }
      const shift = MD5_SHIFTS[(round << 2) | (i & 3)];
      const sum = (a + mix + MD5_ROUND[i] + x[word]) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    s[0] += a;
    s[1] += b;
    s[2] += c;
    s[3] += d;
  }
  protected output(): number[] {
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const w = this.state[i];
      out.push(w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24);
    }
    return out;
  }
}

class Sha1 extends BlockDigester {
  readonly name = "sha1";
  readonly digestSize = 20;
  private words = new Int32Array(80);
  constructor() {
    super(64, Uint32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0));
  }
  protected blank(): BlockDigester {
    return new Sha1();
  }
  protected compress(block: ArrayLike<number>, at: number): void {
    const w = this.words;
    for (let t = 0; t < 16; t++) w[t] = readBigEndian(block, at + 4 * t);
    for (let t = 16; t < 80; t++) {
      const v = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
      w[t] = (v << 1) | (v >>> 31);
    }
    const s = this.state;
    let a = s[0] | 0, b = s[1] | 0, c = s[2] | 0, d = s[3] | 0, e = s[4] | 0;
    for (let t = 0; t < 80; t++) {
      let mix: number;
      let k: number;
      if (t < 20) {
        mix = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        mix = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        mix = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        mix = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const next = (((a << 5) | (a >>> 27)) + mix + e + k + w[t]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = next;
    }
    s[0] += a;
    s[1] += b;
    s[2] += c;
    s[3] += d;
    s[4] += e;
  }
  protected output(): number[] {
    return this.bigEndian();
  }
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

class Sha256 extends BlockDigester {
  readonly name: string;
  readonly digestSize: number;
  private words = new Int32Array(64);
  constructor(short: boolean) {
    super(64, short ? SHA224_INIT : SHA256_INIT);
    this.name = short ? "sha224" : "sha256";
    this.digestSize = short ? 28 : 32;
  }
  protected blank(): BlockDigester {
    return new Sha256(this.digestSize === 28);
  }
  protected compress(block: ArrayLike<number>, at: number): void {
    const w = this.words;
    for (let t = 0; t < 16; t++) w[t] = readBigEndian(block, at + 4 * t);
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const small0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const small1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = (small1 + w[t - 7] + small0 + w[t - 16]) | 0;
    }
    const s = this.state;
    let a = s[0] | 0, b = s[1] | 0, c = s[2] | 0, d = s[3] | 0;
    let e = s[4] | 0, f = s[5] | 0, g = s[6] | 0, h = s[7] | 0;
    for (let t = 0; t < 64; t++) {
      const big1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const choose = (e & f) ^ (~e & g);
      const first = (h + big1 + choose + SHA256_ROUND[t] + w[t]) | 0;
      const big0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      h = g;
      g = f;
      f = e;
      e = (d + first) | 0;
      d = c;
      c = b;
      b = a;
      a = (first + big0 + majority) | 0;
    }
    s[0] += a;
    s[1] += b;
    s[2] += c;
    s[3] += d;
    s[4] += e;
    s[5] += f;
    s[6] += g;
    s[7] += h;
  }
  protected output(): number[] {
    return this.bigEndian();
  }
}

/** The algorithms by their hashlib names. */
export const DIGEST_NAMES: readonly string[] = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

/** A fresh digester for a hashlib name (lower case), or null when it is not one of ours. */
export function newDigester(name: string): Digester | null {
  switch (name) {
    case "md5":
      return new Md5();
    case "sha1":
      return new Sha1();
    case "sha224":
      return new Sha256(true);
    case "sha256":
      return new Sha256(false);
    case "sha384":
      return new Sha512(true);
    case "sha512":
      return new Sha512(false);
    default:
      return null;
  }
}

// SHA-384 and SHA-512 (FIPS 180-4) for hashlib: 64-bit words kept as (high, low)
// 32-bit halves, since JavaScript's bitwise operators work on 32 bits.
//
// The constant tables were derived from their definitions (square and cube roots of
// primes) with exact integer arithmetic and written out as literals.

import { BlockDigester, readBigEndian } from "./hash-frame.js";

/** SHA-512: 64 fraction bits of the cube roots of the first 80 primes, as (high, low) pairs. */
const SHA512_K = Uint32Array.of(
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
);

/** SHA-512: 64 fraction bits of the square roots of the first 8 primes, (high, low) pairs. */
const SHA512_INIT = Uint32Array.of(
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1,
  0x510e527f, 0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
);

/** SHA-384: the same for the 9th to 16th primes. */
const SHA384_INIT = Uint32Array.of(
  0xcbbb9d5d, 0xc1059ed8, 0x629a292a, 0x367cd507, 0x9159015a, 0x3070dd17, 0x152fecd8, 0xf70e5939,
  0x67332667, 0xffc00b31, 0x8eb44a87, 0x68581511, 0xdb0c2e0d, 0x64f98fa7, 0x47b5481d, 0xbefa4fa4,
);

// 64-bit words as (high, low) 32-bit halves: rotations and shifts of the pair.
function rotrHigh(high: number, low: number, n: number): number {
  return n < 32 ? (high >>> n) | (low << (32 - n)) : (low >>> (n - 32)) | (high << (64 - n));
}
function rotrLow(high: number, low: number, n: number): number {
  return n < 32 ? (low >>> n) | (high << (32 - n)) : (high >>> (n - 32)) | (low << (64 - n));
}

export class Sha512 extends BlockDigester {
  readonly name: string;
  readonly digestSize: number;
  /** The message schedule, (high, low) pairs. */
  private words = new Uint32Array(160);
  constructor(short: boolean) {
    super(128, short ? SHA384_INIT : SHA512_INIT);
    this.name = short ? "sha384" : "sha512";
    this.digestSize = short ? 48 : 64;
  }
  protected blank(): BlockDigester {
    return new Sha512(this.digestSize === 48);
  }
  protected compress(block: ArrayLike<number>, at: number): void {
    const w = this.words;
    for (let i = 0; i < 32; i++) w[i] = readBigEndian(block, at + 4 * i);
    for (let t = 16; t < 80; t++) {
      const xh = w[2 * (t - 15)], xl = w[2 * (t - 15) + 1];
      const yh = w[2 * (t - 2)], yl = w[2 * (t - 2) + 1];
      const s0h = rotrHigh(xh, xl, 1) ^ rotrHigh(xh, xl, 8) ^ (xh >>> 7);
      const s0l = rotrLow(xh, xl, 1) ^ rotrLow(xh, xl, 8) ^ ((xl >>> 7) | (xh << 25));
      const s1h = rotrHigh(yh, yl, 19) ^ rotrHigh(yh, yl, 61) ^ (yh >>> 6);
      const s1l = rotrLow(yh, yl, 19) ^ rotrLow(yh, yl, 61) ^ ((yl >>> 6) | (yh << 26));
      const low = (s1l >>> 0) + w[2 * (t - 7) + 1] + (s0l >>> 0) + w[2 * (t - 16) + 1];
      const high = (s1h >>> 0) + w[2 * (t - 7)] + (s0h >>> 0) + w[2 * (t - 16)] + Math.floor(low / 0x100000000);
      w[2 * t] = high;
      w[2 * t + 1] = low;
    }
    const s = this.state;
    let ah = s[0], al = s[1], bh = s[2], bl = s[3], ch = s[4], cl = s[5], dh = s[6], dl = s[7];
    let eh = s[8], el = s[9], fh = s[10], fl = s[11], gh = s[12], gl = s[13], hh = s[14], hl = s[15];
    for (let t = 0; t < 80; t++) {
      const big1h = rotrHigh(eh, el, 14) ^ rotrHigh(eh, el, 18) ^ rotrHigh(eh, el, 41);
      const big1l = rotrLow(eh, el, 14) ^ rotrLow(eh, el, 18) ^ rotrLow(eh, el, 41);
      const chooseH = (eh & fh) ^ (~eh & gh);
      const chooseL = (el & fl) ^ (~el & gl);
      const firstL = hl + (big1l >>> 0) + (chooseL >>> 0) + SHA512_K[2 * t + 1] + w[2 * t + 1];
      const firstH = hh + (big1h >>> 0) + (chooseH >>> 0) + SHA512_K[2 * t] + w[2 * t] + Math.floor(firstL / 0x100000000);
      const big0h = rotrHigh(ah, al, 28) ^ rotrHigh(ah, al, 34) ^ rotrHigh(ah, al, 39);
      const big0l = rotrLow(ah, al, 28) ^ rotrLow(ah, al, 34) ^ rotrLow(ah, al, 39);
      const majH = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majL = (al & bl) ^ (al & cl) ^ (bl & cl);
      hh = gh; hl = gl;
      gh = fh; gl = fl;
      fh = eh; fl = el;
      const newEl = dl + (firstL >>> 0);
      eh = (dh + firstH + Math.floor(newEl / 0x100000000)) >>> 0;
      el = newEl >>> 0;
      dh = ch; dl = cl;
      ch = bh; cl = bl;
      bh = ah; bl = al;
      const newAl = (firstL >>> 0) + (big0l >>> 0) + (majL >>> 0);
      ah = (firstH + (big0h >>> 0) + (majH >>> 0) + Math.floor(newAl / 0x100000000)) >>> 0;
      al = newAl >>> 0;
    }
    const add = (i: number, high: number, low: number): void => {
      const sum = s[i + 1] + low;
      s[i] = s[i] + high + Math.floor(sum / 0x100000000);
      s[i + 1] = sum;
    };
    add(0, ah, al);
    add(2, bh, bl);
    add(4, ch, cl);
    add(6, dh, dl);
    add(8, eh, el);
    add(10, fh, fl);
    add(12, gh, gl);
    add(14, hh, hl);
  }
  protected output(): number[] {
    return this.bigEndian();
  }
}


// The message digests behind `hashlib` (MD5, SHA-1, SHA-224/256, SHA-384/512), written
// from their public specifications (RFC 1321, FIPS 180-4). Pure functions over bytes:
// no Python objects here. Each digester is incremental (update() any number of times)
// and digest() leaves it usable, like Python's hash objects.
//
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

// The round constants as signed 32-bit words (the same bits), so the rounds stay in
// V8's int32 arithmetic instead of mixing in doubles above 2**31.
const MD5_ROUND = new Int32Array(MD5_K.buffer);
const SHA256_ROUND = new Int32Array(SHA256_K.buffer);

/** One incremental hash computation. */
export interface Digester {
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  update(data: ArrayLike<number>): void;
  digest(): number[];
  copy(): Digester;
  /** Continue from another digester's state (same algorithm); no allocation. */
  load(other: Digester): void;
  /** The digest, using this digester up (cheaper than digest(): no copy). */
  finishDigest(): number[];
}

/**
 * The Merkle-Damgard frame shared by all five: input is cut into blocks fed to
 * `compress`; the final block gets 0x80, zeros and the message length in bits
 * (little-endian for MD5, big-endian for the SHA family).
 */
abstract class BlockDigester implements Digester {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  readonly blockSize: number;
  protected state: Uint32Array;
  protected pending: Uint8Array;
  protected filled = 0;
  protected length = 0;

  constructor(blockSize: number, init: Uint32Array) {
    this.blockSize = blockSize;
    this.state = init.slice();
    this.pending = new Uint8Array(blockSize);
  }

  protected abstract compress(block: ArrayLike<number>, at: number): void;
  protected abstract output(): number[];
  protected abstract blank(): BlockDigester;

  update(data: ArrayLike<number>): void {
    const size = this.blockSize;
    let at = 0;
    const total = data.length;
    this.length += total;
    if (this.filled > 0) {
      while (at < total && this.filled < size) this.pending[this.filled++] = data[at++];
      if (this.filled < size) return;
      this.compress(this.pending, 0);
      this.filled = 0;
    }
    for (; at + size <= total; at += size) this.compress(data, at);
    while (at < total) this.pending[this.filled++] = data[at++];
  }

  digest(): number[] {
    const done = this.copy() as BlockDigester;
    return done.finishDigest();
  }

  copy(): Digester {
    const twin = this.blank();
    twin.load(this);
    return twin;
  }

  /** Take over another digester's progress (same algorithm), without allocating. */
  load(other: Digester): void {
    const from = other as BlockDigester;
    this.state.set(from.state);
    this.pending.set(from.pending);
    this.filled = from.filled;
    this.length = from.length;
  }

  /** Pad, compress the last block(s) and return the digest; this digester is used up. */
  finishDigest(): number[] {
    const size = this.blockSize;
    const lengthAt = size - (size === 128 ? 16 : 8);
    const block = this.pending;
    let at = this.filled;
    block[at++] = 0x80;
    if (at > lengthAt) {
      block.fill(0, at);
      this.compress(block, 0);
      at = 0;
    }
    block.fill(0, at);
    const bits = this.length * 8;
    const high = Math.floor(bits / 0x100000000);
    const low = bits >>> 0;
    for (let i = 0; i < 4; i++) {
      if (this instanceof Md5) {
        block[size - 8 + i] = (low >>> (8 * i)) & 0xff;
        block[size - 4 + i] = (high >>> (8 * i)) & 0xff;
      } else {
        block[size - 1 - i] = (low >>> (8 * i)) & 0xff;
        block[size - 5 - i] = (high >>> (8 * i)) & 0xff;
      }
    }
    this.compress(block, 0);
    this.filled = 0;
    return this.output();
  }

  /** The state words as bytes, big-endian, cut to the digest size. */
  protected bigEndian(): number[] {
    const out: number[] = [];
    for (let i = 0; out.length < this.digestSize; i++) {
      const w = this.state[i];
      out.push(w >>> 24, (w >>> 16) & 0xff, (w >>> 8) & 0xff, w & 0xff);
    }
    return out.slice(0, this.digestSize);
  }
}

const MD5_SHIFTS = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);

class Md5 extends BlockDigester {
  readonly name = "md5";
  readonly digestSize = 16;
  private words = new Int32Array(16);
  constructor() {
    super(64, Uint32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476));
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

function readBigEndian(block: ArrayLike<number>, at: number): number {
  return (block[at] << 24) | (block[at + 1] << 16) | (block[at + 2] << 8) | block[at + 3];
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

// 64-bit words as (high, low) 32-bit halves: rotations and shifts of the pair.
function rotrHigh(high: number, low: number, n: number): number {
  return n < 32 ? (high >>> n) | (low << (32 - n)) : (low >>> (n - 32)) | (high << (64 - n));
}
function rotrLow(high: number, low: number, n: number): number {
  return n < 32 ? (low >>> n) | (high << (32 - n)) : (high >>> (n - 32)) | (low << (64 - n));
}

class Sha512 extends BlockDigester {
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

// The frame shared by hashlib's digests (hash-digests.ts, hash-sha512.ts): the
// Merkle-Damgard construction of RFC 1321 and FIPS 180-4, i.e. input cut into blocks
// fed to an algorithm's compression function, and the final padding.

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
 * The Merkle-Damgard frame shared by every digest: input is cut into blocks fed to
 * `compress`; the final block gets 0x80, zeros and the message length in bits
 * (little-endian for MD5, big-endian for the SHA family).
 */
export abstract class BlockDigester implements Digester {
  abstract readonly name: string;
  abstract readonly digestSize: number;
  readonly blockSize: number;
  protected state: Uint32Array;
  protected pending: Uint8Array;
  protected filled = 0;
  protected length = 0;
  /** MD5 writes the message length little-endian, the SHA family big-endian. */
  protected lengthLittleEndian = false;

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
      if (this.lengthLittleEndian) {
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

export function readBigEndian(block: ArrayLike<number>, at: number): number {
  return (block[at] << 24) | (block[at + 1] << 16) | (block[at + 2] << 8) | block[at + 3];
}


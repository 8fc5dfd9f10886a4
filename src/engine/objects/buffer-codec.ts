// The C scalar formats shared by `array`, `memoryview` and `struct`: sizes and
// alignments of x86-64 Linux (what CPython's native mode uses there), and reading or
// writing one scalar at a byte offset of a JS byte array (one number 0..255 per byte,
// the representation of bytes and bytearray).
//
// A `Scratch` (a DataView over 8 bytes) is made by each operation that converts
// values, never kept at module level: the engine holds no mutable state between runs.

/** Size in bytes of each native format character (x86-64 Linux, LP64). */
export const NATIVE_SIZE: ReadonlyMap<string, number> = new Map([
  ["x", 1], ["c", 1], ["b", 1], ["B", 1], ["?", 1],
  ["h", 2], ["H", 2], ["e", 2],
  ["i", 4], ["I", 4], ["f", 4],
  ["l", 8], ["L", 8], ["q", 8], ["Q", 8], ["n", 8], ["N", 8], ["P", 8], ["d", 8],
  ["u", 4],
]);

/** Size in bytes of each standard-size format character (struct's `<>!=` modes). */
export const STANDARD_SIZE: ReadonlyMap<string, number> = new Map([
  ["x", 1], ["c", 1], ["b", 1], ["B", 1], ["?", 1],
  ["h", 2], ["H", 2], ["e", 2],
  ["i", 4], ["I", 4], ["l", 4], ["L", 4], ["f", 4],
  ["q", 8], ["Q", 8], ["d", 8],
]);

/** Integer format characters and whether they are signed. */
export const INT_SIGNED: ReadonlyMap<string, boolean> = new Map([
  ["b", true], ["B", false], ["h", true], ["H", false], ["i", true], ["I", false],
  ["l", true], ["L", false], ["q", true], ["Q", false], ["n", true], ["N", false], ["P", false],
]);

export class Scratch {
  readonly view = new DataView(new ArrayBuffer(8));
}

/** Copy `size` bytes of the scratch into `out` at `off`. */
function fromScratch(s: Scratch, out: number[], off: number, size: number): void {
  for (let i = 0; i < size; i++) out[off + i] = s.view.getUint8(i);
}

function toScratch(s: Scratch, bytes: ArrayLike<number>, off: number, size: number): void {
  for (let i = 0; i < size; i++) s.view.setUint8(i, bytes[off + i]);
}

/**
 * Write an integer (already range-checked by the caller) of `size` bytes.
 * Two's complement for negative values.
 */
export function writeInt(out: number[], off: number, size: number, little: boolean, v: number | bigint): void {
  if (size <= 4 && typeof v === "number") {
    let u = v < 0 ? v + 2 ** (size * 8) : v;
    for (let i = 0; i < size; i++) {
      out[off + (little ? i : size - 1 - i)] = u & 0xff;
      u = Math.floor(u / 256);
    }
    return;
  }
  let b = BigInt.asUintN(size * 8, typeof v === "bigint" ? v : BigInt(v));
  for (let i = 0; i < size; i++) {
    out[off + (little ? i : size - 1 - i)] = Number(b & 0xffn);
    b >>= 8n;
  }
}

/** Read an integer of `size` bytes: a JS number when it is a safe integer, else a bigint. */
export function readInt(bytes: ArrayLike<number>, off: number, size: number, little: boolean, signed: boolean): number | bigint {
  if (size <= 4) {
    let u = 0;
    for (let i = size - 1; i >= 0; i--) u = u * 256 + bytes[off + (little ? i : size - 1 - i)];
    if (signed && u >= 2 ** (size * 8 - 1)) u -= 2 ** (size * 8);
    return u;
  }
  let b = 0n;
  for (let i = size - 1; i >= 0; i--) b = (b << 8n) | BigInt(bytes[off + (little ? i : size - 1 - i)]);
  if (signed) b = BigInt.asIntN(size * 8, b);
  return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
}

/** Write a float of 4 or 8 bytes (IEEE 754). */
export function writeFloat(s: Scratch, out: number[], off: number, size: number, little: boolean, v: number): void {
  if (size === 8) s.view.setFloat64(0, v, little);
  else s.view.setFloat32(0, v, little);
  fromScratch(s, out, off, size);
}

export function readFloat(s: Scratch, bytes: ArrayLike<number>, off: number, size: number, little: boolean): number {
  toScratch(s, bytes, off, size);
  return size === 8 ? s.view.getFloat64(0, little) : s.view.getFloat32(0, little);
}

/**
 * IEEE 754 half precision bits of v, rounded half to even; null when |v| is too large
 * for the format (CPython: "float too large to pack with e format").
 */
export function halfBits(s: Scratch, v: number): number | null {
  s.view.setFloat64(0, v);
  const sign = s.view.getUint8(0) & 0x80 ? 0x8000 : 0;
  const a = Math.abs(v);
  if (a !== a) return sign | 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  // Subnormal halves are multiples of 2**-24; normal ones have 11 significant bits.
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  const quantum = e < -14 ? 2 ** -24 : 2 ** (e - 10);
  let q = a / quantum;
  const fl = Math.floor(q);
  const diff = q - fl;
  q = diff > 0.5 || (diff === 0.5 && fl % 2 === 1) ? fl + 1 : fl;
  const r = q * quantum;
  if (r >= 65520 || r > 65504) return null;
  if (r < 2 ** -14) return sign | q; // subnormal (q may reach 1024: that is the smallest normal's bits)
  let re = Math.floor(Math.log2(r));
  if (2 ** re > r) re--;
  const mant = Math.round(r / 2 ** (re - 10)) - 1024;
  return sign | ((re + 15) << 10) | mant;
}

export function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  return sign * (1024 + m) * 2 ** (e - 25);
}

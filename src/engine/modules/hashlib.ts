// `hashlib`: md5, sha1, sha224, sha256, sha384, sha512 and new(name), over our own
// digests (hash-digests.ts). Hash objects behave as CPython's `_hashlib.HASH`: update,
// digest, hexdigest, copy, name, digest_size, block_size; only bytes-like data (bytes,
// bytearray) is accepted, str raises CPython's "Strings must be encoded before hashing".
//
// Cost: hashing runs in one JS call, so each update charges the interpreter steps in
// proportion to its length (like a loop over the bytes would) and checks the limits
// before it starts, so a huge input meets the step budget and the deadline.

import { PyObject, type PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import type { Kwargs } from "../objects/type.js";
import { None, frozensetType, objectType, typeType } from "../objects/builtin-types.js";
import { builtin, defineMethods } from "../objects/function.js";
import { defineGetSet } from "../objects/property.js";
import { makeModule, type PyModule } from "../objects/module.js";
import { PyBytes, newBytes } from "../objects/bytes.js";
import { PyStr, internStr, newStr } from "../objects/str.js";
import { newSet } from "../objects/set.js";
import { sizeFor } from "../heap/heap.js";
import type { Interpreter } from "../vm/interpreter.js";
import { pyId, typeOf } from "../vm/abstract.js";
import { raiseTypeError, raiseValueError } from "../vm/errors.js";
import { checkLimits } from "../vm/limits.js";
import { checkArgs } from "../objects/args.js";
import { reserveItems } from "../objects/reserve.js";
import { DIGEST_NAMES, newDigester, type Digester } from "./hash-digests.js";

/** Bytes hashed per interpreter step charged (a block costs a few hundred JS operations). */
const BYTES_PER_STEP = 8;

export class PyHash extends PyObject {
  static override get name(): string {
    return "PyHash";
  }
  constructor(
    cls: PyType,
    readonly digester: Digester,
  ) {
    super(cls);
  }
}

const hashType = new PyType(typeType, "HASH", [objectType], true);
hashType.mro = [hashType, objectType];
hashType.instancesHaveDict = false;
hashType.subclassable = false;
hashType.module = "_hashlib";
hashType.construct = (interp) => raiseTypeError(interp, "cannot create '_hashlib.HASH' instances");
hashType.repr = (interp, self) => `<${(self as PyHash).digester.name} _hashlib.HASH object @ 0x${pyId(interp, self).toString(16)}>`;

function hashSelf(interp: Interpreter, v: PyValue): PyHash {
  if (!(v instanceof PyHash)) return raiseTypeError(interp, `descriptor requires a '_hashlib.HASH' object but received a '${typeOf(v).name}'`);
  return v;
}

function newHash(interp: Interpreter, digester: Digester): PyHash {
  return interp.heap.alloc(new PyHash(hashType, digester), sizeFor(64 + 2 * digester.blockSize));
}

/** The bytes of a bytes-like argument, with CPython's errors for anything else. */
function bufferBytes(interp: Interpreter, data: PyValue): number[] {
  if (data instanceof PyBytes) return data.bytes;
  if (data instanceof PyStr) return raiseTypeError(interp, "Strings must be encoded before hashing");
  return raiseTypeError(interp, "object supporting the buffer API required");
}

function feed(interp: Interpreter, h: PyHash, data: PyValue): void {
  const bytes = bufferBytes(interp, data);
  if (bytes.length >= BYTES_PER_STEP) {
    interp.steps += Math.floor(bytes.length / BYTES_PER_STEP);
    if (interp.steps >= interp.stepCheckAt) checkLimits(interp);
  }
  h.digester.update(bytes);
}

function hexText(bytes: number[]): string {
  let out = "";
  for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
  return out;
}

defineMethods(hashType, {
  update: (interp, args, kw) => {
    checkArgs(interp, "update", args, 1, 1, kw);
    feed(interp, hashSelf(interp, args[0]), args[1]);
    return None;
  },
  digest: (interp, args, kw) => {
    checkArgs(interp, "digest", args, 0, 0, kw);
    return newBytes(interp, hashSelf(interp, args[0]).digester.digest());
  },
  hexdigest: (interp, args, kw) => {
    checkArgs(interp, "hexdigest", args, 0, 0, kw);
    return newStr(interp, hexText(hashSelf(interp, args[0]).digester.digest()));
  },
  copy: (interp, args, kw) => {
    checkArgs(interp, "copy", args, 0, 0, kw);
    return newHash(interp, hashSelf(interp, args[0]).digester.copy());
  },
});
defineGetSet(hashType, "name", (interp, self) => internStr(hashSelf(interp, self).digester.name));
defineGetSet(hashType, "digest_size", (interp, self) => hashSelf(interp, self).digester.digestSize);
defineGetSet(hashType, "block_size", (interp, self) => hashSelf(interp, self).digester.blockSize);

/**
 * The data of a named constructor (`md5(data)`, or `string=` as 3.11 still accepts);
 * `usedforsecurity=` is accepted and ignored.
 */
function constructorData(interp: Interpreter, fname: string, args: PyValue[], kwargs: Kwargs): PyValue | null {
  if (args.length > 1) raiseTypeError(interp, `${fname}() takes at most 1 positional argument (${args.length} given)`);
  let data: PyValue | null = args.length > 0 ? args[0] : null;
  if (kwargs !== null) {
    for (const [key, value] of kwargs) {
      if (key === "usedforsecurity") continue;
      if (key !== "string") raiseTypeError(interp, `'${key}' is an invalid keyword argument for ${fname}()`);
      if (data !== null) raiseTypeError(interp, `'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.`);
      data = value;
    }
  }
  return data;
}

function construct(interp: Interpreter, name: string, data: PyValue | null): PyHash {
  const digester = newDigester(name);
  if (digester === null) return raiseValueError(interp, `unsupported hash type ${name}`);
  const h = newHash(interp, digester);
  if (data !== null) feed(interp, h, data);
  return h;
}

function namedConstructor(name: string) {
  const fname = `openssl_${name}`;
  return builtin(fname, (interp, args, kwargs) => construct(interp, name, constructorData(interp, fname, args, kwargs)));
}

/** new(name, data=b'', **kwargs): the algorithm by name (any case). */
const newByName = builtin("new", (interp, args, kwargs) => {
  const given = new Map(kwargs ?? []);
  const take = (index: number, key: string): PyValue | undefined => {
    if (index < args.length) {
      if (given.has(key)) raiseTypeError(interp, `__hash_new() got multiple values for argument '${key}'`);
      return args[index];
    }
    const v = given.get(key);
    given.delete(key);
    return v;
  };
  if (args.length > 2) raiseTypeError(interp, `__hash_new() takes from 1 to 2 positional arguments but ${args.length} were given`);
  const name = take(0, "name");
  const data = take(1, "data");
  if (name === undefined) return raiseTypeError(interp, "__hash_new() missing 1 required positional argument: 'name'");
  if (!(name instanceof PyStr)) return raiseTypeError(interp, "name must be a string");
  const rest = constructorData(interp, `openssl_${name.v.toLowerCase()}`, [], given.size > 0 ? given : null);
  if (data !== undefined && rest !== null) raiseTypeError(interp, `'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.`);
  return construct(interp, name.v.toLowerCase(), data ?? rest);
});

/** pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) (RFC 8018, HMAC as PRF). */
const pbkdf2Hmac = builtin("pbkdf2_hmac", (interp, args, kwargs) => {
  const names = ["hash_name", "password", "salt", "iterations", "dklen"];
  const values: (PyValue | undefined)[] = names.map((n, i) => (i < args.length ? args[i] : kwargs?.get(n)));
  if (args.length > 5) raiseTypeError(interp, `pbkdf2_hmac() takes at most 5 arguments (${args.length} given)`);
  for (let i = 0; i < 4; i++) {
    if (values[i] === undefined) raiseTypeError(interp, `pbkdf2_hmac() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const hashName = values[0] as PyValue;
  if (!(hashName instanceof PyStr)) return raiseTypeError(interp, `pbkdf2_hmac() argument 'hash_name' must be str, not ${typeOf(hashName).name}`);
  const password = bufferBytes(interp, values[1] as PyValue);
  const salt = bufferBytes(interp, values[2] as PyValue);
  const iterations = values[3] as PyValue;
  if (typeof iterations !== "number") return raiseTypeError(interp, `'${typeOf(iterations).name}' object cannot be interpreted as an integer`);
  if (iterations < 1) raiseValueError(interp, "iteration value must be greater than 0.");
  const probe = newDigester(hashName.v.toLowerCase());
  if (probe === null) return raiseValueError(interp, `unsupported hash type ${hashName.v}`);
  const dk = values[4];
  let length = probe.digestSize;
  if (dk !== undefined && dk !== None) {
    if (typeof dk !== "number") return raiseTypeError(interp, `'${typeOf(dk).name}' object cannot be interpreted as an integer`);
    if (dk < 1) raiseValueError(interp, "key length must be greater than 0.");
    length = dk;
  }
  reserveItems(interp, length, 1);
  const mac = keyedPair(probe, password);
  const work = probe.copy();
  const blocks = Math.ceil(length / probe.digestSize);
  // Each iteration hashes about four blocks.
  const perIteration = Math.ceil((4 * probe.blockSize) / BYTES_PER_STEP);
  const out: number[] = [];
  for (let block = 1; block <= blocks; block++) {
    let u = hmacOnce(mac, work, [...salt, block >>> 24, (block >>> 16) & 0xff, (block >>> 8) & 0xff, block & 0xff]);
    const acc = u.slice();
    for (let i = 1; i < iterations; i++) {
      if ((i & 255) === 0) {
        interp.steps += 256 * perIteration;
        if (interp.steps >= interp.stepCheckAt) checkLimits(interp);
      }
      u = hmacOnce(mac, work, u);
      for (let j = 0; j < acc.length; j++) acc[j] ^= u[j];
    }
    out.push(...acc);
  }
  return newBytes(interp, out.slice(0, length));
});

/** HMAC's two keyed states (RFC 2104): the hash after the inner and after the outer pad. */
function keyedPair(blank: Digester, key: number[]): [Digester, Digester] {
  let k = key;
  if (k.length > blank.blockSize) {
    const d = blank.copy();
    d.update(k);
    k = d.digest();
  }
  const inner = blank.copy();
  const outer = blank.copy();
  const pad = (x: number) => Array.from({ length: blank.blockSize }, (_, i) => (i < k.length ? k[i] : 0) ^ x);
  inner.update(pad(0x36));
  outer.update(pad(0x5c));
  return [inner, outer];
}

/** HMAC of one message from the keyed pair, computed in `work` (reused: no allocation but the result). */
function hmacOnce(pair: [Digester, Digester], work: Digester, message: number[]): number[] {
  work.load(pair[0]);
  work.update(message);
  const inner = work.finishDigest();
  work.load(pair[1]);
  work.update(inner);
  return work.finishDigest();
}

export function createHashlibModule(interp: Interpreter): PyModule {
  const names = DIGEST_NAMES.map((n) => internStr(n));
  const attrs: [string, PyValue][] = [
    ["__name__", internStr("hashlib")],
    ["new", newByName],
    ["pbkdf2_hmac", pbkdf2Hmac],
    ["algorithms_guaranteed", newSet(interp, names, frozensetType)],
    ["algorithms_available", newSet(interp, names)],
  ];
  for (const name of DIGEST_NAMES) attrs.push([name, namedConstructor(name)]);
  return makeModule("hashlib", attrs);
}

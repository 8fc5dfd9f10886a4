// The methods and attributes of array.array (the type and its slots are in array.ts).

import type { PyValue } from "./object.js";
import { None } from "./builtin-types.js";
import type { Interpreter } from "../vm/interpreter.js";
import { defineMethods } from "./function.js";
import { checkArgs } from "./args.js";
import { pyId, pyRepr, typeOf } from "../vm/abstract.js";
import { raiseIndexError, raiseTypeError, raiseValueError } from "../vm/errors.js";
import { indexValue } from "./slice.js";
import { reserveItems } from "./reserve.js";
import { PyBytes, newBytes } from "./bytes.js";
import { PyStr, internStr, newStr } from "./str.js";
import { PyList } from "./list.js";
import { newTuple } from "./tuple.js";
import {
  PyArray, arrayFind, arrayResized, arrayToList, arrayType, bytesToItems, checkResizable, fromItem, itemsOf, itemsToBytes, newArray, toItem, type ArrayItem,
} from "./array.js";

function self(interp: Interpreter, v: PyValue, method: string): PyArray {
  if (!(v instanceof PyArray)) raiseTypeError(interp, `descriptor '${method}' for 'array.array' objects doesn't apply to a '${typeOf(v).name}' object`);
  return v;
}

function grow(interp: Interpreter, a: PyArray, extra: ArrayItem[]): void {
  checkResizable(interp, a);
  reserveItems(interp, a.items.length + extra.length, a.itemsize);
  for (let i = 0; i < extra.length; i++) a.items.push(extra[i]);
  arrayResized(interp, a);
}

function normStart(i: number, n: number): number {
  if (i < 0) return Math.max(0, i + n);
  return Math.min(i, n);
}

defineMethods(arrayType, {
  append(interp, args, kw) {
    checkArgs(interp, "append", args, 1, 1, kw);
    const a = self(interp, args[0], "append");
    const x = toItem(interp, a.code, args[1]);
    checkResizable(interp, a);
    a.items.push(x);
    arrayResized(interp, a);
    return None;
  },
  extend(interp, args, kw) {
    checkArgs(interp, "extend", args, 1, 1, kw);
    const a = self(interp, args[0], "extend");
    const v = args[1];
    if (v instanceof PyArray) {
      if (v.code !== a.code) raiseTypeError(interp, "can only extend with array of same kind");
      grow(interp, a, v.items.slice());
    } else grow(interp, a, itemsOf(interp, a.code, v));
    return None;
  },
  insert(interp, args, kw) {
    checkArgs(interp, "insert", args, 2, 2, kw);
    const a = self(interp, args[0], "insert");
    const i = normStart(indexValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`), a.items.length);
    const x = toItem(interp, a.code, args[2]);
    checkResizable(interp, a);
    a.items.splice(i, 0, x);
    arrayResized(interp, a);
    return None;
  },
  pop(interp, args, kw) {
    checkArgs(interp, "pop", args, 0, 1, kw);
    const a = self(interp, args[0], "pop");
    let i = args.length > 1 ? indexValue(interp, args[1], `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`) : -1;
    if (a.items.length === 0) raiseIndexError(interp, "pop from empty array");
    if (i < 0) i += a.items.length;
    if (i < 0 || i >= a.items.length) raiseIndexError(interp, "pop index out of range");
    checkResizable(interp, a);
    const v = fromItem(interp, a, a.items[i]);
    a.items.splice(i, 1);
    arrayResized(interp, a);
    return v;
  },
  remove(interp, args, kw) {
    checkArgs(interp, "remove", args, 1, 1, kw);
    const a = self(interp, args[0], "remove");
    const i = arrayFind(interp, a, args[1]);
    if (i < 0) raiseValueError(interp, "array.remove(x): x not in array");
    checkResizable(interp, a);
    a.items.splice(i, 1);
    arrayResized(interp, a);
    return None;
  },
  index(interp, args, kw) {
    checkArgs(interp, "index", args, 1, 3, kw);
    const a = self(interp, args[0], "index");
    const n = a.items.length;
    const start = args.length > 2 ? normStart(indexValue(interp, args[2]), n) : 0;
    const stop = args.length > 3 ? normStart(indexValue(interp, args[3]), n) : n;
    const i = arrayFind(interp, a, args[1], start, stop);
    if (i < 0) raiseValueError(interp, "array.index(x): x not in array");
    return i;
  },
  count(interp, args, kw) {
    checkArgs(interp, "count", args, 1, 1, kw);
    const a = self(interp, args[0], "count");
    let c = 0;
    for (let i = arrayFind(interp, a, args[1]); i >= 0; i = arrayFind(interp, a, args[1], i + 1)) c++;
    return c;
  },
  reverse(interp, args, kw) {
    checkArgs(interp, "reverse", args, 0, 0, kw);
    self(interp, args[0], "reverse").items.reverse();
    return None;
  },
  tobytes(interp, args, kw) {
    checkArgs(interp, "tobytes", args, 0, 0, kw);
    const a = self(interp, args[0], "tobytes");
    return newBytes(interp, itemsToBytes(interp, a));
  },
  frombytes(interp, args, kw) {
    checkArgs(interp, "frombytes", args, 1, 1, kw);
    const a = self(interp, args[0], "frombytes");
    const b = args[1];
    if (!(b instanceof PyBytes)) return raiseTypeError(interp, `a bytes-like object is required, not '${typeOf(b).name}'`);
    if (b.bytes.length % a.itemsize !== 0) raiseValueError(interp, "bytes length not a multiple of item size");
    grow(interp, a, bytesToItems(a.code, b.bytes));
    return None;
  },
  tolist(interp, args, kw) {
    checkArgs(interp, "tolist", args, 0, 0, kw);
    return arrayToList(interp, self(interp, args[0], "tolist"));
  },
  fromlist(interp, args, kw) {
    checkArgs(interp, "fromlist", args, 1, 1, kw);
    const a = self(interp, args[0], "fromlist");
    if (!(args[1] instanceof PyList)) raiseTypeError(interp, "arg must be list");
    // All or nothing: a bad item leaves the array as it was.
    grow(interp, a, itemsOf(interp, a.code, args[1]));
    return None;
  },
  tounicode(interp, args, kw) {
    checkArgs(interp, "tounicode", args, 0, 0, kw);
    const a = self(interp, args[0], "tounicode");
    if (a.code !== "u") raiseValueError(interp, "tounicode() may only be called on unicode type arrays");
    reserveItems(interp, a.items.length, 2);
    let s = "";
    for (const cp of a.items) s += String.fromCodePoint(cp as number);
    return newStr(interp, s);
  },
  fromunicode(interp, args, kw) {
    checkArgs(interp, "fromunicode", args, 1, 1, kw);
    const a = self(interp, args[0], "fromunicode");
    const s = args[1];
    if (!(s instanceof PyStr)) return raiseTypeError(interp, `fromunicode() argument must be str, not ${typeOf(s).name}`);
    if (a.code !== "u") raiseValueError(interp, "fromunicode() may only be called on unicode type arrays");
    grow(interp, a, Array.from(s.v, (ch) => ch.codePointAt(0)!));
    return None;
  },
  byteswap(interp, args, kw) {
    checkArgs(interp, "byteswap", args, 0, 0, kw);
    const a = self(interp, args[0], "byteswap");
    const size = a.itemsize;
    const bytes = itemsToBytes(interp, a);
    for (let at = 0; at < bytes.length; at += size) {
      for (let i = 0, j = size - 1; i < j; i++, j--) {
        const t = bytes[at + i];
        bytes[at + i] = bytes[at + j];
        bytes[at + j] = t;
      }
    }
    a.items = bytesToItems(a.code, bytes);
    return None;
  },
  buffer_info(interp, args, kw) {
    checkArgs(interp, "buffer_info", args, 0, 0, kw);
    const a = self(interp, args[0], "buffer_info");
    return newTuple(interp, [pyId(interp, a), a.items.length]);
  },
  __copy__(interp, args) {
    const a = self(interp, args[0], "__copy__");
    return newArray(interp, a.code, a.items.slice());
  },
  __deepcopy__(interp, args) {
    const a = self(interp, args[0], "__deepcopy__");
    return newArray(interp, a.code, a.items.slice());
  },
  __reduce_ex__(interp, args) {
    const a = self(interp, args[0], "__reduce_ex__");
    return newTuple(interp, [arrayType, newTuple(interp, [newStr(interp, a.code), arrayToList(interp, a)]), None]);
  },
  __repr__(interp, args) {
    return newStr(interp, pyRepr(interp, self(interp, args[0], "__repr__")));
  },
});

arrayType.getattr = (_interp, v, name) => {
  const a = v as PyArray;
  if (name === "typecode") return internStr(a.code);
  if (name === "itemsize") return a.itemsize;
  return undefined;
};

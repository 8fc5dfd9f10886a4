// None, NotImplemented and Ellipsis: their reprs, truth and construction.

import { None, NotImplemented, Ellipsis, ellipsisType, noneType, notImplementedType } from "./builtin-types.js";
import { raiseTypeError } from "../vm/errors.js";

noneType.repr = () => "None";
noneType.bool = () => false;
noneType.hash = () => 0xfcfa4e; // Deviation: a fixed number (CPython hashes None by address).
noneType.construct = (interp, _cls, args) => {
  if (args.length > 0) raiseTypeError(interp, "NoneType takes no arguments");
  return None;
};
notImplementedType.repr = () => "NotImplemented";
notImplementedType.construct = () => NotImplemented;
ellipsisType.repr = () => "Ellipsis";
ellipsisType.construct = () => Ellipsis;

// complex: placeholder data class (the type's slots follow).
import { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export class PyComplex extends PyObject {
  static override get name(): string {
    return "PyComplex";
  }
  re: number;
  im: number;
  constructor(cls: PyType, re: number, im: number) {
    super(cls);
    this.re = re;
    this.im = im;
  }
}

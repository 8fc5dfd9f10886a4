// Token kinds and the token record shared by the tokenizer and the parser.
// Kinds are small ints (not a TS enum) so they stay plain numbers under any
// transpiler; every token has the same field set to keep objects monomorphic.

export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const OP = 4;
export const NEWLINE = 5;
export const INDENT = 6;
export const DEDENT = 7;
export const ENDMARKER = 8;

export type TokenKind = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** STRING flags. */
export const STR_RAW = 1;
export const STR_BYTES = 2;
export const STR_FORMAT = 4;

/** NUMBER flags. */
export const NUM_INT = 0;
export const NUM_FLOAT = 1;
export const NUM_IMAG = 2;

export interface Token {
  type: TokenKind;
  /** NAME: the identifier; OP: the operator text; NUMBER: the literal text. Empty otherwise. */
  value: string;
  /** Source offset of the first character. */
  start: number;
  /** 1-based line, 0-based column of the first character. */
  line: number;
  col: number;
  endLine: number;
  /** 0-based column just past the last character. */
  endCol: number;
  /** STRING: STR_* bits; NUMBER: NUM_* kind. */
  flags: number;
  /** STRING: source offsets of the body between the quotes. */
  bodyStart: number;
  bodyEnd: number;
}

export function kindName(t: TokenKind): string {
  return ["", "NAME", "NUMBER", "STRING", "OP", "NEWLINE", "INDENT", "DEDENT", "ENDMARKER"][t];
}

// `\N{name}` in patterns: the same (partial) Unicode name table as string literals
// (lexer/strings.ts); unknown names raise CPython's "undefined character name".

import { namedChar } from "../lexer/strings.js";

export function lookupCharName(name: string): number | null {
  return namedChar(name) ?? null;
}

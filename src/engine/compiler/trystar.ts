// `try` ... `except* T [as name]:` (PEP 654), compiled to a closure.
//
// What the body raised is matched as an exception group (a naked exception is wrapped in
// `BaseExceptionGroup("", (e,))` for matching, and re-raised naked if nothing handles
// it). Each handler in turn splits off the part of what is left that matches its types
// and runs with that part bound to `name` and as the exception being handled; what the
// handlers raise and the unmatched rest are combined as CPython does
// (objects/exception-groups.ts reraiseStar) and raised after the last handler. `else` and
// `finally` behave as in a plain `try` (the finally part is stmt.ts compileTry's).
// Handlers may not `break`, `continue` or `return` (a SyntaxError, as in CPython).

import type { Stmt } from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import type { PyException } from "../objects/exceptions.js";
import {
  checkStarHandlerType, isGroup, matcherOf, reraiseStar, splitException, wrapForStar,
} from "../objects/exception-groups.js";
import type { Frame } from "../vm/frame.js";
import { addTraceback } from "../vm/call.js";
import type { Compiler, StmtFn } from "./context.js";
import { NORMAL } from "./context.js";
import { compileBlock } from "./stmt.js";
import { asPyException, compileHandler, finallyCatches, setContext, withFinally } from "./try.js";

const JUMP_OUT = "'break', 'continue' and 'return' cannot appear in an except* block";

export function compileTryStar(c: Compiler, s: Stmt & { kind: "Try" }, suspend = false): StmtFn {
  const interp = c.interp;
  if (suspend) throw new PySyntaxError("SyntaxError", "except* inside a generator or coroutine is not supported by heapscope", s.line, s.col + 1);
  for (const h of s.handlers) checkNoJumps(h.body, false);
  const body = compileBlock(c, s.body);
  const handlers = s.handlers.map((h) => compileHandler(c, h, compileBlock));
  const orelse = s.orelse.length > 0 ? compileBlock(c, s.orelse) : null;
  const tryStar = (f: Frame): number => {
    let r: number;
    try {
      r = body(f);
    } catch (e) {
      const exc = asPyException(interp, e);
      addTraceback(exc, f);
      f.temps.push(exc);
      const naked = !isGroup(exc);
      let rest: PyException | null = exc;
      const raised: { exc: PyException; reraise: boolean }[] = [];
      for (const h of handlers) {
        if (rest === null) break;
        const t = h.type!(f);
        checkStarHandlerType(interp, t);
        const matcher = matcherOf(interp, t);
        let match: PyException | null;
        if (naked) {
          // A naked exception is handled whole, as `BaseExceptionGroup("", (exc,))`.
          if (!matcher(exc)) continue;
          [match, rest] = [wrapForStar(interp, exc), null];
        } else [match, rest] = splitException(interp, rest, matcher);
        if (match === null) continue;
        f.temps.push(match);
        const saved = f.handled;
        f.handled = match;
        if (h.store !== null) h.store(f, match);
        try {
          h.body(f);
        } catch (e2) {
          const x = asPyException(interp, e2);
          setContext(x, match);
          f.temps.push(x);
          raised.push({ exc: x, reraise: x === match || x === exc });
        } finally {
          f.handled = saved;
          if (h.clear !== null) h.clear(f);
        }
      }
      if (rest !== null) raised.push({ exc: rest, reraise: true });
      const result = reraiseStar(interp, exc, raised);
      if (result === null) return NORMAL;
      throw result;
    }
    if (r === NORMAL && orelse !== null) return orelse(f);
    return r;
  };
  if (s.finalbody.length === 0) return tryStar;
  const finalbody = compileBlock(c, s.finalbody);
  return withFinally(interp, tryStar, finalbody);
}

/** A SyntaxError for `return` anywhere, and `break`/`continue` outside a loop of the handler. */
function checkNoJumps(body: Stmt[], inLoop: boolean): void {
  for (const s of body) {
    switch (s.kind) {
      case "Return":
        throw new PySyntaxError("SyntaxError", JUMP_OUT, s.line, s.col + 1);
      case "Break": case "Continue":
        if (!inLoop) throw new PySyntaxError("SyntaxError", JUMP_OUT, s.line, s.col + 1);
        break;
      case "For": case "While":
        checkNoJumps(s.body, true);
        checkNoJumps(s.orelse, inLoop);
        break;
      case "If":
        checkNoJumps(s.body, inLoop);
        checkNoJumps(s.orelse, inLoop);
        break;
      case "With":
        checkNoJumps(s.body, inLoop);
        break;
      case "Try":
        checkNoJumps(s.body, inLoop);
        for (const h of s.handlers) checkNoJumps(h.body, inLoop);
        checkNoJumps(s.orelse, inLoop);
        checkNoJumps(s.finalbody, inLoop);
        break;
      case "Match":
        for (const mc of s.cases) checkNoJumps(mc.body, inLoop);
        break;
      default:
        break;
    }
  }
}

// The typed AST: one discriminated union for expressions, one for statements.
// Shapes follow CPython's `ast` module (names and fields), so the compiler can be
// read beside CPython's docs. Every node carries the 1-based line and 0-based
// column of its first token. The compiler dispatches with one exhaustive
// `switch (node.kind)` ending in `assertNever`.

export interface Loc {
  line: number;
  col: number;
  /** Where an expression ends (line, column just past its last token): set by the
   * expression parser, read by the traceback's `^^^^` markers (vm/caret.ts). */
  endLine?: number;
  endCol?: number;
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | Constant
  | Name
  | JoinedStr
  | FormattedValue
  | ListExpr
  | TupleExpr
  | SetExpr
  | DictExpr
  | Attribute
  | Subscript
  | Slice
  | Starred
  | Call
  | BinOp
  | UnaryOp
  | BoolOp
  | Compare
  | IfExp
  | Lambda
  | NamedExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Await;

/** Literal values. `int` holds a bigint so no precision is lost; the compiler narrows it. */
export type ConstantValue =
  | { type: "int"; value: bigint }
  | { type: "float"; value: number }
  | { type: "complex"; imag: number }
  | { type: "str"; value: string }
  | { type: "bytes"; value: Uint8Array }
  | { type: "bool"; value: boolean }
  | { type: "None" }
  | { type: "Ellipsis" };

export interface Constant extends Loc {
  kind: "Constant";
  value: ConstantValue;
}

export type ExprContext = "load" | "store" | "del";

export interface Name extends Loc {
  kind: "Name";
  id: string;
  ctx: ExprContext;
}

/** f-string: `values` alternate string Constants and FormattedValues, in source order. */
export interface JoinedStr extends Loc {
  kind: "JoinedStr";
  values: Expr[];
}

export interface FormattedValue extends Loc {
  kind: "FormattedValue";
  value: Expr;
  /** -1 none, or the char code of 's', 'r', 'a'. */
  conversion: number;
  /** The format spec, itself a JoinedStr (it may contain nested fields), or null. */
  formatSpec: JoinedStr | null;
}

export interface ListExpr extends Loc {
  kind: "List";
  elts: Expr[];
  ctx: ExprContext;
}

export interface TupleExpr extends Loc {
  kind: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}

export interface SetExpr extends Loc {
  kind: "Set";
  elts: Expr[];
}

/** `keys[i] === null` means `**values[i]` (dict unpacking). */
export interface DictExpr extends Loc {
  kind: "Dict";
  keys: (Expr | null)[];
  values: Expr[];
}

export interface Attribute extends Loc {
  kind: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Loc {
  kind: "Subscript";
  value: Expr;
  /** A Slice node for `a[i:j:k]`; a Tuple for `a[i, j]`. */
  slice: Expr;
  ctx: ExprContext;
}

export interface Slice extends Loc {
  kind: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export interface Starred extends Loc {
  kind: "Starred";
  value: Expr;
  ctx: ExprContext;
}

/** `arg === null` means `**value`. */
export interface Keyword extends Loc {
  arg: string | null;
  value: Expr;
}

/** Positional `*x` arguments appear in `args` as Starred nodes. */
export interface Call extends Loc {
  kind: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export type BinaryOperator =
  | "+" | "-" | "*" | "/" | "//" | "%" | "**" | "@"
  | "<<" | ">>" | "|" | "^" | "&";

export interface BinOp extends Loc {
  kind: "BinOp";
  left: Expr;
  op: BinaryOperator;
  right: Expr;
}

export type UnaryOperator = "-" | "+" | "~" | "not";

export interface UnaryOp extends Loc {
  kind: "UnaryOp";
  op: UnaryOperator;
  operand: Expr;
}

export interface BoolOp extends Loc {
  kind: "BoolOp";
  op: "and" | "or";
  values: Expr[];
}

export type CompareOperator =
  | "==" | "!=" | "<" | "<=" | ">" | ">="
  | "is" | "is not" | "in" | "not in";

/** `a < b < c` is one Compare with ops ["<", "<"] and comparators [b, c]. */
export interface Compare extends Loc {
  kind: "Compare";
  left: Expr;
  ops: CompareOperator[];
  comparators: Expr[];
}

export interface IfExp extends Loc {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

export interface Lambda extends Loc {
  kind: "Lambda";
  args: Arguments;
  body: Expr;
}

/** The walrus: `target := value`. */
export interface NamedExpr extends Loc {
  kind: "NamedExpr";
  target: Name;
  value: Expr;
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

export interface ListComp extends Loc {
  kind: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Loc {
  kind: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Loc {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Loc {
  kind: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

export interface Yield extends Loc {
  kind: "Yield";
  value: Expr | null;
}

export interface YieldFrom extends Loc {
  kind: "YieldFrom";
  value: Expr;
}

/** Parsed so the error is a clean SyntaxError/NotImplemented at compile time, not a parse failure. */
export interface Await extends Loc {
  kind: "Await";
  value: Expr;
}

// ---------------------------------------------------------------- functions

export interface Arg extends Loc {
  arg: string;
  annotation: Expr | null;
}

/**
 * A parameter list. `defaults` align with the *last* entries of
 * `posonlyargs + args`; `kwDefaults[i]` belongs to `kwonlyargs[i]` (null: required).
 */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue
  | Match;

export interface FunctionDef extends Loc {
  kind: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  returns: Expr | null;
  isAsync: boolean;
}

export interface ClassDef extends Loc {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}

export interface Return extends Loc {
  kind: "Return";
  value: Expr | null;
}

export interface Delete extends Loc {
  kind: "Delete";
  targets: Expr[];
}

/** `a = b = value` has targets [a, b]. */
export interface Assign extends Loc {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Loc {
  kind: "AugAssign";
  target: Name | Attribute | Subscript;
  op: BinaryOperator;
  value: Expr;
}

export interface AnnAssign extends Loc {
  kind: "AnnAssign";
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}

export interface For extends Loc {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}

export interface While extends Loc {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface If extends Loc {
  kind: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface With extends Loc {
  kind: "With";
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}

export interface Raise extends Loc {
  kind: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}

export interface ExceptHandler extends Loc {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Try extends Loc {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
  /** Handlers are `except*` clauses (CPython's TryStar). */
  star?: boolean;
}

export interface Assert extends Loc {
  kind: "Assert";
  test: Expr;
  msg: Expr | null;
}

export interface Alias extends Loc {
  name: string;
  asname: string | null;
}

export interface Import extends Loc {
  kind: "Import";
  names: Alias[];
}

/** `from module import names`; `name === "*"` in a single alias for star imports. */
export interface ImportFrom extends Loc {
  kind: "ImportFrom";
  module: string | null;
  names: Alias[];
  level: number;
}

export interface Global extends Loc {
  kind: "Global";
  names: string[];
}

export interface Nonlocal extends Loc {
  kind: "Nonlocal";
  names: string[];
}

export interface ExprStmt extends Loc {
  kind: "Expr";
  value: Expr;
}

export interface Pass extends Loc {
  kind: "Pass";
}

export interface Break extends Loc {
  kind: "Break";
}

export interface Continue extends Loc {
  kind: "Continue";
}

// ---------------------------------------------------------------- match (PEP 634)

/** `match subject:` with its `case` blocks, in order. */
export interface Match extends Loc {
  kind: "Match";
  subject: Expr;
  cases: MatchCase[];
}

/** One `case pattern [if guard]:` block (like CPython's match_case: no position of its own). */
export interface MatchCase {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

/** Patterns, mirroring CPython's `ast.pattern` nodes (fields camelCased). */
export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

/** A literal (numbers, strings, `-1`, `1+2j`) or dotted-name value, compared with `==`. */
export interface MatchValue extends Loc {
  kind: "MatchValue";
  value: Expr;
}

/** `None`, `True`, `False`: compared with `is`. */
export interface MatchSingleton extends Loc {
  kind: "MatchSingleton";
  value: boolean | null;
}

/** `[p, *rest]` / `(p, q)` / `p, q`: at most one MatchStar among `patterns`. */
export interface MatchSequence extends Loc {
  kind: "MatchSequence";
  patterns: Pattern[];
}

/** `{key: p, **rest}`: keys are literal or value-pattern expressions. */
export interface MatchMapping extends Loc {
  kind: "MatchMapping";
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}

/** `Cls(p, attr=q)`: `cls` is a Name or dotted Attribute. */
export interface MatchClass extends Loc {
  kind: "MatchClass";
  cls: Expr;
  patterns: Pattern[];
  kwdAttrs: string[];
  kwdPatterns: Pattern[];
}

/** `*name` (or `*_`, name null) inside a sequence pattern. */
export interface MatchStar extends Loc {
  kind: "MatchStar";
  name: string | null;
}

/** `p as name`, a bare capture `name` (pattern null), or the wildcard `_` (both null). */
export interface MatchAs extends Loc {
  kind: "MatchAs";
  pattern: Pattern | null;
  name: string | null;
}

/** `p | q | ...` */
export interface MatchOr extends Loc {
  kind: "MatchOr";
  patterns: Pattern[];
}

export interface Module {
  kind: "Module";
  body: Stmt[];
}

export function assertNever(x: never): never {
  throw new Error(`internal error: unexpected node ${JSON.stringify((x as { kind?: string }).kind)}`);
}

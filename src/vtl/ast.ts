/**
 * The library's own AST of a Velocity template, built by `parse.ts` (the language is velocityjs's, the
 * parser the library's own).
 */

/** A place in the original template text: 0-based offset, 1-based line and column. */
export interface Pos {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export type Node =
  | TextNode
  | OutputNode
  | SetNode
  | IfNode
  | ForeachNode
  | DefineNode
  | MacroNode
  | MacroCallNode
  | BreakNode
  | StopNode;

export interface TextNode { readonly kind: 'text'; readonly text: string }
/** `$ref` placed in the output. */
export interface OutputNode { readonly kind: 'output'; readonly ref: VarExpr }
export interface SetNode { readonly kind: 'set'; readonly target: VarExpr; readonly value: Expr; readonly pos: Pos }
export interface IfBranch { readonly condition: Expr | undefined; readonly body: Node[]; readonly pos: Pos }
export interface IfNode { readonly kind: 'if'; readonly branches: IfBranch[]; readonly pos: Pos }
export interface ForeachNode {
  readonly kind: 'foreach';
  readonly variable: string;
  readonly iterable: Expr;
  readonly body: Node[];
  readonly pos: Pos;
}
export interface DefineNode { readonly kind: 'define'; readonly name: string; readonly body: Node[]; readonly pos: Pos }
export interface MacroNode {
  readonly kind: 'macro';
  readonly name: string;
  readonly params: string[];
  readonly body: Node[];
  readonly pos: Pos;
}
/** `#name(args)`: a user macro, `#evaluate`, `#stop()`, or an unknown directive rendered as text. */
export interface MacroCallNode {
  readonly kind: 'call';
  readonly name: string;
  readonly args: Expr[];
  /** The call's source text, rendered when no macro of that name exists (as Velocity 1.7 does). */
  readonly source: string;
  readonly pos: Pos;
}
export interface BreakNode { readonly kind: 'break'; readonly pos: Pos }
export interface StopNode { readonly kind: 'stop'; readonly pos: Pos }

export type Expr =
  | StringExpr
  | IntExpr
  | DecimalExpr
  | BoolExpr
  | NullExpr
  | ListExpr
  | RangeExpr
  | MapExpr
  | VarExpr
  | BinaryExpr
  | UnaryExpr;

export interface StringExpr {
  readonly kind: 'string';
  readonly value: string;
  /** For a double-quoted string with `$` or `#` in it: the parsed template it renders. */
  readonly parts: Node[] | undefined;
  readonly pos: Pos;
}
/** Integer literal; the text is kept so that longs beyond 2^53 stay exact. */
export interface IntExpr { readonly kind: 'int'; readonly text: string }
export interface DecimalExpr { readonly kind: 'decimal'; readonly value: number }
export interface BoolExpr { readonly kind: 'bool'; readonly value: boolean }
export interface NullExpr { readonly kind: 'null' }
export interface ListExpr { readonly kind: 'list'; readonly items: Expr[] }
export interface RangeExpr { readonly kind: 'range'; readonly from: Expr; readonly to: Expr }
export interface MapExpr { readonly kind: 'map'; readonly entries: ReadonlyArray<readonly [string, Expr]> }

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>=';
export interface BinaryExpr { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
export interface UnaryExpr { readonly kind: 'not' | 'minus'; readonly operand: Expr }

export type Segment =
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'index'; readonly key: Expr }
  | { readonly kind: 'method'; readonly name: string; readonly args: Expr[] };

/** `$name.path...`, `$!name`, `${name}`. */
export interface VarExpr {
  readonly kind: 'var';
  readonly name: string;
  readonly silent: boolean;
  readonly path: Segment[];
  readonly pos: Pos;
}

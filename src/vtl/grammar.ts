/**
 * The grammar of Velocity templates: velocityjs 2.1.7's (`src/parse/velocity.yy`), whose accepted language is
 * the contract (see `parse.ts`), as a recursive-descent parser over the tokens of `lexer.ts`. It reads one
 * token ahead and stops at the first token no sentence of the grammar can continue with, the token an LR
 * parser of the same grammar stops at, so a template fails where velocityjs says it fails.
 *
 * Its output is flat, as velocityjs's is: one item per statement (text, reference, directive); `parse.ts`
 * pairs `#if`/`#foreach`/... with `#end`. Expressions come out as the library's AST, with exact positions.
 *
 * Recursion follows the nesting of expressions (parentheses, lists, maps, argument lists, `!`, chains of
 * operators), and stops at MAX_NESTING with a syntax problem: the analyzer and the evaluator walk the tree
 * recursively, and a template must not be able to exhaust their stack.
 */
import { BinaryOp, Expr, Node, Pos, Segment, StringExpr, VarExpr } from './ast';
import { Lexer, LexicalError, Token, TokenType } from './lexer';

/**
 * How deep blocks (`#if`, `#foreach`, `#macro`, `#define`) and expressions (parentheses, lists, maps,
 * arguments, operator chains) may nest. Hand-written mapping templates nest a few levels; 100 is far above
 * any of them and far below the depth at which the recursive evaluator exhausts a default Node.js stack
 * (measured from the top of the stack: about 4,000 nested `#if`, 6,000 chained `+`), so it holds even when
 * the evaluator is called from deep inside a CDK synth.
 */
export const MAX_NESTING = 100;

/** A syntax problem at an offset of the lexed text. */
export class SyntaxProblem extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/**
 * A problem found in a statement that parsed: velocityjs accepts these constructs, and the library rejects
 * them when it converts the statement, so they are reported in statement order, after the whole template
 * has parsed.
 */
export interface Deferred { readonly message: string; readonly pos: Pos }

interface Located { readonly start: number; readonly problem?: Deferred }

/** One statement of the template, in the order of the text. */
export type Item =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'raw'; readonly text: string }
  /** A `##` comment eats the line break after it, a `#* *#` comment does not. */
  | { readonly kind: 'comment'; readonly lineComment: boolean }
  | Located & { readonly kind: 'output'; readonly ref: VarExpr }
  | Located & { readonly kind: 'set'; readonly target: VarExpr; readonly value: Expr }
  | Located & { readonly kind: 'if' | 'elseif'; readonly condition: Expr }
  | Located & { readonly kind: 'else' | 'end' | 'break' }
  | Located & { readonly kind: 'foreach'; readonly variable: string; readonly iterable: Expr }
  | Located & { readonly kind: 'define'; readonly name: string }
  | Located & { readonly kind: 'macro'; readonly name: string; readonly params: string[] }
  | Located & { readonly kind: 'call'; readonly name: string; readonly args: Expr[]; readonly source: string }
  /** A construct velocityjs parses and API Gateway's Velocity does not have (`#noescape()`, `#@name()`). */
  | Located & { readonly kind: 'unsupported'; readonly construct: string };

/** What the grammar needs from the caller: positions, and the parse of interpolated strings. */
export interface GrammarHost {
  /** The position in the original text of an offset of the lexed text. */
  posAt(offset: number): Pos;
  /**
   * Parses the value of a double-quoted string with `$` or `#` in it as a template; `pos` is where the
   * value starts, `depth` the nesting it sits at.
   */
  interpolate(value: string, pos: Pos, depth: number): { nodes: Node[] } | { problem: Deferred };
}

const BINARY: Partial<Record<TokenType, { op: BinaryOp; prec: number }>> = {
  '||': { op: '||', prec: 1 },
  '&&': { op: '&&', prec: 1 },
  '>=': { op: '>=', prec: 2 },
  '<=': { op: '<=', prec: 2 },
  '>': { op: '>', prec: 2 },
  '==': { op: '==', prec: 2 },
  '<': { op: '<', prec: 2 },
  '!=': { op: '!=', prec: 2 },
  '+': { op: '+', prec: 3 },
  '-': { op: '-', prec: 3 },
  '*': { op: '*', prec: 4 },
  '/': { op: '/', prec: 4 },
  '%': { op: '%', prec: 4 },
};

const LITERAL_START = new Set<TokenType>(['STRING', 'EVAL_STRING', 'INTEGER', 'BOOL', '-']);

/** How a token is named in a message. */
function describeToken(t: Token): string {
  if (t.type === 'EOF' || t.type === '$end') return 'the end of the template';
  const text = t.end - t.start > 20 ? '' : ` ${JSON.stringify(t.text)}`;
  return `${t.type.toLowerCase().replace(/_/g, ' ')}${text}`;
}

export class Grammar {
  private readonly lexer: Lexer;
  private lookahead: Token | undefined;
  private depth: number;
  /** The start of the statement being read: where problems inside it are placed (as velocityjs's adapter did). */
  private itemStart = 0;
  private problem: Deferred | undefined;
  /** Above zero while reading parts the library ignores (arguments of `$name(...)`, `#macro` parameters). */
  private ignoring = 0;

  constructor(private readonly text: string, private readonly host: GrammarHost, baseDepth: number) {
    this.lexer = new Lexer(text);
    this.depth = baseDepth;
  }

  /**
   * Reads the whole template. Throws SyntaxProblem at the first token that cannot continue it. Stops early
   * after a block opener nested past MAX_NESTING: the items up to it are enough for `parse.ts` to report the
   * first problem, and a hostile template is not read to its end.
   */
  items(): Item[] {
    const items: Item[] = [];
    let blocks = this.depth;
    try {
      for (;;) {
        const t = this.peek();
        if (t.type === 'EOF') return items;
        const item = this.statement();
        items.push(item);
        if (item.kind === 'if' || item.kind === 'foreach' || item.kind === 'macro' || item.kind === 'define') {
          if (++blocks > MAX_NESTING) return items;
        } else if (item.kind === 'end' && blocks > this.depth) {
          blocks--;
        }
      }
    } catch (e) {
      if (e instanceof LexicalError) throw new SyntaxProblem('text that is not Velocity syntax here', e.offset);
      throw e;
    }
  }

  /* ---------------------------------------------------------------------------------------------------- */
  /* Tokens                                                                                               */

  private peek(): Token {
    if (!this.lookahead) this.lookahead = this.lexer.next();
    return this.lookahead;
  }

  private take(): Token {
    const t = this.peek();
    this.lookahead = undefined;
    return t;
  }

  private is(type: TokenType): boolean {
    return this.peek().type === type;
  }

  private expect(type: TokenType, what: string): Token {
    if (!this.is(type)) this.fail(what);
    return this.take();
  }

  private fail(what: string): never {
    const t = this.peek();
    throw new SyntaxProblem(`unexpected ${describeToken(t)}: expected ${what}`, t.start);
  }

  private descend(at: Token): void {
    if (++this.depth > MAX_NESTING) {
      throw new SyntaxProblem(`expressions nested deeper than ${MAX_NESTING} levels`, at.start);
    }
  }

  private defer(message: string): void {
    if (this.ignoring === 0 && !this.problem) this.problem = { message, pos: this.host.posAt(this.itemStart) };
  }

  /* ---------------------------------------------------------------------------------------------------- */
  /* Statements                                                                                           */

  private statement(): Item {
    const t = this.peek();
    this.itemStart = t.start;
    this.problem = undefined;
    switch (t.type) {
      case 'CONTENT':
      case 'ID':
        this.take();
        return { kind: 'text', text: t.text };
      case 'RAW':
        this.take();
        return { kind: 'raw', text: t.text };
      case 'COMMENT':
        this.take();
        return { kind: 'comment', lineComment: t.text.startsWith('##') };
      case 'DOLLAR': {
        this.take();
        if (this.is('CONTENT')) return { kind: 'text', text: t.text + this.take().text };
        const ref = this.reference(t);
        return this.located({ kind: 'output', ref, start: t.start });
      }
      case 'HASH':
        this.take();
        return this.directive(t);
      case 'MACRO_BODY': {
        this.take();
        this.expect('ID', 'a macro name');
        this.callArguments();
        return this.located({ kind: 'unsupported', construct: 'macro_body', start: t.start });
      }
      default:
        return this.fail('text, a reference or a directive');
    }
  }

  private located<T extends Item>(item: T): T {
    return this.problem ? { ...item, problem: this.problem } : item;
  }

  private directive(hash: Token): Item {
    const start = hash.start;
    const t = this.peek();
    switch (t.type) {
      case 'CONTENT':
        this.take();
        return { kind: 'text', text: hash.text + t.text };
      case 'ELSE':
      case 'END':
      case 'BREAK':
        this.take();
        return { kind: t.type === 'ELSE' ? 'else' : t.type === 'END' ? 'end' : 'break', start };
      case 'SET': {
        this.take();
        this.expect('PARENTHESIS', '"(" after #set');
        const target = this.reference(this.expect('DOLLAR', 'a reference to assign'));
        this.expect('EQUAL', '"=" after the reference');
        const value = this.expression();
        this.expect('CLOSE_PARENTHESIS', '")" to close #set');
        return this.located({ kind: 'set', target, value, start });
      }
      case 'IF':
      case 'ELSEIF': {
        this.take();
        this.expect('PARENTHESIS', `"(" after #${t.type.toLowerCase()}`);
        const condition = this.expression();
        this.expect('CLOSE_PARENTHESIS', '")" to close the condition');
        return this.located({ kind: t.type === 'IF' ? 'if' : 'elseif', condition, start });
      }
      case 'FOREACH': {
        this.take();
        this.expect('PARENTHESIS', '"(" after #foreach');
        this.expect('DOLLAR', 'the loop variable');
        let variable: string;
        if (this.is('MAP_BEGIN')) {
          this.take();
          variable = this.expect('ID', 'the loop variable\'s name').text;
          this.expect('MAP_END', '"}"');
        } else {
          variable = this.expect('ID', 'the loop variable\'s name').text;
        }
        this.expect('IN', '"in"');
        let iterable: Expr;
        if (this.is('DOLLAR')) iterable = this.reference(this.take());
        else if (this.is('BRACKET')) iterable = this.list(this.take());
        else this.fail('a reference or a list to iterate over');
        this.expect('CLOSE_PARENTHESIS', '")" to close #foreach');
        return this.located({ kind: 'foreach', variable, iterable: iterable!, start });
      }
      case 'DEFINE': {
        this.take();
        this.expect('PARENTHESIS', '"(" after #define');
        this.expect('DOLLAR', 'a reference to define');
        const name = this.expect('ID', 'a name').text;
        this.expect('CLOSE_PARENTHESIS', '")" to close #define');
        return { kind: 'define', name, start };
      }
      case 'MACRO': {
        this.take();
        this.expect('PARENTHESIS', '"(" after #macro');
        const name = this.expect('ID', 'the macro\'s name').text;
        const params: string[] = [];
        this.ignoring++;
        while (this.is('DOLLAR')) params.push(this.reference(this.take()).name);
        this.ignoring--;
        this.expect('CLOSE_PARENTHESIS', 'a parameter or ")"');
        return { kind: 'macro', name, params, start };
      }
      case 'NOESCAPE':
        this.take();
        this.expect('PARENTHESIS', '"("');
        this.expect('CLOSE_PARENTHESIS', '")"');
        return { kind: 'unsupported', construct: 'noescape', start };
      case 'ID': {
        this.take();
        const after = this.peek();
        if (after.type === 'CONTENT') {
          this.take();
          return { kind: 'text', text: hash.text + t.text + after.text };
        }
        if (after.type === 'EOF') {
          this.take();
          return { kind: 'text', text: hash.text + t.text };
        }
        const { args, end } = this.callArguments();
        const name = t.text.trim();
        return this.located({ kind: 'call', name, args, source: this.text.slice(start, end), start });
      }
      default:
        return this.fail('a directive');
    }
  }

  /** `(args)` of a macro call: literals and references separated by commas or spaces. */
  private callArguments(): { args: Expr[]; end: number } {
    this.expect('PARENTHESIS', '"("');
    const args: Expr[] = [];
    if (this.is('CLOSE_PARENTHESIS')) return { args, end: this.take().end };
    if (this.is('SPACE')) this.take();
    args.push(this.argument());
    for (;;) {
      if (this.is('COMMA')) {
        this.take();
        args.push(this.argument());
      } else if (this.is('SPACE')) {
        this.take();
        if (this.is('CLOSE_PARENTHESIS')) break;
        args.push(this.argument());
      } else {
        break;
      }
    }
    return { args, end: this.expect('CLOSE_PARENTHESIS', '")" to close the arguments').end };
  }

  /** literals | references. */
  private argument(): Expr {
    return this.is('DOLLAR') ? this.reference(this.take()) : this.literals();
  }

  /* ---------------------------------------------------------------------------------------------------- */
  /* References                                                                                           */

  /** `$name`, `$!name`, `${name}`, `$name(args)`, each followed by `.property`, `.method(args)`, `[index]`. */
  private reference(dollar: Token): VarExpr {
    const pos = this.host.posAt(dollar.start);
    let braced = false;
    if (this.is('VAR_BEGIN') || this.is('MAP_BEGIN')) {
      this.take();
      braced = true;
    }
    const head = this.peek();
    let name: string;
    if (head.type === 'ID') {
      name = this.take().text;
      if (this.is('PARENTHESIS')) {
        // `$name(args)`: the arguments are read and dropped, as velocityjs's adapter dropped them.
        this.ignoring++;
        this.methodArguments();
        this.ignoring--;
      }
    } else if (head.type === 'BOOL' && !braced) {
      name = this.take().text;
    } else {
      return this.fail('a reference name');
    }
    const path: Segment[] = [];
    for (;;) {
      if (this.is('DOT')) {
        this.take();
        const t = this.peek();
        if (t.type === 'ID') {
          this.take();
          if (this.is('PARENTHESIS')) path.push({ kind: 'method', name: t.text, args: this.methodArguments() });
          else path.push({ kind: 'property', name: t.text });
        } else if (t.type === 'CONTENT') {
          // `$a.<text>`: velocityjs keeps it as text in the path, and the adapter dropped it.
          this.take();
        } else {
          this.fail('a property or method name');
        }
      } else if (this.is('BRACKET')) {
        const index = this.index(this.take());
        if (index) path.push({ kind: 'index', key: index });
      } else {
        break;
      }
    }
    if (braced) {
      if (this.is('VAR_END') || this.is('MAP_END')) this.take();
      else this.fail('"}" to close the reference');
    }
    return { kind: 'var', name, silent: dollar.text === '$!', path, pos };
  }

  /** `[key]`: a literal or a reference. Text in brackets parses, and is a problem of the statement. */
  private index(open: Token): Expr | undefined {
    this.descend(open);
    let key: Expr | undefined;
    const t = this.peek();
    if (t.type === 'CLOSE_BRACKET' || t.type === 'CONTENT') {
      this.take();
      this.defer('unsupported expression content');
    } else if (t.type === 'DOLLAR') {
      key = this.reference(this.take());
      this.expect('CLOSE_BRACKET', '"]"');
    } else if (LITERAL_START.has(t.type)) {
      const before = this.problem;
      key = this.literal();
      if (this.is('CONTENT')) {
        // `[literal<text>`: the literal is part of text velocityjs keeps, so nothing in it is a problem.
        this.take();
        this.problem = before;
        this.defer('unsupported expression content');
        key = undefined;
      } else {
        this.expect('CLOSE_BRACKET', '"]"');
      }
    } else {
      this.fail('an index');
    }
    this.depth--;
    return key;
  }

  /** `(params)` of a method: literals and references separated by commas; a bare name only first. */
  private methodArguments(): Expr[] {
    const open = this.take();
    this.descend(open);
    const args: Expr[] = [];
    if (!this.is('CLOSE_PARENTHESIS')) {
      args.push(...this.params());
    }
    this.expect('CLOSE_PARENTHESIS', '"," or ")"');
    this.depth--;
    return args;
  }

  /** params: (literals | ID | references) (COMMA (literals | references))*. */
  private params(first?: Expr): Expr[] {
    const items: Expr[] = [];
    if (first) {
      items.push(first);
    } else if (this.is('ID')) {
      this.take();
      this.defer('unsupported expression runt');
      items.push({ kind: 'null' });
    } else {
      items.push(this.argument());
    }
    while (this.is('COMMA')) {
      this.take();
      items.push(this.argument());
    }
    return items;
  }

  /* ---------------------------------------------------------------------------------------------------- */
  /* Expressions                                                                                          */

  /** expression: array | map | math. */
  private expression(): Expr {
    if (this.is('BRACKET')) return this.list(this.take());
    if (this.is('MAP_BEGIN')) return this.map(this.take());
    return this.math(1);
  }

  /** Binary operators by precedence climbing, left-associative; each operator of a chain is one level. */
  private math(minPrec: number): Expr {
    let left = this.unary();
    const depth = this.depth;
    for (;;) {
      const t = this.peek();
      const op = BINARY[t.type];
      if (!op || op.prec < minPrec) break;
      this.take();
      this.descend(t);
      const right = this.math(op.prec + 1);
      left = { kind: 'binary', op: op.op, left, right };
    }
    this.depth = depth;
    return left;
  }

  private unary(): Expr {
    const t = this.peek();
    switch (t.type) {
      case '!': {
        this.take();
        this.descend(t);
        const operand = this.unary();
        this.depth--;
        return { kind: 'not', operand };
      }
      case 'PARENTHESIS':
        return this.parenthesis(this.take());
      case '-': {
        this.take();
        if (this.is('PARENTHESIS')) return { kind: 'minus', operand: this.parenthesis(this.take()) };
        return this.number(true);
      }
      case 'DOLLAR':
        return this.reference(this.take());
      case 'STRING':
      case 'EVAL_STRING':
      case 'INTEGER':
      case 'BOOL':
        return this.literal();
      default:
        return this.fail('an expression');
    }
  }

  private parenthesis(open: Token): Expr {
    this.descend(open);
    const inner = this.math(1);
    this.expect('CLOSE_PARENTHESIS', '")"');
    this.depth--;
    return inner;
  }

  /** literals: array | map | literal. */
  private literals(): Expr {
    if (this.is('BRACKET')) return this.list(this.take());
    if (this.is('MAP_BEGIN')) return this.map(this.take());
    if (LITERAL_START.has(this.peek().type)) return this.literal();
    return this.fail('a value');
  }

  /** literal: string | number | BOOL. */
  private literal(): Expr {
    const t = this.peek();
    switch (t.type) {
      case 'STRING':
      case 'EVAL_STRING':
        return this.string(this.take());
      case 'BOOL':
        this.take();
        return t.text === 'null' ? { kind: 'null' } : { kind: 'bool', value: t.text === 'true' };
      case '-':
        this.take();
        return this.number(true);
      case 'INTEGER':
        return this.number(false);
      default:
        return this.fail('a literal');
    }
  }

  /** INTEGER or INTEGER.INTEGER, after a `-` when `negative`. */
  private number(negative: boolean): Expr {
    const whole = this.expect('INTEGER', 'a number').text;
    if (this.is('DECIMAL_POINT')) {
      this.take();
      const fraction = this.expect('INTEGER', 'the digits after the decimal point').text;
      const value = Number(`${whole}.${fraction}`);
      return { kind: 'decimal', value: negative ? -value : value };
    }
    return { kind: 'int', text: negative ? String(-parseInt(whole, 10)) : whole };
  }

  /** An integer or a reference, as a bound of a range. */
  private rangeBound(): Expr {
    if (this.is('DOLLAR')) return this.reference(this.take());
    const negative = this.is('-');
    if (negative) this.take();
    const whole = this.expect('INTEGER', 'an integer or a reference').text;
    return { kind: 'int', text: negative ? String(-parseInt(whole, 10)) : whole };
  }

  /** `[a, b]`, `[]` or `[from..to]`. */
  private list(open: Token): Expr {
    this.descend(open);
    let result: Expr;
    if (this.is('CLOSE_BRACKET')) {
      this.take();
      result = { kind: 'list', items: [] };
    } else {
      // The first element decides: an integer or a reference followed by `..` starts a range.
      let first: Expr | undefined;
      const t = this.peek();
      if (t.type === 'INTEGER' || t.type === '-') {
        if (t.type === '-') this.take();
        first = this.number(t.type === '-');
      } else if (t.type === 'DOLLAR') {
        first = this.reference(this.take());
      }
      if (first && first.kind !== 'decimal' && this.is('RANGE')) {
        this.take();
        const to = this.rangeBound();
        this.expect('CLOSE_BRACKET', '"]" to close the range');
        result = { kind: 'range', from: first, to };
      } else {
        const items = this.params(first);
        this.expect('CLOSE_BRACKET', '"," or "]"');
        result = { kind: 'list', items };
      }
    }
    this.depth--;
    return result;
  }

  /** `{"key": value, ...}`; only the first entry may leave its value out. */
  private map(open: Token): Expr {
    this.descend(open);
    const entries = new Map<string, Expr>();
    if (!this.is('MAP_END')) {
      let first = true;
      do {
        if (!first) this.take();
        const key = this.peek();
        if (key.type !== 'STRING' && key.type !== 'EVAL_STRING') this.fail('a quoted key');
        this.take();
        this.expect('MAP_SPLIT', '":" after the key');
        if (first && (this.is('COMMA') || this.is('MAP_END'))) {
          // velocityjs's grammar accepts `{"k":}` and its action then fails on the missing value: a problem here.
          throw new SyntaxProblem('a map entry without a value', this.peek().start);
        } else {
          entries.set(key.text, this.argument());
        }
        first = false;
      } while (this.is('COMMA'));
    }
    this.expect('MAP_END', '"," or "}"');
    this.depth--;
    return { kind: 'map', entries: [...entries] };
  }

  private string(t: Token): StringExpr {
    // The value starts after the opening quote.
    const pos = this.host.posAt(t.start + 1);
    const value = t.text;
    if (t.type === 'STRING' || this.ignoring > 0 || (!value.includes('$') && !value.includes('#'))) {
      return { kind: 'string', value, parts: undefined, pos };
    }
    const inner = this.host.interpolate(value, pos, this.depth);
    if ('problem' in inner) {
      if (!this.problem) this.problem = inner.problem;
      return { kind: 'string', value, parts: undefined, pos };
    }
    // `"$.pets"` interpolates to itself: keep it a literal so checks can read it.
    if (inner.nodes.every(n => n.kind === 'text')) {
      return { kind: 'string', value: inner.nodes.map(n => (n.kind === 'text' ? n.text : '')).join(''), parts: undefined, pos };
    }
    return { kind: 'string', value, parts: inner.nodes, pos };
  }
}

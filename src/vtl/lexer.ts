/**
 * The tokenizer of Velocity templates: the lexical rules of velocityjs 2.1.7 (`src/parse/velocity.l`), whose
 * accepted language is the contract (see `parse.ts`), written as a state machine over sticky regular
 * expressions. velocityjs's generated lexer cuts its input string after every token and builds its result
 * with quadratic copying; here every rule is matched in place at an offset, so a template is read once.
 *
 * Velocity's lexing depends on context: `#` starts a directive, `$` a reference, `(` an argument list, `[`
 * an index or list, and each of them pushes a state that a later token pops. The states, their rules and
 * the order of the rules are velocityjs's; in each state the first rule that matches wins, as in a jison
 * lexer without the `flex` option.
 */

/** Token types; operators are their own text, as in velocityjs's grammar. */
export type TokenType =
  | 'EOF' | '$end' | 'CONTENT' | 'RAW' | 'COMMENT' | 'HASH' | 'MACRO_BODY' | 'NOESCAPE'
  | 'SET' | 'IF' | 'ELSEIF' | 'ELSE' | 'END' | 'BREAK' | 'FOREACH' | 'DEFINE' | 'MACRO' | 'IN'
  | 'DOLLAR' | 'ID' | 'BOOL' | 'INTEGER' | 'STRING' | 'EVAL_STRING' | 'EQUAL' | 'SPACE' | 'COMMA'
  | 'MAP_BEGIN' | 'MAP_END' | 'MAP_SPLIT' | 'VAR_BEGIN' | 'VAR_END' | 'PARENTHESIS' | 'CLOSE_PARENTHESIS'
  | 'BRACKET' | 'CLOSE_BRACKET' | 'RANGE' | 'DOT' | 'DECIMAL_POINT'
  | '||' | '&&' | '+' | '-' | '*' | '/' | '%' | '>' | '<' | '==' | '>=' | '<=' | '!=' | '!';

export interface Token {
  readonly type: TokenType;
  /** The token's value: its text, after the rule's rewriting (a string without its quotes, for example). */
  readonly text: string;
  /** Offsets of the token in the lexed text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Text no rule of the current state accepts, at `offset`. */
export class LexicalError extends Error {
  constructor(readonly offset: number) {
    super('unrecognized text');
  }
}

type State = 'INITIAL' | 'mu' | 'c' | 'i' | 'h' | 'esc' | 'run';

/** What a rule does with its match: the token type to return, or undefined to skip the text. */
type Action = (lexer: Lexer, text: string) => TokenType | undefined;

/**
 * A rule: its pattern (sticky, matched at an offset), the characters a match can start with (undefined: the
 * rule matches only at the end of the text), and its action.
 */
interface Rule { readonly pattern: Matcher; readonly first: RegExp | undefined; readonly action: Action }

/** What a rule's pattern must do: match at `lastIndex` (sticky) and, on a match, leave `lastIndex` at its end. */
interface Matcher { lastIndex: number; test(text: string): boolean }

/**
 * `open`, at least one character, then the first `close` (velocity.l's `#*...*#` and `#[[...]]#`), found with
 * indexOf. A lazy regular expression would scan to the end of the text for every opener that is never closed,
 * which is quadratic; this remembers, for the text at hand, the offset from which `close` does not occur.
 */
class Delimited implements Matcher {
  lastIndex = 0;
  private text: string | undefined;
  private missingFrom = Infinity;

  constructor(private readonly open: string, private readonly close: string) {}

  test(text: string): boolean {
    if (text !== this.text) {
      this.text = text;
      this.missingFrom = Infinity;
    }
    const start = this.lastIndex;
    if (!text.startsWith(this.open, start)) return false;
    const from = start + this.open.length + 1;
    const at = from >= this.missingFrom ? -1 : text.indexOf(this.close, from);
    if (at === -1) {
      this.missingFrom = Math.min(this.missingFrom, from);
      return false;
    }
    this.lastIndex = at + this.close.length;
    return true;
  }
}

const ret = (type: TokenType): Action => () => type;
const popRet = (type: TokenType): Action => lexer => {
  lexer.pop();
  return type;
};
const pushRet = (state: State, type: TokenType): Action => lexer => {
  lexer.push(state);
  return type;
};

/**
 * Text before a `$` or `#`: an odd number of backslashes before it escapes it (the `esc` state returns the
 * character as text), an even number does not; each pair of backslashes stands for one.
 */
const beforeMarker = (next: State): Action => (lexer, text) => {
  // Counted from the end: a regular expression for the run would rescan it from every start, quadratic in it.
  let count = 0;
  while (count < text.length && text.charCodeAt(text.length - 1 - count) === 92) count++;
  let value = text;
  if (count % 2 === 0) {
    lexer.push(next);
  } else {
    value = value.slice(0, -1);
    lexer.push('esc');
  }
  // The pairs left at the end stand for one backslash.
  if (count > 1) value = `${value.slice(0, value.length - (count - (count % 2)))}\\`;
  lexer.value = value;
  return value ? 'CONTENT' : undefined;
};

/** The rules of velocity.l, numbered as in velocityjs's generated lexer. */
const RULES: Rule[] = [
  // velocity.l writes rules 0 and 1 lazily (`[^#]*?/"$"`); the greedy forms below match exactly the same text
  // (the shortest run before the first `$` or `#` is the only run that can end there) and run much faster.
  /* 0 */ { pattern: /[^#$]*(?=\$)/y, first: /[^#]/, action: beforeMarker('mu') },
  /* 1 */ { pattern: /[^$#]*(?=#)/y, first: /[^$]/, action: beforeMarker('h') },
  /* 2 */ { pattern: /[^\x00]+/y, first: /[^\x00]/, action: ret('CONTENT') },
  /* 3 */ { pattern: new Delimited('#*', '*#'), first: /#/, action: popRet('COMMENT') },
  /* 4 */ {
    pattern: new Delimited('#[[', ']]#'),
    first: /#/,
    action: (lexer, text) => {
      lexer.pop();
      lexer.value = text.replace(/^#\[\[|\]\]#$/g, '');
      return 'RAW';
    },
  },
  /* 5 */ { pattern: /##[^\n]*/y, first: /#/, action: popRet('COMMENT') },
  /* 6 */ { pattern: /#@/y, first: /#/, action: ret('MACRO_BODY') },
  /* 7 */ { pattern: /#(?=[a-zA-Z{])/y, first: /#/, action: ret('HASH') },
  /* 8 */ { pattern: /set[ ]*(?=[^a-zA-Z0-9_]+)/y, first: /s/, action: ret('SET') },
  /* 9 */ { pattern: /if[ ]*(?=[^a-zA-Z0-9_]+)/y, first: /i/, action: ret('IF') },
  /* 10 */ { pattern: /elseif[ ]*(?=[^a-zA-Z0-9_]+)/y, first: /e/, action: ret('ELSEIF') },
  /* 11 */ { pattern: /else\b/y, first: /e/, action: popRet('ELSE') },
  /* 12 */ { pattern: /\{else\}/y, first: /\{/, action: popRet('ELSE') },
  /* 13 */ { pattern: /end\b/y, first: /e/, action: popRet('END') },
  /* 14 */ { pattern: /\{end\}/y, first: /\{/, action: popRet('END') },
  /* 15 */ { pattern: /break\b/y, first: /b/, action: popRet('BREAK') },
  /* 16 */ { pattern: /foreach[ ]*(?=[^a-zA-Z0-9_]+)/y, first: /f/, action: ret('FOREACH') },
  /* 17 */ { pattern: /noescape(?=[^a-zA-Z0-9_]+)/y, first: /n/, action: ret('NOESCAPE') },
  /* 18 */ { pattern: /define[ ]*(?=[^a-zA-Z0-9_]+)/y, first: /d/, action: ret('DEFINE') },
  /* 19 */ { pattern: /macro[ ]*(?=[^a-zA-Z0-9_]+)/y, first: /m/, action: ret('MACRO') },
  /* 20 */ { pattern: /in\b/y, first: /i/, action: ret('IN') },
  /* 21 */ { pattern: /[%+\-*/]/y, first: /[%+\-*/]/, action: (_l, text) => text as TokenType },
  /* 22 */ { pattern: /<=/y, first: /</, action: ret('<=') },
  /* 23 */ { pattern: /le\b/y, first: /l/, action: ret('<=') },
  /* 24 */ { pattern: />=/y, first: />/, action: ret('>=') },
  /* 25 */ { pattern: /ge\b/y, first: /g/, action: ret('>=') },
  /* 26 */ { pattern: /[><]/y, first: /[<>]/, action: (_l, text) => text as TokenType },
  /* 27 */ { pattern: /gt\b/y, first: /g/, action: ret('>') },
  /* 28 */ { pattern: /lt\b/y, first: /l/, action: ret('<') },
  /* 29 */ { pattern: /==/y, first: /=/, action: ret('==') },
  /* 30 */ { pattern: /eq\b/y, first: /e/, action: ret('==') },
  /* 31 */ { pattern: /\|\|/y, first: /\|/, action: ret('||') },
  /* 32 */ { pattern: /or\b/y, first: /o/, action: ret('||') },
  /* 33 */ { pattern: /&&/y, first: /&/, action: ret('&&') },
  /* 34 */ { pattern: /and\b/y, first: /a/, action: ret('&&') },
  /* 35 */ { pattern: /!=/y, first: /!/, action: ret('!=') },
  /* 36 */ { pattern: /ne\b/y, first: /n/, action: ret('!=') },
  /* 37 */ { pattern: /not\b/y, first: /n/, action: ret('!') },
  /* 38 */ { pattern: /\$!(?=[{a-zA-Z_])/y, first: /\$/, action: ret('DOLLAR') },
  /* 39 */ { pattern: /\$(?=[{a-zA-Z_])/y, first: /\$/, action: ret('DOLLAR') },
  /* 40 */ { pattern: /!/y, first: /!/, action: ret('!') },
  /* 41 */ { pattern: /=/y, first: /=/, action: ret('EQUAL') },
  /* 42 */ {
    pattern: /[ ]+(?=[^,])/y,
    first: / /,
    // Spaces separate the arguments of a macro call (`#m($a $b)`); elsewhere they are skipped.
    action: lexer => (lexer.top(0) === 'c' && lexer.top(1) === 'run' ? 'SPACE' : undefined),
  },
  /* 43 */ { pattern: /\s+/y, first: /\s/, action: () => undefined },
  /* 44 */ { pattern: /\{/y, first: /\{/, action: ret('MAP_BEGIN') },
  /* 45 */ { pattern: /\}/y, first: /\}/, action: ret('MAP_END') },
  /* 46 */ { pattern: /:[\s]*/y, first: /:/, action: ret('MAP_SPLIT') },
  /* 47 */ {
    pattern: /\{[\s]*/y,
    first: /\{/,
    action: lexer => {
      lexer.braced = true;
      return 'VAR_BEGIN';
    },
  },
  /* 48 */ {
    pattern: /[\s]*\}/y,
    first: /[\s}]/,
    action: lexer => {
      lexer.pop();
      if (!lexer.braced) return 'CONTENT';
      lexer.braced = false;
      return 'VAR_END';
    },
  },
  /* 49 */ { pattern: /\([\s]*(?=[$'"[{\-0-9\w()!])/y, first: /\(/, action: pushRet('c', 'PARENTHESIS') },
  /* 50 */ { pattern: /\)/y, first: /\)/, action: lexer => lexer.closeParenthesis() },
  /* 51 */ { pattern: /\[[\s]*(?=[\-$"'0-9{[\]]+)/y, first: /\[/, action: pushRet('i', 'BRACKET') },
  /* 52 */ { pattern: /\]/y, first: /\]/, action: lexer => (lexer.pop() === 'i' ? 'CLOSE_BRACKET' : 'CONTENT') },
  /* 53 */ { pattern: /\.\./y, first: /\./, action: ret('RANGE') },
  /* 54 */ { pattern: /\.(?=[a-zA-Z_])/y, first: /\./, action: ret('DOT') },
  /* 55 */ { pattern: /\.(?=[\d])/y, first: /\./, action: ret('DECIMAL_POINT') },
  /* 56 */ { pattern: /,[ ]*/y, first: /,/, action: ret('COMMA') },
  /* 57 */ {
    pattern: /"(\\"|[^"])*"/y,
    first: /"/,
    action: (lexer, text) => {
      lexer.value = text.slice(1, -1).replace(/\\"/g, '"');
      return 'EVAL_STRING';
    },
  },
  /* 58 */ {
    pattern: /'(\\'|[^'])*'/y,
    first: /'/,
    action: (lexer, text) => {
      lexer.value = text.slice(1, -1).replace(/\\'/g, '\'');
      return 'STRING';
    },
  },
  /* 59 */ { pattern: /null\b/y, first: /n/, action: ret('BOOL') },
  /* 60 */ { pattern: /false\b/y, first: /f/, action: ret('BOOL') },
  /* 61 */ { pattern: /true\b/y, first: /t/, action: ret('BOOL') },
  /* 62 */ { pattern: /[0-9]+/y, first: /[0-9]/, action: ret('INTEGER') },
  /* 63 */ { pattern: /[_a-zA-Z][a-zA-Z0-9_-]*/y, first: /[_a-zA-Z]/, action: ret('ID') },
  /* 64 */ { pattern: /[_a-zA-Z][a-zA-Z0-9_-]*[ ]*(?=\()/y, first: /[_a-zA-Z]/, action: pushRet('run', 'ID') },
  /* 65 */ { pattern: /#/y, first: /#/, action: pushRet('h', 'HASH') },
  /* 66 */ { pattern: /./y, first: /./, action: popRet('CONTENT') },
  /* 67 */ { pattern: /\s+/y, first: /\s/, action: popRet('CONTENT') },
  /* 68 */ { pattern: /[$#]/y, first: /[$#]/, action: popRet('CONTENT') },
  /* 69 */ { pattern: /$/y, first: undefined, action: popRet('EOF') },
  /* 70 */ { pattern: /$/y, first: undefined, action: ret('EOF') },
];

/** The rules each state tries, in order (velocityjs's `conditions`). */
const STATE_RULES: Record<State, Rule[]> = {
  INITIAL: [0, 1, 2, 70].map(i => RULES[i]),
  mu: [5, 38, 39, 47, 48, 49, 50, 51, 52, 54, 63, 65, 66, 67, 69].map(i => RULES[i]),
  c: [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 49,
    50, 51, 52, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63].map(i => RULES[i]),
  i: [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 43, 44, 45, 46, 49, 50,
    51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63].map(i => RULES[i]),
  h: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 38, 39, 40, 41, 46, 49, 50, 51, 52, 54, 62, 64, 66,
    67, 69].map(i => RULES[i]),
  esc: [68].map(i => RULES[i]),
  run: [38, 39, 40, 42, 43, 44, 45, 46, 49, 50, 51, 52, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 66, 67, 69].map(i => RULES[i]),
};

/**
 * The rules of a state that can match at a character, in order: trying only those gives the same first
 * match as trying them all, and spares the dozens of rules that cannot start there.
 */
class Dispatch {
  private readonly ascii: Rule[][] = [];
  private readonly other = new Map<string, Rule[]>();
  private readonly atEnd: Rule[];

  constructor(private readonly rules: Rule[]) {
    for (let code = 0; code < 128; code++) this.ascii.push(this.filter(String.fromCharCode(code)));
    this.atEnd = rules.filter(r => r.first === undefined);
  }

  rulesAt(text: string, offset: number): Rule[] {
    if (offset >= text.length) return this.atEnd;
    const code = text.charCodeAt(offset);
    if (code < 128) return this.ascii[code];
    const ch = text[offset];
    let rules = this.other.get(ch);
    if (!rules) {
      rules = this.filter(ch);
      // Bounded: a template with many distinct non-ASCII characters only costs the filtering again.
      if (this.other.size < 4096) this.other.set(ch, rules);
    }
    return rules;
  }

  private filter(ch: string): Rule[] {
    return this.rules.filter(r => r.first !== undefined && r.first.test(ch));
  }
}

const DISPATCH = Object.fromEntries(
  Object.entries(STATE_RULES).map(([state, rules]) => [state, new Dispatch(rules)]),
) as Record<State, Dispatch>;

/** Reads tokens one at a time; `next()` after the end keeps returning `$end`. */
export class Lexer {
  /** Set by a rule that rewrites its match (strings, escapes, raw blocks). */
  value: string | undefined;
  /** `${`: the next `}` of a reference closes it (one flag, as in velocityjs). */
  braced = false;
  private readonly states: State[] = ['INITIAL'];
  private offset = 0;
  private done = false;

  constructor(private readonly text: string) {}

  push(state: State): void {
    this.states.push(state);
  }

  /** Pops a state and returns it; the bottom state is never popped. */
  pop(): State {
    return this.states.length > 1 ? this.states.pop()! : this.states[0];
  }

  /** The state `n` below the top, or INITIAL below the bottom. */
  top(n: number): State {
    return this.states[this.states.length - 1 - n] ?? 'INITIAL';
  }

  /**
   * `)`: closes an argument list, and with it the `#set(`/`#if(` directive or the `$ref#if(` that opened it;
   * outside an argument list it is text (velocityjs rule 50, kept as it is).
   */
  closeParenthesis(): TokenType {
    if (this.pop() !== 'c') return 'CONTENT';
    let len = this.states.length;
    if (this.top(0) === 'run') {
      this.pop();
      len--;
    }
    const tail = this.top(len - 2);
    if (len === 2 && tail === 'h') {
      this.pop();
    } else if (len === 3 && tail === 'mu' && this.top(len - 3) === 'h') {
      this.pop();
      this.pop();
    }
    return 'CLOSE_PARENTHESIS';
  }

  next(): Token {
    const text = this.text;
    for (;;) {
      if (this.done) return { type: '$end', text: '', start: text.length, end: text.length };
      if (this.offset >= text.length) this.done = true;
      const start = this.offset;
      let type: TokenType | undefined;
      let matched = false;
      for (const rule of DISPATCH[this.states[this.states.length - 1]].rulesAt(text, start)) {
        rule.pattern.lastIndex = start;
        if (!rule.pattern.test(text)) continue;
        matched = true;
        this.offset = rule.pattern.lastIndex;
        const match = text.slice(start, this.offset);
        this.value = undefined;
        type = rule.action(this, match);
        if (type !== undefined) {
          // A rule that matches nothing at the end of the text leaves the lexer done (jison's `done`).
          if (this.offset < text.length) this.done = false;
          return { type, text: this.value ?? match, start, end: this.offset };
        }
        break;
      }
      if (!matched) {
        if (start >= text.length) return { type: '$end', text: '', start, end: start };
        throw new LexicalError(start);
      }
      if (this.offset < text.length) this.done = false;
    }
  }
}

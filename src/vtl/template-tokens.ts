/**
 * CDK tokens inside a mapping template's text (`{"TableName": "${table.tableName}"}` in a TypeScript template
 * literal). A token is a value CloudFormation fills in at deploy time: the parser and the checks must read it
 * as opaque literal text where it stands, and no finding may depend on it.
 *
 * The tokens are replaced, before parsing, by placeholders of three shapes (a word, a single-quoted word, a
 * run of symbols), because no one text parses as literal text in every position a token can take: a word
 * after `$name` extends the reference, a symbol (`~~0~`) where an expression is expected (`#set($n = ${count})`) does
 * not parse, a quote ends the VTL string it stands in. Each shape that parses is analysed, and only findings
 * every such shape yields at the same place are kept: a finding that changes with the token's text is about
 * the token and is dropped; a finding that holds for every shape holds whatever the token's value.
 *
 * This file does not import aws-cdk-lib (design.md: the lower layers stay free of it): it recognizes tokens
 * by aws-cdk-lib's own encoding (`core/lib/private/encoding`).
 */

/** String tokens `${Token[...]}`, list tokens `#{Token[...]}` and stringified number tokens (`-1.888...e+289`). */
const TOKEN = /\$\{Token\[[a-zA-Z0-9:._-]+\]\}|#\{Token\[[a-zA-Z0-9:._-]+\]\}|-1\.\d{10,16}e\+289/g;

/**
 * A token glued to name characters in a finding's message (`$input.pa${Token[...]}th is not a member`): the
 * finding is about a name the token is part of, which only the token's value decides.
 */
const TOKEN_IN_NAME = new RegExp(`[\\w-](?:${TOKEN.source})|(?:${TOKEN.source})[\\w]`);

/** True when a finding's message (placeholders put back) names something a token is part of. */
export function aboutTokenName(message: string): boolean {
  return TOKEN_IN_NAME.test(message);
}

/** The placeholder shapes, in the order render prefers them. */
export type PlaceholderShape = 'word' | 'quoted' | 'symbol';
export const PLACEHOLDER_SHAPES: readonly PlaceholderShape[] = ['word', 'quoted', 'symbol'];

/** True when the text holds at least one CDK token. */
export function hasTokens(text: string): boolean {
  TOKEN.lastIndex = 0;
  return TOKEN.test(text);
}

/** A prefix that does not occur in `text`, so a placeholder cannot be mistaken for the author's own text. */
function freshPrefix(text: string, start: string, pad: string): string {
  let prefix = start;
  while (text.includes(prefix)) prefix += pad;
  return prefix;
}

interface Replacement {
  /** Offsets of the placeholder in the masked text. */
  readonly maskedStart: number;
  readonly maskedEnd: number;
  /** Offsets of the token in the original text. */
  readonly start: number;
  readonly end: number;
}

/** The template text with its tokens replaced by placeholders of one shape, and the way back. */
export class MaskedTemplate {
  /** The text the parser sees. */
  public readonly text: string;
  /** Each distinct placeholder and the token text it stands for (the same token always gets the same one). */
  private readonly tokenOf = new Map<string, string>();
  private readonly replacements: Replacement[] = [];
  private readonly maskedStarts: number[];
  private readonly originalStarts: number[];

  constructor(original: string, public readonly shape: PlaceholderShape) {
    const word = freshPrefix(original, 'Tkn', 'q');
    const digits = freshPrefix(original, '7319', '7');
    const tildes = freshPrefix(original, '~~', '~');
    const indexOf = new Map<string, number>();
    let out = '';
    let last = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(original); m; m = TOKEN.exec(original)) {
      const token = m[0];
      if (!indexOf.has(token)) indexOf.set(token, indexOf.size);
      const i = indexOf.get(token)!;
      const isNumber = !token.includes('{');
      // A number token stays a number literal in the word and quoted shapes: it may stand in an expression
      // (`#if($n > ${limit})`); digits padded to one width so one placeholder is never a prefix of another.
      const body = isNumber ? `${digits}${String(i).padStart(4, '0')}` : `${word}${i}Z`;
      const placeholder = shape === 'symbol' ? `${tildes}${i}~` : shape === 'quoted' && !isNumber ? `'${body}'` : body;
      this.tokenOf.set(placeholder, token);
      if (placeholder !== body) this.tokenOf.set(body, token);
      out += original.slice(last, m.index);
      this.replacements.push({ maskedStart: out.length, maskedEnd: out.length + placeholder.length, start: m.index, end: m.index + token.length });
      out += placeholder;
      last = m.index + token.length;
    }
    this.text = out + original.slice(last);
    this.maskedStarts = lineStarts(this.text);
    this.originalStarts = lineStarts(original);
  }

  /** The position in the original text of a 1-based line and column of the masked text. */
  public toOriginal(line: number, column: number): { line: number; column: number } {
    const masked = (this.maskedStarts[line - 1] ?? this.text.length) + column - 1;
    let offset = masked;
    for (const r of this.replacements) {
      if (r.maskedStart > masked) break;
      // Inside a placeholder: the token's own start; after it: shifted by the length difference.
      offset = masked < r.maskedEnd ? r.start : r.end + (masked - r.maskedEnd);
    }
    const starts = this.originalStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi + 1) / 2);
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** Puts the tokens back where a rendered string shows a placeholder. */
  public unmask(rendered: string): string {
    let out = rendered;
    // Longest first: a quoted placeholder before the bare word inside it.
    for (const [placeholder, token] of [...this.tokenOf].sort((a, b) => b[0].length - a[0].length)) {
      out = out.split(placeholder).join(token);
    }
    return out;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** A located finding of any kind: what `keepCertain` compares. */
export interface Located {
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Same rule, same place and same message (placeholders put back): the same finding. */
const SAME_FINDING = (f: Located) => `${f.rule}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;

/**
 * The findings every shape yields (positions already mapped to the original text, placeholders in messages
 * put back): those that do not depend on what the tokens hold. A finding about text a token joins (`$input.pa`
 * followed by a token reads `$input.paTkn0Z` with one shape and `$input.pa` with another) differs in its
 * message and is dropped. Each shape's list is that shape's analysis.
 */
export function keepCertain<T extends Located>(perShape: readonly T[][], key: (f: Located) => string = SAME_FINDING): T[] {
  if (perShape.length === 0) return [];
  const others = perShape.slice(1).map(list => {
    const counts = new Map<string, number>();
    for (const f of list) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
    return counts;
  });
  const kept: T[] = [];
  for (const f of perShape[0]) {
    const k = key(f);
    if (others.every(c => (c.get(k) ?? 0) > 0)) {
      others.forEach(c => c.set(k, c.get(k)! - 1));
      kept.push(f);
    }
  }
  return kept;
}

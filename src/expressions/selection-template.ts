import { memoize } from './memo';
import { ExpressionProblem, problem, show } from './problem';

/**
 * The common grammar of `$`-prefixed selection expressions (DG apigateway-websocket-api-selection-expressions)
 * and of HTTP parameter-mapping values (seed 004): static text, variables written `$a.b.c` or `${a.b.c}`,
 * and `\$` for a literal dollar. This layer only splits the string; which variables are allowed is decided
 * by `variables.ts` and by each expression's grammar.
 */

export interface TextPart {
  readonly kind: 'text';
  /** The text with `\$` unescaped. */
  readonly value: string;
  readonly offset: number;
  readonly end: number;
}

export interface VariablePart {
  readonly kind: 'variable';
  /** `${...}` or bare `$...`. */
  readonly braced: boolean;
  /** The variable without `$`, braces or surrounding spaces, e.g. `request.header.x-id`. */
  readonly name: string;
  /** Offset of `name` in the expression. */
  readonly nameOffset: number;
  /** Offset of the `$`. */
  readonly offset: number;
  readonly end: number;
}

export type TemplatePart = TextPart | VariablePart;

export interface SelectionTemplate {
  readonly parts: readonly TemplatePart[];
}

/**
 * Characters that end a bare `$variable`. A bare variable runs to the next space, `$`, brace, `/` or `,`;
 * writing `${...}` is how a user puts text right after a variable (HTTP-PM-010).
 */
const BARE_STOP = /[\s${}/,]/;

/**
 * Splits an expression into text and variables. Problems: `selection-unclosed-brace` (a `${` without
 * `}`), `selection-empty-variable` (`${}` or a `$` followed by nothing that can start a name),
 * `selection-stray-brace` (a `{` or `}` in static text). Never throws.
 */
export function parseSelectionTemplate(input: string): { template: SelectionTemplate; problems: ExpressionProblem[] } {
  return parseSelectionTemplateCache(input);
}

function parseSelectionTemplateUncached(input: string): { template: SelectionTemplate; problems: ExpressionProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: ExpressionProblem[] = [];
  let text = '';
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) parts.push({ kind: 'text', value: text, offset: textStart, end });
    text = '';
  };

  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c === '\\' && input[i + 1] === '$') {
      text += '$';
      i += 2;
      continue;
    }
    if (c === '{' || c === '}') {
      problems.push(problem('selection-stray-brace', `${show(c)} outside "\${...}" is read as part of an expression, not as static text`, i));
      text += c;
      i++;
      continue;
    }
    if (c !== '$') {
      text += c;
      i++;
      continue;
    }
    flushText(i);
    const start = i;
    if (input[i + 1] === '{') {
      const close = findClose(input, i + 2);
      if (close < 0) {
        problems.push(problem('selection-unclosed-brace', '"${" is not closed; expected "}" after the variable', i, 2));
        // Treat the rest as one variable so later checks still see its name.
        const raw = input.slice(i + 2);
        const lead = raw.length - raw.trimStart().length;
        parts.push({ kind: 'variable', braced: true, name: raw.trim(), nameOffset: i + 2 + lead, offset: start, end: input.length });
        i = input.length;
        textStart = i;
        continue;
      }
      const raw = input.slice(i + 2, close);
      const name = raw.trim();
      const lead = raw.length - raw.trimStart().length;
      if (name.length === 0) {
        problems.push(problem('selection-empty-variable', '"${}" names no variable', i, close + 1 - i));
      }
      parts.push({ kind: 'variable', braced: true, name, nameOffset: i + 2 + lead, offset: start, end: close + 1 });
      i = close + 1;
      textStart = i;
      continue;
    }
    let j = i + 1;
    while (j < input.length && !BARE_STOP.test(input[j])) j++;
    if (j === i + 1) {
      problems.push(problem('selection-empty-variable', `"$" is followed by ${i + 1 < input.length ? show(input[i + 1]) : 'nothing'}; expected a variable such as $request.header.name (write \\$ for a literal dollar)`, i));
      text += '$';
      textStart = i;
      i++;
      continue;
    }
    parts.push({ kind: 'variable', braced: false, name: input.slice(i + 1, j), nameOffset: i + 1, offset: start, end: j });
    i = j;
    textStart = i;
  }
  flushText(input.length);
  return { template: { parts }, problems };
}
const parseSelectionTemplateCache = memoize(parseSelectionTemplateUncached);

/** The `}` closing a `${`, skipping quoted strings inside JSONPath brackets; -1 when unclosed. */
function findClose(input: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < input.length; i++) {
    const c = input[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if ((c === '\'' || c === '"') && input[i - 1] === '[') {
      quote = c;
    } else if (c === '}') {
      return i;
    }
  }
  return -1;
}

/** The variables of a parsed template. */
export function variablesOf(template: SelectionTemplate): VariablePart[] {
  return template.parts.filter((p): p is VariablePart => p.kind === 'variable');
}

/** Writes a template back: text with `$` escaped, variables braced. Used by builders and round-trip tests. */
export function formatSelectionTemplate(template: SelectionTemplate): string {
  return template.parts.map(p => p.kind === 'text' ? p.value.replace(/\$/g, '\\$') : `\${${p.name}}`).join('');
}

/**
 * Java regular expressions (java.util.regex) for `replaceAll`, `replaceFirst`, `matches` and `split`, on the
 * library's own engine (regex/): JavaScript's RegExp backtracks without bound (a 40-character string can
 * keep it busy for ever) and reads Java syntax differently. Patterns without back references and
 * look-around run in time linear in the input; the others run by backtracking within a step budget.
 * A pattern Java refuses raises `JavaRegexError`, which the evaluator reports as the
 * `PatternSyntaxException` Java throws.
 */
import { Budget, built, slots, withBudget } from './budget';
import { EvaluationError } from './errors';
import { compileJavaRegex, Program } from './regex/program';
import { Captures, execute } from './regex/run';
import { JavaRegexError } from './regex/syntax';
import { MAX_STRING_LENGTH } from './values';

export { JavaRegexError };

/** A piece of a Java replacement string: text, or a group's value. */
type Piece = string | number;

/** Reads a Java replacement string (`$1`, `${name}`, `\$`), as `Matcher.appendReplacement` does. */
function replacementPieces(replacement: string, prog: Program): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new JavaRegexError('character to be escaped is missing');
      text += replacement[i];
      continue;
    }
    if (c !== '$') {
      text += c;
      continue;
    }
    i++;
    if (i >= replacement.length) throw new JavaRegexError('Illegal group reference: group index is missing');
    let group: number;
    if (replacement[i] === '{') {
      const end = replacement.indexOf('}', i);
      const name = end === -1 ? '' : replacement.slice(i + 1, end);
      if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) throw new JavaRegexError('named capturing group is missing trailing \'}\'');
      const index = prog.names.get(name);
      if (index === undefined) throw new JavaRegexError(`No group with name {${name}}`);
      group = index;
      i = end;
    } else {
      if (!/[0-9]/.test(replacement[i])) throw new JavaRegexError('Illegal group reference');
      group = Number(replacement[i]);
      if (group > prog.groups) throw new JavaRegexError(`No group ${group}`);
      // Java takes further digits while they still name an existing group.
      while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1])) {
        const next = group * 10 + Number(replacement[i + 1]);
        if (next > prog.groups) break;
        group = next;
        i++;
      }
    }
    if (text) pieces.push(text);
    text = '';
    pieces.push(group);
  }
  if (text) pieces.push(text);
  return pieces;
}

function tooLong(): never {
  throw new EvaluationError(`a string grew past ${MAX_STRING_LENGTH} characters`);
}

/**
 * Every match in turn, as `Matcher.find()` walks them: the next search starts where the last match ended,
 * one further after an empty match.
 */
function* matches(prog: Program, s: string, keep: number): Generator<Captures> {
  let last = 0;
  let first = -1;
  for (;;) {
    const from = last === first ? last + 1 : last;
    if (from > s.length) return;
    const caps = execute(prog, s, from, false, keep);
    if (!caps) return;
    first = caps[0];
    last = caps[1];
    yield caps;
  }
}

function replace(s: string, pattern: string, replacement: string, all: boolean): string {
  const prog = compileJavaRegex(pattern);
  let pieces: Piece[] | undefined;
  const out: string[] = [];
  let length = 0;
  let tail = 0;
  const append = (text: string) => {
    length += text.length;
    if (length > MAX_STRING_LENGTH) tooLong();
    built(text.length);
    out.push(text);
  };
  for (const caps of matches(prog, s, 2 * (prog.groups + 1))) {
    pieces ??= replacementPieces(replacement, prog);
    append(s.slice(tail, caps[0]));
    for (const p of pieces) {
      if (typeof p === 'string') append(p);
      else if (caps[2 * p] >= 0) append(s.slice(caps[2 * p], caps[2 * p + 1]));
    }
    tail = caps[1];
    if (!all) break;
  }
  if (pieces === undefined) return s;
  append(s.slice(tail));
  return out.join('');
}

export function javaReplaceAll(s: string, pattern: string, replacement: string): string {
  return replace(s, pattern, replacement, true);
}

export function javaReplaceFirst(s: string, pattern: string, replacement: string): string {
  return replace(s, pattern, replacement, false);
}

/** `String.matches`: the whole string must match. */
export function javaMatches(s: string, pattern: string): boolean {
  return execute(compileJavaRegex(pattern), s, 0, true, 0) !== null;
}

/** `String.split(regex, limit)`, as Java 8+ `Pattern.split` does it. */
export function javaSplit(s: string, pattern: string, limit = 0): string[] {
  const prog = compileJavaRegex(pattern);
  const parts: string[] = [];
  let index = 0;
  for (const caps of matches(prog, s, 2)) {
    if (limit > 0 && parts.length >= limit - 1) break;
    // A zero-width match at the beginning never gives an empty leading substring.
    if (index === 0 && caps[0] === 0 && caps[1] === 0) continue;
    parts.push(s.slice(index, caps[0]));
    slots(1);
    index = caps[1];
  }
  if (index === 0) return [s];
  parts.push(s.slice(index));
  built(s.length);
  if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** The work a rule may spend deciding whether a user's pattern finds a match (a quarter of a render's budget). */
const FIND_WORK_BUDGET = 25_000_000;

/**
 * Whether `pattern` finds a match (Java's `Matcher.find`) in any of `inputs`, for rules that test a user-written
 * pattern against known strings: `undecided` when Java would refuse the pattern or the search spends its work
 * budget, so that a rule that cannot decide reports nothing. Never throws.
 */
export function javaFindsAny(pattern: string, inputs: readonly string[], work = FIND_WORK_BUDGET): 'match' | 'no-match' | 'undecided' {
  try {
    return withBudget(new Budget({ work }), () => {
      const prog = compileJavaRegex(pattern);
      return inputs.some(input => execute(prog, input, 0, false) !== null) ? 'match' : 'no-match';
    });
  } catch (e) {
    if (e instanceof JavaRegexError || e instanceof EvaluationError) return 'undecided';
    throw e;
  }
}

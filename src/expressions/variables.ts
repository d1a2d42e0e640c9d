import { JsonPath, parseJsonPath } from './jsonpath';
import { ExpressionProblem, problem, show } from './problem';
import { VariablePart } from './selection-template';

/**
 * The variable sources of selection expressions and mapping values, with `$`-form names (`request.header.x`).
 * Each grammar says which sources it allows; everything else is `variable-source`.
 */
export type SourceKind =
  | 'request.header'
  | 'request.querystring'
  | 'request.path'
  | 'request.path.parameter'
  | 'request.body'
  | 'request.method'
  | 'response.header'
  | 'response.body'
  | 'context'
  | 'stageVariables'
  | 'integration.response.statuscode'
  | 'integration.response.header'
  | 'integration.response.multivalueheader';

export interface VariableSource {
  readonly kind: SourceKind;
  /** The header, query string, path parameter, context variable or stage variable name. */
  readonly name?: string;
  readonly nameOffset?: number;
  /** For body sources with a path. */
  readonly jsonPath?: JsonPath;
  /** The whole variable, `$` included. */
  readonly offset: number;
  readonly end: number;
}

/** Human-readable form of each source, for "expected ..." in messages. */
export const SOURCE_FORMS: Readonly<Record<SourceKind, string>> = {
  'request.header': '$request.header.<name>',
  'request.querystring': '$request.querystring.<name>',
  'request.path': '$request.path',
  'request.path.parameter': '$request.path.<name>',
  'request.body': '$request.body or $request.body.<JSONPath>',
  'request.method': '$request.method',
  'response.header': '$response.header.<name>',
  'response.body': '$response.body or $response.body.<JSONPath>',
  'context': '$context.<variable>',
  'stageVariables': '$stageVariables.<name>',
  'integration.response.statuscode': '${integration.response.statuscode}',
  'integration.response.header': '${integration.response.header.<name>}',
  'integration.response.multivalueheader': '${integration.response.multivalueheader.<name>}',
};

/** Stage variable names: STAGE-017 (`[A-Za-z0-9_]+`). */
const STAGE_VARIABLE_NAME = /^[A-Za-z0-9_]+$/;

interface Prefix { readonly text: string; readonly kind: SourceKind; readonly named: boolean }

/** Longest prefixes first, so `request.path.` wins over `request.path`. */
const NAMED_PREFIXES: readonly Prefix[] = [
  { text: 'request.header.', kind: 'request.header', named: true },
  { text: 'request.querystring.', kind: 'request.querystring', named: true },
  { text: 'request.path.', kind: 'request.path.parameter', named: true },
  { text: 'response.header.', kind: 'response.header', named: true },
  { text: 'context.', kind: 'context', named: true },
  { text: 'stageVariables.', kind: 'stageVariables', named: true },
  { text: 'integration.response.header.', kind: 'integration.response.header', named: true },
  { text: 'integration.response.multivalueheader.', kind: 'integration.response.multivalueheader', named: true },
];

/**
 * Resolves one variable against the sources a grammar allows. Problems: `variable-source` (a root or form
 * this expression does not take), `variable-name` (an empty or malformed name), and the JSONPath problems
 * of body paths.
 */
export function resolveVariable(v: VariablePart, allowed: readonly SourceKind[]): { source?: VariableSource; problems: ExpressionProblem[] } {
  const problems: ExpressionProblem[] = [];
  const name = v.name;
  const at = v.nameOffset;
  const expected = () => allowed.map(k => SOURCE_FORMS[k]).join(', ');
  const notAllowed = (): { problems: ExpressionProblem[] } => {
    problems.push(problem('variable-source', `${show(`$${name}`)} is not a source this expression accepts; expected ${expected()}`, v.offset, v.end - v.offset));
    return { problems };
  };

  let kind: SourceKind | undefined;
  let rest: string | undefined;
  let restOffset = at;
  let jsonPath: JsonPath | undefined;

  for (const body of ['request.body', 'response.body'] as const) {
    if (name === body || name.startsWith(`${body}.`) || name.startsWith(`${body}[`)) {
      kind = body;
      if (name.length > body.length) {
        const parsed = parseJsonPath(name.slice(body.length), { rooted: false, base: at + body.length });
        for (const p of parsed.problems) problems.push(p); // a long path may have more problems than arguments fit
        jsonPath = parsed.ast;
      }
    }
  }
  if (!kind) {
    if (name === 'request.path') {kind = 'request.path';} else if (name === 'request.method') {kind = 'request.method';} else if (name === 'integration.response.statuscode') {kind = 'integration.response.statuscode';} else {
      const prefix = NAMED_PREFIXES.find(p => name.startsWith(p.text));
      if (prefix) {
        kind = prefix.kind;
        rest = name.slice(prefix.text.length);
        restOffset = at + prefix.text.length;
      }
    }
  }
  if (!kind || !allowed.includes(kind)) return notAllowed();

  if (rest !== undefined) {
    if (rest.length === 0) {
      problems.push(problem('variable-name', `${show(`$${name}`)} names no ${kind === 'context' ? 'context variable' : 'parameter'}`, v.offset, v.end - v.offset));
      return { problems };
    }
    if (kind === 'stageVariables' && !STAGE_VARIABLE_NAME.test(rest)) {
      problems.push(problem('variable-name', `stage variable name ${show(rest)} may only use letters, digits and "_"`, restOffset, rest.length));
    }
    if (/\s/.test(rest)) {
      problems.push(problem('variable-name', `parameter name ${show(rest)} contains white space`, restOffset, rest.length));
    }
  }
  return {
    source: {
      kind,
      ...(rest !== undefined ? { name: rest, nameOffset: restOffset } : {}),
      ...(jsonPath ? { jsonPath } : {}),
      offset: v.offset,
      end: v.end,
    },
    problems,
  };
}

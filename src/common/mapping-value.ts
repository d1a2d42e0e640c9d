import { SwitchyardError } from './errors';
import { isContextVariable } from '../expressions/context-variables';
import { renderHttpMappingValue } from '../expressions/http-mapping-render';
import { parseHttpRequestValue, parseHttpResponseValue } from '../expressions/http-parameter-mapping';
import { ExpressionProblem, show } from '../expressions/problem';
import { parseSelectionTemplate } from '../expressions/selection-template';
import { isUnknownInput } from '../private/unknown-input';
import { VALUE_SYNTAX_CODES } from '../rules/expressions/http-mapping-request-value';

/**
 * Throws the first problem that one of `owners` reports, as that rule's `SwitchyardError`. An owner is a
 * rule and the grammar problem codes it reports (`jsonpath-*` matches by prefix; no codes: every problem).
 * Builders throw a problem under the id of the rule that would report it at synth, so a builder error and
 * a synth finding for the same mistake carry the same id. (Internal helper of the builders; not exported
 * from the package.)
 */
export function throwOnProblems(
  expression: string, problems: readonly ExpressionProblem[], owners: readonly { readonly ruleId: string; readonly codes?: readonly string[] }[],
): void {
  for (const p of problems) {
    const owner = owners.find(o => !o.codes || o.codes.some(c => c.endsWith('*') ? p.code.startsWith(c.slice(0, -1)) : p.code === c));
    if (owner) throw new SwitchyardError(owner.ruleId, describeProblem(expression, p));
  }
}

/** The grammar's message, with the whole expression and the column when the message does not show them. */
export function describeProblem(expression: string, p: ExpressionProblem): string {
  const shown = show(expression);
  if (p.message.includes(shown)) return p.message;
  const whole = p.offset === 0 && p.length >= expression.length;
  return `${p.message} (in ${shown}${whole ? '' : `, column ${p.offset + 1}`})`;
}

/** Characters that end a bare `$variable` in the grammar: a name holding one must be written `${...}`. */
const NEEDS_BRACES = /[\s${}/,]/;

/** Writes a variable bare (`$request.header.x`, as the AWS examples do) unless its name needs braces. */
export function formatVariable(name: string): string {
  return NEEDS_BRACES.test(name) ? `\${${name}}` : `$${name}`;
}

/**
 * The part of a body source after `request.body` (or `route.request.body`), from the path a user gives:
 * `$.a[0]`, `.a[0]`, `a[0]` and `['odd key']` all address the same member; nothing, `''` or `$` is the
 * whole body. A path that is an unresolved token is written after a `.`.
 */
export function bodyPathSuffix(jsonPath: string | undefined): string {
  if (jsonPath === undefined || jsonPath === '' || jsonPath === '$') return '';
  // A token's text is unknown until synth: it goes after a ".", so it must resolve to a path such as `a.b`.
  if (isUnknownInput(jsonPath)) return `.${jsonPath}`;
  if (jsonPath.startsWith('$')) return jsonPath.slice(1);
  if (jsonPath.startsWith('.') || jsonPath.startsWith('[')) return jsonPath;
  return `.${jsonPath}`;
}

/**
 * Checks an HTTP parameter-mapping value as the rules will at synth, and throws the first problem under
 * the id of the rule that owns it. `removal`: the value of a `remove:` key. Values holding unresolved
 * tokens are left to the rules.
 */
export function checkHttpMappingValue(value: string, direction: 'request' | 'response', removal = false): void {
  if (isUnknownInput(value)) return;
  const parsed = direction === 'request' ? parseHttpRequestValue(value) : parseHttpResponseValue(value);
  // A remove: value is a placeholder: the value-syntax rules skip it, and it may be empty (as aws-cdk-lib
  // writes it); body paths, context variables and the 512-character limit are still checked at synth.
  throwOnProblems(value, parsed.problems, [
    ...(removal && value.length === 0 ? [] : [{ ruleId: 'http-mapping-value-length', codes: ['http-value-length'] }]),
    { ruleId: 'http-mapping-body-jsonpath', codes: ['jsonpath-*'] },
    ...(removal ? [] : [{ ruleId: direction === 'request' ? 'http-mapping-request-value' : 'http-mapping-response-value', codes: VALUE_SYNTAX_CODES }]),
  ]);
  for (const source of parsed.ast?.sources ?? []) {
    if (source.kind !== 'context' || source.name === undefined) continue;
    if (!/^[A-Za-z0-9._]+$/.test(source.name)) {
      throw new SwitchyardError('http-mapping-context-variable', `context variable ${show(source.name)} in ${show(value)} may only use letters, digits, "." and "_"`);
    }
    if (!isContextVariable(source.name, 'http-parameter-mapping')) {
      throw new SwitchyardError('http-mapping-context-variable', `$context.${source.name} in ${show(value)} is not a context variable of HTTP APIs; expected one such as requestId, routeKey, identity.sourceIp or authorizer.claims.<claim>`);
    }
  }
}

/** A value for HTTP API parameter mapping. */
/** A request to render HTTP API mapping values against (`MappingValue.render`). */
export interface HttpMappingRequest {
  /**
   * The raw request body.
   *
   * @default - no body
   */
  readonly body?: string;

  /**
   * The request path, without the stage name (`$request.path`).
   *
   * @default '/'
   */
  readonly path?: string;

  /**
   * The route's path variables (`$request.path.<name>`).
   *
   * @default - none
   */
  readonly pathParameters?: { [name: string]: string };

  /**
   * Query string parameters, case-sensitive. A parameter given several times: its values joined with
   * commas, as API Gateway joins them.
   *
   * @default - none
   */
  readonly queryStringParameters?: { [name: string]: string };

  /**
   * Request headers; names are case-insensitive. A header given several times: its values joined with
   * commas, as API Gateway joins them.
   *
   * @default - none
   */
  readonly headers?: { [name: string]: string };

  /**
   * `$context` variables, with dotted names for nested ones: `{ requestId: 'abc', 'identity.sourceIp':
   * '203.0.113.1' }`.
   *
   * @default - none (each renders as empty text)
   */
  readonly context?: { [name: string]: string };

  /**
   * `$stageVariables`.
   *
   * @default - none
   */
  readonly stageVariables?: { [name: string]: string };
}

/** An HTTP API mapping value, as aws-cdk-lib's `IMappingValue`: its text. */
export interface IMappingValue {
  /** The value as API Gateway takes it. */
  readonly value: string;
}

/**
 * A value for HTTP API parameter mapping: a request or response variable, a context or stage variable,
 * static text, or several of them combined. Each factory checks its input at once and throws a
 * `SwitchyardError` carrying the id of the rule the value would break; unresolved tokens are not checked.
 *
 * Values that can go either way (context and stage variables, static text) are checked as request values;
 * `ParameterMapping` and `ResponseParameterMapping` check every value again for their side, so a
 * `$response` value placed in a request mapping is rejected there.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 */
export class MappingValue implements IMappingValue {
  /**
   * No value (empty text), as aws-cdk-lib has it. API Gateway takes no empty mapping value except for a
   * `remove:` key, so a mapping given it is rejected (`http-mapping-value-length`).
   */
  public static readonly NONE = new MappingValue('');

  /** A request header: `$request.header.<name>`. */
  public static requestHeader(name: string): MappingValue {
    return MappingValue.variable(`request.header.${name}`, 'request');
  }

  /** A query-string parameter of the request: `$request.querystring.<name>`. */
  public static requestQueryString(name: string): MappingValue {
    return MappingValue.variable(`request.querystring.${name}`, 'request');
  }

  /**
   * The request body, or a member of it: `$request.body.<JSONPath>`. The path may be written `$.a.b`,
   * `a.b` or `['a b']`; recursive descent (`..`) and filter expressions are not supported. A path that is
   * an unresolved token is written after a `.`, so it must resolve to a form such as `a.b`.
   *
   * @param jsonPath The member to read.
   * @default - the whole body
   */
  public static requestBody(jsonPath?: string): MappingValue {
    return MappingValue.variable(`request.body${bodyPathSuffix(jsonPath)}`, 'request');
  }

  /** The whole request path: `$request.path`. */
  public static requestPath(): MappingValue {
    return MappingValue.variable('request.path', 'request');
  }

  /** A path variable of the route (`{name}` or `{name+}`): `$request.path.<name>`. */
  public static requestPathParam(name: string): MappingValue {
    return MappingValue.variable(`request.path.${name}`, 'request');
  }

  /** A header of the integration's response: `$response.header.<name>`. */
  public static responseHeader(name: string): MappingValue {
    return MappingValue.variable(`response.header.${name}`, 'response');
  }

  /**
   * The integration's response body, or a member of it: `$response.body.<JSONPath>`.
   *
   * @param jsonPath The member to read, written as for `requestBody`.
   * @default - the whole body
   */
  public static responseBody(jsonPath?: string): MappingValue {
    return MappingValue.variable(`response.body${bodyPathSuffix(jsonPath)}`, 'response');
  }

  /**
   * A context variable HTTP APIs support, without `$context.` (for example `requestId`,
   * `identity.sourceIp`, `authorizer.claims.sub`).
   *
   * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging-variables.html
   */
  public static contextVariable(name: string): MappingValue {
    return MappingValue.variable(`context.${name}`, 'request');
  }

  /** A stage variable: `$stageVariables.<name>` (letters, digits and `_`). */
  public static stageVariable(name: string): MappingValue {
    return MappingValue.variable(`stageVariables.${name}`, 'request');
  }

  /**
   * Static text, sent as is. It may not contain `$`, `{` or `}`: API Gateway would read it as an
   * expression (JSON text is rejected for that reason).
   */
  public static staticValue(text: string): MappingValue {
    if (!isUnknownInput(text) && text.includes('$')) {
      throw new SwitchyardError('http-mapping-request-value', `static text ${show(text)} contains "$", which API Gateway reads as the start of a variable; build variables with the other MappingValue factories`);
    }
    return MappingValue.checked(text, 'request');
  }

  /**
   * Several values written one after the other, each variable as `${...}` (for example
   * `${request.path.id}-${context.requestId}`).
   */
  public static combine(...parts: MappingValue[]): MappingValue {
    const value = parts.map(p => {
      if (isUnknownInput(p.value)) return p.value;
      const { template } = parseSelectionTemplate(p.value);
      return template.parts.map(t => t.kind === 'text' ? p.value.slice(t.offset, t.end) : `\${${t.name}}`).join('');
    }).join('');
    return MappingValue.checked(value, directionOf(value));
  }

  /** A value written out, such as `$request.header.x-id` or `${request.path.a}/${request.path.b}`; checked like the others. */
  public static custom(value: string): MappingValue {
    return MappingValue.checked(value, directionOf(value));
  }

  private static variable(name: string, direction: 'request' | 'response'): MappingValue {
    // A brace in the name would end `${...}` early and leave the rest as static text: not the one variable asked for.
    if (!isUnknownInput(name) && /[{}]/.test(name)) {
      const message = `the variable name ${show(name)} holds a brace, which would end \${...} early; a variable name has none`;
      throw direction === 'request'
        ? new SwitchyardError('http-mapping-request-value', message)
        : new SwitchyardError('http-mapping-response-value', message);
    }
    return MappingValue.checked(isUnknownInput(name) ? `$${name}` : formatVariable(name), direction);
  }

  private static checked(value: string, direction: 'request' | 'response'): MappingValue {
    checkHttpMappingValue(value, direction);
    return new MappingValue(value);
  }

  /** The value as API Gateway takes it. */
  public readonly value: string;

  /**
   * A value written out, as `custom` takes it, checked the same way (the empty text of `NONE` is left to
   * the mapping that uses it).
   */
  constructor(value: string) {
    if (value !== '') checkHttpMappingValue(value, directionOf(value));
    this.value = value;
  }

  /**
   * The text API Gateway gives this value for a request, as it fills in an integration's parameters
   * (a header it adds, an AWS service action's `MessageBody`...). Never throws.
   *
   * A CDK token in the value (`queue.queueUrl`) is an opaque value: it renders as its own unresolved
   * string form, to resolve with `stack.resolve`.
   *
   * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
   */
  public render(request: HttpMappingRequest = {}): string {
    return renderHttpMappingValue(this.value, request);
  }
}

/** A written-out value that reads the response is checked as a response value; anything else as a request value. */
function directionOf(value: string): 'request' | 'response' {
  return /\$\{?\s*response\./.test(value) ? 'response' : 'request';
}

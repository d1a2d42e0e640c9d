import { analyzeTemplate, TEMPLATE_RULE_SEVERITY } from './analyze';
import { renderParsed } from './evaluate';
import { parseTemplate, ParsedTemplate } from './parse';
import { RenderRequestInput } from './request';
import { MappingTemplateSyntaxError } from './syntax-error';
import { aboutTokenName, hasTokens, keepCertain, MaskedTemplate, PLACEHOLDER_SHAPES } from './template-tokens';
import { readFileForLibrary } from '../private/regular-file';
import { Finding } from '../rules/rule';

/** Which way a mapping template runs. */
export enum MappingTemplateDirection {
  /** An integration request template (`RequestTemplates`). */
  REQUEST = 'REQUEST',
  /** An integration response template (`ResponseTemplates`). */
  RESPONSE = 'RESPONSE',
}

/** The request a template is rendered against. */
export interface MappingTemplateRequest {
  /**
   * The raw request (or integration response) payload.
   * @default - an empty body, which API Gateway presents as `{}`
   */
  readonly body?: string;
  /**
   * Path parameters (`$input.params().path`).
   * @default - none
   */
  readonly pathParameters?: Record<string, string>;
  /**
   * Query string parameters (`$input.params().querystring`).
   * @default - none
   */
  readonly queryStringParameters?: Record<string, string>;
  /**
   * Headers (`$input.params().header`).
   * @default - none
   */
  readonly headers?: Record<string, string>;
  /**
   * `$context` variables, with dotted names for nested ones: `{ 'identity.sourceIp': '203.0.113.1',
   * 'authorizer.claims.sub': 'abc' }`.
   * @default - no context variables (each renders as empty text)
   */
  readonly context?: Record<string, string>;
  /**
   * `$stageVariables`.
   * @default - none
   */
  readonly stageVariables?: Record<string, string>;
  /**
   * The result of the request template of the same call: its request and response overrides carry into
   * this render, as API Gateway carries them into the response template.
   * @default - no overrides carried in
   */
  readonly previous?: MappingTemplateResult;
}

/** What rendering a template gives. */
export interface MappingTemplateResult {
  /** The rendered body. */
  readonly output: string;
  /** `$context.requestOverride.header.*` set by the template. */
  readonly requestOverrideHeaders: Record<string, string>;
  /** `$context.requestOverride.querystring.*` set by the template. */
  readonly requestOverrideQueryString: Record<string, string>;
  /** `$context.requestOverride.path.*` set by the template. */
  readonly requestOverridePath: Record<string, string>;
  /** `$context.responseOverride.header.*` set by the template (or carried in). */
  readonly responseOverrideHeaders: Record<string, string>;
  /**
   * `$context.responseOverride.status`, when set to an integer from 100 to 599.
   * @default - no status override
   */
  readonly responseOverrideStatus?: number;
  /** Why API Gateway would fail the request (a malformed JSON body, an override set twice...); empty on success. */
  readonly errors: string[];
}

/** Options for `MappingTemplate.check`. */
export interface MappingTemplateCheckOptions {
  /**
   * Which way the template runs; with it, request overrides in a response template are reported.
   * @default - unknown: the direction checks are skipped
   */
  readonly direction?: MappingTemplateDirection;
  /**
   * Check `$context` names against the WebSocket reference instead of the REST one.
   * @default false - a name of either reference is accepted
   */
  readonly webSocket?: boolean;
}


/** Sets a key as data: `__proto__` or `constructor` is a context key like any other, never the object's prototype. */
function setOwn(node: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function toContext(flat: Record<string, string> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(flat ?? {})) {
    const parts = name.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) {
      const next = Object.prototype.hasOwnProperty.call(node, p) ? node[p] : undefined;
      if (next === null || typeof next !== 'object') setOwn(node, p, {});
      node = node[p] as Record<string, unknown>;
    }
    setOwn(node, parts[parts.length - 1], value);
  }
  return out;
}

/**
 * A mapping template (VTL), checked when created and rendered locally the way API Gateway renders it.
 *
 * @example
 * import { MappingTemplate } from 'cdk-switchyard';
 *
 * const t = MappingTemplate.fromString('{"id": "$input.params(\'id\')"}');
 * console.log(t.render({ pathParameters: { id: 'abc' } }).output); // {"id": "abc"}
 */
export class MappingTemplate {
  /**
   * A template from its text. The text may hold CDK tokens (`${table.tableName}` in a template literal):
   * each is read as opaque literal text where it stands, and CloudFormation fills it in at deploy time.
   * @throws an error whose message starts with `[template-syntax]` and gives the line and column, when the text does not parse
   */
  public static fromString(text: string): MappingTemplate {
    return new MappingTemplate(text);
  }

  /**
   * A template read from a UTF-8 file.
   * @throws an error whose message starts with `[file-not-readable]` when the path is not a regular file that can be read
   */
  public static fromFile(path: string): MappingTemplate {
    return new MappingTemplate(readFileForLibrary(path, 'the mapping template'));
  }

  /** The template text, CDK tokens included. */
  public readonly text: string;
  private readonly parsed: ParsedTemplate;
  /**
   * When the text holds CDK tokens: the text with its tokens masked, one per placeholder shape that parses
   * (`template-tokens.ts`); the first one is the one rendered. Empty when the text holds no token.
   */
  private readonly masks: MaskedTemplate[];

  private constructor(text: string) {
    this.text = text;
    if (!hasTokens(text)) {
      const result = parseTemplate(text);
      if (!result.ok) {
        const p = result.problems[0];
        throw new MappingTemplateSyntaxError(p.message, p.line, p.column);
      }
      this.parsed = result.template;
      this.masks = [];
      return;
    }
    const attempts = PLACEHOLDER_SHAPES.map(shape => {
      const mask = new MaskedTemplate(text, shape);
      return { mask, result: parseTemplate(mask.text) };
    });
    const parsed = attempts.filter(a => a.result.ok);
    if (parsed.length === 0) {
      // No placeholder parses where the tokens stand: report the problem every shape shares (the template's
      // own), or else the first shape's problem.
      const problems = attempts.map(({ mask, result }) => (result.ok ? [] : result.problems).map(p => ({
        rule: 'template-syntax', message: mask.unmask(p.message), ...mask.toOriginal(p.line, p.column),
      })));
      // Parser messages name the text they stumble on, which differs by shape: the place alone decides.
      const p = keepCertain(problems, f => `${f.line}:${f.column}`)[0] ?? problems[0][0];
      throw new MappingTemplateSyntaxError(p.message, p.line, p.column);
    }
    this.parsed = (parsed[0].result as { template: ParsedTemplate }).template;
    this.masks = parsed.map(a => a.mask);
  }

  /**
   * Renders the template against a request, as API Gateway would. Never throws: failures are in `errors`.
   *
   * A CDK token in the text (`${table.tableName}`) is an opaque value: it renders as its own unresolved
   * string form (`${Token[TOKEN.123]}`, the text `Token.asString` gives), so the output can be compared with a
   * template literal holding the same token, or resolved with `stack.resolve`. A token the template
   * transforms (`$util.base64Encode("${token}")`, `.length()`) is transformed as an opaque placeholder.
   */
  public render(request: MappingTemplateRequest = {}): MappingTemplateResult {
    const previous = request.previous;
    const context: Record<string, unknown> = toContext(request.context);
    if (previous) {
      context.requestOverride = {
        header: previous.requestOverrideHeaders,
        querystring: previous.requestOverrideQueryString,
        path: previous.requestOverridePath,
      };
      context.responseOverride = {
        header: previous.responseOverrideHeaders,
        ...(previous.responseOverrideStatus !== undefined ? { status: previous.responseOverrideStatus } : {}),
      };
    }
    const input: RenderRequestInput = {
      body: request.body,
      params: { path: request.pathParameters, querystring: request.queryStringParameters, header: request.headers },
      context,
      stageVariables: request.stageVariables,
    };
    const r = renderParsed(this.parsed, input);
    const mask = this.masks[0];
    const unmask = (s: string) => (mask ? mask.unmask(s) : s);
    const unmaskMap = (m: Record<string, string>) => (mask
      ? Object.fromEntries(Object.entries(m).map(([k, v]) => [unmask(k), unmask(v)])) : m);
    return {
      output: unmask(r.output),
      requestOverrideHeaders: unmaskMap(r.requestOverride.header),
      requestOverrideQueryString: unmaskMap(r.requestOverride.querystring),
      requestOverridePath: unmaskMap(r.requestOverride.path),
      responseOverrideHeaders: unmaskMap(r.responseOverride.header),
      ...(r.responseOverride.status !== undefined ? { responseOverrideStatus: r.responseOverride.status } : {}),
      errors: r.errors.map(unmask),
    };
  }

  /**
   * The static checks of the template rules (`template-*`), with line and column. A CDK token in the text is
   * opaque literal text: no finding is about a token, and a token hides no finding the rest of the text yields.
   */
  public check(options: MappingTemplateCheckOptions = {}): Finding[] {
    const direction = options.direction === MappingTemplateDirection.REQUEST ? 'request'
      : options.direction === MappingTemplateDirection.RESPONSE ? 'response' : undefined;
    const analyze = (text: string) => analyzeTemplate(text, { direction, contextUse: options.webSocket ? 'websocket-mapping' : undefined });
    const issues = this.masks.length === 0 ? analyze(this.text) : keepCertain(this.masks.map(mask => analyze(mask.text)
      .map(i => ({ ...i, message: mask.unmask(i.message), ...mask.toOriginal(i.line, i.column) }))))
      .filter(i => !aboutTokenName(i.message));
    return issues.map(i => ({ rule: i.rule, severity: TEMPLATE_RULE_SEVERITY[i.rule], message: i.message, resource: '', type: '', path: '', line: i.line, column: i.column }));
  }
}


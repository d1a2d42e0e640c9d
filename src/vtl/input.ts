/**
 * `$input`: the raw body, JSONPath over the payload (one shared, mutable document), and the request
 * parameters. Behaviour: spec/vtl-behavior.md §2.3 to §2.6.
 */
import { EvaluationError } from './errors';
import { JsonSyntaxError, parseJson } from './json';
import { compileJsonPath, CompiledPath, evaluateJsonPath, isMissing, JsonPathSyntaxError } from './jsonpath';
import { RenderRequestInput } from './request';
import { Builtin, JavaMap, toJson, Value } from './values';

/**
 * What `$input.json(x)` gives for a definite path that selects nothing: the two quote characters `""`
 * (LocalStack, "checked with the AWS console"; medium confidence: other emulators give `null`).
 */
export const MISSING_JSON_PATH_OUTPUT = '""';

/** The body API Gateway uses when the request has none (recorded: an empty body is `{}`). */
export const EMPTY_BODY = '{}';

/**
 * API Gateway's payload limit (REST: 10 MB, in bytes as sent, that is UTF-8). A larger request never
 * reaches the template: API Gateway answers 413.
 */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

const pathCache = new Map<string, CompiledPath>();

function compile(path: string): CompiledPath {
  let c = pathCache.get(path);
  if (!c) {
    try {
      c = compileJsonPath(path);
    } catch (e) {
      if (e instanceof JsonPathSyntaxError) throw new EvaluationError(`invalid JSONPath '${path}': ${e.message}`);
      throw e;
    }
    if (pathCache.size > 1000) pathCache.clear();
    pathCache.set(path, c);
  }
  return c;
}

function stringMap(record: Readonly<Record<string, string>> | undefined): JavaMap {
  const m = new JavaMap();
  for (const [k, v] of Object.entries(record ?? {})) m.entries.set(k, v === null || v === undefined ? null : String(v));
  return m;
}

export class InputVariable {
  readonly builtin = new Builtin('input');
  private readonly body: string;
  private document: Value | undefined;
  private readonly path: JavaMap;
  private readonly querystring: JavaMap;
  private readonly header: JavaMap;
  private all: JavaMap | undefined;

  constructor(request: RenderRequestInput) {
    this.body = request.body === null || request.body === undefined || request.body === '' ? EMPTY_BODY : request.body;
    // A UTF-8 byte is at least a character, and at most three bytes encode one UTF-16 unit.
    if (this.body.length > MAX_PAYLOAD_BYTES || (this.body.length * 3 > MAX_PAYLOAD_BYTES && Buffer.byteLength(this.body, 'utf8') > MAX_PAYLOAD_BYTES)) {
      throw new EvaluationError(`the payload is larger than API Gateway's limit of ${MAX_PAYLOAD_BYTES} bytes (10 MB): API Gateway answers 413 Request Entity Too Large`, undefined, 413);
    }
    this.path = stringMap(request.params?.path);
    this.querystring = stringMap(request.params?.querystring);
    this.header = stringMap(request.params?.header);
  }

  /**
   * The payload as values, parsed on first use. A body starting with `{` or `[` must be JSON or the request
   * fails with 400, as json-smart fails on AWS; any other body is a JSON scalar when it is one, else a
   * plain string.
   */
  private doc(): Value {
    if (this.document !== undefined) return this.document;
    const trimmed = this.body.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        this.document = parseJson(this.body);
      } catch (e) {
        if (e instanceof JsonSyntaxError) {
          throw new EvaluationError(`Could not process payloadnet.minidev.json.parser.ParseException: ${e.detail} at position ${e.position}.`, undefined, 400);
        }
        throw e;
      }
    } else {
      try {
        this.document = trimmed.length ? parseJson(trimmed) : this.body;
      } catch {
        this.document = this.body;
      }
    }
    return this.document;
  }

  property(name: string): Value {
    return name === 'body' ? this.body : null;
  }

  call(name: string, args: Value[]): Value {
    const [a] = args;
    switch (`${name}/${args.length}`) {
      case 'getBody/0': return this.body;
      case 'json/1': {
        if (typeof a !== 'string') return null;
        const p = compile(a);
        const doc = this.doc();
        const found = evaluateJsonPath(p, doc);
        if (p.definite && found === null && isMissing(p, doc)) return MISSING_JSON_PATH_OUTPUT;
        return toJson(found);
      }
      case 'path/1': {
        if (typeof a !== 'string') return null;
        return evaluateJsonPath(compile(a), this.doc());
      }
      case 'params/0':
        if (!this.all) this.all = JavaMap.of([['path', this.path], ['querystring', this.querystring], ['header', this.header]]);
        return this.all;
      case 'params/1': {
        if (typeof a !== 'string') return null;
        for (const m of [this.path, this.querystring, this.header]) {
          if (m.entries.has(a)) return m.get(a) ?? '';
        }
        // Header names are case-insensitive in HTTP; how API Gateway matches them here is undocumented.
        const lower = a.toLowerCase();
        for (const [k, v] of this.header.entries) if (k.toLowerCase() === lower) return v ?? '';
        return '';
      }
      default: return null;
    }
  }
}

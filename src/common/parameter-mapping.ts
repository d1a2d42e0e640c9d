import { IResolvable, Lazy, Tokenization } from 'aws-cdk-lib';
import { SwitchyardError } from './errors';
import { checkHttpMappingValue, MappingValue, throwOnProblems } from './mapping-value';
import {
  parseHttpRequestKey, parseHttpResponseKey, parseResponseStatusKey,
} from '../expressions/http-parameter-mapping';
import { show } from '../expressions/problem';
import { reservedHeaderEntry } from '../expressions/reserved-headers';
import { isUnknownInput, isUnresolvedKey } from '../private/unknown-input';

/**
 * The value written for `remove:` mappings: the API needs a value of 1 to 512 characters and stores this
 * placeholder (seed 004, "remove:header.header1": "''").
 */
const REMOVE_PLACEHOLDER = '\'\'';

type Direction = 'request' | 'response';

/**
 * A key that names a request parameter of an AWS service integration (`QueueUrl`, `MessageBody`), as
 * aws-cdk-lib's SQS, EventBridge and Step Functions integrations take them in a `ParameterMapping`. Such a
 * key is checked by the integration that takes the mapping: against its subtype's parameters, or as a
 * request key when the integration has no subtype (`checkRequestKeys`).
 */
const SUBTYPE_PARAMETER = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Checks the keys `custom` left to the integration (subtype parameter names) as request keys: for an
 * integration without a subtype, where only `append:`, `overwrite:` and `remove:` keys are valid.
 */
export function checkRequestKeys(mapping: ParameterMapping): void {
  for (const key of Object.keys(mapping.mappings)) {
    if (isUnresolvedKey(key) || !SUBTYPE_PARAMETER.test(key)) continue;
    throwOnProblems(key, parseHttpRequestKey(key).problems, [{ ruleId: 'http-mapping-request-key' }]);
  }
}

/** Checks one mapping (key and value) as the synth rules will; a `remove:` value is a placeholder, checked as one. */
function checkEntry(key: string, value: string, direction: Direction): void {
  // A subtype parameter name and its value are checked by the integration that takes the mapping.
  if (direction === 'request' && SUBTYPE_PARAMETER.test(key)) return;
  if (!isUnresolvedKey(key)) {
    const parsed = direction === 'request' ? parseHttpRequestKey(key) : parseHttpResponseKey(key);
    throwOnProblems(key, parsed.problems, [{ ruleId: direction === 'request' ? 'http-mapping-request-key' : 'http-mapping-response-key' }]);
    const name = parsed.ast?.location === 'header' ? parsed.ast.name : undefined;
    const entry = name === undefined ? undefined : reservedHeaderEntry(name);
    if (name !== undefined && entry) {
      throw new SwitchyardError('http-mapping-reserved-header', `header ${show(name)} in ${show(key)} is reserved (${entry}); API Gateway does not let parameter mapping change it`);
    }
  }
  // A static status code outside 100-599 is only a warning (http-mapping-status-code-value reports it at synth).
  checkHttpMappingValue(value, direction, key.startsWith('remove:'));
}

/** Merges mapping sets; a key set twice is an error, since the map can hold only one of the values. */
function merge(sets: readonly { readonly [key: string]: string }[], ruleId: string): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const set of sets) {
    for (const [key, value] of Object.entries(set)) {
      if (key in out) {
        throw new SwitchyardError(ruleId, `${show(key)} is mapped twice (${show(out[key])} and ${show(value)}); a parameter mapping takes one value per key`);
      }
      out[key] = value;
    }
  }
  return out;
}

/**
 * HTTP API request parameter mapping: changes the headers, query string and path of a request before
 * API Gateway sends it to the integration. Build it as with aws-cdk-lib, `new ParameterMapping()` and a chain
 * of `appendHeader(...)`, `overwritePath(...)` and the like; each call checks its mapping at once (the key,
 * reserved headers, and the value as a request value) and throws a `SwitchyardError` carrying the id of the
 * rule the mapping breaks; unresolved tokens are not checked. A key set twice in one chain keeps the last
 * value, as in aws-cdk-lib; `combine` rejects a key that two mappings both set.
 *
 * For AWS service integrations (an integration subtype), use `HttpIntegrationSubtype.renderParameters`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 */
export class ParameterMapping {
  /**
   * Mappings written as an object, key to value, such as `{ 'append:header.x-id': MappingValue.contextVariable('requestId') }`;
   * each is checked as `custom` checks it.
   */
  public static fromObject(obj: { [key: string]: MappingValue }): ParameterMapping {
    const mapping = new ParameterMapping();
    for (const [key, value] of Object.entries(obj)) mapping.custom(key, value.value);
    return mapping;
  }

  /** Several mappings together; a key may appear only once. */
  public static combine(...mappings: ParameterMapping[]): ParameterMapping {
    const out = new ParameterMapping();
    Object.assign(out.mappings, merge(mappings.map(m => m.mappings), 'http-mapping-request-key'));
    return out;
  }

  /** The mappings as `Integration.RequestParameters` takes them: key to value. */
  public readonly mappings: { [key: string]: string } = {};

  /** An empty mapping; add to it with the methods, which return it for chaining. */
  constructor() {}

  /** Adds `value` to the request header `name` (`append:header.<name>`). */
  public appendHeader(name: string, value: MappingValue): ParameterMapping {
    return this.custom(`append:header.${name}`, value.value);
  }

  /** Replaces the request header `name` with `value`, or sets it (`overwrite:header.<name>`). */
  public overwriteHeader(name: string, value: MappingValue): ParameterMapping {
    return this.custom(`overwrite:header.${name}`, value.value);
  }

  /** Removes the request header `name` (`remove:header.<name>`). */
  public removeHeader(name: string): ParameterMapping {
    return this.custom(`remove:header.${name}`, REMOVE_PLACEHOLDER);
  }

  /** Adds `value` to the query-string parameter `name` (`append:querystring.<name>`). */
  public appendQueryString(name: string, value: MappingValue): ParameterMapping {
    return this.custom(`append:querystring.${name}`, value.value);
  }

  /** Replaces the query-string parameter `name` with `value`, or sets it (`overwrite:querystring.<name>`). */
  public overwriteQueryString(name: string, value: MappingValue): ParameterMapping {
    return this.custom(`overwrite:querystring.${name}`, value.value);
  }

  /** Removes the query-string parameter `name` (`remove:querystring.<name>`). */
  public removeQueryString(name: string): ParameterMapping {
    return this.custom(`remove:querystring.${name}`, REMOVE_PLACEHOLDER);
  }

  /** Replaces the whole request path sent to the integration (`overwrite:path`). */
  public overwritePath(value: MappingValue): ParameterMapping {
    return this.custom('overwrite:path', value.value);
  }

  /**
   * A mapping written out, such as `append:header.x-id` to `$context.requestId`; checked like the others.
   * A key that is a parameter name (`QueueUrl`), for an AWS service integration, is checked by the
   * integration that takes the mapping.
   */
  public custom(key: string, value: string): ParameterMapping {
    checkEntry(key, value, 'request');
    this.mappings[key] = value;
    return this;
  }
}

/**
 * The response mappings of one status code: changes the headers and the status code of the integration's
 * response before API Gateway returns it. Each factory makes one mapping and checks it at once (the key,
 * reserved headers, and the value as a response value). Give them to `HttpResponseParameters.forStatusCode`.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html
 */
export class ResponseParameterMapping {
  /** Adds `value` to the response header `name` (`append:header.<name>`). */
  public static appendHeader(name: string, value: MappingValue): ResponseParameterMapping {
    return ResponseParameterMapping.custom(`append:header.${name}`, value.value);
  }

  /** Replaces the response header `name` with `value`, or sets it (`overwrite:header.<name>`). */
  public static overwriteHeader(name: string, value: MappingValue): ResponseParameterMapping {
    return ResponseParameterMapping.custom(`overwrite:header.${name}`, value.value);
  }

  /** Removes the response header `name` (`remove:header.<name>`). */
  public static removeHeader(name: string): ResponseParameterMapping {
    return ResponseParameterMapping.custom(`remove:header.${name}`, REMOVE_PLACEHOLDER);
  }

  /** Returns `statusCode` (100 to 599) to the client instead of the integration's status (`overwrite:statuscode`). */
  public static overwriteStatusCode(statusCode: number): ResponseParameterMapping {
    return ResponseParameterMapping.custom('overwrite:statuscode', Tokenization.stringifyNumber(statusCode));
  }

  /** A mapping written out, such as `overwrite:statuscode` to `$response.header.x-status`; checked like the others. */
  public static custom(key: string, value: string): ResponseParameterMapping {
    checkEntry(key, value, 'response');
    return new ResponseParameterMapping({ [key]: value });
  }

  /** The mappings of this status code: key to value. */
  public readonly mappings: { [key: string]: string };

  private constructor(mappings: { [key: string]: string }) {
    this.mappings = mappings;
  }
}

/**
 * HTTP API response parameter mapping, grouped by the status code of the integration's response (200 to
 * 599). It renders the CloudFormation shape of `Integration.ResponseParameters`,
 * `{"<status>": {"ResponseParameters": [{"Destination": "<key>", "Source": "<value>"}]}}`, which differs from
 * the API's flat `{"<status>": {"<key>": "<value>"}}` (aws/aws-cdk#20993).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-integration-responseparameterlist.html
 */
export class HttpResponseParameters {
  /** The mappings applied when the integration responds with `statusCode` (200 to 599). */
  public static forStatusCode(statusCode: number, ...mappings: ResponseParameterMapping[]): HttpResponseParameters {
    const status = Tokenization.stringifyNumber(statusCode);
    if (!isUnknownInput(statusCode)) throwOnProblems(status, parseResponseStatusKey(status).problems, [{ ruleId: 'http-mapping-status-code' }]);
    return new HttpResponseParameters({ [status]: merge(mappings.map(m => m.mappings), 'http-mapping-response-key') });
  }

  /** Several status codes together; mappings of the same status code are merged, a key may appear once per status code. */
  public static combine(...parameters: HttpResponseParameters[]): HttpResponseParameters {
    const groups: { [status: string]: { [key: string]: string }[] } = {};
    for (const p of parameters) {
      for (const [status, mappings] of Object.entries(p.groups)) (groups[status] ??= []).push(mappings);
    }
    return new HttpResponseParameters(Object.fromEntries(Object.entries(groups).map(([status, sets]) => [status, merge(sets, 'http-mapping-response-key')])));
  }

  /** The status codes that have mappings, as strings (`"404"`), in ascending order. */
  public readonly statusCodes: string[];

  private readonly groups: { readonly [status: string]: { readonly [key: string]: string } };

  private constructor(groups: { readonly [status: string]: { readonly [key: string]: string } }) {
    this.groups = groups;
    this.statusCodes = Object.keys(groups);
  }

  /** The mappings of one status code, given as in `statusCodes` (`"404"`), key to value; empty when it has none. */
  public mappingsFor(statusCode: string): { [key: string]: string } {
    return { ...(this.groups[statusCode] ?? {}) };
  }

  /** The value of `CfnIntegration.responseParameters`, in the CloudFormation shape. */
  public toCloudFormation(): IResolvable {
    const shape = Object.fromEntries(Object.entries(this.groups).map(([status, mappings]) => [status, {
      ResponseParameters: Object.entries(mappings).map(([Destination, Source]) => ({ Destination, Source })),
    }]));
    return Lazy.any({ produce: () => shape });
  }
}

/**
 * The values of a mapping keyed by AWS service parameter name, as aws-cdk-lib's `new ParameterMapping().custom('QueueUrl', url)`
 * gives an AWS service integration its parameters. (Internal: not exported by the package.)
 */
export function parameterValuesOf(mapping: ParameterMapping | undefined): { [name: string]: MappingValue } {
  return Object.fromEntries(Object.entries(mapping?.mappings ?? {}).map(([name, value]) => [name, new MappingValue(value)]));
}

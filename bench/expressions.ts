/**
 * Parse throughput of the expression grammars (src/expressions) on a realistic set of expressions: the
 * examples of seeds 000, 003 and 004 and the forms the builders emit, plus a few broken ones (a rule meets
 * both). Prints the mean time per expression for each grammar, and for the builders that check with them.
 * Target (issue 3): under 50 µs per expression. A measure, never a test.
 *
 *   npx ts-node --transpile-only bench/expressions.ts [--ms 300]
 */
import { MappingValue } from '../src/common/mapping-value';
import { ParameterMapping } from '../src/common/parameter-mapping';
import { HttpRouteKey, HttpMethod } from '../src/common/route-key';
import { WebSocketMappingValue } from '../src/common/websocket-mapping';
import { isContextVariable } from '../src/expressions/context-variables';
import { parseHttpRequestKey, parseHttpRequestValue, parseHttpResponseKey, parseHttpResponseValue } from '../src/expressions/http-parameter-mapping';
import { parseHttpIdentitySource, parseWebSocketIdentitySource } from '../src/expressions/identity-source';
import { parseJsonPath } from '../src/expressions/jsonpath';
import { parseHttpRouteKey, parseWebSocketRouteKey } from '../src/expressions/route-key';
import { parseIntegrationResponseKey, parseSelectionExpression } from '../src/expressions/selection-expressions';
import { parseWebSocketRequestKey, parseWebSocketRequestValue } from '../src/expressions/websocket-mapping';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const BUDGET_MS = option('ms', 300);

const HTTP_REQUEST_KEYS = [
  'append:header.header1', 'append:header.header2', 'remove:header.header1', 'overwrite:querystring.q', 'remove:querystring.debug',
  'overwrite:path', 'append:header.x-request-id', 'overwrite:header.x-user', 'badaction:header.x', 'append:path',
];
const HTTP_REQUEST_VALUES = [
  '$context.requestId', '$request.header.header1', '\'\'', '$request.path', '$request.path.petId', '$request.body.items[0].id',
  '${request.path.id}-${context.requestId}', '$stageVariables.environmentId', 'application/json', '$context.authorizer.claims.sub',
  '${request.body[\'odd key\']}', '$request.body..name', '$request.path.a $request.path.b', '{"a":1}', '$context.identity.sourceIp',
];
const HTTP_RESPONSE_KEYS = ['append:header.header1', 'overwrite:statuscode', 'remove:header.x-powered-by', 'append:querystring.q'];
const HTTP_RESPONSE_VALUES = ['$context.requestId', '403', '$response.header.x-upstream', '$response.body.error.message', '$stageVariables.env', '$request.header.x'];
const WS_KEYS = ['integration.request.header.connectionId', 'integration.request.querystring.token', 'integration.request.path.id', 'append:header.x', 'integration.request.header.a b'];
const WS_VALUES = [
  'context.connectionId', 'route.request.querystring.authToken', 'route.request.body.action', 'route.request.header.Auth',
  '\'application/json\'', 'stageVariables.table', 'route.request.multivaluequerystring.ids', '$request.header.x', 'application/json',
];
const SELECTIONS: [string, 'websocket-route' | 'integration-template' | 'integration-response-template'][] = [
  ['$request.body.action', 'websocket-route'], ['${request.body.service}/${request.body.action}', 'websocket-route'],
  ['\\$default', 'integration-template'], ['${request.body.type}', 'integration-template'],
  ['${integration.response.statuscode}', 'integration-response-template'], ['${integration.response.header.Content-Type}', 'integration-response-template'],
  ['$request.header.x', 'websocket-route'],
];
const HTTP_ROUTE_KEYS = ['$default', 'GET /pets', 'GET /pets/{petId}', 'ANY /{proxy+}', 'POST /users/{id}/posts/{postId}', 'GET /pets/', 'TRACE /x', 'GET /{a+}/b'];
const WS_ROUTE_KEYS = ['$connect', '$disconnect', '$default', 'sendMessage', '$custom'];
const IR_KEYS = ['$default', '/4\\d{2}/', '/5\\d{2}/', '/(500|502)/', '/.*Error.*/', '/(4\\d{2}/'];
const HTTP_IDENTITY = ['$request.header.Authorization', '$request.querystring.token', '$context.identity.sourceIp', '$stageVariables.key', 'header.Authorization'];
const WS_IDENTITY = ['route.request.header.Auth', 'route.request.querystring.token', 'context.requestId', '$request.header.x'];
const JSON_PATHS = ['$.items[0].id', '$.a.b.c', '$[\'odd key\'][1:3]', '$..name', '$.items[?(@.price < 10)]', '$.a[*].b', '$[0,1]'];
const CONTEXT = ['requestId', 'authorizer.claims.sub', 'identity.sourceIp', 'connectionId', 'nope'];

interface Case { readonly name: string; readonly count: number; readonly run: () => void }

function over<T>(items: readonly T[], f: (item: T) => unknown): () => void {
  return () => {
    for (const item of items) f(item);
  };
}

function builder(f: () => unknown): () => void {
  return () => {
    try {
      f();
    } catch {
      // builders throw on the broken expressions, as they should; the throw is part of the cost
    }
  };
}

const CASES: Case[] = [
  { name: 'http request key', count: HTTP_REQUEST_KEYS.length, run: over(HTTP_REQUEST_KEYS, parseHttpRequestKey) },
  { name: 'http request value', count: HTTP_REQUEST_VALUES.length, run: over(HTTP_REQUEST_VALUES, parseHttpRequestValue) },
  { name: 'http response key', count: HTTP_RESPONSE_KEYS.length, run: over(HTTP_RESPONSE_KEYS, parseHttpResponseKey) },
  { name: 'http response value', count: HTTP_RESPONSE_VALUES.length, run: over(HTTP_RESPONSE_VALUES, parseHttpResponseValue) },
  { name: 'websocket mapping key', count: WS_KEYS.length, run: over(WS_KEYS, parseWebSocketRequestKey) },
  { name: 'websocket mapping value', count: WS_VALUES.length, run: over(WS_VALUES, parseWebSocketRequestValue) },
  { name: 'selection expression', count: SELECTIONS.length, run: over(SELECTIONS, ([e, k]) => parseSelectionExpression(e, k)) },
  { name: 'http route key', count: HTTP_ROUTE_KEYS.length, run: over(HTTP_ROUTE_KEYS, parseHttpRouteKey) },
  { name: 'websocket route key', count: WS_ROUTE_KEYS.length, run: over(WS_ROUTE_KEYS, parseWebSocketRouteKey) },
  { name: 'integration response key (Java regex)', count: IR_KEYS.length, run: over(IR_KEYS, parseIntegrationResponseKey) },
  { name: 'http identity source', count: HTTP_IDENTITY.length, run: over(HTTP_IDENTITY, parseHttpIdentitySource) },
  { name: 'websocket identity source', count: WS_IDENTITY.length, run: over(WS_IDENTITY, parseWebSocketIdentitySource) },
  { name: 'jsonpath', count: JSON_PATHS.length, run: over(JSON_PATHS, p => parseJsonPath(p, { rooted: true })) },
  { name: 'context variable lookup', count: CONTEXT.length, run: over(CONTEXT, c => isContextVariable(c, 'http-parameter-mapping')) },
  {
    name: 'builders: ParameterMapping + MappingValue',
    count: 4,
    run: () => {
      builder(() => new ParameterMapping().appendHeader('x-request-id', MappingValue.contextVariable('requestId')))();
      builder(() => new ParameterMapping().overwritePath(MappingValue.combine(MappingValue.staticValue('/v2/'), MappingValue.requestPathParam('proxy'))))();
      builder(() => new ParameterMapping().appendHeader('Authorization', MappingValue.requestHeader('x')))();
      builder(() => MappingValue.requestBody('..name'))();
    },
  },
  {
    name: 'builders: HttpRouteKey + WebSocketMappingValue',
    count: 3,
    run: () => {
      builder(() => HttpRouteKey.with('/pets/{petId}', HttpMethod.GET))();
      builder(() => HttpRouteKey.with('/pets/'))();
      builder(() => WebSocketMappingValue.requestQueryString('authToken'))();
    },
  },
];

function measure(c: Case): { perExpressionUs: number; expressions: number } {
  // Warm up so the JIT has compiled the grammar before timing.
  const warmEnd = process.hrtime.bigint() + BigInt(50e6);
  while (process.hrtime.bigint() < warmEnd) c.run();
  let rounds = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(BUDGET_MS * 1e6);
  let now = start;
  while (now < end) {
    for (let i = 0; i < 50; i++) c.run();
    rounds += 50;
    now = process.hrtime.bigint();
  }
  const expressions = rounds * c.count;
  return { perExpressionUs: Number(now - start) / 1e3 / expressions, expressions };
}

let worst = 0;
console.log(`expression grammars, ${BUDGET_MS} ms per row (node ${process.version})`);
for (const c of CASES) {
  const r = measure(c);
  worst = Math.max(worst, r.perExpressionUs);
  console.log(`${c.name.padEnd(48)} ${r.perExpressionUs.toFixed(2).padStart(8)} µs/expression  (${r.expressions} parsed)`);
}
console.log(`slowest: ${worst.toFixed(2)} µs/expression; target: under 50 µs`);

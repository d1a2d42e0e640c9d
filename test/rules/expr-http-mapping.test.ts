import { httpRequest, httpResponse, integration, route } from './expr-fixtures';
import { expectRule } from './rule-table';
import { httpMappingBodyJsonPath } from '../../src/rules/expressions/http-mapping-body-jsonpath';
import { httpMappingContextVariable } from '../../src/rules/expressions/http-mapping-context-variable';
import { httpMappingPathParameter } from '../../src/rules/expressions/http-mapping-path-parameter';
import { httpMappingRequestKey } from '../../src/rules/expressions/http-mapping-request-key';
import { httpMappingRequestValue } from '../../src/rules/expressions/http-mapping-request-value';
import { httpMappingReservedHeader } from '../../src/rules/expressions/http-mapping-reserved-header';
import { httpMappingResponseKey } from '../../src/rules/expressions/http-mapping-response-key';
import { httpMappingResponseShape } from '../../src/rules/expressions/http-mapping-response-shape';
import { httpMappingResponseValue } from '../../src/rules/expressions/http-mapping-response-value';
import { httpMappingStatusCode } from '../../src/rules/expressions/http-mapping-status-code';
import { httpMappingStatusCodeValue } from '../../src/rules/expressions/http-mapping-status-code-value';
import { httpMappingValueLength } from '../../src/rules/expressions/http-mapping-value-length';

const RP = (k: string) => `RequestParameters.${k}`;
const R0 = (status: string, i = 0) => `ResponseParameters.${status}.ResponseParameters[${i}]`;

expectRule(httpMappingRequestKey, {
  valid: [
    { name: 'seed 004 examples', resources: httpRequest({ 'append:header.header1': '$context.requestId', 'append:header.header2': '$request.header.header1', 'remove:header.header1': "''" }) },
    { name: 'query string and path', resources: httpRequest({ 'overwrite:querystring.q': 'x', 'remove:querystring.q2': "''", 'overwrite:path': '$request.path' }) },
    { name: 'a WebSocket key on a WebSocket API is not this rule', resources: integration('WEBSOCKET', { RequestParameters: { 'integration.request.header.a': "'x'" } }) },
    { name: 'subtype parameters', resources: httpRequest({ QueueUrl: 'q', MessageBody: 'b' }, { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage' }) },
  ],
  invalid: [
    { name: 'unknown action', resources: httpRequest({ 'badaction:header.x': 'v' }), findings: [{ resource: 'Int', path: RP('badaction:header.x'), line: 1, column: 1 }] },
    { name: 'unknown location', resources: httpRequest({ 'append:body.x': 'v' }), findings: [{ resource: 'Int', path: RP('append:body.x'), line: 1, column: 8 }] },
    { name: 'append:path', resources: httpRequest({ 'append:path': 'v' }), findings: [{ resource: 'Int', path: RP('append:path'), line: 1, column: 1 }] },
    { name: 'overwrite:path.x', resources: httpRequest({ 'overwrite:path.x': 'v' }), findings: [{ resource: 'Int', path: RP('overwrite:path.x'), line: 1, column: 1 }] },
    { name: 'no header name', resources: httpRequest({ 'append:header.': 'v' }), findings: [{ resource: 'Int', path: RP('append:header.'), line: 1, column: 1 }] },
    { name: 'WebSocket key on HTTP', resources: httpRequest({ 'integration.request.header.x': 'v' }), findings: [{ resource: 'Int', path: RP('integration.request.header.x'), line: 1, column: 1 }] },
  ],
});

expectRule(httpMappingResponseKey, {
  valid: [
    { name: 'seed 004 example', resources: httpResponse({ 500: { 'append:header.header1': '$context.requestId', 'overwrite:statuscode': '403' }, 404: { 'append:header.error': '$stageVariables.environmentId' } }) },
  ],
  invalid: [
    { name: 'query string in a response', resources: httpResponse({ 200: { 'append:querystring.a': 'x' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Destination`, line: 1, column: 8 }] },
    { name: 'overwrite.statuscode (API reference typo)', resources: httpResponse({ 200: { 'overwrite.statuscode': '403' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Destination`, line: 1, column: 1 }] },
    { name: 'append:statuscode', resources: httpResponse({ 200: { 'append:statuscode': '403' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Destination`, line: 1, column: 1 }] },
  ],
});

expectRule(httpMappingStatusCode, {
  valid: [
    { name: '200 and 599', resources: httpResponse({ 200: { 'append:header.a': 'x' }, 599: { 'append:header.a': 'x' } }) },
  ],
  invalid: [
    { name: '199', resources: httpResponse({ 199: { 'append:header.a': 'x' } }), findings: [{ resource: 'Int', path: 'ResponseParameters.199', line: 1, column: 1 }] },
    { name: '600', resources: httpResponse({ 600: { 'append:header.a': 'x' } }), findings: [{ resource: 'Int', path: 'ResponseParameters.600', line: 1, column: 1 }] },
    { name: '2XX', resources: httpResponse({ '2XX': { 'append:header.a': 'x' } }), findings: [{ resource: 'Int', path: 'ResponseParameters.2XX', line: 1, column: 1 }] },
  ],
});

expectRule(httpMappingStatusCodeValue, {
  valid: [
    { name: '100 and 599', resources: httpResponse({ 200: { 'overwrite:statuscode': '100' }, 201: { 'overwrite:statuscode': '599' } }) },
    { name: 'a variable', resources: httpResponse({ 200: { 'overwrite:statuscode': '$response.header.x-status' } }) },
  ],
  invalid: [
    { name: '99', resources: httpResponse({ 200: { 'overwrite:statuscode': '99' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Source`, line: 1, column: 1 }] },
    { name: '600', resources: httpResponse({ 200: { 'overwrite:statuscode': '600' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Source`, line: 1, column: 1 }] },
    { name: 'text', resources: httpResponse({ 200: { 'overwrite:statuscode': 'Forbidden' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Source`, line: 1, column: 1 }] },
  ],
});

expectRule(httpMappingReservedHeader, {
  valid: [
    { name: 'x-am (not the x-amz- family)', resources: httpRequest({ 'append:header.x-am': 'v', 'append:header.x-amzfoo': 'v', 'append:header.te-x': 'v' }) },
    { name: 'reserved name as a query string', resources: httpRequest({ 'append:querystring.authorization': 'v' }) },
  ],
  invalid: [
    { name: 'Authorization (any case)', resources: httpRequest({ 'overwrite:header.AUTHORIZATION': 'v' }), findings: [{ resource: 'Int', path: RP('overwrite:header.AUTHORIZATION'), line: 1, column: 18 }] },
    { name: 'x-amz- family', resources: httpRequest({ 'append:header.X-Amz-Date': 'v' }), findings: [{ resource: 'Int', path: RP('append:header.X-Amz-Date'), line: 1, column: 15 }] },
    { name: 'access-control- in a response', resources: httpResponse({ 200: { 'overwrite:header.Access-Control-Allow-Origin': '*' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Destination`, line: 1, column: 18 }] },
    { name: 'TE', resources: httpRequest({ 'remove:header.te': "''" }), findings: [{ resource: 'Int', path: RP('remove:header.te'), line: 1, column: 15 }] },
  ],
});

expectRule(httpMappingRequestValue, {
  valid: [
    { name: 'every documented source', resources: httpRequest({ 'append:header.a': '$request.header.name', 'append:header.b': '${request.querystring.q}', 'append:header.c': '$request.body.name', 'append:header.d': '$request.path', 'append:header.e': '$request.path.id', 'append:header.f': '$context.requestId', 'append:header.g': '$stageVariables.env', 'append:header.h': 'static value' }) },
    { name: 'several braced variables (seed 004 note)', resources: httpRequest({ 'append:header.a': '${request.path.name} ${request.path.id}' }) },
    { name: 'text before a bare variable', resources: httpRequest({ 'append:header.a': 'Bearer $request.header.token' }) },
    { name: 'escaped dollar', resources: httpRequest({ 'append:header.a': 'costs \\$5' }) },
    {
      name: 'JSON around ${} variables (aws-samples serverless-patterns, custom HTTP headers to SQS message attributes)',
      resources: httpRequest({ MessageAttributes: '{"tenant": {"DataType": "String", "StringValue": "${request.header.x-tenant}"}}', QueueUrl: 'q', MessageBody: 'b' }, { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage' }),
    },
  ],
  invalid: [
    { name: 'response source in a request', resources: httpRequest({ 'append:header.a': '$response.header.x' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 1 }] },
    { name: 'unknown root', resources: httpRequest({ 'append:header.a': 'id=${method.request.path.id}' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 4 }] },
    // One finding per rule and property: the first problem's position (the message counts the others).
    { name: 'two bare variables', resources: httpRequest({ 'append:header.a': '$request.path.a $request.path.b' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 1 }] },
    { name: 'JSON literal (terraform-provider-aws#17348)', resources: httpRequest({ MessageAttributes: '{"a":{"DataType":"String"}}', QueueUrl: 'q', MessageBody: 'b' }, { IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage' }), findings: [{ resource: 'Int', path: RP('MessageAttributes'), line: 1, column: 1 }] },
    { name: 'unclosed ${', resources: httpRequest({ 'append:header.a': 'x ${request.path' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 3 }] },
    { name: 'lone dollar', resources: httpRequest({ 'append:header.a': 'price 5 $' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 9 }] },
  ],
});

expectRule(httpMappingResponseValue, {
  valid: [
    { name: 'response sources', resources: httpResponse({ 200: { 'append:header.a': '$response.header.x', 'append:header.b': '${response.body.id}-${context.requestId}', 'remove:header.c': "''" } }) },
  ],
  invalid: [
    { name: 'request source in a response', resources: httpResponse({ 200: { 'append:header.a': '$request.header.x' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Source`, line: 1, column: 1 }] },
  ],
});

expectRule(httpMappingBodyJsonPath, {
  valid: [
    { name: 'members, indexes and wildcards', resources: httpRequest({ 'append:header.a': '$request.body.a.b[0]', 'append:header.b': "${request.body['odd name'].c[*]}" }) },
  ],
  invalid: [
    { name: 'recursive descent', resources: httpRequest({ 'append:header.a': '$request.body..name' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 14 }] },
    { name: 'filter', resources: httpResponse({ 200: { 'append:header.a': '${response.body.items[?(@.id)]}' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Source`, line: 1, column: 23 }] },
  ],
});

expectRule(httpMappingContextVariable, {
  valid: [
    { name: 'documented variables and families', resources: httpRequest({ 'append:header.a': '$context.requestId', 'append:header.b': '${context.authorizer.claims.sub}', 'append:header.c': '$context.identity.sourceIp' }) },
  ],
  invalid: [
    { name: 'unknown variable', resources: httpRequest({ 'append:header.a': '$context.requestID' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 10 }] },
    { name: 'WebSocket-only variable', resources: httpResponse({ 200: { 'append:header.a': 'id ${context.connectionId}' } }), findings: [{ resource: 'Int', path: `${R0('200')}.Source`, line: 1, column: 14 }] },
    { name: 'dash in the name', resources: httpRequest({ 'append:header.a': '$context.request-id' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 10 }] },
  ],
});

expectRule(httpMappingPathParameter, {
  valid: [
    { name: 'every route has {id}', resources: { ...httpRequest({ 'append:header.a': '$request.path.id' }), ...route('R1', 'GET /pets/{id}'), ...route('R2', 'DELETE /pets/{id}') } },
    { name: 'greedy variable', resources: { ...httpRequest({ 'append:header.a': '$request.path.proxy' }), ...route('R1', 'ANY /{proxy+}') } },
    { name: 'an unknown route key', resources: { ...httpRequest({ 'append:header.a': '$request.path.id' }), ...route('R1', { Ref: 'P' }) } },
  ],
  invalid: [
    { name: 'one route lacks {id}', resources: { ...httpRequest({ 'append:header.a': '$request.path.id' }), ...route('R1', 'GET /pets/{id}'), ...route('R2', 'GET /pets') }, findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 15 }] },
  ],
});

expectRule(httpMappingValueLength, {
  valid: [
    { name: '1 and 512 characters; empty remove', resources: httpRequest({ 'append:header.a': 'x', 'append:header.b': 'x'.repeat(512), 'remove:header.c': '' }) },
  ],
  invalid: [
    { name: 'empty append', resources: httpRequest({ 'append:header.a': '' }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 1 }] },
    { name: '513 characters', resources: httpRequest({ 'append:header.a': 'x'.repeat(513) }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 513 }] },
  ],
});

expectRule(httpMappingResponseShape, {
  valid: [
    { name: 'CloudFormation shape', resources: httpResponse({ 200: { 'remove:header.x-powered-by': "''" } }) },
  ],
  invalid: [
    { name: 'flat API shape (cloudformation-cli#1113)', resources: integration('HTTP', { ResponseParameters: { 200: { 'remove:header.x-powered-by': "''" } } }), findings: [{ resource: 'Int', path: 'ResponseParameters.200.remove:header.x-powered-by' }] },
    { name: 'a map instead of a list', resources: integration('HTTP', { ResponseParameters: { 200: { ResponseParameters: { Destination: 'a', Source: 'b' } } } }), findings: [{ resource: 'Int', path: 'ResponseParameters.200.ResponseParameters' }] },
    { name: 'missing Source', resources: integration('HTTP', { ResponseParameters: { 200: { ResponseParameters: [{ Destination: 'append:header.a' }] } } }), findings: [{ resource: 'Int', path: 'ResponseParameters.200.ResponseParameters[0]' }] },
  ],
});

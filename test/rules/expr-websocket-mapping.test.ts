import { api, integration, integrationResponse, route } from './expr-fixtures';
import { expectRule } from './rule-table';
import { wsIntegrationResponseParameter } from '../../src/rules/expressions/ws-integration-response-parameter';
import { wsMappingConnectOnlySource } from '../../src/rules/expressions/ws-mapping-connect-only-source';
import { wsMappingContextVariable } from '../../src/rules/expressions/ws-mapping-context-variable';
import { wsMappingKey } from '../../src/rules/expressions/ws-mapping-key';
import { wsMappingUndeclaredParameter } from '../../src/rules/expressions/ws-mapping-undeclared-parameter';
import { wsMappingValue } from '../../src/rules/expressions/ws-mapping-value';
import { wsRouteRequestParameter } from '../../src/rules/expressions/ws-route-request-parameter';
import { wsRouteRequestParameterConnect } from '../../src/rules/expressions/ws-route-request-parameter-connect';

const ws = (params: Record<string, string>) => integration('WEBSOCKET', { RequestParameters: params });
const RP = (k: string) => `RequestParameters.${k}`;

expectRule(wsMappingKey, {
  valid: [
    { name: 'seed 000 examples', resources: ws({ 'integration.request.header.connectionId': 'context.connectionId', 'integration.request.header.authToken': 'route.request.querystring.authToken' }) },
    { name: 'querystring and path with $ . _ -', resources: ws({ 'integration.request.querystring.a$b.c_d-e': "'x'", 'integration.request.path.id': "'1'" }) },
    { name: 'HTTP keys on HTTP APIs are not this rule', resources: integration('HTTP', { RequestParameters: { 'append:header.a': 'x' } }) },
  ],
  invalid: [
    { name: 'HTTP key on a WebSocket API', resources: ws({ 'append:header.a': "'x'" }), findings: [{ resource: 'Int', path: RP('append:header.a'), line: 1, column: 1 }] },
    { name: 'body location', resources: ws({ 'integration.request.body.a': "'x'" }), findings: [{ resource: 'Int', path: RP('integration.request.body.a'), line: 1, column: 21 }] },
    { name: 'bad name character', resources: ws({ 'integration.request.header.a b': "'x'" }), findings: [{ resource: 'Int', path: RP('integration.request.header.a b'), line: 1, column: 29 }] },
  ],
});

expectRule(wsMappingValue, {
  valid: [
    { name: 'every documented source', resources: ws({ 'integration.request.header.a': 'route.request.header.h', 'integration.request.header.b': 'route.request.multivaluequerystring.q', 'integration.request.header.c': 'route.request.body.a.b', 'integration.request.header.d': 'stageVariables.env', 'integration.request.header.e': 'context.requestId', 'integration.request.header.f': "'application/json'" }) },
  ],
  invalid: [
    { name: 'unquoted static (WS-PM-006)', resources: ws({ 'integration.request.header.a': 'application/json' }), findings: [{ resource: 'Int', path: RP('integration.request.header.a'), line: 1, column: 1 }] },
    { name: '$ form (WS-PM-008)', resources: ws({ 'integration.request.header.a': '$request.header.x' }), findings: [{ resource: 'Int', path: RP('integration.request.header.a'), line: 1, column: 1 }] },
    { name: 'unclosed quote', resources: ws({ 'integration.request.header.a': "'x" }), findings: [{ resource: 'Int', path: RP('integration.request.header.a'), line: 1, column: 1 }] },
    { name: 'recursive descent in the body path', resources: ws({ 'integration.request.header.a': 'route.request.body..a' }), findings: [{ resource: 'Int', path: RP('integration.request.header.a'), line: 1, column: 19 }] },
    { name: 'bad parameter name', resources: ws({ 'integration.request.header.a': 'route.request.header.a/b' }), findings: [{ resource: 'Int', path: RP('integration.request.header.a'), line: 1, column: 23 }] },
  ],
});

expectRule(wsMappingConnectOnlySource, {
  valid: [
    { name: 'only $connect uses it', resources: { ...ws({ 'integration.request.header.t': 'route.request.querystring.t' }), ...route('C', '$connect') } },
    { name: 'body source on any route', resources: { ...ws({ 'integration.request.header.t': 'route.request.body.t' }), ...route('C', '$connect'), ...route('M', 'send') } },
    { name: 'a route with an unknown key', resources: { ...ws({ 'integration.request.header.t': 'route.request.header.t' }), ...route('C', '$connect'), ...route('M', { Ref: 'K' }) } },
  ],
  invalid: [
    { name: 'shared with a message route', resources: { ...ws({ 'integration.request.header.t': 'route.request.header.t' }), ...route('C', '$connect'), ...route('M', 'send') }, findings: [{ resource: 'Int', path: RP('integration.request.header.t'), line: 1, column: 1 }] },
  ],
});

expectRule(wsMappingUndeclaredParameter, {
  valid: [
    { name: 'declared (seed 000)', resources: { ...ws({ 'integration.request.header.authToken': 'route.request.querystring.authToken' }), ...route('C', '$connect', { RequestParameters: { 'route.request.querystring.authToken': { Required: false } } }) } },
    { name: 'unknown RequestParameters', resources: { ...ws({ 'integration.request.header.a': 'route.request.header.a' }), ...route('C', '$connect', { RequestParameters: { Ref: 'P' } }) } },
  ],
  invalid: [
    { name: 'not declared', resources: { ...ws({ 'integration.request.header.authToken': 'route.request.querystring.authToken' }), ...route('C', '$connect') }, findings: [{ resource: 'Int', path: RP('integration.request.header.authToken'), line: 1, column: 1 }] },
  ],
});

expectRule(wsMappingContextVariable, {
  valid: [
    { name: 'WebSocket variables', resources: ws({ 'integration.request.header.a': 'context.connectionId', 'integration.request.header.b': 'context.authorizer.principalId', 'integration.request.header.c': 'context.identity.sourceIp' }) },
  ],
  invalid: [
    { name: 'HTTP-only variable', resources: ws({ 'integration.request.header.a': 'context.httpMethod' }), findings: [{ resource: 'Int', path: RP('integration.request.header.a'), line: 1, column: 9 }] },
  ],
});

expectRule(wsIntegrationResponseParameter, {
  valid: [
    { name: 'header, body and static', resources: integrationResponse({ ResponseParameters: { 'method.response.header.a': 'integration.response.header.x', 'method.response.header.b': 'integration.response.body.error.code', 'method.response.header.c': "'*'" } }) },
  ],
  invalid: [
    { name: 'unquoted static', resources: integrationResponse({ ResponseParameters: { 'method.response.header.a': '*' } }), findings: [{ resource: 'IR', path: 'ResponseParameters.method.response.header.a', line: 1, column: 1 }] },
    { name: 'bad key', resources: integrationResponse({ ResponseParameters: { 'method.request.header.a': "'x'" } }), findings: [{ resource: 'IR', path: 'ResponseParameters.method.request.header.a', line: 1, column: 1 }] },
  ],
});

expectRule(wsRouteRequestParameter, {
  valid: [
    { name: '$connect with a declared query string', resources: { ...api('WEBSOCKET'), ...route('C', '$connect', { RequestParameters: { 'route.request.querystring.token': { Required: true } } }) } },
  ],
  invalid: [
    { name: 'bad key', resources: { ...api('WEBSOCKET'), ...route('C', '$connect', { RequestParameters: { 'route.request.body.x': { Required: true } } }) }, findings: [{ resource: 'C', path: 'RequestParameters.route.request.body.x', line: 1, column: 1 }] },
    { name: 'Required missing', resources: { ...api('WEBSOCKET'), ...route('C', '$connect', { RequestParameters: { 'route.request.header.x': {} } }) }, findings: [{ resource: 'C', path: 'RequestParameters.route.request.header.x.Required' }] },
  ],
});

expectRule(wsRouteRequestParameterConnect, {
  valid: [
    { name: '$connect with a declared query string', resources: { ...api('WEBSOCKET'), ...route('C', '$connect', { RequestParameters: { 'route.request.querystring.token': { Required: true } } }) } },
    { name: 'another route with an empty map', resources: { ...api('WEBSOCKET'), ...route('M', 'send', { RequestParameters: {} }) } },
    { name: 'a route key that is not known', resources: { ...api('WEBSOCKET'), ...route('M', { Ref: 'Key' }, { RequestParameters: { 'route.request.header.x': { Required: true } } }) } },
  ],
  invalid: [
    { name: 'not on $connect', resources: { ...api('WEBSOCKET'), ...route('M', 'send', { RequestParameters: { 'route.request.header.x': { Required: true } } }) }, findings: [{ resource: 'M', path: 'RequestParameters' }] },
  ],
});

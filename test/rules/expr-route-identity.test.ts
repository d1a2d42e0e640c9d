import { api, authorizer, integration, route } from './expr-fixtures';
import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { httpIdentitySource } from '../../src/rules/expressions/http-identity-source';
import { httpRouteKey } from '../../src/rules/expressions/http-route-key';
import { httpRouteKeyDuplicateVariable } from '../../src/rules/expressions/http-route-key-duplicate-variable';
import { jwtIdentitySource } from '../../src/rules/expressions/jwt-identity-source';
import { routeKeyUnique } from '../../src/rules/expressions/route-key-unique';
import { routeTarget } from '../../src/rules/expressions/route-target';
import { wsIdentitySource } from '../../src/rules/expressions/ws-identity-source';
import { wsRouteKey } from '../../src/rules/expressions/ws-route-key';

const http = (key: unknown, id = 'R') => ({ ...integration('HTTP', {}), ...route(id, key) });

expectRule(httpRouteKey, {
  valid: [
    { name: '$default', resources: http('$default') },
    { name: 'root, variables, greedy last', resources: { ...http('GET /'), ...route('R2', 'ANY /pets/{id}/files/{proxy+}'), ...route('R3', 'OPTIONS /a.b:c_d-e') } },
    { name: 'unknown key', resources: http({ 'Fn::Sub': 'GET /${P}' }) },
    ...validThrough('GET /pets/{id}', v => http(v), '$default'),
  ],
  invalid: [
    // Through an intrinsic the key is not written as such in the template: the finding has no position.
    ...invalidThrough('GET /pets/', 'GET /pets', v => http(v), [{ resource: 'R', path: 'RouteKey' }]),
    { name: 'TRACE', resources: http('TRACE /items'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 1 }] },
    { name: 'lower-case method', resources: http('get /items'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 1 }] },
    { name: 'no leading slash', resources: http('GET items'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 5 }] },
    { name: 'trailing slash', resources: http('GET /items/'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 11 }] },
    { name: 'partial-segment variable', resources: http('GET /pets{id}'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 10 }] },
    { name: 'greedy not last', resources: http('GET /{proxy+}/meta'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 6 }] },
  ],
});

expectRule(httpRouteKeyDuplicateVariable, {
  valid: [
    { name: 'distinct variables', resources: http('GET /users/{id}/posts/{postId}') },
    { name: 'a key that does not parse (http-route-key reports it)', resources: http('TRACE /items') },
    { name: 'unknown key', resources: http({ 'Fn::Sub': 'GET /${P}/{id}/{id}' }) },
  ],
  invalid: [
    { name: 'duplicate variable', resources: http('GET /users/{id}/posts/{id}'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 23 }] },
  ],
});

expectRule(routeKeyUnique, {
  valid: [{ name: 'different keys', resources: { ...http('GET /a'), ...route('R2', 'POST /a') } }],
  invalid: [{ name: 'same key twice', resources: { ...http('GET /items'), ...route('R2', 'GET /items') }, findings: [{ resource: 'R2', path: 'RouteKey' }] }],
});

const wsRoute = (key: string) => ({ ...integration('WEBSOCKET', {}), ...route('R', key) });
expectRule(wsRouteKey, {
  valid: [
    { name: 'predefined', resources: { ...wsRoute('$connect'), ...route('R2', '$disconnect'), ...route('R3', '$default') } },
    { name: 'custom', resources: wsRoute('sendMessage') },
  ],
  invalid: [
    { name: 'custom with $', resources: wsRoute('$send'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 1 }] },
    { name: 'wrong case', resources: wsRoute('$Connect'), findings: [{ resource: 'R', path: 'RouteKey', line: 1, column: 1 }] },
    ...invalidThrough('$send', 'send', v => ({ ...integration('WEBSOCKET', {}), ...route('R', v) }), [{ resource: 'R', path: 'RouteKey' }]),
  ],
});

expectRule(routeTarget, {
  valid: [
    { name: 'Fn::Join to an integration', resources: http('GET /') },
    { name: 'literal id', resources: { ...api('HTTP'), ...route('R', 'GET /', { Target: 'integrations/abc123' }) } },
  ],
  invalid: [
    { name: 'bare id', resources: { ...api('HTTP'), ...route('R', 'GET /', { Target: 'abc123' }) }, findings: [{ resource: 'R', path: 'Target', line: 1, column: 1 }] },
    {
      name: 'integration of another API',
      resources: { ...integration('HTTP', {}), Api2: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'b', ProtocolType: 'HTTP' } }, R: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: { Ref: 'Api2' }, RouteKey: 'GET /', Target: { 'Fn::Join': ['', ['integrations/', { Ref: 'Int' }]] } } } },
      findings: [{ resource: 'R', path: 'Target' }],
    },
  ],
});

expectRule(httpIdentitySource, {
  valid: [
    { name: 'all four kinds', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', IdentitySource: ['$request.header.Authorization', '$request.querystring.token', '$context.routeKey', '$stageVariables.env'] }) },
  ],
  invalid: [
    { name: 'no $ (PF evidence)', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', IdentitySource: ['header.Authorization'] }), findings: [{ resource: 'Auth', path: 'IdentitySource[0]', line: 1, column: 1 }] },
    { name: 'WebSocket form', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', IdentitySource: ['route.request.header.Auth'] }), findings: [{ resource: 'Auth', path: 'IdentitySource[0]', line: 1, column: 1 }] },
    { name: 'dash in a stage variable', resources: authorizer('HTTP', { AuthorizerType: 'REQUEST', IdentitySource: ['$request.header.a', '$stageVariables.my-var'] }), findings: [{ resource: 'Auth', path: 'IdentitySource[1]', line: 1, column: 19 }] },
  ],
});

expectRule(jwtIdentitySource, {
  valid: [
    { name: 'one header', resources: authorizer('HTTP', { AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] }) },
    { name: 'one unknown entry', resources: authorizer('HTTP', { AuthorizerType: 'JWT', IdentitySource: [{ Ref: 'S' }] }) },
  ],
  invalid: [
    { name: 'two sources', resources: authorizer('HTTP', { AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization', '$request.querystring.t'] }), findings: [{ resource: 'Auth', path: 'IdentitySource' }] },
    { name: 'context source', resources: authorizer('HTTP', { AuthorizerType: 'JWT', IdentitySource: ['$context.requestId'] }), findings: [{ resource: 'Auth', path: 'IdentitySource[0]', line: 1, column: 1 }] },
  ],
});

expectRule(wsIdentitySource, {
  valid: [
    { name: 'all four kinds', resources: authorizer('WEBSOCKET', { AuthorizerType: 'REQUEST', IdentitySource: ['route.request.header.Auth', 'route.request.querystring.Name', 'context.requestId', 'stageVariables.env'] }) },
  ],
  invalid: [
    { name: 'HTTP form (PF evidence)', resources: authorizer('WEBSOCKET', { AuthorizerType: 'REQUEST', IdentitySource: ['$request.header.Authorization'] }), findings: [{ resource: 'Auth', path: 'IdentitySource[0]', line: 1, column: 1 }] },
    { name: 'space in a header name', resources: authorizer('WEBSOCKET', { AuthorizerType: 'REQUEST', IdentitySource: ['route.request.header.a b'] }), findings: [{ resource: 'Auth', path: 'IdentitySource[0]', line: 1, column: 23 }] },
  ],
});

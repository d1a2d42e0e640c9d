import { api, integration, integrationResponse, route } from './expr-fixtures';
import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { integrationResponseKey } from '../../src/rules/expressions/integration-response-key';
import { integrationResponseTemplateSelection } from '../../src/rules/expressions/integration-response-template-selection';
import { integrationTemplateSelection } from '../../src/rules/expressions/integration-template-selection';
import { modelSelectionExpression } from '../../src/rules/expressions/model-selection-expression';
import { routeResponseKey } from '../../src/rules/expressions/route-response-key';
import { routeResponseSelectionExpression } from '../../src/rules/expressions/route-response-selection-expression';
import { selectionTemplateKeyUnreachable } from '../../src/rules/expressions/selection-template-key-unreachable';
import { selectionUnescapedDefault } from '../../src/rules/expressions/selection-unescaped-default';
import { wsRouteSelectionExpression } from '../../src/rules/expressions/ws-route-selection-expression';
import { JSON_KEY, wsIntegration, wsIntegrationResponse } from '../vtl/template-resources';

expectRule(wsRouteSelectionExpression, {
  valid: [
    { name: '$request.body.action', resources: api('WEBSOCKET', { RouteSelectionExpression: '$request.body.action' }) },
    { name: 'two braced variables', resources: api('WEBSOCKET', { RouteSelectionExpression: '${request.body.service}/${request.body.action}' }) },
    { name: 'missing (another rule reports it)', resources: api('WEBSOCKET', { RouteSelectionExpression: undefined }) },
    ...validThrough('$request.body.action', v => api('WEBSOCKET', { RouteSelectionExpression: v }), '${request.body.service}/${request.body.action}'),
  ],
  invalid: [
    ...invalidThrough('$request.header.x', '$request.body.action', v => api('WEBSOCKET', { RouteSelectionExpression: v }), [{ resource: 'Api', path: 'RouteSelectionExpression' }]),
    { name: 'a header source', resources: api('WEBSOCKET', { RouteSelectionExpression: '$request.header.x' }), findings: [{ resource: 'Api', path: 'RouteSelectionExpression', line: 1, column: 1 }] },
    { name: 'HTTP route selection on WebSocket', resources: api('WEBSOCKET', { RouteSelectionExpression: '${request.method} ${request.path}' }), findings: [{ resource: 'Api', path: 'RouteSelectionExpression', line: 1, column: 1 }] },
    { name: 'unclosed brace', resources: api('WEBSOCKET', { RouteSelectionExpression: '${request.body.action' }), findings: [{ resource: 'Api', path: 'RouteSelectionExpression', line: 1, column: 1 }] },
  ],
});

expectRule(routeResponseSelectionExpression, {
  valid: [
    { name: '$default', resources: { ...api('WEBSOCKET'), ...route('R', 'send', { RouteResponseSelectionExpression: '$default' }) } },
    { name: 'on HTTP (protocol-unsupported-property reports it)', resources: { ...api('HTTP'), ...route('R', 'GET /', { RouteResponseSelectionExpression: 'x' }) } },
    ...validThrough('$default', v => ({ ...api('WEBSOCKET'), ...route('R', 'send', { RouteResponseSelectionExpression: v }) })),
  ],
  invalid: [
    ...invalidThrough('\\$default', '$default', v => ({ ...api('WEBSOCKET'), ...route('R', 'send', { RouteResponseSelectionExpression: v }) }), [{ resource: 'R', path: 'RouteResponseSelectionExpression' }]),
    { name: 'escaped', resources: { ...api('WEBSOCKET'), ...route('R', 'send', { RouteResponseSelectionExpression: '\\$default' }) }, findings: [{ resource: 'R', path: 'RouteResponseSelectionExpression', line: 1, column: 1 }] },
  ],
});

const rr = (key: string) => ({ ...api('WEBSOCKET'), ...route('R', 'send'), RR: { Type: 'AWS::ApiGatewayV2::RouteResponse', Properties: { ApiId: { Ref: 'Api' }, RouteId: { Ref: 'R' }, RouteResponseKey: key } } });
expectRule(routeResponseKey, {
  valid: [{ name: '$default', resources: rr('$default') }],
  invalid: [{ name: '$ok', resources: rr('$ok'), findings: [{ resource: 'RR', path: 'RouteResponseKey', line: 1, column: 1 }] }],
});

expectRule(integrationTemplateSelection, {
  valid: [
    { name: 'escaped $default', resources: integration('WEBSOCKET', { TemplateSelectionExpression: '\\$default' }) },
    { name: 'body path', resources: integration('WEBSOCKET', { TemplateSelectionExpression: '${request.body.type}' }) },
    ...validThrough('${request.body.type}', v => integration('WEBSOCKET', { TemplateSelectionExpression: v }), '\\$default'),
  ],
  invalid: [
    ...invalidThrough('${integration.response.statuscode}', '${request.body.type}', v => integration('WEBSOCKET', { TemplateSelectionExpression: v }), [{ resource: 'Int', path: 'TemplateSelectionExpression' }]),
    { name: 'integration response source', resources: integration('WEBSOCKET', { TemplateSelectionExpression: '${integration.response.statuscode}' }), findings: [{ resource: 'Int', path: 'TemplateSelectionExpression', line: 1, column: 1 }] },
    { name: 'empty variable', resources: integration('WEBSOCKET', { TemplateSelectionExpression: 'a${}' }), findings: [{ resource: 'Int', path: 'TemplateSelectionExpression', line: 1, column: 2 }] },
  ],
});

expectRule(integrationResponseTemplateSelection, {
  valid: [
    { name: 'all documented sources', resources: integrationResponse({ TemplateSelectionExpression: '${integration.response.statuscode}-${integration.response.header.x}-${integration.response.multivalueheader.y}-${request.body.a}' }) },
  ],
  invalid: [
    { name: 'context variable', resources: integrationResponse({ TemplateSelectionExpression: '${context.requestId}' }), findings: [{ resource: 'IR', path: 'TemplateSelectionExpression', line: 1, column: 1 }] },
  ],
});

expectRule(integrationResponseKey, {
  valid: [
    { name: '$default', resources: integrationResponse({ IntegrationResponseKey: '$default' }) },
    { name: 'documented patterns', resources: { ...integrationResponse({ IntegrationResponseKey: '/2\\d\\d/' }), IR2: { Type: 'AWS::ApiGatewayV2::IntegrationResponse', Properties: { ApiId: { Ref: 'Api' }, IntegrationId: { Ref: 'Int' }, IntegrationResponseKey: '/.*error.*/' } } } },
    { name: 'Java-only syntax: possessive, atomic group', resources: integrationResponse({ IntegrationResponseKey: '/(?>4\\d{2}+)/' }) },
  ],
  invalid: [
    { name: 'no slashes', resources: integrationResponse({ IntegrationResponseKey: '4\\d\\d' }), findings: [{ resource: 'IR', path: 'IntegrationResponseKey', line: 1, column: 1 }] },
    { name: 'a dangling { that JavaScript accepts', resources: integrationResponse({ IntegrationResponseKey: '/error{/' }), findings: [{ resource: 'IR', path: 'IntegrationResponseKey', line: 1, column: 7 }] },
    { name: 'unknown escape', resources: integrationResponse({ IntegrationResponseKey: '/\\y/' }), findings: [{ resource: 'IR', path: 'IntegrationResponseKey', line: 1, column: 2 }] },
  ],
});

expectRule(modelSelectionExpression, {
  valid: [
    { name: 'body path', resources: { ...api('WEBSOCKET'), ...route('R', 'send', { ModelSelectionExpression: '$request.body.messageType' }) } },
    ...validThrough('$request.body.messageType', v => ({ ...api('WEBSOCKET'), ...route('R', 'send', { ModelSelectionExpression: v }) })),
  ],
  invalid: [
    ...invalidThrough('$request.header.ct', '$request.body.messageType', v => ({ ...api('WEBSOCKET'), ...route('R', 'send', { ModelSelectionExpression: v }) }), [{ resource: 'R', path: 'ModelSelectionExpression' }]),
    { name: 'header source', resources: { ...api('WEBSOCKET'), ...route('R', 'send', { ModelSelectionExpression: '$request.header.ct' }) }, findings: [{ resource: 'R', path: 'ModelSelectionExpression', line: 1, column: 1 }] },
  ],
});

expectRule(selectionUnescapedDefault, {
  valid: [
    { name: 'escaped', resources: integration('WEBSOCKET', { TemplateSelectionExpression: '\\$default' }) },
    { name: 'route response selection is not a $-expression', resources: { ...api('WEBSOCKET'), ...route('R', 'send', { RouteResponseSelectionExpression: '$default' }) } },
  ],
  invalid: [
    { name: 'template selection', resources: integration('WEBSOCKET', { TemplateSelectionExpression: '$default' }), findings: [{ resource: 'Int', path: 'TemplateSelectionExpression', line: 1, column: 1 }] },
  ],
});

expectRule(selectionTemplateKeyUnreachable, {
  valid: [
    { name: 'static expression with its key', resources: integration('WEBSOCKET', { TemplateSelectionExpression: '\\$default', RequestTemplates: { $default: '{}' } }) },
    { name: 'variable with prefix', resources: integration('WEBSOCKET', { TemplateSelectionExpression: 'v-${request.body.version}', RequestTemplates: { 'v-1': '{}', 'v-2': '{}', '$default': '{}' } }) },
    { name: 'a variable expression', resources: wsIntegration({ vote: '{}', poll: '{}' }, { TemplateSelectionExpression: '${request.body.action}' }) },
    { name: 'static expression, its key and the escaped catch-all key', resources: wsIntegration({ 'vote': '{}', '\\$default': '{}' }, { TemplateSelectionExpression: 'vote' }) },
    { name: 'no expression', resources: wsIntegration({ [JSON_KEY]: '{}' }) },
  ],
  invalid: [
    { name: 'content-type key with a static expression', resources: integration('WEBSOCKET', { TemplateSelectionExpression: '\\$default', RequestTemplates: { 'application/json': '{}' } }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json' }] },
    { name: 'a key the static expression never produces', resources: wsIntegration({ vote: '{}', poll: '{}' }, { TemplateSelectionExpression: 'vote' }), findings: [{ resource: 'Int', path: 'RequestTemplates.poll' }] },
    { name: 'on an integration response', resources: wsIntegrationResponse({ a: '{}' }, { TemplateSelectionExpression: '\\$default' }), findings: [{ resource: 'IntResp', path: 'ResponseTemplates.a' }] },
    { name: 'key without the prefix', resources: integrationResponse({ TemplateSelectionExpression: 'v-${integration.response.statuscode}', ResponseTemplates: { 200: '{}' } }), findings: [{ resource: 'IR', path: 'ResponseTemplates.200' }] },
  ],
});

import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { wsIntegrationProxyTemplates } from '../../src/rules/integration/ws-integration-proxy-templates';

const integration = (type: string, props: Record<string, unknown>) => child('Integration', 'Integration', { IntegrationType: type, IntegrationUri: 'https://example.com', ...props });

expectRule(wsIntegrationProxyTemplates, {
  valid: [
    { name: 'templates on an AWS integration', resources: { ...WS_API, ...integration('AWS', { RequestTemplates: { $default: '{}' }, TemplateSelectionExpression: '\\$default', PassthroughBehavior: 'NEVER' }) } },
    { name: 'templates on an HTTP integration', resources: { ...WS_API, ...integration('HTTP', { RequestTemplates: { $default: '{}' } }) } },
    { name: 'a bare proxy', resources: { ...WS_API, ...integration('AWS_PROXY', {}) } },
    { name: 'ContentHandlingStrategy on a Lambda proxy (aws-cdk-lib sets it for binary messages)', resources: { ...WS_API, ...integration('AWS_PROXY', { ContentHandlingStrategy: 'CONVERT_TO_TEXT' }) } },
    { name: 'empty templates on a proxy', resources: { ...WS_API, ...integration('AWS_PROXY', { RequestTemplates: {} }) } },
    { name: 'unknown templates on a proxy', resources: { ...WS_API, ...integration('AWS_PROXY', { RequestTemplates: { 'Fn::If': ['C', { a: 'b' }, { Ref: 'AWS::NoValue' }] } }) } },
    { name: 'an HTTP API (protocol-unsupported-property)', resources: { ...HTTP_API, ...integration('HTTP_PROXY', { RequestTemplates: { $default: '{}' } }) } },
  ],
  invalid: [
    { name: 'a request template on a Lambda proxy', resources: { ...WS_API, ...integration('AWS_PROXY', { RequestTemplates: { $default: '#set($context.requestOverride.header.x = "1"){}' } }) }, findings: [{ resource: 'Integration', path: 'RequestTemplates' }] },
    { name: 'passthrough and selection on an HTTP proxy', resources: { ...WS_API, ...integration('HTTP_PROXY', { TemplateSelectionExpression: '\\$default', PassthroughBehavior: 'NEVER' }) }, findings: [{ resource: 'Integration', path: 'TemplateSelectionExpression' }, { resource: 'Integration', path: 'PassthroughBehavior' }] },
  ],
});

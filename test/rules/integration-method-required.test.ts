import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { integrationMethodRequired } from '../../src/rules/integration/integration-method-required';

const integration = (props: Record<string, unknown>) => child('Integration', 'Integration', { IntegrationType: 'HTTP_PROXY', IntegrationUri: 'https://example.com', PayloadFormatVersion: '1.0', ...props });

expectRule(integrationMethodRequired, {
  valid: [
    { name: 'HTTP_PROXY with ANY', resources: { ...HTTP_API, ...integration({ IntegrationMethod: 'ANY' }) } },
    { name: 'HTTP_PROXY with an unknown method', resources: { ...HTTP_API, ...integration({ IntegrationMethod: { Ref: 'Method' } }) } },
    { name: 'AWS_PROXY without a method', resources: { ...HTTP_API, ...child('Integration', 'Integration', { IntegrationType: 'AWS_PROXY', IntegrationUri: 'arn:aws:lambda:us-east-1:123456789012:function:f', PayloadFormatVersion: '2.0' }) } },
    { name: 'an unknown type', resources: { ...HTTP_API, ...integration({ IntegrationType: { Ref: 'Type' } }) } },
  ],
  invalid: [
    { name: 'HTTP_PROXY without a method', resources: { ...HTTP_API, ...integration({}) }, findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
    { name: 'HTTP_PROXY with an empty method', resources: { ...HTTP_API, ...integration({ IntegrationMethod: '' }) }, findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
    { name: 'HTTP_PROXY of a WebSocket API without a method', resources: { ...WS_API, ...integration({ PayloadFormatVersion: undefined }) }, findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
    { name: 'HTTP_PROXY with AWS::NoValue as method', resources: { ...HTTP_API, ...integration({ IntegrationMethod: { Ref: 'AWS::NoValue' } }) }, findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
  ],
});

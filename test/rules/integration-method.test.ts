import { child, HTTP_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { integrationMethod } from '../../src/rules/integration/integration-method';

const integration = (method: unknown, type = 'HTTP_PROXY') => ({ ...HTTP_API, ...child('Integration', 'Integration', { IntegrationType: type, IntegrationUri: 'https://example.com', PayloadFormatVersion: '1.0', IntegrationMethod: method }) });

expectRule(integrationMethod, {
  valid: [
    { name: 'ANY', resources: integration('ANY') },
    { name: 'each verb', resources: { ...integration('GET'), ...child('I2', 'Integration', { IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'OPTIONS' }), ...child('I3', 'Integration', { IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'PATCH' }) } },
    { name: 'a lower-case verb (case not documented)', resources: integration('post') },
    { name: 'an unknown method', resources: integration({ 'Fn::If': ['Read', 'GET', 'POST'] }) },
    { name: 'an empty method on HTTP_PROXY (integration-method-required)', resources: integration('') },
  ],
  invalid: [
    { name: 'a word that is no method', resources: integration('FETCH'), findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
    { name: 'a method with a path', resources: integration('GET /orders'), findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
    { name: 'an empty method on an AWS integration', resources: integration('', 'AWS'), findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
  ],
});

import { API, many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaIntegrationsPerHttpApi } from '../../src/rules/quota/quota-integrations-per-http-api';

const integrations = (count: number) => many(count, 'Integration', 'AWS::ApiGatewayV2::Integration', i => ({
  ApiId: { Ref: 'Api' }, IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', IntegrationUri: `https://example.com/${i}`, PayloadFormatVersion: '1.0',
}));

expectRule(quotaIntegrationsPerHttpApi, {
  valid: [
    { name: '300 integrations, the quota', resources: { ...API('HTTP'), ...integrations(300) } },
    { name: '301 integrations of a WebSocket API (quota-integrations-per-websocket-api)', resources: { ...API('WEBSOCKET'), ...integrations(301) } },
    // A resource under a Condition may not be created: 300 certain integrations do not exceed the quota.
    { name: '301 integrations, one under a Condition', resources: { ...API('HTTP'), ...integrations(300), Extra: { ...(integrations(1).Integration0 as object), Condition: 'IsProd' } } },
  ],
  invalid: [
    { name: '301 integrations of an HTTP API', resources: { ...API('HTTP'), ...integrations(301) }, findings: [{ resource: 'Api', path: '' }] },
  ],
});

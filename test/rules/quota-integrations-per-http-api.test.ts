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
  ],
  invalid: [
    { name: '301 integrations of an HTTP API', resources: { ...API('HTTP'), ...integrations(301) }, findings: [{ resource: 'Api', path: '' }] },
  ],
});

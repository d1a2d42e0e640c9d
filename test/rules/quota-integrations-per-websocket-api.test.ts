import { API, many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaIntegrationsPerWebSocketApi } from '../../src/rules/quota/quota-integrations-per-websocket-api';

const integrations = (count: number) => many(count, 'Integration', 'AWS::ApiGatewayV2::Integration', () => ({ ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK' }));

expectRule(quotaIntegrationsPerWebSocketApi, {
  valid: [
    { name: '300 integrations, the default quota', resources: { ...API('WEBSOCKET'), ...integrations(300) } },
    { name: '301 integrations of an HTTP API (quota-integrations-per-http-api)', resources: { ...API('HTTP'), ...integrations(301) } },
  ],
  invalid: [
    { name: '301 integrations of a WebSocket API', resources: { ...API('WEBSOCKET'), ...integrations(301) }, findings: [{ resource: 'Api', path: '' }] },
  ],
});

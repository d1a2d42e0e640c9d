import { parseWebSocketRequestKey } from '../../expressions/websocket-mapping';
import { Rule } from '../rule';
import { isProtocol, literalEntries, reportProblems } from './helpers';

export const wsMappingKey: Rule = {
  id: 'ws-mapping-key',
  severity: 'error',
  summary: 'WebSocket data-mapping keys are integration.request.header|querystring|path.<name>',
  references: ['WS-PM-001', 'WS-PM-004', 'WS-PM-008'],
  evidence: { kind: 'documented', source: 'S003 L7846 IntegrationParameters ("{location} is querystring, path, or header"); S000 (PARAM_NAME regex)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'WEBSOCKET')) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        reportProblems(report, integration, e.path, e.key, parseWebSocketRequestKey(e.key).problems);
      }
    }
  },
};

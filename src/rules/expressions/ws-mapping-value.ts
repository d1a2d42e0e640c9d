import { parseWebSocketRequestValue } from '../../expressions/websocket-mapping';
import { Rule } from '../rule';
import { isProtocol, literalEntries, reportProblems } from './helpers';

export const wsMappingValue: Rule = {
  id: 'ws-mapping-value',
  severity: 'error',
  summary: 'WebSocket data-mapping values are route.request.*, context.*, stageVariables.* (without $) or a single-quoted static value',
  references: ['WS-PM-002', 'WS-PM-004', 'WS-PM-006', 'WS-PM-008'],
  evidence: { kind: 'documented', source: 'S000 (data mapping expressions; "STATIC_VALUE ... must be enclosed in single quotes")' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'WEBSOCKET')) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        reportProblems(report, integration, e.path, e.value, parseWebSocketRequestValue(e.value).problems);
      }
    }
  },
};

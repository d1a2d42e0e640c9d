import { parseHttpRequestKey } from '../../expressions/http-parameter-mapping';
import { Rule } from '../rule';
import { hasSubtype, isProtocol, literalEntries, reportProblems } from './helpers';

export const httpMappingRequestKey: Rule = {
  id: 'http-mapping-request-key',
  severity: 'error',
  summary: 'HTTP request parameter mapping keys are append|overwrite|remove:header|querystring.<name> or overwrite:path',
  references: ['HTTP-PM-001', 'HTTP-PM-002', 'WS-PM-008'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-request-parameter-action; S004 (parameter mapping keys)' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (!isProtocol(integration, 'HTTP') || hasSubtype(integration)) continue;
      for (const e of literalEntries(integration.properties.RequestParameters, 'RequestParameters')) {
        reportProblems(report, integration, e.path, e.key, parseHttpRequestKey(e.key).problems);
      }
    }
  },
};

import { parseWebSocketIdentitySource } from '../../expressions/identity-source';
import { Rule } from '../rule';
import { literalList, reportProblems } from './helpers';

export const wsIdentitySource: Rule = {
  id: 'ws-identity-source',
  severity: 'error',
  summary: 'WebSocket identity sources are route.request.header|querystring.<name>, context.<variable> or stageVariables.<name>, without $',
  references: ['AUTH-014'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-websocket-identity-source-expression' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (authorizer.api?.protocol !== 'WEBSOCKET') continue;
      for (const item of literalList(authorizer.properties.IdentitySource, 'IdentitySource')) {
        reportProblems(report, authorizer, item.path, item.value, parseWebSocketIdentitySource(item.value).problems);
      }
    }
  },
};

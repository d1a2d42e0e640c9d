import { parseHttpIdentitySource } from '../../expressions/identity-source';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { literalList, reportProblems } from './helpers';

export const httpIdentitySource: Rule = {
  id: 'http-identity-source',
  severity: 'error',
  summary: 'HTTP Lambda authorizer identity sources are $request.header|querystring.<name>, $context.<variable> or $stageVariables.<name>',
  references: ['AUTH-013'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-http-identity-source-expression' },
  check(model, report) {
    for (const authorizer of model.authorizers) {
      if (authorizer.api?.protocol !== 'HTTP' || stringOf(authorizer.properties.AuthorizerType) === 'JWT') continue;
      for (const item of literalList(authorizer.properties.IdentitySource, 'IdentitySource')) {
        reportProblems(report, authorizer, item.path, item.value, parseHttpIdentitySource(item.value).problems);
      }
    }
  },
};

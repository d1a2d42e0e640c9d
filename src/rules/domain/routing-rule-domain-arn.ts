import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { domainNameArnProblem } from './checks';

export const routingRuleDomainArn: Rule = {
  id: 'routing-rule-domain-arn',
  severity: 'error',
  summary: 'A routing rule names its domain by the domain name\'s ARN, not by the bare name',
  references: ['RULE-002'],
  evidence: { kind: 'documented', source: 'CFN RoutingRule.DomainNameArn (Required, the domain name ARN)' },
  check(model, report) {
    for (const rule of model.routingRules) {
      const value = rule.properties.DomainNameArn;
      if (!isPresent(value)) {
        report({ resource: rule, path: 'DomainNameArn', message: 'DomainNameArn is missing; expected the ARN of the custom domain name (Fn::GetAtt <Domain>.DomainNameArn)' });
        continue;
      }
      const arn = stringOf(value);
      const problem = arn === undefined ? undefined : domainNameArnProblem(arn);
      if (problem) report({ resource: rule, path: 'DomainNameArn', message: problem });
    }
  },
};

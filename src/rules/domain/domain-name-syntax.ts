import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { domainNameProblem } from './checks';

export const domainNameSyntax: Rule = {
  id: 'domain-name-syntax',
  severity: 'error',
  summary: 'A custom domain name is 1 to 512 lower-case letters, digits, hyphens and dots, with "*" only as the whole first label',
  references: ['DOMAIN-001', 'DOMAIN-002'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-domain-name-charset; CFN DomainName.DomainName' },
  check(model, report) {
    for (const domain of model.domainNames) {
      const value = domain.properties.DomainName;
      if (!isPresent(value)) {
        report({ resource: domain, path: 'DomainName', message: 'DomainName is missing; expected the custom domain name, such as api.example.com' });
        continue;
      }
      const name = stringOf(value);
      const problem = name === undefined ? undefined : domainNameProblem(name);
      if (problem) report({ resource: domain, path: 'DomainName', message: problem });
    }
  },
};

import { Rule } from '../rule';
import { securityPolicyProblem } from './checks';
import { configurationsOf } from './helpers';

export const domainSecurityPolicy: Rule = {
  id: 'domain-security-policy',
  severity: 'error',
  summary: 'A domain name of API Gateway v2 uses the TLS_1_2 security policy',
  references: ['DOMAIN-004', 'DOMAIN-009', 'MAP-009'],
  evidence: { kind: 'observed', source: 'DOMAIN-004 service message ("Only REGIONAL domain names with a security policy of TLS 1.2 can be managed through the API Gateway V2 API"); DG:http-api-custom-domain-names' },
  check(model, report) {
    for (const domain of model.domainNames) {
      for (const config of configurationsOf(domain)) {
        for (const { value: policy, when } of model.values.strings(config.properties.SecurityPolicy)) {
          const problem = securityPolicyProblem(policy);
          if (problem) report({ resource: domain, path: `${config.path}.SecurityPolicy`, message: `${problem}${when}` });
        }
      }
    }
  },
};

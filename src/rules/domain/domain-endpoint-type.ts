import { Rule } from '../rule';
import { endpointTypeProblem } from './checks';
import { configurationsOf } from './helpers';

export const domainEndpointType: Rule = {
  id: 'domain-endpoint-type',
  severity: 'error',
  summary: 'A domain name of API Gateway v2 has a REGIONAL endpoint',
  references: ['DOMAIN-003', 'MAP-009'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-domain-endpoint-type-regional; aws/aws-cdk#15904' },
  check(model, report) {
    for (const domain of model.domainNames) {
      for (const config of configurationsOf(domain)) {
        for (const { value: type, when } of model.values.strings(config.properties.EndpointType)) {
          const problem = endpointTypeProblem(type);
          if (problem) report({ resource: domain, path: `${config.path}.EndpointType`, message: `${problem}${when}` });
        }
      }
    }
  },
};

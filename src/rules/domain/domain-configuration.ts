import { isPresent, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { certificateNameProblem, REGIONAL } from './checks';
import { configurationsOf } from './helpers';

export const domainConfiguration: Rule = {
  id: 'domain-configuration',
  severity: 'error',
  summary: 'A domain name has one configuration per endpoint type, each with a CertificateArn and a CertificateName of 1 to 128 characters',
  references: ['DOMAIN-006', 'X-005'],
  evidence: { kind: 'documented', source: 'S003 L5195 CreateDomainNameInput.domainNameConfigurations; SDK CertificateName StringWithLengthBetween1And128' },
  check(model, report) {
    for (const domain of model.domainNames) {
      const seen = new Set<string>();
      for (const config of configurationsOf(domain)) {
        const p = config.properties;
        // An absent EndpointType is REGIONAL, the only kind the v2 API creates.
        const type = p.EndpointType === undefined ? REGIONAL : stringOf(p.EndpointType);
        if (type !== undefined) {
          if (seen.has(type)) {
            report({ resource: domain, path: `${config.path}.EndpointType`, message: `a second ${type} configuration; a domain name takes at most one configuration per endpoint type` });
          }
          seen.add(type);
        }
        if (!isPresent(p.CertificateArn)) {
          report({ resource: domain, path: `${config.path}.CertificateArn`, message: 'CertificateArn is missing; expected the ARN of the ACM certificate the endpoint serves' });
        }
        const name = stringOf(p.CertificateName);
        const problem = name === undefined ? undefined : certificateNameProblem(name);
        if (problem) report({ resource: domain, path: `${config.path}.CertificateName`, message: problem });
      }
    }
  },
};

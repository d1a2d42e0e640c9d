import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { certificateArnProblem } from './checks';
import { configurationsOf } from './helpers';

export const domainCertificateArn: Rule = {
  id: 'domain-certificate-arn',
  severity: 'error',
  summary: 'CertificateArn and OwnershipVerificationCertificateArn name ACM certificates',
  references: ['DOMAIN-005', 'DOMAIN-010'],
  evidence: { kind: 'observed', source: 'PF:pf-apigwv2-domain-certificate-region; S003 L5299 certificateArn ("AWS Certificate Manager is the only supported source")' },
  check(model, report) {
    for (const domain of model.domainNames) {
      for (const config of configurationsOf(domain)) {
        for (const property of ['CertificateArn', 'OwnershipVerificationCertificateArn']) {
          const arn = stringOf(config.properties[property]);
          const problem = arn === undefined ? undefined : certificateArnProblem(arn, property);
          if (problem) report({ resource: domain, path: `${config.path}.${property}`, message: problem });
        }
      }
    }
  },
};

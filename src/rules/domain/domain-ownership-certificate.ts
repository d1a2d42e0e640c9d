import { isPresent } from '../../model/value';
import { Rule } from '../rule';
import { configurationsOf } from './helpers';

export const domainOwnershipCertificate: Rule = {
  id: 'domain-ownership-certificate',
  severity: 'warning',
  summary: 'OwnershipVerificationCertificateArn is set only on a domain name with mutual TLS',
  references: ['DOMAIN-010'],
  evidence: { kind: 'inferred', source: 'DOMAIN-010: S003 says the certificate is "required only if you configure mutual TLS"; a rejection without mutual TLS is not documented' },
  check(model, report) {
    for (const domain of model.domainNames) {
      if (isPresent(domain.properties.MutualTlsAuthentication)) continue;
      for (const config of configurationsOf(domain)) {
        if (!isPresent(config.properties.OwnershipVerificationCertificateArn)) continue;
        report({
          resource: domain,
          path: `${config.path}.OwnershipVerificationCertificateArn`,
          message: 'OwnershipVerificationCertificateArn is set but the domain has no MutualTlsAuthentication; it is used only with mutual TLS (remove it, or configure mutual TLS)',
        });
      }
    }
  },
};

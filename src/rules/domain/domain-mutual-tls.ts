import { isPresent, mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';
import { truststoreUriProblem, truststoreVersionProblem } from './checks';

export const domainMutualTls: Rule = {
  id: 'domain-mutual-tls',
  severity: 'error',
  summary: 'Mutual TLS names its truststore with an s3://bucket/key URI and, when given, a version of 1 to 64 characters',
  references: ['DOMAIN-008', 'X-005'],
  evidence: { kind: 'documented', source: 'S003 L5491 MutualTlsAuthenticationInput.truststoreUri (an Amazon S3 URL); SDK UriWithLengthBetween1And2048, StringWithLengthBetween1And64' },
  check(model, report) {
    for (const domain of model.domainNames) {
      const mtls = mapOf(domain.properties.MutualTlsAuthentication);
      if (!mtls) continue;
      if (!isPresent(mtls.TruststoreUri)) {
        report({ resource: domain, path: 'MutualTlsAuthentication.TruststoreUri', message: 'TruststoreUri is missing; mutual TLS needs the S3 URL of the truststore, s3://<bucket>/<key>' });
      } else {
        const uri = stringOf(mtls.TruststoreUri);
        const problem = uri === undefined ? undefined : truststoreUriProblem(uri);
        if (problem) report({ resource: domain, path: 'MutualTlsAuthentication.TruststoreUri', message: problem });
      }
      const version = stringOf(mtls.TruststoreVersion);
      const problem = version === undefined ? undefined : truststoreVersionProblem(version);
      if (problem) report({ resource: domain, path: 'MutualTlsAuthentication.TruststoreVersion', message: problem });
    }
  },
};

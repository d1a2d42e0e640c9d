import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { domainSecurityPolicy } from '../../src/rules/domain/domain-security-policy';

const domain = (SecurityPolicy: unknown) => ({
  Domain: {
    Type: 'AWS::ApiGatewayV2::DomainName',
    Properties: { DomainName: 'api.example.com', DomainNameConfigurations: [{ CertificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/abc', SecurityPolicy }] },
  },
});
const finding = [{ resource: 'Domain', path: 'DomainNameConfigurations[0].SecurityPolicy' }];

expectRule(domainSecurityPolicy, {
  valid: [
    ...validThrough('TLS_1_2', domain),
    { name: 'TLS_1_2', resources: domain('TLS_1_2') },
    { name: 'absent', resources: domain(undefined) },
    { name: 'a parameter', resources: domain({ Ref: 'Policy' }) },
  ],
  invalid: [
    ...invalidThrough('TLS_1_0', 'TLS_1_2', domain, finding),
    { name: 'TLS_1_0', resources: domain('TLS_1_0'), findings: finding },
    { name: 'a REST-only enhanced policy', resources: domain('SecurityPolicy_TLS13_1_3_2025_09'), findings: finding },
    { name: 'lower case', resources: domain('tls_1_2'), findings: finding },
  ],
});

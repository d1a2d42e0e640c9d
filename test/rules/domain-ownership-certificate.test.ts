import { expectRule } from './rule-table';
import { domainOwnershipCertificate } from '../../src/rules/domain/domain-ownership-certificate';

const cert = 'arn:aws:acm:eu-west-1:111122223333:certificate/abc';
const domain = (props: Record<string, unknown>) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', ...props } },
});

expectRule(domainOwnershipCertificate, {
  valid: [
    { name: 'with mutual TLS', resources: domain({ MutualTlsAuthentication: { TruststoreUri: 's3://abc/t.pem' }, DomainNameConfigurations: [{ CertificateArn: cert, OwnershipVerificationCertificateArn: cert }] }) },
    { name: 'neither', resources: domain({ DomainNameConfigurations: [{ CertificateArn: cert }] }) },
    { name: 'mutual TLS from a condition', resources: domain({ MutualTlsAuthentication: { 'Fn::If': ['Mtls', { TruststoreUri: 's3://abc/t.pem' }, { Ref: 'AWS::NoValue' }] }, DomainNameConfigurations: [{ CertificateArn: cert, OwnershipVerificationCertificateArn: cert }] }) },
  ],
  invalid: [
    { name: 'an ownership certificate without mutual TLS', resources: domain({ DomainNameConfigurations: [{ CertificateArn: cert, OwnershipVerificationCertificateArn: cert }] }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].OwnershipVerificationCertificateArn' }] },
    { name: 'mutual TLS removed with AWS::NoValue', resources: domain({ MutualTlsAuthentication: { Ref: 'AWS::NoValue' }, DomainNameConfigurations: [{ CertificateArn: cert, OwnershipVerificationCertificateArn: { Ref: 'Own' } }] }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].OwnershipVerificationCertificateArn' }] },
  ],
});

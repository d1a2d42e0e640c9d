import { expectRule } from './rule-table';
import { domainCertificateArn } from '../../src/rules/domain/domain-certificate-arn';

const domain = (config: Record<string, unknown>) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', DomainNameConfigurations: [config] } },
});
const cert = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab';

expectRule(domainCertificateArn, {
  valid: [
    { name: 'an ACM ARN', resources: domain({ CertificateArn: cert }) },
    { name: 'an ACM ARN in another partition', resources: domain({ CertificateArn: 'arn:aws-cn:acm:cn-north-1:111122223333:certificate/abc' }) },
    { name: 'a Ref', resources: domain({ CertificateArn: { Ref: 'Certificate' } }) },
    { name: 'an ownership certificate', resources: domain({ CertificateArn: cert, OwnershipVerificationCertificateArn: cert }) },
  ],
  invalid: [
    { name: 'an IAM server certificate', resources: domain({ CertificateArn: 'arn:aws:iam::111122223333:server-certificate/mine' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'a bare id', resources: domain({ CertificateArn: '0a1b2c3d' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'a private CA ARN as ownership certificate', resources: domain({ CertificateArn: cert, OwnershipVerificationCertificateArn: 'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/x' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].OwnershipVerificationCertificateArn' }] },
  ],
});

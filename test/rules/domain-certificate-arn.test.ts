import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { domainCertificateArn } from '../../src/rules/domain/domain-certificate-arn';

const domain = (config: Record<string, unknown>) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', DomainNameConfigurations: [config] } },
});
const cert = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab';

expectRule(domainCertificateArn, {
  valid: [
    {
      name: 'a region map whose every certificate is in its key\'s region',
      resources: domain({ CertificateArn: { 'Fn::FindInMap': ['Certificates', { Ref: 'AWS::Region' }, 'Arn'] } }),
      sections: { Mappings: { Certificates: { 'eu-west-1': { Arn: cert }, 'us-east-1': { Arn: cert.replace('eu-west-1', 'us-east-1') } } } },
    },
    { name: 'an ACM ARN', resources: domain({ CertificateArn: cert }) },
    { name: 'an ACM ARN in another partition', resources: domain({ CertificateArn: 'arn:aws-cn:acm:cn-north-1:111122223333:certificate/abc' }) },
    { name: 'a Ref', resources: domain({ CertificateArn: { Ref: 'Certificate' } }) },
    { name: 'an ownership certificate', resources: domain({ CertificateArn: cert, OwnershipVerificationCertificateArn: cert }) },
    ...validThrough(cert, v => domain({ CertificateArn: v })),
    { name: 'in the region given', resources: domain({ CertificateArn: cert }), region: 'eu-west-1' },
    { name: 'a certificate of the template, with the region given', resources: { ...domain({ CertificateArn: { Ref: 'Cert' } }), Cert: { Type: 'AWS::CertificateManager::Certificate', Properties: {} } }, region: 'us-east-1' },
    { name: 'through Fn::Sub in the region of the stack', resources: domain({ CertificateArn: { 'Fn::Sub': 'arn:${AWS::Partition}:acm:${AWS::Region}:${AWS::AccountId}:certificate/${CertId}' } }), region: 'eu-west-1' },
    {
      name: 'through Fn::Sub in the region of the stack, an id from a region map (the region hole is the map key)',
      resources: domain({
        CertificateArn: { 'Fn::Sub': ['arn:aws:acm:${AWS::Region}:123456789012:certificate/${Id}', { Id: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'Id'] } }] },
      }),
      sections: { Mappings: { M: { 'eu-west-1': { Id: 'abc' }, 'us-east-1': { Id: 'def' } } } },
    },
    { name: 'in another region, the region not given', resources: domain({ CertificateArn: cert.replace('eu-west-1', 'us-east-1') }) },
    { name: 'an ownership certificate in another region (only CertificateArn must be in the region)', resources: domain({ CertificateArn: cert, OwnershipVerificationCertificateArn: cert.replace('eu-west-1', 'us-east-1') }), region: 'eu-west-1' },
  ],
  invalid: [
    {
      name: 'an entry of a region map whose certificate is in another region than its key, the region not given',
      resources: domain({ CertificateArn: { 'Fn::FindInMap': ['Certificates', { Ref: 'AWS::Region' }, 'Arn'] } }),
      sections: { Mappings: { Certificates: { 'eu-west-1': { Arn: cert }, 'us-east-1': { Arn: cert } } } },
      findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }],
    },
    ...invalidThrough('0a1b2c3d', cert, v => domain({ CertificateArn: v }), [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }]),
    { name: 'in another region than the region given', resources: domain({ CertificateArn: cert.replace('eu-west-1', 'us-east-1') }), region: 'eu-west-1', findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'through Fn::Sub, in another region than the region given', resources: domain({ CertificateArn: { 'Fn::Sub': 'arn:${AWS::Partition}:acm:us-east-1:${AWS::AccountId}:certificate/${CertId}' } }), region: 'eu-west-1', findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'through Fn::Sub, an IAM certificate', resources: domain({ CertificateArn: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:server-certificate/${Name}' } }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'an IAM server certificate', resources: domain({ CertificateArn: 'arn:aws:iam::111122223333:server-certificate/mine' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'a bare id', resources: domain({ CertificateArn: '0a1b2c3d' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'a private CA ARN as ownership certificate', resources: domain({ CertificateArn: cert, OwnershipVerificationCertificateArn: 'arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/x' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].OwnershipVerificationCertificateArn' }] },
  ],
});

import { expectRule } from './rule-table';
import { domainConfiguration } from '../../src/rules/domain/domain-configuration';

const domain = (...configs: unknown[]) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', DomainNameConfigurations: configs } },
});
const cert = 'arn:aws:acm:eu-west-1:111122223333:certificate/abc';

expectRule(domainConfiguration, {
  valid: [
    { name: 'one REGIONAL entry', resources: domain({ CertificateArn: cert, EndpointType: 'REGIONAL' }) },
    { name: 'a certificate from a Ref', resources: domain({ CertificateArn: { Ref: 'Cert' } }) },
    { name: 'a 128-character certificate name', resources: domain({ CertificateArn: cert, CertificateName: 'c'.repeat(128) }) },
    { name: 'one REGIONAL and one EDGE (another rule reports EDGE)', resources: domain({ CertificateArn: cert }, { CertificateArn: cert, EndpointType: 'EDGE' }) },
    { name: 'an endpoint type that is a token', resources: domain({ CertificateArn: cert }, { CertificateArn: cert, EndpointType: { Ref: 'T' } }) },
  ],
  invalid: [
    { name: 'no certificate', resources: domain({ EndpointType: 'REGIONAL' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateArn' }] },
    { name: 'two REGIONAL entries', resources: domain({ CertificateArn: cert }, { CertificateArn: cert, EndpointType: 'REGIONAL' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[1].EndpointType' }] },
    { name: 'an empty certificate name', resources: domain({ CertificateArn: cert, CertificateName: '' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateName' }] },
    { name: 'a 129-character certificate name', resources: domain({ CertificateArn: cert, CertificateName: 'c'.repeat(129) }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].CertificateName' }] },
  ],
});

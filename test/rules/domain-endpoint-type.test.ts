import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { domainEndpointType } from '../../src/rules/domain/domain-endpoint-type';

const domain = (...configs: unknown[]) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', DomainNameConfigurations: configs } },
});
const cert = 'arn:aws:acm:eu-west-1:111122223333:certificate/abc';

expectRule(domainEndpointType, {
  valid: [
    ...validThrough('REGIONAL', v => domain({ CertificateArn: cert, EndpointType: v })),
    { name: 'REGIONAL', resources: domain({ CertificateArn: cert, EndpointType: 'REGIONAL' }) },
    { name: 'no endpoint type', resources: domain({ CertificateArn: cert }) },
    { name: 'a Ref', resources: domain({ CertificateArn: cert, EndpointType: { Ref: 'Type' } }) },
    { name: 'no configurations', resources: { Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'a.example.com' } } } },
  ],
  invalid: [
    ...invalidThrough('EDGE', 'REGIONAL', v => domain({ CertificateArn: cert, EndpointType: v }), [{ resource: 'Domain', path: 'DomainNameConfigurations[0].EndpointType' }]),
    { name: 'EDGE', resources: domain({ CertificateArn: cert, EndpointType: 'EDGE' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].EndpointType' }] },
    { name: 'lower case', resources: domain({ CertificateArn: cert, EndpointType: 'regional' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[0].EndpointType' }] },
    { name: 'PRIVATE in the second entry', resources: domain({ CertificateArn: cert }, { CertificateArn: cert, EndpointType: 'PRIVATE' }), findings: [{ resource: 'Domain', path: 'DomainNameConfigurations[1].EndpointType' }] },
  ],
});

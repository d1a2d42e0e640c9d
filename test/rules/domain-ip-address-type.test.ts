import { expectRule } from './rule-table';
import { domainIpAddressType } from '../../src/rules/domain/domain-ip-address-type';

const domain = (IpAddressType: unknown) => ({
  Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'api.example.com', DomainNameConfigurations: [{ CertificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/abc', IpAddressType }] } },
});
const finding = [{ resource: 'Domain', path: 'DomainNameConfigurations[0].IpAddressType' }];

expectRule(domainIpAddressType, {
  valid: [
    { name: 'ipv4', resources: domain('ipv4') },
    { name: 'dualstack', resources: domain('dualstack') },
    { name: 'absent', resources: domain(undefined) },
    { name: 'a Ref', resources: domain({ Ref: 'Ip' }) },
  ],
  invalid: [
    { name: 'ipv6', resources: domain('ipv6'), findings: finding },
    { name: 'upper case', resources: domain('IPV4'), findings: finding },
  ],
});

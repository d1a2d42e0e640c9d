import { expectRule } from './rule-table';
import { apiIpAddressType } from '../../src/rules/api/api-ip-address-type';

const api = (type: unknown) => ({ Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders', ProtocolType: 'HTTP', IpAddressType: type } } });

expectRule(apiIpAddressType, {
  valid: [
    { name: 'ipv4', resources: api('ipv4') },
    { name: 'dualstack', resources: api('dualstack') },
    { name: 'not set', resources: api(undefined) },
    { name: 'unknown', resources: api({ Ref: 'IpType' }) },
  ],
  invalid: [
    { name: 'ipv6', resources: api('ipv6'), findings: [{ resource: 'Api', path: 'IpAddressType' }] },
    { name: 'upper case', resources: api('IPV4'), findings: [{ resource: 'Api', path: 'IpAddressType' }] },
  ],
});

import { stringOf } from '../../model/value';
import { ipAddressTypeProblem } from '../domain/checks';
import { Rule } from '../rule';

export const apiIpAddressType: Rule = {
  id: 'api-ip-address-type',
  severity: 'error',
  summary: 'IpAddressType of an API is ipv4 or dualstack',
  references: ['API-012'],
  evidence: { kind: 'documented', source: 'S003 L2269 CreateApiInput.ipAddressType (IpAddressType enum: ipv4, dualstack); CFN Api.IpAddressType' },
  check(model, report) {
    for (const api of model.apis) {
      const type = stringOf(api.properties.IpAddressType);
      const problem = type === undefined ? undefined : ipAddressTypeProblem(type);
      if (problem) report({ resource: api, path: 'IpAddressType', message: problem });
    }
  },
};

import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { ipAddressTypeProblem } from './checks';
import { configurationsOf } from './helpers';

export const domainIpAddressType: Rule = {
  id: 'domain-ip-address-type',
  severity: 'error',
  summary: 'IpAddressType of a domain name configuration is ipv4 or dualstack',
  references: ['DOMAIN-007'],
  evidence: { kind: 'documented', source: 'S003 L5299 DomainNameConfiguration.ipAddressType enum' },
  check(model, report) {
    for (const domain of model.domainNames) {
      for (const config of configurationsOf(domain)) {
        const type = stringOf(config.properties.IpAddressType);
        const problem = type === undefined ? undefined : ipAddressTypeProblem(type);
        if (problem) report({ resource: domain, path: `${config.path}.IpAddressType`, message: problem });
      }
    }
  },
};

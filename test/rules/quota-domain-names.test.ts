import { many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaDomainNames } from '../../src/rules/quota/quota-domain-names';

const domains = (count: number) => many(count, 'Domain', 'AWS::ApiGatewayV2::DomainName', i => ({
  DomainName: `d${i}.example.com`, DomainNameConfigurations: [{ CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', EndpointType: 'REGIONAL' }],
}));

expectRule(quotaDomainNames, {
  valid: [
    { name: '120 domain names, the default quota', resources: domains(120) },
  ],
  invalid: [
    { name: '121 domain names: the 121st is reported', resources: domains(121), findings: [{ resource: 'Domain120', path: '' }] },
  ],
});

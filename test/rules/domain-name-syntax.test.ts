import { expectRule } from './rule-table';
import { domainNameSyntax } from '../../src/rules/domain/domain-name-syntax';

const domain = (DomainName: unknown) => ({ Domain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: DomainName === undefined ? {} : { DomainName } } });
const finding = [{ resource: 'Domain', path: 'DomainName' }];

expectRule(domainNameSyntax, {
  valid: [
    { name: 'a plain name', resources: domain('api.example.com') },
    { name: 'digits and hyphens', resources: domain('api-2.my-site9.example') },
    { name: 'a wildcard first label', resources: domain('*.example.com') },
    { name: '512 characters', resources: domain(`${'a'.repeat(500)}.example.com`) },
    { name: 'a Ref', resources: domain({ Ref: 'DomainParam' }) },
    { name: 'a CDK token inside', resources: domain('api.${Token[TOKEN.7]}') },
  ],
  invalid: [
    { name: 'missing', resources: domain(undefined), findings: finding },
    { name: 'empty', resources: domain(''), findings: finding },
    { name: '513 characters', resources: domain(`${'a'.repeat(501)}.example.com`), findings: finding },
    { name: 'upper case', resources: domain('API.example.com'), findings: finding },
    { name: 'an underscore', resources: domain('my_api.example.com'), findings: finding },
    { name: 'a wildcard in a later label', resources: domain('api.*.example.com'), findings: finding },
    { name: 'a partial wildcard label', resources: domain('api*.example.com'), findings: finding },
    { name: 'a space', resources: domain('api .example.com'), findings: finding },
  ],
});

import { expectRule } from './rule-table';
import { routingRuleHeader } from '../../src/rules/domain/routing-rule-header';

const rule = (Header: unknown, ValueGlob: unknown) => ({
  Rule: {
    Type: 'AWS::ApiGatewayV2::RoutingRule',
    Properties: {
      DomainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/a.example.com',
      Priority: 1,
      Actions: [],
      Conditions: [{ MatchBasePaths: { AnyOf: ['orders'] } }, { MatchHeaders: { AnyOf: [{ Header, ValueGlob }] } }],
    },
  },
});
const name = [{ resource: 'Rule', path: 'Conditions[1].MatchHeaders.AnyOf[0].Header' }];
const glob = [{ resource: 'Rule', path: 'Conditions[1].MatchHeaders.AnyOf[0].ValueGlob' }];

expectRule(routingRuleHeader, {
  valid: [
    { name: 'an exact value', resources: rule('x-version', 'v2') },
    { name: 'a suffix match', resources: rule('x-version', '*beta') },
    { name: 'a prefix match', resources: rule('x-version', 'v2*') },
    { name: 'an infix match of 40 characters', resources: rule('x-version', `*${'b'.repeat(38)}*`) },
    { name: 'a lone wildcard', resources: rule('x-version', '*') },
    { name: 'a 39-character name and 127-character glob', resources: rule('h'.repeat(39), 'g'.repeat(127)) },
    { name: 'every special character', resources: rule("x-!#$%&'.^_`|~", "v!#$%&'.^_`|~?-") },
    { name: 'tokens', resources: rule({ Ref: 'H' }, { Ref: 'G' }) },
    { name: 'a header that only starts like a reserved one', resources: rule('originator', 'x') },
  ],
  invalid: [
    { name: 'a 40-character name', resources: rule('h'.repeat(40), 'v'), findings: name },
    { name: 'an empty name', resources: rule('', 'v'), findings: name },
    { name: 'a colon in the name', resources: rule('x:version', 'v'), findings: name },
    { name: 'Authorization', resources: rule('Authorization', 'Bearer*'), findings: name },
    { name: 'an x-amz- header', resources: rule('X-Amz-Date', 'v'), findings: name },
    { name: 'an access-control- header', resources: rule('access-control-request-method', 'GET'), findings: name },
    { name: 'x-restAPI', resources: rule('x-restAPI', 'v'), findings: name },
    { name: 'a 128-character glob', resources: rule('x-v', 'g'.repeat(128)), findings: glob },
    { name: 'an empty glob', resources: rule('x-v', ''), findings: glob },
    { name: 'a wildcard inside', resources: rule('x-v', 'v*2'), findings: glob },
    { name: 'a wildcard inside an infix', resources: rule('x-v', '*a*b*'), findings: glob },
    { name: 'a double wildcard', resources: rule('x-v', '**'), findings: glob },
    { name: 'an infix of 41 characters', resources: rule('x-v', `*${'b'.repeat(39)}*`), findings: glob },
    { name: 'a comma', resources: rule('x-v', 'a,b'), findings: glob },
    { name: 'a space', resources: rule('x-v', 'a b'), findings: glob },
    { name: 'both wrong', resources: rule('Via', 'a b'), findings: [...name, ...glob] },
  ],
});

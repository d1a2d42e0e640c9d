import { API, many } from './quota-fixtures';
import { expectRule } from './rule-table';
import { quotaAuthorizersPerApi } from '../../src/rules/quota/quota-authorizers-per-api';

const authorizers = (count: number) => many(count, 'Authorizer', 'AWS::ApiGatewayV2::Authorizer', i => ({
  ApiId: { Ref: 'Api' },
  AuthorizerType: 'JWT',
  Name: `jwt${i}`,
  IdentitySource: ['$request.header.Authorization'],
  JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['orders'] },
}));

expectRule(quotaAuthorizersPerApi, {
  valid: [
    { name: '10 authorizers, the default quota', resources: { ...API('HTTP'), ...authorizers(10) } },
  ],
  invalid: [
    { name: '11 authorizers', resources: { ...API('HTTP'), ...authorizers(11) }, findings: [{ resource: 'Api', path: '' }] },
  ],
});

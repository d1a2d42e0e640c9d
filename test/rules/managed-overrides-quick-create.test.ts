import { HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { managedOverridesQuickCreate } from '../../src/rules/api/managed-overrides-quick-create';

const QUICK = { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'q', ProtocolType: 'HTTP', Target: 'arn:aws:lambda:us-east-1:123456789012:function:f' } } };
const overrides = (apiId: unknown = { Ref: 'Api' }) => ({ Overrides: { Type: 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides', Properties: { ApiId: apiId, Integration: { TimeoutInMillis: 10000 } } } });

expectRule(managedOverridesQuickCreate, {
  valid: [
    { name: 'a quick-created HTTP API', resources: { ...QUICK, ...overrides() } },
    { name: 'an API of another stack', resources: overrides('abc123') },
    { name: 'an API whose Target is unknown', resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'q', ProtocolType: 'HTTP', Target: { 'Fn::If': ['C', 'arn:aws:lambda:us-east-1:123456789012:function:f', { Ref: 'AWS::NoValue' }] } } }, ...overrides() } },
  ],
  invalid: [
    { name: 'a WebSocket API', resources: { ...WS_API, ...overrides() }, findings: [{ resource: 'Overrides', path: 'ApiId' }] },
    { name: 'an HTTP API that was not quick-created', resources: { ...HTTP_API, ...overrides({ 'Fn::GetAtt': ['Api', 'ApiId'] }) }, findings: [{ resource: 'Overrides', path: 'ApiId' }] },
  ],
});

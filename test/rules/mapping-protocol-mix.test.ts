import { expectRule } from './rule-table';
import { mappingProtocolMix } from '../../src/rules/domain/mapping-protocol-mix';

const V2 = 'AWS::ApiGatewayV2::';
const apis = {
  Http: { Type: `${V2}Api`, Properties: { Name: 'h', ProtocolType: 'HTTP' } },
  Ws: { Type: `${V2}Api`, Properties: { Name: 'w', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } },
  Ws2: { Type: `${V2}Api`, Properties: { Name: 'w2', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } },
  Rest: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'r' } },
  Domain: { Type: `${V2}DomainName`, Properties: { DomainName: 'api.example.com' } },
};
const map = (api: string, key: string, DomainName: unknown = { Ref: 'Domain' }) => ({ Type: `${V2}ApiMapping`, Properties: { ApiId: { Ref: api }, DomainName, Stage: 'prod', ApiMappingKey: key } });

expectRule(mappingProtocolMix, {
  valid: [
    { name: 'HTTP and REST', resources: { ...apis, A: map('Http', 'a'), B: map('Rest', 'b') } },
    { name: 'two WebSocket APIs', resources: { ...apis, A: map('Ws', 'a'), B: map('Ws2', 'b') } },
    { name: 'HTTP and WebSocket on different domains', resources: { ...apis, A: map('Http', 'a'), B: map('Ws', 'b', 'ws.example.com') } },
    { name: 'a WebSocket API and an API of unknown kind', resources: { ...apis, A: map('Ws', 'a'), B: { Type: `${V2}ApiMapping`, Properties: { ApiId: 'abc123', DomainName: { Ref: 'Domain' }, Stage: 'prod' } } } },
  ],
  invalid: [
    { name: 'HTTP then WebSocket', resources: { ...apis, A: map('Http', 'a'), B: map('Ws', 'b') }, findings: [{ resource: 'B', path: 'ApiId' }] },
    { name: 'WebSocket then REST and HTTP', resources: { ...apis, A: map('Ws', 'a'), B: map('Rest', 'b'), C: map('Http', 'c') }, findings: [{ resource: 'B', path: 'ApiId' }, { resource: 'C', path: 'ApiId' }] },
  ],
});

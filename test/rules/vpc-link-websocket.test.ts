import { expectRule } from './rule-table';
import { vpcLinkWebSocket } from '../../src/rules/domain/vpc-link-websocket';

const V2 = 'AWS::ApiGatewayV2::';
const resources = (protocol: string, ConnectionId: unknown) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Link: { Type: `${V2}VpcLink`, Properties: { Name: 'l', SubnetIds: ['subnet-1'] } },
  Integration: { Type: `${V2}Integration`, Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'HTTP_PROXY', ConnectionType: 'VPC_LINK', ConnectionId, IntegrationUri: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/x/y/z', IntegrationMethod: 'ANY' } },
});

expectRule(vpcLinkWebSocket, {
  valid: [
    { name: 'an HTTP API', resources: resources('HTTP', { Ref: 'Link' }) },
    { name: 'a WebSocket API through a stage variable', resources: resources('WEBSOCKET', '${stageVariables.vpcLinkId}') },
    { name: 'a WebSocket API through a literal id', resources: resources('WEBSOCKET', 'abc123') },
  ],
  invalid: [
    { name: 'a WebSocket API through a v2 VPC link', resources: resources('WEBSOCKET', { Ref: 'Link' }), findings: [{ resource: 'Integration', path: 'ConnectionId' }] },
  ],
});

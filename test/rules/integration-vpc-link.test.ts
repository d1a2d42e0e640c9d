import { expectRule } from './rule-table';
import { integrationVpcLink } from '../../src/rules/integration/integration-vpc-link';

const integration = (props: object, protocol = 'HTTP') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  I: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'HTTP_PROXY', IntegrationUri: 'https://example.com', ...props } },
});

expectRule(integrationVpcLink, {
  valid: [
    { name: 'VPC_LINK with a linked id', resources: { ...integration({ ConnectionType: 'VPC_LINK', ConnectionId: { Ref: 'Link' } }), Link: { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'l', SubnetIds: ['s'] } } } },
    { name: 'VPC_LINK with a literal id of 1024 characters on a WebSocket API', resources: integration({ ConnectionType: 'VPC_LINK', ConnectionId: 'x'.repeat(1024) }, 'WEBSOCKET') },
    { name: 'INTERNET, and no connection type', resources: { ...integration({ ConnectionType: 'INTERNET' }), J: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'AWS_PROXY' } } } },
    { name: 'an unknown connection type without id', resources: integration({ ConnectionType: { Ref: 'C' } }) },
    { name: 'VPC_LINK with an unknown id', resources: integration({ ConnectionType: 'VPC_LINK', ConnectionId: { 'Fn::ImportValue': 'LinkId' } }) },
  ],
  invalid: [
    { name: 'VPC_LINK without id', resources: integration({ ConnectionType: 'VPC_LINK' }), findings: [{ resource: 'I', path: 'ConnectionId' }] },
    { name: 'VPC_LINK with an empty id on a WebSocket API', resources: integration({ ConnectionType: 'VPC_LINK', ConnectionId: '' }, 'WEBSOCKET'), findings: [{ resource: 'I', path: 'ConnectionId' }] },
    { name: 'a connection type outside the enum', resources: integration({ ConnectionType: 'PRIVATE', ConnectionId: 'abc' }), findings: [{ resource: 'I', path: 'ConnectionType' }] },
    { name: 'lower case', resources: integration({ ConnectionType: 'vpc_link', ConnectionId: 'abc' }), findings: [{ resource: 'I', path: 'ConnectionType' }] },
    { name: 'an id of 1025 characters', resources: integration({ ConnectionType: 'VPC_LINK', ConnectionId: 'x'.repeat(1025) }), findings: [{ resource: 'I', path: 'ConnectionId' }] },
  ],
});

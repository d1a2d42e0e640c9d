import { Rule } from '../rule';

export const vpcLinkWebSocket: Rule = {
  id: 'vpc-link-websocket',
  severity: 'warning',
  summary: 'A v2 VPC link serves HTTP APIs only: no WebSocket integration connects through it',
  references: ['VPCL-005', 'INT-018'],
  evidence: { kind: 'inferred', source: 'VPCL-005, INT-018: CFN VpcLink "Supported only for HTTP APIs" (applicability); deploy error unknown' },
  check(model, report) {
    for (const link of model.vpcLinks) {
      for (const integration of link.integrations) {
        if (integration.api?.protocol !== 'WEBSOCKET') continue;
        report({
          resource: integration,
          path: 'ConnectionId',
          message: `the WebSocket integration connects through ${link.logicalId}, an AWS::ApiGatewayV2::VpcLink, which serves HTTP APIs only; WebSocket VPC_LINK integrations use a REST API VPC link (AWS::ApiGateway::VpcLink) to a Network Load Balancer`,
        });
      }
    }
  },
};

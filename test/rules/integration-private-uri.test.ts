import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { integrationPrivateUri } from '../../src/rules/integration/integration-private-uri';

const LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/orders/50dc6c495c0c9188/f2f7dc8efc522ab2';
const integration = (uri: unknown, extra: Record<string, unknown> = {}) => child('Integration', 'Integration', {
  IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', ConnectionType: 'VPC_LINK', ConnectionId: 'abc123', PayloadFormatVersion: '1.0', IntegrationUri: uri, ...extra,
});

expectRule(integrationPrivateUri, {
  valid: [
    { name: 'an ALB listener ARN', resources: { ...HTTP_API, ...integration(LISTENER) } },
    { name: 'an NLB listener ARN', resources: { ...HTTP_API, ...integration('arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/net/orders/50dc6c495c0c9188/f2f7dc8efc522ab2') } },
    { name: 'a Cloud Map service ARN', resources: { ...HTTP_API, ...integration('arn:aws:servicediscovery:us-east-1:123456789012:service/srv-e4anhexample0004') } },
    { name: 'an unknown URI', resources: { ...HTTP_API, ...integration({ Ref: 'Listener' }) } },
    { name: 'a public URL without a VPC link', resources: { ...HTTP_API, ...integration('https://example.com', { ConnectionType: 'INTERNET' }) } },
    { name: 'a WebSocket private integration with an NLB URL', resources: { ...WS_API, ...integration('http://nlb.example.com', { ConnectionType: 'VPC_LINK', PayloadFormatVersion: undefined }) } },
  ],
  invalid: [
    { name: 'a URL', resources: { ...HTTP_API, ...integration('http://internal.example.com') }, findings: [{ resource: 'Integration', path: 'IntegrationUri' }] },
    { name: 'a load balancer ARN', resources: { ...HTTP_API, ...integration('arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/orders/50dc6c495c0c9188') }, findings: [{ resource: 'Integration', path: 'IntegrationUri' }] },
    { name: 'a Cloud Map namespace ARN', resources: { ...HTTP_API, ...integration('arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abc') }, findings: [{ resource: 'Integration', path: 'IntegrationUri' }] },
  ],
});

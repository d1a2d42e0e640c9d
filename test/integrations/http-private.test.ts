import { Match, Template } from 'aws-cdk-lib/assertions';
import { SecurityGroup, Vpc } from 'aws-cdk-lib/aws-ec2';
import {
  ApplicationListener, ApplicationLoadBalancer, ListenerAction, NetworkListener, NetworkLoadBalancer, NetworkTargetGroup,
} from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { HttpMethod } from '../../src/common/route-key';
import { VpcLink } from '../../src/common/vpc-link';
import { HttpAlbIntegration, HttpApi, HttpNlbIntegration, HttpServiceDiscoveryIntegration } from '../../src/http';
import { findings, newStack } from '../http/helpers';

describe('private integrations', () => {
  test('ALB listener: a VPC link into the load balancer VPC is created once per API and VPC', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2 });
    const alb = new ApplicationLoadBalancer(stack, 'Alb', { vpc });
    const listener = alb.addListener('Http', { port: 80, defaultAction: ListenerAction.fixedResponse(200) });
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/a', integration: new HttpAlbIntegration('A', listener, { secureServerName: 'internal.example.com', method: HttpMethod.GET }) });
    api.addRoutes({ path: '/b', integration: new HttpAlbIntegration('B', listener) });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'HTTP_PROXY',
      ConnectionType: 'VPC_LINK',
      ConnectionId: { Ref: Match.stringLikeRegexp('VpcLink') },
      IntegrationUri: { Ref: Match.stringLikeRegexp('^AlbHttp') },
      IntegrationMethod: 'GET',
      PayloadFormatVersion: '1.0',
      TlsConfig: { ServerNameToVerify: 'internal.example.com' },
    });
    expect(findings(stack)).toEqual([]);
  });

  test('the VPC links of an API are numbered in creation order, one per VPC, as aws-cdk-lib numbers them', () => {
    const stack = newStack();
    const first = new Vpc(stack, 'First', { maxAzs: 2 });
    const second = new Vpc(stack, 'Second', { maxAzs: 2 });
    const api = new HttpApi(stack, 'Api');
    const link = api.addVpcLink({ vpc: first, vpcLinkName: 'first' });
    expect(link.node.id).toBe('VpcLink-1');
    // the same VPC again: the API's link into it, as aws-cdk-lib's addVpcLink returns
    expect(api.addVpcLink({ vpc: first })).toBe(link);
    expect(api.vpcLinkFor(first)).toBe(link);
    expect(api.vpcLinkFor(second).node.id).toBe('VpcLink-2');
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::VpcLink', 2);
  });

  test('NLB listener with a given VPC link', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2 });
    const nlb = new NetworkLoadBalancer(stack, 'Nlb', { vpc });
    const listener = nlb.addListener('Tcp', { port: 80, defaultTargetGroups: [new NetworkTargetGroup(stack, 'Tg', { vpc, port: 80 })] });
    const link = new VpcLink(stack, 'Link', { vpc });
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/a', integration: new HttpNlbIntegration('A', listener, { vpcLink: link }) });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { ConnectionId: { Ref: Match.stringLikeRegexp('^Link') }, IntegrationUri: { Ref: Match.stringLikeRegexp('^NlbTcp') } });
  });

  test('imported listeners need a VPC link or a VPC', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2 });
    const listener = ApplicationListener.fromApplicationListenerAttributes(stack, 'L', {
      listenerArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/x/1/2',
      securityGroup: SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-12345678'),
    });
    const api = new HttpApi(stack, 'Api');
    expect(() => api.addRoutes({ path: '/a', integration: new HttpAlbIntegration('A', listener) })).toThrow(/\[integration-vpc-link\]/);
    api.addRoutes({ path: '/b', integration: new HttpAlbIntegration('B', listener, { vpc }) });
    const nlbListener = NetworkListener.fromNetworkListenerArn(stack, 'N', 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/net/x/1/2');
    api.addRoutes({ path: '/c', integration: new HttpNlbIntegration('C', nlbListener, { vpc }) });
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
  });

  test('Cloud Map service', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2 });
    const namespace = new PrivateDnsNamespace(stack, 'Ns', { name: 'internal', vpc });
    const service = namespace.createService('Svc');
    const api = new HttpApi(stack, 'Api');
    expect(() => api.addRoutes({ path: '/x', integration: new HttpServiceDiscoveryIntegration('X', service) })).toThrow(/\[integration-vpc-link\]/);
    api.addRoutes({ path: '/a', integration: new HttpServiceDiscoveryIntegration('A', service, { vpc }) });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      ConnectionType: 'VPC_LINK', IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NsSvc'), 'Arn'] }, IntegrationMethod: 'ANY',
    });
    expect(findings(stack)).toEqual([]);
  });
});

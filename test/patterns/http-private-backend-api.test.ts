import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Peer, SecurityGroup, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import {
  ApplicationListener, ApplicationLoadBalancer, ApplicationProtocol, IApplicationListener, INetworkListener, ListenerAction, ListenerCertificate,
  NetworkListener, NetworkLoadBalancer, Protocol,
} from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { IpTarget } from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import { DnsRecordType, PrivateDnsNamespace } from 'aws-cdk-lib/aws-servicediscovery';
import { apiGatewayFindings, awsSolutionsFindings } from './nag';
import {
  HttpMethod, HttpNoneAuthorizer, HttpPrivateBackendApi, HttpPrivateBackendApiProps, MappingValue, ParameterMapping, PrivateBackend, Switchyard,
  VpcLink,
} from '../../src';
import { schemaViolations } from '../examples/cloudformation-schema';

const CERTIFICATE = 'arn:aws:acm:eu-west-1:123456789012:certificate/0b9c1b3e-6d2f-4c1a-9e0b-1c2d3e4f5a6b';

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
}

/** An internal ALB with one listener (HTTP on 80, or HTTPS on 443), not open to anyone. */
function albListener(stack: Stack, https = false): ApplicationListener {
  const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const alb = new ApplicationLoadBalancer(stack, 'Alb', { vpc, internetFacing: false });
  return alb.addListener(https ? 'Https' : 'Http', {
    protocol: https ? ApplicationProtocol.HTTPS : ApplicationProtocol.HTTP,
    port: https ? 443 : 80,
    certificates: https ? [ListenerCertificate.fromArn(CERTIFICATE)] : undefined,
    open: false,
    defaultAction: ListenerAction.fixedResponse(200, { contentType: 'application/json', messageBody: '{"status":"ok"}' }),
  });
}

/** An internal NLB (with a security group, or without) and one listener on 8443 (TCP, or TLS). */
function nlbListener(stack: Stack, options: { withGroup: boolean; tls?: boolean }): NetworkListener {
  const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const securityGroups = options.withGroup ? [new SecurityGroup(stack, 'NlbGroup', { vpc, allowAllOutbound: false })] : undefined;
  const nlb = new NetworkLoadBalancer(stack, 'Nlb', { vpc, internetFacing: false, securityGroups });
  const listener = nlb.addListener('Listener', {
    port: 8443,
    protocol: options.tls ? Protocol.TLS : Protocol.TCP,
    certificates: options.tls ? [ListenerCertificate.fromArn(CERTIFICATE)] : undefined,
  });
  listener.addTargets('Targets', { port: 8443, targets: [new IpTarget('10.0.0.10')] });
  return listener;
}

/** A Cloud Map service of SRV records in a private namespace of a new VPC. */
function cloudMap(stack: Stack) {
  const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const namespace = new PrivateDnsNamespace(stack, 'Namespace', { name: 'internal.example', vpc });
  const service = namespace.createService('Orders', { dnsRecordType: DnsRecordType.SRV });
  return { vpc, service };
}

/** Every resource of one type, by logical id. */
function resources(stack: Stack, type: string): { [id: string]: { Properties: Record<string, unknown> } } {
  return Template.fromStack(stack).findResources(type) as { [id: string]: { Properties: Record<string, unknown> } };
}

/** The security group rules of a stack, written as one line each, sorted. */
function rules(stack: Stack): string[] {
  const template = Template.fromStack(stack);
  const groupName = (ref: unknown) => {
    const id = (ref as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt']?.[0];
    return id ?? JSON.stringify(stack.resolve(ref));
  };
  const peer = (p: Record<string, unknown>) => p.CidrIp !== undefined ? JSON.stringify(p.CidrIp)
    : groupName(p.SourceSecurityGroupId ?? p.DestinationSecurityGroupId);
  const out: string[] = [];
  for (const [id, group] of Object.entries(template.findResources('AWS::EC2::SecurityGroup'))) {
    for (const r of (group.Properties.SecurityGroupIngress ?? []) as Record<string, unknown>[]) out.push(`${id} in from ${peer(r)} ${r.IpProtocol} ${r.FromPort}-${r.ToPort}`);
    for (const r of (group.Properties.SecurityGroupEgress ?? []) as Record<string, unknown>[]) out.push(`${id} out to ${peer(r)} ${r.IpProtocol} ${r.FromPort}-${r.ToPort}`);
  }
  for (const r of Object.values(template.findResources('AWS::EC2::SecurityGroupIngress'))) {
    const p = r.Properties;
    out.push(`${groupName(p.GroupId)} in from ${peer(p)} ${p.IpProtocol} ${p.FromPort}-${p.ToPort}`);
  }
  for (const r of Object.values(template.findResources('AWS::EC2::SecurityGroupEgress'))) {
    const p = r.Properties;
    out.push(`${groupName(p.GroupId)} out to ${peer(p)} ${p.IpProtocol} ${p.FromPort}-${p.ToPort}`);
  }
  return out.sort();
}

/** The one integration of the stack's pattern. */
function integration(stack: Stack): Record<string, unknown> {
  const all = Object.values(resources(stack, 'AWS::ApiGatewayV2::Integration'));
  expect(all).toHaveLength(1);
  return all[0].Properties;
}

const LINK_GROUP = 'PrivateVpcLinkSecurityGroup03D15AFA';

describe('HttpPrivateBackendApi, ALB listener (the default pattern)', () => {
  function build(stack: Stack, props: Partial<HttpPrivateBackendApiProps> = {}): HttpPrivateBackendApi {
    return new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.applicationListener(albListener(stack)), ...props });
  }

  test('whole-stack snapshot', () => {
    const stack = newStack();
    build(stack);
    expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
  });

  test('one IAM-authorized route ANY /{proxy+}, sent through the new VPC link to the listener over plain HTTP', () => {
    const stack = newStack();
    const pattern = build(stack);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /{proxy+}', AuthorizationType: 'AWS_IAM' });
    expect(integration(stack)).toEqual({
      ApiId: { Ref: 'PrivateApiA0379F67' },
      ConnectionId: { Ref: 'PrivateVpcLinkC0085697' },
      ConnectionType: 'VPC_LINK',
      IntegrationMethod: 'ANY',
      IntegrationType: 'HTTP_PROXY',
      IntegrationUri: { Ref: 'AlbHttp7966E42E' },
      PayloadFormatVersion: '1.0',
    });
    template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
      SecurityGroupIds: [{ 'Fn::GetAtt': [LINK_GROUP, 'GroupId'] }],
      SubnetIds: [{ Ref: 'VpcIsolatedSubnet1SubnetE48C5737' }, { Ref: 'VpcIsolatedSubnet2Subnet16364B91' }],
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
    expect(pattern.routes.map(r => r.routeKey.key)).toEqual(['ANY /{proxy+}']);
    expect(pattern.securityGroup).toBeDefined();
    expect(pattern.vpcLink).toBeInstanceOf(VpcLink);
    expect(stack.resolve(pattern.url)).toEqual(stack.resolve(pattern.api.url));
  });

  test('security groups: the link sends only to the ALB\'s group on 80, and the ALB takes only the link in', () => {
    const stack = newStack();
    build(stack);
    expect(rules(stack)).toEqual([
      // The placeholder rule of the ALB's group, which allows no outbound traffic (aws-cdk-lib's "Disallow all traffic").
      'AlbSecurityGroup580F65A6 out to "255.255.255.255/32" icmp 252-86',
      `AlbSecurityGroup580F65A6 in from ${LINK_GROUP} tcp 80-80`,
      `${LINK_GROUP} out to AlbSecurityGroup580F65A6 tcp 80-80`,
    ].sort());
    // The link's group has no rule of its own: CloudFormation removes a new group's default allow-all egress rule
    // once an egress rule is added to it (here the AWS::EC2::SecurityGroupEgress above), see aws/aws-cdk#998.
    expect(resources(stack, 'AWS::EC2::SecurityGroup')[LINK_GROUP].Properties).toEqual({
      GroupDescription: 'VPC link of an HTTP API: sends only to the private backend',
      VpcId: { Ref: 'Vpc8378EB38' },
    });
  });

  test('no Switchyard finding, no schema violation', () => {
    const stack = newStack();
    build(stack);
    expect(Switchyard.findings(stack)).toEqual([]);
    expect(schemaViolations(app => build(new Stack(app, 'Schema')))).toEqual([]);
  });

  test('cdk-nag: no API Gateway finding; the pattern\'s own resources have none either', () => {
    expect(apiGatewayFindings(stack => build(stack))).toEqual([]);
    // Both findings are on the test's VPC (no flow logs) and load balancer (no access logs), none on the pattern.
    expect(awsSolutionsFindings(stack => build(stack))).toEqual([
      { rule: 'AwsSolutions-ELB2', path: 'Stack/Alb/Resource' },
      { rule: 'AwsSolutions-VPC7', path: 'Stack/Vpc/Resource' },
    ]);
  });

  test('routes: each path and method its own route, all to the one integration; routes: [] throws', () => {
    const stack = newStack();
    const pattern = build(stack, {
      routes: [{ path: '/orders', methods: [HttpMethod.GET, HttpMethod.POST] }, { path: '/orders/{id}', methods: [HttpMethod.GET] }],
      authorizer: new HttpNoneAuthorizer(),
    });
    expect(pattern.routes.map(r => r.routeKey.key)).toEqual(['GET /orders', 'POST /orders', 'GET /orders/{id}']);
    const routes = Object.values(resources(stack, 'AWS::ApiGatewayV2::Route')).map(r => r.Properties);
    expect(routes.map(r => r.AuthorizationType)).toEqual(['NONE', 'NONE', 'NONE']);
    expect(new Set(routes.map(r => JSON.stringify(r.Target))).size).toBe(1);
    expect(Switchyard.findings(stack)).toEqual([]);

    expect(() => build(newStack(), { routes: [] })).toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-routes' }));
  });

  test('vpcLinkSubnets picks the subnets of the new VPC link', () => {
    const stack = newStack();
    build(stack, { vpcLinkSubnets: { subnetType: SubnetType.PUBLIC } });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
      SubnetIds: [{ Ref: 'VpcPublicSubnet1Subnet5C2D37C4' }, { Ref: 'VpcPublicSubnet2Subnet691E08A3' }],
    });
  });

  test('a given VPC link: the pattern makes no link and no security group', () => {
    const stack = newStack();
    const listener = albListener(stack);
    const link = VpcLink.fromVpcLinkAttributes(stack, 'Link', { vpcLinkId: 'abc123', vpc: Vpc.fromVpcAttributes(stack, 'Other', { vpcId: 'vpc-1', availabilityZones: ['eu-west-1a'] }) });
    const pattern = new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.applicationListener(listener), vpcLink: link });
    expect(pattern.securityGroup).toBeUndefined();
    expect(pattern.vpcLink).toBe(link);
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::VpcLink', 0);
    expect(integration(stack).ConnectionId).toBe('abc123');
    expect(rules(stack)).toEqual(['AlbSecurityGroup580F65A6 out to "255.255.255.255/32" icmp 252-86']);
  });

  test('an imported listener: the VPC is required, and its port', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const group = SecurityGroup.fromSecurityGroupId(stack, 'AlbGroup', 'sg-0123456789abcdef0', { allowAllOutbound: false });
    const arn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/internal/50dc6c495c0c9188/f2f7dc8efc522ab2';
    const imported = (id: string, defaultPort?: number): IApplicationListener =>
      ApplicationListener.fromApplicationListenerAttributes(stack, id, { listenerArn: arn, securityGroup: group, defaultPort });

    expect(() => new HttpPrivateBackendApi(stack, 'NoVpc', { backend: PrivateBackend.applicationListener(imported('L1', 80)) }))
      .toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-vpc' }));
    expect(() => new HttpPrivateBackendApi(stack, 'NoPort', { backend: PrivateBackend.applicationListener(imported('L2')), vpc }))
      .toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-port' }));

    new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.applicationListener(imported('L3', 8080)), vpc });
    // The imported group is opened to the link by a rule of this stack; the link sends to it on 8080 only.
    expect(rules(stack)).toEqual([
      `"sg-0123456789abcdef0" in from ${LINK_GROUP} tcp 8080-8080`,
      `${LINK_GROUP} out to "sg-0123456789abcdef0" tcp 8080-8080`,
    ]);
  });
});

describe('TLS to the backend', () => {
  test('an HTTPS listener with tlsServerName: the integration verifies that name', () => {
    const stack = newStack();
    new HttpPrivateBackendApi(stack, 'Private', {
      backend: PrivateBackend.applicationListener(albListener(stack, true)),
      tlsServerName: 'orders.internal.example.com',
    });
    expect(integration(stack).TlsConfig).toEqual({ ServerNameToVerify: 'orders.internal.example.com' });
    expect(rules(stack)).toContain(`${LINK_GROUP} out to AlbSecurityGroup580F65A6 tcp 443-443`);
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('an HTTPS listener without tlsServerName, or an HTTP one with it, throws http-private-backend-api-tls', () => {
    expect(() => {
      const stack = newStack();
      new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.applicationListener(albListener(stack, true)) });
    }).toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-tls' }));
    expect(() => {
      const stack = newStack();
      new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.applicationListener(albListener(stack)), tlsServerName: 'a.example.com' });
    }).toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-tls' }));
  });

  test('an NLB: a TLS listener needs the name; a TCP listener takes it (TLS passed through to the targets) or not', () => {
    expect(() => {
      const stack = newStack();
      new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.networkListener(nlbListener(stack, { withGroup: true, tls: true })) });
    }).toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-tls' }));

    const tls = newStack();
    new HttpPrivateBackendApi(tls, 'Private', {
      backend: PrivateBackend.networkListener(nlbListener(tls, { withGroup: true, tls: true })), tlsServerName: 'orders.example.com',
    });
    expect(integration(tls).TlsConfig).toEqual({ ServerNameToVerify: 'orders.example.com' });

    const passThrough = newStack();
    new HttpPrivateBackendApi(passThrough, 'Private', {
      backend: PrivateBackend.networkListener(nlbListener(passThrough, { withGroup: true })), tlsServerName: 'orders.example.com',
    });
    expect(integration(passThrough).TlsConfig).toEqual({ ServerNameToVerify: 'orders.example.com' });
  });
});

describe('HttpPrivateBackendApi, NLB listener', () => {
  test('with a security group: the link sends to it on the listener\'s port, and it takes the link in', () => {
    const stack = newStack();
    new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.networkListener(nlbListener(stack, { withGroup: true })) });
    expect(integration(stack)).toMatchObject({ IntegrationUri: { Ref: 'NlbListener670750D0' }, ConnectionType: 'VPC_LINK' });
    expect(integration(stack).TlsConfig).toBeUndefined();
    expect(rules(stack)).toEqual([
      'NlbGroup14D88971 out to "255.255.255.255/32" icmp 252-86',
      `NlbGroup14D88971 in from ${LINK_GROUP} tcp 8443-8443`,
      `${LINK_GROUP} out to NlbGroup14D88971 tcp 8443-8443`,
    ].sort());
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('without a security group: the link sends to the VPC\'s CIDR block on the listener\'s port, inline', () => {
    const stack = newStack();
    new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.networkListener(nlbListener(stack, { withGroup: false })) });
    expect(rules(stack)).toEqual([`${LINK_GROUP} out to {"Fn::GetAtt":["Vpc8378EB38","CidrBlock"]} tcp 8443-8443`]);
    expect(schemaViolations(app => {
      const s = new Stack(app, 'Schema');
      new HttpPrivateBackendApi(s, 'Private', { backend: PrivateBackend.networkListener(nlbListener(s, { withGroup: false })) });
    })).toEqual([]);
  });

  test('cdk-nag: no API Gateway finding, none on the pattern\'s resources', () => {
    const build = (stack: Stack) => {
      new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.networkListener(nlbListener(stack, { withGroup: true })) });
    };
    expect(apiGatewayFindings(build)).toEqual([]);
    // Both findings are on the test's VPC (no flow logs) and load balancer (no access logs).
    expect(awsSolutionsFindings(build)).toEqual([
      { rule: 'AwsSolutions-ELB2', path: 'Stack/Nlb/Resource' },
      { rule: 'AwsSolutions-VPC7', path: 'Stack/Vpc/Resource' },
    ]);
  });

  test('port and peer given: they win over the listener\'s', () => {
    const stack = newStack();
    new HttpPrivateBackendApi(stack, 'Private', {
      backend: PrivateBackend.networkListener(nlbListener(stack, { withGroup: true }), { port: 9000, peer: Peer.ipv4('10.0.128.0/24') }),
    });
    expect(rules(stack)).toEqual([
      'NlbGroup14D88971 out to "255.255.255.255/32" icmp 252-86',
      `${LINK_GROUP} out to "10.0.128.0/24" tcp 9000-9000`,
    ]);
  });

  test('an imported listener: its port is required (65535 is a port; 65536 is not)', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const arn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/net/internal/50dc6c495c0c9188/f2f7dc8efc522ab2';
    const listener: INetworkListener = NetworkListener.fromNetworkListenerArn(stack, 'Listener', arn);
    expect(() => new HttpPrivateBackendApi(stack, 'NoPort', { backend: PrivateBackend.networkListener(listener), vpc }))
      .toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-port' }));
    expect(() => new HttpPrivateBackendApi(stack, 'BadPort', { backend: PrivateBackend.networkListener(listener, { port: 65536 }), vpc }))
      .toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-port' }));
    new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.networkListener(listener, { port: 65535 }), vpc });
    expect(rules(stack)).toEqual([`${LINK_GROUP} out to {"Fn::GetAtt":["Vpc8378EB38","CidrBlock"]} tcp 65535-65535`]);
  });
});

describe('HttpPrivateBackendApi, Cloud Map service', () => {
  test('the link sends to the VPC on the given port; the integration points at the service', () => {
    const stack = newStack();
    const { vpc, service } = cloudMap(stack);
    new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.cloudMapService(service, { port: 8080 }), vpc });
    expect(integration(stack)).toMatchObject({
      ConnectionId: { Ref: 'PrivateVpcLinkC0085697' },
      ConnectionType: 'VPC_LINK',
      IntegrationUri: { 'Fn::GetAtt': ['NamespaceOrdersE2893234', 'Arn'] },
    });
    expect(rules(stack)).toEqual([`${LINK_GROUP} out to {"Fn::GetAtt":["Vpc8378EB38","CidrBlock"]} tcp 8080-8080`]);
    expect(Switchyard.findings(stack)).toEqual([]);
    expect(schemaViolations(app => {
      const s = new Stack(app, 'Schema');
      const m = cloudMap(s);
      new HttpPrivateBackendApi(s, 'Private', { backend: PrivateBackend.cloudMapService(m.service, { port: 8080 }), vpc: m.vpc });
    })).toEqual([]);
  });

  test('a peer with a security group (the instances\'): it is opened to the link, on the port only', () => {
    const stack = newStack();
    const { vpc, service } = cloudMap(stack);
    const instances = new SecurityGroup(stack, 'Instances', { vpc });
    new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.cloudMapService(service, { port: 8080, peer: instances }), vpc });
    expect(rules(stack)).toEqual([
      'Instances282EEC04 out to "0.0.0.0/0" -1 undefined-undefined',
      `Instances282EEC04 in from ${LINK_GROUP} tcp 8080-8080`,
      `${LINK_GROUP} out to Instances282EEC04 tcp 8080-8080`,
    ].sort());
  });

  test('no vpc (nor vpcLink) throws http-private-backend-api-vpc; port 0 throws http-private-backend-api-port, port 1 does not', () => {
    const stack = newStack();
    const { vpc, service } = cloudMap(stack);
    expect(() => new HttpPrivateBackendApi(stack, 'NoVpc', { backend: PrivateBackend.cloudMapService(service, { port: 8080 }) }))
      .toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-vpc' }));
    expect(() => new HttpPrivateBackendApi(stack, 'Zero', { backend: PrivateBackend.cloudMapService(service, { port: 0 }), vpc }))
      .toThrow(expect.objectContaining({ ruleId: 'http-private-backend-api-port' }));
    expect(() => new HttpPrivateBackendApi(stack, 'One', { backend: PrivateBackend.cloudMapService(service, { port: 1 }), vpc })).not.toThrow();
  });

  test('cdk-nag: no API Gateway finding, none on the pattern\'s resources', () => {
    const build = (stack: Stack) => {
      const { vpc, service } = cloudMap(stack);
      new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.cloudMapService(service, { port: 8080 }), vpc });
    };
    expect(apiGatewayFindings(build)).toEqual([]);
    // The one finding is on the test's VPC (no flow logs), none on the pattern.
    expect(awsSolutionsFindings(build)).toEqual([{ rule: 'AwsSolutions-VPC7', path: 'Stack/Vpc/Resource' }]);
  });
});

describe('render: what the parameter mapping sets for a request', () => {
  function pattern(): HttpPrivateBackendApi {
    const stack = newStack();
    return new HttpPrivateBackendApi(stack, 'Private', {
      backend: PrivateBackend.applicationListener(albListener(stack)),
      parameterMapping: new ParameterMapping()
        .appendHeader('x-request-id', MappingValue.contextVariable('requestId'))
        .overwriteHeader('x-client', MappingValue.combine(MappingValue.staticValue('client='), MappingValue.requestHeader('x-client-id')))
        .overwritePath(MappingValue.combine(MappingValue.staticValue('/api/'), MappingValue.requestPathParam('proxy')))
        .removeQueryString('debug'),
    });
  }

  test('in the template', () => {
    const p = pattern();
    expect(integration(Stack.of(p)).RequestParameters).toEqual({
      'append:header.x-request-id': '$context.requestId',
      'overwrite:header.x-client': 'client=${request.header.x-client-id}',
      'overwrite:path': '/api/${request.path.proxy}',
      'remove:querystring.debug': '\'\'',
    });
  });

  test('a plain request', () => {
    expect(pattern().render({
      path: '/orders/42',
      pathParameters: { proxy: 'orders/42' },
      headers: { 'X-Client-Id': 'mobile' },
      context: { requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef' },
    })).toEqual({
      'append:header.x-request-id': 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      'overwrite:header.x-client': 'client=mobile',
      'overwrite:path': '/api/orders/42',
      'remove:querystring.debug': '',
    });
  });

  test('a proxy path with encoded characters and unicode', () => {
    // The path variable is copied as the request gives it: the mapping neither decodes nor encodes it again.
    expect(pattern().render({
      path: '/files/a%20b/%C3%A9t%C3%A9',
      pathParameters: { proxy: 'files/a%20b/%C3%A9t%C3%A9' },
      headers: { 'x-client-id': '"quoted" ünï' },
      context: { requestId: 'r-2' },
    })).toEqual({
      'append:header.x-request-id': 'r-2',
      'overwrite:header.x-client': 'client="quoted" ünï',
      'overwrite:path': '/api/files/a%20b/%C3%A9t%C3%A9',
      'remove:querystring.debug': '',
    });
  });

  test('a missing header and a missing context variable render as empty text', () => {
    expect(pattern().render({ path: '/health', pathParameters: { proxy: 'health' } })).toEqual({
      'append:header.x-request-id': '',
      'overwrite:header.x-client': 'client=',
      'overwrite:path': '/api/health',
      'remove:querystring.debug': '',
    });
  });

  test('a header sent twice, in two spellings: its values joined with a comma', () => {
    expect(pattern().render({ pathParameters: { proxy: '' }, headers: { 'x-client-id': 'a', 'X-CLIENT-ID': 'b' }, context: { requestId: 'r-4' } })).toEqual({
      'append:header.x-request-id': 'r-4',
      'overwrite:header.x-client': 'client=a,b',
      'overwrite:path': '/api/',
      'remove:querystring.debug': '',
    });
  });

  test('no parameter mapping: nothing to render', () => {
    const stack = newStack();
    const p = new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.applicationListener(albListener(stack)) });
    expect(p.render({ path: '/x' })).toEqual({});
    expect(integration(stack).RequestParameters).toBeUndefined();
  });
});

test('the integration serves more routes added to the API', () => {
  const stack = newStack();
  const p = new HttpPrivateBackendApi(stack, 'Private', { backend: PrivateBackend.applicationListener(albListener(stack)) });
  p.api.addRoutes({ path: '/', methods: [HttpMethod.GET], integration: p.integration });
  Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
  Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Route', 2);
  expect(Switchyard.findings(stack)).toEqual([]);
});

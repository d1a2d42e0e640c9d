/**
 * aws-cdk-lib's domain name, API mapping and VPC link members on Switchyard's constructs: the same calls compile
 * and give what aws-cdk-lib gives; values API Gateway v2 rejects throw the rule that says so.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { CfnSubnet, SecurityGroup, Vpc } from 'aws-cdk-lib/aws-ec2';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { expectRuleError, ruleOf } from './expect-rule-error';
import { ApiMapping, DomainName, EndpointType, SecurityPolicy, VpcLink } from '../../src';
import { HttpApi } from '../../src/http';
import { WebSocketApi, WebSocketStage } from '../../src/websocket';

process.env.CDK_VALIDATION = 'false';

const newStack = () => new Stack(new App(), 'S', { env: { account: '111122223333', region: 'eu-west-1' } });
const certificateOf = (stack: Stack, id = 'Cert') => Certificate.fromCertificateArn(stack, id, `arn:aws:acm:eu-west-1:111122223333:certificate/${id}`);
const logicalId = (stack: Stack, c: { node: { defaultChild?: unknown } }) => stack.getLogicalId(c.node.defaultChild as never);

describe("aws-cdk-lib's DomainName members", () => {
  test('mtls (bucket and key) becomes the truststore URI; ownershipCertificate the ownership verification ARN', () => {
    const stack = newStack();
    const bucket = Bucket.fromBucketName(stack, 'Trust', 'trust-bucket');
    new DomainName(stack, 'Domain', {
      domainName: 'api.example.com',
      certificate: certificateOf(stack),
      ownershipCertificate: certificateOf(stack, 'Owner'),
      mtls: { bucket, key: 'ca/truststore.pem', version: 'v1' },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainNameConfigurations: [{ CertificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/Cert', EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2', OwnershipVerificationCertificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/Owner' }],
      MutualTlsAuthentication: { TruststoreUri: 's3://trust-bucket/ca/truststore.pem', TruststoreVersion: 'v1' },
    });
  });

  test('mtls and mutualTls together throw domain-mutual-tls', () => {
    const stack = newStack();
    expectRuleError(() => new DomainName(stack, 'D', {
      domainName: 'api.example.com',
      certificate: certificateOf(stack),
      mtls: { bucket: Bucket.fromBucketName(stack, 'B', 'trust-bucket'), key: 'k' },
      mutualTls: { truststoreUri: 's3://trust-bucket/k' },
    }), 'domain-mutual-tls');
  });

  test('TLS_1_0 and EDGE compile but throw the rules of the deploy errors; REGIONAL and TLS_1_2 pass', () => {
    expect(ruleOf(() => new DomainName(newStack(), 'D', { domainName: 'a.example.com', certificate: certificateOf(newStack()), securityPolicy: SecurityPolicy.TLS_1_0 }))).toBe('domain-security-policy');
    expect(ruleOf(() => new DomainName(newStack(), 'D', { domainName: 'a.example.com', certificate: certificateOf(newStack()), endpointType: EndpointType.EDGE }))).toBe('domain-endpoint-type');
    expect(ruleOf(() => new DomainName(newStack(), 'D', { domainName: 'a.example.com', certificate: certificateOf(newStack()), endpointType: EndpointType.REGIONAL, securityPolicy: SecurityPolicy.TLS_1_2 }))).toBeUndefined();
  });

  test('addEndpoint: a second REGIONAL endpoint throws domain-configuration, an EDGE one domain-endpoint-type', () => {
    const stack = newStack();
    const domain = new DomainName(stack, 'D', { domainName: 'a.example.com', certificate: certificateOf(stack) });
    expect(ruleOf(() => domain.addEndpoint({ certificate: certificateOf(stack, 'Other') }))).toBe('domain-configuration');
    expect(ruleOf(() => domain.addEndpoint({ certificate: certificateOf(stack, 'Edge'), endpointType: EndpointType.EDGE }))).toBe('domain-endpoint-type');
  });

  test('domainNameRef of a created and of an imported domain name', () => {
    const stack = newStack();
    const domain = new DomainName(stack, 'D', { domainName: 'a.example.com', certificate: certificateOf(stack) });
    expect(stack.resolve(domain.domainNameRef)).toEqual({ domainName: { Ref: logicalId(stack, domain) }, domainNameArn: { 'Fn::GetAtt': [logicalId(stack, domain), 'DomainNameArn'] } });
    const imported = DomainName.fromDomainNameAttributes(stack, 'I', { name: 'b.example.com', regionalDomainName: 'd-1.execute-api.eu-west-1.amazonaws.com', regionalHostedZoneId: 'Z1' });
    expect(imported.domainNameRef.domainName).toBe('b.example.com');
  });
});

describe("aws-cdk-lib's ApiMapping members", () => {
  test('without a stage an HTTP API maps its default stage; domainName, domainUrl and apiMappingRef', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const domain = new DomainName(stack, 'D', { domainName: 'a.example.com', certificate: certificateOf(stack) });
    const mapping = new ApiMapping(stack, 'M', { api, domainName: domain, apiMappingKey: 'v1' });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { ApiId: { Ref: logicalId(stack, api) }, Stage: '$default', ApiMappingKey: 'v1' });
    expect(mapping.domainName).toBe(domain);
    expect(stack.resolve(mapping.domainUrl)).toEqual({ 'Fn::Join': ['', ['https://', { Ref: logicalId(stack, domain) }, '/v1']] });
    expect(stack.resolve(mapping.apiMappingRef)).toEqual({
      apiMappingId: { Ref: logicalId(stack, mapping) },
      domainName: { Ref: logicalId(stack, domain) },
    });
  });

  test('a WebSocket API without a stage throws mapping-required', () => {
    const stack = newStack();
    const domain = new DomainName(stack, 'D', { domainName: 'a.example.com', certificate: certificateOf(stack) });
    expectRuleError(() => new ApiMapping(stack, 'M', { api: new WebSocketApi(stack, 'Ws'), domainName: domain }), 'mapping-required');
  });

  test("aws-cdk-lib's own DomainName, as an IDomainNameRef, and an L1 are mapped; domainName throws mapping-required for a bare reference", () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Ws');
    const stage = new WebSocketStage(stack, 'Prod', { webSocketApi: api, stageName: 'prod' });
    const theirs = new cdk.DomainName(stack, 'Theirs', { domainName: 'ws.example.com', certificate: certificateOf(stack) });
    const mapping = new ApiMapping(stack, 'M', { api, stage, domainName: theirs });
    expect(mapping.domainName.name).toBe(theirs.name);
    const l1 = new cdk.CfnDomainName(stack, 'L1', { domainName: 'l1.example.com', domainNameConfigurations: [{ certificateArn: certificateOf(stack, 'L1Cert').certificateArn, endpointType: 'REGIONAL' }] });
    const bare = new ApiMapping(stack, 'Bare', { api, stage, domainName: l1 });
    expect(stack.resolve(bare.apiMappingRef.domainName)).toEqual({ Ref: stack.getLogicalId(l1) });
    expect(ruleOf(() => bare.domainName)).toBe('mapping-required');
  });

  test('fromApiMappingAttributes: apiMappingRef with the domain name, or mapping-required when it was not given', () => {
    const stack = newStack();
    expect(ApiMapping.fromApiMappingAttributes(stack, 'A', { apiMappingId: 'm1', domainName: 'a.example.com' }).apiMappingRef).toEqual({ apiMappingId: 'm1', domainName: 'a.example.com' });
    const without = ApiMapping.fromApiMappingAttributes(stack, 'B', { apiMappingId: 'm2' });
    expect(without.apiMappingRef.apiMappingId).toBe('m2');
    expect(ruleOf(() => without.apiMappingRef.domainName)).toBe('mapping-required');
  });
});

describe("aws-cdk-lib's VpcLink members", () => {
  test('vpcLinkRef; addSubnets and addSecurityGroups take references (an L1 subnet too)', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2 });
    const link = new VpcLink(stack, 'Link', { vpc, securityGroups: [new SecurityGroup(stack, 'Sg', { vpc })] });
    const extra = new CfnSubnet(stack, 'Extra', { vpcId: vpc.vpcId, cidrBlock: '10.0.250.0/24' });
    link.addSubnets(extra);
    expect(link.vpcLinkRef).toEqual({ vpcLinkId: link.vpcLinkId });
    const subnetIds = Template.fromStack(stack).findResources('AWS::ApiGatewayV2::VpcLink')[logicalId(stack, link)].Properties.SubnetIds;
    expect(subnetIds).toContainEqual({ Ref: stack.getLogicalId(extra) });
    expect(subnetIds).toHaveLength(3);
  });
});

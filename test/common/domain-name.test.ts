import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnDomainName } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { HostedZone } from 'aws-cdk-lib/aws-route53';
import { templateOf } from '../../src/check/stack-template';
import { DomainName, IpAddressType, RoutingMode, SecurityPolicy } from '../../src/common/domain-name';
import { SwitchyardError } from '../../src/common/errors';
import { DOMAIN_RULES } from '../../src/rules/domain';
import { lintTemplate } from '../../src/rules/engine';
import { schemaViolations } from '../examples/cloudformation-schema';

process.env.CDK_VALIDATION = 'false';

const ENV = { account: '111122223333', region: 'eu-west-1' };
const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555';
const OWNERSHIP = 'arn:aws:acm:eu-west-1:111122223333:certificate/ffffffff-0000-1111-2222-333344445555';

function newStack(app = new App()) {
  return new Stack(app, 'Stack', { env: ENV });
}

/** Every domain name shape these tests build, also run through the CloudFormation schema check. */
const SHAPES: Record<string, (stack: Stack) => DomainName> = {
  minimal: stack => new DomainName(stack, 'Domain', {
    domainName: 'api.example.com',
    certificate: Certificate.fromCertificateArn(stack, 'Cert', CERT),
  }),
  everything: stack => new DomainName(stack, 'Domain', {
    domainName: 'api.example.com',
    certificate: Certificate.fromCertificateArn(stack, 'Cert', CERT),
    certificateName: 'api-cert',
    securityPolicy: SecurityPolicy.TLS_1_2,
    ipAddressType: IpAddressType.DUAL_STACK,
    routingMode: RoutingMode.ROUTING_RULE_THEN_API_MAPPING,
    mutualTls: {
      truststoreUri: 's3://my-truststore/certs/truststore.pem',
      truststoreVersion: '3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY',
      ownershipVerificationCertificate: Certificate.fromCertificateArn(stack, 'Ownership', OWNERSHIP),
    },
    hostedZone: HostedZone.fromHostedZoneAttributes(stack, 'Zone', { hostedZoneId: 'Z0123456789ABC', zoneName: 'example.com' }),
    tags: { team: 'payments' },
  }),
  wildcard: stack => new DomainName(stack, 'Domain', {
    domainName: '*.example.com',
    certificate: new Certificate(stack, 'Cert', { domainName: '*.example.com' }),
  }),
};

describe('DomainName', () => {
  test('defaults: a REGIONAL endpoint with TLS 1.2 and the certificate', () => {
    const stack = newStack();
    SHAPES.minimal(stack);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'api.example.com',
      DomainNameConfigurations: [{ CertificateArn: CERT, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }],
      MutualTlsAuthentication: Match.absent(),
      RoutingMode: Match.absent(),
      Tags: Match.absent(),
    });
    template.resourceCountIs('AWS::Route53::RecordSet', 0);
  });

  test('every prop reaches the template', () => {
    const stack = newStack();
    SHAPES.everything(stack);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'api.example.com',
      DomainNameConfigurations: [{
        CertificateArn: CERT,
        CertificateName: 'api-cert',
        EndpointType: 'REGIONAL',
        SecurityPolicy: 'TLS_1_2',
        IpAddressType: 'dualstack',
        OwnershipVerificationCertificateArn: OWNERSHIP,
      }],
      MutualTlsAuthentication: { TruststoreUri: 's3://my-truststore/certs/truststore.pem', TruststoreVersion: '3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY' },
      RoutingMode: 'ROUTING_RULE_THEN_API_MAPPING',
      Tags: { team: 'payments' },
    });
    const alias = { AliasTarget: { DNSName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Domain'), 'RegionalDomainName'] }, HostedZoneId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Domain'), 'RegionalHostedZoneId'] } } };
    template.hasResourceProperties('AWS::Route53::RecordSet', { Name: 'api.example.com.', Type: 'A', HostedZoneId: 'Z0123456789ABC', ...alias });
    template.hasResourceProperties('AWS::Route53::RecordSet', { Name: 'api.example.com.', Type: 'AAAA', ...alias });
  });

  test('attributes point at the resource, and the ARN is the one routing rules need', () => {
    const stack = newStack();
    const domain = SHAPES.minimal(stack);
    const logicalId = stack.getLogicalId(domain.node.defaultChild as CfnDomainName);
    expect(stack.resolve(domain.name)).toEqual({ Ref: logicalId });
    expect(stack.resolve(domain.domainNameArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'DomainNameArn'] });
    expect(stack.resolve(domain.regionalDomainName)).toEqual({ 'Fn::GetAtt': [logicalId, 'RegionalDomainName'] });
    expect(stack.resolve(domain.regionalHostedZoneId)).toEqual({ 'Fn::GetAtt': [logicalId, 'RegionalHostedZoneId'] });
    expect(domain.routingMode).toBe(RoutingMode.API_MAPPING_ONLY);
  });

  test('fromDomainNameAttributes builds the ARN from the name unless given', () => {
    const stack = newStack();
    const imported = DomainName.fromDomainNameAttributes(stack, 'Imported', { name: 'api.example.com', regionalDomainName: 'd-abc.execute-api.eu-west-1.amazonaws.com', regionalHostedZoneId: 'ZLY8HYME6SFDD' });
    expect(stack.resolve(imported.domainNameArn)).toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:eu-west-1::/domainnames/api.example.com']] });
    expect(imported.name).toBe('api.example.com');
    const given = DomainName.fromDomainNameAttributes(stack, 'Given', { name: 'x.example.com', regionalDomainName: 'd', regionalHostedZoneId: 'z', domainNameArn: 'arn:aws:apigateway:eu-west-1::/domainnames/x.example.com+abc' });
    expect(given.domainNameArn).toBe('arn:aws:apigateway:eu-west-1::/domainnames/x.example.com+abc');
  });

  test('the engine is registered on the stack: an escape hatch that breaks a rule is reported at synth', () => {
    const app = new App();
    const stack = newStack(app);
    const domain = SHAPES.minimal(stack);
    (domain.node.defaultChild as CfnDomainName).addPropertyOverride('DomainNameConfigurations.0.SecurityPolicy', 'TLS_1_0');
    // The same rules the registered engine runs, over the template the stack synthesizes.
    const findings = lintTemplate(templateOf(stack), { rules: DOMAIN_RULES });
    expect(findings.map(f => [f.rule, f.path])).toEqual([['domain-security-policy', 'DomainNameConfigurations[0].SecurityPolicy']]);
    // registerOn marks the stack it adds the engine to.
    expect((stack as unknown as Record<symbol, unknown>)[Symbol.for('cdk-switchyard.checked')]).toBe(true);
  });

  test('a valid domain raises no warning', () => {
    const stack = newStack();
    SHAPES.everything(stack);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('cdk-switchyard'));
    expect(lintTemplate(templateOf(stack), { rules: DOMAIN_RULES })).toEqual([]);
  });

  const cert = (stack: Stack, arn = CERT) => Certificate.fromCertificateArn(stack, 'C', arn);
  test.each([
    ['domain-name-syntax', 'upper case', (s: Stack) => new DomainName(s, 'D', { domainName: 'API.example.com', certificate: cert(s) })],
    ['domain-name-syntax', 'an underscore', (s: Stack) => new DomainName(s, 'D', { domainName: 'my_api.example.com', certificate: cert(s) })],
    ['domain-name-syntax', 'a wildcard inside', (s: Stack) => new DomainName(s, 'D', { domainName: 'api.*.example.com', certificate: cert(s) })],
    ['domain-certificate-arn', 'a certificate in another region', (s: Stack) => new DomainName(s, 'D', { domainName: 'a.example.com', certificate: cert(s, 'arn:aws:acm:us-east-1:111122223333:certificate/abc') })],
    ['domain-certificate-arn', 'an IAM certificate', (s: Stack) => new DomainName(s, 'D', { domainName: 'a.example.com', certificate: cert(s, 'arn:aws:iam::111122223333:server-certificate/x') })],
    ['domain-configuration', 'an empty certificate name', (s: Stack) => new DomainName(s, 'D', { domainName: 'a.example.com', certificate: cert(s), certificateName: '' })],
    ['domain-mutual-tls', 'an https truststore', (s: Stack) => new DomainName(s, 'D', { domainName: 'a.example.com', certificate: cert(s), mutualTls: { truststoreUri: 'https://b.s3.amazonaws.com/t.pem' } })],
    ['domain-mutual-tls', 'a 65-character truststore version', (s: Stack) => new DomainName(s, 'D', { domainName: 'a.example.com', certificate: cert(s), mutualTls: { truststoreUri: 's3://bucket/t.pem', truststoreVersion: 'v'.repeat(65) } })],
    ['domain-tags', 'an aws: tag', (s: Stack) => new DomainName(s, 'D', { domainName: 'a.example.com', certificate: cert(s), tags: { 'aws:team': 'x' } })],
    ['domain-tags', 'a 257-character tag value', (s: Stack) => new DomainName(s, 'D', { domainName: 'a.example.com', certificate: cert(s), tags: { team: 'x'.repeat(257) } })],
  ])('%s: %s is rejected at construction', (ruleId, _name, build) => {
    const stack = newStack();
    let error: unknown;
    try {
      build(stack);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SwitchyardError);
    expect((error as SwitchyardError).ruleId).toBe(ruleId);
    expect((error as Error).message.startsWith(`[${ruleId}] `)).toBe(true);
  });

  test('tokens are left for synth: a certificate in an environment-agnostic stack, a domain name parameter', () => {
    const stack = new Stack(new App(), 'Agnostic');
    expect(() => new DomainName(stack, 'D', { domainName: stack.resolve('a.example.com'), certificate: Certificate.fromCertificateArn(stack, 'C', 'arn:aws:acm:us-east-1:111122223333:certificate/abc') })).not.toThrow();
  });

  test('every shape passes the CloudFormation schema check', () => {
    const violations = schemaViolations(app => {
      for (const [name, build] of Object.entries(SHAPES)) build(new Stack(app, `Domain-${name}`, { env: ENV }));
    });
    expect(violations).toEqual([]);
  });
});

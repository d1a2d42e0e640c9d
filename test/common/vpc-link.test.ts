import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CfnVpcLink } from 'aws-cdk-lib/aws-apigatewayv2';
import { SecurityGroup, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { templateOf } from '../../src/check/stack-template';
import { SwitchyardError } from '../../src/common/errors';
import { VpcLink } from '../../src/common/vpc-link';
import { DOMAIN_RULES } from '../../src/rules/domain';
import { lintTemplate } from '../../src/rules/engine';
import { schemaViolations } from '../examples/cloudformation-schema';

process.env.CDK_VALIDATION = 'false';

const ENV = { account: '111122223333', region: 'eu-west-1' };
const newStack = (app = new App(), id = 'Stack') => new Stack(app, id, { env: ENV });
const domainRuleFindings = (stack: Stack) =>
  lintTemplate(templateOf(stack), { rules: DOMAIN_RULES }).map(f => [f.rule, f.severity, f.path]);

/** Every VPC link shape these tests build, also run through the CloudFormation schema check. */
const SHAPES: Record<string, (stack: Stack) => VpcLink> = {
  defaults: stack => new VpcLink(stack, 'Link', { vpc: new Vpc(stack, 'Vpc', { maxAzs: 2 }) }),
  everything: stack => {
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2 });
    const link = new VpcLink(stack, 'Link', {
      vpc,
      subnets: { subnetType: SubnetType.PUBLIC },
      securityGroups: [new SecurityGroup(stack, 'Sg', { vpc })],
      vpcLinkName: 'orders-link',
      tags: { team: 'payments' },
    });
    link.addSecurityGroups(new SecurityGroup(stack, 'Sg2', { vpc }));
    link.addSubnets(vpc.privateSubnets[0]);
    return link;
  },
};

describe('VpcLink', () => {
  test('defaults: the private subnets of the VPC, a generated name, no security groups', () => {
    const stack = newStack();
    SHAPES.defaults(stack);
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
      Name: Match.stringLikeRegexp('^StackLink'),
      SubnetIds: [{ Ref: Match.stringLikeRegexp('^VpcPrivateSubnet1') }, { Ref: Match.stringLikeRegexp('^VpcPrivateSubnet2') }],
      SecurityGroupIds: Match.absent(),
      Tags: Match.absent(),
    });
    expect(domainRuleFindings(stack)).toEqual([]);
  });

  test('every prop reaches the template, and later additions too', () => {
    const stack = newStack();
    SHAPES.everything(stack);
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
      Name: 'orders-link',
      SubnetIds: [
        { Ref: Match.stringLikeRegexp('^VpcPublicSubnet1') },
        { Ref: Match.stringLikeRegexp('^VpcPublicSubnet2') },
        { Ref: Match.stringLikeRegexp('^VpcPrivateSubnet1') },
      ],
      SecurityGroupIds: [
        { 'Fn::GetAtt': [Match.stringLikeRegexp('^Sg[0-9A-F]'), 'GroupId'] },
        { 'Fn::GetAtt': [Match.stringLikeRegexp('^Sg2'), 'GroupId'] },
      ],
      Tags: { team: 'payments' },
    });
  });

  test('a subnet or group added twice is listed once', () => {
    const stack = newStack();
    const link = SHAPES.defaults(stack);
    link.addSubnets(link.vpc.privateSubnets[0]);
    const props = Object.values(Template.fromStack(stack).findResources('AWS::ApiGatewayV2::VpcLink'))[0] as { Properties: { SubnetIds: unknown[] } };
    expect(props.Properties.SubnetIds).toHaveLength(2);
  });

  test('fromVpcLinkAttributes', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc');
    const link = VpcLink.fromVpcLinkAttributes(stack, 'Imported', { vpcLinkId: 'abc123', vpc });
    expect(link.vpcLinkId).toBe('abc123');
    expect(link.vpc).toBe(vpc);
  });

  test.each([
    ['vpc-link-name', 'an empty name', (s: Stack) => new VpcLink(s, 'L', { vpc: new Vpc(s, 'V'), vpcLinkName: '' })],
    ['vpc-link-name', 'a 129-character name', (s: Stack) => new VpcLink(s, 'L', { vpc: new Vpc(s, 'V'), vpcLinkName: 'n'.repeat(129) })],
    ['vpc-link-tags', 'an aws: tag', (s: Stack) => new VpcLink(s, 'L', { vpc: new Vpc(s, 'V'), tags: { 'aws:x': 'y' } })],
    ['vpc-link-subnets', 'a selection of no subnet', (s: Stack) => new VpcLink(s, 'L', { vpc: new Vpc(s, 'V'), subnets: { subnets: [] } })],
  ])('%s: %s is rejected at construction', (ruleId, _name, build) => {
    let error: unknown;
    try {
      build(newStack());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SwitchyardError);
    expect((error as SwitchyardError).ruleId).toBe(ruleId);
  });

  test('more than 10 subnets is a warning at synth; an emptied list an error', () => {
    const stack = newStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 3, subnetConfiguration: [1, 2, 3, 4].map(i => ({ name: `S${i}`, subnetType: SubnetType.PRIVATE_ISOLATED })) });
    new VpcLink(stack, 'Wide', { vpc, subnets: { subnetType: SubnetType.PRIVATE_ISOLATED } });
    const emptied = new VpcLink(stack, 'Emptied', { vpc, subnets: { subnetGroupName: 'S1' } });
    (emptied.node.defaultChild as CfnVpcLink).addPropertyOverride('SubnetIds', []);
    expect(domainRuleFindings(stack)).toEqual([
      ['vpc-link-subnets', 'error', 'SubnetIds'],
      ['vpc-link-subnet-quota', 'warning', 'SubnetIds'],
    ]);
  });

  test('every shape passes the CloudFormation schema check', () => {
    const violations = schemaViolations(app => {
      Object.values(SHAPES).forEach((build, i) => build(newStack(app, `VpcLink${i}`)));
    });
    expect(violations).toEqual([]);
  });
});

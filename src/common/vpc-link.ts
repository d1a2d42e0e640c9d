import { IResource, Lazy, Names, Resource, Tags } from 'aws-cdk-lib';
import { CfnVpcLink } from 'aws-cdk-lib/aws-apigatewayv2';
import { ISecurityGroup, ISubnet, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { adopt } from '../private/adopt';
import { checkLiteral, fail } from '../private/domain-checks';
import { tagKeyProblem, tagValueProblem, VPC_LINK_NAME_MAX_LENGTH, vpcLinkNameProblem } from '../rules/domain/checks';

/** A VPC link for the private integrations of HTTP APIs. */
export interface IVpcLink extends IResource {
  /**
   * The id of the VPC link, the `ConnectionId` of a private integration.
   *
   * @attribute
   */
  readonly vpcLinkId: string;

  /** The VPC the link reaches into. */
  readonly vpc: IVpc;
}

/** The attributes of a VPC link defined elsewhere. */
export interface VpcLinkAttributes {
  /** The id of the VPC link. */
  readonly vpcLinkId: string;

  /** The VPC the link reaches into. */
  readonly vpc: IVpc;
}

/** Properties of a VPC link. */
export interface VpcLinkProps {
  /** The VPC the link reaches into. */
  readonly vpc: IVpc;

  /**
   * The subnets of the VPC in which API Gateway creates the link's network interfaces. API Gateway needs at
   * least one; the default quota is 10 per link.
   *
   * @default - the VPC's private subnets
   */
  readonly subnets?: SubnetSelection;

  /**
   * The security groups of the link's network interfaces.
   *
   * @default - none (the VPC's default security group applies)
   */
  readonly securityGroups?: ISecurityGroup[];

  /**
   * The name of the VPC link, 1 to 128 characters.
   *
   * @default - a name made from the construct path
   */
  readonly vpcLinkName?: string;

  /**
   * Tags for the VPC link.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A VPC link (`AWS::ApiGatewayV2::VpcLink`) through which HTTP APIs reach private resources (Application and
 * Network Load Balancers, Cloud Map services). WebSocket APIs use REST API VPC links instead. Subnets and
 * security groups cannot change in place: changing them replaces the link.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vpc-links.html
 * @resource AWS::ApiGatewayV2::VpcLink
 */
export class VpcLink extends Resource implements IVpcLink {
  /** Imports a VPC link defined elsewhere. */
  public static fromVpcLinkAttributes(scope: Construct, id: string, attrs: VpcLinkAttributes): IVpcLink {
    class Import extends Resource implements IVpcLink {
      public readonly vpcLinkId = attrs.vpcLinkId;
      public readonly vpc = attrs.vpc;
    }
    return new Import(scope, id);
  }

  public readonly vpcLinkId: string;
  public readonly vpc: IVpc;
  private readonly subnets: ISubnet[] = [];
  private readonly securityGroups: ISecurityGroup[] = [];

  constructor(scope: Construct, id: string, props: VpcLinkProps) {
    super(scope, id);
    adopt(this);

    const name = props.vpcLinkName ?? Names.uniqueResourceName(this, { maxLength: VPC_LINK_NAME_MAX_LENGTH });
    checkLiteral('vpc-link-name', name, vpcLinkNameProblem);
    for (const [key, value] of Object.entries(props.tags ?? {})) {
      checkLiteral('vpc-link-tags', key, tagKeyProblem);
      checkLiteral('vpc-link-tags', value, v => tagValueProblem(key, v));
    }

    this.vpc = props.vpc;
    const selected = props.vpc.selectSubnets(props.subnets).subnets;
    if (selected.length === 0) fail('vpc-link-subnets', 'the subnet selection picks no subnet of the VPC; a VPC link needs at least one subnet');
    this.addSubnets(...selected);
    this.addSecurityGroups(...(props.securityGroups ?? []));

    const resource = new CfnVpcLink(this, 'Resource', {
      name,
      subnetIds: Lazy.list({ produce: () => this.subnets.map(s => s.subnetId) }),
      securityGroupIds: Lazy.list({ produce: () => this.securityGroups.map(g => g.securityGroupId) }, { omitEmpty: true }),
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);
    this.vpcLinkId = resource.ref;
  }

  /** Adds subnets in which the link creates network interfaces (each subnet once). */
  public addSubnets(...subnets: ISubnet[]): void {
    for (const subnet of subnets) {
      if (!this.subnets.includes(subnet)) this.subnets.push(subnet);
    }
  }

  /** Adds security groups to the link's network interfaces (each group once). */
  public addSecurityGroups(...groups: ISecurityGroup[]): void {
    for (const group of groups) {
      if (!this.securityGroups.includes(group)) this.securityGroups.push(group);
    }
  }
}

import { IResource, Lazy, Names, Resource, Tags } from 'aws-cdk-lib';
import { CfnVpcLink, IVpcLinkRef, VpcLinkReference } from 'aws-cdk-lib/aws-apigatewayv2';
import { ISecurityGroupRef, ISubnetRef, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { adopt } from '../private/adopt';
import { checkLiteral, fail } from '../private/domain-checks';
import { injectProps } from '../private/property-injection';
import { tagKeyProblem, tagValueProblem, VPC_LINK_NAME_MAX_LENGTH, vpcLinkNameProblem } from '../rules/domain/checks';

/**
 * A VPC link for the private integrations of HTTP APIs. As an `IVpcLinkRef`, it is accepted wherever
 * aws-cdk-lib asks for a reference to a VPC link.
 */
export interface IVpcLink extends IResource, IVpcLinkRef {
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
  readonly securityGroups?: ISecurityGroupRef[];

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

/** The `PROPERTY_INJECTION_ID` of `VpcLink` (a constant: esbuild renames a class that names itself in its body). */
const VPC_LINK_INJECTION_ID = 'cdk-switchyard.VpcLink';

/**
 * A VPC link (`AWS::ApiGatewayV2::VpcLink`) through which HTTP APIs reach private resources (Application and
 * Network Load Balancers, Cloud Map services). WebSocket APIs use REST API VPC links instead. Subnets and
 * security groups cannot change in place: changing them replaces the link.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vpc-links.html
 * @resource AWS::ApiGatewayV2::VpcLink
 */
export class VpcLink extends Resource implements IVpcLink {
  /** The id of this class for property injectors (`PropertyInjectors`), which apply to its props. */
  public static readonly PROPERTY_INJECTION_ID: string = VPC_LINK_INJECTION_ID;

  /** Imports a VPC link defined elsewhere. */
  public static fromVpcLinkAttributes(scope: Construct, id: string, attrs: VpcLinkAttributes): IVpcLink {
    class Import extends Resource implements IVpcLink {
      public readonly vpcLinkId = attrs.vpcLinkId;
      public readonly vpc = attrs.vpc;
      public get vpcLinkRef(): VpcLinkReference {
        return { vpcLinkId: this.vpcLinkId };
      }
    }
    return new Import(scope, id);
  }

  public readonly vpcLinkId: string;
  public readonly vpc: IVpc;
  private readonly subnets: ISubnetRef[] = [];
  private readonly securityGroups: ISecurityGroupRef[] = [];

  constructor(scope: Construct, id: string, props: VpcLinkProps) {
    super(scope, id);
    props = injectProps(VPC_LINK_INJECTION_ID, props, scope, id);
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
      subnetIds: Lazy.list({ produce: () => this.subnets.map(s => s.subnetRef.subnetId) }),
      securityGroupIds: Lazy.list({ produce: () => this.securityGroups.map(g => g.securityGroupRef.securityGroupId) }, { omitEmpty: true }),
    });
    for (const [key, value] of Object.entries(props.tags ?? {})) Tags.of(resource).add(key, value);
    this.vpcLinkId = resource.ref;
  }

  public get vpcLinkRef(): VpcLinkReference {
    return { vpcLinkId: this.vpcLinkId };
  }

  /** Adds subnets in which the link creates network interfaces (each subnet once). */
  public addSubnets(...subnets: ISubnetRef[]): void {
    for (const subnet of subnets) {
      if (!this.subnets.includes(subnet)) this.subnets.push(subnet);
    }
  }

  /** Adds security groups to the link's network interfaces (each group once). */
  public addSecurityGroups(...groups: ISecurityGroupRef[]): void {
    for (const group of groups) {
      if (!this.securityGroups.includes(group)) this.securityGroups.push(group);
    }
  }
}

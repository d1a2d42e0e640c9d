/**
 * The linked, read-only model of the API Gateway resources in one CloudFormation template. Rules see only
 * this. Links are set when the template says so with literals, `Ref`, `Fn::GetAtt` or the
 * `integrations/<id>` target form; anything else leaves the link undefined (unknown, never a finding).
 */

import type { ValueResolver } from './intrinsics';

export type Protocol = 'HTTP' | 'WEBSOCKET';

/** One CloudFormation resource, as the template has it. */
export interface ResourceNode {
  readonly logicalId: string;
  readonly type: string;
  /** `Properties` of the resource (an empty object when absent). */
  readonly properties: Readonly<Record<string, unknown>>;
  /**
   * The resource's `DependsOn` as the template has it (a logical id, a list of them, or anything else); the
   * creation-order rules read it with `dependsOnIds`.
   * @default - no DependsOn
   */
  readonly dependsOn?: unknown;
  /**
   * The resource's `Condition` as the template has it: a resource with one may not be created, so a count of
   * resources that must hold for certain leaves it out.
   * @default - no Condition
   */
  readonly condition?: unknown;
}

export interface ApiNode extends ResourceNode {
  /** The protocol, when the template says it with a literal. */
  readonly protocol: Protocol | undefined;
  readonly routes: RouteNode[];
  readonly integrations: IntegrationNode[];
  readonly authorizers: AuthorizerNode[];
  readonly models: ModelNode[];
  readonly stages: StageNode[];
  readonly deployments: DeploymentNode[];
  readonly apiMappings: ApiMappingNode[];
}

/** Children of an API know their API when `ApiId` refers to an Api of the same template. */
export interface ApiChild extends ResourceNode {
  readonly api: ApiNode | undefined;
}

export interface RouteNode extends ApiChild {
  /** The integration the route's `Target` names, when it is one of this template. */
  readonly integration: IntegrationNode | undefined;
  readonly authorizer: AuthorizerNode | undefined;
  readonly routeResponses: RouteResponseNode[];
}

export interface RouteResponseNode extends ApiChild {
  readonly route: RouteNode | undefined;
}

export interface IntegrationNode extends ApiChild {
  /** Routes whose `Target` names this integration. */
  readonly routes: RouteNode[];
  readonly integrationResponses: IntegrationResponseNode[];
  /** The VPC link named by `ConnectionId`, when it is one of this template. */
  readonly vpcLink: VpcLinkNode | undefined;
}

export interface IntegrationResponseNode extends ApiChild {
  readonly integration: IntegrationNode | undefined;
}

export interface AuthorizerNode extends ApiChild {
  readonly routes: RouteNode[];
}

export type ModelNode = ApiChild;

export interface StageNode extends ApiChild {
  readonly deployment: DeploymentNode | undefined;
}

export interface DeploymentNode extends ApiChild {
  /** The stage named by `StageName`, when one of the API's stages has that literal name. */
  readonly stage: StageNode | undefined;
}

export interface DomainNameNode extends ResourceNode {
  readonly apiMappings: ApiMappingNode[];
  readonly routingRules: RoutingRuleNode[];
}

export interface ApiMappingNode extends ApiChild {
  readonly domainName: DomainNameNode | undefined;
  readonly stage: StageNode | undefined;
}

export interface RoutingRuleNode extends ResourceNode {
  readonly domainName: DomainNameNode | undefined;
}

export interface VpcLinkNode extends ResourceNode {
  readonly integrations: IntegrationNode[];
}

/**
 * A REST API (`AWS::ApiGateway::Method`) method: its integration request and response templates run on the
 * same template engine, so the template rules check them too.
 */
export type RestMethodNode = ResourceNode;

export interface TemplateModel {
  readonly apis: ApiNode[];
  readonly routes: RouteNode[];
  readonly routeResponses: RouteResponseNode[];
  readonly integrations: IntegrationNode[];
  readonly integrationResponses: IntegrationResponseNode[];
  readonly authorizers: AuthorizerNode[];
  readonly models: ModelNode[];
  readonly stages: StageNode[];
  readonly deployments: DeploymentNode[];
  readonly domainNames: DomainNameNode[];
  readonly apiMappings: ApiMappingNode[];
  readonly routingRules: RoutingRuleNode[];
  readonly vpcLinks: VpcLinkNode[];
  readonly restMethods: RestMethodNode[];
  /** The `AWS::ApiGateway::UsagePlan` resources: WebSocket stages take usage plans of the REST API service. */
  readonly usagePlans: ResourceNode[];
  /** The `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` resources (overrides of a quick-created HTTP API). */
  readonly managedOverrides: ResourceNode[];
  /** Every resource of the template by logical id, API Gateway or not. */
  readonly resources: ReadonlyMap<string, ResourceNode>;
  /** The number of entries of the template's `Resources` map, those without a literal `Type` included. */
  readonly resourceCount: number;
  /**
   * What a value of the template can be through intrinsics (`Fn::Sub`, `Fn::If`, parameters, mappings, the
   * region when given): rules that read `properties` directly see every intrinsic as unknown.
   */
  readonly values: ValueResolver;
}

/** The protocol of the API a child belongs to, when known. */
export function protocolOf(node: ApiChild): Protocol | undefined {
  return node.api?.protocol;
}

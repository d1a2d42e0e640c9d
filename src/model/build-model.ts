import { ValueOptions, ValueResolver } from './intrinsics';
import {
  ApiMappingNode, ApiNode, AuthorizerNode, DeploymentNode, DomainNameNode, IntegrationNode,
  IntegrationResponseNode, ModelNode, Protocol, ResourceNode, RestMethodNode, RouteNode, RouteResponseNode,
  RoutingRuleNode, StageNode, TemplateModel, VpcLinkNode,
} from './nodes';
import { isIntrinsic, isUnknown, mapOf, referencedLogicalId, stringOf } from './value';

export const V2 = 'AWS::ApiGatewayV2::';
export const TYPES = {
  api: `${V2}Api`,
  route: `${V2}Route`,
  routeResponse: `${V2}RouteResponse`,
  integration: `${V2}Integration`,
  integrationResponse: `${V2}IntegrationResponse`,
  authorizer: `${V2}Authorizer`,
  model: `${V2}Model`,
  stage: `${V2}Stage`,
  deployment: `${V2}Deployment`,
  domainName: `${V2}DomainName`,
  apiMapping: `${V2}ApiMapping`,
  routingRule: `${V2}RoutingRule`,
  vpcLink: `${V2}VpcLink`,
  restMethod: 'AWS::ApiGateway::Method',
  usagePlan: 'AWS::ApiGateway::UsagePlan',
  managedOverrides: `${V2}ApiGatewayManagedOverrides`,
} as const;

/** Thrown when the input is not a CloudFormation template at all. */
export class TemplateShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateShapeError';
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The top-level sections of a CloudFormation template. A template may hold any of them and no `Resources`:
 * the CDK writes such templates for stacks of outputs only and for empty assertion stacks.
 */
const TEMPLATE_SECTIONS = new Set([
  'AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions',
  'Transform', 'Outputs', 'Resources', 'Hooks',
]);

/**
 * The `Resources` map of a template: empty when the template has no resources, undefined when the input is not a
 * CloudFormation template at all (not an object, `Resources` that is not a map, or a top-level key that no
 * template has, as in a `package.json`).
 */
function resourcesOf(template: unknown): Record<string, unknown> | undefined {
  const root = mapOf(template);
  if (!root) return undefined;
  if (root.Resources === undefined) {
    return Object.keys(root).every(key => TEMPLATE_SECTIONS.has(key)) ? {} : undefined;
  }
  const resources = root.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) return undefined;
  // `Resources: !Include ...` or `Fn::Transform` (a macro): the resources are known only at deploy time. Looked at
  // without listing every key: a template may hold 100,000 resources.
  const only = soleKey(resources);
  if (only !== undefined && isIntrinsic(resources)) return only.startsWith('Fn::') ? {} : undefined;
  return resources as Record<string, unknown>;
}

/** The key of an object with exactly one own key, else undefined; stops at the second key. */
function soleKey(value: object): string | undefined {
  let found: string | undefined;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (found !== undefined) return undefined;
    found = key;
  }
  return found;
}

/** Whether the input is a CloudFormation template, with or without resources. */
export function isTemplate(template: unknown): boolean {
  return resourcesOf(template) !== undefined;
}

/**
 * Builds the linked model of the API Gateway resources of one template (an object parsed from JSON or
 * YAML). A template without resources gives an empty model. Throws `TemplateShapeError` only when the input
 * is not a CloudFormation template at all.
 */
export function buildModel(template: unknown, options: ValueOptions = {}): TemplateModel {
  const resourcesIn = resourcesOf(template);
  if (!resourcesIn) {
    throw new TemplateShapeError(Array.isArray(template) || mapOf(template) === undefined
      ? 'not a CloudFormation template: expected an object of template sections'
      : 'not a CloudFormation template: "Resources" is not a map, or a top-level key is not a template section');
  }

  const byType = new Map<string, ResourceNode[]>();
  // The keys of `Resources` are enumerated once, here (each enumeration of a 400,000-resource map costs about
  // 0.25 s): `Object.entries` would build a pair per resource, and `mapOf` would enumerate them first.
  let resourceCount = 0;
  for (const logicalId in resourcesIn) {
    if (!Object.prototype.hasOwnProperty.call(resourcesIn, logicalId)) continue;
    resourceCount++;
    const b = mapOf((resourcesIn as Record<string, unknown>)[logicalId]);
    const type = b ? stringOf(b.Type) : undefined;
    // Only the types the rules read get a node here; `resources` (every type) is built when first read.
    if (!b || !type || !MODELLED_TYPES.has(type)) continue;
    const node = { logicalId, type, properties: mapOf(b.Properties) ?? {}, dependsOn: b.DependsOn, condition: b.Condition };
    // Properties the engine cannot read (`Fn::If`, a YAML tag it does not know such as `!Include`): the type is
    // known but nothing else is, so no rule looks at the resource (it would report every property missing).
    if (isUnknown(b.Properties)) continue;
    const same = byType.get(type);
    if (same) same.push(node);
    else byType.set(type, [node]);
  }

  const ofType = (type: string) => byType.get(type) ?? [];

  const apis: Mutable<ApiNode>[] = ofType(TYPES.api).map(r => typed(r, {
    protocol: protocolLiteral(r.properties.ProtocolType),
    routes: [],
    integrations: [],
    authorizers: [],
    models: [],
    stages: [],
    deployments: [],
    apiMappings: [],
  }));
  const apiById = new Map(apis.map(a => [a.logicalId, a]));
  const apiOf = (r: ResourceNode) => {
    const id = referencedLogicalId(r.properties.ApiId);
    return id ? apiById.get(id) : undefined;
  };

  const integrations: Mutable<IntegrationNode>[] = ofType(TYPES.integration).map(r => typed(r, {
    api: apiOf(r), routes: [] as RouteNode[], integrationResponses: [] as IntegrationResponseNode[], vpcLink: undefined as VpcLinkNode | undefined,
  }));
  const authorizers: Mutable<AuthorizerNode>[] = ofType(TYPES.authorizer).map(r => typed(r, { api: apiOf(r), routes: [] }));
  const models: ModelNode[] = ofType(TYPES.model).map(r => typed(r, { api: apiOf(r) }));
  const byLogicalId = <T extends ResourceNode>(nodes: T[]) => new Map(nodes.map(n => [n.logicalId, n]));
  const integrationById = byLogicalId(integrations);
  const authorizerById = byLogicalId(authorizers);

  const routes: Mutable<RouteNode>[] = ofType(TYPES.route).map(r => {
    const targetId = integrationIdOfTarget(r.properties.Target);
    const authId = referencedLogicalId(r.properties.AuthorizerId);
    return typed(r, {
      api: apiOf(r),
      integration: targetId ? integrationById.get(targetId) : undefined,
      authorizer: authId ? authorizerById.get(authId) : undefined,
      routeResponses: [] as RouteResponseNode[],
    });
  });
  const routeById = byLogicalId(routes);
  for (const route of routes) {
    route.integration?.routes.push(route);
    route.authorizer?.routes.push(route);
  }

  const routeResponses: RouteResponseNode[] = ofType(TYPES.routeResponse).map(r => {
    const id = referencedLogicalId(r.properties.RouteId);
    return typed(r, { api: apiOf(r), route: id ? routeById.get(id) : undefined });
  });
  for (const rr of routeResponses) rr.route?.routeResponses.push(rr);

  const integrationResponses: IntegrationResponseNode[] = ofType(TYPES.integrationResponse).map(r => {
    const id = referencedLogicalId(r.properties.IntegrationId);
    return typed(r, { api: apiOf(r), integration: id ? integrationById.get(id) : undefined });
  });
  for (const ir of integrationResponses) ir.integration?.integrationResponses.push(ir);

  const deployments: Mutable<DeploymentNode>[] = ofType(TYPES.deployment).map(r => typed(r, { api: apiOf(r), stage: undefined }));
  const deploymentById = byLogicalId(deployments);
  const stages: StageNode[] = ofType(TYPES.stage).map(r => {
    const id = referencedLogicalId(r.properties.DeploymentId);
    return typed(r, { api: apiOf(r), deployment: id ? deploymentById.get(id) : undefined });
  });
  const stageById = byLogicalId(stages);
  // The first stage of each API with a given literal name: one lookup per deployment or mapping, not a scan.
  const stageByName = new Map<ApiNode, Map<string, StageNode>>();
  for (const s of stages) {
    const name = stringOf(s.properties.StageName);
    if (s.api === undefined || name === undefined) continue;
    let named = stageByName.get(s.api);
    if (!named) stageByName.set(s.api, named = new Map());
    if (!named.has(name)) named.set(name, s);
  }
  const stageNamed = (api: ApiNode | undefined, name: string | undefined) =>
    api === undefined || name === undefined ? undefined : stageByName.get(api)?.get(name);
  for (const d of deployments) d.stage = stageNamed(d.api, stringOf(d.properties.StageName));

  const domainNames: DomainNameNode[] = ofType(TYPES.domainName).map(r => typed(r, { apiMappings: [], routingRules: [] }));
  const domainById = byLogicalId(domainNames);
  const domainByName = new Map<string, DomainNameNode>();
  for (const d of domainNames) {
    const name = stringOf(d.properties.DomainName);
    if (name) domainByName.set(name.toLowerCase(), d);
  }
  const domainOf = (value: unknown) => {
    const id = referencedLogicalId(value);
    if (id) return domainById.get(id);
    const literal = stringOf(value);
    return literal ? domainByName.get(literal.toLowerCase()) : undefined;
  };

  const apiMappings: ApiMappingNode[] = ofType(TYPES.apiMapping).map(r => {
    const api = apiOf(r);
    const stageRef = referencedLogicalId(r.properties.Stage);
    const stageName = stringOf(r.properties.Stage);
    const stage = stageRef ? stageById.get(stageRef) : stageNamed(api, stageName);
    return typed(r, { api, domainName: domainOf(r.properties.DomainName), stage });
  });
  for (const m of apiMappings) m.domainName?.apiMappings.push(m);

  const routingRules: RoutingRuleNode[] = ofType(TYPES.routingRule).map(r => typed(r, {
    domainName: domainOf(r.properties.DomainNameArn),
  }));
  for (const rule of routingRules) rule.domainName?.routingRules.push(rule);

  const vpcLinks: VpcLinkNode[] = ofType(TYPES.vpcLink).map(r => typed(r, { integrations: [] }));
  const vpcLinkById = byLogicalId(vpcLinks);
  for (const integration of integrations) {
    const id = referencedLogicalId(integration.properties.ConnectionId);
    integration.vpcLink = id ? vpcLinkById.get(id) : undefined;
    integration.vpcLink?.integrations.push(integration);
  }

  // Each node is added to its API's lists in one pass (filtering every list per API is quadratic).
  for (const r of routes) r.api?.routes.push(r);
  for (const i of integrations) i.api?.integrations.push(i);
  for (const a of authorizers) a.api?.authorizers.push(a);
  for (const m of models) m.api?.models.push(m);
  for (const s of stages) s.api?.stages.push(s);
  for (const d of deployments) d.api?.deployments.push(d);
  for (const m of apiMappings) m.api?.apiMappings.push(m);

  const restMethods: RestMethodNode[] = ofType(TYPES.restMethod);
  const usagePlans: ResourceNode[] = ofType(TYPES.usagePlan);
  const managedOverrides: ResourceNode[] = ofType(TYPES.managedOverrides);

  let resources: Map<string, ResourceNode> | undefined;
  return {
    apis,
    routes,
    routeResponses,
    integrations,
    integrationResponses,
    authorizers,
    models,
    stages,
    deployments,
    domainNames,
    apiMappings,
    routingRules,
    vpcLinks,
    restMethods,
    usagePlans,
    managedOverrides,
    get resources() {
      return resources ??= resourcesByLogicalId(resourcesIn as Record<string, unknown>);
    },
    resourceCount,
    values: new ValueResolver(template, options),
  };
}

const MODELLED_TYPES: ReadonlySet<string> = new Set(Object.values(TYPES));

/** Every resource with a literal map body and `Type`, by logical id. */
function resourcesByLogicalId(resourcesIn: Record<string, unknown>): Map<string, ResourceNode> {
  const resources = new Map<string, ResourceNode>();
  for (const logicalId in resourcesIn) {
    if (!Object.prototype.hasOwnProperty.call(resourcesIn, logicalId)) continue;
    const b = mapOf(resourcesIn[logicalId]);
    const type = b ? stringOf(b.Type) : undefined;
    if (!b || !type) continue;
    resources.set(logicalId, { logicalId, type, properties: mapOf(b.Properties) ?? {}, dependsOn: b.DependsOn, condition: b.Condition });
  }
  return resources;
}

/**
 * A typed node: the resource's fields, then `extra`. Not `{ ...r, ...extra }`: on Node 20 an object
 * spread followed by more properties costs about 2 µs per object; the model of a 500-route API took 12 ms
 * with spreads and 4 ms without.
 */
function typed<T extends object>(r: ResourceNode, extra: T): ResourceNode & T {
  return Object.assign({ logicalId: r.logicalId, type: r.type, properties: r.properties, dependsOn: r.dependsOn, condition: r.condition }, extra);
}

function protocolLiteral(value: unknown): Protocol | undefined {
  const s = stringOf(value);
  return s === 'HTTP' || s === 'WEBSOCKET' ? s : undefined;
}

/**
 * The logical id of the integration a route `Target` names: `integrations/<id>` where `<id>` is a `Ref` to
 * an Integration, written with `Fn::Join` (what the CDK emits) or `Fn::Sub`.
 */
export function integrationIdOfTarget(target: unknown): string | undefined {
  if (!isIntrinsic(target)) return undefined;
  const t = target as Record<string, unknown>;
  const join = t['Fn::Join'];
  if (Array.isArray(join) && join.length === 2 && Array.isArray(join[1])) {
    const sep = join[0];
    const parts = join[1] as unknown[];
    if (typeof sep !== 'string') return undefined;
    // ['integrations/', {Ref}] with '' or ['integrations', {Ref}] with '/'.
    if (parts.length === 2 && typeof parts[0] === 'string' && `${parts[0]}${sep}` === 'integrations/') {
      return referencedLogicalId(parts[1]);
    }
    return undefined;
  }
  const sub = t['Fn::Sub'];
  const subText = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  const m = subText ? /^integrations\/\$\{([A-Za-z0-9]+)\}$/.exec(subText) : null;
  if (!m) return undefined;
  const variables = Array.isArray(sub) ? mapOf(sub[1]) : undefined;
  return variables && m[1] in variables ? referencedLogicalId(variables[m[1]]) : m[1];
}

import { readFileSync } from 'fs';
import { join } from 'path';
import { CollectionTag, parse, ScalarTag, YAMLMap, YAMLSeq } from 'yaml';
import { buildModel, TemplateShapeError } from '../../src/model/build-model';
import { ResourceNode, TemplateModel } from '../../src/model/nodes';
import { lintTemplate } from '../../src/rules/engine';

const FIXTURES = join(__dirname, '..', 'fixtures', 'model');

/** The CloudFormation short-form tags the fixtures use, turned into their long form. */
const scalar = (tag: string, resolve: (value: string) => unknown): ScalarTag => ({ tag, resolve });
const sequence = (tag: string, name: string): CollectionTag => ({
  tag, collection: 'seq', resolve: (seq: YAMLMap | YAMLSeq) => ({ [name]: seq.toJSON() }),
});
const CFN_TAGS = [
  scalar('!Ref', value => ({ Ref: value })),
  scalar('!GetAtt', value => ({ 'Fn::GetAtt': value.split('.') })),
  scalar('!Sub', value => ({ 'Fn::Sub': value })),
  sequence('!Sub', 'Fn::Sub'),
  sequence('!Join', 'Fn::Join'),
];

function loadJson(file: string): TemplateModel {
  return buildModel(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
}
function loadYaml(file: string): TemplateModel {
  return buildModel(parse(readFileSync(join(FIXTURES, file), 'utf8'), { customTags: CFN_TAGS }));
}
/** Logical ids, so a failed link shows which resource it reached. */
const ids = (nodes: readonly ResourceNode[]) => nodes.map(n => n.logicalId);
const id = (node: ResourceNode | undefined) => node?.logicalId;
function byId<T extends ResourceNode>(nodes: readonly T[], logicalId: string): T {
  const node = nodes.find(n => n.logicalId === logicalId);
  if (!node) throw new Error(`no ${logicalId} in [${ids(nodes).join(', ')}]`);
  return node;
}

describe('buildModel on a JSON HTTP API template', () => {
  const model = loadJson('http-api.json');
  const api = byId(model.apis, 'HttpApi');

  test('sorts resources by type and keeps every resource by logical id', () => {
    expect(ids(model.apis)).toEqual(['HttpApi']);
    expect(ids(model.integrations)).toEqual(['LambdaIntegration', 'PrivateIntegration']);
    expect(ids(model.routes)).toEqual(['GetOrdersRoute', 'ProxyRoute', 'LiteralTargetRoute', 'ImportedApiRoute']);
    expect(ids(model.restMethods)).toEqual(['RestMethod']);
    expect(model.resources.get('Handler')?.type).toBe('AWS::Lambda::Function');
    expect(model.resources.size).toBe(17);
  });

  test('reads the protocol', () => {
    expect(api.protocol).toBe('HTTP');
  });

  test('links children to their API through Ref and Fn::GetAtt', () => {
    expect(id(byId(model.integrations, 'LambdaIntegration').api)).toBe('HttpApi');
    expect(id(byId(model.integrations, 'PrivateIntegration').api)).toBe('HttpApi');
    expect(ids(api.integrations)).toEqual(['LambdaIntegration', 'PrivateIntegration']);
    expect(ids(api.routes)).toEqual(['GetOrdersRoute', 'ProxyRoute', 'LiteralTargetRoute']);
    expect(ids(api.authorizers)).toEqual(['JwtAuthorizer']);
    expect(ids(api.stages)).toEqual(['ProdStage']);
    expect(ids(api.deployments)).toEqual(['Deployment']);
    expect(ids(api.apiMappings)).toEqual(['MappingByRef', 'MappingByName']);
  });

  test('links a route to its integration through an Fn::Join target, with either separator', () => {
    expect(id(byId(model.routes, 'GetOrdersRoute').integration)).toBe('LambdaIntegration');
    expect(id(byId(model.routes, 'ProxyRoute').integration)).toBe('PrivateIntegration');
    expect(ids(byId(model.integrations, 'LambdaIntegration').routes)).toEqual(['GetOrdersRoute']);
    expect(ids(byId(model.integrations, 'PrivateIntegration').routes)).toEqual(['ProxyRoute']);
  });

  test('leaves a literal integration id unlinked', () => {
    expect(byId(model.routes, 'LiteralTargetRoute').integration).toBeUndefined();
  });

  test('links a route to its authorizer, both ways', () => {
    expect(id(byId(model.routes, 'GetOrdersRoute').authorizer)).toBe('JwtAuthorizer');
    expect(ids(byId(model.authorizers, 'JwtAuthorizer').routes)).toEqual(['GetOrdersRoute']);
    expect(byId(model.routes, 'ProxyRoute').authorizer).toBeUndefined();
  });

  test('links an integration to its VPC link through ConnectionId', () => {
    expect(id(byId(model.integrations, 'PrivateIntegration').vpcLink)).toBe('VpcLink');
    expect(byId(model.integrations, 'LambdaIntegration').vpcLink).toBeUndefined();
    expect(ids(byId(model.vpcLinks, 'VpcLink').integrations)).toEqual(['PrivateIntegration']);
  });

  test('links a deployment to the stage it names, and a stage to its deployment', () => {
    expect(id(byId(model.deployments, 'Deployment').stage)).toBe('ProdStage');
    expect(id(byId(model.stages, 'ProdStage').deployment)).toBe('Deployment');
  });

  test('links API mappings to their domain and stage, by Ref and by literal name', () => {
    const byRef = byId(model.apiMappings, 'MappingByRef');
    expect([id(byRef.api), id(byRef.domainName), id(byRef.stage)]).toEqual(['HttpApi', 'Domain', 'ProdStage']);
    // Domain names are case-insensitive.
    const byName = byId(model.apiMappings, 'MappingByName');
    expect([id(byName.api), id(byName.domainName), id(byName.stage)]).toEqual(['HttpApi', 'Domain', 'ProdStage']);
    expect(ids(byId(model.domainNames, 'Domain').apiMappings)).toEqual(['MappingByRef', 'MappingByName']);
  });

  test('links a routing rule to its domain through Fn::GetAtt [Domain, DomainNameArn]', () => {
    expect(id(byId(model.routingRules, 'RoutingRule').domainName)).toBe('Domain');
    expect(ids(byId(model.domainNames, 'Domain').routingRules)).toEqual(['RoutingRule']);
  });

  test('leaves the API of a literal ApiId undefined', () => {
    expect(byId(model.routes, 'ImportedApiRoute').api).toBeUndefined();
  });
});

describe('buildModel on a YAML WebSocket API template with short-form tags', () => {
  const model = loadYaml('websocket-api.yaml');
  const api = byId(model.apis, 'WsApi');

  test('reads the protocol, and leaves a protocol from a Ref unknown', () => {
    expect(api.protocol).toBe('WEBSOCKET');
    expect(byId(model.apis, 'AnyApi').protocol).toBeUndefined();
  });

  test('links children through !Ref and !GetAtt', () => {
    expect(id(byId(model.integrations, 'EchoIntegration').api)).toBe('WsApi');
    expect(ids(api.integrations)).toEqual(['SendIntegration', 'EchoIntegration']);
    expect(ids(api.routes)).toEqual(['ConnectRoute', 'SendRoute', 'EchoRoute', 'LongFormRoute']);
    expect(ids(api.models)).toEqual(['MessageModel']);
    expect(id(byId(model.models, 'MessageModel').api)).toBe('WsApi');
  });

  test('links route targets written with !Join, !Sub, !Sub [string, vars] and long-form Fn::Sub', () => {
    expect(id(byId(model.routes, 'ConnectRoute').integration)).toBe('EchoIntegration');
    expect(id(byId(model.routes, 'SendRoute').integration)).toBe('SendIntegration');
    expect(id(byId(model.routes, 'EchoRoute').integration)).toBe('EchoIntegration');
    expect(id(byId(model.routes, 'LongFormRoute').integration)).toBe('EchoIntegration');
    expect(ids(byId(model.integrations, 'EchoIntegration').routes)).toEqual(['ConnectRoute', 'EchoRoute', 'LongFormRoute']);
  });

  test('links a route to its authorizer', () => {
    expect(id(byId(model.routes, 'ConnectRoute').authorizer)).toBe('ConnectAuthorizer');
    expect(ids(byId(model.authorizers, 'ConnectAuthorizer').routes)).toEqual(['ConnectRoute']);
  });

  test('links route responses and integration responses to their parents', () => {
    const routeResponse = byId(model.routeResponses, 'SendRouteResponse');
    expect([id(routeResponse.api), id(routeResponse.route)]).toEqual(['WsApi', 'SendRoute']);
    expect(ids(byId(model.routes, 'SendRoute').routeResponses)).toEqual(['SendRouteResponse']);
    expect(byId(model.routes, 'EchoRoute').routeResponses).toEqual([]);
    const integrationResponse = byId(model.integrationResponses, 'SendResponse');
    expect([id(integrationResponse.api), id(integrationResponse.integration)]).toEqual(['WsApi', 'SendIntegration']);
    expect(ids(byId(model.integrations, 'SendIntegration').integrationResponses)).toEqual(['SendResponse']);
  });

  test('links a deployment to its stage by name, and only to a stage that exists', () => {
    expect(id(byId(model.deployments, 'Deployment').stage)).toBe('ProductionStage');
    expect(byId(model.deployments, 'StrayDeployment').stage).toBeUndefined();
    expect(id(byId(model.stages, 'ProductionStage').deployment)).toBe('Deployment');
  });
});

describe('buildModel links', () => {
  const V2 = 'AWS::ApiGatewayV2::';
  const api = (ProtocolType = 'HTTP') => ({ Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType } });

  test('leave the API undefined when ApiId is not a literal reference to an Api of the template', () => {
    const model = buildModel({
      Resources: {
        Api: api(),
        Bucket: { Type: 'AWS::S3::Bucket' },
        Literal: { Type: `${V2}Route`, Properties: { ApiId: 'a1b2c3d4e5', RouteKey: 'GET /' } },
        Imported: { Type: `${V2}Route`, Properties: { ApiId: { 'Fn::ImportValue': 'ApiId' }, RouteKey: 'GET /' } },
        NotAnApi: { Type: `${V2}Route`, Properties: { ApiId: { Ref: 'Bucket' }, RouteKey: 'GET /' } },
        Missing: { Type: `${V2}Route`, Properties: { ApiId: { Ref: 'Nowhere' }, RouteKey: 'GET /' } },
        Token: { Type: `${V2}Route`, Properties: { ApiId: '${Token[TOKEN.12]}', RouteKey: 'GET /' } },
        NoApiId: { Type: `${V2}Route`, Properties: { RouteKey: 'GET /' } },
      },
    });
    for (const route of model.routes) expect([route.logicalId, route.api]).toEqual([route.logicalId, undefined]);
    expect(model.apis[0].routes).toEqual([]);
  });

  test('do not link a deployment to a stage of the same name on another API', () => {
    const model = buildModel({
      Resources: {
        A: api(),
        B: api(),
        StageA: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'A' }, StageName: 'prod' } },
        DeployB: { Type: `${V2}Deployment`, Properties: { ApiId: { Ref: 'B' }, StageName: 'prod' } },
        DeployImported: { Type: `${V2}Deployment`, Properties: { ApiId: 'a1b2c3d4e5', StageName: 'prod' } },
      },
    });
    expect(byId(model.deployments, 'DeployB').stage).toBeUndefined();
    expect(byId(model.deployments, 'DeployImported').stage).toBeUndefined();
  });

  test('do not link an API mapping to a stage of the same name on another API', () => {
    const model = buildModel({
      Resources: {
        A: api(),
        B: api(),
        StageA: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'A' }, StageName: 'prod' } },
        Mapping: { Type: `${V2}ApiMapping`, Properties: { ApiId: { Ref: 'B' }, DomainName: 'api.example.com', Stage: 'prod' } },
      },
    });
    const mapping = byId(model.apiMappings, 'Mapping');
    expect([id(mapping.api), mapping.domainName, mapping.stage]).toEqual(['B', undefined, undefined]);
  });

  test('leave route targets that are not integrations/<Ref> unlinked', () => {
    const route = (Target: unknown) => ({ Type: `${V2}Route`, Properties: { ApiId: { Ref: 'Api' }, RouteKey: 'GET /', Target } });
    const model = buildModel({
      Resources: {
        Api: api(),
        Integration: { Type: `${V2}Integration`, Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'AWS_PROXY' } },
        OtherPrefix: route({ 'Fn::Join': ['', ['routes/', { Ref: 'Integration' }]] }),
        ThreeParts: route({ 'Fn::Join': ['', ['integrations/', { Ref: 'Integration' }, '/x']] }),
        SubSuffix: route({ 'Fn::Sub': 'integrations/${Integration}/x' }),
        SubOfLiteral: route({ 'Fn::Sub': ['integrations/${id}', { id: 'abc1234' }] }),
        RefToIntegration: route({ Ref: 'Integration' }),
      },
    });
    for (const r of model.routes) expect([r.logicalId, r.integration]).toEqual([r.logicalId, undefined]);
  });

  test('skip entries that are not resources', () => {
    const model = buildModel({ Resources: { Api: api(), NoType: { Properties: {} }, NotAMap: 'x', Nothing: null } });
    expect([...model.resources.keys()]).toEqual(['Api']);
    expect(model.apis[0].properties).toEqual({ Name: 'a', ProtocolType: 'HTTP' });
  });

  test('give a resource without Properties an empty map', () => {
    const model = buildModel({ Resources: { Link: { Type: `${V2}VpcLink` } } });
    expect(model.vpcLinks[0].properties).toEqual({});
  });
});

describe('buildModel on input that is not a template', () => {
  test.each([
    ['null', null],
    ['a string', 'Resources: {}'],
    ['a number', 42],
    ['an array', [{ Resources: {} }]],
    ['an object whose keys are not template sections', { name: 'some-package', version: '1.0.0' }],
    ['Resources that is a list', { Resources: [] }],
    ['Resources that is an intrinsic', { Resources: { Ref: 'X' } }],
  ])('%s throws TemplateShapeError', (_name, input) => {
    expect(() => buildModel(input)).toThrow(TemplateShapeError);
  });

  test.each([
    ['only a format version', { AWSTemplateFormatVersion: '2010-09-09' }],
    ['only Outputs', { Outputs: { Url: { Value: 'x' } } }],
    ['an empty object', {}],
    ['Resources from an unknown YAML tag (!Include)', { Resources: { 'Fn::UnknownTag': { Tag: '!Include', Value: 'resources.yaml' } } }],
    ['Resources from a macro (Fn::Transform)', { Resources: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } } }],
  ])('a template without Resources (%s) gives an empty model', (_name, input) => {
    expect(buildModel(input).resources.size).toBe(0);
  });

  test('an empty Resources map gives an empty model', () => {
    const model = buildModel({ Resources: {} });
    expect([model.apis, model.routes, model.stages, model.restMethods, model.usagePlans]).toEqual([[], [], [], [], []]);
    expect(model.resources.size).toBe(0);
  });

  test('lists the usage plans', () => {
    const model = buildModel({
      Resources: {
        Plan: { Type: 'AWS::ApiGateway::UsagePlan', Properties: { UsagePlanName: 'gold' } },
        Key: { Type: 'AWS::ApiGateway::UsagePlanKey', Properties: { UsagePlanId: { Ref: 'Plan' } } },
      },
    });
    expect(model.usagePlans).toEqual([{ logicalId: 'Plan', type: 'AWS::ApiGateway::UsagePlan', properties: { UsagePlanName: 'gold' } }]);
  });
});

describe('buildModel on a resource whose Properties are unknown', () => {
  test.each([
    ['an Fn::If', { 'Fn::If': ['C', { Name: 'a', ProtocolType: 'HTTP' }, { Ref: 'AWS::NoValue' }] }],
    ['an unknown YAML tag (!Include)', { 'Fn::UnknownTag': { Tag: '!Include', Value: 'api.yaml' } }],
  ])('%s: kept by logical id, left out of every typed list', (_name, properties) => {
    const model = buildModel({ Resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: properties } } });
    expect(model.resources.get('Api')?.type).toBe('AWS::ApiGatewayV2::Api');
    expect(model.apis).toEqual([]);
    expect(lintTemplate({ Resources: { Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: properties } } })).toEqual([]);
  });
});

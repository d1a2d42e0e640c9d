import { App, Lazy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CfnApiMapping, HttpApi, HttpStage, WebSocketApi, WebSocketStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { templateOf } from '../../src/check/stack-template';
import { Switchyard } from '../../src/check/switchyard';
import { ApiMapping } from '../../src/common/api-mapping';
import { DomainName, RoutingMode } from '../../src/common/domain-name';
import { SwitchyardError } from '../../src/common/errors';
import { DOMAIN_RULES } from '../../src/rules/domain';
import { lintTemplate } from '../../src/rules/engine';
import { schemaViolations } from '../examples/cloudformation-schema';

process.env.CDK_VALIDATION = 'false';

const ENV = { account: '111122223333', region: 'eu-west-1' };
const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555';

function newStack(app = new App(), id = 'Stack') {
  return new Stack(app, id, { env: ENV });
}
function domain(stack: Stack, id = 'Domain', routingMode?: RoutingMode) {
  return new DomainName(stack, id, { domainName: `${id.toLowerCase()}.example.com`, certificate: Certificate.fromCertificateArn(stack, `${id}Cert`, CERT), routingMode });
}
function httpApi(stack: Stack, id = 'Http') {
  const api = new HttpApi(stack, id, { createDefaultStage: false });
  const stage = new HttpStage(stack, `${id}Prod`, { httpApi: api, stageName: 'prod', autoDeploy: true });
  return { api, stage };
}
function webSocketApi(stack: Stack, id = 'Ws') {
  const api = new WebSocketApi(stack, id);
  const stage = new WebSocketStage(stack, `${id}Prod`, { webSocketApi: api, stageName: 'prod', autoDeploy: true });
  return { api, stage };
}
const domainRuleFindings = (stack: Stack) => lintTemplate(templateOf(stack), { rules: DOMAIN_RULES }).map(f => [f.rule, f.resource.replace(/[0-9A-F]{8}$/, ''), f.path]);

/** Every API mapping shape these tests build, also run through the CloudFormation schema check. */
const SHAPES: Record<string, (stack: Stack) => void> = {
  'an HTTP API at the root and under a multi-level key': stack => {
    const d = domain(stack);
    const { api, stage } = httpApi(stack);
    new ApiMapping(stack, 'Root', { api, stage, domainName: d });
    const other = httpApi(stack, 'Orders');
    new ApiMapping(stack, 'OrdersMapping', { api: other.api, stage: other.stage, domainName: d, apiMappingKey: 'orders/v2' });
  },
  'a WebSocket API': stack => {
    const d = domain(stack, 'Chat');
    const { api, stage } = webSocketApi(stack);
    new ApiMapping(stack, 'ChatMapping', { api, stage, domainName: d, apiMappingKey: 'chat' });
  },
  'a domain of another stack': stack => {
    const imported = DomainName.fromDomainNameAttributes(stack, 'Imported', { name: 'shared.example.com', regionalDomainName: 'd-abc.execute-api.eu-west-1.amazonaws.com', regionalHostedZoneId: 'ZLY8HYME6SFDD' });
    const { api, stage } = httpApi(stack);
    new ApiMapping(stack, 'Shared', { api, stage, domainName: imported, apiMappingKey: 'team-a' });
  },
};

describe('ApiMapping', () => {
  test('every prop reaches the template; the mapping depends on its stage', () => {
    const stack = newStack();
    SHAPES['an HTTP API at the root and under a multi-level key'](stack);
    const mappings = Template.fromStack(stack).findResources('AWS::ApiGatewayV2::ApiMapping');
    const byKey = Object.fromEntries(Object.values(mappings).map((m: any) => [m.Properties.ApiMappingKey ?? '(root)', m]));
    expect(byKey['(root)'].Properties).toEqual({ ApiId: { Ref: expect.stringMatching(/^Http/) }, DomainName: { Ref: expect.stringMatching(/^Domain/) }, Stage: 'prod' });
    expect(byKey['(root)'].DependsOn).toEqual([expect.stringMatching(/^HttpProd/)]);
    expect(byKey['orders/v2'].Properties).toEqual({ ApiId: { Ref: expect.stringMatching(/^Orders/) }, DomainName: { Ref: expect.stringMatching(/^Domain/) }, Stage: 'prod', ApiMappingKey: 'orders/v2' });
    expect(domainRuleFindings(stack)).toEqual([]);
  });

  test('a domain of another stack is named by its literal name', () => {
    const stack = newStack();
    SHAPES['a domain of another stack'](stack);
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { DomainName: 'shared.example.com', ApiMappingKey: 'team-a' });
  });

  test('fromApiMappingAttributes', () => {
    const stack = newStack();
    expect(ApiMapping.fromApiMappingAttributes(stack, 'M', { apiMappingId: 'abc123' }).apiMappingId).toBe('abc123');
  });

  type Build = (stack: Stack) => unknown;
  const CONSTRUCTION: Array<[string, string, Build]> = [
    ['mapping-key', 'a space', s => { const { api, stage } = httpApi(s); new ApiMapping(s, 'M', { api, stage, domainName: domain(s), apiMappingKey: 'my orders' }); }],
    ['mapping-key', '301 characters', s => { const { api, stage } = httpApi(s); new ApiMapping(s, 'M', { api, stage, domainName: domain(s), apiMappingKey: 'k'.repeat(301) }); }],
    ['mapping-key', 'a multi-level key for a WebSocket API', s => { const { api, stage } = webSocketApi(s); new ApiMapping(s, 'M', { api, stage, domainName: domain(s), apiMappingKey: 'chat/v2' }); }],
    ['mapping-key-unique', 'two root mappings', s => {
      const d = domain(s);
      const a = httpApi(s, 'A');
      const b = httpApi(s, 'B');
      new ApiMapping(s, 'M1', { ...a, domainName: d });
      new ApiMapping(s, 'M2', { ...b, domainName: d });
    }],
    ['mapping-key-unique', 'one key twice', s => {
      const d = domain(s);
      const a = httpApi(s, 'A');
      new ApiMapping(s, 'M1', { ...a, domainName: d, apiMappingKey: 'v1' });
      new ApiMapping(s, 'M2', { ...a, domainName: d, apiMappingKey: 'v1' });
    }],
    ['mapping-protocol-mix', 'a WebSocket API next to an HTTP API', s => {
      const d = domain(s);
      const h = httpApi(s);
      const w = webSocketApi(s);
      new ApiMapping(s, 'M1', { ...h, domainName: d, apiMappingKey: 'http' });
      new ApiMapping(s, 'M2', { ...w, domainName: d, apiMappingKey: 'ws' });
    }],
  ];
  test.each(CONSTRUCTION)('%s: %s is rejected at construction', (ruleId, _name, build) => {
    let error: unknown;
    try {
      build(newStack());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SwitchyardError);
    expect((error as SwitchyardError).ruleId).toBe(ruleId);
  });

  test('a mapping on a ROUTING_RULE_ONLY domain is a mapping-routing-mode warning at synth, not a throw', () => {
    const stack = newStack();
    const { api, stage } = httpApi(stack);
    new ApiMapping(stack, 'M', { api, stage, domainName: domain(stack, 'Domain', RoutingMode.ROUTING_RULE_ONLY) });
    const found = Switchyard.findings(stack).filter(f => f.rule === 'mapping-routing-mode');
    expect(found.map(f => f.severity)).toEqual(['warning']);
  });

  test.each([[''], ['/orders'], ['a//b']])('the key %j is a mapping-key-shape warning at synth, not a throw', (apiMappingKey) => {
    const stack = newStack();
    const { api, stage } = httpApi(stack);
    new ApiMapping(stack, 'M', { api, stage, domainName: domain(stack), apiMappingKey });
    expect(Switchyard.findings(stack).filter(f => f.rule.startsWith('mapping-key')).map(f => [f.rule, f.severity])).toEqual([['mapping-key-shape', 'warning']]);
  });

  test('the same key on two domains, and unresolved keys, are accepted', () => {
    const stack = newStack();
    const a = httpApi(stack, 'A');
    new ApiMapping(stack, 'M1', { ...a, domainName: domain(stack, 'One'), apiMappingKey: 'v1' });
    new ApiMapping(stack, 'M2', { ...a, domainName: domain(stack, 'Two'), apiMappingKey: 'v1' });
    new ApiMapping(stack, 'M3', { ...a, domainName: domain(stack, 'Three'), apiMappingKey: Lazy.string({ produce: () => 'v1' }) });
    expect(domainRuleFindings(stack)).toEqual([]);
  });

  test('mappings written with the L1 break the same rules at synth', () => {
    const stack = newStack();
    const d = domain(stack, 'Domain', RoutingMode.ROUTING_RULE_ONLY);
    const h = httpApi(stack);
    const w = webSocketApi(stack);
    new CfnApiMapping(stack, 'HttpMapping', { apiId: h.api.apiId, domainName: d.name, stage: 'prod', apiMappingKey: 'v1' });
    new CfnApiMapping(stack, 'WsMapping', { apiId: w.api.apiId, domainName: d.name, stage: 'prod', apiMappingKey: 'v1/chat' });
    expect(domainRuleFindings(stack)).toEqual([
      ['mapping-key', 'WsMapping', 'ApiMappingKey'],
      ['mapping-protocol-mix', 'WsMapping', 'ApiId'],
      ['mapping-routing-mode', 'HttpMapping', 'DomainName'],
      ['mapping-routing-mode', 'WsMapping', 'DomainName'],
    ]);
  });

  test('every shape passes the CloudFormation schema check', () => {
    const violations = schemaViolations(app => {
      Object.values(SHAPES).forEach((build, i) => build(newStack(app, `Mapping${i}`)));
    });
    expect(violations).toEqual([]);
  });
});

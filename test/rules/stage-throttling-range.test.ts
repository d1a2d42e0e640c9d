import { expectRule } from './rule-table';
import { stageThrottlingRange } from '../../src/rules/stage/stage-throttling-range';

const V2 = 'AWS::ApiGatewayV2::';
const stage = (properties: Record<string, unknown>, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', ...properties } },
});
const defaults = (settings: Record<string, unknown>, protocol = 'HTTP') => stage({ DefaultRouteSettings: settings }, protocol);
const NUMBER_TOKEN = -1.8881545897087626e+289;
const at = (path: string) => [{ resource: 'Stage', path }];

expectRule(stageThrottlingRange, {
  valid: [
    { name: 'burst 0 and rate 0', resources: defaults({ ThrottlingBurstLimit: 0, ThrottlingRateLimit: 0 }) },
    { name: 'burst 2147483647', resources: defaults({ ThrottlingBurstLimit: 2147483647 }) },
    { name: 'rate 0.5', resources: defaults({ ThrottlingRateLimit: 0.5 }) },
    { name: 'strings', resources: defaults({ ThrottlingBurstLimit: '100', ThrottlingRateLimit: '50.5' }) },
    { name: 'WebSocket route settings', resources: stage({ RouteSettings: { $connect: { ThrottlingBurstLimit: 10, ThrottlingRateLimit: 5 } } }, 'WEBSOCKET') },
    { name: 'AWS::NoValue', resources: defaults({ ThrottlingBurstLimit: { Ref: 'AWS::NoValue' } }) },
    { name: 'Refs', resources: defaults({ ThrottlingBurstLimit: { Ref: 'Burst' }, ThrottlingRateLimit: { Ref: 'Rate' } }) },
    { name: 'Fn::GetAtt and Fn::Sub', resources: defaults({ ThrottlingBurstLimit: { 'Fn::GetAtt': ['Config', 'Burst'] }, ThrottlingRateLimit: { 'Fn::Sub': '${Rate}' } }) },
    { name: 'CDK tokens', resources: defaults({ ThrottlingBurstLimit: NUMBER_TOKEN, ThrottlingRateLimit: '${Token[TOKEN.12]}' }) },
    { name: 'DefaultRouteSettings from a Ref', resources: stage({ DefaultRouteSettings: { Ref: 'Settings' } }) },
  ],
  invalid: [
    { name: 'burst -1', resources: defaults({ ThrottlingBurstLimit: -1 }), findings: at('DefaultRouteSettings.ThrottlingBurstLimit') },
    { name: 'burst 2147483648', resources: defaults({ ThrottlingBurstLimit: 2147483648 }), findings: at('DefaultRouteSettings.ThrottlingBurstLimit') },
    { name: 'burst 1.5', resources: defaults({ ThrottlingBurstLimit: 1.5 }), findings: at('DefaultRouteSettings.ThrottlingBurstLimit') },
    { name: 'rate -1', resources: defaults({ ThrottlingRateLimit: -1 }), findings: at('DefaultRouteSettings.ThrottlingRateLimit') },
    { name: 'rate "-0.5"', resources: defaults({ ThrottlingRateLimit: '-0.5' }), findings: at('DefaultRouteSettings.ThrottlingRateLimit') },
    {
      name: 'both negative on a route',
      resources: stage({ RouteSettings: { 'GET /items': { ThrottlingBurstLimit: -1, ThrottlingRateLimit: -2 } } }),
      findings: [{ resource: 'Stage', path: 'RouteSettings.GET /items.ThrottlingBurstLimit' }, { resource: 'Stage', path: 'RouteSettings.GET /items.ThrottlingRateLimit' }],
    },
  ],
});

import { expectRule } from './rule-table';
import { stageThrottlingLimits } from '../../src/rules/stage/stage-throttling-limits';

const V2 = 'AWS::ApiGatewayV2::';
const stage = (properties: Record<string, unknown>, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', ...properties } },
});
const defaults = (settings: Record<string, unknown>, protocol = 'HTTP') => stage({ DefaultRouteSettings: settings }, protocol);
const at = (path: string) => [{ resource: 'Stage', path }];

expectRule(stageThrottlingLimits, {
  valid: [
    { name: 'rate 10000 and burst 5000', resources: defaults({ ThrottlingRateLimit: 10000, ThrottlingBurstLimit: 5000 }) },
    { name: 'rate 0 and burst 10', resources: defaults({ ThrottlingRateLimit: 0, ThrottlingBurstLimit: 10 }) },
    { name: 'burst 0 without a rate', resources: defaults({ ThrottlingBurstLimit: 0 }) },
    { name: 'rate 0 and burst from a Ref', resources: defaults({ ThrottlingRateLimit: 0, ThrottlingBurstLimit: { Ref: 'Burst' } }) },
    { name: 'rate 0 and burst AWS::NoValue', resources: defaults({ ThrottlingRateLimit: 0, ThrottlingBurstLimit: { Ref: 'AWS::NoValue' } }) },
    { name: 'rate from an Fn::GetAtt, burst from an Fn::Sub', resources: defaults({ ThrottlingRateLimit: { 'Fn::GetAtt': ['Config', 'Rate'] }, ThrottlingBurstLimit: { 'Fn::Sub': '${Burst}' } }) },
    { name: 'CDK tokens', resources: defaults({ ThrottlingRateLimit: -1.8881545897087626e+289, ThrottlingBurstLimit: '${Token[TOKEN.12]}' }) },
    { name: 'WebSocket route within limits', resources: stage({ RouteSettings: { $connect: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 50 } } }, 'WEBSOCKET') },
  ],
  invalid: [
    { name: 'both 0', resources: defaults({ ThrottlingRateLimit: 0, ThrottlingBurstLimit: 0 }), findings: at('DefaultRouteSettings.ThrottlingRateLimit') },
    { name: 'both "0" on a route', resources: stage({ RouteSettings: { 'POST /orders': { ThrottlingRateLimit: '0', ThrottlingBurstLimit: '0' } } }), findings: at('RouteSettings.POST /orders.ThrottlingRateLimit') },
    { name: 'rate 10001', resources: defaults({ ThrottlingRateLimit: 10001 }), findings: at('DefaultRouteSettings.ThrottlingRateLimit') },
    { name: 'burst 5001', resources: defaults({ ThrottlingBurstLimit: 5001 }), findings: at('DefaultRouteSettings.ThrottlingBurstLimit') },
    {
      name: 'both above on WebSocket',
      resources: defaults({ ThrottlingRateLimit: 20000, ThrottlingBurstLimit: 10000 }, 'WEBSOCKET'),
      findings: [{ resource: 'Stage', path: 'DefaultRouteSettings.ThrottlingRateLimit' }, { resource: 'Stage', path: 'DefaultRouteSettings.ThrottlingBurstLimit' }],
    },
  ],
});

import { expectRule } from './rule-table';
import { stageVariableValue } from '../../src/rules/stage/stage-variable-value';

const V2 = 'AWS::ApiGatewayV2::';
const variables = (StageVariables: unknown, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', StageVariables } },
});
const value = (v: unknown, protocol = 'HTTP') => variables({ target: v }, protocol);
const finding = [{ resource: 'Stage', path: 'StageVariables.target' }];

expectRule(stageVariableValue, {
  valid: [
    { name: '1 character', resources: value('a') },
    { name: '512 characters', resources: value('v'.repeat(512)) },
    { name: 'every allowed symbol', resources: value('https://example.com/a-b_c.d~e?f=g&h=i,j#k') },
    { name: 'a Lambda ARN on WebSocket', resources: value('arn:aws:lambda:us-east-1:123456789012:function:f:live', 'WEBSOCKET') },
    { name: 'AWS::NoValue', resources: value({ Ref: 'AWS::NoValue' }) },
    { name: 'a Ref', resources: value({ Ref: 'Target' }) },
    { name: 'an Fn::GetAtt', resources: value({ 'Fn::GetAtt': ['Fn', 'Arn'] }) },
    { name: 'an Fn::Sub with a space', resources: value({ 'Fn::Sub': 'a b ${X}' }) },
    { name: 'a CDK token', resources: value('${Token[TOKEN.12]}') },
    { name: 'StageVariables from a Ref', resources: variables({ Ref: 'Variables' }) },
  ],
  invalid: [
    { name: 'empty', resources: value(''), findings: finding },
    { name: '513 characters', resources: value('v'.repeat(513)), findings: finding },
    { name: 'a space', resources: value('a b'), findings: finding },
    { name: 'a semicolon', resources: value('a;b'), findings: finding },
    { name: 'an at sign', resources: value('user@example.com'), findings: finding },
    { name: 'a non-ASCII letter', resources: value('café', 'WEBSOCKET'), findings: finding },
    { name: 'two bad values', resources: variables({ a: 'x y', b: 'ok', c: '' }), findings: [{ resource: 'Stage', path: 'StageVariables.a' }, { resource: 'Stage', path: 'StageVariables.c' }] },
  ],
});

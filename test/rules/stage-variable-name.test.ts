import { expectRule } from './rule-table';
import { stageVariableName } from '../../src/rules/stage/stage-variable-name';

const V2 = 'AWS::ApiGatewayV2::';
const variables = (StageVariables: unknown, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', StageVariables } },
});
const at = (name: string) => [{ resource: 'Stage', path: `StageVariables.${name}` }];

expectRule(stageVariableName, {
  valid: [
    { name: '1 character', resources: variables({ a: 'x' }) },
    { name: '64 characters', resources: variables({ ['v'.repeat(64)]: 'x' }) },
    { name: 'letters, digits and underscores', resources: variables({ lambda_Alias_1: 'live' }, 'WEBSOCKET') },
    { name: 'values that are unknown', resources: variables({ fn: { Ref: 'Fn' }, alias: '${Token[TOKEN.12]}' }) },
    { name: 'StageVariables from a Ref', resources: variables({ Ref: 'Variables' }) },
    { name: 'StageVariables from an Fn::GetAtt', resources: variables({ 'Fn::GetAtt': ['Config', 'Variables'] }) },
    { name: 'StageVariables AWS::NoValue', resources: variables({ Ref: 'AWS::NoValue' }) },
    // An entry whose value is AWS::NoValue is removed from the map before it reaches the service.
    { name: 'a bad name whose value is AWS::NoValue', resources: variables({ 'my-var': { Ref: 'AWS::NoValue' } }) },
  ],
  invalid: [
    { name: 'a hyphen', resources: variables({ 'my-var': 'x' }), findings: at('my-var') },
    { name: 'a dot', resources: variables({ 'a.b': 'x' }), findings: at('a.b') },
    { name: 'a colon', resources: variables({ 'owner:application': 'x' }), findings: at('owner:application') },
    { name: '65 characters', resources: variables({ ['v'.repeat(65)]: 'x' }), findings: at('v'.repeat(65)) },
    { name: 'empty', resources: variables({ '': 'x' }), findings: at('') },
    { name: 'a bad name with an unknown value', resources: variables({ 'my-var': { 'Fn::Sub': '${Fn}' } }), findings: at('my-var') },
  ],
});

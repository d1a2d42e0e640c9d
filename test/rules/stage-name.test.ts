import { expectRule } from './rule-table';
import { stageName } from '../../src/rules/stage/stage-name';

const V2 = 'AWS::ApiGatewayV2::';
const stage = (StageName: unknown, protocol: unknown = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName } },
});
const finding = [{ resource: 'Stage', path: 'StageName' }];

expectRule(stageName, {
  valid: [
    { name: '$default', resources: stage('$default') },
    { name: '1 character', resources: stage('p') },
    { name: '128 characters', resources: stage('s'.repeat(128)) },
    { name: 'hyphens and underscores', resources: stage('dev-1_blue') },
    { name: 'WebSocket prod', resources: stage('prod', 'WEBSOCKET') },
    { name: 'a Ref', resources: stage({ Ref: 'Stage' }) },
    { name: 'an Fn::Sub', resources: stage({ 'Fn::Sub': '${Env}-v1' }) },
    { name: 'an Fn::GetAtt', resources: stage({ 'Fn::GetAtt': ['Config', 'Stage'] }) },
    { name: 'a CDK token', resources: stage('${Token[TOKEN.12]}') },
    { name: 'a name with a CDK token inside', resources: stage('v1 ${Token[TOKEN.12]}') },
  ],
  invalid: [
    { name: 'empty', resources: stage(''), findings: finding },
    { name: '129 characters', resources: stage('s'.repeat(129)), findings: finding },
    { name: 'a space', resources: stage('bad stage'), findings: finding },
    { name: 'a dot', resources: stage('v1.0'), findings: finding },
    { name: 'a $ that is not $default', resources: stage('$prod'), findings: finding },
    { name: '$Default in another case', resources: stage('$Default', 'WEBSOCKET'), findings: finding },
  ],
});

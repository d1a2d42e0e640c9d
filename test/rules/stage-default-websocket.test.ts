import { expectRule } from './rule-table';
import { stageDefaultWebSocket } from '../../src/rules/stage/stage-default-websocket';

const V2 = 'AWS::ApiGatewayV2::';
const stage = (protocol: unknown, StageName: unknown, apiId: unknown = { Ref: 'Api' }) => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: apiId, StageName } },
});

expectRule(stageDefaultWebSocket, {
  valid: [
    { name: 'WebSocket prod', resources: stage('WEBSOCKET', 'prod') },
    { name: 'HTTP $default', resources: stage('HTTP', '$default') },
    { name: 'WebSocket, a Ref', resources: stage('WEBSOCKET', { Ref: 'Stage' }) },
    { name: 'WebSocket, an Fn::Sub', resources: stage('WEBSOCKET', { 'Fn::Sub': '${Stage}' }) },
    { name: 'WebSocket, an Fn::GetAtt', resources: stage('WEBSOCKET', { 'Fn::GetAtt': ['Config', 'Stage'] }) },
    { name: 'WebSocket, a CDK token', resources: stage('WEBSOCKET', '${Token[TOKEN.12]}') },
    { name: 'API protocol unknown, $default', resources: stage({ Ref: 'Protocol' }, '$default') },
    { name: 'ApiId of an imported API, $default', resources: stage('WEBSOCKET', '$default', 'a1b2c3d4e5') },
  ],
  invalid: [
    { name: 'WebSocket $default', resources: stage('WEBSOCKET', '$default'), findings: [{ resource: 'Stage', path: 'StageName' }] },
    { name: 'WebSocket $default, linked by Fn::GetAtt', resources: stage('WEBSOCKET', '$default', { 'Fn::GetAtt': ['Api', 'ApiId'] }), findings: [{ resource: 'Stage', path: 'StageName' }] },
  ],
});

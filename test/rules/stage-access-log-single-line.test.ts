import { expectRule } from './rule-table';
import { stageAccessLogSingleLine } from '../../src/rules/stage/stage-access-log-single-line';

const V2 = 'AWS::ApiGatewayV2::';
const LOG_GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:api-logs';
const format = (Format: unknown, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', AccessLogSettings: { DestinationArn: LOG_GROUP, Format } } },
});
const at = (column: number) => [{ resource: 'Stage', path: 'AccessLogSettings.Format', line: 1, column }];

expectRule(stageAccessLogSingleLine, {
  valid: [
    { name: 'one line', resources: format('{"requestId":"$context.requestId"}') },
    { name: 'one line ending in a newline', resources: format('{"requestId":"$context.requestId"}\n', 'WEBSOCKET') },
    { name: 'a Ref', resources: format({ Ref: 'Format' }) },
    { name: 'an Fn::Join with a newline inside', resources: format({ 'Fn::Join': ['\n', ['$context.requestId', { Ref: 'Rest' }]] }) },
    { name: 'an Fn::Sub with a newline inside', resources: format({ 'Fn::Sub': '$context.requestId\n${Rest}' }) },
    { name: 'an Fn::GetAtt', resources: format({ 'Fn::GetAtt': ['Config', 'Format'] }) },
    { name: 'a CDK token with a newline', resources: format('$context.requestId\n${Token[TOKEN.12]}') },
    { name: 'AWS::NoValue', resources: format({ Ref: 'AWS::NoValue' }) },
  ],
  invalid: [
    { name: 'two lines', resources: format('$context.requestId\n$context.status'), findings: at(19) },
    { name: 'pretty-printed JSON', resources: format('{\n  "requestId": "$context.requestId"\n}\n', 'WEBSOCKET'), findings: at(2) },
    { name: 'a carriage return inside', resources: format('$context.requestId\r$context.status'), findings: at(19) },
  ],
});

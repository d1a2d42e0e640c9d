import { expectRule } from './rule-table';
import { stageAccessLogSettings } from '../../src/rules/stage/stage-access-log-settings';

const V2 = 'AWS::ApiGatewayV2::';
const LOG_GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:api-logs';
const FORMAT = '{"requestId":"$context.requestId"}';
const stage = (AccessLogSettings: unknown, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', ...(AccessLogSettings !== undefined ? { AccessLogSettings } : {}) } },
});
const at = (path: string) => [{ resource: 'Stage', path }];

expectRule(stageAccessLogSettings, {
  valid: [
    { name: 'both', resources: stage({ DestinationArn: LOG_GROUP, Format: FORMAT }) },
    { name: 'both on WebSocket', resources: stage({ DestinationArn: LOG_GROUP, Format: FORMAT }, 'WEBSOCKET') },
    { name: 'no access logging', resources: stage(undefined) },
    { name: 'an empty map', resources: stage({}) },
    { name: 'both unknown', resources: stage({ DestinationArn: { 'Fn::GetAtt': ['Logs', 'Arn'] }, Format: { Ref: 'Format' } }) },
    { name: 'CDK tokens', resources: stage({ DestinationArn: '${Token[TOKEN.12]}', Format: { 'Fn::Sub': '$context.requestId ${Extra}' } }) },
    { name: 'AccessLogSettings from a Ref', resources: stage({ Ref: 'Settings' }) },
    { name: 'AccessLogSettings AWS::NoValue', resources: stage({ Ref: 'AWS::NoValue' }) },
  ],
  invalid: [
    { name: 'a destination only', resources: stage({ DestinationArn: LOG_GROUP }), findings: at('AccessLogSettings.Format') },
    { name: 'a format only', resources: stage({ Format: FORMAT }, 'WEBSOCKET'), findings: at('AccessLogSettings.DestinationArn') },
    { name: 'a Format of AWS::NoValue', resources: stage({ DestinationArn: { 'Fn::GetAtt': ['Logs', 'Arn'] }, Format: { Ref: 'AWS::NoValue' } }), findings: at('AccessLogSettings.Format') },
  ],
});

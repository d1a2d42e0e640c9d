import { expectRule } from './rule-table';
import { stageAccessLogRequestId } from '../../src/rules/stage/stage-access-log-request-id';

const V2 = 'AWS::ApiGatewayV2::';
const LOG_GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:api-logs';
const format = (Format: unknown, protocol = 'HTTP') => ({
  Api: { Type: `${V2}Api`, Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  Stage: { Type: `${V2}Stage`, Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', AccessLogSettings: { DestinationArn: LOG_GROUP, Format } } },
});
const finding = [{ resource: 'Stage', path: 'AccessLogSettings.Format' }];

expectRule(stageAccessLogRequestId, {
  valid: [
    { name: 'the request id alone', resources: format('$context.requestId') },
    { name: 'the extended request id', resources: format('$context.extendedRequestId $context.status') },
    { name: 'JSON with the request id', resources: format('{"requestId":"$context.requestId","status":"$context.status"}') },
    { name: 'CLF on WebSocket', resources: format('$context.identity.sourceIp [$context.requestTime] "$context.eventType $context.routeKey" $context.status $context.requestId', 'WEBSOCKET') },
    { name: 'a Ref', resources: format({ Ref: 'Format' }) },
    { name: 'an Fn::Sub', resources: format({ 'Fn::Sub': '${Prefix} $context.status' }) },
    { name: 'an Fn::Join', resources: format({ 'Fn::Join': ['', ['$context.status ', { Ref: 'Rest' }]] }) },
    { name: 'an Fn::GetAtt', resources: format({ 'Fn::GetAtt': ['Config', 'Format'] }) },
    { name: 'a CDK token', resources: format('${Token[TOKEN.12]}') },
    { name: 'a format with a CDK token inside', resources: format('{"status":"$context.status","x":"${Token[TOKEN.12]}"}') },
    { name: 'AWS::NoValue', resources: format({ Ref: 'AWS::NoValue' }) },
  ],
  invalid: [
    { name: 'the stage only', resources: format('$context.stage'), findings: finding },
    { name: 'JSON without the request id', resources: format('{"status":"$context.status","time":"$context.requestTime"}'), findings: finding },
    { name: 'a longer variable name', resources: format('$context.requestIdentifier', 'WEBSOCKET'), findings: finding },
    { name: 'without the $', resources: format('context.requestId'), findings: finding },
  ],
});

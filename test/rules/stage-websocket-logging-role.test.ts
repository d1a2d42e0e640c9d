import { expectRule } from './rule-table';
import { stageWebSocketLoggingRole } from '../../src/rules/stage/stage-websocket-logging-role';

const wsApi = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' } };
const httpApi = { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders', ProtocolType: 'HTTP' } };
const accessLogs = { DestinationArn: { 'Fn::GetAtt': ['Logs', 'Arn'] }, Format: '$context.requestId' };
const stage = (properties: Record<string, unknown>, api = 'Api') => ({ Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: api }, StageName: 'prod', ...properties } });
const account = { Type: 'AWS::ApiGateway::Account', Properties: { CloudWatchRoleArn: { 'Fn::GetAtt': ['LogsRole', 'Arn'] } } };

expectRule(stageWebSocketLoggingRole, {
  valid: [
    { name: 'access logs with the account role in the template', resources: { Api: wsApi, Stage: stage({ AccessLogSettings: accessLogs }), Account: account } },
    { name: 'a WebSocket stage that does not log', resources: { Api: wsApi, Stage: stage({ DefaultRouteSettings: { LoggingLevel: 'OFF', DataTraceEnabled: false } }) } },
    { name: 'an HTTP stage with access logs (HTTP logging needs no account role)', resources: { Api: httpApi, Stage: stage({ AccessLogSettings: accessLogs }) } },
    { name: 'a stage of an API not in the template', resources: { Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', AccessLogSettings: accessLogs } } } },
  ],
  invalid: [
    { name: 'access logs without the account role', resources: { Api: wsApi, Stage: stage({ AccessLogSettings: accessLogs }) }, findings: [{ resource: 'Stage', path: 'AccessLogSettings' }] },
    { name: 'execution logs at INFO', resources: { Api: wsApi, Stage: stage({ DefaultRouteSettings: { LoggingLevel: 'INFO' } }) }, findings: [{ resource: 'Stage', path: 'DefaultRouteSettings.LoggingLevel' }] },
    { name: 'data trace on one route', resources: { Api: wsApi, Stage: stage({ RouteSettings: { $connect: { DataTraceEnabled: true } } }) }, findings: [{ resource: 'Stage', path: 'RouteSettings.$connect.DataTraceEnabled' }] },
    { name: 'an Account resource without a role does not count', resources: { Api: wsApi, Stage: stage({ AccessLogSettings: accessLogs }), Account: { Type: 'AWS::ApiGateway::Account', Properties: {} } }, findings: [{ resource: 'Stage', path: 'AccessLogSettings' }] },
  ],
});

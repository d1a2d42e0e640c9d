import { HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { stageAccessLogVariable } from '../../src/rules/stage/stage-access-log-variable';

const ARN = 'arn:aws:logs:us-east-1:123456789012:log-group:access';
const stage = (format: unknown) => ({ Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', AccessLogSettings: { DestinationArn: ARN, Format: format } } } });

expectRule(stageAccessLogVariable, {
  valid: [
    { name: 'HTTP variables', resources: { ...HTTP_API, ...stage('{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","claims":"$context.authorizer.claims.sub","route":"$context.routeKey"}') } },
    { name: 'WebSocket variables', resources: { ...WS_API, ...stage('{"requestId":"$context.requestId","connectionId":"$context.connectionId","eventType":"$context.eventType"}') } },
    { name: 'CLF with text after variables', resources: { ...HTTP_API, ...stage('$context.identity.sourceIp - - [$context.requestTime] "$context.httpMethod $context.routeKey $context.protocol" $context.status $context.responseLength $context.requestId') } },
    { name: 'a REST variable on an HTTP API (aws-cdk-lib\'s CLF format logs $context.resourcePath)', resources: { ...HTTP_API, ...stage('$context.requestId $context.resourcePath') } },
    { name: 'a misspelt variable (no protocol has it)', resources: { ...WS_API, ...stage('{"requestId":"$context.requestID"}') } },
    { name: 'an unknown format', resources: { ...HTTP_API, ...stage({ 'Fn::Sub': '$context.connectionId' }) } },
    { name: 'a stage of an API the template does not hold', resources: { Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', AccessLogSettings: { DestinationArn: ARN, Format: '$context.nope' } } } } },
  ],
  invalid: [
    { name: 'a WebSocket variable on an HTTP API', resources: { ...HTTP_API, ...stage('{"requestId":"$context.requestId","connectionId":"$context.connectionId"}') }, findings: [{ resource: 'Stage', path: 'AccessLogSettings.Format' }] },
    { name: 'an HTTP variable on a WebSocket API', resources: { ...WS_API, ...stage('{"requestId":"$context.requestId","method":"$context.httpMethod"}') }, findings: [{ resource: 'Stage', path: 'AccessLogSettings.Format' }] },
  ],
});

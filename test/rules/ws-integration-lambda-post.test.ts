import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { wsIntegrationLambdaPost } from '../../src/rules/integration/ws-integration-lambda-post';

const INVOKE = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:chat/invocations';
const integration = (props: Record<string, unknown>) => child('Integration', 'Integration', { IntegrationType: 'AWS_PROXY', IntegrationUri: INVOKE, ...props });

expectRule(wsIntegrationLambdaPost, {
  valid: [
    { name: 'POST', resources: { ...WS_API, ...integration({ IntegrationMethod: 'POST' }) } },
    { name: 'no method', resources: { ...WS_API, ...integration({}) } },
    { name: 'an unknown URI', resources: { ...WS_API, ...integration({ IntegrationUri: { 'Fn::Sub': 'arn:${AWS::Partition}:apigateway:x' }, IntegrationMethod: 'GET' }) } },
    { name: 'an AWS service integration with GET', resources: { ...WS_API, ...integration({ IntegrationType: 'AWS', IntegrationUri: 'arn:aws:apigateway:us-east-1:dynamodb:action/GetItem', IntegrationMethod: 'GET' }) } },
    { name: 'an HTTP integration with GET', resources: { ...WS_API, ...integration({ IntegrationType: 'HTTP', IntegrationUri: 'https://example.com', IntegrationMethod: 'GET' }) } },
    { name: 'an HTTP API Lambda integration with GET (not this rule)', resources: { ...HTTP_API, ...integration({ IntegrationMethod: 'GET', PayloadFormatVersion: '2.0' }) } },
  ],
  invalid: [
    { name: 'GET on a Lambda proxy', resources: { ...WS_API, ...integration({ IntegrationMethod: 'GET' }) }, findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
    { name: 'ANY on a Lambda (AWS) integration named by function ARN', resources: { ...WS_API, ...integration({ IntegrationType: 'AWS', IntegrationUri: 'arn:aws:lambda:us-east-1:123456789012:function:chat', IntegrationMethod: 'ANY' }) }, findings: [{ resource: 'Integration', path: 'IntegrationMethod' }] },
  ],
});

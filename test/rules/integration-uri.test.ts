import { invalidThrough, validThrough } from './intrinsic-forms';
import { expectRule } from './rule-table';
import { integrationUri } from '../../src/rules/integration/integration-uri';

const FN = 'arn:aws:lambda:us-east-1:111122223333:function:orders';
const INVOKE = `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FN}/invocations`;
const integration = (props: object, protocol = 'HTTP') => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: protocol, RouteSelectionExpression: '$request.body.action' } },
  I: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, ...props } },
});
const at = [{ resource: 'I', path: 'IntegrationUri' }];

expectRule(integrationUri, {
  valid: [
    { name: 'a Lambda proxy by function ARN', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: FN, PayloadFormatVersion: '2.0' }) },
    { name: 'a Lambda proxy by alias ARN', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: `${FN}:live` }) },
    { name: 'a WebSocket Lambda proxy by invocation URI', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: INVOKE }, 'WEBSOCKET') },
    { name: 'a Lambda named by a stage variable', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: 'arn:aws:lambda:us-east-1:111122223333:function:${stageVariables.fn}' }) },
    { name: 'an HTTP proxy URL', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: 'https://example.com/{proxy}', IntegrationMethod: 'ANY' }) },
    { name: 'a URL from a stage variable', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: '${stageVariables.url}', IntegrationMethod: 'ANY' }) },
    { name: 'a private integration by listener ARN (INT-017, not this rule)', resources: integration({ IntegrationType: 'HTTP_PROXY', ConnectionType: 'VPC_LINK', ConnectionId: 'abc', IntegrationUri: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/a/b/c' }) },
    { name: 'a WebSocket AWS service action and a Lambda custom integration', resources: { ...integration({ IntegrationType: 'AWS', IntegrationUri: 'arn:aws:apigateway:us-east-1:sqs:path/111122223333/queue' }, 'WEBSOCKET'), L: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'AWS', IntegrationUri: INVOKE } }, D: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'AWS', IntegrationUri: 'arn:aws:apigateway:us-east-1:dynamodb:action/PutItem' } } } },
    { name: 'a MOCK integration without URI, and with the empty one aws-cdk-lib writes', resources: { ...integration({ IntegrationType: 'MOCK' }, 'WEBSOCKET'), M: { Type: 'AWS::ApiGatewayV2::Integration', Properties: { ApiId: { Ref: 'Api' }, IntegrationType: 'MOCK', IntegrationUri: '' } } } },
    { name: 'an AWS service integration by subtype', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationSubtype: 'SQS-SendMessage', CredentialsArn: 'arn:aws:iam::111122223333:role/r' }) },
    { name: 'an unknown URI', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: { 'Fn::GetAtt': ['Fn', 'Arn'] } }) },
    { name: 'an unknown type', resources: integration({ IntegrationType: { Ref: 'T' } }) },
    { name: 'an unknown connection type', resources: integration({ IntegrationType: 'HTTP_PROXY', ConnectionType: { Ref: 'C' }, IntegrationUri: 'nlb.internal' }) },
    ...validThrough(FN, v => integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: v }), INVOKE),
    { name: 'a Lambda function of the template (Fn::GetAtt Arn)', resources: { ...integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: { 'Fn::GetAtt': ['Fn', 'Arn'] } }), Fn: { Type: 'AWS::Lambda::Function', Properties: {} } } },
    { name: 'the invocation URI through Fn::Sub with pseudo parameters and a function of the template', resources: { ...integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: { 'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations' } }, 'WEBSOCKET'), Fn: { Type: 'AWS::Lambda::Function', Properties: {} } } },
    { name: 'an invocation URI through Fn::Join of an unknown ARN', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:', { Ref: 'AWS::Region' }, ':lambda:path/2015-03-31/functions/', { Ref: 'FnArn' }, '/invocations']] } }) },
    { name: 'a URL with an unknown host', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: { 'Fn::Sub': 'https://${Host}/items' }, IntegrationMethod: 'ANY' }) },
    { name: 'a URL that is a parameter and a path', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: { 'Fn::Sub': '${BaseUrl}/items' }, IntegrationMethod: 'ANY' }) },
    { name: 'an AWS service URI with the region', resources: integration({ IntegrationType: 'AWS', IntegrationUri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:sqs:path/${AWS::AccountId}/queue' } }, 'WEBSOCKET') },
    { name: 'a URI of 2048 characters', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: `https://example.com/${'p'.repeat(2028)}` }) },
  ],
  invalid: [
    ...invalidThrough('orders', FN, v => integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: v }), at),
    { name: 'a Lambda proxy with an SQS queue ARN of the template', resources: { ...integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: { 'Fn::GetAtt': ['Queue', 'Arn'] } }), Queue: { Type: 'AWS::SQS::Queue', Properties: {} } }, findings: at },
    { name: 'a Lambda proxy with a Firehose ARN through Fn::Sub and pseudo parameters', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: { 'Fn::Sub': 'arn:${AWS::Partition}:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/x' } }), findings: at },
    { name: 'a URL whose scheme is ftp and host unknown', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: { 'Fn::Sub': 'ftp://${Host}/x' } }), findings: at },
    { name: 'a URL without host', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: { 'Fn::Sub': 'https:///${Path}' } }), findings: at },
    { name: 'a Lambda proxy without URI', resources: integration({ IntegrationType: 'AWS_PROXY' }), findings: at },
    { name: 'an HTTP integration with an empty URI', resources: integration({ IntegrationType: 'HTTP', IntegrationUri: '' }, 'WEBSOCKET'), findings: at },
    { name: 'a URL without scheme', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: 'example.com/x' }), findings: at },
    { name: 'an ftp URL over the internet', resources: integration({ IntegrationType: 'HTTP', ConnectionType: 'INTERNET', IntegrationUri: 'ftp://example.com' }, 'WEBSOCKET'), findings: at },
    { name: 'a Lambda proxy naming a function by name', resources: integration({ IntegrationType: 'AWS_PROXY', IntegrationUri: 'orders' }), findings: at },
    { name: 'an AWS integration with a URL', resources: integration({ IntegrationType: 'AWS', IntegrationUri: 'https://sqs.us-east-1.amazonaws.com/1/q' }, 'WEBSOCKET'), findings: at },
    { name: 'a URI of 2049 characters', resources: integration({ IntegrationType: 'HTTP_PROXY', IntegrationUri: `https://example.com/${'p'.repeat(2029)}` }), findings: at },
  ],
});

import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { authorizerUriForm } from '../../src/rules/authorizer/authorizer-uri-form';

const URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations';
const authorizer = (uri: unknown, api = HTTP_API) => ({ ...api, ...child('Authorizer', 'Authorizer', { AuthorizerType: 'REQUEST', Name: 'auth', AuthorizerUri: uri, IdentitySource: ['route.request.header.Auth'] }) });

expectRule(authorizerUriForm, {
  valid: [
    { name: 'an invocation URI', resources: authorizer(URI) },
    { name: 'an invocation URI in another partition', resources: authorizer('arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/functions/arn:aws-cn:lambda:cn-north-1:123456789012:function:auth:live/invocations', WS_API) },
    { name: 'an unknown URI', resources: authorizer({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':apigateway:x']] }) },
    { name: 'a stage variable', resources: authorizer('arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.auth}/invocations') },
    { name: 'a missing URI (authorizer-lambda-uri)', resources: authorizer('') },
  ],
  invalid: [
    { name: 'a Lambda function ARN', resources: authorizer('arn:aws:lambda:us-east-1:123456789012:function:auth'), findings: [{ resource: 'Authorizer', path: 'AuthorizerUri' }] },
    { name: 'a URL', resources: authorizer('https://auth.example.com', WS_API), findings: [{ resource: 'Authorizer', path: 'AuthorizerUri' }] },
    { name: 'regions that differ', resources: authorizer(URI.replace('apigateway:us-east-1', 'apigateway:eu-west-1')), findings: [{ resource: 'Authorizer', path: 'AuthorizerUri' }] },
    { name: 'a URI past 2,048 characters', resources: authorizer(URI.replace('function:auth', `function:${'a'.repeat(2048)}`)), findings: [{ resource: 'Authorizer', path: 'AuthorizerUri' }] },
  ],
});

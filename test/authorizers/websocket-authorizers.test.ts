import { Match, Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Switchyard, WebSocketIdentitySource } from '../../src';
import { SwitchyardError } from '../../src/common/errors';
import {
  WebSocketApi, WebSocketAuthorizer, WebSocketIamAuthorizer, WebSocketLambdaAuthorizer, WebSocketMockIntegration,
} from '../../src/websocket';
import { handler, newStack } from '../websocket/shapes';

process.env.CDK_VALIDATION = 'false';

describe('WebSocketLambdaAuthorizer', () => {
  test('a REQUEST authorizer on the Authorization header, invoked through a permission scoped to the authorizer', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: new WebSocketMockIntegration('C'), authorizer: new WebSocketLambdaAuthorizer('Auth', handler(stack)) } });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'REQUEST',
      Name: 'Auth',
      IdentitySource: ['route.request.header.Authorization'],
      AuthorizerUri: { 'Fn::Join': ['', Match.arrayWith([':apigateway:eu-west-1:lambda:path/2015-03-31/functions/'])] },
      AuthorizerCredentialsArn: Match.absent(),
      AuthorizerPayloadFormatVersion: Match.absent(),
    });
    t.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'apigateway.amazonaws.com',
      SourceArn: { 'Fn::Join': ['', Match.arrayWith(['/authorizers/', { Ref: Match.stringLikeRegexp('^ApiAuth') }])] },
    });
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'CUSTOM' });
    expect(Switchyard.findings(stack)).toEqual([]);
  });

  test('identity sources, name and a credentials role (which gets invoke rights instead of a permission)', () => {
    const stack = newStack();
    const role = new Role(stack, 'Invoker', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    new WebSocketApi(stack, 'Api', {
      connectRouteOptions: {
        integration: new WebSocketMockIntegration('C'),
        authorizer: new WebSocketLambdaAuthorizer('Auth', handler(stack), {
          identitySource: [WebSocketIdentitySource.queryString('token'), WebSocketIdentitySource.stageVariable('tenant'), WebSocketIdentitySource.context('identity.sourceIp')],
          authorizerName: 'tokens',
          credentialsRole: role,
        }),
      },
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      Name: 'tokens',
      IdentitySource: ['route.request.querystring.token', 'stageVariables.tenant', 'context.identity.sourceIp'],
      AuthorizerCredentialsArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Invoker'), 'Arn'] },
    });
    t.resourceCountIs('AWS::Lambda::Permission', 0);
    t.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: [Match.objectLike({ Action: 'lambda:InvokeFunction' })] } });
  });

  test('one authorizer cannot serve two APIs', () => {
    const stack = newStack();
    const auth = new WebSocketLambdaAuthorizer('Auth', handler(stack));
    new WebSocketApi(stack, 'A', { connectRouteOptions: { integration: new WebSocketMockIntegration('C'), authorizer: auth } });
    expect(() => new WebSocketApi(stack, 'B', { connectRouteOptions: { integration: new WebSocketMockIntegration('C'), authorizer: auth } }))
      .toThrow(SwitchyardError);
  });

  test('a $-prefixed identity source is rejected by the builder (ws-identity-source)', () => {
    expect(() => WebSocketIdentitySource.custom('$request.header.Authorization')).toThrow(/ws-identity-source/);
  });
});

describe('WebSocketIamAuthorizer', () => {
  test('AWS_IAM, no authorizer resource', () => {
    const stack = newStack();
    new WebSocketApi(stack, 'Api', { connectRouteOptions: { integration: new WebSocketMockIntegration('C'), authorizer: new WebSocketIamAuthorizer() } });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'AWS_IAM' });
    t.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 0);
  });
});

describe('WebSocketAuthorizer', () => {
  test('the resource alone: no identity source by default, and imports', () => {
    const stack = newStack();
    const api = new WebSocketApi(stack, 'Api');
    new WebSocketAuthorizer(stack, 'A', { webSocketApi: api, authorizerUri: 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:111122223333:function:auth/invocations' });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { IdentitySource: Match.absent(), Name: Match.stringLikeRegexp('^StackA') });
    expect(WebSocketAuthorizer.fromWebSocketAuthorizerId(stack, 'I', 'auth1').authorizerId).toBe('auth1');
  });
});

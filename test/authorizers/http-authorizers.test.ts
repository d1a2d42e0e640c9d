import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { HttpIdentitySource } from '../../src/common/identity-source';
import { HttpMethod } from '../../src/common/route-key';
import {
  AuthorizerPayloadVersion, HttpApi, HttpAuthorizer, HttpAuthorizerType, HttpIamAuthorizer, HttpJwtAuthorizer, HttpLambdaAuthorizer,
  HttpLambdaResponseType, HttpNoneAuthorizer, HttpUrlIntegration, HttpUserPoolAuthorizer, IHttpRouteAuthorizer,
} from '../../src/http';
import { findings, newFunction, newStack, only } from '../http/helpers';

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc';
const site = () => new HttpUrlIntegration('Site', 'https://example.com');

function routeWith(authorizer: IHttpRouteAuthorizer, scopes?: string[]) {
  const stack = newStack();
  const api = new HttpApi(stack, 'Api');
  api.addRoutes({ path: '/a', methods: [HttpMethod.GET], integration: site(), authorizer, authorizationScopes: scopes });
  return { stack, api };
}

describe('HttpJwtAuthorizer', () => {
  test('issuer, audience, the Authorization header by default; scopes on the route', () => {
    const { stack } = routeWith(new HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['a', 'b'] }), ['read']);
    expect(only(stack, 'AWS::ApiGatewayV2::Authorizer')).toEqual({
      ApiId: { Ref: expect.any(String) },
      Name: 'Jwt',
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: ['a', 'b'], Issuer: ISSUER },
    });
    expect(only(stack, 'AWS::ApiGatewayV2::Route')).toMatchObject({ AuthorizationType: 'JWT', AuthorizationScopes: ['read'] });
    expect(findings(stack)).toEqual([]);
  });

  test('a query-string identity source, a name, scopes from the authorizer', () => {
    const { stack } = routeWith(new HttpJwtAuthorizer('Jwt', ISSUER, {
      jwtAudience: ['a'], identitySource: HttpIdentitySource.queryString('token'), authorizerName: 'tokens', authorizationScopes: ['x'],
    }));
    expect(only(stack, 'AWS::ApiGatewayV2::Authorizer')).toMatchObject({ Name: 'tokens', IdentitySource: ['$request.querystring.token'] });
    expect(only(stack, 'AWS::ApiGatewayV2::Route')).toMatchObject({ AuthorizationScopes: ['x'] });
  });

  test('an http issuer, no audience, 51 audiences, a context identity source are refused', () => {
    expect(() => new HttpJwtAuthorizer('J', 'http://issuer.example.com', { jwtAudience: ['a'] })).toThrow(/\[authorizer-jwt-configuration\]/);
    expect(() => routeWith(new HttpJwtAuthorizer('J', ISSUER, { jwtAudience: [] }))).toThrow(/\[authorizer-jwt-configuration\].*0 audiences/);
    expect(() => routeWith(new HttpJwtAuthorizer('J', ISSUER, { jwtAudience: Array.from({ length: 51 }, (_, i) => `a${i}`) }))).toThrow(/51 audiences/);
    expect(() => routeWith(new HttpJwtAuthorizer('J', ISSUER, { jwtAudience: Array.from({ length: 50 }, (_, i) => `a${i}`) }))).not.toThrow();
    expect(() => routeWith(new HttpJwtAuthorizer('J', ISSUER, { jwtAudience: ['a'], identitySource: HttpIdentitySource.context('requestId') }))).toThrow(/\[jwt-identity-source\]/);
  });

  test('scopes: at most 10 of 1 to 64 characters, and only on JWT routes', () => {
    const jwt = () => new HttpJwtAuthorizer('J', ISSUER, { jwtAudience: ['a'] });
    expect(() => routeWith(jwt(), Array.from({ length: 11 }, (_, i) => `s${i}`))).toThrow(/\[route-authorization-scopes\].*11/);
    expect(() => routeWith(jwt(), Array.from({ length: 10 }, (_, i) => `s${i}`))).not.toThrow();
    expect(() => routeWith(jwt(), ['x'.repeat(65)])).toThrow(/\[route-authorization-scopes\]/);
    expect(() => routeWith(new HttpIamAuthorizer(), ['read'])).toThrow(/\[route-authorization-scopes\].*AWS_IAM/);
    expect(() => routeWith(new HttpNoneAuthorizer(), ['read'])).toThrow(/\[route-authorization-scopes\]/);
  });

  test('one authorizer per API, shared by its routes', () => {
    const stack = newStack();
    const jwt = new HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['a'] });
    const a = new HttpApi(stack, 'A');
    a.addRoutes({ path: '/x', integration: site(), authorizer: jwt });
    a.addRoutes({ path: '/y', integration: site(), authorizer: jwt });
    new HttpApi(stack, 'B').addRoutes({ path: '/x', integration: site(), authorizer: jwt });
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Authorizer', 2);
  });
});

describe('HttpUserPoolAuthorizer', () => {
  test('the pool is the issuer, its clients the audience; a client is created when none is given', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const client = pool.addClient('Web');
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/a', integration: site(), authorizer: new HttpUserPoolAuthorizer('Pool', pool, { userPoolClients: [client], userPoolRegion: 'us-east-1' }) });
    api.addRoutes({ path: '/b', integration: site(), authorizer: new HttpUserPoolAuthorizer('Pool2', pool) });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp('^PoolWeb') }],
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.us-east-1.amazonaws.com/', { Ref: Match.stringLikeRegexp('^Pool') }]] },
      },
    });
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::UserPoolClient', 2);
    expect(findings(stack)).toEqual([]);
  });

  test('the first client made for a pool has aws-cdk-lib\'s id, later ones the authorizer\'s', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/a', integration: site(), authorizer: new HttpUserPoolAuthorizer('Users', pool) });
    api.addRoutes({ path: '/b', integration: site(), authorizer: new HttpUserPoolAuthorizer('Admins', pool) });
    expect(pool.node.tryFindChild('UserPoolAuthorizerClient')).toBeDefined();
    expect(pool.node.tryFindChild('Admins-Client')).toBeDefined();
  });
});

describe('HttpLambdaAuthorizer', () => {
  test('defaults: REQUEST, payload 2.0, IAM responses, 5 minute cache on the Authorization header, a permission scoped to the authorizer', () => {
    const stack = newStack();
    const fn = newFunction(stack, 'Auth');
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/a', integration: site(), authorizer: new HttpLambdaAuthorizer('Lambda', fn) });
    expect(only(stack, 'AWS::ApiGatewayV2::Authorizer')).toMatchObject({
      AuthorizerType: 'REQUEST',
      AuthorizerPayloadFormatVersion: '2.0',
      AuthorizerResultTtlInSeconds: 300,
      IdentitySource: ['$request.header.Authorization'],
      AuthorizerUri: { 'Fn::Join': ['', expect.arrayContaining([':apigateway:eu-west-1:lambda:path/2015-03-31/functions/', '/invocations'])] },
    });
    expect(only(stack, 'AWS::ApiGatewayV2::Authorizer').EnableSimpleResponses).toBeUndefined();
    expect(only(stack, 'AWS::ApiGatewayV2::Route')).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: expect.any(String) } });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Permission', {
      SourceArn: { 'Fn::Join': ['', Match.arrayWith(['/authorizers/'])] },
    });
    expect(findings(stack)).toEqual([]);
  });

  test('simple responses, payload 1.0 with IAM, no cache without identity source, an invoke role', () => {
    const stack = newStack();
    const fn = newFunction(stack, 'Auth');
    const role = new Role(stack, 'Invoker', { assumedBy: new ServicePrincipal('apigateway.amazonaws.com') });
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({
      path: '/a',
      integration: site(),
      authorizer: new HttpLambdaAuthorizer('Simple', fn, { responseType: HttpLambdaResponseType.SIMPLE, identitySource: [HttpIdentitySource.header('x-key'), HttpIdentitySource.context('identity.sourceIp')], resultsCacheTtl: Duration.hours(1) }),
    });
    api.addRoutes({
      path: '/b',
      integration: site(),
      authorizer: new HttpLambdaAuthorizer('Iam', fn, { payloadFormatVersion: AuthorizerPayloadVersion.VERSION_1_0, identitySource: [], resultsCacheTtl: Duration.seconds(0), role, authorizerName: 'iam-auth' }),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { Name: 'Simple', EnableSimpleResponses: true, AuthorizerResultTtlInSeconds: 3600, IdentitySource: ['$request.header.x-key', '$context.identity.sourceIp'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      Name: 'iam-auth',
      AuthorizerPayloadFormatVersion: '1.0',
      AuthorizerResultTtlInSeconds: 0,
      IdentitySource: Match.absent(),
      AuthorizerCredentialsArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Invoker'), 'Arn'] },
    });
    template.resourceCountIs('AWS::Lambda::Permission', 1); // the role invokes the second one
    template.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'lambda:InvokeFunction' })]) } });
    expect(findings(stack)).toEqual([]);
  });

  test.each([
    [{ responseType: HttpLambdaResponseType.SIMPLE, payloadFormatVersion: AuthorizerPayloadVersion.VERSION_1_0 }, 'authorizer-simple-responses-payload'],
    [{ resultsCacheTtl: Duration.seconds(3601) }, 'authorizer-ttl-range'],
    [{ identitySource: [] }, 'authorizer-cache-identity-source'],
    [{ identitySource: [HttpIdentitySource.header('x')], authorizerName: 'n'.repeat(129) }, 'authorizer-name'],
  ])('%j is refused with %s', (props, rule) => {
    const stack = newStack();
    const fn = newFunction(stack, 'Auth');
    expect(() => new HttpApi(stack, 'Api').addRoutes({ path: '/a', integration: site(), authorizer: new HttpLambdaAuthorizer('L', fn, props) })).toThrow(new RegExp(`\\[${rule}\\]`));
  });
});

describe('HttpAuthorizer', () => {
  test('a Lambda authorizer needs a URI; JWT-only and Lambda-only properties stay apart', () => {
    const stack = newStack();
    const httpApi = new HttpApi(stack, 'Api');
    const sources = [HttpIdentitySource.header('Authorization')];
    expect(() => new HttpAuthorizer(stack, 'A', { httpApi, type: HttpAuthorizerType.LAMBDA, identitySource: sources })).toThrow(/\[authorizer-lambda-uri\]/);
    expect(() => new HttpAuthorizer(stack, 'B', { httpApi, type: HttpAuthorizerType.JWT, identitySource: sources, jwtIssuer: ISSUER, jwtAudience: ['a'], resultsCacheTtl: Duration.seconds(1) })).toThrow(/\[authorizer-jwt-configuration\].*resultsCacheTtl/);
    expect(() => new HttpAuthorizer(stack, 'C', { httpApi, type: HttpAuthorizerType.LAMBDA, identitySource: sources, authorizerUri: 'arn:x', jwtIssuer: ISSUER })).toThrow(/\[authorizer-jwt-configuration\]/);
    expect(() => new HttpAuthorizer(stack, 'D', { httpApi, type: HttpAuthorizerType.JWT, identitySource: sources, jwtAudience: ['a'] })).toThrow(/jwtIssuer/);
  });

  test('fromHttpAuthorizerAttributes authorizes routes by id', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/a', integration: site(), authorizer: HttpAuthorizer.fromHttpAuthorizerAttributes(stack, 'Jwt', { authorizerId: 'abc', authorizerType: HttpAuthorizerType.JWT }), authorizationScopes: ['s'] });
    api.addRoutes({ path: '/b', integration: site(), authorizer: HttpAuthorizer.fromHttpAuthorizerAttributes(stack, 'Lambda', { authorizerId: 'def', authorizerType: HttpAuthorizerType.LAMBDA }) });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /a', AuthorizationType: 'JWT', AuthorizerId: 'abc', AuthorizationScopes: ['s'] });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /b', AuthorizationType: 'CUSTOM', AuthorizerId: 'def' });
  });
});

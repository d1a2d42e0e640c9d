/**
 * Each feature of aws-cdk-lib's HttpApi family, built once with aws-cdk-lib and once with Switchyard, gives
 * the same API Gateway resources: their properties are compared with logical ids replaced by the type of the
 * resource they name. Where Switchyard differs on purpose (access logs on by default, permissions scoped to
 * the route's method) the row turns the difference off or leaves that resource out, and says so.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cdk from 'aws-cdk-lib/aws-apigatewayv2';
import * as cdkAuth from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cdkInt from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { Vpc } from 'aws-cdk-lib/aws-ec2';
import { ApplicationLoadBalancer, ListenerAction } from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, Pass, StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { newFunction, newStack } from './helpers';
import { IpAddressType } from '../../src/common/domain-name';
import { HttpIdentitySource } from '../../src/common/identity-source';
import { MappingValue } from '../../src/common/mapping-value';
import { ParameterMapping } from '../../src/common/parameter-mapping';
import { HttpMethod } from '../../src/common/route-key';
import { VpcLink } from '../../src/common/vpc-link';
import * as sy from '../../src/http';

type Build = (stack: Stack) => void;
const ISSUER = 'https://issuer.example.com';

/** The resources of the given types, sorted, with references to logical ids replaced by resource types. */
function normalized(build: Build, types: string[]): unknown[] {
  const stack = newStack();
  build(stack);
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  const typeOf = (id: string) => resources[id]?.Type ?? id;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.Ref === 'string') return { Ref: typeOf(o.Ref) };
      if (Array.isArray(o['Fn::GetAtt'])) return { 'Fn::GetAtt': [typeOf(o['Fn::GetAtt'][0] as string), o['Fn::GetAtt'][1]] };
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return Object.values(resources)
    .filter(r => types.includes(r.Type))
    .map(r => {
      const props = { ...(walk(r.Properties ?? {}) as Record<string, unknown>) };
      if (props.ConnectionType === 'INTERNET') delete props.ConnectionType; // INTERNET is the default
      return { Type: r.Type, ...props };
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const ROWS: Array<[string, string[], Build, Build]> = [
  ['API properties and CORS', ['AWS::ApiGatewayV2::Api'],
    s => new cdk.HttpApi(s, 'Api', {
      apiName: 'orders',
      description: 'd',
      disableExecuteApiEndpoint: true,
      routeSelectionExpression: true,
      ipAddressType: cdk.IpAddressType.DUAL_STACK,
      corsPreflight: { allowCredentials: true, allowHeaders: ['a'], allowMethods: [cdk.CorsHttpMethod.GET], allowOrigins: ['https://x.example.com'], exposeHeaders: ['b'], maxAge: Duration.seconds(60) },
    }),
    s => new sy.HttpApi(s, 'Api', {
      apiName: 'orders',
      description: 'd',
      disableExecuteApiEndpoint: true,
      routeSelectionExpression: true,
      ipAddressType: IpAddressType.DUAL_STACK,
      corsPreflight: { allowCredentials: true, allowHeaders: ['a'], allowMethods: [sy.CorsHttpMethod.GET], allowOrigins: ['https://x.example.com'], exposeHeaders: ['b'], maxAge: Duration.seconds(60) },
    })],
  ['default stage (Switchyard logs by default: off here)', ['AWS::ApiGatewayV2::Stage'],
    s => new cdk.HttpApi(s, 'Api'),
    s => new sy.HttpApi(s, 'Api', { defaultStageOptions: { accessLogging: false } })],
  ['Lambda route, payload 2.0, with parameter mapping (permissions differ on purpose: left out)', ['AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Integration'],
    s => new cdk.HttpApi(s, 'Api').addRoutes({ path: '/pets/{id}', methods: [cdk.HttpMethod.GET], integration: new cdkInt.HttpLambdaIntegration('L', newFunction(s), { timeout: Duration.seconds(3), parameterMapping: new cdk.ParameterMapping().appendHeader('x-id', cdk.MappingValue.requestPathParam('id')) }) }),
    s => new sy.HttpApi(s, 'Api').addRoutes({ path: '/pets/{id}', methods: [HttpMethod.GET], integration: new sy.HttpLambdaIntegration('L', newFunction(s), { timeout: Duration.seconds(3), parameterMapping: new ParameterMapping().appendHeader('x-id', MappingValue.requestPathParam('id')) }) })],
  ['$default route from defaultIntegration', ['AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Integration'],
    s => new cdk.HttpApi(s, 'Api', { defaultIntegration: new cdkInt.HttpUrlIntegration('U', 'https://example.com') }),
    s => new sy.HttpApi(s, 'Api', { defaultIntegration: new sy.HttpUrlIntegration('U', 'https://example.com') })],
  ['HTTP URL integration with a method', ['AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Integration'],
    s => new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', methods: [cdk.HttpMethod.POST, cdk.HttpMethod.PUT], integration: new cdkInt.HttpUrlIntegration('U', 'https://example.com/a', { method: cdk.HttpMethod.POST }) }),
    s => new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', methods: [HttpMethod.POST, HttpMethod.PUT], integration: new sy.HttpUrlIntegration('U', 'https://example.com/a', { method: HttpMethod.POST }) })],
  ['JWT authorizer with scopes', ['AWS::ApiGatewayV2::Route', 'AWS::ApiGatewayV2::Authorizer'],
    s => new cdk.HttpApi(s, 'Api', { defaultAuthorizer: new cdkAuth.HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['a'] }), defaultAuthorizationScopes: ['read'] }).addRoutes({ path: '/a', integration: new cdkInt.HttpUrlIntegration('U', 'https://example.com') }),
    s => new sy.HttpApi(s, 'Api', { defaultAuthorizer: new sy.HttpJwtAuthorizer('Jwt', ISSUER, { jwtAudience: ['a'] }), defaultAuthorizationScopes: ['read'] }).addRoutes({ path: '/a', integration: new sy.HttpUrlIntegration('U', 'https://example.com') })],
  ['Cognito user pool authorizer', ['AWS::ApiGatewayV2::Authorizer', 'AWS::ApiGatewayV2::Route'],
    s => { const pool = new UserPool(s, 'Pool'); new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpUrlIntegration('U', 'https://example.com'), authorizer: new cdkAuth.HttpUserPoolAuthorizer('P', pool, { userPoolClients: [pool.addClient('C')] }) }); },
    s => { const pool = new UserPool(s, 'Pool'); new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpUrlIntegration('U', 'https://example.com'), authorizer: new sy.HttpUserPoolAuthorizer('P', pool, { userPoolClients: [pool.addClient('C')] }) }); }],
  ['Lambda authorizer, simple responses, cached on a header', ['AWS::ApiGatewayV2::Authorizer', 'AWS::ApiGatewayV2::Route'],
    s => new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpUrlIntegration('U', 'https://example.com'), authorizer: new cdkAuth.HttpLambdaAuthorizer('L', newFunction(s), { responseTypes: [cdkAuth.HttpLambdaResponseType.SIMPLE], identitySource: ['$request.header.x-key'], resultsCacheTtl: Duration.minutes(1) }) }),
    s => new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpUrlIntegration('U', 'https://example.com'), authorizer: new sy.HttpLambdaAuthorizer('L', newFunction(s), { responseType: sy.HttpLambdaResponseType.SIMPLE, identitySource: [HttpIdentitySource.header('x-key')], resultsCacheTtl: Duration.minutes(1) }) })],
  ['IAM authorization', ['AWS::ApiGatewayV2::Route'],
    s => new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpUrlIntegration('U', 'https://example.com'), authorizer: new cdkAuth.HttpIamAuthorizer() }),
    s => new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpUrlIntegration('U', 'https://example.com'), authorizer: new sy.HttpIamAuthorizer() })],
  ['named stage with throttling, variables and detailed metrics (no access logs)', ['AWS::ApiGatewayV2::Stage'],
    s => new cdk.HttpApi(s, 'Api', { createDefaultStage: false }).addStage('Prod', { stageName: 'prod', autoDeploy: true, description: 'p', throttle: { rateLimit: 10, burstLimit: 5 }, detailedMetricsEnabled: true, stageVariables: { a: 'b' } }),
    s => new sy.HttpApi(s, 'Api', { createDefaultStage: false }).addStage('Prod', { stageName: 'prod', autoDeploy: true, description: 'p', throttle: { rateLimit: 10, burstLimit: 5 }, detailedMetricsEnabled: true, stageVariables: { a: 'b' }, accessLogging: false })],
  ['private integration to an ALB through a VPC link (the VPC links differ: aws-cdk-lib writes an empty SecurityGroupIds)', ['AWS::ApiGatewayV2::Integration'],
    s => { const vpc = new Vpc(s, 'Vpc', { maxAzs: 2 }); const l = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) }); new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpAlbIntegration('A', l, { secureServerName: 'a.internal', vpcLink: new cdk.VpcLink(s, 'Link', { vpc, vpcLinkName: 'link' }) }) }); },
    s => { const vpc = new Vpc(s, 'Vpc', { maxAzs: 2 }); const l = new ApplicationLoadBalancer(s, 'Alb', { vpc }).addListener('L', { port: 80, defaultAction: ListenerAction.fixedResponse(200) }); new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpAlbIntegration('A', l, { secureServerName: 'a.internal', vpcLink: new VpcLink(s, 'Link', { vpc, vpcLinkName: 'link' }) }) }); }],
  ['SQS SendMessage, default parameters', ['AWS::ApiGatewayV2::Integration'],
    s => new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpSqsIntegration('Q', { queue: new Queue(s, 'Queue') }) }),
    s => new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpSqsIntegration('Q', { queue: new Queue(s, 'Queue') }) })],
  ['SQS SendMessage with the same parameters', ['AWS::ApiGatewayV2::Integration'],
    s => new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpSqsIntegration('Q', { queue: new Queue(s, 'Queue'), parameterMapping: new cdk.ParameterMapping().custom('QueueUrl', new Queue(s, 'Q2').queueUrl).custom('MessageBody', '$request.body') }) }),
    s => { new Queue(s, 'Queue'); new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpSqsIntegration('Q', { queue: new Queue(s, 'Q2'), parameters: { MessageBody: MappingValue.requestBody() } }) }); }],
  ['EventBridge PutEvents, default parameters', ['AWS::ApiGatewayV2::Integration'],
    s => new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpEventBridgeIntegration('E', { eventBusRef: new EventBus(s, 'Bus') }) }),
    s => new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpEventBridgeIntegration('E', { eventBus: new EventBus(s, 'Bus') }) })],
  ['EventBridge PutEvents with the same parameters', ['AWS::ApiGatewayV2::Integration'],
    s => { const bus = new EventBus(s, 'Bus'); new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpEventBridgeIntegration('E', { eventBusRef: bus, parameterMapping: new cdk.ParameterMapping().custom('Detail', '$request.body').custom('DetailType', 'Order').custom('Source', 'shop').custom('EventBusName', bus.eventBusName) }) }); },
    s => new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpEventBridgeIntegration('E', { eventBus: new EventBus(s, 'Bus'), parameters: { Detail: MappingValue.requestBody(), DetailType: MappingValue.staticValue('Order'), Source: MappingValue.staticValue('shop') } }) })],
  ['Step Functions StartExecution, default parameters', ['AWS::ApiGatewayV2::Integration'],
    s => { const m = new StateMachine(s, 'M', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'P')) }); new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpStepFunctionsIntegration('S', { stateMachine: m }) }); },
    s => { const m = new StateMachine(s, 'M', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'P')) }); new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpStepFunctionsIntegration('S', { stateMachine: m }) }); }],
  ['Step Functions StartExecution with the same parameters', ['AWS::ApiGatewayV2::Integration'],
    s => { const m = new StateMachine(s, 'M', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'P')) }); new cdk.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new cdkInt.HttpStepFunctionsIntegration('S', { stateMachine: m, parameterMapping: new cdk.ParameterMapping().custom('StateMachineArn', m.stateMachineArn).custom('Input', '$request.body') }) }); },
    s => { const m = new StateMachine(s, 'M', { definitionBody: DefinitionBody.fromChainable(new Pass(s, 'P')) }); new sy.HttpApi(s, 'Api').addRoutes({ path: '/a', integration: new sy.HttpStepFunctionsIntegration('S', { stateMachine: m, parameters: { Input: MappingValue.requestBody() } }) }); }],
];

describe('the same template as aws-cdk-lib\'s HttpApi family', () => {
  test.each(ROWS)('%s', (_name, types, theirs, ours) => {
    const expected = normalized(theirs, types);
    expect(expected.length).toBeGreaterThan(0);
    expect(normalized(ours, types)).toEqual(expected);
  });
});

/**
 * An HTTP API built with aws-cdk-lib's own constructs and checked by Switchyard: a Lambda route behind a
 * JWT authorizer, a public HTTP proxy route, a route with parameter mapping, and a stage with JSON access
 * logs. `Switchyard.check(app)` is the only Switchyard line.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, ParameterMapping, MappingValue } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration, HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Code, Function, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { Switchyard } from '../../src';

export class OrdersHttpApiStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const handler = new Function(this, 'OrdersHandler', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: JSON.stringify({ orders: [] }) });'),
    });

    const api = new HttpApi(this, 'OrdersApi', {
      apiName: 'orders',
      description: 'Orders, checked by Switchyard at synth',
      createDefaultStage: false,
      defaultAuthorizer: new HttpJwtAuthorizer('Jwt', 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example', {
        jwtAudience: ['orders-client'],
      }),
    });
    api.addRoutes({ path: '/orders', methods: [HttpMethod.GET, HttpMethod.POST], integration: new HttpLambdaIntegration('Orders', handler) });
    api.addRoutes({
      path: '/status',
      methods: [HttpMethod.GET],
      integration: new HttpUrlIntegration('Status', 'https://status.example.com/health', {
        parameterMapping: new ParameterMapping()
          .appendHeader('x-request-id', MappingValue.contextVariable('requestId'))
          .removeHeader('cookie'),
      }),
      authorizer: undefined,
    });

    new HttpStage(this, 'Prod', {
      httpApi: api,
      stageName: 'prod',
      autoDeploy: true,
      throttle: { rateLimit: 100, burstLimit: 50 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH })),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });
  }
}

export function build(app: App): void {
  new OrdersHttpApiStack(app, 'OrdersHttpApi');
  Switchyard.check(app);
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}

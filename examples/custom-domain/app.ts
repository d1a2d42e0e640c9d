/**
 * One custom domain name in front of three stages: a header (`x-release: beta*`) sends requests to the beta
 * stage of a REST API, the base path `orders` to its prod stage, and everything else falls back to an API
 * mapping of an HTTP API. Clients authenticate with mutual TLS against a truststore in S3; the domain uses
 * TLS 1.2 and gets a Route 53 alias record. Switchyard's constructs check their input as they are created
 * and register the rules on the stack, so synth fails on anything API Gateway would reject.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { Deployment, MockIntegration, PassthroughBehavior, RestApi, Stage } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { HostedZone } from 'aws-cdk-lib/aws-route53';
import { Construct } from 'constructs';
import { ApiMapping, DomainName, HeaderValue, RoutingAction, RoutingCondition, RoutingMode, SecurityPolicy } from '../../src';

export class CustomDomainStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // A REST API with one mock method, deployed to "prod" and, from a second deployment, to "beta".
    const orders = new RestApi(this, 'OrdersRestApi', { restApiName: 'orders', deployOptions: { stageName: 'prod' } });
    orders.root.addMethod('GET', new MockIntegration({
      passthroughBehavior: PassthroughBehavior.NEVER,
      requestTemplates: { 'application/json': '{"statusCode": 200}' },
      integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"orders": []}' } }],
    }), { methodResponses: [{ statusCode: '200' }] });
    const beta = new Stage(this, 'OrdersBeta', { deployment: new Deployment(this, 'OrdersBetaDeployment', { api: orders }), stageName: 'beta' });

    // The fallback: an HTTP API on its $default stage.
    const status = new HttpApi(this, 'StatusHttpApi', { apiName: 'status' });
    status.addRoutes({ path: '/health', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Health', 'https://status.example.com/health') });

    const domain = new DomainName(this, 'ApiDomain', {
      domainName: 'api.example.com',
      certificate: Certificate.fromCertificateArn(this, 'ApiCertificate', 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-1111-2222-333344445555'),
      securityPolicy: SecurityPolicy.TLS_1_2,
      routingMode: RoutingMode.ROUTING_RULE_THEN_API_MAPPING,
      mutualTls: { truststoreUri: 's3://example-truststore/api/truststore.pem', truststoreVersion: '3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY' },
      hostedZone: HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: 'Z0123456789EXAMPLE', zoneName: 'example.com' }),
      tags: { service: 'orders' },
    });

    // Rules run first, lowest priority first; requests no rule matches go to the API mappings.
    domain.addRoutingRule('BetaByHeader', {
      priority: 100,
      conditions: [RoutingCondition.header('x-release', HeaderValue.startsWith('beta'))],
      action: RoutingAction.invokeStage(beta),
    });
    domain.addRoutingRule('OrdersByPath', {
      priority: 200,
      conditions: [RoutingCondition.basePath('orders')],
      action: RoutingAction.invokeRestApi(orders, { stripBasePath: true }),
    });
    new ApiMapping(this, 'StatusMapping', { api: status, stage: status.defaultStage!, domainName: domain });
  }
}

export function build(app: App): void {
  new CustomDomainStack(app, 'CustomDomain', { env: { region: 'eu-west-1' } });
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}

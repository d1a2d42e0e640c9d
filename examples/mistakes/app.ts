/**
 * An app with four deliberate mistakes, each of a kind aws-cdk-lib lets through `cdk synth` and that then
 * fails at deploy time or on every request. `npm run demo` synthesizes it, shows what `switchyard lint`
 * reports for it, and checks that the report is exactly these four findings
 * (examples/mistakes/expected-findings.json). Do not copy it: the other examples are the right way round.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { CfnIntegration, CfnRoute, HttpApi, HttpMethod, HttpRoute, HttpRouteKey, MappingValue, ParameterMapping, WebSocketApi, WebSocketStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUrlIntegration, WebSocketMockIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';

export class MistakesStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const api = new HttpApi(this, 'ShopApi', { apiName: 'shop' });

    // Mistake 1, http-mapping-reserved-header: passing the caller's token on as Authorization. API Gateway
    // reserves that header (and Connection, Content-Length, X-Forwarded-*, ...): the deploy is rejected.
    api.addRoutes({
      path: '/catalog',
      methods: [HttpMethod.GET],
      integration: new HttpUrlIntegration('Catalog', 'https://catalog.internal.example.com/items', {
        parameterMapping: new ParameterMapping().overwriteHeader('Authorization', MappingValue.requestHeader('x-api-token')),
      }),
    });

    // Mistake 2, http-route-key: a path variable is a whole segment (/orders/{id}), not part of one.
    new HttpRoute(this, 'OrderRoute', {
      httpApi: api,
      routeKey: HttpRouteKey.with('/orders/order-{id}', HttpMethod.GET),
      integration: new HttpUrlIntegration('Order', 'https://orders.example.com/{id}'),
    });

    // Mistake 3, integration-timeout: HTTP APIs wait at most 30 seconds for an integration. aws-cdk-lib's L2
    // refuses more, so this is the L1 resource, as written by someone who read that REST APIs may wait longer.
    const reports = new CfnIntegration(this, 'ReportsIntegration', {
      apiId: api.apiId,
      integrationType: 'HTTP_PROXY',
      integrationMethod: 'POST',
      integrationUri: 'https://reports.example.com/build',
      payloadFormatVersion: '1.0',
      timeoutInMillis: 45_000,
    });
    new CfnRoute(this, 'ReportsRoute', { apiId: api.apiId, routeKey: 'POST /reports', target: `integrations/${reports.ref}` });

    // Mistake 4, template-syntax: the #if is never closed by #end. API Gateway accepts the template at deploy
    // time, and every message on the route then fails with an internal server error.
    const chat = new WebSocketApi(this, 'ChatApi');
    chat.addRoute('join', {
      integration: new WebSocketMockIntegration('Join', {
        requestTemplates: {
          $default: '#if($input.path(\'$.room\') != "")\n{"statusCode": 200}\n',
        },
        templateSelectionExpression: '\\$default',
      }),
    });
    new WebSocketStage(this, 'ChatStage', { webSocketApi: chat, stageName: 'prod', autoDeploy: true });
  }
}

// No Switchyard.check(app) here: it would fail this synth, listing the same four errors. The demo synthesizes
// the app as it is and lints the template, which reports them and exits 1.
export function build(app: App): void {
  new MistakesStack(app, 'SwitchyardMistakes');
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}

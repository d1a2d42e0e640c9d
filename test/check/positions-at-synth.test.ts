import { App, Stack } from 'aws-cdk-lib';
import { CfnApi, CfnIntegration, CfnIntegrationResponse } from 'aws-cdk-lib/aws-apigatewayv2';
import { Switchyard } from '../../src';

/** Synthesizes an app with Switchyard.check and returns the error text synth fails with. */
function synthError(build: (stack: Stack) => void): string {
  const app = new App();
  build(new Stack(app, 'S'));
  Switchyard.check(app);
  try {
    app.synth();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

function webSocketApi(stack: Stack): CfnApi {
  return new CfnApi(stack, 'Ws', { name: 'chat', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
}

describe('findings inside expressions and templates carry their position at synth', () => {
  test('a reserved header in an HTTP request mapping: rule, path and column', () => {
    const message = synthError(stack => {
      const api = new CfnApi(stack, 'Api', { name: 'orders', protocolType: 'HTTP' });
      new CfnIntegration(stack, 'Proxy', {
        apiId: api.ref,
        integrationType: 'HTTP_PROXY',
        integrationMethod: 'GET',
        integrationUri: 'https://example.com',
        payloadFormatVersion: '1.0',
        requestParameters: { 'overwrite:header.X-Amz-Date': '$request.header.date' },
      });
    });
    expect(message).toContain('[http-mapping-reserved-header] S/Proxy (Proxy) RequestParameters.overwrite:header.X-Amz-Date at 1:18:');
  });

  test('a mapping template that does not parse: rule, path, line and column', () => {
    const message = synthError(stack => {
      const api = webSocketApi(stack);
      new CfnIntegration(stack, 'Mock', {
        apiId: api.ref,
        integrationType: 'MOCK',
        requestTemplates: { $default: '{\n  "statusCode": 200\n#if($input.params(\'x\'))\n}' },
      });
    });
    expect(message).toMatch(/\[template-syntax\] S\/Mock \(Mock\) RequestTemplates.\$default at 3:1: /);
  });

  test('the same response override set twice on one path: rule, path, line and column', () => {
    const message = synthError(stack => {
      const api = webSocketApi(stack);
      const mock = new CfnIntegration(stack, 'Mock', { apiId: api.ref, integrationType: 'MOCK', requestTemplates: { $default: '{"statusCode": 200}' } });
      new CfnIntegrationResponse(stack, 'Reply', {
        apiId: api.ref,
        integrationId: mock.ref,
        integrationResponseKey: '$default',
        responseTemplates: { $default: '#set($context.responseOverride.status = 404)\n#set($context.responseOverride.status = 410)\n{}' },
      });
    });
    expect(message).toMatch(/\[template-override-twice\] S\/Reply \(Reply\) ResponseTemplates.\$default at 2:/);
  });
});

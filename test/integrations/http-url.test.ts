import { Template } from 'aws-cdk-lib/assertions';
import { HttpMethod } from '../../src/common/route-key';
import { HttpApi, HttpUrlIntegration } from '../../src/http';
import { findings, newStack } from '../http/helpers';

describe('HttpUrlIntegration', () => {
  test('HTTP_PROXY with the method, payload 1.0', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/pets/{id}', methods: [HttpMethod.GET], integration: new HttpUrlIntegration('Pets', 'https://pets.example.com/pets/{id}', { method: HttpMethod.POST }) });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'HTTP_PROXY', IntegrationUri: 'https://pets.example.com/pets/{id}', IntegrationMethod: 'POST', PayloadFormatVersion: '1.0',
    });
    expect(findings(stack)).toEqual([]);
  });

  test('the method defaults to ANY; a URL that is not http(s) is refused', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({ path: '/a', integration: new HttpUrlIntegration('A', 'http://example.com') });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationMethod: 'ANY' });
    expect(() => new HttpUrlIntegration('B', 'ftp://example.com')).toThrow(/\[integration-uri\]/);
    expect(() => new HttpUrlIntegration('C', 'example.com/x')).toThrow(/\[integration-uri\]/);
  });
});

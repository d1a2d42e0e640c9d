import { Duration, Names } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { MappingValue } from '../../src/common/mapping-value';
import { HttpResponseParameters, ParameterMapping, ResponseParameterMapping } from '../../src/common/parameter-mapping';
import { HttpMethod } from '../../src/common/route-key';
import { HttpApi, HttpLambdaIntegration, LambdaPermissionScope, PayloadFormatVersion } from '../../src/http';
import { findings, newFunction, newStack, only } from '../http/helpers';

const sourceArn = (suffix: string) => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':execute-api:eu-west-1:111122223333:', { Ref: Match.stringLikeRegexp('^Api') }, suffix]],
});

describe('HttpLambdaIntegration', () => {
  test('AWS_PROXY to the function, payload 2.0, a permission per route scoped to its method and path', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const api = new HttpApi(stack, 'Api');
    const integration = new HttpLambdaIntegration('Pets', fn);
    api.addRoutes({ path: '/pets/{id}', methods: [HttpMethod.GET, HttpMethod.DELETE], integration });
    api.addRoutes({ path: '/pets', integration });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Fn'), 'Arn'] },
      PayloadFormatVersion: '2.0',
      IntegrationMethod: Match.absent(),
    });
    template.resourceCountIs('AWS::Lambda::Permission', 3);
    template.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'apigateway.amazonaws.com', SourceArn: sourceArn('/*/GET/pets/*') });
    template.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: sourceArn('/*/DELETE/pets/*') });
    template.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: sourceArn('/*/*/pets') });
    expect(findings(stack)).toEqual([]);
  });

  test('permissionScope API: one permission for the whole API, whatever the number of routes', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const api = new HttpApi(stack, 'Api');
    for (let i = 0; i < 5; i++) {
      api.addRoutes({ path: `/r${i}`, methods: [HttpMethod.GET], integration: new HttpLambdaIntegration(`R${i}`, fn, { permissionScope: LambdaPermissionScope.API }) });
    }
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: sourceArn('/*/*/*') });
    // in the first route, named as aws-cdk-lib names it (scopePermissionToRoute: false)
    const id = `ApiPermission.ApiScoped.${Names.nodeUniqueId(fn.node)}.${Names.nodeUniqueId(api.node)}`;
    expect(api.node.findChild('GET--r0').node.tryFindChild(id)).toBeDefined();
  });

  test('payload 1.0, timeout, description, request and response parameter mapping reach the template', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({
      path: '/pets/{id}',
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('Pets', fn, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_1_0,
        timeout: Duration.seconds(5),
        description: 'pets',
        parameterMapping: ParameterMapping.combine(
          new ParameterMapping().appendHeader('x-request-id', MappingValue.contextVariable('requestId')),
          new ParameterMapping().overwritePath(MappingValue.requestPathParam('id')),
        ),
        responseParameters: HttpResponseParameters.forStatusCode(404, ResponseParameterMapping.overwriteStatusCode(410)),
      }),
    });
    expect(only(stack, 'AWS::ApiGatewayV2::Integration')).toMatchObject({
      PayloadFormatVersion: '1.0',
      TimeoutInMillis: 5000,
      Description: 'pets',
      RequestParameters: { 'append:header.x-request-id': '$context.requestId', 'overwrite:path': '$request.path.id' },
      ResponseParameters: { 404: { ResponseParameters: [{ Destination: 'overwrite:statuscode', Source: '410' }] } },
    });
    expect(findings(stack)).toEqual([]);
  });

  test.each([[49, true], [50, false], [30_000, false], [30_001, true]])('timeout of %d ms refused: %s', (ms, refused) => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    const add = () => api.addRoutes({ path: '/a', integration: new HttpLambdaIntegration('A', newFunction(stack), { timeout: Duration.millis(ms) }) });
    if (refused) expect(add).toThrow(/\[integration-timeout\]/);
    else expect(add).not.toThrow();
  });

  test('a path parameter the route does not have is a synth warning', () => {
    const stack = newStack();
    const api = new HttpApi(stack, 'Api');
    api.addRoutes({
      path: '/pets',
      integration: new HttpLambdaIntegration('Pets', newFunction(stack), { parameterMapping: new ParameterMapping().overwritePath(MappingValue.requestPathParam('id')) }),
    });
    expect(findings(stack)).toEqual([['http-mapping-path-parameter', 'warning', 'RequestParameters.overwrite:path']]);
  });

  test('an integration shared by two APIs makes one integration in each', () => {
    const stack = newStack();
    const fn = newFunction(stack);
    const integration = new HttpLambdaIntegration('Shared', fn);
    new HttpApi(stack, 'A').addRoutes({ path: '/a', integration });
    new HttpApi(stack, 'B').addRoutes({ path: '/b', integration });
    Template.fromStack(stack).resourceCountIs('AWS::ApiGatewayV2::Integration', 2);
  });
});

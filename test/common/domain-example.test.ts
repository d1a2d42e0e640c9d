import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { build } from '../../examples/custom-domain/app';
import { DOMAIN_RULES } from '../../src/rules/domain';
import { lintTemplate } from '../../src/rules/engine';
import { ALL_RULES } from '../../src/rules/registry';

process.env.CDK_VALIDATION = 'false';

describe('examples/custom-domain', () => {
  const app = new App();
  build(app);
  const stack = app.node.findAll().find(Stack.isStack)!;
  const template = Template.fromStack(stack);

  test('has no finding of any rule, the domain rules included', () => {
    const rules = [...ALL_RULES, ...DOMAIN_RULES.filter(r => !ALL_RULES.includes(r))];
    expect(lintTemplate(template.toJSON(), { rules })).toEqual([]);
  });

  test('routes by header and by base path to two REST API stages, and maps the HTTP API at the root', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      RoutingMode: 'ROUTING_RULE_THEN_API_MAPPING',
      MutualTlsAuthentication: { TruststoreUri: 's3://example-truststore/api/truststore.pem' },
      DomainNameConfigurations: [{ EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }],
    });
    const rules = Object.values(template.findResources('AWS::ApiGatewayV2::RoutingRule')).map((r: any) => r.Properties);
    expect(rules.map(r => [r.Priority, r.Conditions, r.Actions[0].InvokeApi.Stage])).toEqual([
      [100, [{ MatchHeaders: { AnyOf: [{ Header: 'x-release', ValueGlob: 'beta*' }] } }], { Ref: expect.stringMatching(/^OrdersBeta/) }],
      [200, [{ MatchBasePaths: { AnyOf: ['orders'] } }], { Ref: expect.stringMatching(/^OrdersRestApiDeploymentStageprod/) }],
    ]);
    const [mapping] = Object.values(template.findResources('AWS::ApiGatewayV2::ApiMapping')).map((m: any) => m.Properties);
    expect(mapping).toEqual({ ApiId: { Ref: expect.stringMatching(/^StatusHttpApi/) }, DomainName: { Ref: expect.stringMatching(/^ApiDomain/) }, Stage: '$default' });
  });
});

import { App, Stack } from 'aws-cdk-lib';
import { CfnApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { schemaViolations } from './cloudformation-schema';
import { build as buildCustomDomain } from '../../examples/custom-domain/app';
import { build as buildHttpApi } from '../../examples/http-api/app';
import { build as buildHttpPrivateAlb } from '../../examples/http-private-alb/app';
import { build as buildHttpSqsEventBridge } from '../../examples/http-sqs-eventbridge/app';
import { build as buildWebSocketApi } from '../../examples/websocket-api/app';
import { build as buildWebSocketChat } from '../../examples/websocket-chat/app';
import { Switchyard } from '../../src';

const EXAMPLES: Array<[string, (app: App) => void]> = [
  ['http-api', buildHttpApi],
  ['websocket-api', buildWebSocketApi],
  ['websocket-chat', buildWebSocketChat],
  ['custom-domain', buildCustomDomain],
  ['http-sqs-eventbridge', buildHttpSqsEventBridge],
  ['http-private-alb', buildHttpPrivateAlb],
];

describe.each(EXAMPLES)('example %s', (_name, build) => {
  test('synthesizes with no Switchyard finding', () => {
    const app = new App();
    build(app);
    expect(() => app.synth()).not.toThrow();
    const findings = app.node.findAll().filter(Stack.isStack).flatMap(s => Switchyard.findings(s));
    expect(findings).toEqual([]);
  });

  test('passes aws-cdk-lib\'s CloudFormation schema check with zero findings', () => {
    expect(schemaViolations(build)).toEqual([]);
  });
});

test('the schema check is really on in these tests: a bad property is reported', () => {
  const violations = schemaViolations(app => {
    const api = new CfnApi(new Stack(app, 'Canary'), 'Api', { name: 'canary', protocolType: 'HTTP' });
    api.addPropertyOverride('NotAProperty', 1);
  });
  expect(violations.map(v => v.constructs)).toEqual([['Canary/Api']]);
});

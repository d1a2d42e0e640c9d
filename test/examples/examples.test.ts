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
import { awsSolutionsFindingsOfApp } from '../patterns/nag';

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

/**
 * The apps built with the patterns, under cdk-nag's AwsSolutions pack: the API Gateway findings left are the ones
 * the README explains (API Gateway authorizes a WebSocket API's $connect route only).
 */
describe.each<[string, (app: App) => void, string[]]>([
  ['websocket-chat', buildWebSocketChat, [
    'AwsSolutions-APIG4 WebSocketChat/Chat/Api/$disconnect-Route/Resource',
    'AwsSolutions-APIG4 WebSocketChat/Chat/Api/heartbeat-Route/Resource',
    'AwsSolutions-APIG4 WebSocketChat/Chat/Api/sendmessage-Route/Resource',
  ]],
  ['http-sqs-eventbridge', buildHttpSqsEventBridge, []],
  ['http-private-alb', buildHttpPrivateAlb, []],
])('example %s under cdk-nag', (_name, build, expected) => {
  test('has only the API Gateway findings the README explains', () => {
    const findings = awsSolutionsFindingsOfApp(build);
    expect(findings.filter(f => f.rule.startsWith('AwsSolutions-APIG')).map(f => `${f.rule} ${f.path}`)).toEqual(expected);
  });
});

import { expectRule } from './rule-table';
import { stageDescription } from '../../src/rules/stage/stage-description';

const stage = (properties: Record<string, unknown>) => ({
  Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'a', ProtocolType: 'HTTP' } },
  Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'Api' }, StageName: 'prod', ...properties } },
});

expectRule(stageDescription, {
  valid: [
    { name: 'no description', resources: stage({}) },
    { name: 'an empty description', resources: stage({ Description: '' }) },
    { name: '1,024 characters', resources: stage({ Description: 'd'.repeat(1024) }) },
    { name: 'a description that is a token', resources: stage({ Description: { 'Fn::Join': ['', ['d'.repeat(2000)]] } }) },
    { name: 'a CDK string token', resources: stage({ Description: '${Token[TOKEN.12]}' }) },
  ],
  invalid: [
    { name: '1,025 characters', resources: stage({ Description: 'd'.repeat(1025) }), findings: [{ resource: 'Stage', path: 'Description' }] },
    {
      name: 'a WebSocket stage too',
      resources: { Stage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: 'abc123', StageName: 'prod', Description: 'd'.repeat(5000) } } },
      findings: [{ resource: 'Stage', path: 'Description' }],
    },
  ],
});

import { expectRule } from './rule-table';
import { deploymentDescription } from '../../src/rules/deployment/deployment-description';

const deployment = (properties: Record<string, unknown>) => ({
  Deployment: { Type: 'AWS::ApiGatewayV2::Deployment', Properties: { ApiId: 'abc123', ...properties } },
});

expectRule(deploymentDescription, {
  valid: [
    { name: 'no description', resources: deployment({}) },
    { name: '1,024 characters', resources: deployment({ Description: 'd'.repeat(1024) }) },
    { name: 'a description that is a token', resources: deployment({ Description: { 'Fn::Sub': 'd'.repeat(2000) } }) },
  ],
  invalid: [
    { name: '1,025 characters', resources: deployment({ Description: 'd'.repeat(1025) }), findings: [{ resource: 'Deployment', path: 'Description' }] },
  ],
});

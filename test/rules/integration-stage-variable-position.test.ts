import { child, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { integrationStageVariablePosition } from '../../src/rules/integration/integration-stage-variable-position';

const invoke = (fn: string) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${fn}/invocations`;
const integration = (uri: unknown, extra: Record<string, unknown> = {}) => ({ ...WS_API, ...child('Integration', 'Integration', { IntegrationType: 'AWS_PROXY', IntegrationUri: uri, ...extra }) });

expectRule(integrationStageVariablePosition, {
  valid: [
    { name: 'the function name', resources: integration(invoke('arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}')) },
    { name: 'the alias', resources: integration(invoke('arn:aws:lambda:us-east-1:123456789012:function:chat:${stageVariables.alias}')) },
    { name: 'a function ARN with a stage variable alias', resources: integration('arn:aws:lambda:us-east-1:123456789012:function:chat:${stageVariables.alias}') },
    { name: 'an http URL with a stage variable host', resources: integration('https://${stageVariables.host}/orders', { IntegrationType: 'HTTP_PROXY' }) },
    { name: 'no stage variable', resources: integration(invoke('arn:aws:lambda:us-east-1:123456789012:function:chat')) },
    { name: 'a role after the account', resources: integration(invoke('arn:aws:lambda:us-east-1:123456789012:function:chat'), { CredentialsArn: 'arn:aws:iam::123456789012:${stageVariables.role}' }) },
    { name: 'an unknown URI', resources: integration({ 'Fn::Sub': 'arn:aws:lambda:${AWS::Region}:123456789012:function:${!stageVariables.fn}' }) },
  ],
  invalid: [
    { name: 'the account of the function', resources: integration(invoke('arn:aws:lambda:us-east-1:${stageVariables.account}:function:chat')), findings: [{ resource: 'Integration', path: 'IntegrationUri' }] },
    { name: 'the region of the function ARN', resources: integration('arn:aws:lambda:${stageVariables.region}:123456789012:function:chat'), findings: [{ resource: 'Integration', path: 'IntegrationUri' }] },
    { name: 'the region of the invocation URI', resources: integration('arn:aws:apigateway:${stageVariables.region}:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:chat/invocations'), findings: [{ resource: 'Integration', path: 'IntegrationUri' }] },
    { name: 'the account of the role', resources: integration(invoke('arn:aws:lambda:us-east-1:123456789012:function:chat'), { CredentialsArn: 'arn:aws:iam::${stageVariables.account}:role/r' }), findings: [{ resource: 'Integration', path: 'CredentialsArn' }] },
  ],
});

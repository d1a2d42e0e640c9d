import { child, HTTP_API, WS_API } from './catalogue-fixtures';
import { expectRule } from './rule-table';
import { wsIntegrationPassthrough } from '../../src/rules/integration/ws-integration-passthrough';

const integration = (props: Record<string, unknown>) => child('Integration', 'Integration', { IntegrationType: 'MOCK', ...props });

expectRule(wsIntegrationPassthrough, {
  valid: [
    { name: 'each passthrough behavior', resources: { ...WS_API, ...integration({ PassthroughBehavior: 'WHEN_NO_MATCH' }), ...child('I2', 'Integration', { IntegrationType: 'MOCK', PassthroughBehavior: 'NEVER' }), ...child('I3', 'Integration', { IntegrationType: 'MOCK', PassthroughBehavior: 'WHEN_NO_TEMPLATES' }) } },
    { name: 'each content handling strategy', resources: { ...WS_API, ...integration({ ContentHandlingStrategy: 'CONVERT_TO_TEXT' }), ...child('I2', 'Integration', { IntegrationType: 'MOCK', ContentHandlingStrategy: 'CONVERT_TO_BINARY' }) } },
    { name: 'unknown values', resources: { ...WS_API, ...integration({ PassthroughBehavior: { Ref: 'P' }, ContentHandlingStrategy: { Ref: 'C' } }) } },
    { name: 'an HTTP API (protocol-unsupported-property)', resources: { ...HTTP_API, ...integration({ PassthroughBehavior: 'ALWAYS' }) } },
  ],
  invalid: [
    { name: 'a behavior that is not one', resources: { ...WS_API, ...integration({ PassthroughBehavior: 'ALWAYS' }) }, findings: [{ resource: 'Integration', path: 'PassthroughBehavior' }] },
    { name: 'the wrong case', resources: { ...WS_API, ...integration({ PassthroughBehavior: 'when_no_match' }) }, findings: [{ resource: 'Integration', path: 'PassthroughBehavior' }] },
    { name: 'both wrong', resources: { ...WS_API, ...integration({ PassthroughBehavior: 'NONE', ContentHandlingStrategy: 'BINARY' }) }, findings: [{ resource: 'Integration', path: 'PassthroughBehavior' }, { resource: 'Integration', path: 'ContentHandlingStrategy' }] },
  ],
});

import { expectRule } from './rule-table';
import { templateOverrideReservedHeader } from '../../src/rules/template/template-override-reserved-header';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateOverrideReservedHeader, {
  valid: [
    { name: 'X-Amz-Target for an AWS service integration', resources: restMethod({ [JSON_KEY]: '#set($context.requestOverride.header.X-Amz-Target = "AWSEvents.PutEvents")' }) },
    { name: 'a CORS header on the response', resources: restMethod({}, { [JSON_KEY]: '#set($context.responseOverride.header.Access-Control-Allow-Origin = "*")' }) },
  ],
  invalid: [
    { name: 'Content-Length', resources: restMethod({ [JSON_KEY]: '#set($context.requestOverride.header.Content-Length = "1")' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 1, column: 6 }] },
    { name: 'Host, in another case', resources: wsIntegration({ [JSON_KEY]: '$context.requestOverride.header.put("host", "x")' }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json', line: 1, column: 1 }] },
  ],
});

import { expectRule } from './rule-table';
import { templateOverrideDirection } from '../../src/rules/template/template-override-direction';
import { JSON_KEY, restMethod, wsIntegration, wsIntegrationResponse } from '../vtl/template-resources';

expectRule(templateOverrideDirection, {
  valid: [
    { name: 'a request override in a request template', resources: wsIntegration({ [JSON_KEY]: '#set($context.requestOverride.header.X-Id = "1")' }) },
    { name: 'a response override in a request template (recorded on AWS)', resources: restMethod({ [JSON_KEY]: '#set($context.responseOverride.status = 444)' }) },
  ],
  invalid: [
    { name: 'a request override in a response template', resources: wsIntegrationResponse({ $default: 'x\n#set($context.requestOverride.querystring.q = "1")' }), findings: [{ resource: 'IntResp', path: 'ResponseTemplates.$default', line: 2, column: 6 }] },
    { name: 'a request override put in a REST response template', resources: restMethod({}, { [JSON_KEY]: '$context.requestOverride.header.put("a", "b")' }), findings: [{ resource: 'Method', path: 'Integration.IntegrationResponses[0].ResponseTemplates.application/json', line: 1, column: 1 }] },
  ],
});

import { expectRule } from './rule-table';
import { templateNotString } from '../../src/rules/template/template-not-string';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateNotString, {
  valid: [
    { name: 'a string', resources: wsIntegration({ [JSON_KEY]: '{}' }) },
    { name: 'an intrinsic', resources: wsIntegration({ [JSON_KEY]: { 'Fn::Sub': '{}' } }) },
  ],
  invalid: [
    { name: 'an object', resources: wsIntegration({ [JSON_KEY]: { action: 'put' } }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json' }] },
    { name: 'a number in a REST template', resources: restMethod({ [JSON_KEY]: 12 }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json' }] },
  ],
});

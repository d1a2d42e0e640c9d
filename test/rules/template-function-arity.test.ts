import { expectRule } from './rule-table';
import { templateFunctionArity } from '../../src/rules/template/template-function-arity';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateFunctionArity, {
  valid: [
    { name: 'each function with its arguments', resources: wsIntegration({ [JSON_KEY]: '$input.json(\'$\')$input.params()$input.params(\'a\')$util.urlEncode($a)$util.base64Decode($b)' }) },
  ],
  invalid: [
    { name: '$input.json without its path', resources: wsIntegration({ [JSON_KEY]: 'x $input.json()' }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json', line: 1, column: 3 }] },
    { name: '$util.escapeJavaScript with two arguments', resources: restMethod({ [JSON_KEY]: '#set($x = $util.escapeJavaScript($a, $b))' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 1, column: 11 }] },
  ],
});

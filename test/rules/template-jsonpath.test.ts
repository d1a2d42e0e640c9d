import { expectRule } from './rule-table';
import { templateJsonPath } from '../../src/rules/template/template-jsonpath';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateJsonPath, {
  valid: [
    { name: 'root and members', resources: wsIntegration({ [JSON_KEY]: '$input.json(\'$\') $input.path(\'$.pets[0].name\')' }) },
    { name: 'recursive descent and a filter (Jayway)', resources: wsIntegration({ [JSON_KEY]: '$input.path(\'$..id\') $input.json(\'$.items[?(@.price < 10)]\')' }) },
    { name: 'a path without $ (Jayway prefixes it)', resources: wsIntegration({ [JSON_KEY]: '$input.path(\'pets\')' }) },
    { name: 'a path from a variable', resources: wsIntegration({ [JSON_KEY]: '$input.path($p)' }) },
  ],
  invalid: [
    { name: 'an unclosed bracket', resources: wsIntegration({ [JSON_KEY]: '{\n  "a": $input.json(\'$.pets[0\')\n}' }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json', line: 2, column: 8 }] },
    { name: 'a trailing dot in $input.path', resources: restMethod({ [JSON_KEY]: '$input.path("$.a.")' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 1, column: 1 }] },
  ],
});

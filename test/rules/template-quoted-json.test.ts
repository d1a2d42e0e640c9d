import { expectRule } from './rule-table';
import { templateQuotedJson } from '../../src/rules/template/template-quoted-json';
import { JSON_KEY, wsIntegration } from '../vtl/template-resources';

expectRule(templateQuotedJson, {
  valid: [
    { name: 'unquoted', resources: wsIntegration({ [JSON_KEY]: '{"name": $input.json(\'$.name\')}' }) },
    { name: '$input.path in quotes', resources: wsIntegration({ [JSON_KEY]: '{"name": "$input.path(\'$.name\')"}' }) },
  ],
  invalid: [
    { name: 'quoted', resources: wsIntegration({ [JSON_KEY]: '{\n "name": "$input.json(\'$.name\')"}' }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json', line: 2, column: 11 }] },
  ],
});

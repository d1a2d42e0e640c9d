import { expectRule } from './rule-table';
import { templateEscapeJavaScriptJson } from '../../src/rules/template/template-escape-javascript-json';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateEscapeJavaScriptJson, {
  valid: [
    { name: 'with the replaceAll idiom', resources: wsIntegration({ [JSON_KEY]: '{"c": "$util.escapeJavaScript($input.path(\'$.c\')).replaceAll("\\\\\'","\'")"}' }) },
    { name: 'outside a JSON string', resources: wsIntegration({ [JSON_KEY]: '{"c": $util.escapeJavaScript($input.json(\'$.c\'))}' }) },
  ],
  invalid: [
    { name: 'inside a JSON string', resources: restMethod({ [JSON_KEY]: '{\n  "c": "$util.escapeJavaScript($input.path(\'$.c\'))"\n}' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 2, column: 9 }] },
  ],
});

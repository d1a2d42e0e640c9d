import { expectRule } from './rule-table';
import { templateEscapeJavaScriptJson } from '../../src/rules/template/template-escape-javascript-json';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateEscapeJavaScriptJson, {
  valid: [
    { name: 'with the replaceAll idiom', resources: wsIntegration({ [JSON_KEY]: '{"c": "$util.escapeJavaScript($input.path(\'$.c\')).replaceAll("\\\\\'","\'")"}' }) },
    { name: 'outside a JSON string', resources: wsIntegration({ [JSON_KEY]: '{"c": $util.escapeJavaScript($input.json(\'$.c\'))}' }) },
    // Past 4,096 characters back along one line the rule cannot tell cheaply whether a JSON string is open, and says
    // nothing: a template on one long line stays linear to analyze.
    { name: 'inside a JSON string, more than 4,096 characters into one line', resources: wsIntegration({ [JSON_KEY]: `{"pad": "${'p'.repeat(5000)}", "c": "$util.escapeJavaScript($input.path('$.c'))"}` }) },
  ],
  invalid: [
    { name: 'inside a JSON string, 4,000 characters into one line', resources: wsIntegration({ [JSON_KEY]: `{"pad": "${'p'.repeat(3900)}", "c": "$util.escapeJavaScript($input.path('$.c'))"}` }), findings: [{ resource: 'Int', path: `RequestTemplates.${JSON_KEY}`, line: 1, column: 3919 }] },
    { name: 'inside a JSON string', resources: restMethod({ [JSON_KEY]: '{\n  "c": "$util.escapeJavaScript($input.path(\'$.c\'))"\n}' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 2, column: 9 }] },
  ],
});

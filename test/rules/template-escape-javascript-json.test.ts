import { expectRule } from './rule-table';
import { templateEscapeJavaScriptJson } from '../../src/rules/template/template-escape-javascript-json';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateEscapeJavaScriptJson, {
  valid: [
    { name: 'with the replaceAll idiom', resources: wsIntegration({ [JSON_KEY]: '{"c": "$util.escapeJavaScript($input.path(\'$.c\')).replaceAll("\\\\\'","\'")"}' }) },
    { name: 'outside a JSON string', resources: wsIntegration({ [JSON_KEY]: '{"c": $util.escapeJavaScript($input.json(\'$.c\'))}' }) },
    { name: 'after a JSON string closed far back along one line', resources: wsIntegration({ [JSON_KEY]: `{"pad": "${'p\\"'.repeat(5000)}", "c": $util.escapeJavaScript($input.json('$.c'))}` }) },
    { name: 'inside a string a directive ends', resources: wsIntegration({ [JSON_KEY]: '{"c": "#if($x)#end$util.escapeJavaScript($input.json(\'$.c\'))' }) },
  ],
  invalid: [
    // The line is read once from left to right, so the rule sees any distance back along a line in linear time.
    { name: 'inside a JSON string, 50,000 characters into one line', resources: wsIntegration({ [JSON_KEY]: `{"pad": "${'p'.repeat(50_000)}", "c": "$util.escapeJavaScript($input.path('$.c'))"}` }), findings: [{ resource: 'Int', path: `RequestTemplates.${JSON_KEY}`, line: 1, column: 50_019 }] },
    { name: 'inside a JSON string, 4,000 characters into one line', resources: wsIntegration({ [JSON_KEY]: `{"pad": "${'p'.repeat(3900)}", "c": "$util.escapeJavaScript($input.path('$.c'))"}` }), findings: [{ resource: 'Int', path: `RequestTemplates.${JSON_KEY}`, line: 1, column: 3919 }] },
    { name: 'inside a JSON string', resources: restMethod({ [JSON_KEY]: '{\n  "c": "$util.escapeJavaScript($input.path(\'$.c\'))"\n}' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 2, column: 9 }] },
  ],
});

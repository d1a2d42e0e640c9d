import { expectRule } from './rule-table';
import { templateSyntax } from '../../src/rules/template/template-syntax';
import { JSON_KEY, restMethod, wsIntegration, wsIntegrationResponse } from '../vtl/template-resources';

expectRule(templateSyntax, {
  valid: [
    { name: 'a template that parses', resources: wsIntegration({ [JSON_KEY]: '#if($input.params(\'a\'))x#end' }) },
    { name: 'hyphenated identifiers and #{else}', resources: wsIntegration({ [JSON_KEY]: '#if($a)$elem.partition-key#{else}y#end' }) },
    { name: 'a template that is a token', resources: wsIntegration({ [JSON_KEY]: { 'Fn::Join': ['', ['#if(', '$a)']] } }) },
  ],
  invalid: [
    { name: 'an unclosed #if', resources: wsIntegration({ [JSON_KEY]: 'a\n#if($a)\nb' }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json', line: 2, column: 1 }] },
    { name: 'a stray #end in a REST response template', resources: restMethod({}, { [JSON_KEY]: 'ok\n  #end' }), findings: [{ resource: 'Method', path: 'Integration.IntegrationResponses[0].ResponseTemplates.application/json', line: 2, column: 3 }] },
    { name: 'a #set without a value', resources: wsIntegrationResponse({ $default: '#set($a = )' }), findings: [{ resource: 'IntResp', path: 'ResponseTemplates.$default', line: 1, column: 11 }] },
  ],
});

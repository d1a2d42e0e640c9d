import { expectRule } from './rule-table';
import { templateUnknownMember } from '../../src/rules/template/template-unknown-member';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateUnknownMember, {
  valid: [
    { name: 'documented members', resources: wsIntegration({ [JSON_KEY]: '$input.body $util.parseJson($x) $context.connectionId $context.authorizer.claims.sub $context.identity.sourceIp' }) },
    { name: 'REST context variables on a REST method', resources: restMethod({ [JSON_KEY]: '$context.resourcePath $context.httpMethod $context.requestOverride.header.put("a", "b")' }) },
    { name: 'an intermediate map', resources: wsIntegration({ [JSON_KEY]: '#foreach($k in $context.identity.keySet())$k#end' }) },
  ],
  invalid: [
    { name: 'a misspelt $context variable', resources: wsIntegration({ [JSON_KEY]: '"ip": "$context.identity.sourceIP"' }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json', line: 1, column: 8 }] },
    { name: 'an unknown $util function', resources: restMethod({ [JSON_KEY]: '$util.toJson($a)' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 1, column: 1 }] },
    { name: 'an unknown $input member', resources: restMethod({ [JSON_KEY]: '\n$input.headers' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 2, column: 1 }] },
    { name: 'a REST-only variable in a WebSocket template', resources: wsIntegration({ [JSON_KEY]: '$context.resourcePath' }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json', line: 1, column: 1 }] },
  ],
});

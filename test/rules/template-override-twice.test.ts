import { expectRule } from './rule-table';
import { templateOverrideTwice } from '../../src/rules/template/template-override-twice';
import { JSON_KEY, restMethod, wsIntegrationResponse } from '../vtl/template-resources';

expectRule(templateOverrideTwice, {
  valid: [
    { name: 'once in each branch', resources: restMethod({ [JSON_KEY]: '#if($a)#set($context.requestOverride.header.X = "1")#else#set($context.requestOverride.header.X = "2")#end' }) },
    { name: 'once conditionally, then once more (not on every path)', resources: restMethod({ [JSON_KEY]: '#if($a)#set($context.requestOverride.header.X = "1")#end\n#set($context.requestOverride.header.X = "2")' }) },
    { name: 'two different headers', resources: restMethod({ [JSON_KEY]: '#set($context.requestOverride.header.X = "1")#set($context.requestOverride.header.Y = "1")' }) },
  ],
  invalid: [
    { name: 'the same header twice', resources: restMethod({ [JSON_KEY]: '#set($context.requestOverride.header.X = "1")\n#set($context.requestOverride.header.X = "2")' }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json', line: 2, column: 6 }] },
    { name: 'status in both branches, then again', resources: wsIntegrationResponse({ $default: '#if($a)#set($context.responseOverride.status = 400)#else#set($context.responseOverride.status = 500)#end\n$context.responseOverride.put("status", 200)' }), findings: [{ resource: 'IntResp', path: 'ResponseTemplates.$default', line: 2, column: 1 }] },
  ],
});

import { expectRule } from './rule-table';
import { templateKeyUnselectable } from '../../src/rules/template/template-key-unselectable';
import { JSON_KEY, wsIntegration, wsIntegrationResponse } from '../vtl/template-resources';

expectRule(templateKeyUnselectable, {
  valid: [
    { name: 'a variable expression', resources: wsIntegration({ vote: '{}', poll: '{}' }, { TemplateSelectionExpression: '${request.body.action}' }) },
    { name: 'static expression and its key', resources: wsIntegration({ 'vote': '{}', '\\$default': '{}' }, { TemplateSelectionExpression: 'vote' }) },
    { name: 'no expression', resources: wsIntegration({ [JSON_KEY]: '{}' }) },
  ],
  invalid: [
    { name: 'a key the static expression never produces', resources: wsIntegration({ vote: '{}', poll: '{}' }, { TemplateSelectionExpression: 'vote' }), findings: [{ resource: 'Int', path: 'RequestTemplates.poll' }] },
    { name: 'on an integration response', resources: wsIntegrationResponse({ a: '{}' }, { TemplateSelectionExpression: '\\$default' }), findings: [{ resource: 'IntResp', path: 'ResponseTemplates.a' }] },
  ],
});

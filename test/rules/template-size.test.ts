import { expectRule } from './rule-table';
import { templateSize } from '../../src/rules/template/template-size';
import { JSON_KEY, restMethod, wsIntegration } from '../vtl/template-resources';

expectRule(templateSize, {
  valid: [
    { name: '32,768 characters on WebSocket', resources: wsIntegration({ [JSON_KEY]: 'a'.repeat(32_768) }) },
    { name: '100 KB on REST', resources: restMethod({ [JSON_KEY]: 'a'.repeat(100 * 1024) }) },
  ],
  invalid: [
    { name: '32,769 characters on WebSocket', resources: wsIntegration({ [JSON_KEY]: 'a'.repeat(32_769) }), findings: [{ resource: 'Int', path: 'RequestTemplates.application/json' }] },
    { name: 'over 300 KB on REST (bytes)', resources: restMethod({ [JSON_KEY]: 'é'.repeat(160 * 1024) }), findings: [{ resource: 'Method', path: 'Integration.RequestTemplates.application/json' }] },
  ],
});

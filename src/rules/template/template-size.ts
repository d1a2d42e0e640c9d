import { stringOf } from '../../model/value';
import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { templatesOf } from './templates';

/**
 * API Gateway v2: the service model types template values as `StringWithLengthBetween0And32K`; the quota
 * page says 300 KB. spec/validation-rules.md conflict note 3 takes the stricter: 32,768 characters.
 */
export const WEBSOCKET_TEMPLATE_MAX_CHARS = 32_768;
/** REST APIs: "Mapping template size 300 KB" (DG api-gateway-known-issues), counted in UTF-8 bytes. */
export const REST_TEMPLATE_MAX_BYTES = 300 * 1024;

export const templateSize: Rule = {
  id: 'template-size',
  severity: TEMPLATE_RULE_SEVERITY['template-size'],
  summary: 'A mapping template fits the size limit: 32,768 characters on WebSocket APIs, 300 KB on REST APIs',
  references: ['VTL-002'],
  evidence: { kind: 'documented', source: 'SDK TemplateMap values StringWithLengthBetween0And32K' },
  check(model, report) {
    for (const ref of templatesOf(model)) {
      const text = stringOf(ref.value);
      if (text === undefined) continue;
      if (ref.kind === 'websocket' && text.length > WEBSOCKET_TEMPLATE_MAX_CHARS) {
        report({ resource: ref.resource, path: ref.path, message: `the template has ${text.length} characters; a WebSocket API accepts at most ${WEBSOCKET_TEMPLATE_MAX_CHARS}` });
      } else if (ref.kind === 'rest') {
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > REST_TEMPLATE_MAX_BYTES) {
          report({ resource: ref.resource, path: ref.path, message: `the template is ${bytes} bytes; a REST API accepts at most ${REST_TEMPLATE_MAX_BYTES} (300 KB)` });
        }
      }
    }
  },
};

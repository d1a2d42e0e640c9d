import { stringOf } from '../../model/value';
import { TEMPLATE_RULE_SEVERITY } from '../../vtl/analyze';
import { Rule } from '../rule';
import { templatesOf } from './templates';

/** `\$default` (escaped, as deployed samples write it) and `$default` both name the catch-all key. */
function unescape(key: string): string {
  return key.replace(/\\\$/g, '$');
}

/**
 * A WebSocket template key is picked by the `TemplateSelectionExpression`. When the expression is static
 * text (no variable), it can only ever produce that text, so every other key except `$default` is dead.
 * Expressions with variables can produce any key and are not judged.
 */
export const templateKeyUnselectable: Rule = {
  id: 'template-key-unselectable',
  severity: TEMPLATE_RULE_SEVERITY['template-key-unselectable'],
  summary: 'Every WebSocket template key can be produced by the TemplateSelectionExpression, or is $default',
  references: ['VTL-003', 'SEL-004', 'SEL-005'],
  check(model, report) {
    for (const ref of templatesOf(model)) {
      if (ref.kind !== 'websocket') continue;
      const expression = stringOf(ref.selectionExpression);
      if (expression === undefined || /(^|[^\\])\$/.test(expression)) continue;
      const produced = unescape(expression);
      const key = unescape(ref.key);
      if (key === '$default' || key === produced) continue;
      report({
        resource: ref.resource,
        path: ref.path,
        message: `the template key "${ref.key}" can never be selected: TemplateSelectionExpression is the static value "${expression}", so only "${produced}" and "$default" are used`,
      });
    }
  },
};

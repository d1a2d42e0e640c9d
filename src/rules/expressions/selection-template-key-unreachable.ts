import { show } from '../../expressions/problem';
import { canProduce, parseSelectionExpression } from '../../expressions/selection-expressions';
import { ResourceNode } from '../../model/nodes';
import { mapOf, stringOf } from '../../model/value';
import { Rule } from '../rule';

/** `$default` and `\$default` (escaped, as deployed samples write the key) both name the catch-all template. */
function isCatchAll(key: string): boolean {
  return key === '$default' || key === '\\$default';
}

/** The one rule that reports a template key the selection expression never selects, static or not. */
export const selectionTemplateKeyUnreachable: Rule = {
  id: 'selection-template-key-unreachable',
  severity: 'warning',
  summary: 'Every template key is $default or a value the TemplateSelectionExpression can produce',
  references: ['VTL-003', 'SEL-004', 'SEL-005'],
  evidence: { kind: 'documented', source: 'S003 L7440 TemplateMap (the key is chosen by the selection expression); DG:websocket-api-data-transformations' },
  check(model, report) {
    const check = (resource: ResourceNode, templates: string) => {
      const expression = stringOf(resource.properties.TemplateSelectionExpression);
      const map = mapOf(resource.properties[templates]);
      if (expression === undefined || !map) return;
      const parsed = parseSelectionExpression(expression, resource.type.endsWith('IntegrationResponse') ? 'integration-response-template' : 'integration-template');
      if (!parsed.ast || parsed.problems.length) return; // the grammar rules report broken expressions
      for (const key of Object.keys(map)) {
        if (isCatchAll(key) || /\$\{Token\[/.test(key) || canProduce(parsed.ast, key)) continue;
        report({
          resource,
          path: `${templates}.${key}`,
          message: `template key ${show(key)} is never selected: TemplateSelectionExpression ${show(expression)} cannot evaluate to it (use $default for a catch-all)`,
        });
      }
    };
    for (const integration of model.integrations) {
      if (integration.api?.protocol === 'WEBSOCKET') check(integration, 'RequestTemplates');
    }
    for (const ir of model.integrationResponses) {
      if (ir.api?.protocol === 'WEBSOCKET') check(ir, 'ResponseTemplates');
    }
  },
};

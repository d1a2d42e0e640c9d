import { parseSelectionExpression } from '../../expressions/selection-expressions';
import { Rule } from '../rule';
import { knownTexts, reportProblems } from './helpers';

export const integrationTemplateSelection: Rule = {
  id: 'integration-template-selection',
  severity: 'error',
  summary: 'An integration\'s TemplateSelectionExpression uses ${request.body.<path>} and static text only',
  references: ['SEL-001', 'SEL-004'],
  evidence: { kind: 'documented', source: 'DG:websocket-api-data-transformations § Template selection expressions; DG:apigateway-websocket-api-selection-expressions' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (integration.api?.protocol !== 'WEBSOCKET') continue;
      for (const { text: expression, through } of knownTexts(model, integration.properties.TemplateSelectionExpression)) {
        reportProblems(report, integration, 'TemplateSelectionExpression', expression, parseSelectionExpression(expression, 'integration-template').problems, undefined, '', through);
      }
    }
  },
};

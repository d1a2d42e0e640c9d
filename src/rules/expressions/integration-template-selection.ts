import { parseSelectionExpression } from '../../expressions/selection-expressions';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { reportProblems } from './helpers';

export const integrationTemplateSelection: Rule = {
  id: 'integration-template-selection',
  severity: 'error',
  summary: 'An integration\'s TemplateSelectionExpression uses ${request.body.<path>} and static text only',
  references: ['SEL-001', 'SEL-004'],
  evidence: { kind: 'documented', source: 'DG:websocket-api-data-transformations § Template selection expressions; DG:apigateway-websocket-api-selection-expressions' },
  check(model, report) {
    for (const integration of model.integrations) {
      if (integration.api?.protocol !== 'WEBSOCKET') continue;
      const expression = stringOf(integration.properties.TemplateSelectionExpression);
      if (expression === undefined) continue;
      reportProblems(report, integration, 'TemplateSelectionExpression', expression, parseSelectionExpression(expression, 'integration-template').problems);
    }
  },
};

import { parseSelectionExpression } from '../../expressions/selection-expressions';
import { Rule } from '../rule';
import { knownTexts, reportProblems } from './helpers';

export const modelSelectionExpression: Rule = {
  id: 'model-selection-expression',
  severity: 'warning',
  summary: 'A route\'s ModelSelectionExpression reads $request.body.<path> or is static text such as \\$default',
  references: ['SEL-007'],
  evidence: { kind: 'documented', source: 'DG:websocket-api-request-validation § Model selection expressions' },
  check(model, report) {
    for (const route of model.routes) {
      if (route.api?.protocol !== 'WEBSOCKET') continue;
      for (const { text: expression, through } of knownTexts(model, route.properties.ModelSelectionExpression)) {
        reportProblems(report, route, 'ModelSelectionExpression', expression, parseSelectionExpression(expression, 'model').problems, undefined, '', through);
      }
    }
  },
};

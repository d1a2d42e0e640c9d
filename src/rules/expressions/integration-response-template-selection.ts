import { parseSelectionExpression } from '../../expressions/selection-expressions';
import { stringOf } from '../../model/value';
import { Rule } from '../rule';
import { reportProblems } from './helpers';

export const integrationResponseTemplateSelection: Rule = {
  id: 'integration-response-template-selection',
  severity: 'error',
  summary: 'An integration response\'s TemplateSelectionExpression uses request.body, integration.response.statuscode|header|multivalueheader and static text',
  references: ['SEL-001', 'SEL-005'],
  evidence: { kind: 'documented', source: 'DG:websocket-api-data-transformations; DG:apigateway-websocket-api-selection-expressions' },
  check(model, report) {
    for (const ir of model.integrationResponses) {
      if (ir.api?.protocol !== 'WEBSOCKET') continue;
      const expression = stringOf(ir.properties.TemplateSelectionExpression);
      if (expression === undefined) continue;
      reportProblems(report, ir, 'TemplateSelectionExpression', expression, parseSelectionExpression(expression, 'integration-response-template').problems);
    }
  },
};
